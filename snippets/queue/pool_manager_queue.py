"""The fix: a Manager().Queue() is a proxy, and proxies can be passed to pool workers."""

from multiprocessing import Manager, Pool


def report(q, n):
    q.put(n * n)


if __name__ == "__main__":
    with Manager() as manager, Pool(2) as pool:
        q = manager.Queue()
        pool.starmap(report, [(q, n) for n in range(5)])
        print(sorted(q.get() for _ in range(5)))

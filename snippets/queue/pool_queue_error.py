"""A multiprocessing.Queue cannot be passed to a Pool worker as an argument."""

from multiprocessing import Pool, Queue


def report(q, n):
    q.put(n * n)


if __name__ == "__main__":
    q = Queue()
    with Pool(2) as pool:
        try:
            pool.apply(report, (q, 3))
        except RuntimeError as e:
            print("RuntimeError:", e)

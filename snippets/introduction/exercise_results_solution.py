"""Solution: each worker puts its square on a Queue, and the parent reads them."""

from multiprocessing import Process, Queue


def square(n, out):
    out.put(n * n)


if __name__ == "__main__":
    out = Queue()
    workers = [Process(target=square, args=(n, out)) for n in range(1, 5)]
    for w in workers:
        w.start()
    results = [out.get() for _ in workers]  # read before join()
    for w in workers:
        w.join()
    print("results:", sorted(results))

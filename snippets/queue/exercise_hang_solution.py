"""Solution: one sentinel per consumer, and the results are read before join()."""

from multiprocessing import Process, Queue


def consumer(tasks, results):
    while (n := tasks.get()) is not None:
        results.put(n * n)


if __name__ == "__main__":
    tasks, results = Queue(), Queue()
    consumers = [Process(target=consumer, args=(tasks, results)) for _ in range(2)]
    for c in consumers:
        c.start()
    for n in range(6):
        tasks.put(n)
    for _ in consumers:
        tasks.put(None)  # one per consumer: each stops after taking one
    squares = sorted(results.get() for _ in range(6))  # drain, then join
    for c in consumers:
        c.join()
    print(squares)

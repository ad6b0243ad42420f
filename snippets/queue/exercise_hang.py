"""Exercise: two consumers square six numbers, and the program never ends."""

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
    tasks.put(None)  # tell the consumers to stop
    for c in consumers:
        c.join()
    print(sorted(results.get() for _ in range(6)))

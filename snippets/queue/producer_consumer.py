"""Producer and consumers: one sentinel per consumer tells each one to stop."""

from multiprocessing import Process, Queue

STOP = None  # the sentinel: any value the producer never sends as work


def consumer(name, tasks, results):
    while (n := tasks.get()) is not STOP:
        results.put((n, n * n, name))
    results.put(("done", name))


if __name__ == "__main__":
    tasks, results = Queue(), Queue()
    consumers = [
        Process(target=consumer, args=(f"c{i}", tasks, results)) for i in (1, 2)
    ]
    for c in consumers:
        c.start()
    for n in range(6):
        tasks.put(n)
    for _ in consumers:
        tasks.put(STOP)  # one per consumer: each consumer eats exactly one
    done, squares = 0, {}
    while done < len(consumers):
        item = results.get()  # drain before join()
        if item[0] == "done":
            done += 1
        else:
            squares[item[0]] = item[1]
    for c in consumers:
        c.join()
    print("squares:", [squares[n] for n in sorted(squares)])

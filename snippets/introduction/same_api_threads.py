"""Three workers and a queue of results, with threading."""

import queue
import threading


def work(name, results):
    results.put(f"{name}: {sum(range(10**5))}")


if __name__ == "__main__":
    results = queue.Queue()
    workers = [threading.Thread(target=work, args=(f"w{i}", results)) for i in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(sorted(results.get() for _ in workers))

"""The same program with multiprocessing: only the imports and the class names change."""

import multiprocessing


def work(name, results):
    results.put(f"{name}: {sum(range(10**5))}")


if __name__ == "__main__":
    results = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=work, args=(f"w{i}", results)) for i in range(3)
    ]
    for w in workers:
        w.start()
    outputs = sorted(results.get() for _ in workers)  # drain before join()
    for w in workers:
        w.join()
    print(outputs)

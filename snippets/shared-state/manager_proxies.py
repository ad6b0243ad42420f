"""Manager(): a server process holding ordinary objects, reached through proxies."""

from multiprocessing import Manager, Process


def record(shared, results, name):
    shared[name] = len(name)
    results.append(name.upper())


if __name__ == "__main__":
    with Manager() as manager:
        shared, results = manager.dict(), manager.list()
        workers = [
            Process(target=record, args=(shared, results, n)) for n in ("ab", "cde")
        ]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        print(type(shared).__name__, dict(sorted(shared.items())))
        print(type(results).__name__, sorted(results))

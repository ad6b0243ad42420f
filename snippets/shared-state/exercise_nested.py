"""Exercise: each worker adds its name to the list in shared["done"], but the list stays empty."""

from multiprocessing import Manager, Process


def work(shared, name):
    shared["done"].append(name)


if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.dict(done=[])
        workers = [Process(target=work, args=(shared, n)) for n in ("a", "b", "c")]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        print("done:", sorted(shared["done"]))

"""Solution: put a manager's list in the dict, so that append() reaches the server."""

from multiprocessing import Manager, Process


def work(shared, name):
    shared["done"].append(
        name
    )  # shared["done"] is now a proxy: the call goes to the server


if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.dict(done=manager.list())
        workers = [Process(target=work, args=(shared, n)) for n in ("a", "b", "c")]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        print("done:", sorted(shared["done"]))

"""Event: workers wait until the parent sets it; wait(timeout) returns the flag."""

from multiprocessing import Event, Process, Queue


def worker(name, go, out):
    go.wait()  # blocks until set()
    out.put(f"{name} started")


if __name__ == "__main__":
    go, out = Event(), Queue()
    workers = [Process(target=worker, args=(f"w{i}", go, out)) for i in range(3)]
    for w in workers:
        w.start()
    print("is_set():", go.is_set(), "- wait(0.1):", go.wait(0.1))
    go.set()
    print(sorted(out.get() for _ in workers))
    for w in workers:
        w.join()

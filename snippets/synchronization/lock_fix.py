"""The fix: hold the Value's lock (get_lock()) around each read-modify-write."""

from multiprocessing import Barrier, Process, Value

N = 50_000


def add(counter, go):
    go.wait()
    for _ in range(N):
        with counter.get_lock():  # a multiprocessing.RLock created with the Value
            counter.value += 1


if __name__ == "__main__":
    counter, go = Value("i", 0), Barrier(3)  # lock=True is the default
    workers = [Process(target=add, args=(counter, go)) for _ in range(2)]
    for w in workers:
        w.start()
    go.wait()
    for w in workers:
        w.join()
    print(f"expected {2 * N}, got {counter.value}")

"""Two processes increment a shared counter without a lock, and updates are lost."""

from multiprocessing import Barrier, Process, Value

N = 300_000


def add(counter, go):
    go.wait()  # all three parties (parent and 2 workers) ready: start together
    for _ in range(N):
        counter.value += 1  # read, add, write: another process can interleave


if __name__ == "__main__":
    counter, go = Value("i", 0, lock=False), Barrier(3)
    workers = [Process(target=add, args=(counter, go)) for _ in range(2)]
    for w in workers:
        w.start()
    go.wait()
    for w in workers:
        w.join()
    print(f"expected {2 * N}, lost updates: {counter.value < 2 * N}")

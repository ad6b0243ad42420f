"""Two processes increment a shared counter; updates are lost, even with the Value's own lock."""

from multiprocessing import Barrier, Process, Value

N = 500_000


def add(counter, go):
    go.wait()  # all three parties (parent and 2 workers) ready: start together
    for _ in range(N):
        counter.value += 1  # read, add, write: another process can interleave


def run(counter):
    go = Barrier(3)
    workers = [Process(target=add, args=(counter, go)) for _ in range(2)]
    for w in workers:
        w.start()
    go.wait()
    for w in workers:
        w.join()
    return counter.value < 2 * N


if __name__ == "__main__":
    print("Value('i', 0, lock=False), lost updates:", run(Value("i", 0, lock=False)))
    print("Value('i', 0) with its lock, lost updates:", run(Value("i", 0)))

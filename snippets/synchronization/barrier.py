"""Barrier(3): nobody passes until all three parties have arrived."""

from multiprocessing import Array, Barrier, Process, Queue


def worker(i, barrier, arrived, out):
    arrived[i] = 1  # phase 1: announce arrival
    index = barrier.wait(timeout=10)  # 0, 1 or 2: a different number for each party
    out.put((index, sum(arrived)))  # phase 2: how many had arrived when we passed?


if __name__ == "__main__":
    barrier, arrived, out = Barrier(3), Array("i", 3), Queue()
    workers = [
        Process(target=worker, args=(i, barrier, arrived, out)) for i in range(3)
    ]
    for w in workers:
        w.start()
    results = sorted(out.get() for _ in workers)
    for w in workers:
        w.join()
    print("wait() returned:", [index for index, _ in results])
    print("arrivals seen after the barrier:", [seen for _, seen in results])

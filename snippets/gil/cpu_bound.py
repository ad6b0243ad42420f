"""CPU-bound pure Python: serially, in 2 threads, and in 2 processes."""

import functools
import os
import platform
import threading
import timeit
from multiprocessing import Pool

N = 6_000_000  # one task: a few tenths of a second of pure-Python arithmetic


def work(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


def serially(tasks):
    for n in tasks:
        work(n)


def in_threads(tasks):
    threads = [threading.Thread(target=work, args=(n,)) for n in tasks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def best_of_2(run, tasks):
    return min(timeit.repeat(lambda: run(tasks), number=1, repeat=2))


if __name__ == "__main__":
    impl = f"{platform.python_implementation()} {platform.python_version()}"
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {impl}")
    serial = best_of_2(serially, [N, N])
    print(f"serial       {serial:.2f} s")
    with Pool(2) as pool:
        pool.map(abs, [1, 2])  # both workers are up before the clock starts
        in_processes = functools.partial(pool.map, work)
        for label, run in [("2 threads", in_threads), ("2 processes", in_processes)]:
            elapsed = best_of_2(run, [N, N])
            print(f"{label:12} {elapsed:.2f} s   speedup {serial / elapsed:.1f}x")

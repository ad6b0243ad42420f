"""CPU-bound pure Python in 2 subinterpreters (3.14+): one GIL each, so both cores work."""

import os
import platform
import timeit
from concurrent.futures import InterpreterPoolExecutor

N = 6_000_000  # the same work as in cpu_bound.py


def work(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


def in_interpreters(tasks):
    with InterpreterPoolExecutor(
        len(tasks)
    ) as pool:  # starting them is part of the cost
        return list(pool.map(work, tasks))


def best_of_2(run):
    return min(timeit.repeat(run, number=1, repeat=2))


if __name__ == "__main__":
    impl = f"{platform.python_implementation()} {platform.python_version()}"
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {impl}")
    serial = best_of_2(lambda: [work(N), work(N)])
    print(f"serial           {serial:.2f} s")
    elapsed = best_of_2(lambda: in_interpreters([N, N]))
    print(f"2 interpreters   {elapsed:.2f} s   speedup {serial / elapsed:.1f}x")

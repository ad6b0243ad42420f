"""Portable CPU-bound parallelism: threads where there is no GIL, else processes."""

import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def gil_enabled():
    if hasattr(sys, "_is_gil_enabled"):  # CPython 3.13+
        return sys._is_gil_enabled()
    return sys.implementation.name != "ironpython"  # see detect.py for the rest


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


if __name__ == "__main__":
    Pool = ProcessPoolExecutor if gil_enabled() else ThreadPoolExecutor
    with Pool(max_workers=2) as pool:
        steps = list(pool.map(collatz_steps, [27, 97, 871, 6171]))
    print(f"{Pool.__name__}: {steps}")

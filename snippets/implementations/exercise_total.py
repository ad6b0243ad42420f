"""Exercise: a total kept in a global is 0 with processes, and racy in free threads."""

import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

total = 0


def add_square(n):
    global total
    total += n * n  # in a process pool, this changes the worker's copy


def gil_enabled():
    return getattr(sys, "_is_gil_enabled", lambda: True)()  # True before 3.13


if __name__ == "__main__":
    Pool = ProcessPoolExecutor if gil_enabled() else ThreadPoolExecutor
    with Pool(max_workers=2) as pool:
        list(pool.map(add_square, range(1, 101)))
    print(f"{Pool.__name__}: total = {total}")

"""Solution: workers return values and the parent adds them up, with either pool."""

import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def square(n):
    return n * n  # no shared state: the result travels back to the caller


def gil_enabled():
    return getattr(sys, "_is_gil_enabled", lambda: True)()  # True before 3.13


if __name__ == "__main__":
    Pool = ProcessPoolExecutor if gil_enabled() else ThreadPoolExecutor
    with Pool(max_workers=2) as pool:
        total = sum(pool.map(square, range(1, 101)))
    print(f"{Pool.__name__}: total = {total}")

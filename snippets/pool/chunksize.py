"""Measure how chunksize changes the cost of many tiny tasks."""

import os
import platform
import time
from multiprocessing import Pool


def tiny(x):
    return x + 1


if __name__ == "__main__":
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    items = range(20_000)
    with Pool(2) as pool:
        pool.map(tiny, range(100))  # warm up: start the workers
        print(f"{'chunksize':>10} {'seconds':>8}")
        for chunksize in (1, 10, 100, 1000, None):
            start = time.perf_counter()
            pool.map(tiny, items, chunksize=chunksize)
            elapsed = time.perf_counter() - start
            print(f"{str(chunksize):>10} {elapsed:>8.3f}")

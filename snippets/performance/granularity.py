"""Measure the same total work split into few large or many tiny tasks."""

import os
import platform
import time
from multiprocessing import Pool

TOTAL = 4_000_000  # loop iterations in all


def work(n):
    return sum(range(n))


if __name__ == "__main__":
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    with Pool(2) as pool:
        pool.map(work, [1, 1])  # start the workers before timing
        print(f"{'tasks':>8} {'iterations each':>16} {'seconds':>8}")
        for tasks in (2, 200, 2_000, 20_000):
            start = time.perf_counter()
            pool.map(work, [TOTAL // tasks] * tasks, chunksize=1)
            print(
                f"{tasks:>8,} {TOTAL // tasks:>16,} {time.perf_counter() - start:>8.3f}"
            )

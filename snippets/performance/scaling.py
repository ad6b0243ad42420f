"""Measure a CPU-bound job with 1 to all CPUs, against the ideal linear speedup."""

import os
import platform
import time
from multiprocessing import Pool


def spin(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


if __name__ == "__main__":
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    tasks = [1_000_000] * 16
    print(f"{'workers':>7} {'seconds':>8} {'speedup':>8} {'ideal':>6}")
    base = None
    for workers in range(1, (os.cpu_count() or 1) + 1):
        with Pool(workers) as pool:
            pool.map(spin, [1] * workers)  # start the workers before timing
            start = time.perf_counter()
            pool.map(spin, tasks, chunksize=1)
            elapsed = time.perf_counter() - start
        base = base or elapsed
        print(f"{workers:>7} {elapsed:>8.3f} {base / elapsed:>7.2f}x {workers:>5}x")

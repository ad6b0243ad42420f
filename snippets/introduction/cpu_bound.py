"""Measure a CPU-bound job run serially and with a Pool of 2 processes."""

import os
import platform
import time
from multiprocessing import Pool


def count_primes(bounds):
    lo, hi = bounds
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(lo, hi))


if __name__ == "__main__":
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    chunks = [(i, i + 50_000) for i in range(2, 400_002, 50_000)]
    start = time.perf_counter()
    serial = sum(map(count_primes, chunks))
    t_serial = time.perf_counter() - start
    with Pool(2) as pool:
        start = time.perf_counter()
        parallel = sum(pool.map(count_primes, chunks))
        t_pool = time.perf_counter() - start
    print(f"same answer: {serial == parallel} ({serial} primes)")
    print(f"serial:   {t_serial:6.2f} s")
    print(f"Pool(2):  {t_pool:6.2f} s   speedup {t_serial / t_pool:4.1f}x")

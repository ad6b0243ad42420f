"""Solution: two processes count primes, one GIL each, so both cores work."""

import os
import platform
import time
from concurrent.futures import ProcessPoolExecutor

LIMIT = 150_000


def count_primes(limit):  # pure Python, in a process of its own
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))


if __name__ == "__main__":
    impl = f"{platform.python_implementation()} {platform.python_version()}"
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {impl}")
    start = time.perf_counter()
    serial = [count_primes(LIMIT), count_primes(LIMIT)]
    serial_end = time.perf_counter()
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(count_primes, [2, 2]))  # start both workers before the clock
        parallel_start = time.perf_counter()
        parallel = list(pool.map(count_primes, [LIMIT, LIMIT]))
        end = time.perf_counter()
    print(f"2 counts of primes below {LIMIT:,}: {parallel}, same: {serial == parallel}")
    print(
        f"one after the other {serial_end - start:.2f} s, 2 workers {end - parallel_start:.2f} s"
    )

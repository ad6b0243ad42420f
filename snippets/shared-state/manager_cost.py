"""Measure an increment on a shared Value and on a Manager proxy."""

import os
import platform
import time
from multiprocessing import Manager, Value

N = 2000


def per_op_us(counter, lock):
    start = time.perf_counter()
    for _ in range(N):
        with lock:
            counter.value += 1
    return (time.perf_counter() - start) / N * 1e6


if __name__ == "__main__":
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    shared = Value("i", 0)
    local = per_op_us(shared, shared.get_lock())
    with Manager() as manager:
        proxied = per_op_us(manager.Value("i", 0), manager.Lock())
    print(f"Value + get_lock(): {local:9.2f} us per increment")
    print(f"Manager proxies:    {proxied:9.2f} us per increment")
    print(f"the proxies are at least 10 times slower: {proxied > 10 * local}")

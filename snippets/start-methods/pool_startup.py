"""Measure the time to a first result from a new Pool(2), per start method."""

import multiprocessing as mp
import os
import platform
import time


def one(x):
    return x


if __name__ == "__main__":
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    for method in ("fork", "spawn", "forkserver"):
        ctx = mp.get_context(method)
        start = time.perf_counter()
        with ctx.Pool(2) as pool:
            pool.map(one, range(2))
        print(f"{method:>10}: {(time.perf_counter() - start) * 1000:7.1f} ms")

"""Measure the median time to start and join one process, per start method."""

import multiprocessing as mp
import os
import platform
import statistics
import time


def noop():
    pass


def median_ms(ctx, repeat=7):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        p = ctx.Process(target=noop)
        p.start()
        p.join()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


if __name__ == "__main__":
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    for method in ("fork", "spawn", "forkserver"):
        ctx = mp.get_context(method)
        median_ms(ctx, 1)  # warm up: forkserver starts its server here
        print(f"{method:>10}: {median_ms(ctx):7.2f} ms")

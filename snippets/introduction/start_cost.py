"""Measure the time to start and join a thread, and a process under each start method."""

import multiprocessing as mp
import os
import platform
import threading
import time

REPEAT = 5


def noop():
    pass


def cost(make):
    start = time.perf_counter()
    for _ in range(REPEAT):
        worker = make(target=noop)
        worker.start()
        worker.join()
    return (time.perf_counter() - start) / REPEAT * 1000


if __name__ == "__main__":
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    print(f"{'thread':>20}: {cost(threading.Thread):8.2f} ms")
    # A fixed order: since 3.14, get_all_start_methods() lists the platform's default first.
    available = mp.get_all_start_methods()
    for method in [m for m in ("fork", "spawn", "forkserver") if m in available]:
        ctx = mp.get_context(method)
        cost(ctx.Process)  # warm up (forkserver starts its server here)
        print(f"{'process, ' + method:>20}: {cost(ctx.Process):8.2f} ms")

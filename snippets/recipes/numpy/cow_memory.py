"""Measure what a forked child copies: reading Python objects, a NumPy array, gc.collect()."""

import gc
import multiprocessing as mp
import os
import platform

import numpy as np
import psutil

N = 1_000_000
MB = 2**20


def child(action, conn):
    before = psutil.Process().memory_full_info()
    action()
    after = psutil.Process().memory_full_info()
    conn.send(((after.uss - before.uss) / MB, (after.pss - before.pss) / MB))


def measure(ctx, label, action):
    receiver, sender = ctx.Pipe(duplex=False)
    process = ctx.Process(target=child, args=(action, sender))
    process.start()
    uss, pss = receiver.recv()
    process.join()
    verdict = "copied" if uss > 5 else "shared"
    print(f"{label:<36} {uss:6.1f} MiB {pss:6.1f} MiB  {verdict}")


if __name__ == "__main__":
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, CPython {platform.python_version()}"
    )
    print(f"NumPy {np.__version__}, psutil {psutil.__version__}, start method: fork")
    floats = [float(i) for i in range(N)]  # 1,000,000 objects
    array = np.arange(N, dtype=np.float64)  # one buffer of 7.6 MiB
    rows = [[i] for i in range(N // 4)]  # 250,000 small lists, tracked by the GC
    ctx = mp.get_context("fork")
    print(f"{'the child ...':<36} {'USS +':>10} {'PSS +':>10}")
    measure(ctx, "sums the list of 1,000,000 floats", lambda: sum(floats))
    measure(ctx, "sums the NumPy array of them", array.sum)
    measure(ctx, "runs gc.collect()", gc.collect)
    gc.freeze()  # parent: move every object to the GC's permanent generation
    measure(ctx, "runs gc.collect() after gc.freeze()", gc.collect)
    measure(ctx, "sums the list after gc.freeze()", lambda: sum(floats))

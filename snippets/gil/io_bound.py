"""Waiting overlaps: 4 blocking waits serially, in 4 threads, and in asyncio."""

import asyncio
import os
import platform
import threading
import time
import timeit

TASKS, WAIT = 4, 0.15


def fetch():
    time.sleep(WAIT)  # stands for a blocking read; CPython releases the GIL here


def serially():
    for _ in range(TASKS):
        fetch()


def in_threads():
    threads = [threading.Thread(target=fetch) for _ in range(TASKS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


async def gather_all():
    # asyncio.sleep() hands control back to the event loop, which runs the rest
    await asyncio.gather(*(asyncio.sleep(WAIT) for _ in range(TASKS)))


def with_asyncio():
    asyncio.run(gather_all())


if __name__ == "__main__":
    impl = f"{platform.python_implementation()} {platform.python_version()}"
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {impl}")
    print(f"{TASKS} waits of {WAIT} s each")
    serial = timeit.timeit(serially, number=1)
    print(f"serial             {serial:.2f} s")
    for label, run in [("4 threads", in_threads), ("asyncio, 1 thread", with_asyncio)]:
        elapsed = timeit.timeit(run, number=1)
        print(f"{label:18} {elapsed:.2f} s   speedup {serial / elapsed:.1f}x")

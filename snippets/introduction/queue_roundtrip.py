"""Measure a round trip through a queue: to a thread, and to another process."""

import multiprocessing
import os
import platform
import queue
import threading
import time

N = 2000


def echo(inbox, outbox):
    while (item := inbox.get()) is not None:
        outbox.put(item)


def round_trip_us(worker_cls, queue_cls):
    inbox, outbox = queue_cls(), queue_cls()
    worker = worker_cls(target=echo, args=(inbox, outbox))
    worker.start()
    inbox.put(0)
    outbox.get()  # the worker is up
    start = time.perf_counter()
    for i in range(N):
        inbox.put(i)
        outbox.get()
    elapsed = time.perf_counter() - start
    inbox.put(None)
    worker.join()
    return elapsed / N * 1e6


if __name__ == "__main__":
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    t = round_trip_us(threading.Thread, queue.Queue)
    p = round_trip_us(multiprocessing.Process, multiprocessing.Queue)
    print(f"queue.Queue, thread:            {t:8.1f} us per round trip")
    print(f"multiprocessing.Queue, process: {p:8.1f} us per round trip")

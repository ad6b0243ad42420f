"""Measure messages per second through a Pipe and a Queue, for small and large payloads."""

import os
import platform
import time
from multiprocessing import Pipe, Process, Queue

SIZES = {"100 B": (100, 20000), "100 KiB": (100 * 1024, 1000)}  # payload, messages


def send_pipe(conn, payload, count):
    for _ in range(count):
        conn.send(payload)


def send_queue(q, payload, count):
    for _ in range(count):
        q.put(payload)


def measure(kind, payload, count):
    if kind == "Pipe":
        receive, send = Pipe(duplex=False)
        p = Process(target=send_pipe, args=(send, payload, count))
        get = receive.recv
    else:
        q = Queue()
        p = Process(target=send_queue, args=(q, payload, count))
        get = q.get
    p.start()
    get()  # the first message: the child is up; start the clock
    start = time.perf_counter()
    for _ in range(count - 1):
        get()
    elapsed = time.perf_counter() - start
    p.join()
    return (count - 1) / elapsed


if __name__ == "__main__":
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    print(f"{'payload':>8} {'Pipe msg/s':>12} {'Queue msg/s':>12} {'Pipe/Queue':>11}")
    for label, (size, count) in SIZES.items():
        pipe = measure("Pipe", b"x" * size, count)
        queue = measure("Queue", b"x" * size, count)
        print(f"{label:>8} {pipe:>12,.0f} {queue:>12,.0f} {pipe / queue:>10.1f}x")

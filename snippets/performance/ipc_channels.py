"""Measure the cost per message of Queue, SimpleQueue, Pipe and a Manager queue."""

import multiprocessing as mp
import os
import platform
import time

SIZES = [(100, 2000), (10_000, 1000), (1_000_000, 40)]  # payload bytes, messages


def produce(put, payload, count):
    for _ in range(count):
        put(payload)


def per_message_us(channel, size, count):
    put, get = channel
    p = mp.Process(target=produce, args=(put, b"x" * size, count + 1))
    p.start()
    get()  # the first message: the producer is running; start the clock
    start = time.perf_counter()
    for _ in range(count):
        get()
    elapsed = time.perf_counter() - start
    p.join()
    return elapsed / count * 1e6


def make(kind, manager):
    if kind == "Pipe":
        receive, send = mp.Pipe(duplex=False)
        return send.send, receive.recv
    queue = {"Queue": mp.Queue, "SimpleQueue": mp.SimpleQueue, "Manager": manager.Queue}
    q = queue[kind]()
    return q.put, q.get


if __name__ == "__main__":
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    with mp.Manager() as manager:
        kinds = ("Queue", "SimpleQueue", "Pipe", "Manager")
        print(
            f"{'payload':>9} " + " ".join(f"{k:>12}" for k in kinds) + "  (us/message)"
        )
        for size, count in SIZES:
            row = [per_message_us(make(k, manager), size, count) for k in kinds]
            print(f"{size:>9,} " + " ".join(f"{v:>12,.1f}" for v in row))

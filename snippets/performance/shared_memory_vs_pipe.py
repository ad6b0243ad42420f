"""Measure handing 8 MB to another process: through a Pipe vs through SharedMemory."""

import os
import platform
import time
from multiprocessing import Pipe, Process, shared_memory

SIZE = 8_000_000


def via_pipe(conn):
    conn.send_bytes(b"x" * SIZE)


def via_shm(name, conn):
    shm = shared_memory.SharedMemory(name=name)
    shm.buf[:SIZE] = b"x" * SIZE  # write in place
    shm.close()
    conn.send("ready")  # only a few bytes cross the pipe


def timed(target, args, receive):
    p = Process(target=target, args=args)
    start = time.perf_counter()
    p.start()
    data = receive()
    p.join()
    return time.perf_counter() - start, data


if __name__ == "__main__":
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    r, w = Pipe(duplex=False)
    t_pipe, data = timed(via_pipe, (w,), r.recv_bytes)
    shm = shared_memory.SharedMemory(create=True, size=SIZE)
    try:
        t_shm, _ = timed(via_shm, (shm.name, w), r.recv)
        same = bytes(shm.buf[:SIZE]) == data
    finally:
        shm.close()
        shm.unlink()
    print(f"Pipe:         {t_pipe * 1000:7.1f} ms (start, send, join)")
    print(f"SharedMemory: {t_shm * 1000:7.1f} ms (start, write, signal, join)")
    print("same bytes:", same)

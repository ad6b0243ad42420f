"""Measure handing 8 MB to a running process: through a Pipe vs through SharedMemory."""

import os
import platform
import time
from multiprocessing import Pipe, Process, shared_memory

SIZE = 8_000_000


def via_pipe(conn):
    data = b"x" * SIZE
    conn.send_bytes(b"ready")  # running, data built: the parent starts the clock
    conn.send_bytes(data)  # all 8 MB cross the pipe


def via_shm(conn, name):
    shm, data = shared_memory.SharedMemory(name=name), b"x" * SIZE
    conn.send_bytes(b"ready")
    shm.buf[:SIZE] = data  # written in place
    shm.close()
    conn.send_bytes(b"done")  # only a few bytes cross the pipe


def timed(target, *args):
    r, w = Pipe(duplex=False)
    p = Process(target=target, args=(w, *args))
    p.start()
    r.recv_bytes()  # "ready": starting the process is not timed
    start = time.perf_counter()
    data = r.recv_bytes()
    elapsed = time.perf_counter() - start
    p.join()
    return elapsed * 1000, data


if __name__ == "__main__":
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    pipe_ms, data = timed(via_pipe)
    shm = shared_memory.SharedMemory(create=True, size=SIZE)
    shm.buf[:SIZE] = bytes(SIZE)  # touch every page first, as a block in reuse would be
    shm_ms, _ = timed(via_shm, shm.name)
    print(f"Pipe:         {pipe_ms:7.1f} ms (the 8 MB through the pipe)")
    print(f"SharedMemory: {shm_ms:7.1f} ms (the 8 MB written in place, then a signal)")
    print("same bytes:", bytes(shm.buf[:SIZE]) == data)
    shm.close()
    shm.unlink()  # the creator removes the block

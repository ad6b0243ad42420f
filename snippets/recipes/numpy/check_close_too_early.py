"""A child closes a SharedMemory block while a NumPy array still uses it, then reads it."""

from multiprocessing import Process, shared_memory

import numpy as np


def close_then_read():
    shm = shared_memory.SharedMemory(create=True, size=8)
    array = np.ndarray((1,), dtype=np.float64, buffer=shm.buf)
    shm.close()
    shm.unlink()
    print(array[0])


if __name__ == "__main__":
    child = Process(target=close_then_read)
    child.start()
    child.join()
    print("exitcode:", child.exitcode)

"""A NumPy array in SharedMemory: the parent creates it, a child attaches by name and writes."""

from multiprocessing import Process, shared_memory

import numpy as np


def double_in_place(name, shape, dtype):
    shm = shared_memory.SharedMemory(name=name)  # attach: no copy of the data
    array = np.ndarray(shape, dtype=dtype, buffer=shm.buf)
    array *= 2
    del array  # no array may use the block once it is closed
    shm.close()  # this process is done with the block


if __name__ == "__main__":
    data = np.arange(6, dtype=np.float64)
    shm = shared_memory.SharedMemory(create=True, size=data.nbytes)
    try:
        shared = np.ndarray(data.shape, dtype=data.dtype, buffer=shm.buf)
        shared[:] = data  # the one copy: into shared memory
        child = Process(target=double_in_place, args=(shm.name, data.shape, data.dtype))
        child.start()
        child.join()
        print(shared)
        del shared
    finally:
        shm.close()
        shm.unlink()  # exactly once, by the creator: frees the block

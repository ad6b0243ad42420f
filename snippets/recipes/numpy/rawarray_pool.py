"""A RawArray given to every Pool worker by the initializer, used as a NumPy array."""

from multiprocessing import Pool, RawArray

import numpy as np


def attach(raw):
    global shared
    shared = np.frombuffer(raw, dtype=np.float64)  # a view: no copy


def square_slice(bounds):
    start, stop = bounds
    shared[start:stop] **= 2
    return stop - start


if __name__ == "__main__":
    raw = RawArray("d", 8)  # 8 doubles, zeroed, in shared memory
    array = np.frombuffer(raw, dtype=np.float64)
    array[:] = np.arange(8)
    with Pool(2, initializer=attach, initargs=(raw,)) as pool:
        print("items per task:", pool.map(square_slice, [(0, 4), (4, 8)]))
    print(array)

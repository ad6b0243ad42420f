"""A child fills in a NumPy array backed by shared memory; the parent sees what it wrote."""

from multiprocessing import Process, RawArray

import numpy as np


def fill(raw):
    array = np.frombuffer(raw, dtype=np.float64)
    array[:] = np.arange(len(array)) ** 2


if __name__ == "__main__":
    raw = RawArray("d", 5)
    array = np.frombuffer(raw, dtype=np.float64)
    child = Process(target=fill, args=(raw,))
    child.start()
    child.join()
    print(array)

"""A child fills in a NumPy array, but the parent never sees what it wrote."""

from multiprocessing import Process

import numpy as np


def fill(array):
    array[:] = np.arange(len(array)) ** 2


if __name__ == "__main__":
    array = np.zeros(5)
    child = Process(target=fill, args=(array,))
    child.start()
    child.join()
    print(array)

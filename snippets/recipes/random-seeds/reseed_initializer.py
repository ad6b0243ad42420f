"""Fix: reseed NumPy's global generator in every worker, from the pool's initializer."""

from multiprocessing import Pool

import numpy as np


def reseed():
    np.random.seed()  # no argument: fresh entropy from the operating system


def draw(_):
    return np.random.random()


if __name__ == "__main__":
    np.random.random()  # the parent has used the global generator
    with Pool(2, initializer=reseed) as pool:
        numbers = pool.map(draw, range(4), chunksize=1)
    print("4 tasks, different numbers:", len(set(numbers)))

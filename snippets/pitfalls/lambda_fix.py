"""The fix: a function defined at module top level, or functools.partial of one."""

from functools import partial
from multiprocessing import Pool


def power(x, exponent):
    return x**exponent


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(partial(power, exponent=2), range(5)))  # pickled by reference

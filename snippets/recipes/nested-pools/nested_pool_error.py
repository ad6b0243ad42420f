"""A Pool worker that starts a Pool of its own fails: Pool workers are daemonic."""

import re
from multiprocessing import Pool


def square(x):
    return x * x


def sum_of_squares(n):
    with Pool(2) as inner:  # this runs in a worker of the outer pool
        return sum(inner.map(square, range(n)))


if __name__ == "__main__":
    with Pool(2) as outer:
        try:
            print(outer.map(sum_of_squares, [3, 4]))
        except AssertionError as exc:
            print(f"{type(exc).__name__}: {exc}")
            # the worker's traceback travels with the exception, as its __cause__
            frames = re.findall(r'File "(.+)", line \d+, in (\w+)', str(exc.__cause__))
            path, function = frames[-1]
            print("raised in the worker by", "/".join(path.split("/")[-2:]), function)
        outer.close()  # let the workers exit normally, so they clean up after themselves
        outer.join()

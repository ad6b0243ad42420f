"""Pool.imap() reads its input far ahead of the results you have taken."""

import time
from multiprocessing import Pool

read = 0  # input items the pool has taken from numbers(), counted in this process


def numbers(n):
    global read
    for i in range(n):
        read += 1
        yield i


def square(x, pause=0.0):
    time.sleep(pause)
    return x * x


def slow_square(x):
    return square(x, pause=0.1)


if __name__ == "__main__":
    for name, func, wait in (("slow", slow_square, 0.5), ("fast", square, 5)):
        read = 0
        with Pool(2) as pool:
            results = pool.imap(func, numbers(20_000))
            next(results)  # take one result, then do something else for a while
            deadline = time.monotonic() + wait
            while read < 20_000 and time.monotonic() < deadline:
                time.sleep(0.05)
            print(f"{name} tasks: 1 result taken, {read:,} input items read")

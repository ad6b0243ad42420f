"""Leaving a `with Pool()` block calls terminate(), not close(): async work is cut off."""

import time
from multiprocessing import Pool


def nap(x):
    time.sleep(0.3)
    return x


if __name__ == "__main__":
    with Pool(2) as pool:
        pending = pool.apply_async(nap, (1,))
    print("left the block without waiting; ready():", pending.ready())

    with Pool(2) as pool:
        finished = pool.apply_async(nap, (2,))
        print("get() inside the block:", finished.get(timeout=5))

"""Three tasks with a 1 s wait each: the program reports in time, but does not end."""

import multiprocessing
import time
from multiprocessing import Pool


def nap(seconds):
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    pool = Pool(3)
    pending = {
        name: pool.apply_async(nap, (s,))
        for name, s in [("a", 0.1), ("b", 60), ("c", 0.2)]
    }
    for name, result in pending.items():
        try:
            print(name, "->", result.get(timeout=1))
        except multiprocessing.TimeoutError:
            print(name, "-> gave up after 1 s")
    pool.close()
    pool.join()
    print("done")

"""get(timeout) stops the waiting, not the task: the worker is still busy afterwards."""

import multiprocessing
import time
from multiprocessing import Pool


def nap(seconds):
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    with Pool(1) as pool:
        slow = pool.apply_async(nap, (30,))
        try:
            slow.get(timeout=0.5)
        except multiprocessing.TimeoutError:
            print("get(timeout=0.5): multiprocessing.TimeoutError")
        print("slow.ready() after the timeout:", slow.ready())
        quick = pool.apply_async(nap, (0,))  # the only worker is still running nap(30)
        try:
            quick.get(timeout=1)
        except multiprocessing.TimeoutError:
            print("a task sent after it waits too: multiprocessing.TimeoutError")
    # leaving the with block terminates the pool, and with it nap(30)

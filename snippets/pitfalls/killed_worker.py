"""A worker killed mid-task: Pool.map() waits forever, ProcessPoolExecutor raises."""

import os
import signal
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, TimeoutError


def task(x):
    if x == 2:
        os.kill(os.getpid(), signal.SIGKILL)  # like the out-of-memory killer
    return x


if __name__ == "__main__":
    with Pool(2) as pool:
        result = pool.map_async(task, range(4))  # map() is map_async().get()
        try:
            result.get(timeout=3)  # map() has no timeout: it would wait forever
        except TimeoutError:
            print("Pool.map(): still waiting after 3 s, the worker was replaced")
    with ProcessPoolExecutor(2) as executor:
        try:
            list(executor.map(task, range(4)))
        except Exception as e:
            print(f"ProcessPoolExecutor.map(): {type(e).__name__}: {e}")

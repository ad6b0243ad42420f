"""A worker killed mid-task: Pool.map() waits forever, ProcessPoolExecutor raises."""

import os
import signal
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, TimeoutError, active_children


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
            workers = len(active_children())  # the dead worker has been replaced
            print(f"Pool.map(): no result after 3 s, {workers} workers alive")
    with ProcessPoolExecutor(2) as executor:
        try:
            list(executor.map(task, range(4)))
        except Exception as e:
            print(f"ProcessPoolExecutor.map(): {type(e).__name__}: {e}")

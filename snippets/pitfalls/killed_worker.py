"""A Pool worker that dies takes its task with it: get() without a timeout waits forever."""

import os
from multiprocessing import Pool, TimeoutError


def die():
    os._exit(1)  # a crash: no exception travels back


if __name__ == "__main__":
    pool = Pool(1)
    result = pool.apply_async(die)
    try:
        result.get(timeout=2)  # without a timeout, this line never returns
    except TimeoutError:
        print("no result after 2 s; the pool replaced the worker but lost the task")
    pool.terminate()
    pool.join()
    print(
        "fix: ProcessPoolExecutor raises BrokenProcessPool instead (see the Pool page)"
    )

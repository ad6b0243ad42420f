"""A worker that dies breaks a ProcessPoolExecutor: BrokenProcessPool, not a hang."""

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def crash():
    os._exit(1)  # like a segfault or the OOM killer: no exception, just gone


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        try:
            executor.submit(crash).result(timeout=10)
        except BrokenProcessPool as e:
            print("BrokenProcessPool:", e)

"""Forking a process that runs threads: a DeprecationWarning since Python 3.12."""

import multiprocessing as mp
import sys
import threading
import warnings


def noop():
    pass


if __name__ == "__main__":
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()  # now this process has two threads
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        p = mp.get_context("fork").Process(target=noop)
        p.start()
        p.join()
    stop.set()
    t.join()
    print(
        f"Python {sys.version_info[0]}.{sys.version_info[1]}:",
        [w.category.__name__ for w in caught] or "no warning",
    )

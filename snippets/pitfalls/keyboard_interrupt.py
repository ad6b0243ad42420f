"""Ctrl-C during Pool work: workers ignore SIGINT, the parent catches it and terminates."""

import os
import signal
import threading
import time
from multiprocessing import Pool


def ignore_sigint():
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # only the parent handles Ctrl-C


def slow(x):
    time.sleep(5)
    return x


if __name__ == "__main__":
    # A process started with SIGINT ignored (a background job) would never see Ctrl-C.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    pool = Pool(2, initializer=ignore_sigint)
    threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start()  # "Ctrl-C"
    try:
        pool.map_async(slow, range(4)).get(
            timeout=60
        )  # get(timeout) can be interrupted
    except KeyboardInterrupt:
        print("KeyboardInterrupt in the parent: terminating the pool")
        pool.terminate()
    else:
        pool.close()
    pool.join()
    print("clean exit, no worker tracebacks")

"""exitcode tells how a child ended: return, sys.exit(n), an exception, or a signal."""

import sys
import time
from multiprocessing import Process


def returns():
    return 42  # the return value is discarded: exitcode is 0


def exits():
    sys.exit(3)


def raises():
    raise ValueError("boom")


if __name__ == "__main__":
    for target in (returns, exits, raises):
        p = Process(target=target, name=target.__name__)
        p.start()
        p.join()
        print(f"{p.name}: exitcode {p.exitcode}")
    p = Process(target=time.sleep, args=(60,), name="terminated")
    p.start()
    p.terminate()  # SIGTERM on POSIX
    p.join()
    print(f"{p.name}: exitcode {p.exitcode}")

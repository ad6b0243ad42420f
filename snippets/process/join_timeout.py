"""join(timeout) returns when the time is up, whether or not the child has finished."""

import time
from multiprocessing import Process


def slow():
    time.sleep(1.0)


if __name__ == "__main__":
    p = Process(target=slow)
    p.start()
    result = p.join(timeout=0.1)  # join() always returns None
    print("join(0.1) returned", result, "- still alive:", p.is_alive())
    print("exitcode while running:", p.exitcode)
    p.join()  # no timeout: wait as long as it takes
    print("after join():", p.is_alive(), p.exitcode)

"""callback and error_callback run in the parent, in the pool's result-handler thread."""

import threading
from multiprocessing import Pool


def invert(x):
    return 1 / x


def on_result(value):
    print(f"callback({value}) in {threading.current_thread().name!r}")


def on_error(exc):
    print(
        f"error_callback({exc!r}) in the main thread?",
        threading.current_thread() is threading.main_thread(),
    )


if __name__ == "__main__":
    with Pool(2) as pool:
        for x in (4, 0):  # one at a time, so the two lines print in this order
            r = pool.apply_async(
                invert, (x,), callback=on_result, error_callback=on_error
            )
            r.wait(timeout=5)

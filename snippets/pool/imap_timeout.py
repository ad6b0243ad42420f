"""imap() yields results one by one, in order; next(timeout) gives up waiting for one."""

import time
from multiprocessing import Pool, TimeoutError


def slow_square(x):
    time.sleep(0.6 if x == 1 else 0)
    return x * x


if __name__ == "__main__":
    with Pool(2) as pool:
        it = pool.imap(slow_square, range(4))
        print("first:", next(it))
        try:
            it.next(timeout=0.1)  # the second result is still being computed
        except TimeoutError:
            print("next(timeout=0.1): multiprocessing.TimeoutError")
        print("then:", it.next(), list(it))  # the iterator is still usable

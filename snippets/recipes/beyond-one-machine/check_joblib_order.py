"""joblib runs three tasks that take 0.3 s, 0.1 s and 0.2 s, and prints their results."""

import time

from joblib import Parallel, delayed


def slow_square(x):
    time.sleep(x / 10)
    return x * x


if __name__ == "__main__":
    print(Parallel(n_jobs=3)(delayed(slow_square)(x) for x in [3, 1, 2]))

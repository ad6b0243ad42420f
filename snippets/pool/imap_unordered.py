"""imap_unordered(): results in the order they finish, not the order of the inputs."""

import time
from multiprocessing import Pool


def slow_square(x):
    time.sleep(0.05 * (5 - x))  # later inputs finish sooner
    return x * x


if __name__ == "__main__":
    with Pool(2) as pool:
        results = list(pool.imap_unordered(slow_square, range(6)))
    print("same results:", sorted(results) == [x * x for x in range(6)])
    print("sorted:", sorted(results))

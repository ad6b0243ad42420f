"""Solution: pass the threshold to the workers instead of relying on fork's copy."""

import multiprocessing as mp
from functools import partial


def above(threshold, x):
    return x > threshold


if __name__ == "__main__":
    threshold = 5  # in a real program: read from the command line or a file
    for method in ("fork", "spawn", "forkserver"):
        with mp.get_context(method).Pool(2) as pool:
            count = sum(pool.map(partial(above, threshold), range(10)))
            print(f"{method:>10}: {count} numbers above {threshold}")

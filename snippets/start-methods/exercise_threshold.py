"""Exercise: the workers must use the threshold that the parent chose at run time."""

import multiprocessing as mp

threshold = 0


def above(x):
    return x > threshold


if __name__ == "__main__":
    threshold = 5  # in a real program: read from the command line or a file
    for method in ("fork", "spawn", "forkserver"):
        with mp.get_context(method).Pool(2) as pool:
            count = sum(pool.map(above, range(10)))
            print(f"{method:>10}: {count} numbers above {threshold}")

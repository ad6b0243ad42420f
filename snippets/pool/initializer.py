"""initializer and initargs: set up per-worker state once, when each worker starts."""

from multiprocessing import Pool

_table = None  # one per worker process, filled in by init()


def init(size):
    global _table
    _table = {n: n * n for n in range(size)}  # imagine an expensive load


def lookup(n):
    return _table[n]


if __name__ == "__main__":
    with Pool(2, initializer=init, initargs=(100,)) as pool:
        print(pool.map(lookup, [3, 7, 42]))

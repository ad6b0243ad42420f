"""A large argument is pickled with every task; send it once per worker instead."""

import pickle
from multiprocessing import Pool


class Table(list):
    """A large lookup table that counts how often this process pickles it."""

    pickled = 0

    def __reduce__(self):
        Table.pickled += 1
        return Table, (list(self),)


TABLE = Table(range(200_000))
_table = None


def per_task(args):
    table, i = args
    return table[i]


def init(table):
    global _table
    _table = table


def from_worker(i):
    return _table[i]


if __name__ == "__main__":
    size = len(pickle.dumps(list(TABLE)))
    with Pool(2) as pool:
        a = pool.map(per_task, [(TABLE, i) for i in range(8)], chunksize=1)
    print(f"per task: the table was pickled {Table.pickled} times, {size:,} bytes each")
    Table.pickled = 0
    with Pool(2, initializer=init, initargs=(TABLE,)) as pool:
        b = pool.map(from_worker, range(8), chunksize=1)
    once = Table.pickled <= 2  # 2 under spawn and forkserver, 0 under fork
    print(f"initializer: at most once per worker: {once}, same results: {a == b}")

"""A large argument is pickled with every task; send it once per worker instead."""

import pickle
from multiprocessing import Pool

TABLE = list(range(200_000))  # stands for a large lookup table
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
    size = len(pickle.dumps(TABLE))
    tasks = list(range(8))
    with Pool(2) as pool:
        a = pool.map(per_task, [(TABLE, i) for i in tasks], chunksize=1)
    print(f"per task: {len(tasks)} copies of {size:,} bytes pickled")
    with Pool(2, initializer=init, initargs=(TABLE,)) as pool:
        b = pool.map(from_worker, tasks, chunksize=1)
    print(f"initializer: one copy per worker, same results: {a == b}")

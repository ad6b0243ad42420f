"""maxtasksperchild: replace each worker after it has run that many tasks."""

import os
from multiprocessing import Pool


def whoami(_):
    return os.getpid()


if __name__ == "__main__":
    with Pool(processes=1, maxtasksperchild=2) as pool:
        pids = pool.map(whoami, range(6), chunksize=1)  # a chunk counts as one task
    print("6 tasks ran in", len(set(pids)), "worker processes, one after another")
    with Pool(processes=1) as pool:
        pids = pool.map(whoami, range(6), chunksize=1)
    print("without the limit:", len(set(pids)), "worker process")

"""ProcessPoolExecutor(max_tasks_per_child=1) (Python 3.11+): a fresh worker per task."""

import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context


def whoami(_):
    return os.getpid()


if __name__ == "__main__":
    # Not allowed with fork: pass a spawn or forkserver context (3.11-3.13 default to fork).
    # Values above 1 can deadlock before the gh-115634 fix; 1 is safe.
    ctx = get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=ctx, max_tasks_per_child=1) as executor:
        pids = list(executor.map(whoami, range(6)))
    print("6 tasks ran in", len(set(pids)), "worker processes")

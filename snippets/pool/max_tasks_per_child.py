"""ProcessPoolExecutor(max_tasks_per_child=1) (Python 3.11+): a fresh worker per task."""

import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context


def whoami(_):
    return os.getpid()


if __name__ == "__main__":
    # No mp_context: with max_tasks_per_child the executor starts its workers with spawn,
    # whatever the default start method is.
    with ProcessPoolExecutor(1, max_tasks_per_child=1) as executor:
        pids = list(executor.map(whoami, range(6)))
    print("6 tasks ran in", len(set(pids)), "worker processes")
    try:  # only a fork context you pass yourself is refused
        ProcessPoolExecutor(1, mp_context=get_context("fork"), max_tasks_per_child=1)
    except ValueError as e:
        print("ValueError:", e)

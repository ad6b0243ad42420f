"""Pool() with no size: one worker per CPU this process may run on (3.13+; Linux here)."""

import os
from multiprocessing import Pool

if __name__ == "__main__":
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # like `taskset -c 0`
    print("CPUs in the machine, os.cpu_count():", os.cpu_count())
    print("CPUs this process may use:", len(os.sched_getaffinity(0)))
    with Pool() as pool:
        print("workers Pool() started:", pool._processes)  # private: read only to show

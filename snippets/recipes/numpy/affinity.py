"""Workers inherit their parent's CPU affinity; a pool initializer can widen it again."""

import os
from multiprocessing import Pool

allowed = os.sched_getaffinity(0)  # before any library can change it

import numpy  # noqa: E402, F401


def cpus(_):
    return len(os.sched_getaffinity(0))


if __name__ == "__main__":
    print("import numpy left the affinity alone:", os.sched_getaffinity(0) == allowed)
    os.sched_setaffinity(0, {min(allowed)})  # what some BLAS builds did at import
    with Pool(2) as pool:
        print("CPUs each worker may use:", pool.map(cpus, range(2)))
    # The fix: each worker sets its own affinity back to what the program started with.
    with Pool(2, initializer=os.sched_setaffinity, initargs=(0, allowed)) as pool:
        print(
            "with the initializer, all CPUs:",
            pool.map(cpus, range(2)) == [len(allowed)] * 2,
        )

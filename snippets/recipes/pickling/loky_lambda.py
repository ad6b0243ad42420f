"""loky and joblib pickle the callable with cloudpickle: a closure runs in their workers."""

from joblib import Parallel, delayed
from loky import get_reusable_executor


def make_scaler(factor):
    return lambda x: x * factor


if __name__ == "__main__":
    triple = make_scaler(3)
    executor = get_reusable_executor(max_workers=2)
    print("loky:  ", list(executor.map(triple, range(5))))
    print("joblib:", Parallel(n_jobs=2)(delayed(triple)(x) for x in range(5)))

"""Scale readings by a factor chosen at run time, with a lambda sent to joblib's workers."""

from joblib import Parallel, delayed

if __name__ == "__main__":
    factor = 3
    scale = lambda x: x * factor  # noqa: E731  (a lambda, on purpose)
    print(Parallel(n_jobs=2)(delayed(scale)(x) for x in range(5)))

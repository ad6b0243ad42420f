"""Limit BLAS threads with an environment variable, set before NumPy is imported."""

import os

os.environ["OMP_NUM_THREADS"] = "1"  # read once, when the BLAS library loads

from multiprocessing import Pool  # noqa: E402

import numpy as np  # noqa: E402, F401  (loads OpenBLAS)
from threadpoolctl import threadpool_info  # noqa: E402


def blas_threads(_=None):
    return [
        lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"
    ]


if __name__ == "__main__":
    print("parent:", blas_threads())
    with Pool(2) as pool:
        print("workers:", pool.map(blas_threads, range(2)))

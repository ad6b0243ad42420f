"""Measure 2 pool workers doing matrix products, with 1 or 2 BLAS threads each."""

import os
import platform
import time
from multiprocessing import Pool

import numpy as np
import threadpoolctl
from threadpoolctl import threadpool_info, threadpool_limits


def limit_blas(threads):
    threadpool_limits(limits=threads, user_api="blas")  # kept until the worker exits


def blas_threads(_):
    return [
        lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"
    ]


def products(seed):
    matrix = np.random.default_rng(seed).random((300, 300))
    for _ in range(10):
        matrix @ matrix
    return seed


if __name__ == "__main__":
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, CPython {platform.python_version()}"
    )
    print(f"NumPy {np.__version__}, threadpoolctl {threadpoolctl.__version__}")
    print("BLAS threads in a process by default:", blas_threads(None))
    print("workers  BLAS threads each  threads in all  seconds")
    for threads in (1, 2):
        with Pool(2, initializer=limit_blas, initargs=(threads,)) as pool:
            each = pool.map(blas_threads, range(2))
            pool.map(products, range(2))  # warm up: start the workers and BLAS
            start = time.perf_counter()
            pool.map(products, range(4), chunksize=1)
            elapsed = time.perf_counter() - start
        print(f"{2:>7}  {each[0][0]:>17}  {2 * threads:>14}  {elapsed:7.3f}")

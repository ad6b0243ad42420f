"""Measure one CPU-bound job run four ways: Pool, joblib, Dask LocalCluster, Dask by address."""

import platform
import time
from importlib.metadata import version
from multiprocessing import Pool, cpu_count

from dask.distributed import Client, LocalCluster
from joblib import Parallel, delayed

LIBS = ("joblib", "dask", "distributed")  # joblib runs its own copy of loky
VERSIONS = ", ".join([platform.python_version()] + [f"{n} {version(n)}" for n in LIBS])
CHUNKS = [(i, i + 25_000) for i in range(2, 400_002, 25_000)]  # 16 tasks
DASK = dict(n_workers=2, threads_per_worker=1, dashboard_address="127.0.0.1:0")
TIMES = []


def count_primes(bounds):
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(*bounds))


def run(name, t0, job, *args):
    begin = time.perf_counter()
    total, secs = sum(job(*args)), time.perf_counter() - begin
    TIMES.append(secs)
    print(f"{name:28} {begin - t0:7.3f} {secs:7.3f} {TIMES[0] / secs:7.2f}x  {total}")


if __name__ == "__main__":
    print(f"{platform.machine()}, {cpu_count()} CPUs, CPython {VERSIONS}")
    print(f"{'':<28} {'start s':>7} {'job s':>7} {'speedup':>8}  primes")
    run("serial, one process", time.perf_counter(), map, count_primes, CHUNKS)
    t0 = time.perf_counter()
    with Pool(2) as pool:
        pool.map(abs, [1, 2])  # the workers are up
        run("multiprocessing Pool(2)", t0, pool.map, count_primes, CHUNKS)
    t0 = time.perf_counter()
    parallel = Parallel(n_jobs=2, backend="loky")
    parallel(delayed(abs)(x) for x in [1, 2])  # loky starts its workers on first use
    run("joblib, loky, n_jobs=2", t0, parallel, map(delayed(count_primes), CHUNKS))
    t0 = time.perf_counter()
    with LocalCluster(**DASK, silence_logs="CRITICAL") as cluster:
        with Client(cluster) as client:
            futures = client.map(count_primes, CHUNKS, pure=False)
            run("Dask LocalCluster, 2 workers", t0, client.gather, futures)
        t0 = time.perf_counter()
        with Client(cluster.scheduler_address) as client:  # connect by address only
            futures = client.map(count_primes, CHUNKS, pure=False)
            run("Dask Client(address)", t0, client.gather, futures)

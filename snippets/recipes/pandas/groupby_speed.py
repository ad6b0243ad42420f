"""Measure a groupby split across Pool(2) against the plain groupby, where it pays and not."""

import os
import pickle
import platform
import time
from multiprocessing import Pool

import numpy as np
import pandas as pd

CASES = [("apply", 400_000, 40_000), ("apply", 4_000, 400), ("mean", 400_000, 40_000)]


def trimmed_mean(values):  # Python code per group: what apply() runs
    ordered = np.sort(values.to_numpy())
    cut = len(ordered) // 10
    return ordered[cut : len(ordered) - cut].mean()


def by_key(part, how):
    grouped = part.groupby("key")["value"]
    return grouped.apply(trimmed_mean) if how == "apply" else grouped.mean()


if __name__ == "__main__":
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, CPython {platform.python_version()}"
    )
    print(f"pandas {pd.__version__}, NumPy {np.__version__}")
    print(f"{'':<24} {'plain':>8} {'Pool(2)':>8} {'speedup':>8} {'pickled':>10}")
    with Pool(2) as pool:
        pool.map(len, [[0], [1]])  # start the workers before timing
        for how, rows, groups in CASES:
            rng = np.random.default_rng(0)
            keys, values = rng.integers(0, groups, rows), rng.random(rows)
            df = pd.DataFrame({"key": keys, "value": values})
            start = time.perf_counter()
            plain = by_key(df, how)
            middle = time.perf_counter()
            parts = [(part, how) for _, part in df.groupby(df["key"] % 2)]
            combined = pd.concat(pool.starmap(by_key, parts)).sort_index()
            end = time.perf_counter()
            assert combined.equals(plain)
            mib = len(pickle.dumps(parts)) / 2**20
            times = f"{middle - start:7.3f}s {end - middle:7.3f}s"
            speedup = (middle - start) / (end - middle)
            print(
                f"{how + f'(), {rows:,} rows':<24} {times} {speedup:7.2f}x {mib:6.2f} MiB"
            )

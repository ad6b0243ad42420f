"""Reproducible, independent streams: one child of a SeedSequence per task."""

from multiprocessing import Pool

import numpy as np


def simulate(seed):
    rng = np.random.default_rng(seed)
    return rng.integers(0, 100, size=3).tolist()


if __name__ == "__main__":
    seeds = np.random.SeedSequence(2026).spawn(4)
    with Pool(2) as pool:
        results = pool.map(simulate, seeds)
    print(results)
    again = list(map(simulate, np.random.SeedSequence(2026).spawn(4)))
    print("same numbers without a pool:", results == again)

"""Estimate pi in 4 tasks, each with its own stream spawned from one SeedSequence."""

from multiprocessing import Pool

import numpy as np

SEED = 2026


def estimate_pi(n, seed):
    rng = np.random.default_rng(seed)
    x, y = rng.random(n), rng.random(n)
    return 4 * float(np.mean(x * x + y * y < 1))


if __name__ == "__main__":
    seeds = np.random.SeedSequence(SEED).spawn(4)
    with Pool(2) as pool:
        estimates = pool.starmap(estimate_pi, [(100_000, s) for s in seeds])
    print("estimates:", estimates)
    print(f"combined:  {sum(estimates) / len(estimates):.5f}")

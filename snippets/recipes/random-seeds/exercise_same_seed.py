"""Estimate pi in 4 tasks; every task seeds its generator with the same number."""

from multiprocessing import Pool

import numpy as np

SEED = 2026


def estimate_pi(n):
    rng = np.random.default_rng(SEED)
    x, y = rng.random(n), rng.random(n)
    return 4 * float(np.mean(x * x + y * y < 1))


if __name__ == "__main__":
    with Pool(2) as pool:
        estimates = pool.map(estimate_pi, [100_000] * 4)
    print("estimates:", estimates)
    print(f"combined:  {sum(estimates) / len(estimates):.5f}")

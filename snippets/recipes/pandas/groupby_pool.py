"""A groupby/apply split across a Pool by key, combined, and checked against the plain one."""

from multiprocessing import Pool

import numpy as np
import pandas as pd


def trimmed_mean(values):
    ordered = np.sort(values.to_numpy())
    cut = len(ordered) // 10  # drop the lowest and the highest 10%
    return ordered[cut : len(ordered) - cut].mean()


def apply_part(part):
    return part.groupby("key")["value"].apply(trimmed_mean)


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    df = pd.DataFrame(
        {"key": rng.choice(list("ABCDEFGH"), 10_000), "value": rng.random(10_000)}
    )
    codes, _ = pd.factorize(df["key"])  # each key gets a number: 0, 1, 2...
    parts = [part for _, part in df.groupby(codes % 2)]  # every key in one part only
    with Pool(2) as pool:
        combined = pd.concat(pool.map(apply_part, parts)).sort_index()
    print(combined.round(4).to_dict())
    print("same as the plain groupby:", combined.equals(apply_part(df)))

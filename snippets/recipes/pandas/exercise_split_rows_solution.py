"""Mean value per key, computed in 2 parts split by key, and compared with the plain groupby."""

from multiprocessing import Pool

import pandas as pd


def mean_per_key(part):
    return part.groupby("key")["value"].mean()


if __name__ == "__main__":
    df = pd.DataFrame({"key": list("aabbbccd"), "value": [1, 2, 3, 4, 5, 6, 7, 8]})
    codes, _ = pd.factorize(df["key"])
    parts = [part for _, part in df.groupby(codes % 2)]  # all rows of a key together
    with Pool(2) as pool:
        combined = pd.concat(pool.map(mean_per_key, parts)).sort_index()
    print(list(combined.items()))
    print("same as the plain groupby:", combined.equals(mean_per_key(df)))

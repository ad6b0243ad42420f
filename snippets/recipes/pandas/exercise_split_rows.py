"""Mean value per key, computed in 2 parts split by rows, and compared with the plain groupby."""

from multiprocessing import Pool

import pandas as pd


def mean_per_key(part):
    return part.groupby("key")["value"].mean()


if __name__ == "__main__":
    df = pd.DataFrame({"key": list("aabbbccd"), "value": [1, 2, 3, 4, 5, 6, 7, 8]})
    parts = [df.iloc[:4], df.iloc[4:]]  # the first half of the rows, then the second
    with Pool(2) as pool:
        combined = pd.concat(pool.map(mean_per_key, parts)).sort_index()
    print(list(combined.items()))
    print("same as the plain groupby:", combined.equals(mean_per_key(df)))

"""A worker changes the DataFrame it was sent; the parent then sums its own frame."""

from multiprocessing import Pool

import pandas as pd


def add_one(frame):
    frame["x"] += 1
    return int(frame["x"].sum())


if __name__ == "__main__":
    df = pd.DataFrame({"x": [1, 2, 3]})
    with Pool(1) as pool:
        print(pool.apply(add_one, (df,)), int(df["x"].sum()))

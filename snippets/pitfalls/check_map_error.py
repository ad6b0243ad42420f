"""Predict: what map() gives back when one item raises."""

from multiprocessing import Pool


def inverse(x):
    return 1 / x


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            print(pool.map(inverse, [1, 2, 0, 4]))
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)

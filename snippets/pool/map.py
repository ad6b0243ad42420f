"""Pool.map(): apply a function to every item, in parallel, results in input order."""

from multiprocessing import Pool


def square(x):
    return x * x


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        print(pool.map(square, range(10)))

"""Instead of a pool per task, one pool over every (task, item) pair, regrouped after."""

from itertools import groupby
from multiprocessing import Pool


def square(n, x):
    return n, x * x


if __name__ == "__main__":
    sizes = [3, 4, 5, 6]
    pairs = [(n, x) for n in sizes for x in range(n)]  # one flat list of small jobs
    with Pool(2) as pool:
        results = pool.starmap(square, pairs, chunksize=4)
    sums = {
        n: sum(sq for _, sq in group) for n, group in groupby(results, lambda r: r[0])
    }
    print(f"{len(pairs)} jobs in one pool of 2 workers")
    print("sums:", [sums[n] for n in sizes])

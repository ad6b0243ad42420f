"""Scale readings by a factor chosen at run time, with a lambda sent to a Pool."""

from multiprocessing import Pool

if __name__ == "__main__":
    factor = 3
    scale = lambda x: x * factor  # noqa: E731  (a lambda, on purpose)
    with Pool(2) as pool:
        try:
            print(pool.map(scale, range(5)))
        except Exception as exc:
            print("failed:", type(exc).__name__)

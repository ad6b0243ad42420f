"""A lambda cannot be pickled, so a Pool cannot send it to a worker."""

from multiprocessing import Pool

if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            pool.map(lambda x: x * x, range(3))
        except Exception as e:  # pickle.PicklingError or AttributeError, by version
            print("map(lambda ...) failed:", type(e).__name__)
            print("mentions the lambda:", "lambda" in str(e))

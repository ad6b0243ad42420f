"""Exercise: 20,000 tiny tasks through imap(); make this at least 3x faster."""

import time
from multiprocessing import Pool


def tiny(x):
    return x * x


if __name__ == "__main__":
    with Pool(2) as pool:
        pool.map(tiny, range(10))  # start the workers before the clock runs
        start = time.perf_counter()
        total = sum(pool.imap(tiny, range(20_000)))
        seconds = time.perf_counter() - start
    print(f"total {total:,} in {seconds:.3f} s")

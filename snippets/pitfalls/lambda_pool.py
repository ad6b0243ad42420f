"""A lambda cannot be pickled, so a Pool cannot send it to a worker."""

import re
from multiprocessing import Pool

if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            pool.map(lambda x: x * x, range(3))
        except Exception as e:
            message = re.sub(r"0x[0-9a-f]+", "0x...", str(e))  # an address: every run
            print(f"{type(e).__name__}: {message}")

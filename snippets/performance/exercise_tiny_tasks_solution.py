"""Solution: send the tiny tasks in batches, so each round trip carries many of them."""

import os
import platform
import time
from multiprocessing import Pool


def cube(x):
    return x * x * x


if __name__ == "__main__":
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    with Pool(2) as pool:
        start = time.perf_counter()
        total = sum(pool.map(cube, range(10_000), chunksize=1_000))
        print(f"total {total:,} in {time.perf_counter() - start:.3f} s")

"""One process per core, each running a thread per core: more threads, no more speed."""

import hashlib
import os
import platform
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Pool

DATA = b"x" * 16_000_000


def digest_all(threads):  # like a BLAS call that starts its own threads
    with ThreadPoolExecutor(threads) as ex:  # hashlib releases the GIL on big buffers
        return len(list(ex.map(lambda _: hashlib.sha256(DATA).digest(), range(8))))


if __name__ == "__main__":
    cores = os.cpu_count()
    print(
        f"{platform.machine()}, {cores} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    for threads in (1, cores, 4 * cores):
        with Pool(cores) as pool:
            start = time.perf_counter()
            pool.map(digest_all, [threads] * cores)
            elapsed = time.perf_counter() - start
        print(
            f"{cores} processes x {threads:>2} threads = {cores * threads:>2} "
            f"running: {elapsed:6.3f} s"
        )

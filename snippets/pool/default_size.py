"""Pool() with no size starts one worker per CPU this process may use."""

import os
from multiprocessing import Pool

if __name__ == "__main__":
    if hasattr(os, "process_cpu_count"):  # Python 3.13+: what Pool() uses
        usable = os.process_cpu_count()
    else:  # before 3.13, Pool() uses os.cpu_count()
        usable = os.cpu_count()
    with Pool() as pool:
        size = pool._processes  # private attribute, read here only to show the default
    print("workers:", size, "- usable CPUs:", usable, "- equal:", size == usable)

"""Which start methods this platform offers, and which one is the default."""

import multiprocessing as mp

if __name__ == "__main__":
    print("available:", sorted(mp.get_all_start_methods()))
    print("default:", mp.get_start_method())

"""Keep the results that arrive before a deadline: imap_unordered() and next(timeout)."""

import multiprocessing
import time
from multiprocessing import Pool


def nap(seconds):
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    tasks = [0.1, 0.2, 30, 0.1, 0.3, 0.2]  # one task is stuck
    done = []
    with Pool(2) as pool:
        results = pool.imap_unordered(nap, tasks)
        deadline = time.monotonic() + 3
        try:
            while len(done) < len(tasks):
                done.append(results.next(timeout=max(0, deadline - time.monotonic())))
        except multiprocessing.TimeoutError:
            print(f"deadline passed with {len(done)} of {len(tasks)} results")
    print("finished in time:", sorted(done))

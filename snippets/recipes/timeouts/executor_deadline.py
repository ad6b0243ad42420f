"""wait(timeout=) for a batch of futures, then terminate_workers() (3.14) stops the rest."""

import time
from concurrent.futures import ProcessPoolExecutor, wait


def nap(seconds):
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    executor = ProcessPoolExecutor(max_workers=2)
    futures = [executor.submit(nap, s) for s in (0.1, 30, 0.2, 0.1)]
    done, not_done = wait(futures, timeout=3)
    print("done in time:", sorted(f.result() for f in done))
    print("not done:", len(not_done), "running:", sum(f.running() for f in not_done))
    executor.terminate_workers()  # SIGTERM to every worker; the executor shuts down
    print("then:", [type(f.exception()).__name__ for f in not_done])

"""ProcessPoolExecutor.terminate_workers() and kill_workers() (3.14): stop a pool now."""

import time
from concurrent.futures import ProcessPoolExecutor


def nap(seconds):
    time.sleep(seconds)


def outcome(future):
    if future.cancelled():
        return "cancelled"
    return type(future.exception(timeout=10)).__name__


if __name__ == "__main__":
    for stop in ("terminate_workers", "kill_workers"):
        start = time.monotonic()
        with ProcessPoolExecutor(max_workers=2) as executor:
            futures = [executor.submit(nap, 60) for _ in range(6)]
            while not futures[0].running():
                time.sleep(0.01)
            getattr(executor, stop)()  # SIGTERM or SIGKILL to every worker
            outcomes = sorted({outcome(f) for f in futures})
        seconds = time.monotonic() - start
        print(f"{stop}(): {' and '.join(outcomes)}; done in under 5 s: {seconds < 5}")

"""ProcessPoolExecutor(1, max_tasks_per_child=2) and 10 tasks: all run, or the pool hangs."""

import subprocess
import sys

# The reproducer of gh-115634, run by a second Python so that a hang can be cut short.
REPRODUCER = """
import os
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    with ProcessPoolExecutor(1, max_tasks_per_child=2) as executor:
        for future in [executor.submit(os.getpid) for _ in range(10)]:
            print(future.result(), flush=True)
"""

if __name__ == "__main__":
    command = [sys.executable, "-c", REPRODUCER]
    try:
        pids = subprocess.run(command, capture_output=True, timeout=6).stdout.split()
        print(f"10 of 10 tasks done, by {len(set(pids))} worker processes")
    except subprocess.TimeoutExpired as e:
        done = len((e.stdout or b"").split())
        print(f"{done} of 10 tasks done, then nothing for 6 s: the pool hangs")

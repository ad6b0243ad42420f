"""os.process_cpu_count() (3.13+) follows CPU affinity; -X cpu_count overrides every count."""

import os
import subprocess
import sys

COUNTS = (
    "import os, multiprocessing as mp; "
    "print(f'cpu_count() {os.cpu_count()}, process_cpu_count() {os.process_cpu_count()}, '"
    "f'multiprocessing.cpu_count() {mp.cpu_count()}')"
)

if __name__ == "__main__":
    machine = os.cpu_count()
    print("os.cpu_count():", machine)
    print("os.process_cpu_count():", os.process_cpu_count())
    if hasattr(os, "sched_setaffinity"):  # Linux; `taskset -c 0` does the same
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        same = "unchanged" if os.cpu_count() == machine else "changed"
        print(
            f"pinned to one CPU: process_cpu_count() {os.process_cpu_count()}, cpu_count() {same}"
        )
    child = [sys.executable, "-X", "cpu_count=3", "-c", COUNTS]
    out = subprocess.run(child, capture_output=True, text=True, check=True).stdout
    print("python -X cpu_count=3:", out.strip())

"""How many threads a ThreadPoolExecutor() starts by default: min(32, CPUs + 4)."""

import os
import threading
from concurrent.futures import ThreadPoolExecutor

# 3.13+ counts os.process_cpu_count() (the CPUs this process may use), older os.cpu_count()
cpus = getattr(os, "process_cpu_count", os.cpu_count)()
release = threading.Event()
with ThreadPoolExecutor() as executor:  # no max_workers
    for _ in range(64):  # every task blocks, so each submit() wants one more thread
        executor.submit(release.wait)
    started = threading.active_count() - 1  # minus the main thread
    release.set()
print(f"{cpus} CPUs, {started} threads")
print("threads == min(32, CPUs + 4):", started == min(32, cpus + 4))

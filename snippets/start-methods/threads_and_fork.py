"""Forking a process that runs threads: the 3.12+ DeprecationWarning, hidden by default."""

import re
import subprocess
import sys

PROGRAM = """
import multiprocessing as mp
import threading

stop = threading.Event()
t = threading.Thread(target=stop.wait)
t.start()  # now this process has two threads
p = mp.get_context("fork").Process(target=print)
p.start()
p.join()
stop.set()
t.join()
"""

if __name__ == "__main__":
    for flags in ([], ["-W", "default"]):
        run = subprocess.run(
            [sys.executable, *flags, "-c", PROGRAM], capture_output=True, text=True
        )
        warnings = re.findall(r"([\w/]+\.py):\d+: (\w+Warning: .*)", run.stderr)
        shown = " ".join(["python", *flags])
        print(f"{shown}: warnings shown: {len(warnings)}")
        for path, message in warnings:  # a shorter path, and no process ID
            where = "/".join(path.split("/")[-2:])
            print(f"    {where}:", re.sub(r"pid=\d+", "pid=N", message))

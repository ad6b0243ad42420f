"""Ctrl-C during a plain pool.map(): the parent stops at once, the finished results are lost."""

import os
import signal
import subprocess
import sys
import time
from multiprocessing import Pool


def task(x):
    print(f"task {x} started", flush=True)
    if x >= 2:
        time.sleep(60)  # tasks 2 and 3 are still running when Ctrl-C comes
    return x


def job():
    with Pool(2) as pool:
        print("results:", pool.map(task, range(4), chunksize=1))


def press_ctrl_c(script, lines):
    """Run script as a job of its own, as a shell does; press Ctrl-C after `lines` lines."""
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even if we were started
    job = subprocess.Popen(  # in the background, where SIGINT is ignored
        [sys.executable, script, "job"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    for _ in range(lines):
        job.stdout.readline()  # 4 x "task N started": 0 and 1 are done, 2 and 3 run
    start = time.monotonic()
    os.killpg(job.pid, signal.SIGINT)  # what Ctrl-C does: SIGINT to the whole job
    out, err = job.communicate(timeout=30)
    print("stopped before tasks 2 and 3 could finish:", time.monotonic() - start < 20)
    print("printed after Ctrl-C:", out.strip() or "nothing")
    print("ends with KeyboardInterrupt:", err.rstrip().endswith("KeyboardInterrupt"))
    print("worker tracebacks:", err.count("PoolWorker-"))


if __name__ == "__main__":
    if sys.argv[1:] == ["job"]:
        job()
    else:
        press_ctrl_c(__file__, lines=4)

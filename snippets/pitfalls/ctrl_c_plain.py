"""Ctrl-C during a plain pool.map(): the parent stops at once, the finished results are lost."""

import os
import signal
import sys
import time
from multiprocessing import Pool
from subprocess import PIPE, Popen


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
    signal.signal(signal.SIGINT, signal.default_int_handler)  # if started in background
    command = [sys.executable, script, "job"]
    job = Popen(command, stdout=PIPE, stderr=PIPE, text=True, start_new_session=True)
    try:
        for _ in range(lines):
            job.stdout.readline()  # "task N started": 0 and 1 are done, 2 and 3 run
        start = time.monotonic()
        os.killpg(job.pid, signal.SIGINT)  # what Ctrl-C does: SIGINT to the whole job
        out, err = job.communicate(timeout=30)
    finally:
        if job.poll() is None:  # something went wrong: leave nothing running
            os.killpg(job.pid, signal.SIGKILL)
    print("stopped before tasks 2 and 3 could finish:", time.monotonic() - start < 20)
    print("printed after Ctrl-C:", out.strip() or "nothing")
    # An uncaught KeyboardInterrupt ends Python by SIGINT, whatever the workers printed last.
    print("ends with KeyboardInterrupt:", job.returncode == -signal.SIGINT)
    print("worker tracebacks:", err.count("PoolWorker-"))


if __name__ == "__main__":
    if sys.argv[1:] == ["job"]:
        job()
    else:
        press_ctrl_c(__file__, lines=4)

"""A finished child that nobody joined stays a zombie until join() reaps it (Linux)."""

import multiprocessing as mp
import os
import time


def state(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]  # R, S, Z, ...
    except FileNotFoundError:
        return "gone"


if __name__ == "__main__":
    if not os.path.exists("/proc/self/stat"):
        raise SystemExit("this demonstration reads /proc, which only Linux has")
    p = mp.get_context("spawn").Process(target=time.sleep, args=(0,))  # a direct child
    p.start()
    deadline = time.monotonic() + 10
    while state(p.pid) != "Z" and time.monotonic() < deadline:
        time.sleep(0.05)  # the child exits at once, but we do not join it yet
    print("before join():", state(p.pid), "(Z = zombie)")
    p.join()  # waitpid(): the exit status is collected, the entry is removed
    print("after join():", state(p.pid))

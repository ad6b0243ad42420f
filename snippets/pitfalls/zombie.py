"""A finished child stays a zombie until it is reaped: by join(), or by the next start() (Linux)."""

import multiprocessing as mp
import os
import time


def state(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]  # R, S, Z, ...
    except FileNotFoundError:
        return "gone"


def finished_child(ctx):
    p = ctx.Process(target=time.sleep, args=(0,))  # a direct child, exits at once
    p.start()
    deadline = time.monotonic() + 10
    while state(p.pid) != "Z" and time.monotonic() < deadline:
        time.sleep(0.05)  # we do not join it yet
    return p


if __name__ == "__main__":
    if not os.path.exists("/proc/self/stat"):
        raise SystemExit("this demonstration reads /proc, which only Linux has")
    ctx = mp.get_context("spawn")
    p = finished_child(ctx)
    print("before join():", state(p.pid), "(Z = zombie)")
    p.join()  # waitpid(): the exit status is collected, the entry is removed
    print("after join():", state(p.pid))
    q = finished_child(ctx)
    other = ctx.Process(target=time.sleep, args=(0,))
    other.start()  # start() first reaps the children that have already exited
    print("not joined, after another start():", state(q.pid))
    other.join()

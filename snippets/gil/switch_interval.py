"""Threads take turns: sys.getswitchinterval() sets how long each turn lasts."""

import sys
import threading
import time


def hand_overs(interval, duration=0.25):
    """How often 2 busy threads passed the GIL to each other in `duration` s."""
    sys.setswitchinterval(interval)
    log, stop = ["main"], threading.Event()

    def spin(name):
        while not stop.is_set():
            if log[-1] != name:  # the other thread ran since we last looked
                log.append(name)

    threads = [threading.Thread(target=spin, args=(n,)) for n in "ab"]
    for t in threads:
        t.start()
    time.sleep(duration)
    stop.set()
    for t in threads:
        t.join()
    return len(log) - 2


if __name__ == "__main__":
    default = sys.getswitchinterval()
    print(f"default switch interval: {default} s")
    for interval in (default, default / 10):
        print(f"interval {interval:.4f} s: {hand_overs(interval)} hand-overs in 0.25 s")
    sys.setswitchinterval(default)

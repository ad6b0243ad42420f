"""Semaphore(2): at most two processes inside the section at once."""

import time
from multiprocessing import Barrier, Process, Semaphore, Value


def limited(sem, go, inside, peak):
    go.wait()  # all four try to enter at the same moment
    with sem:
        with inside.get_lock():
            inside.value += 1
            peak.value = max(peak.value, inside.value)
        time.sleep(0.2)  # hold the slot for a while
        with inside.get_lock():
            inside.value -= 1


if __name__ == "__main__":
    sem, go, inside, peak = Semaphore(2), Barrier(4), Value("i", 0), Value("i", 0)
    workers = [Process(target=limited, args=(sem, go, inside, peak)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("4 workers, at most", peak.value, "inside at once")

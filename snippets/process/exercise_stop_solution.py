"""Solution: the parent sets an Event; the worker checks it between units of work."""

import time
from multiprocessing import Event, Process


def worker(started, stop):
    started.set()
    try:
        while not stop.is_set():
            time.sleep(0.05)  # one small unit of work
    finally:
        print("worker: cleanup done", flush=True)


if __name__ == "__main__":
    started, stop = Event(), Event()
    p = Process(target=worker, args=(started, stop))
    p.start()
    started.wait()
    stop.set()
    p.join()
    print("exitcode", p.exitcode)

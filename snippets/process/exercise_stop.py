"""Exercise: the worker's cleanup never runs, because terminate() cuts it off."""

import time
from multiprocessing import Event, Process


def worker(started):
    started.set()
    try:
        while True:
            time.sleep(0.05)  # one small unit of work
    finally:
        print("worker: cleanup done", flush=True)


if __name__ == "__main__":
    started = Event()
    p = Process(target=worker, args=(started,))
    p.start()
    started.wait()
    p.terminate()
    p.join()
    print("exitcode", p.exitcode)

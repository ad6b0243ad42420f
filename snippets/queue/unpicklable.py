"""put() returns before pickling: an object that cannot be pickled fails in the feeder thread."""

import contextlib
import io
import queue
import threading
from multiprocessing import Queue

if __name__ == "__main__":
    q = Queue()
    stderr = io.StringIO()
    # The feeder thread prints its traceback on stderr: catch it to show its last line.
    with contextlib.redirect_stderr(stderr):
        q.put(threading.Lock())  # a lock cannot be pickled, yet put() raises nothing
        print("put() returned")
        try:
            q.get(timeout=2)
        except queue.Empty:
            print("get(timeout=2): queue.Empty, the object never arrives")
    print("the feeder thread printed:", stderr.getvalue().splitlines()[-1])

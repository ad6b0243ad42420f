"""put() and get(): blocking, timeouts, the _nowait variants, queue.Empty and queue.Full."""

import queue
from multiprocessing import Queue

if __name__ == "__main__":
    q = Queue(maxsize=2)  # put() blocks once 2 items are waiting
    q.put("a")
    q.put("b", block=True, timeout=1)
    try:
        q.put_nowait("c")  # same as put("c", block=False)
    except queue.Full:
        print("put_nowait on a full queue: queue.Full")
    try:
        q.put("c", timeout=0.1)
    except queue.Full:
        print("put with timeout=0.1 on a full queue: queue.Full")
    print("got", q.get(), q.get())
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print("get with timeout=0.1 on an empty queue: queue.Empty")
    try:
        q.get_nowait()  # same as get(block=False)
    except queue.Empty:
        print("get_nowait on an empty queue: queue.Empty")

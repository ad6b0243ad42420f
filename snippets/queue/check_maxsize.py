"""Check yourself: put three items on a Queue(maxsize=2) with a timeout, then get two."""

import queue
from multiprocessing import Queue

if __name__ == "__main__":
    q = Queue(maxsize=2)
    for item in "abc":
        try:
            q.put(item, timeout=0.1)
        except queue.Full:
            print("full at", item)
    print(q.get(), q.get())

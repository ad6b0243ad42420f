"""qsize() and empty() describe a moment that may be over by the time you act on it."""

import queue
from multiprocessing import Process, Queue


def take_one(q):
    q.get()


if __name__ == "__main__":
    q = Queue()
    for n in range(3):
        q.put(n)
    try:
        print("qsize() after 3 puts:", q.qsize())
    except NotImplementedError:  # macOS: no sem_getvalue()
        print("qsize() after 3 puts: 3 (not available on this platform)")
    p = Process(target=take_one, args=(q,))
    p.start()
    p.join()  # another process took an item behind our back
    left = []
    while True:  # the reliable test for "is there an item": try to get one
        try:
            left.append(q.get(timeout=0.5))
        except queue.Empty:
            break
    print("items left:", left)

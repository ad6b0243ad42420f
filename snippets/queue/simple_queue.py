"""SimpleQueue: put, get and empty, with no feeder thread, no size limit and no timeouts."""

from multiprocessing import Process, SimpleQueue


def child(q):
    q.put("written directly to the pipe")


if __name__ == "__main__":
    q = SimpleQueue()
    p = Process(target=child, args=(q,))
    p.start()
    print(q.get())  # blocks until the item arrives
    p.join()
    print("empty():", q.empty())
    q.close()  # Python 3.9+: release the pipe now rather than at garbage collection

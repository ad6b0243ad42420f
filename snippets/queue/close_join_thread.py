"""close() and join_thread() flush a queue; cancel_join_thread() lets a child exit anyway."""

from multiprocessing import Process, Queue


def flushes(q):
    q.put(b"x" * 1_000_000)
    q.close()  # no more puts from this process
    q.join_thread()  # wait until the feeder thread wrote everything (blocks until read)


def abandons(q):
    q.put(b"x" * 1_000_000)
    q.cancel_join_thread()  # exit without waiting: unwritten data is lost


if __name__ == "__main__":
    q = Queue()
    p = Process(target=flushes, args=(q,))
    p.start()
    print("flushes: received", len(q.get()), "bytes")
    p.join()
    print("flushes: exitcode", p.exitcode)

    lossy = Queue()
    p = Process(target=abandons, args=(lossy,))
    p.start()
    p.join(timeout=5)  # nobody reads, yet the child exits
    print(
        "abandons: exited without a reader:", not p.is_alive(), "exitcode", p.exitcode
    )

    q.close()  # the parent is done with q too
    try:
        q.put(b"more")
    except ValueError:
        print("put() after close(): ValueError")

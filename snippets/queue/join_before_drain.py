"""A child exits once its queued data is in the pipe: small data need not be read first."""

from multiprocessing import Process, Queue


def producer(q, size):
    q.put(b"x" * size)
    # At exit, the child waits until its feeder thread has written all of it to the pipe.


if __name__ == "__main__":
    for size in (1_000, 1_000_000):  # fits in the pipe's buffer; does not
        q = Queue()
        p = Process(target=producer, args=(q, size))
        p.start()
        p.join(timeout=3)  # a plain join() would never return for 1,000,000 bytes
        exited = not p.is_alive()
        data = q.get()  # reading lets the feeder thread finish, and the child exit
        p.join()
        print(f"{len(data):>9,} bytes: child exited before get(): {exited}")

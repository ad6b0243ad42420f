"""Joining a child before reading what it put on a queue can wait forever."""

from multiprocessing import Process, Queue


def producer(q):
    q.put(b"x" * 1_000_000)  # larger than the pipe's buffer
    # On exit, the child waits for its feeder thread to write everything.


if __name__ == "__main__":
    q = Queue()
    p = Process(target=producer, args=(q,))
    p.start()
    p.join(timeout=1)  # a plain join() here would never return
    print("after join(timeout=1): child alive =", p.is_alive())
    data = q.get()  # drain: the feeder thread can finish, the child can exit
    p.join()
    print(f"after get(): received {len(data):,} bytes, exitcode {p.exitcode}")

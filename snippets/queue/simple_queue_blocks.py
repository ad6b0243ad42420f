"""SimpleQueue.put() writes in the caller's thread: a large object waits for a reader."""

import threading
from multiprocessing import SimpleQueue

if __name__ == "__main__":
    q = SimpleQueue()
    for size in (1_000, 1_000_000):  # fits in the pipe's buffer; does not
        putter = threading.Thread(target=q.put, args=(b"x" * size,))
        putter.start()
        putter.join(timeout=1)
        print(f"{size:>9,} bytes: put() returned unread: {not putter.is_alive()}")
        q.get()  # read it, so that the second put() can finish
        putter.join()

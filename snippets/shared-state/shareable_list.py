"""ShareableList: a fixed-length list of simple values in shared memory."""

from multiprocessing import Process
from multiprocessing.shared_memory import ShareableList


def child(name):
    sl = ShareableList(name=name)
    sl[0] = sl[0] + 1
    sl[2] = "done"  # must fit in the space of the original value
    sl.shm.close()


if __name__ == "__main__":
    sl = ShareableList([41, 2.5, "todo", True, None])
    try:
        p = Process(target=child, args=(sl.shm.name,))
        p.start()
        p.join()
        print(list(sl))
    finally:
        sl.shm.close()
        sl.shm.unlink()

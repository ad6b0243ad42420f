"""A thread shares the parent's memory; a process works on its own copy."""

import threading
from multiprocessing import Process

counter = 0


def increment():
    global counter
    counter += 1  # in a thread: the shared global; in a process: its own copy


if __name__ == "__main__":
    t = threading.Thread(target=increment)
    t.start()
    t.join()
    print("after the thread, the parent sees", counter)
    p = Process(target=increment)
    p.start()
    p.join()
    print("after the process, the parent sees", counter)

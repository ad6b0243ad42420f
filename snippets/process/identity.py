"""current_process(), parent_process() and pid: who is who."""

import os
from multiprocessing import Process, current_process, parent_process


def child():
    me, parent = current_process(), parent_process()
    print(f"child: I am {me.name}, pid {os.getpid()}")
    print(f"child: my parent is {parent.name}, pid {parent.pid}")


if __name__ == "__main__":
    print(f"main: I am {current_process().name}, pid {os.getpid()}")
    print(f"main: parent_process() returns {parent_process()}")
    p = Process(target=child, name="worker")
    p.start()
    p.join()
    print(f"main: {p.name} had pid {p.pid}")

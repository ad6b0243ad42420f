"""A lock held by a process that exits stays locked: nothing releases it for the dead."""

from multiprocessing import Lock, Process


def take_and_exit(lock):
    lock.acquire()  # and never release(): the process ends holding the lock


if __name__ == "__main__":
    lock = Lock()
    p = Process(target=take_and_exit, args=(lock,))
    p.start()
    p.join()
    print("child exitcode:", p.exitcode)
    print("parent's acquire(timeout=1):", lock.acquire(timeout=1))

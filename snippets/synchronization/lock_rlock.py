"""Lock vs RLock: only an RLock can be acquired again by the process that holds it."""

from multiprocessing import Lock, RLock

if __name__ == "__main__":
    lock, rlock = Lock(), RLock()
    with lock:
        again = lock.acquire(timeout=0.2)  # blocks: a Lock is not reentrant
        print("Lock acquired twice:", again)
    with rlock, rlock:  # the same process may nest acquisitions
        print("RLock acquired twice: True")
    try:
        lock.release()  # releasing an unlocked Lock
    except ValueError as e:
        print("Lock.release() when unlocked: ValueError:", e)

"""Lock.locked(), new in 3.14, tells whether any process holds the lock right now."""

from multiprocessing import Lock, Process, Queue


def report(lock, out):
    out.put(lock.locked())


if __name__ == "__main__":
    lock, out = Lock(), Queue()
    print("before acquire():", lock.locked())
    with lock:
        p = Process(target=report, args=(lock, out))
        p.start()
        print("a child asks while the parent holds it:", out.get())
        p.join()
    print("after release():", lock.locked())

"""The parent joins a child that has put a short string on a Queue, then reads it."""

from multiprocessing import Process, Queue

if __name__ == "__main__":
    q = Queue()
    p = Process(target=q.put, args=("hello from the child",))
    p.start()
    p.join()  # before reading the queue
    print("joined, exitcode", p.exitcode)
    print("got", repr(q.get()))

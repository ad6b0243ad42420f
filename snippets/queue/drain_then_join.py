"""The fix: get() everything the child sends, then join() it."""

from multiprocessing import Process, Queue


def producer(q, count):
    for _ in range(count):
        q.put(b"x" * 100_000)
    q.put(None)  # end marker, so the parent knows when it has everything


if __name__ == "__main__":
    q = Queue()
    p = Process(target=producer, args=(q, 5))
    p.start()
    chunks = list(iter(q.get, None))  # read until the end marker
    p.join()  # returns at once: nothing is left in the pipe
    print(f"{len(chunks)} chunks, exitcode {p.exitcode}")

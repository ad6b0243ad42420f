"""A worker sends its result on a Queue; when the task fails, the parent waits forever."""

from multiprocessing import Process, Queue


def parse(text, queue):
    queue.put(int(text))


if __name__ == "__main__":
    queue = Queue()
    process = Process(target=parse, args=("forty-two", queue))
    process.start()
    print("result:", queue.get())
    process.join()

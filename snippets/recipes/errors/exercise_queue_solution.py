"""A worker sends its result, or its exception and traceback, on a Queue; the parent raises."""

import traceback
from multiprocessing import Process, Queue


def parse(text, queue):
    try:
        queue.put(("ok", int(text)))
    except Exception as exc:
        queue.put(("error", exc, traceback.format_exc()))


if __name__ == "__main__":
    queue = Queue()
    process = Process(target=parse, args=("forty-two", queue))
    process.start()
    outcome = queue.get()
    process.join()
    if outcome[0] == "error":
        _, exc, text = outcome
        print("The worker failed:", text, sep="\n", end="")
        raise exc
    print("result:", outcome[1])

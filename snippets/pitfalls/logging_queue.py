"""Logging from child processes: QueueHandler in each child, one QueueListener in the parent."""

import logging
import logging.handlers
import sys
from multiprocessing import Process, Queue


def worker(log_queue):
    logger = logging.getLogger("app")
    logger.addHandler(logging.handlers.QueueHandler(log_queue))
    logger.setLevel(logging.INFO)
    logger.info("hello from the worker")


if __name__ == "__main__":
    log_queue = Queue()
    console = logging.StreamHandler(sys.stdout)
    console.setFormatter(logging.Formatter("%(processName)s %(levelname)s %(message)s"))
    listener = logging.handlers.QueueListener(log_queue, console)
    listener.start()  # one thread in the parent writes every record
    for name in ("worker-1", "worker-2"):
        p = Process(target=worker, args=(log_queue,), name=name)
        p.start()
        p.join()
    listener.stop()  # flushes what is still queued

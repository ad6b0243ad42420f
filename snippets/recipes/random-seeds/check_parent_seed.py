"""Does random.seed(42) in the parent decide a forked child's numbers? It prints the answer."""

import multiprocessing as mp
import random


def child(queue):
    queue.put(random.random())


if __name__ == "__main__":
    random.seed(42)
    ctx = mp.get_context("fork")
    queue = ctx.SimpleQueue()
    process = ctx.Process(target=child, args=(queue,))
    process.start()
    print(queue.get() == random.Random(42).random())
    process.join()

"""Under fork, every child starts from a copy of NumPy's global random state."""

import multiprocessing as mp
import random

import numpy as np


def first_draws(queue):
    queue.put((random.random(), np.random.random()))


if __name__ == "__main__":
    np.random.random()  # the parent uses NumPy's global generator before forking
    ctx = mp.get_context("fork")
    queue = ctx.SimpleQueue()
    children = [ctx.Process(target=first_draws, args=(queue,)) for _ in range(3)]
    for child in children:
        child.start()
    draws = [queue.get() for _ in children]
    for child in children:
        child.join()
    print("3 forked children, different first numbers:")
    print("  random.random():   ", len({std for std, _ in draws}))
    print("  np.random.random():", len({legacy for _, legacy in draws}))

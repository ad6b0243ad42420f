"""Count the different first random numbers of 3 children, under each start method."""

import multiprocessing as mp
import random

from numpy.random import random as numpy_random  # NumPy's global state exists now


def first_draws(queue):
    queue.put((random.random(), numpy_random()))


def count_different(method):
    ctx = mp.get_context(method)
    queue = ctx.SimpleQueue()
    children = [ctx.Process(target=first_draws, args=(queue,)) for _ in range(3)]
    for child in children:
        child.start()
    draws = [queue.get() for _ in children]
    for child in children:
        child.join()
    return len({std for std, _ in draws}), len({legacy for _, legacy in draws})


if __name__ == "__main__":
    print(f"{'':>10}  random  numpy.random")
    for method in ("fork", "spawn", "forkserver"):
        std, legacy = count_different(method)
        print(f"{method:>10}  {std:>6}  {legacy:>12}")

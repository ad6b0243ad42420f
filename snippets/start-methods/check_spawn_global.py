"""Check yourself: what a spawn child sees of a global that the parent changed."""

import multiprocessing as mp

count = 0


def show():
    print("child sees", count)


if __name__ == "__main__":
    count = 10
    p = mp.get_context("spawn").Process(target=show)
    p.start()
    p.join()
    print("parent sees", count)

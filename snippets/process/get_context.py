"""get_context() picks a start method for some objects, leaving the default alone."""

import multiprocessing as mp


def square(x):
    return x * x


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    print("context:", ctx.get_start_method())
    with ctx.Pool(2) as pool:  # objects made from ctx use spawn
        print(pool.map(square, range(5)))
    q = ctx.Queue()
    p = ctx.Process(target=q.put, args=("made with the spawn context",))
    p.start()
    print(q.get())
    p.join()

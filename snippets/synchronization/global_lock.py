"""A module-level Lock: does a child share the parent's, or a sibling's, per start method."""

import multiprocessing as mp

lock = mp.Lock()  # runs again wherever this module is imported again


def hold(ready, done):
    with lock:
        ready.set()
        done.wait()


def try_lock(out):
    got = lock.acquire(timeout=0.5)
    if got:
        lock.release()
    out.put(got)


def blocked(ctx):
    """Return whether a new child of ctx finds the module-level lock taken."""
    out = ctx.Queue()
    p = ctx.Process(target=try_lock, args=(out,))
    p.start()
    taken = not out.get()
    p.join()
    return taken


if __name__ == "__main__":
    for method in ("fork", "forkserver", "spawn"):
        if method not in mp.get_all_start_methods():
            continue  # fork and forkserver do not exist on Windows
        ctx = mp.get_context(method)
        with lock:  # the parent holds its lock
            parent = blocked(ctx)
        ready, done = ctx.Event(), ctx.Event()
        holder = ctx.Process(target=hold, args=(ready, done))
        holder.start()
        ready.wait()  # a first child holds the lock it sees
        sibling = blocked(ctx)
        done.set()
        holder.join()
        print(f"{method}: shares the parent's lock: {parent}, a sibling's: {sibling}")

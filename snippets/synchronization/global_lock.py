"""A module-level Lock is shared under fork only: spawn and forkserver children make their own."""

import multiprocessing as mp

lock = mp.Lock()  # runs again in a child that imports this module (spawn, forkserver)


def try_lock(out):
    out.put(lock.acquire(timeout=0.5))  # the parent holds its lock all along


if __name__ == "__main__":
    with lock:
        for method in ("fork", "forkserver", "spawn"):
            if method not in mp.get_all_start_methods():
                continue  # fork and forkserver do not exist on Windows
            ctx = mp.get_context(method)
            out = ctx.Queue()
            p = ctx.Process(target=try_lock, args=(out,))
            p.start()
            print(f"{method}: the child could take the parent's lock: {out.get()}")
            p.join()

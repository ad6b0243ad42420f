"""set_forkserver_preload(): modules the fork server imports once, for every child."""

import multiprocessing as mp
import sys


def check(method):
    print(f"{method:>10} child has colorsys loaded: {'colorsys' in sys.modules}")


if __name__ == "__main__":
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["colorsys"])  # before the server starts
    for method, c in (("forkserver", ctx), ("spawn", mp.get_context("spawn"))):
        p = c.Process(target=check, args=(method,))
        p.start()
        p.join()

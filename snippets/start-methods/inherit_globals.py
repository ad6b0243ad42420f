"""fork copies the parent's current state; spawn and forkserver re-import the module."""

import multiprocessing as mp

setting = "value at import"


def show(method):
    print(f"{method:>10} child sees: {setting}")


if __name__ == "__main__":
    setting = "changed in the parent after import"
    for method in ("fork", "spawn", "forkserver"):
        p = mp.get_context(method).Process(target=show, args=(method,))
        p.start()
        p.join()

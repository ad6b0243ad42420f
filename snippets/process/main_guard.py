"""The fix: code that starts processes goes under if __name__ == "__main__"."""

import multiprocessing as mp

print(f"module body runs in {mp.current_process().name}")


def work():
    print("work() ran")


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    p = ctx.Process(target=work)
    p.start()
    p.join()
    print(f"{mp.current_process().name}: child exitcode {p.exitcode}")

"""Without the __main__ guard, a spawned child re-runs this module and fails."""

import multiprocessing as mp

print(f"module body runs in {mp.current_process().name}")


def work():
    print("work() ran")


ctx = mp.get_context("spawn")  # the default on Windows and macOS
p = ctx.Process(target=work)
try:
    p.start()  # in the child, importing this module gets here again
except RuntimeError as e:
    first_sentence = " ".join(str(e).split(".")[0].split())
    print(f"{mp.current_process().name}: RuntimeError: {first_sentence}.")
    raise SystemExit(1) from None
p.join()
print(f"{mp.current_process().name}: child exitcode {p.exitcode}")

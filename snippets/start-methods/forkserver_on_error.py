"""set_forkserver_preload(on_error=...): what a module that fails to preload does (3.15)."""

import multiprocessing as mp
import re
import subprocess
import sys

# (Python flags, on_error): -W default shows the warnings that Python hides by default
RUNS = [([], "ignore"), ([], "warn"), (["-W", "default"], "warn"), ([], "fail")]


def preload_and_start(on_error):
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["no_such_module"], on_error=on_error)
    p = ctx.Process(target=print, args=("the child runs",))
    try:
        p.start()
    except ConnectionError as e:
        print(f"start() raised {type(e).__name__}: {e.__notes__[0]}")
    else:
        p.join()


if __name__ == "__main__":
    if len(sys.argv) > 1:  # one run per policy: the fork server reads it once
        preload_and_start(sys.argv[1])
        sys.exit()
    for flags, on_error in RUNS:
        print(f"on_error={on_error!r}", *flags)
        run = subprocess.run(
            [sys.executable, *flags, __file__, on_error],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for line in run.stdout.splitlines():
            if line.strip() and not line.startswith((" ", "Traceback")):  # no frames
                print("   ", re.sub(r"^\S+:\d+: ", "", line))  # no file:line

"""Where a program's top-level code runs under forkserver: once in the server, or per child."""

import subprocess
import sys
import tempfile
from pathlib import Path

PROGRAM = """
import multiprocessing as mp

where = mp.current_process().name
if __name__ != "__main__" and where == "MainProcess":
    where = "the fork server"  # a new interpreter: its own main process
print(f"top-level code runs as {__name__!r} in {where}", flush=True)


def work():
    print(mp.current_process().name, "runs work()", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context("forkserver")
    for _ in range(2):
        p = ctx.Process(target=work)
        p.start()
        p.join()
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp, "program.py")
        script.write_text(PROGRAM)
        run = subprocess.run(
            [sys.executable, str(script)], capture_output=True, text=True
        )
    print(run.stdout + run.stderr, end="")

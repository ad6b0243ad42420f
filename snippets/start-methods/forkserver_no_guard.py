"""A program without the __main__ guard under forkserver: which process fails, and how."""

import subprocess
import sys
import tempfile
from pathlib import Path

PROGRAM = """
import multiprocessing as mp

where = mp.current_process().name
if __name__ != "__main__" and where == "MainProcess":
    where = "the fork server"
print(where, "runs the top-level code", flush=True)

p = mp.get_context("forkserver").Process(target=print)  # no guard: runs on import
try:
    p.start()
except ConnectionError as e:
    print(f"{where}: start() raised {type(e).__name__}", flush=True)
else:
    p.join()
    print(f"{where}: the child exited with code {p.exitcode}", flush=True)
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp, "program.py")
        script.write_text(PROGRAM)
        run = subprocess.run(
            [sys.executable, str(script)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
    lines = run.stdout.splitlines()
    for n, line in enumerate(lines):
        if line.rstrip() == "RuntimeError:":  # its message is on the next two lines
            line += " ".join(s.strip() for s in lines[n + 1 : n + 3])
        if line.strip() and not line.startswith((" ", "Traceback")):  # no frames
            print(line)

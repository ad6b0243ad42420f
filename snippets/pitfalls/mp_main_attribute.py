"""A function defined under the __main__ guard does not exist in a spawned child."""

import subprocess
import sys
import tempfile
from pathlib import Path

PROGRAM = """
import multiprocessing as mp

if __name__ == "__main__":
    def work():  # defined only when the guard runs: the child never defines it
        print("work")

    p = mp.get_context("spawn").Process(target=work)
    p.start()
    p.join()
    print("child exitcode:", p.exitcode)
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp, "program.py")
        script.write_text(PROGRAM)
        run = subprocess.run(
            [sys.executable, str(script)], capture_output=True, text=True
        )
    print(run.stdout.strip())
    last = run.stderr.strip().splitlines()[
        -1
    ]  # the child's traceback ends with the error
    print(last.replace(str(script), "program.py"))

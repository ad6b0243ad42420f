"""In an interactive session even a top-level function is missing in a spawned child."""

import subprocess
import sys

SESSION = """
import multiprocessing as mp
def work():
    print("work")

p = mp.get_context("spawn").Process(target=work)
p.start(); p.join(); print("child exitcode:", p.exitcode)
"""

if __name__ == "__main__":
    run = subprocess.run(  # -i: the interactive interpreter, fed the session above
        [sys.executable, "-i", "-q"], input=SESSION, capture_output=True, text=True
    )
    print(run.stdout.strip())
    errors = [line for line in run.stderr.splitlines() if "Error" in line]
    print(errors[-1])  # the child's traceback ends with the error

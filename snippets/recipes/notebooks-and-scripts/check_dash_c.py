"""A function defined in `python -c` code, run in a spawned child."""

import subprocess
import sys

CODE = """
import multiprocessing as mp
def hello():
    print("hello")
if __name__ == "__main__":
    p = mp.get_context("spawn").Process(target=hello)
    p.start()
    p.join()
    print("exitcode:", p.exitcode)
"""

if __name__ == "__main__":
    run = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True)
    print(run.stdout.strip())

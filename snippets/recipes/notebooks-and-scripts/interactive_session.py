"""A function defined in an interactive session, sent to a worker by each start method."""

import subprocess
import sys

SESSION = """
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

def square(x):
    return x * x

with ProcessPoolExecutor(1, mp_context=mp.get_context({method!r})) as executor:
    try:
        print(list(executor.map(square, range(4))))
    except Exception as exc:
        print(type(exc).__name__)

"""

if __name__ == "__main__":
    for method in ("spawn", "forkserver", "fork"):
        run = subprocess.run(  # -i: the interactive interpreter, fed the session above
            [sys.executable, "-i", "-q"],
            input=SESSION.format(method=method),
            capture_output=True,
            text=True,
        )
        print(f"{method}: {run.stdout.strip()}")
        for line in sorted(set(run.stderr.splitlines())):
            if line.startswith("AttributeError"):  # the worker's traceback ends with it
                print("  worker:", line)

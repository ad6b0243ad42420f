"""The same session, with the function imported from a module: it works under spawn."""

import subprocess
import sys
import tempfile
from pathlib import Path

SESSION = """
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from tasks import square

with ProcessPoolExecutor(1, mp_context=mp.get_context({method!r})) as executor:
    print(list(executor.map(square, range(4))))

"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:  # where the notebook or session runs
        Path(folder, "tasks.py").write_text("def square(x):\n    return x * x\n")
        for method in ("spawn", "forkserver"):
            run = subprocess.run(
                [sys.executable, "-i", "-q"],
                input=SESSION.format(method=method),
                capture_output=True,
                text=True,
                cwd=folder,
            )
            print(f"{method}: {run.stdout.strip()}")

"""`python -m package`: a function defined in __main__.py, and one imported from a module."""

import subprocess
import sys
import tempfile
from pathlib import Path

PROGRAM = """
import multiprocessing as mp
import sys
{square}

if __name__ == "__main__":
    p = mp.get_context(sys.argv[1]).Process(target=square, args=(7,))
    p.start()
    p.join()
"""
DEFINED = "def square(x):\n    print(x * x)"
FILES = {
    "inline/__init__.py": "",
    "inline/__main__.py": PROGRAM.format(square=DEFINED),  # python -m inline
    "inline/cli.py": PROGRAM.format(square=DEFINED),  # python -m inline.cli
    "split/__init__.py": "",
    "split/tasks.py": DEFINED,
    "split/__main__.py": PROGRAM.format(square="from split.tasks import square"),
}
RUNS = [("inline", "forkserver"), ("inline", "spawn"), ("inline", "fork"),
        ("inline.cli", "forkserver"), ("split", "forkserver")]  # fmt: skip

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        for name, text in FILES.items():
            Path(folder, name).parent.mkdir(exist_ok=True)
            Path(folder, name).write_text(text + "\n")
        for module, method in RUNS:
            run = subprocess.run(
                [sys.executable, "-m", module, method],
                cwd=folder,
                capture_output=True,
                text=True,
            )
            last = (run.stdout + run.stderr).strip().splitlines()[-1]
            print(f"python -m {module} ({method}): {last}")

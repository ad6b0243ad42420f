"""`python -m shop` imports its task from shop/prices.py: its workers import it too."""

import subprocess
import sys
import tempfile
from pathlib import Path

FILES = {
    "shop/__init__.py": "",
    "shop/prices.py": """
def with_tax(cents):
    return cents * 120 // 100
""",
    "shop/__main__.py": """
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

from shop.prices import with_tax

if __name__ == "__main__":
    with ProcessPoolExecutor(2, mp_context=mp.get_context("spawn")) as executor:
        try:
            print(list(executor.map(with_tax, [100, 250])))
        except Exception as exc:
            print(type(exc).__name__)
""",
}

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        for name, text in FILES.items():
            Path(folder, name).parent.mkdir(exist_ok=True)
            Path(folder, name).write_text(text)
        run = subprocess.run(
            [sys.executable, "-m", "shop"], cwd=folder, capture_output=True, text=True
        )
        print("python -m shop:", run.stdout.strip())

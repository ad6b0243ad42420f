"""Predict: what -X gil=0 does on the default build of CPython 3.13 and later."""

import subprocess
import sys

child = subprocess.run(
    [sys.executable, "-X", "gil=0", "-c", "print('started')"],
    capture_output=True,
    text=True,
)
print("exit status:", child.returncode)
print("printed:", child.stdout.strip() or "nothing")

"""What -X gil=0 (or PYTHON_GIL=0) does on the Python that runs this."""

import subprocess
import sys

CHECK = "import sys; print(getattr(sys, '_is_gil_enabled', lambda: True)())"

for option in ["gil=1", "gil=0"]:
    child = subprocess.run(
        [sys.executable, "-X", option, "-c", CHECK],
        capture_output=True,
        text=True,
    )
    said = (child.stdout or child.stderr).splitlines()[0]
    print(f"-X {option}: exit status {child.returncode}, {said}")

#!/usr/bin/env python3
"""Run every snippet with every Python 3.10+ on this machine (`make test-versions`).

For each interpreter found (pyenv's versions, then python3.X on PATH), the page run blocks and the
start-method matrix run with SNIPPET_PYTHON set to it; the tools themselves stay in .venv. The
result is a table of passed/failed/skipped per version and start method, with the time taken.
Exit status 1 if anything failed; the failing tests are listed with their page and snippet.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ["default", "fork", "spawn", "forkserver"]


def interpreters() -> dict[str, str]:
    """{'3.10.13': '/path/to/python', ...} for every CPython 3.10+ found."""
    candidates = sorted(
        Path(os.environ.get("PYENV_ROOT", "~/.pyenv"))
        .expanduser()
        .glob("versions/3.*/bin/python3")
    )
    candidates += [
        Path(p) for n in range(10, 20) if (p := shutil.which(f"python3.{n}"))
    ]
    found = {}
    for exe in candidates:
        out = subprocess.run(
            [str(exe), "-c", "import platform; print(platform.python_version())"],
            capture_output=True,
            text=True,
        ).stdout.strip()
        if re.fullmatch(r"3\.(1\d)\.\S+", out) and out not in found:
            found[out] = str(exe)
    return dict(
        sorted(
            found.items(), key=lambda kv: [int(x) for x in re.findall(r"\d+", kv[0])]
        )
    )


def column(name: str) -> str:
    m = re.search(r"-(fork|spawn|forkserver)\]$", name)
    return m.group(1) if m else "default"


def run_one(python: str) -> tuple[dict[str, Counter], list[str], float]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp, "junit.xml")
        env = {**os.environ, "SNIPPET_PYTHON": python}
        start = time.monotonic()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "docs",
                "tests/test_start_methods.py",
                f"--junitxml={report}",
                "-p",
                "no:cacheprovider",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        elapsed = time.monotonic() - start
        counts = {c: Counter() for c in COLUMNS}
        failures = []
        for case in ET.parse(report).getroot().iter("testcase"):
            name = case.get("name", "")
            outcome = "passed"
            if case.find("failure") is not None or case.find("error") is not None:
                outcome = "failed"
                failures.append(f"{case.get('classname')}::{name}")
            elif case.find("skipped") is not None:
                outcome = "skipped"
            counts[column(name)][outcome] += 1
    return counts, failures, elapsed


def main() -> int:
    found = interpreters()
    if not found:
        print("no Python 3.10+ found")
        return 1
    print(f"{'Python':<10}" + "".join(f"{c:>16}" for c in COLUMNS) + f"{'time':>8}")
    all_failures = []
    for version, python in found.items():
        counts, failures, elapsed = run_one(python)
        cells = [
            f"{n['passed']}/{n['passed'] + n['failed']}"
            + (f" ({n['skipped']}s)" if n["skipped"] else "")
            for n in (counts[c] for c in COLUMNS)
        ]
        print(
            f"{version:<10}" + "".join(f"{c:>16}" for c in cells) + f"{elapsed:>7.0f}s",
            flush=True,
        )
        all_failures += [f"{version}: {f}" for f in failures]
    print(
        "cells: passed/run (skipped = declared --start-method-specific or unavailable)"
    )
    for failure in all_failures:
        print("FAILED", failure)
    return 1 if all_failures else 0


if __name__ == "__main__":
    sys.exit(main())

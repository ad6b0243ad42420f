#!/usr/bin/env python3
"""Run every snippet with every Python 3.10+ on this machine (`make test-versions`).

For each Python that scripts/pythons.py finds, the pages' run blocks and the start-method matrix
run with SNIPPET_PYTHON set to it (the tools stay in .venv), and one row of the table says how
many passed, failed and were skipped. Exit status 1 if anything failed; the failures are listed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from scripts import ROOT, pythons

COLUMNS = {"run blocks": "docs", "other start methods": "tests/test_start_methods.py"}


def run_one(python: str) -> tuple[dict[str, Counter], list[str], float]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp, "junit.xml")
        env = {k: v for k, v in os.environ.items() if not k.startswith("SNIPPET_")}
        env["SNIPPET_PYTHON"] = python
        start = time.monotonic()
        subprocess.run(
            [sys.executable, "-m", "pytest", "-q", *COLUMNS.values(),
             f"--junitxml={report}", "-p", "no:cacheprovider"],
            cwd=ROOT, env=env, capture_output=True, text=True,
        )  # fmt: skip
        elapsed = time.monotonic() - start
        counts = {c: Counter() for c in COLUMNS}
        failures = []
        for case in ET.parse(report).getroot().iter("testcase"):
            column = (
                "run blocks"
                if case.get("classname", "").startswith("docs")
                else ("other start methods")
            )
            outcome = "passed"
            if case.find("failure") is not None or case.find("error") is not None:
                outcome = "failed"
                failures.append(f"{case.get('classname')}::{case.get('name')}")
            elif case.find("skipped") is not None:
                outcome = "skipped"
            counts[column][outcome] += 1
    return counts, failures, elapsed


def main() -> int:
    found = pythons.find()
    if not found:
        print("no Python 3.10+ found")
        return 1
    widths = [10, 12, 22, 22, 8]
    head = ["Python", "default", *COLUMNS, "time"]
    print("".join(f"{h:<{w}}" for h, w in zip(head, widths, strict=True)))
    all_failures = []
    for version, python in found.items():
        from scripts import snippet_python

        default = snippet_python.ask(python)["default_method"]
        counts, failures, elapsed = run_one(python)
        cells = [
            f"{n['passed']}/{n['passed'] + n['failed']}"
            + (f" ({n['skipped']} skipped)" if n["skipped"] else "")
            for n in counts.values()
        ]
        row = [version, default, *cells, f"{elapsed:.0f} s"]
        print(
            "".join(f"{c:<{w}}" for c, w in zip(row, widths, strict=True)), flush=True
        )
        all_failures += [f"{version}: {f}" for f in failures]
    print(
        "cells: passed/run; skipped: outside the block's Python range, or a module it "
        "--requires is missing from that Python"
    )
    for failure in all_failures:
        print("FAILED", failure)
    return 1 if all_failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""Failure messages of the snippet checks: one screen, naming the page, the cause and the fix.

Used by `conftest.py` (the pages' run blocks) and `tests/test_start_methods.py` (the matrix).
A diff longer than `MAX_DIFF` lines is cut; the whole output is saved under `.cache/failures/`
and the message gives the path.
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
import sys

from scripts import ROOT, snippet_python
from scripts.page_blocks import RUNNER, RunBlock

MAX_DIFF = 40
FAILURES = ROOT / ".cache" / "failures"

# (what the output shows, what it means, what to do); the first that matches names the cause.
CAUSES = [
    (
        r"current process has finished its bootstrapping phase",
        'missing `if __name__ == "__main__":` guard',
        "under spawn and forkserver each child imports the main module again, so code at "
        "the top level that starts processes runs again in the child; move it under "
        '`if __name__ == "__main__":`',
    ),
    (
        r"Can't pickle|can't pickle|cannot pickle|PicklingError|Can't get attribute"
        r"|module '__mp_main__' has no attribute",
        "not picklable under spawn/forkserver",
        "the child receives functions and arguments by pickling, and looks functions up "
        "by name in a fresh import of the main module; define them at the top level of the "
        "snippet, not in a function, a lambda or under the `__main__` guard",
    ),
    (
        r"^\[still running after",
        "it hung",
        "a process waits for something that never comes (a join before the queue is "
        "drained, a missing sentinel, a lock never released); if it is only slow, give "
        "the run block a larger --timeout",
    ),
    (
        r"^\[output cut after",
        "it printed without end",
        "usually a missing `__main__` guard: each new child starts the work again",
    ),
    (
        r"^\[left running:",
        "it left a process running",
        "join() every process it starts, and close() and join() every Pool",
    ),
]


def label(method: str) -> str:
    default = snippet_python.info()["default_method"]
    return f"{method} (the default)" if method == default else method


def cause(output: str, expected: str = "") -> tuple[str, str] | None:
    """The first cause that the output shows and the page does not (a page may show one)."""
    for pattern, what, fix in CAUSES:
        if re.search(pattern, output, re.M) and not re.search(pattern, expected, re.M):
            return what, fix
    return None


def save(block: RunBlock, methods: list[str], actual: str) -> str:
    FAILURES.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", f"{block.where}-{'-'.join(methods)}") + ".txt"
    path = FAILURES / name
    path.write_text(actual, encoding="utf-8")
    return path.relative_to(ROOT).as_posix()


def describe_mismatch(block: RunBlock, actual: str, methods: list[str]) -> str:
    """A failure message: where, why, what to do, and at most MAX_DIFF lines of diff."""
    where = ", ".join(label(m) for m in methods)
    found = cause(actual, block.expected or "")
    lines = [
        f"{block.output_where}: {block.snippet} printed something else than the page "
        f"under {where}",
    ]
    if found:
        lines.append(f"  cause:        {found[0]}: {found[1]}")
    lines += [
        f"  snippet:      {block.snippet}",
        f"  run block:    {block.where}: {block.command}",
        f"  output block: {block.output_where}",
        f"  Python:       {snippet_python.executable()} "
        f"({snippet_python.version_text()})",
    ]
    if not found:
        lines.append(
            f"  If the new output is right, run `make outputs PAGES={block.page}` and "
            "review `git diff`; if not, fix the snippet."
        )
    diff = list(
        difflib.unified_diff(
            (block.expected or "").splitlines(),
            actual.splitlines(),
            fromfile=f"expected: {block.output_where}",
            tofile=f"actual: {block.snippet} under {where}",
            lineterm="",
        )
    )
    if len(diff) > MAX_DIFF:
        saved = save(block, methods, actual)
        diff = diff[:MAX_DIFF] + [
            f"... {len(diff) - MAX_DIFF} more lines of diff; the whole output is in {saved}"
        ]
    return "\n".join(lines + [""] + diff) + "\n"


def run_with(block: RunBlock, method: str) -> str:
    """What the runner prints for this block with `method` forced as the default."""
    result = subprocess.run(
        [sys.executable, RUNNER, *block.argv],
        cwd=ROOT,
        env={**os.environ, "SNIPPET_START_METHOD": method},
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        return f"[{RUNNER} failed with status {result.returncode}]\n{result.stderr}"
    return result.stdout


def mismatches(block: RunBlock, outputs: dict[str, str]) -> list[str]:
    """One message per distinct mistake, naming every method that showed it.

    Methods that printed the same wrong output share a message; so do methods whose outputs
    differ only in detail but show the same cause (interleaved tracebacks, say).
    """
    wrong: dict[str, tuple[str, list[str]]] = {}
    for method, output in outputs.items():
        if output == block.expected:
            continue
        found = cause(output, block.expected or "")
        key = found[0] if found else output
        wrong.setdefault(key, (output, []))[1].append(method)
    return [describe_mismatch(block, out, methods) for out, methods in wrong.values()]

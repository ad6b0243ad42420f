#!/usr/bin/env python3
"""Run one snippet as a reader would, and print what the reader's terminal would show.

Pages call it from a hidden run block; pytest-codeblocks compares what it prints with the
output block under the snippet (see CONTRIBUTING.md):

    python tests/run_snippet.py [options] snippets/<topic>/<name>.py [args...]

The snippet runs as a real script (`__name__ == "__main__"`), in a process and session of its
own, unbuffered, with stderr merged into stdout and PYTHONHASHSEED=0. The runner prints the
`$ python ...` line the reader sees, then the output, then, only when they happen:

    [exit status N]                      the snippet exited with N != 0
    [timed out after N s ...]            the whole process group was killed
    [left running: pid N: cmdline ...]   a process of the snippet outlived it (then killed)

Options (they are part of the page, so a reviewer sees them):
    --timeout SECONDS   kill the snippet's process group after this long (default 20)
    --vary REGEX        text matching REGEX may differ from the page: PIDs, timings, versions.
                        Everything else must match, except that runs of spaces count as
                        one (aligned columns of varying numbers). Repeatable.
    --min-python X.Y    the snippet needs Python X.Y or newer (a feature added then); with an
                        older SNIPPET_PYTHON the tests report the run block as skipped.
    --start-method-specific
                        the snippet chooses its own start method; the start-method matrix
                        (tests/test_start_methods.py) does not force one on it.

Environment:
    SNIPPET_START_METHOD  fork, spawn or forkserver: make it the default start method
    SNIPPET_PYTHON        the interpreter that runs the snippet (default: this one)
    SNIPPET_RAW=1         print the real output, even where --vary would accept the page's

The runner exits 0 whatever the snippet did (pytest-codeblocks turns any other status into an
unreadable error); the difference shows up as a diff of the output instead.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import sysconfig
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pages import ROOT, all_run_blocks  # noqa: E402

START_METHOD_DIR = ROOT / "tests" / "startmethod"
GRACE = 5.0  # seconds a snippet's helpers (resource tracker, forkserver) get to exit
POSIX = os.name == "posix"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="run_snippet.py", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--timeout", type=float, default=20.0)
    parser.add_argument("--vary", action="append", default=[], metavar="REGEX")
    parser.add_argument("--start-method-specific", action="store_true")
    parser.add_argument("--min-python", metavar="X.Y")  # read by the tests, which skip
    parser.add_argument("snippet")
    parser.add_argument("args", nargs=argparse.REMAINDER)
    return parser.parse_args(argv)


def snippet_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONUNBUFFERED="1",
        PYTHONHASHSEED="0",
        PYTHONDONTWRITEBYTECODE="1",
        PYTHON_COLORS="0",
        NO_COLOR="1",
        TERM="dumb",
    )
    env.pop("PYTHONSTARTUP", None)
    if env.get("SNIPPET_START_METHOD"):
        # tests/startmethod/sitecustomize.py sets the default start method at start-up,
        # so the snippet itself runs unchanged, as `python snippets/...` would run it.
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(START_METHOD_DIR), env.get("PYTHONPATH")])
        )
    return env


def group_members(pgid: int) -> list[str]:
    """Live (not zombie) processes left in the snippet's process group."""
    import psutil

    found = []
    for proc in psutil.process_iter(["pid", "status", "cmdline"]):
        try:
            if (
                proc.info["status"] == psutil.STATUS_ZOMBIE
                or os.getpgid(proc.pid) != pgid
            ):
                continue
        except (ProcessLookupError, PermissionError, psutil.Error):
            continue
        found.append(f"pid {proc.pid}: {' '.join(proc.info['cmdline'] or [])}")
    return found


def run(
    python: str, snippet: str, args: list[str], timeout: float
) -> tuple[str, list[str]]:
    """Run the snippet; return its merged output and the runner's notes about it."""
    proc = subprocess.Popen(
        [python, snippet, *args],
        cwd=ROOT,
        env=snippet_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=POSIX,
    )
    chunks: list[bytes] = []
    reader = threading.Thread(
        target=lambda: chunks.extend(iter(proc.stdout.read1, b""))
    )
    reader.start()
    notes = []
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        kill_group(proc)
        proc.wait()
        notes.append(
            f"[timed out after {timeout:g} s: {snippet} did not finish; "
            "its process group was killed]"
        )
    if proc.returncode not in (0, None) and not notes:
        notes.append(f"[exit status {proc.returncode}]")
    if POSIX:
        deadline = time.monotonic() + GRACE
        left = group_members(proc.pid)
        while left and time.monotonic() < deadline:
            time.sleep(0.05)
            left = group_members(proc.pid)
        if left:
            notes.extend(f"[left running: {who}]" for who in left)
            kill_group(proc)
    reader.join(5)
    output = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
    return normalize(output, python), notes


def kill_group(proc: subprocess.Popen) -> None:
    try:
        if POSIX:
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except ProcessLookupError:
        pass


def normalize(output: str, python: str) -> str:
    """Show output as on the page, whatever the checkout's location and Python version.

    Paths are made relative to the repository, the snippet interpreter's standard library
    becomes `<stdlib>`, and traceback lines made only of `~` and `^` markers (whose presence
    changes between Python versions) are dropped.
    """
    root = str(ROOT) + os.sep
    output = output.replace(root, "")
    if python == sys.executable:
        stdlib = sysconfig.get_paths()["stdlib"]
    else:  # SNIPPET_PYTHON: ask that interpreter where its standard library is
        stdlib = subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
            capture_output=True,
            text=True,
        ).stdout.strip()
    if stdlib:
        output = output.replace(stdlib + os.sep, "<stdlib>" + os.sep)
    return re.sub(r"(?m)^[ \t]*[~^]+[ \t]*\n", "", output)


def mask(text: str, patterns: list[str]) -> str:
    """Replace what may vary; runs of spaces count as one, so table columns may shift."""
    for pattern in patterns:
        text = re.sub(pattern, "<varies>", text)
    return re.sub(r"[ \t]+", " ", text)


def page_expectation(argv: list[str]) -> str | None:
    """The output block of the page whose run block has exactly these arguments."""
    for block in all_run_blocks():
        if block.argv == argv:
            return block.expected
    return None


def main(argv: list[str]) -> int:
    opts = parse_args(argv)
    if not (ROOT / opts.snippet).is_file():
        print(f"run_snippet.py: no such snippet: {opts.snippet}", file=sys.stderr)
        return 2
    python = os.environ.get("SNIPPET_PYTHON") or sys.executable
    output, notes = run(python, opts.snippet, opts.args, opts.timeout)
    shown = " ".join(["$ python", opts.snippet, *opts.args]) + "\n" + output
    if shown and not shown.endswith("\n"):
        shown += "\n"
    shown += "".join(note + "\n" for note in notes)
    if opts.vary and not os.environ.get("SNIPPET_RAW"):
        expected = page_expectation(argv)
        if expected is not None and mask(expected, opts.vary) == mask(shown, opts.vary):
            shown = expected  # differs only where the page declares it may
    sys.stdout.write(shown)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

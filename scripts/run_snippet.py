#!/usr/bin/env python3
"""Run one snippet as a reader would, and print what the reader's terminal would show.

The snippet runs as a real script in a process and session of its own, with stderr merged into
stdout. The runner always exits 0; what went wrong shows in the output (CONTRIBUTING.md).
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import threading
import time

from scripts import ROOT, snippet_python

START_METHOD_DIR = ROOT / "scripts" / "startmethod"
GRACE = 5.0  # seconds a snippet's helpers (resource tracker, forkserver) get to exit
MAX_LINES = 5000  # a runaway (a child re-running the main module forever) is cut here
POSIX = os.name == "posix"
# A shell starts a background job (`make test &`, CI scripts) with SIGINT ignored, and a child
# inherits that: Python then installs no KeyboardInterrupt, and the Ctrl-C and interrupt()
# examples hang. A reader's terminal does not ignore it; neither do the snippets run here.
# (A caught signal is reset to its default in a new program; an ignored one stays ignored.)
if (
    threading.current_thread() is threading.main_thread()
    and signal.getsignal(signal.SIGINT) == signal.SIG_IGN
):
    signal.signal(signal.SIGINT, signal.default_int_handler)


def build_parser() -> argparse.ArgumentParser:
    """The runner's options; they are written in the page's run block, where reviewers see them."""
    parser = argparse.ArgumentParser(
        prog="run_snippet.py",
        description=__doc__.splitlines()[0],
        epilog="environment: SNIPPET_PYTHON runs the snippet (default: this Python); "
        "SNIPPET_START_METHOD=fork|spawn|forkserver makes that the default start method; "
        "SNIPPET_RAW=1 prints the real output even where --vary would accept the page's.",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=20.0,
        metavar="SECONDS",
        help="kill the snippet's whole process group after this long (default 20)",
    )
    parser.add_argument(
        "--vary",
        action="append",
        default=[],
        metavar="REGEX",
        help="text matching REGEX may differ from the page (PIDs, timings); everything else "
        "must match, with runs of spaces counted as one. Repeatable",
    )
    parser.add_argument(
        "--min-python",
        metavar="X.Y",
        help="this output is for Python X.Y and newer; older ones skip the block",
    )
    parser.add_argument(
        "--max-python",
        metavar="X.Y",
        help="this output is for Python X.Y and older (a version variant); newer ones skip it",
    )
    parser.add_argument(
        "--requires",
        action="append",
        default=[],
        metavar="MODULE",
        help="a third-party module the snippet imports; a Python without it skips the "
        "block and says so. Repeatable",
    )
    parser.add_argument(
        "--start-method-specific",
        action="store_true",
        help="the snippet's processes do not use the default start method (it chooses its "
        "own, or a library such as loky or Dask starts them); the matrix does not force one",
    )
    parser.add_argument(
        "--no-main-guard",
        action="store_true",
        help='the snippet leaves out the `if __name__ == "__main__":` guard on purpose',
    )
    parser.add_argument("snippet", help="the snippet's path, e.g. snippets/pool/map.py")
    parser.add_argument(
        "args", nargs=argparse.REMAINDER, help="arguments for the snippet"
    )
    return parser


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
    for name in ("PYTHONSTARTUP", "SNIPPET_PYTHON_INFO"):
        env.pop(name, None)
    if env.get("SNIPPET_START_METHOD"):
        # Its sitecustomize.py makes SNIPPET_START_METHOD the default, so the snippet runs
        # unchanged, as `python snippets/...` would.
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
    deadline = time.monotonic() + timeout
    while proc.poll() is None:
        if sum(c.count(b"\n") for c in chunks) > MAX_LINES:
            kill_group(proc)
            notes.append(
                f"[output cut after {MAX_LINES} lines: {snippet} kept printing; "
                "its process group was killed]"
            )
        elif time.monotonic() > deadline:
            kill_group(proc)
            notes.append(f"[still running after {timeout:g} s, so it was stopped]")
        else:
            time.sleep(0.02)
            continue
        proc.wait()
    if proc.returncode not in (0, None) and not notes:
        notes.append(f"[exit status {proc.returncode}]")
    if POSIX:
        grace = time.monotonic() + GRACE
        left = group_members(proc.pid)
        while left and time.monotonic() < grace:
            time.sleep(0.05)
            left = group_members(proc.pid)
        if left:
            notes.extend(f"[left running: {who}]" for who in left)
            kill_group(proc)
    reader.join(5)
    output = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
    if notes and notes[0].startswith("[output cut"):
        output = "".join(output.splitlines(keepends=True)[:MAX_LINES])
    return normalize(output), notes


def kill_group(proc: subprocess.Popen) -> None:
    try:
        if POSIX:
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except ProcessLookupError:
        pass


def normalize(output: str) -> str:
    """Show output as on the page, whatever the checkout's place and the Python's version.

    Paths become relative to the repository and the standard library `<stdlib>`; traceback
    lines made only of `~` and `^` (which come and go between versions) are dropped; trailing
    whitespace is dropped, as the lint's whitespace fixer would drop it from the page.
    """
    output = output.replace(str(ROOT) + os.sep, "")
    stdlib = snippet_python.info()["stdlib"]
    output = output.replace(stdlib + os.sep, "<stdlib>" + os.sep)
    output = re.sub(r"(?m)^[ \t]*[~^]+[ \t]*\n", "", output)
    return re.sub(r"(?m)[ \t]+$", "", output)


def mask(text: str, patterns: list[str]) -> str:
    """Replace what may vary; runs of spaces count as one, so table columns may shift."""
    for pattern in patterns:
        text = re.sub(pattern, "<varies>", text)
    return re.sub(r"[ \t]+", " ", text)


def page_expectation(argv: list[str]) -> str | None:
    """The output block of the page whose run block has exactly these arguments."""
    from scripts.page_blocks import all_run_blocks

    for block in all_run_blocks():
        if block.argv == argv:
            return block.expected
    return None


def main(argv: list[str]) -> int:
    opts = build_parser().parse_args(argv)
    if not (ROOT / opts.snippet).is_file():
        print(f"run_snippet.py: no such snippet: {opts.snippet}", file=sys.stderr)
        return 2
    output, notes = run(
        snippet_python.executable(), opts.snippet, opts.args, opts.timeout
    )
    shown = " ".join(["$ python", opts.snippet, *opts.args]) + "\n" + output
    if not shown.endswith("\n"):
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

"""The one parser of the pages' blocks: what each page shows, runs and expects.

The runner, the start-method matrix, the page checks, `make outputs` and the build's hooks all
read pages through this module, so they agree on what a page runs and what it expects.
`tests/test_consistency.py` checks that it finds exactly the blocks that pytest-codeblocks
finds. The pattern it reads (CONTRIBUTING.md explains it):

    ```python title="snippets/pool/map.py"
    --8<-- "snippets/pool/map.py"
    ```

    <!--
    ```bash
    python scripts/run_snippet.py snippets/pool/map.py
    ```
    -->
    <!--pytest-codeblocks:expected-output-->
    ```console title="Output"
    $ python snippets/pool/map.py
    [0, 1, 4, 9, 16]
    ```
"""

from __future__ import annotations

import argparse
import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path

from scripts import ROOT

DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
# The built site that the site and browser tests read; SITE_DIR: one built elsewhere.
SITE = Path(os.environ.get("SITE_DIR") or ROOT / "site")
RUNNER = "scripts/run_snippet.py"
RUN_COMMAND = f"python {RUNNER}"  # how every hidden run block starts
EXPECTED_MARK = "<!--pytest-codeblocks:expected-output-->"
INCLUDE = re.compile(r'^\s*-{1,2}8<-{1,2}\s+"([^"]+)"')
FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})(.*)$")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


@dataclass
class Fence:
    """A fenced block: `start` and `end` are the 1-based lines of its two fences."""

    start: int
    end: int
    info: str
    body: list[str]
    indent: str = ""

    @property
    def lang(self) -> str:
        return self.info.split()[0] if self.info.split() else ""


@dataclass
class RunBlock:
    """A hidden ```bash block that runs a snippet, and the output block it expects."""

    page: str  # relative to the repository, e.g. "docs/process.md"
    line: int  # line of the ```bash fence (pytest-codeblocks names the test "line N")
    command: str
    argv: list[str]  # the runner's arguments: options, snippet path, snippet arguments
    options: (
        argparse.Namespace
    )  # the runner's options, parsed by the runner's own parser
    expected: str | None  # None when no output block follows
    expected_fence: Fence | None

    @property
    def snippet(self) -> str:
        return self.options.snippet

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"

    @property
    def output_where(self) -> str:
        line = self.expected_fence.start if self.expected_fence else self.line
        return f"{self.page}:{line}"

    @property
    def versions(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The range of Python versions this block's output is for, as (min, max)."""
        low = version_tuple(self.options.min_python or "3.0")
        high = version_tuple(self.options.max_python or "3.999")
        return low, high

    def skip_reason(self) -> str | None:
        """Why this block cannot run on the snippets' Python (None: it can)."""
        from scripts import snippet_python

        found = snippet_python.version()
        low, high = self.versions
        if not in_range(found, low, high):
            wanted = " to ".join(
                filter(None, [self.options.min_python, self.options.max_python])
            )
            if not self.options.max_python:
                wanted += "+"
            elif not self.options.min_python:
                wanted = f"up to {wanted}"
            return (
                f"{self.where} is for Python {wanted}; "
                f"the snippets run on {snippet_python.version_text()}"
            )
        missing = [m for m in self.options.requires if not snippet_python.has_module(m)]
        if missing:
            return (
                f"{self.where} needs {', '.join(missing)}, which Python "
                f"{snippet_python.version_text()} here does not have"
            )
        return None


def version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(n) for n in text.split("."))


def in_range(
    version: tuple[int, ...], low: tuple[int, ...], high: tuple[int, ...]
) -> bool:
    """Whether a version is within bounds given to as many parts as each bound has.

    `--max-python 3.13` admits every 3.13.x; `--max-python 3.13.7` admits 3.13.7, not 3.13.8.
    """
    return version[: len(low)] >= low and version[: len(high)] <= high


def fences(text: str) -> list[Fence]:
    """Every fenced block of a Markdown text, in order."""
    out = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        marker = m.group(2)
        body = []
        j = i + 1
        while j < len(lines) and not lines[j].lstrip().startswith(marker):
            # Cut the fence's indent (an admonition's, a tab's), as pytest-codeblocks does.
            cut = min(len(m.group(1)), len(lines[j]) - len(lines[j].lstrip()))
            body.append(lines[j][cut:])
            j += 1
        out.append(Fence(i + 1, j + 1, m.group(3).strip(), body, m.group(1)))
        i = j + 1
    return out


@functools.cache
def _runner_parser() -> argparse.ArgumentParser:
    from scripts.run_snippet import build_parser

    return build_parser()


def split_command(command: str) -> tuple[list[str], argparse.Namespace]:
    """Parse `python scripts/run_snippet.py [options] SNIPPET [args]` as the runner does."""
    import shlex

    words = shlex.split(command)
    if words[:2] != RUN_COMMAND.split():
        raise ValueError(f"not a run command: {command!r}")
    try:
        options = _runner_parser().parse_args(words[2:])
    except SystemExit:
        raise ValueError(f"the runner cannot read: {command!r}") from None
    return words[2:], options


def run_blocks(page: Path) -> list[RunBlock]:
    """The run blocks of one page, each with the output block it expects.

    As pytest-codeblocks reads them: the marker comes after the run block, with only blank
    lines and the `-->` that closes the comment between them; the next fence after the marker
    is the expected output, whatever text comes between (a self-check's choices, say).
    """
    text = page.read_text(encoding="utf-8")
    lines = text.splitlines()
    blocks = fences(text)
    out = []
    for k, fence in enumerate(blocks):
        command = "\n".join(fence.body).strip()
        if fence.lang != "bash" or not command.startswith(RUN_COMMAND + " "):
            continue
        argv, options = split_command(command)
        following = blocks[k + 1] if k + 1 < len(blocks) else None
        between = lines[fence.end : following.start - 1 if following else len(lines)]
        expected_fence = None
        for n, line in enumerate(between):
            if line.strip() == EXPECTED_MARK:
                if all(s.strip() in ("", "-->") for s in between[:n]):
                    expected_fence = following
                break
        out.append(
            RunBlock(
                page=relative(page),
                line=fence.start,
                command=command,
                argv=argv,
                options=options,
                expected=(
                    "".join(s + "\n" for s in expected_fence.body)
                    if expected_fence
                    else None
                ),
                expected_fence=expected_fence,
            )
        )
    return out


def relative(path: Path) -> str:
    """A path as the messages print it: relative to the repository when inside it."""
    path = path.resolve()
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def all_pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def all_run_blocks() -> list[RunBlock]:
    return [block for page in all_pages() for block in run_blocks(page)]


def includes(page: Path) -> list[tuple[int, str]]:
    """(line, path) of every `--8<--` include in a page."""
    found = []
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        m = INCLUDE.match(line)
        if m:
            found.append((number, m.group(1).split(":")[0]))
    return found


def all_snippets() -> list[str]:
    return sorted(
        p.relative_to(ROOT).as_posix()
        for p in SNIPPETS.rglob("*.py")
        if "__pycache__" not in p.parts
    )

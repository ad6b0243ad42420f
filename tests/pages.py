"""Read the snippet blocks out of the Markdown pages in docs/.

One parser serves the snippet runner, the start-method matrix, the consistency checks and
`make outputs`, so they all agree on what a page runs and what it expects.
`tests/test_consistency.py` checks that it finds exactly the run blocks and expected outputs
that pytest-codeblocks 0.18.0 finds, so the two cannot drift apart.

A page shows a snippet and runs it like this (DESIGN.md section 2):

    ```python title="snippets/pool/map_squares.py"
    --8<-- "snippets/pool/map_squares.py"
    ```

    <!--
    ```bash
    python tests/run_snippet.py snippets/pool/map_squares.py
    ```
    -->
    <!--pytest-codeblocks:expected-output-->
    ```console title="Output"
    $ python snippets/pool/map_squares.py
    [0, 1, 4, 9, 16]
    ```
"""

from __future__ import annotations

import functools
import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
# The built site that the site and browser tests read; SITE_DIR: one built elsewhere.
SITE = Path(os.environ.get("SITE_DIR") or ROOT / "site")
RUNNER = "tests/run_snippet.py"
EXPECTED_MARK = "<!--pytest-codeblocks:expected-output-->"
INCLUDE = re.compile(r'^\s*-{1,2}8<-{1,2}\s+"([^"]+)"')
FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})(.*)$")


@dataclass
class Fence:
    """A fenced block: `start` and `end` are the 1-based lines of its two fences."""

    start: int
    end: int
    info: str
    body: list[str]

    @property
    def lang(self) -> str:
        return self.info.split()[0] if self.info.split() else ""


@dataclass
class RunBlock:
    """A hidden ```bash block that runs a snippet, and the output block that follows it."""

    page: str  # relative to the repository, e.g. "docs/process.md"
    line: int  # line of the ```bash fence (pytest-codeblocks names the test "line N")
    command: str
    argv: list[str]  # the runner's arguments: options, snippet path, snippet arguments
    snippet: str  # e.g. "snippets/process/start_join.py"
    expected: str | None  # None when no output block follows
    expected_fence: Fence | None

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"

    def option_values(self, name: str) -> list[str]:
        """Values of a runner option given as `--name VALUE` or `--name=VALUE`."""
        options = self.argv[: self.argv.index(self.snippet)]
        values = []
        for i, arg in enumerate(options):
            if arg == name and i + 1 < len(options):
                values.append(options[i + 1])
            elif arg.startswith(name + "="):
                values.append(arg.split("=", 1)[1])
        return values

    def has_flag(self, name: str) -> bool:
        return name in self.argv[: self.argv.index(self.snippet)]

    def too_new_for_snippet_python(self) -> str | None:
        """Why to skip: the run line's `--min-python X.Y` is above the snippets' Python."""
        needed = self.option_values("--min-python")
        if not needed:
            return None
        version = snippet_python_version()
        if version[:2] >= tuple(int(n) for n in needed[0].split(".")):
            return None
        found = ".".join(map(str, version))
        return f"{self.where} needs Python {needed[0]}+, snippets run on {found}"


@functools.cache
def snippet_python_version() -> tuple[int, ...]:
    """The version of the Python that runs the snippets: SNIPPET_PYTHON, else this one."""
    python = os.environ.get("SNIPPET_PYTHON")
    if not python:
        return tuple(sys.version_info[:3])
    out = subprocess.run(
        [python, "-c", "import sys; print(*sys.version_info[:3])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return tuple(int(n) for n in out.split())


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
            body.append(lines[j])
            j += 1
        out.append(Fence(i + 1, j + 1, m.group(3).strip(), body))
        i = j + 1
    return out


def split_command(command: str) -> tuple[list[str], str]:
    """Split `python tests/run_snippet.py [options] SNIPPET [args]` into argv and snippet."""
    words = shlex.split(command)
    if len(words) < 3 or words[0] != "python" or words[1] != RUNNER:
        raise ValueError(f"not a run command: {command!r}")
    argv = words[2:]
    i = 0
    while i < len(argv) and argv[i].startswith("--"):
        takes_value = (
            argv[i] in ("--timeout", "--vary", "--min-python") and "=" not in argv[i]
        )
        i += 2 if takes_value else 1
    if i >= len(argv):
        raise ValueError(f"no snippet path in: {command!r}")
    return argv, argv[i]


def run_blocks(page: Path) -> list[RunBlock]:
    """The run blocks of one page, each with the output block it expects."""
    text = page.read_text(encoding="utf-8")
    lines = text.splitlines()
    blocks = fences(text)
    out = []
    for k, fence in enumerate(blocks):
        if fence.lang != "bash" or not fence.body:
            continue
        command = "\n".join(fence.body).strip()
        if not command.startswith("python " + RUNNER):
            continue
        argv, snippet = split_command(command)
        expected_fence = None
        # The marker must come before the next fence, with only blank lines and the
        # closing "-->" of the HTML comment in between.
        between = (
            lines[fence.end : blocks[k + 1].start - 1] if k + 1 < len(blocks) else []
        )
        rest = [s.strip() for s in between if s.strip() not in ("", "-->")]
        if rest == [EXPECTED_MARK]:
            expected_fence = blocks[k + 1]
        out.append(
            RunBlock(
                page=page.relative_to(ROOT).as_posix(),
                line=fence.start,
                command=command,
                argv=argv,
                snippet=snippet,
                expected=(
                    "".join(s + "\n" for s in expected_fence.body)
                    if expected_fence
                    else None
                ),
                expected_fence=expected_fence,
            )
        )
    return out


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


def describe_mismatch(block: RunBlock, actual: str, how: str = "") -> str:
    """A failure message that names the page, the lines to open and the snippet, with a diff."""
    import difflib

    out_line = block.expected_fence.start if block.expected_fence else block.line
    diff = difflib.unified_diff(
        (block.expected or "").splitlines(keepends=True),
        actual.splitlines(keepends=True),
        fromfile=f"expected: the output block at {block.page}:{out_line}",
        tofile=f"actual: what {block.snippet} printed{how}",
    )
    return (
        f"{block.page}:{out_line}: the output of {block.snippet}{how} differs from the page\n"
        f"  snippet:      {block.snippet}\n"
        f"  run block:    {block.where}: {block.command}\n"
        f"  output block: {block.page}:{out_line}\n"
        "  If the new output is right, run `make outputs` and review the page's diff;\n"
        "  if it is not, fix the snippet. Text that must vary needs a --vary REGEX.\n\n"
        + "".join(line if line.endswith("\n") else line + "\n" for line in diff)
    )

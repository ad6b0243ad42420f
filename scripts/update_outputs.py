#!/usr/bin/env python3
"""Rewrite the pages' output blocks from real runs of their snippets (`make outputs`).

Each run block's command runs, one at a time so that measurements do not compete for the cores,
and the output block after it is replaced by what it printed; a missing one is added. The site's
outputs come from Python 3.14: each block runs with 3.14 when its version range allows and
`make pythons` (or pyenv, or PATH) provides one, else with the newest Python in its range.
SNIPPET_PYTHON forces one Python for every block it can run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from scripts import ROOT, pythons
from scripts.page_blocks import (
    EXPECTED_MARK,
    RUNNER,
    RunBlock,
    all_pages,
    in_range,
    run_blocks,
)


def run(block: RunBlock, python: str, raw: bool) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SNIPPET_")}
    env["SNIPPET_PYTHON"] = python
    if raw:
        env["SNIPPET_RAW"] = "1"
    result = subprocess.run(
        [sys.executable, RUNNER, *block.argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.exit(f"{block.where}: {RUNNER} failed:\n{result.stderr}")
    return result.stdout


def choose(block: RunBlock, found: dict[str, str]) -> tuple[str, str] | None:
    """(version, path) of the Python that records this block, or None."""
    low, high = block.versions
    forced = os.environ.get("SNIPPET_PYTHON")
    if forced:
        version = pythons.version_of(forced) or "?"
        inside = in_range(tuple(pythons.key(version)), low, high)
        return (version, forced) if inside else None
    return pythons.newest_in(found, low, high, tuple(block.options.requires))


def run_fence_indent(lines: list[str], block: RunBlock) -> str:
    """The indent of the run block's fence (inside an admonition, say), for a new block."""
    line = lines[block.line - 1]
    return line[: len(line) - len(line.lstrip())]


def update_page(
    page: Path, found: dict[str, str], rewrite_all: bool, only: str | None = None
) -> tuple[int, list]:
    lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
    changed, skipped = 0, []
    for block in reversed(
        run_blocks(page)
    ):  # bottom-up: earlier line numbers stay valid
        if only and block.snippet != only:
            continue
        chosen = choose(block, found)
        if chosen is None:
            needs = (
                " with " + ", ".join(block.options.requires)
                if block.options.requires
                else ""
            )
            skipped.append(f"{block.where}: no Python here in its range{needs}")
            continue
        version, python = chosen
        output = run(block, python, raw=rewrite_all)
        if output == block.expected:
            print(f"  {block.where} {block.snippet} ({version}): unchanged")
            continue
        fence = block.expected_fence
        indent = fence.indent if fence else run_fence_indent(lines, block)
        body = [
            indent + line if line.strip() else line for line in output.splitlines(True)
        ]
        if fence is not None:
            lines[fence.start : fence.end - 1] = body
        else:  # after the run block's closing fence and the "-->" that ends the comment
            at = block.line
            while lines[at].strip() != "```":
                at += 1
            at += 1
            if at < len(lines) and lines[at].strip() == "-->":
                at += 1
            lines[at:at] = [
                f"{indent}{EXPECTED_MARK}\n",
                f'{indent}```console title="Output"\n',
                *body,
                f"{indent}```\n",
            ]
        changed += 1
        print(f"  {block.where} {block.snippet} ({version}): updated")
    if changed:
        page.write_text("".join(lines), encoding="utf-8")
    return changed, skipped


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--all",
        action="store_true",
        help="rewrite outputs that match up to --vary too: publish fresh measurements",
    )
    parser.add_argument("--snippet", help="only the run blocks of this snippet")
    parser.add_argument("pages", nargs="*", type=Path, help="default: every page")
    opts = parser.parse_args()
    found = pythons.find()
    recording = [v for v in found if v.startswith(pythons.RECORDING + ".")]
    if not recording and not os.environ.get("SNIPPET_PYTHON"):
        print(
            f"make outputs: no Python {pythons.RECORDING} here, which records the site's "
            "outputs; `make pythons` installs it. Recording with the newest Python in "
            "each block's range instead: review the diff for version differences.",
            file=sys.stderr,
        )
    total, skipped = 0, []
    for page in [p.resolve() for p in opts.pages] or all_pages():
        print(page.relative_to(ROOT).as_posix())
        changed, missed = update_page(page, found, opts.all, opts.snippet)
        total += changed
        skipped += missed
    for line in skipped:
        print(f"not recorded: {line}")
    print(f"{total} output block(s) rewritten; review them with `git diff docs/`")
    return 0


if __name__ == "__main__":
    sys.exit(main())

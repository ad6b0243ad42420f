#!/usr/bin/env python3
"""Rewrite the output blocks of the pages from real runs of their snippets (`make outputs`).

    python tests/update_outputs.py [--all] [docs/page.md ...]

Each run block's command is run (one at a time, so measurements do not compete for the
cores) and the output block after it is replaced by what the command printed; a missing
output block is added. An output block that still matches up to the run line's --vary
patterns is left alone, so PIDs and timings do not churn on every refresh; --all rewrites those
too (use it to publish fresh measurements).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from pages import EXPECTED_MARK, ROOT, RUNNER, all_pages, run_blocks


def run(argv: list[str], raw: bool) -> str:
    env = dict(os.environ)
    env.pop("SNIPPET_START_METHOD", None)
    if raw:
        env["SNIPPET_RAW"] = "1"
    result = subprocess.run(
        [sys.executable, RUNNER, *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.exit(f"{RUNNER} {' '.join(argv)} failed:\n{result.stderr}")
    return result.stdout


def update_page(page: Path, rewrite_all: bool) -> int:
    lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
    changed = 0
    # Bottom-up, so line numbers of the blocks still to do stay valid.
    for block in reversed(run_blocks(page)):
        output = run(block.argv, raw=rewrite_all)
        if output == block.expected:
            print(f"  {block.where} {block.snippet}: unchanged")
            continue
        new_body = output.splitlines(keepends=True)
        fence = block.expected_fence
        if fence is not None:
            lines[fence.start : fence.end - 1] = new_body
        else:
            # Insert after the run block's closing fence and the "-->" that ends the comment.
            at = block.line  # 0-based index of the line after the opening fence
            while lines[at].strip() != "```":
                at += 1
            at += 1
            if at < len(lines) and lines[at].strip() == "-->":
                at += 1
            lines[at:at] = [
                EXPECTED_MARK + "\n",
                '```console title="Output"\n',
                *new_body,
                "```\n",
            ]
        changed += 1
        print(f"  {block.where} {block.snippet}: updated")
    if changed:
        page.write_text("".join(lines), encoding="utf-8")
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--all", action="store_true", help="rewrite varying outputs too"
    )
    parser.add_argument("pages", nargs="*", type=Path)
    opts = parser.parse_args()
    pages = [p.resolve() for p in opts.pages] or all_pages()
    total = 0
    for page in pages:
        print(page.relative_to(ROOT).as_posix())
        total += update_page(page, opts.all)
    print(f"{total} output block(s) rewritten; review them with `git diff docs/`")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Add an example to a page: write the snippet, place its blocks in a section, record its output.

`make new-snippet PAGE=pool NAME=imap_chunks AFTER="Pool.imap()"` writes
snippets/pool/imap_chunks.py (a runnable example to replace with yours, never over an existing
file), and at the end of the section of docs/pool.md whose heading contains AFTER it inserts a
lead-in sentence that links the API, the block that shows the file, the hidden run block, and
the output block from a real run. `make` then runs `make page PAGE=pool`.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

from scripts import ROOT
from scripts.page_blocks import HEADING, RUN_COMMAND, fences

NAME = re.compile(r"[a-z][a-z0-9_]*")  # a module name: imap_chunks

TEMPLATE = '''\
"""{doc}"""

from multiprocessing import Pool


def work(x):
    return x * x


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        print(pool.map(work, range(5)))
'''

BLOCKS = """\
{lead_in}

```python title="{path}"
--8<-- "{path}"
```

<!--
```bash
{run} {path}
```
-->
"""


def reference_ids(root: Path) -> set[str]:
    """Every `::: identifier` of the reference pages: what an API link may point at."""
    ids = set()
    for page in (root / "docs" / "reference").glob("*.md"):
        ids.update(re.findall(r"(?m)^::: *([\w.]+)", page.read_text(encoding="utf-8")))
    return ids


def section_end(lines: list[str], after: str, page: str) -> int:
    """The index of the line where the section whose heading contains `after` ends."""
    inside = {n for f in fences("\n".join(lines)) for n in range(f.start - 1, f.end)}
    heads = [
        (i, m.group(2))
        for i, line in enumerate(lines)
        if i not in inside and (m := HEADING.match(line))
    ]
    hits = [(i, title) for i, title in heads if after.lower() in title.lower()]
    if len(hits) != 1:
        listing = "\n    ".join(title for _, title in heads)
        found = "no heading" if not hits else f"{len(hits)} headings"
        raise SystemExit(
            f"new-snippet: {found} of {page} contain AFTER={after!r}; use part of one of:"
            f"\n    {listing}"
        )
    start = hits[0][0]
    later = [i for i, _ in heads if i > start]
    end = later[0] if later else len(lines)
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return end


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="new_snippet.py", description=__doc__.splitlines()[0]
    )
    parser.add_argument("page", help="the page's name, docs/PAGE.md: pool, queue...")
    parser.add_argument("name", help="the snippet's file name without .py: imap_chunks")
    parser.add_argument(
        "--after", required=True, help="part of the heading of the section"
    )
    parser.add_argument(
        "--api",
        default="multiprocessing.pool.Pool.map",
        help="the reference entry the lead-in links, as in [`map()`][multiprocessing.pool."
        "Pool.map] (default: Pool.map, which the template uses)",
    )
    parser.add_argument(
        "--doc",
        default="Pool.map() squares five numbers in two worker processes.",
        help="the snippet's one-line docstring, also the start of the lead-in",
    )
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    parser.add_argument("--no-record", action="store_true", help=argparse.SUPPRESS)
    opts = parser.parse_args(argv)

    page = f"docs/{opts.page}.md"
    name = opts.name.removesuffix(".py")
    doc = " ".join(opts.doc.split())
    problems = []
    if not (opts.root / page).is_file():
        problems.append(f"PAGE={opts.page!r}: there is no {page}")
    if not NAME.fullmatch(name):
        problems.append(f"NAME={name!r}: a module name, lower case with underscores")
    if not doc or '"""' in doc or "\\" in doc:
        problems.append("DOC: one line of plain text, without triple quotes or \\")
    if opts.api not in reference_ids(opts.root):
        problems.append(
            f"API={opts.api!r} has no reference entry; use a name from a `:::` line of "
            "docs/reference/*.md, e.g. API=multiprocessing.pool.Pool.imap"
        )
    path = f"snippets/{opts.page}/{name}.py"
    if (opts.root / path).exists():
        problems.append(f"{path} already exists; choose another NAME or edit that file")
    if problems:
        print("new-snippet: " + "\n  ".join(problems), file=sys.stderr)
        print(
            'usage: make new-snippet PAGE=pool NAME=imap_chunks AFTER="Pool.imap()" '
            '[API=multiprocessing.pool.Pool.imap] [DOC="..."]',
            file=sys.stderr,
        )
        return 2
    if not doc.endswith((".", "!", "?")):
        doc += "."

    lines = (opts.root / page).read_text(encoding="utf-8").splitlines()
    end = section_end(lines, opts.after, page)
    short = opts.api.rsplit(".", 1)[-1] + "()"
    lead_in = f"{doc} It uses [`{short}`][{opts.api}]."
    block = BLOCKS.format(lead_in=lead_in, path=path, run=RUN_COMMAND).splitlines()
    lines[end:end] = ["", *block]
    target = opts.root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "x", encoding="utf-8", newline="\n") as f:  # "x": never overwrite
        f.write(TEMPLATE.format(doc=doc))
    (opts.root / page).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(
        f"Wrote {path} and added it to {page}, line {end + 2}, at the end of the section"
    )
    print(f"whose heading contains {opts.after!r}.")
    if not opts.no_record:
        subprocess.run(
            [sys.executable, "scripts/update_outputs.py", "--snippet", path, page],
            cwd=opts.root,
            check=True,
        )
    print(
        f"\nNext: replace the example in {path} with yours, edit the lead-in sentence in "
        f"{page}, then\n    make outputs PAGES={page}\n    make page PAGE={opts.page}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

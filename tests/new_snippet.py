#!/usr/bin/env python3
"""Start a new example: write snippets/<topic>/<name>.py and print the blocks for its page.

    make new-snippet TOPIC=pool NAME=map_chunks [DOC="Pool.map() with a chunksize."]
    python tests/new_snippet.py pool map_chunks [--doc "..."] [--root DIR]

The new file follows the snippet contract (DESIGN.md section 2): a one-line docstring, the
work under `if __name__ == "__main__":`, output that is the same on every run and under every
start method, and it passes ruff. It never overwrites a file. The script then prints the
Markdown to paste into docs/<topic>.md: the fence that shows the file (titled with its path)
and the hidden run block after it. `make outputs PAGES=docs/<topic>.md` then adds the output
block from a real run; nobody types it.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOPIC = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")  # like the pages: shared-state
NAME = re.compile(r"[a-z][a-z0-9_]*")  # a module name: map_chunks

TEMPLATE = '''\
"""{doc}"""

from multiprocessing import Pool


def work(x):
    return x * x


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        print(pool.map(work, range(5)))
'''

PAGE_BLOCKS = """\
```python title="{path}"
--8<-- "{path}"
```

<!--
```bash
python tests/run_snippet.py {path}
```
-->
"""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="new_snippet.py", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "topic", help="the page's name, docs/<topic>.md: pool, queue..."
    )
    parser.add_argument("name", help="the file's name without .py: map_chunks")
    parser.add_argument(
        "--doc",
        default="TODO: say in one line what this example shows.",
        help="the one-line docstring",
    )
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    opts = parser.parse_args(argv)

    topic, name = opts.topic, opts.name.removesuffix(".py")
    problems = []
    if not TOPIC.fullmatch(topic):
        problems.append(
            f"TOPIC={topic!r}: use the page's name, lower case, e.g. TOPIC=pool"
        )
    if not NAME.fullmatch(name):
        problems.append(
            f"NAME={name!r}: use a module name, lower case with underscores, "
            "e.g. NAME=map_chunks"
        )
    doc = " ".join(opts.doc.split())
    if not doc or '"""' in doc or "\\" in doc:
        problems.append("DOC: one line of plain text, without triple quotes or \\")
    if problems:
        print("new-snippet: " + "\n  ".join(problems), file=sys.stderr)
        print("usage: make new-snippet TOPIC=pool NAME=map_chunks", file=sys.stderr)
        return 2
    if not doc.endswith((".", "!", "?")):
        doc += "."

    path = f"snippets/{topic}/{name}.py"
    target = opts.root / path
    if target.exists():
        print(
            f"new-snippet: {path} already exists; nothing written. "
            "Choose another NAME, or edit that file.",
            file=sys.stderr,
        )
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "x", encoding="utf-8", newline="\n") as f:  # "x": never overwrite
        f.write(TEMPLATE.format(doc=doc))

    page = f"docs/{topic}.md"
    print(f"Wrote {path}: a runnable Pool.map example to replace with yours.")
    if not (opts.root / page).is_file():
        print(
            f"Note: {page} does not exist yet; create it and add it to nav: in "
            "mkdocs.yml (CONTRIBUTING.md, 'Add a page')."
        )
    print(f"\nPaste this into {page}, where the example belongs:\n")
    print(PAGE_BLOCKS.format(path=path))
    print("Then write the output block from a real run, and test the page:\n")
    print(f"    make outputs PAGES={page}")
    print(f"    make page PAGE={topic}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

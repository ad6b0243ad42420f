#!/usr/bin/env python3
"""Print the files that differ from the last commit, and new files git does not ignore.

`make page` lints these, as `make test` lints every tracked file: a new snippet is checked
before it is committed, and the run stops where CI would stop.
"""

import subprocess
import sys

from scripts import ROOT


def git(*args: str) -> list[str]:
    out = subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout
    return [line for line in out.splitlines() if line]


def main() -> int:
    changed = git("diff", "--name-only", "--diff-filter=d", "HEAD")
    changed += git("ls-files", "--others", "--exclude-standard")
    for path in sorted(set(changed)):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Make pytest-codeblocks' failures name the page, the lines and the snippet, with a diff.

pytest-codeblocks 0.18.0 reports a failed block as "line N" with the whole expected and actual
outputs one after the other, and a crashed command as a bare exit code. Its items are
replaced here by nothing cleverer than a readable message built from the same page parser
the other tests use (tests/pages.py).
"""

import subprocess
import sys
from pathlib import Path

import pytest
from pytest_codeblocks.plugin import TestBlock

sys.path.insert(0, str(Path(__file__).parent / "tests"))
from pages import ROOT, describe_mismatch, run_blocks  # noqa: E402

_codeblocks_repr_failure = TestBlock.repr_failure


def _run_block(item):
    """The page's run block that a pytest-codeblocks item runs (None for other blocks)."""
    lines = run_blocks(Path(item.path))
    return next((b for b in lines if b.line == item.obj.lineno), None)


def _repr_failure(self, excinfo):
    page = Path(self.path)
    block = _run_block(self)
    where = f"{page.relative_to(ROOT).as_posix()}:{self.obj.lineno}"
    if isinstance(excinfo.value, subprocess.CalledProcessError):
        err = excinfo.value
        return (
            f"{where}: the run block's command exited with status {err.returncode}\n"
            f"  command: {self.obj.code.strip()}\n\n"
            + (err.stderr or b"").decode(errors="replace")
            + (err.stdout or b"").decode(errors="replace")
        )
    message = str(excinfo.value.args[0]) if excinfo.value.args else ""
    marker = "but got\n```\n"
    if block is not None and marker in message:
        actual = message.split(marker, 1)[1]
        actual = actual[: -len("```")] if actual.endswith("```") else actual
        return describe_mismatch(block, actual)
    return f"{where}: " + _codeblocks_repr_failure(self, excinfo)


_codeblocks_runtest = TestBlock.runtest


def _runtest(self):
    """Skip a run block whose `--min-python` is above the Python that runs the snippets."""
    block = _run_block(self)
    if block is not None and (reason := block.too_new_for_snippet_python()):
        pytest.skip(reason)
    return _codeblocks_runtest(self)


def _reportinfo(self):
    return self.path, self.obj.lineno - 1, f"{self.path.name}:{self.obj.lineno}"


TestBlock.repr_failure = _repr_failure
TestBlock.reportinfo = _reportinfo
TestBlock.runtest = _runtest

"""Every snippet prints the same output under fork, spawn and forkserver.

pytest-codeblocks runs each page's run block once, with the platform's default start method.
This matrix runs the same command three more times with the default start method forced
(tests/startmethod/sitecustomize.py) and compares with the same output block, so an example
that works only because of fork (an unpicklable function, a missing `__main__` guard, state
inherited from the parent) fails here, naming the page and the method.
"""

import multiprocessing
import os
import subprocess
import sys

import pytest
from pages import ROOT, RUNNER, all_run_blocks, describe_mismatch

METHODS = ["fork", "spawn", "forkserver"]
BLOCKS = all_run_blocks()


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("block", BLOCKS, ids=[f"{b.page}:{b.snippet}" for b in BLOCKS])
def test_start_method(block, method):
    if reason := block.too_new_for_snippet_python():
        pytest.skip(reason)
    if block.has_flag("--start-method-specific"):
        pytest.skip(f"{block.where} declares --start-method-specific")
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"{method} is not available on {sys.platform}")
    if block.expected is None:
        pytest.fail(f"{block.where}: run block has no output block", pytrace=False)
    result = subprocess.run(
        [sys.executable, RUNNER, *block.argv],
        cwd=ROOT,
        env={**os.environ, "SNIPPET_START_METHOD": method},
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.fail(
            f"{block.where}: {RUNNER} failed ({result.returncode}):\n{result.stderr}",
            pytrace=False,
        )
    if result.stdout != block.expected:
        how = f" with start method {method!r}"
        pytest.fail(describe_mismatch(block, result.stdout, how), pytrace=False)

"""Every snippet prints the same output under fork, spawn and forkserver.

pytest-codeblocks runs each page's run block once, with the default start method of the Python
that runs the snippets (fork up to 3.13 on Linux, forkserver from 3.14). This matrix runs the
same command under each of the other methods, forced as the default
(scripts/startmethod/sitecustomize.py), and compares with the same output block; the test id
names the methods it runs. An example that works only because of fork (an unpicklable function,
a missing `__main__` guard, state inherited from the parent) fails here. A mistake that every
method shows (a stale output block) is the run block's failure, which names every method; here
it is a skip, so it is reported once. The other methods run at the same time: most snippets
spend their time starting interpreters or waiting (sleeps, timeouts), not computing.
"""

from concurrent.futures import ThreadPoolExecutor

import pytest

from scripts import snippet_python
from scripts.page_blocks import all_run_blocks
from scripts.report import mismatches, run_with

INFO = snippet_python.info()
OTHERS = [m for m in INFO["methods"] if m != INFO["default_method"]]
BLOCKS = [b for b in all_run_blocks() if not b.options.start_method_specific]


@pytest.mark.parametrize(
    "block",
    [
        pytest.param(
            b,
            id=f"{b.where} {'+'.join(OTHERS)} ({INFO['default_method']}: the run block)",
        )
        for b in BLOCKS
    ],
)
def test_other_start_methods(block):
    if reason := block.skip_reason():
        pytest.skip(reason)
    if block.expected is None:
        pytest.fail(f"{block.where}: run block has no output block", pytrace=False)
    with ThreadPoolExecutor(len(OTHERS)) as runs:
        outputs = dict(
            zip(OTHERS, runs.map(lambda m: run_with(block, m), OTHERS), strict=True)
        )
    wrong = {out for out in outputs.values() if out != block.expected}
    if not wrong:
        return
    if wrong == {run_with(block, INFO["default_method"])}:
        pytest.skip(
            f"{block.where}: the same output under every method; its run block reports it"
        )
    pytest.fail("\n".join(mismatches(block, outputs)), pytrace=False)

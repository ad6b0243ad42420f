"""Make SNIPPET_START_METHOD the default start method of the Python the runner starts.

scripts/run_snippet.py puts this folder on PYTHONPATH only for the start-method matrix, so the
snippet runs unchanged, yet every Process, Pool and Queue it makes without an explicit context
uses the forced method. Children inherit the environment, so a spawned child agrees.
"""

import os

_method = os.environ.get("SNIPPET_START_METHOD")
if _method:
    import multiprocessing

    multiprocessing.set_start_method(_method)

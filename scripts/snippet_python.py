"""The Python that runs the snippets: `SNIPPET_PYTHON`, else the one running this code.

The toolchain (MkDocs, pytest) needs 3.11+, the snippets run on any CPython 3.10+, so the two
are apart. Asking an interpreter about itself costs a process start (a third of a second when it
lives in the chroot that `make pythons` builds), so the answer is asked once per test session and
handed to every runner in the environment variable `SNIPPET_PYTHON_INFO`.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys

PROBE = """\
import importlib.util, json, multiprocessing as mp, platform, sys, sysconfig
print(json.dumps({
    "python": sys.argv[1],
    "version": list(sys.version_info[:3]),
    "implementation": platform.python_implementation(),
    "stdlib": sysconfig.get_paths()["stdlib"],
    "default_method": mp.get_start_method(),
    "methods": mp.get_all_start_methods(),
    "modules": {m: importlib.util.find_spec(m) is not None for m in sys.argv[2:]},
}))
"""


def executable() -> str:
    return os.environ.get("SNIPPET_PYTHON") or sys.executable


def ask(python: str, modules: tuple[str, ...] = ()) -> dict:
    """Ask `python` for its version, standard library, start methods and these modules."""
    result = subprocess.run(
        [python, "-c", PROBE, python, *modules],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        sys.exit(f"cannot run SNIPPET_PYTHON={python}:\n{result.stderr}")
    return json.loads(result.stdout)


@functools.cache
def info() -> dict:
    """What the snippets' Python is; from SNIPPET_PYTHON_INFO when it describes that Python."""
    python = executable()
    cached = os.environ.get("SNIPPET_PYTHON_INFO")
    if cached:
        found = json.loads(cached)
        if found.get("python") == python:
            return found
    return ask(python, third_party_modules())


def third_party_modules() -> tuple[str, ...]:
    """The modules that run lines name with --requires (the probe checks them all at once)."""
    from scripts.page_blocks import all_run_blocks

    return tuple(sorted({m for b in all_run_blocks() for m in b.options.requires}))


def export() -> None:
    """Put the answer in the environment, for every runner this process starts."""
    os.environ["SNIPPET_PYTHON_INFO"] = json.dumps(info())


def version() -> tuple[int, ...]:
    return tuple(info()["version"])


def version_text() -> str:
    return ".".join(map(str, version()))


def has_module(name: str) -> bool:
    modules = info()["modules"]
    if name not in modules:  # a module no run line names yet: ask directly
        modules[name] = ask(executable(), (name,))["modules"][name]
    return modules[name]

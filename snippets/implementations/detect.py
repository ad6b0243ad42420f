"""Report which Python implementation runs this, and whether it has a GIL."""

import platform
import sys

# What each project documents (sources on the implementations page).
GIL_BY_DESIGN = {"pypy": True, "graalpy": True, "ironpython": False}


def gil_enabled():
    """True or False, or None when the implementation does not say."""
    if hasattr(sys, "_is_gil_enabled"):  # CPython 3.13+
        return sys._is_gil_enabled()
    name = sys.implementation.name
    if name == "cpython":
        return True  # no free-threaded CPython before 3.13
    if name == "micropython":  # a per-port build option, reported since 1.26
        mode = getattr(sys.implementation, "_thread", None)
        return {"GIL": True, "unsafe": False}.get(mode)
    return GIL_BY_DESIGN.get(name)


print("platform.python_implementation():", platform.python_implementation())
print("sys.implementation.name:", sys.implementation.name)
print("language version:", platform.python_version())
print("GIL enabled:", gil_enabled())

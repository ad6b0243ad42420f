"""Where the standard library's classes and functions start and end, looked up once.

mkdocstrings inspects the standard library (`force_inspection: true`) and Griffe asks
`inspect.getsourcelines()` where each of about 1,000 objects starts and ends; that was a third
of the build. hooks/speed.py puts findsource and getblock in place of inspect's.

- Before Python 3.13, `inspect.findsource()` finds a class by parsing its whole module again,
  for every class. Here classes are looked up in a table read once per module from its
  compiled code: each class body is a code object whose `co_qualname` is the class's
  `__qualname__` and whose first line is the class statement's, or its first decorator's,
  which is what inspect's own finder returns (it is checked against that finder for every
  class of the standard library in tests/test_build.py). From 3.13 on classes carry
  `__firstlineno__` and inspect no longer parses: this part then does nothing.
- `inspect.getblock()` tokenizes each object's source to find where it ends. Its answer,
  the number of lines, is kept in `.cache/linenos.json` for that file (path, size, mtime)
  and that Python; another build reads it instead of tokenizing again.
"""

from __future__ import annotations

import inspect
import os
import platform
import sys
import types

import speed_kept  # hooks/ is on sys.path while MkDocs loads a hook

# The functions of the standard library, even if another copy of this hook replaced them.
_findsource = getattr(inspect.findsource, "original", inspect.findsource)
_getblock = getattr(inspect.getblock, "original", inspect.getblock)
# (file, mtime) -> {qualname: line}; id(lines) -> (lines, "file|size|mtime"); and the lines
# and line of findsource's last answer, which getsourcelines hands to getblock at once.
_classes: dict[tuple[str, int], dict[str, int] | None] = {}
_files: dict[int, tuple[list[str], str]] = {}
_last: list[tuple[list[str], int]] = []
BLOCKS = speed_kept.Kept("linenos", platform.python_version())


def _class_lines(module) -> dict[str, int] | None:
    """Every class of a module by `__qualname__`, with the 0-based line findsource returns."""
    try:
        code = module.__spec__.loader.get_code(module.__name__)
    except (AttributeError, ImportError, OSError, SyntaxError):
        return None
    if code is None:
        return None
    found: dict[str, int] = {}
    todo = [code]
    # Breadth first, in the order of each body: the first class of a name wins.
    while todo:
        current = todo.pop(0)
        for const in current.co_consts:
            if isinstance(const, types.CodeType):
                if not const.co_flags & inspect.CO_NEWLOCALS:  # a class body
                    found.setdefault(const.co_qualname, const.co_firstlineno - 1)
                todo.append(const)
    return found


def _class_source(obj):
    """A class's (lines, line) before 3.13, as inspect.findsource gives them: from a table."""
    module = sys.modules.get(getattr(obj, "__module__", None) or "")
    if module is None:
        return _findsource(obj)
    try:
        lines, _ = _findsource(module)
        file = inspect.getsourcefile(module)
        key = (file, os.stat(file).st_mtime_ns)
    except (OSError, TypeError):
        return _findsource(obj)  # let inspect answer, or say why not
    if key not in _classes:
        _classes[key] = _class_lines(module)
    if _classes[key] is None:
        return _findsource(obj)
    if obj.__qualname__ not in _classes[key]:
        raise OSError("could not find class definition")  # what inspect says
    return lines, _classes[key][obj.__qualname__]


def findsource(obj):
    """inspect.findsource: classes from the table (before 3.13); the answer noted."""
    if sys.version_info < (3, 13) and inspect.isclass(obj):
        lines, line = _class_source(obj)
    else:
        lines, line = _findsource(obj)
    if id(lines) not in _files:
        try:
            file = inspect.getsourcefile(obj) or inspect.getfile(obj)
            stat = os.stat(file)
            _files[id(lines)] = (lines, f"{file}|{stat.st_size}|{stat.st_mtime_ns}")
        except (OSError, TypeError):
            pass
    _last[:] = [(lines, line)]
    return lines, line


def getblock(lines):
    """inspect.getblock: the length of the block from the last build, if it was there."""
    if _last and BLOCKS.path is not None:
        ((full, line),) = _last
        _last.clear()
        known = _files.get(id(full))
        if (
            known is not None
            and known[0] is full
            and len(lines) == len(full) - line
            and lines
            and lines[0] is full[line]
        ):
            count = BLOCKS.get(f"{known[1]}|{line}", lambda: len(_getblock(lines)))
            return lines[:count]
    return _getblock(lines)

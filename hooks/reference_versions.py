"""Entries and parameters that exist only from some Python version, whichever Python builds.

An entry of docs/reference/ says what is new with a line in its notes:

    ::: multiprocessing.Process.interrupt

    <!-- new in 3.14: https://docs.python.org/3/library/multiprocessing.html#... -->

or, for a parameter, `<!-- new in 3.14: buffersize https://... -->`. When the Python running
the build has the object (or the parameter), the mark becomes a "New in Python 3.14" note.
When it is older, the entry keeps its heading, anchor, notes and examples, and the note says
that this entry needs 3.14 and which Python generated the page: the build passes, and logs at
INFO what it left out. A mark that the running Python contradicts (`new in 3.14` on a 3.11
that has the object, or a 3.14 that lacks it) fails the strict build: it is a typo or a wrong
fact. The published site is built with `extra.python.published` of mkdocs.yml.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import platform
import re
import sys
from typing import NamedTuple

log = logging.getLogger("mkdocs.hooks.reference")
MARK = re.compile(r"^<!-- new in (\d+\.\d+): (?:(\w+) )?(https?://\S+) -->$")


class Mark(NamedTuple):
    """One `<!-- new in X.Y: [parameter] URL -->` line of an entry."""

    version: str  # "3.14"
    parameter: str | None  # None: the whole entry
    url: str
    line: int  # in the page's source


def running() -> str:
    """The Python running the build: "CPython 3.14.10"."""
    return f"{platform.python_implementation()} {platform.python_version()}"


def version_tuple(text: str) -> tuple[int, ...]:
    """(3, 14) from "3.14"."""
    return tuple(int(n) for n in text.split("."))


def lookup(ident: str):
    """The object `ident` names in the running Python, or None if it has none."""
    parts = ident.split(".")
    for i in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        try:
            for part in parts[i:]:
                obj = getattr(obj, part)
        except AttributeError:
            return None
        return obj
    return None


def has_parameter(obj, name: str) -> bool:
    """Whether the signature of `obj` in the running Python has this parameter."""
    try:
        return name in inspect.signature(obj).parameters
    except (TypeError, ValueError):
        return False


def source_label(mark: Mark) -> str:
    """The text of the mark's link, from where it points."""
    if "/whatsnew/" in mark.url:
        return f"What's New in Python {mark.version}"
    if "github.com/python/cpython" in mark.url:
        return "CPython's source"
    return "Python's documentation" if "docs.python.org" in mark.url else "source"


def admonition(kind: str, title: str, text: str) -> list[str]:
    """An admonition of one paragraph, as Markdown lines."""
    return [f'!!! {kind} "{title}"', "", f"    {text}", ""]


def render(ident: str, marks: list[Mark], where: str, published: str):
    """(whether the running Python has the entry, Markdown lines, what was left out)."""
    obj = lookup(ident)
    have = sys.version_info[:2]
    lines, left_out = [], []
    present = obj is not None or all(m.parameter for m in marks)  # else: a fallback
    for mark in marks:
        old_enough = have >= version_tuple(mark.version)
        what = f"`{mark.parameter}` of {ident}" if mark.parameter else ident
        exists = obj is not None and (
            not mark.parameter or has_parameter(obj, mark.parameter)
        )
        if exists != old_enough:
            log.error(
                f"{where}:{mark.line}: {what} is marked new in {mark.version}, but "
                f"{running()} {'has' if exists else 'does not have'} it; fix the mark"
            )
        link = f"[{source_label(mark)}]({mark.url})"
        title = f"New in Python {mark.version}" + (
            f": `{mark.parameter}`" if mark.parameter else ""
        )
        subject = (
            f"The `{mark.parameter}` parameter" if mark.parameter else "This entry"
        )
        if exists:
            text = (
                f"{subject} was added in Python {mark.version}; older versions lack it."
            )
            lines += admonition("info", title, f"{text} See {link}.")
            continue
        left_out.append(f"{what} (Python {mark.version}+)")
        if mark.parameter:
            text = f"whose signature above does not have `{mark.parameter}`."
        else:
            text = (
                f"which has no `{ident}`: its signature and docstring are missing here."
            )
        if version_tuple(published) >= version_tuple(mark.version):
            them = "it" if mark.parameter else "them"
            text += (
                f" The published site, generated from Python {published}, shows {them}."
            )
        text = (
            f"{subject} needs Python {mark.version}; this page was generated from "
            f"{running()}, {text} See {link}."
        )
        lines += admonition("note", title, text)
    return present, lines, left_out


def banner(published: str) -> list[str]:
    """Which Python generated the page, and which one generates the published site."""
    if platform.python_version().startswith(published + "."):
        published_text = f"The published site is generated from Python {published} too."
    else:
        published_text = (
            f"The published site is generated from Python {published}; where this one "
            "differs, the entries say so."
        )
    return [
        f'!!! info "Generated from {running()} on {platform.system() or sys.platform}"',
        "",
        "    The signatures and docstrings below were read by"
        " [mkdocstrings](https://mkdocstrings.github.io/python/) from the standard library of"
        f" {running()}, the Python that built this page. {published_text} The notes under"
        " each entry are ours; where a behaviour differs between Python versions, they say so.",
        "",
    ]

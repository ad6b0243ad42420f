"""The pages' prose: what a reader sees never talks about the test harness or loses its `_`s.

- Readers never see the hidden run blocks, so sentences about "the run line", `--vary` or "what
  the test accepts" mean nothing to them; CONTRIBUTING.md is the place for how the harness copes.
- Markdown reads `__name__` outside backticks as bold "name": such names go in backticks.
"""

import re

import pytest

from scripts import ROOT
from scripts.page_blocks import all_pages, fences

HARNESS = re.compile(
    r"--vary|--min-python|--max-python|--start-method-specific|--requires|run lines?\b"
    r"|run blocks?\b|\bthe tests?\b|tests? accepts?|test suite|harness|pytest|make outputs"
    r"|SNIPPET_\w+",
    re.IGNORECASE,
)
DUNDER = re.compile(r"(?<![\w`\\])__[A-Za-z]\w*__")  # __name__ outside code spans
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")


def prose(page):
    """(line, text) of what Markdown renders as text: no fences, comments or code spans."""
    text = page.read_text(encoding="utf-8")
    lines = text.splitlines()
    for fence in fences(text):
        for n in range(fence.start - 1, fence.end):
            lines[n] = ""
    text = "\n".join(lines)
    text = re.sub(
        r"<!--.*?-->", lambda m: "\n" * m.group().count("\n"), text, flags=re.S
    )
    for number, line in enumerate(text.splitlines(), 1):
        line = CODE_SPAN.sub("code", line)
        line = re.sub(
            r"\]\([^)\s]*\)|\{[:#.][^}]*\}", "", line
        )  # link targets, attributes
        yield number, line


def rel(page):
    return page.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("page", all_pages(), ids=rel)
def test_prose_does_not_talk_about_the_harness(page):
    found = [
        f"{rel(page)}:{n}: {m.group()!r} in {line.strip()[:90]!r}"
        for n, line in prose(page)
        for m in HARNESS.finditer(line)
    ]
    if found:
        pytest.fail(
            "\n".join(found)
            + "\n  Readers never see the run blocks: say what is true of "
            'the program instead ("PIDs differ on every run"); how the tests cope belongs '
            "in CONTRIBUTING.md",
            pytrace=False,
        )


@pytest.mark.parametrize("page", all_pages(), ids=rel)
def test_dunder_names_are_in_backticks(page):
    found = [
        f"{rel(page)}:{n}: {m.group()} renders as bold; write `{m.group()}`"
        for n, line in prose(page)
        for m in DUNDER.finditer(line)
    ]
    if found:
        pytest.fail("\n".join(found), pytrace=False)

"""Where each snippet is shown: `shown_in(config)` -> {snippet: [Section, ...]}.

A snippet is shown in the section of the tutorial page whose heading comes last before its
`--8<--` include line. Anchors are made by Python-Markdown's toc extension, exactly as the
build makes them (`{ #id }` attribute lists included), so the links cannot miss. Pages are read
through scripts/page_blocks.py, the one parser of the pages' blocks.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import NamedTuple

import markdown as md

from scripts import page_blocks as pages

log = logging.getLogger("mkdocs.hooks.reference")
REFERENCE = "reference/"


class Section(NamedTuple):
    """A section of a tutorial page that shows a snippet."""

    src: str  # the page, relative to docs/: "pool.md"
    page: str  # its title in the nav: "Pool"
    line: int  # the line of its heading
    title: str  # the heading as written, Markdown included
    anchor: str


def nav_titles(nav) -> dict[str, str]:
    """{"pool.md": "Pool", ...} from the `nav:` of mkdocs.yml, in the nav's order."""
    titles = {}
    for item in nav or []:
        if isinstance(item, dict):
            for title, value in item.items():
                if isinstance(value, str):
                    titles[value] = title
                else:
                    titles.update(nav_titles(value))
    return titles


def headings(page) -> list[tuple[int, str, str]]:
    """(line, title, anchor) of each heading of a page, outside fenced blocks."""
    text = page.read_text(encoding="utf-8")
    inside = {n for f in pages.fences(text) for n in range(f.start, f.end + 1)}
    found = [
        (number, line, m.group(2))
        for number, line in enumerate(text.splitlines(), 1)
        if number not in inside and (m := pages.HEADING.match(line))
    ]
    converter = md.Markdown(extensions=["toc", "attr_list"])
    converter.convert("\n\n".join(line for _, line, _ in found))

    def flat(tokens):
        for token in tokens:
            yield token["id"]
            yield from flat(token["children"])

    anchors = list(flat(converter.toc_tokens))
    if len(anchors) != len(found):
        log.error(
            f"{pages.relative(page)}:{found[0][0] if found else 1}: {len(found)} headings "
            f"but {len(anchors)} anchors; the examples lists cannot link to its sections"
        )
        return []
    return [
        (n, title, anchor) for (n, _, title), anchor in zip(found, anchors, strict=True)
    ]


def shown_in(config) -> dict[str, list[Section]]:
    """For each snippet, the tutorial sections that include it, in the nav's order."""
    titles = nav_titles(config.get("nav"))
    shown = defaultdict(list)
    for page in pages.all_pages():
        src = page.relative_to(pages.DOCS).as_posix()
        if src.startswith(REFERENCE):
            continue
        marks = headings(page)
        for line, path in pages.includes(page):
            before = [h for h in marks if h[0] < line]
            if before:
                number, title, anchor = before[-1]
                page_title = titles.get(src) or marks[0][1]
                shown[path].append(Section(src, page_title, number, title, anchor))
    return shown

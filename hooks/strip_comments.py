"""MkDocs hook: the pages' HTML comments, run blocks included, stay out of the built site.

A page hides its run blocks (the `python scripts/run_snippet.py ...` line that the tests run)
and the output of a "predict" question inside HTML comments, and marks its output blocks with
`<!--pytest-codeblocks:expected-output-->`. Readers never see any of it, yet Python-Markdown
keeps comments, and the fences inside them were highlighted like any code: every page shipped
its hidden blocks, highlighted, inside comments. This hook

1. drops those comments from the Markdown after every other hook has read it (priority -100),
   so they are neither highlighted nor sent: a comment that holds a fenced block, and the
   `pytest-codeblocks` markers;
2. drops every comment left in the page's HTML (priority -100, after the hooks that look for
   their own markers there, such as hooks/reference.py's `<!-- entry notes -->`).

The Markdown files themselves are untouched: pytest-codeblocks and scripts/page_blocks.py read
the run blocks from docs/, not from site/. Comments inside fenced code are code, and stay.
"""

from __future__ import annotations

import re

from mkdocs.plugins import event_priority

FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
MARKER = re.compile(r"^\s*<!--\s*pytest-codeblocks:[\w-]+\s*-->\s*$")
# In HTML a comment cannot sit inside code: the `<` of a literal `<!--` there is `&lt;`.
HTML_COMMENT = re.compile(r"<!--.*?-->\n?", re.S)


def strip(markdown: str) -> str:
    """The Markdown without its hidden blocks: comments that hold a fence, and the markers."""
    lines = markdown.split("\n")
    out, fence, i = [], None, 0
    while i < len(lines):
        line = lines[i]
        if fence is None and line.lstrip().startswith("<!--"):
            end = i
            while "-->" not in lines[end] and end + 1 < len(lines):
                end += 1
            block = lines[i : end + 1]
            if MARKER.match(line) or any(FENCE.match(text) for text in block):
                i = end + 1
                continue
        match = FENCE.match(line)
        if match:
            marker = match[1]
            if fence is None:
                fence = marker
            elif marker.startswith(fence) and not line.strip()[len(marker) :].strip():
                fence = None
        out.append(line)
        i += 1
    return "\n".join(out)


@event_priority(-100)
def on_page_markdown(markdown, page, **kwargs):
    """Drop the hidden blocks once every other hook has read them."""
    return strip(markdown)


@event_priority(-100)
def on_page_content(html, page, **kwargs):
    """Drop the comments left in the HTML."""
    return HTML_COMMENT.sub("", html)

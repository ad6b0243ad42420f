"""A page's Markdown, as the other hooks leave it, made a self-contained file for a language model.

- `{{ python.* }}` filled in (hooks/versions.py runs first), includes (`--8<--`) inlined;
- the hidden run blocks and every other HTML comment left out, and the inline charts (their
  numbers are in the output block above each one);
- admonitions as a bold title over their text; `{ #anchor }` attribute lists dropped;
- links made absolute: a page to its Markdown copy (`.../pool/index.md`), a section to its
  place on the site (`.../pool/#chunksize`); self-checks as written, `- [x]` marking the right
  choice;
- each `::: identifier` of a reference page left to llms_entries.py.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import urljoin

import llms_entries  # hooks/ is on sys.path while MkDocs loads a hook

from scripts.page_blocks import FENCE  # the one definition of a Markdown fence

INCLUDE = re.compile(r'^(\s*)--8<-- "([^"]+)"\s*$')
ADMONITION = re.compile(r'^(\s*)(?:!!!|\?\?\?\+?) +([\w-]+)(?: +"(.*)")?\s*$')
HEADING_ATTRS = re.compile(r"^(#{1,6} .*?)\s*\{:?[^}]*\}\s*$")
ATTR_LINE = re.compile(r"^\s*\{:?\s*[#.][^}]*\}\s*$")
LINK = re.compile(
    r"(!?)\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(([^()\s]+)((?:\s+\"[^\"]*\")?)\)"
)
AUTODOC = re.compile(r"^::: *([\w.]+) *$")


def md_uri(file) -> str:
    """Where a page's Markdown copy goes: pool/index.md for pool/index.html; "" for the home."""
    uri = Path(file.dest_uri).with_suffix(".md").as_posix()
    return "" if uri in (".", "./") else uri


def convert(markdown, page, files, config, entries, site) -> str:
    """A page's Markdown as a self-contained file for a language model."""
    lines = markdown.split("\n")
    out: list[str] = []
    fence = None  # the open fence's marker
    regions: list[int] = []  # indentation of each admonition the line is in
    i = 0
    while i < len(lines):
        raw = lines[i]
        i += 1
        indent = len(raw) - len(raw.lstrip())
        if raw.strip():
            while regions and indent <= regions[-1]:
                regions.pop()
        line = _dedent(raw, 4 * len(regions))
        if fence is None:
            if line.lstrip().startswith("<!--"):  # a comment: hidden blocks, markers
                while "-->" not in lines[i - 1] and i < len(lines):
                    i += 1
                continue
            if line.lstrip().startswith("<svg"):  # a chart drawn by hooks/charts.py
                continue
            if ATTR_LINE.match(line):
                continue
            if m := ADMONITION.match(raw):
                regions.append(indent)
                title = m[3] if m[3] is not None else m[2].capitalize()
                if title:
                    out.append(f"{line[: len(line) - len(line.lstrip())]}**{title}**")
                continue
            if m := AUTODOC.match(line):
                block = []
                while i < len(lines) and (
                    lines[i].startswith("    ") or not lines[i].strip()
                ):
                    if lines[i].strip() in (
                        "<!-- entry notes -->",
                        "<!-- /entry notes -->",
                    ):
                        break
                    block.append(lines[i])
                    i += 1
                out += llms_entries.autodoc(m[1], block, entries)
                continue
            if m := HEADING_ATTRS.match(line):
                line = m[1]
            line = LINK.sub(lambda m: _link(m, page, files, site), line)
        if m := FENCE.match(line):
            if fence is None:
                fence = m[2]
            elif m[2].startswith(fence) and not m[3].strip():
                fence = None
        elif fence is not None and (m := INCLUDE.match(line)):
            path = Path(config.config_file_path).parent / m[2]
            try:
                code = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
            except OSError:
                out.append(line)  # pymdownx.snippets reports it
                continue
            out += [f"{m[1]}{text}" if text else "" for text in code]
            continue
        if fence is None and not line.strip() and (not out or not out[-1].strip()):
            continue  # one blank line between blocks is enough, outside code
        out.append(line)
    return "\n".join(out).strip("\n") + "\n"


def _dedent(line: str, width: int) -> str:
    lead = len(line) - len(line.lstrip(" "))
    return line[min(lead, width) :]


def _link(match, page, files, site) -> str:
    """A relative link made absolute: pages to their Markdown copy, sections to the site."""
    bang, text, target, title = match.groups()
    if (
        bang
        or re.match(r"^[a-z][a-z0-9+.-]*:", target)
        or target.startswith(("#", "/"))
    ):
        return match[0]
    path, _, anchor = target.partition("#")
    src = posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), path))
    file = files.get_file_from_path(src)
    if file is None or not file.is_documentation_page():
        return match[0]  # MkDocs reports it
    url = (
        urljoin(site, file.url) + f"#{anchor}"
        if anchor
        else urljoin(site, md_uri(file))
    )
    return f"[{text}]({url}{title})"


def fenced_sub(pattern, replace, text: str) -> str:
    """pattern.sub outside fenced code blocks."""
    out, fence = [], None
    for line in text.split("\n"):
        m = FENCE.match(line)
        if m and fence is None:
            fence = m[2]
        elif m and m[2].startswith(fence) and not m[3].strip():
            fence = None
        elif fence is None:
            line = pattern.sub(replace, line)
        out.append(line)
    return "\n".join(out)

"""MkDocs hook for the API reference (docs/reference/): banner, entries, examples, search.

Each page under reference/ holds `::: identifier` entries, which mkdocstrings renders from the
standard library of the Python running the build, each followed by our notes. This hook

1. puts under the page title which Python generated the page, and which one generates the
   published site (`extra.python.published` in mkdocs.yml);
2. gives a method or property entry the heading `Class.member`, one level below its class
   (mkdocstrings would print only `member`), unless its block sets `heading:` itself;
3. turns `<!-- new in X.Y: ... -->` marks into notes, and renders an entry that the running
   Python does not have from its notes alone, under the same heading and anchor
   (reference_versions.py);
4. appends to each entry an "Examples in this guide" box: the tutorial sections
   (snippet_sections.py) whose snippets use the entry (snippet_uses.py). An entry without an
   example fails the strict build unless its notes say `<!-- examples: none -->`, and so does
   an entry that says so and has one, so the lists can neither go stale nor hide a typo;
5. moves each entry's notes into the entry's block of HTML, where search indexes them as part
   of the entry's section instead of the page's top.

Problems are logged with the page and line, so `mkdocs build --strict` fails on them;
reference_inventory.py cleans objects.inv, reference_griffe.py fixes signatures.
"""

from __future__ import annotations

import logging
import os
import platform
import re
import sys
from pathlib import Path

import reference_versions as versions  # hooks/ is on sys.path while MkDocs loads a hook
import snippet_sections
import snippet_uses

from scripts import page_blocks as pages

log = logging.getLogger("mkdocs.hooks.reference")
REFERENCE = "reference/"
NONE_MARK = "<!-- examples: none -->"
AUTODOC = re.compile(r"^::: *([\w.]+) *$")
NOTES, END_NOTES = "<!-- entry notes -->", "<!-- /entry notes -->"
MOVE_NOTES = re.compile(r"</div>\s*" + NOTES + r"(.*?)" + END_NOTES, re.S)
ATTR_LIST = re.compile(r"\s*\{[^}]*\}\s*$")
STATE = {}


def on_config(config, **kwargs):
    """The published build (deploy.yml sets PUBLISHED_BUILD=1) runs on extra.python.published."""
    published = str(config["extra"]["python"]["published"])
    if os.environ.get("PUBLISHED_BUILD") and not platform.python_version().startswith(
        published + "."
    ):
        log.error(
            f"mkdocs.yml: extra.python.published is {published}, but this published build "
            f"runs on {versions.running()}; build with Python {published}"
        )
    return config


def on_pre_build(config, **kwargs):
    """Read every snippet once per build (the dev server rebuilds when a snippet changes)."""
    STATE.update(uses={}, left_out=[], shown=snippet_sections.shown_in(config))
    STATE["order"] = {
        src: i for i, src in enumerate(snippet_sections.nav_titles(config["nav"]))
    }
    for path in pages.all_snippets():
        try:
            STATE["uses"][path] = snippet_uses.uses(pages.ROOT / path)
        except FileNotFoundError:  # deleted while the dev server rebuilds
            continue
        except SyntaxError as error:
            needs = {
                b.snippet: b.options.min_python for b in pages.all_run_blocks()
            }.get(path)
            if needs and sys.version_info[:2] < versions.version_tuple(needs):
                log.info(f"{path}: needs Python {needs}; its uses are not listed")
            else:
                log.error(f"{path}:{error.lineno}: cannot read it: {error.msg}")


def on_post_build(config, **kwargs):
    """Say at INFO what the running Python lacked (a local build on an older Python)."""
    if STATE.get("left_out"):
        log.info(
            f"reference: generated from {versions.running()}, which lacks "
            f"{'; '.join(STATE['left_out'])}: those entries show a note instead"
        )


def examples_for(ident):
    """[(section, [snippets])] of the tutorial sections whose snippets use `ident`."""
    grouped = {}
    for path, used in sorted(STATE["uses"].items()):
        if ident in used:
            for section in STATE["shown"].get(path, []):
                grouped.setdefault(section, []).append(path)
    order = STATE["order"]
    return sorted(
        grouped.items(), key=lambda g: (order.get(g[0].src, len(order)), g[0].line)
    )


def examples_box(found, page_src):
    """The collapsible "Examples in this guide" box of one entry, as Markdown lines."""
    up = "../" * page_src.count("/")
    items = [
        f"    - [{s.page} › {link_text(s.title)}]({up}{s.src}#{s.anchor}): "
        + ", ".join(f"`{f}`" for f in files)
        for s, files in found
    ]
    count = len({f for _, files in found for f in files})
    opener = "???+" if len(found) <= 3 else "???"  # open when short
    label = f"Examples in this guide: {count} snippet{'s' if count != 1 else ''}"
    return [f'{opener} example "{label}"', "", *items, ""]


def link_text(title):
    """A heading as link text: code spans kept (`__main__` stays whole), `{ #id }` dropped."""
    return ATTR_LIST.sub("", title)


def heading_options(ident, block):
    """Options for a member's `:::` block: heading `Class.member`, one level down."""
    parts = ident.split(".")
    if len(parts) < 3 or not parts[-2][:1].isupper():
        return {}
    text = "\n".join(block)
    extra = {}
    if "heading:" not in text:
        extra["heading"] = f"{parts[-2]}.{parts[-1]}"
    if "heading_level:" not in text:
        extra["heading_level"] = 3
    return extra


def autodoc(ident, block, extra):
    """The `:::` block with the options the hook adds."""
    if not extra:
        return [f"::: {ident}", *block]
    if not any(line.strip() == "options:" for line in block):
        block = ["    options:", *block]
    at = next(k for k, line in enumerate(block) if line.strip() == "options:") + 1
    return [
        f"::: {ident}",
        *block[:at],
        *(f"      {k}: {v}" for k, v in extra.items()),
        *block[at:],
    ]


def fallback_heading(ident, block, extra):
    """A Markdown heading with the entry's anchor, for an object the running Python lacks."""
    given = re.search(r"^\s*heading: *(.+?)\s*$", "\n".join(block), re.M)
    level = re.search(r"^\s*heading_level: *(\d)", "\n".join(block), re.M)
    title = given[1] if given else extra.get("heading", ident)
    depth = int(level[1]) if level else extra.get("heading_level", 2)
    return ["#" * depth + f" {title} {{ #{ident} }}"]


def entry(ident, line, block, body, where, published):
    """One entry as Markdown: its block (or fallback heading), notes and examples box."""
    marks = [
        versions.Mark(m[1], m[2], m[3], line + k)
        for k, text in enumerate(body, 1 + len(block))
        if (m := versions.MARK.match(text.strip()))
    ]
    notes = [text for text in body if not versions.MARK.match(text.strip())]
    present, version_notes, left_out = versions.render(ident, marks, where, published)
    STATE["left_out"] += left_out
    extra = heading_options(ident, block)
    found = examples_for(ident)
    marked = any(NONE_MARK in text for text in notes)
    if found and marked:
        log.error(f"{where}:{line}: {ident} is marked {NONE_MARK} but snippets use it")
    elif not found and not marked:
        log.error(
            f"{where}:{line}: no snippet uses {ident}; fix the name, write a snippet, or "
            f"say {NONE_MARK} in its notes"
        )
    while notes and not notes[-1].strip():
        notes.pop()
    while notes and not notes[0].strip():
        notes.pop(0)
    box = ["", *examples_box(found, where.removeprefix("docs/"))] if found else []
    if not present:
        head = fallback_heading(ident, block, extra)
        return [*head, "", *version_notes, *notes, *box, ""]
    head = [*autodoc(ident, block, extra), "", NOTES, ""]
    return [*head, *version_notes, *notes, *box, "", END_NOTES, ""]


def on_page_markdown(markdown, page, config, **kwargs):
    """Banner, entries and examples for the pages under reference/."""
    src = page.file.src_uri
    if not src.startswith(REFERENCE):
        return markdown
    where = f"docs/{src}"
    published = str(config["extra"]["python"]["published"])
    lines = markdown.splitlines()
    source = Path(page.file.abs_src_path).read_text(encoding="utf-8").splitlines()
    offset = len(source) - len(lines)  # the front matter that MkDocs took off
    fenced = {n for f in pages.fences(markdown) for n in range(f.start - 1, f.end)}
    out, current, titled = [], None, False  # current: [ident, line, block, body]

    def close():
        if current:
            out.extend(entry(*current, where, published))

    i = 0
    while i < len(lines):
        text = lines[i]
        m = AUTODOC.match(text)
        heading = i not in fenced and pages.HEADING.match(text)
        if heading and not titled:
            out.extend([text, "", *versions.banner(published)])
            titled = True
        elif m:
            close()
            j = i + 1
            while j < len(lines) and lines[j].startswith("    "):
                j += 1
            current = [m[1], i + 1 + offset, lines[i + 1 : j], []]
            i = j
            continue
        elif heading:
            close()
            current = None
            out.append(text)
        else:
            (current[3] if current else out).append(text)
        i += 1
    close()
    if not titled:
        log.error(f"{where}:1: no `# title` line to put the banner under")
    return "\n".join(out) + "\n"


def on_page_content(html, page, **kwargs):
    """Move each entry's notes inside the entry's HTML, so search indexes them with it."""
    if not page.file.src_uri.startswith(REFERENCE):
        return html
    expected = html.count(NOTES)
    html, moved = MOVE_NOTES.subn(lambda m: m[1] + "</div>", html)
    if moved != expected:
        log.error(
            f"docs/{page.file.src_uri}: the notes of {expected - moved} entries do not "
            "follow their entry's HTML; search would index them with the page's top"
        )
    return html

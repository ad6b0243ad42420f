"""MkDocs hook: /llms.txt, /llms-full.txt and a Markdown copy of each listed page, from Markdown.

`plugins: llmstxt:` in mkdocs.yml says what to write (https://llmstxt.org): the sections of
llms.txt, their pages and descriptions, the description, the name of the full file. The
mkdocs-llmstxt plugin would turn every page's HTML back into Markdown (BeautifulSoup,
markdownify, then mdformat), which took about 40% of the build and lost what the HTML had made
of the Markdown: the code of API links, which choice of a self-check is right, the titles of
admonitions. This hook keeps the plugin's configuration, and its check that `site_url` is set,
and does the writing itself, from each page's own Markdown as the other hooks leave it:

- `{{ python.* }}` filled in (hooks/versions.py runs first), includes (`--8<--`) inlined;
- the hidden run blocks and every other HTML comment left out, and the inline charts (their
  numbers are in the output block above each one);
- admonitions as a bold title over their text; `{ #anchor }` attribute lists dropped;
- links made absolute: a page to its Markdown copy (`.../pool/index.md`), a section to its
  place on the site (`.../pool/#chunksize`), an API link (`[x][multiprocessing.Pool.map]`) to
  the reference entry; self-checks as written, `- [x]` marking the right choice;
- on reference pages, each `::: identifier` becomes its heading, signature and docstring as
  mkdocstrings collected them, then the notes and examples that hooks/reference.py added.

It must come after hooks/reference.py and before hooks/quiz.py in `hooks:`; it says so, failing
the strict build, when the order is wrong. A listed page that does not exist fails the strict
build too, as it did with the plugin.
"""

from __future__ import annotations

import fnmatch
import logging
import posixpath
import re
from pathlib import Path
from urllib.parse import urljoin

import yaml

log = logging.getLogger("mkdocs.hooks.llms")

PLUGIN = "llmstxt"
FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})(.*)$")
INCLUDE = re.compile(r'^(\s*)--8<-- "([^"]+)"\s*$')
ADMONITION = re.compile(r'^(\s*)(?:!!!|\?\?\?\+?) +([\w-]+)(?: +"(.*)")?\s*$')
HEADING_ATTRS = re.compile(r"^(#{1,6} .*?)\s*\{:?[^}]*\}\s*$")
ATTR_LINE = re.compile(r"^\s*\{:?\s*[#.][^}]*\}\s*$")
LINK = re.compile(
    r"(!?)\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(([^()\s]+)((?:\s+\"[^\"]*\")?)\)"
)
AUTOREF = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\[([\w.]+)\]")
AUTODOC = re.compile(r"^::: *([\w.]+) *$")
ENTRY = "\x00entry {}\x00"
ENTRY_MARK = re.compile("\x00entry ([\\w.]+)\x00")
QUIZ_MARK = "data-quiz-mark"

_sections: dict[str, dict[str, str]] = {}  # section -> {src_uri: description}
_pages: dict[str, dict] = {}  # src_uri -> title, path, url, markdown
_entries: dict[str, dict[str, dict]] = {}  # src_uri -> identifier -> local options
_dirty: list[bool] = []


def _plugin(config):
    return config.plugins.get(PLUGIN)


def on_config(config):
    """Take over the plugin's writing; keep its configuration (and its own checks)."""
    plugin = _plugin(config)
    if plugin is None:
        log.error(f"hooks/llms.py: mkdocs.yml has no `plugins: - {PLUGIN}:` to read")
        return config
    for event in ("page_content", "post_build"):
        config.plugins.events[event] = [
            method
            for method in config.plugins.events[event]
            if getattr(method, "__self__", None) is not plugin
        ]
    return config


def on_startup(command, dirty):
    """`mkdocs serve --dirty` renders only the changed pages: keep the others' copies."""
    _dirty[:] = [command == "serve" and dirty]


def on_files(files, config):
    """Expand the sections' globs over the files, in the order the plugin did."""
    _sections.clear()
    if not any(_dirty):
        _pages.clear()
        _entries.clear()
    plugin = _plugin(config)
    if plugin is None:
        return files
    uris = list(files.src_uris)
    for name, items in plugin.config.sections.items():
        expanded = {}
        for item in items:
            src, description = (
                next(iter(item.items())) if isinstance(item, dict) else (item, "")
            )
            for match in fnmatch.filter(uris, src) if "*" in src else [src]:
                expanded[match] = description or ""
        _sections[name] = expanded
    return files


def _listed(src: str) -> bool:
    return any(src in pages for pages in _sections.values())


def on_page_markdown(markdown, page, config, files, **kwargs):
    """Make the Markdown copy of a listed page (API links and entries resolved later)."""
    src = page.file.src_uri
    if not _listed(src):
        return markdown
    if QUIZ_MARK in markdown:
        log.error(
            "hooks/llms.py must come before hooks/quiz.py in `hooks:` of mkdocs.yml: "
            f"docs/{src} already has its self-checks turned into HTML"
        )
    entries = _entries.setdefault(src, {})
    text = convert(markdown, page, files, config, entries)
    site = _site_url(config)
    _pages[src] = {
        "title": str(page.title) if page.title is not None else src,
        "path": Path(page.file.abs_dest_path).with_suffix(".md"),
        "url": urljoin(site, _md_uri(page.file)),
        "markdown": text,
    }
    return markdown


def on_page_content(html, page, config, **kwargs):
    """Fill in the reference entries, now that mkdocstrings has collected them."""
    src = page.file.src_uri
    if not _entries.get(src) or src not in _pages:
        return html
    handler = config.plugins["mkdocstrings"].handlers.get_handler("python")
    found = {}
    for ident, local in _entries[src].items():
        try:
            found[ident] = entry_markdown(
                handler.collect(ident, handler.get_options(local))
            )
        except Exception as error:  # noqa: BLE001 (mkdocstrings has reported it already)
            log.error(f"hooks/llms.py: docs/{src}: {ident}: {error}")
            found[ident] = ""
    _pages[src]["markdown"] = ENTRY_MARK.sub(
        lambda m: found.get(m[1], ""), _pages[src]["markdown"]
    )
    return html


def on_post_build(config):
    """Resolve the API links, then write llms.txt, llms-full.txt and each page's copy."""
    plugin = _plugin(config)
    if plugin is None:
        return
    autorefs = config.plugins.get("autorefs")
    site = _site_url(config)

    def autoref(match):
        try:
            url, _ = autorefs.get_item_url(match[2])
        except (KeyError, AttributeError):
            return match[0]  # autorefs reports it
        return f"[{match[1]}]({urljoin(site, url)})"

    head = f"# {config.site_name}\n\n"
    if config.site_description is not None:
        head += f"> {config.site_description}\n\n"
    if plugin.config.markdown_description is not None:
        head += f"{plugin.config.markdown_description}\n\n"
    index, full = head, head
    for name, pages in _sections.items():
        index += f"## {name}\n\n"
        texts = []
        for src, description in pages.items():
            if src not in _pages:
                log.warning(
                    f"Page URI '{src}' not found in the generated pages. Skipping."
                )
                continue
            page = _pages[src]
            text = _fenced_sub(AUTOREF, autoref, page["markdown"])
            page["path"].parent.mkdir(parents=True, exist_ok=True)
            page["path"].write_text(text, encoding="utf-8")
            texts.append(text)
            index += f"- [{page['title']}]({page['url']})"
            index += f": {description}\n" if description else "\n"
        index += "\n"
        full += f"# {name}\n\n" + "\n".join(texts)
    Path(config.site_dir, "llms.txt").write_text(index, encoding="utf-8")
    if plugin.config.full_output is not None:
        Path(config.site_dir, plugin.config.full_output).write_text(
            full, encoding="utf-8"
        )


# --- Markdown to Markdown --------------------------------------------------------------------


def _site_url(config) -> str:
    plugin = _plugin(config)
    base = (plugin.config.base_url if plugin else None) or config.site_url or ""
    return base if base.endswith("/") else base + "/"


def _md_uri(file) -> str:
    """Where a page's Markdown copy goes: pool/index.md for pool/index.html; "" for the home."""
    uri = Path(file.dest_uri).with_suffix(".md").as_posix()
    return "" if uri in (".", "./") else uri


def convert(markdown, page, files, config, entries) -> str:
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
                out += _autodoc(m[1], block, entries)
                continue
            if m := HEADING_ATTRS.match(line):
                line = m[1]
            line = LINK.sub(lambda m: _link(m, page, files, config), line)
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


def _link(match, page, files, config) -> str:
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
    site = _site_url(config)
    url = (
        urljoin(site, file.url) + f"#{anchor}"
        if anchor
        else urljoin(site, _md_uri(file))
    )
    return f"[{text}]({url}{title})"


def _fenced_sub(pattern, replace, text: str) -> str:
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


def _autodoc(ident: str, block: list[str], entries) -> list[str]:
    """A `::: identifier` block: its heading now, its signature and docstring later."""
    text = "\n".join(block).strip()
    options = (yaml.safe_load(text) or {}).get("options", {}) if text else {}
    entries[ident] = options
    level = int(options.get("heading_level", 2))
    title = options.get("heading", ident)
    return ["#" * level + f" {title}", "", ENTRY.format(ident), ""]


def entry_markdown(obj) -> str:
    """An object's signature (a code block) and docstring, as mkdocstrings collected them."""
    target = obj.final_target if obj.is_alias else obj
    init = None
    if target.is_class:
        init = target.all_members.get("__init__")
        init = init.final_target if init is not None and init.is_alias else init
        signature = (
            init.signature(name=target.name, return_type=False)
            if init is not None and init.is_function
            else f"{target.name}()"
        )
    elif target.is_function:
        signature = target.signature(name=target.name)
    else:
        signature = target.name
    parts = [f"```python\n{signature}\n```"]
    docstring = obj.docstring or target.docstring
    if docstring is None and target.is_class and init is not None:
        docstring = init.docstring  # merge_init_into_class, as mkdocs.yml asks
    if docstring is not None and docstring.value.strip():
        parts += [_section(section) for section in docstring.parsed]
    return "\n\n".join(part for part in parts if part)


def _section(section) -> str:
    """One section of a parsed docstring, as mkdocstrings lists it (docstring_section_style)."""
    kind = section.kind.value
    if kind == "text":
        return section.value.strip()
    if kind == "admonition":
        return f"**{section.title or ''}**\n\n{section.value.description}".strip()
    if not isinstance(section.value, list):
        return f"{kind.capitalize()}:\n\n{section.value}"
    items = []
    for item in section.value:
        name = getattr(item, "name", "") or ""
        label = (
            f"**`{name}`**"
            if name
            else (f"`{item.annotation}`" if item.annotation else "")
        )
        text = " ".join(str(item.description).split())
        items.append(f"- {label} – {text}" if label else f"- {text}")
    return f"{kind.capitalize()}:\n\n" + "\n".join(items)

"""MkDocs hook: /llms.txt, /llms-full.txt and a Markdown copy of each listed page, from Markdown.

`plugins: llmstxt:` in mkdocs.yml says what to write (https://llmstxt.org): the sections of
llms.txt, their pages and descriptions, the description, the name of the full file. The
mkdocs-llmstxt plugin would turn every page's HTML back into Markdown (BeautifulSoup,
markdownify, then mdformat), which took about 40% of the build and lost what the HTML had made
of the Markdown: the code of API links, which choice of a self-check is right, the titles of
admonitions. This hook keeps the plugin's configuration, and its check that `site_url` is set,
and does the writing itself, from each page's own Markdown as the other hooks leave it
(llms_markdown.py, and llms_entries.py for the reference entries). An API link
(`[x][multiprocessing.Pool.map]`) becomes a link to its entry after the build, when autorefs
knows every entry's address.

It must come after hooks/reference.py and before hooks/quiz.py in `hooks:`; it says so, failing
the strict build, when the order is wrong. A listed page that does not exist fails the strict
build too, as it did with the plugin.
"""

from __future__ import annotations

import fnmatch
import logging
import re
from pathlib import Path
from urllib.parse import urljoin

import llms_entries  # hooks/ is on sys.path while MkDocs loads a hook
import llms_markdown

log = logging.getLogger("mkdocs.hooks.llms")

PLUGIN = "llmstxt"
AUTOREF = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\[([\w.]+)\]")
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
    site = _site_url(config)
    text = llms_markdown.convert(markdown, page, files, config, entries, site)
    _pages[src] = {
        "title": str(page.title) if page.title is not None else src,
        "path": Path(page.file.abs_dest_path).with_suffix(".md"),
        "url": urljoin(site, llms_markdown.md_uri(page.file)),
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
            found[ident] = llms_entries.entry_markdown(
                handler.collect(ident, handler.get_options(local))
            )
        except Exception as error:  # noqa: BLE001 (mkdocstrings has reported it already)
            log.error(f"hooks/llms.py: docs/{src}: {ident}: {error}")
            found[ident] = ""
    _pages[src]["markdown"] = llms_entries.ENTRY_MARK.sub(
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
            text = llms_markdown.fenced_sub(AUTOREF, autoref, page["markdown"])
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


def _site_url(config) -> str:
    plugin = _plugin(config)
    base = (plugin.config.base_url if plugin else None) or config.site_url or ""
    return base if base.endswith("/") else base + "/"

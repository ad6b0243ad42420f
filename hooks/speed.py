"""MkDocs hook: the same site, built with less work. Nothing here changes what is written.

1. **Line numbers of the standard library, looked up once.** Griffe asks inspect where each of
   about 1,000 objects of the standard library starts and ends, which was a third of the
   build; speed_linenos.py answers from a table of each module's classes and from the last
   build's answers.
2. **Search reads code as text.** Material's search plugin parses each page's HTML tag by tag
   and keeps of a code block only its text; three quarters of the tags are Pygments' `<span>`s.
   Its handler is wrapped so that it reads each `<pre>` reduced to that text, and the
   highlighted blocks go back into the page afterwards, in order: the index is byte for byte
   the same (tests/test_build.py builds it both ways), the parsing a quarter.
3. **Templates compiled once.** The theme's and mkdocstrings' Jinja templates (about 80) are
   compiled on every build; their bytecode is kept in `.cache/jinja/` (Jinja's own
   FileSystemBytecodeCache, keyed by each template's source, per Python version), so only a
   changed template is compiled again.
4. **Highlighted code kept.** Pygments colours about 450 code blocks per build, the same ones
   every time. Each block's HTML is kept in `.cache/highlight.json`, keyed by its code, its
   language, every setting of the highlighter and the versions of pymdown-extensions and
   Pygments; a block with a new key, or whose settings cannot be written down exactly, is
   highlighted as before. Only whole blocks are kept (inline code and HTML titles touch the
   page being built).

The files under `.cache/` hold what the last build used, nothing older (speed_kept.py); delete
them at will (the next build is then about a second slower). Each part checks that what it
replaces is where it expects, and logs an error otherwise, so an upgrade cannot switch it off
unnoticed.
"""

from __future__ import annotations

import hashlib
import html
import inspect
import json
import logging
import re
import sys
from importlib.metadata import version
from pathlib import Path

import jinja2
import speed_kept  # hooks/ is on sys.path while MkDocs loads a hook
from pymdownx import highlight as pymdownx_highlight
from speed_linenos import BLOCKS, _findsource, _getblock, findsource, getblock

log = logging.getLogger("mkdocs.hooks.speed")


# --- 1. line numbers of the standard library (speed_linenos.py) ------------------------------

findsource.original, getblock.original = _findsource, _getblock
inspect.findsource, inspect.getblock = findsource, getblock


# --- 2. search reads code as text ------------------------------------------------------------

PRE = re.compile(r"<pre\b[^>]*>.*?</pre>", re.S)
TAG = re.compile(r"<[^>]+>")


def plain(block: str) -> str:
    """A <pre> block as the search plugin reads it: its text, in one <code>."""
    text = html.escape(html.unescape(TAG.sub("", block)), quote=False)
    return f"<pre><code>{text}</code></pre>"


def _reads_code_as_text(index):
    """The search plugin's on_page_context, given each <pre> block as its text."""

    def on_page_context(context, page, config, nav):
        blocks = PRE.findall(page.content or "")
        if not blocks:
            return index(context, page=page, config=config, nav=nav)
        page.content = PRE.sub(lambda m: plain(m[0]), page.content)
        try:
            return index(context, page=page, config=config, nav=nav)
        finally:
            found = iter(blocks)
            page.content, count = PRE.subn(lambda m: next(found), page.content)
            if count != len(blocks):
                log.error(
                    f"docs/{page.file.src_uri}: {len(blocks)} code blocks went to the "
                    f"search plugin and {count} came back (hooks/speed.py)"
                )

    on_page_context.wrapped = index
    return on_page_context


def on_config(config):
    """Wrap the search plugin's page handler."""
    search = config.plugins.get("material/search")
    handlers = config.plugins.events["page_context"]
    at = [k for k, m in enumerate(handlers) if getattr(m, "__self__", None) is search]
    if search is None or len(at) != 1:
        log.error("hooks/speed.py: no handler of Material's search plugin to wrap")
    else:
        handlers[at[0]] = _reads_code_as_text(handlers[at[0]])
    return config


# --- 3. templates compiled once --------------------------------------------------------------


def _templates(config) -> jinja2.BytecodeCache:
    python = f"py{sys.version_info[0]}.{sys.version_info[1]}"
    folder = Path(config.config_file_path).parent / ".cache" / "jinja" / python
    folder.mkdir(parents=True, exist_ok=True)
    return jinja2.FileSystemBytecodeCache(str(folder))


def on_pre_build(config):
    """The templates of mkdocstrings (its handler renders while pages are converted)."""
    plugin = config.plugins.get("mkdocstrings")
    if plugin is None:
        return
    handler = plugin.handlers.get_handler("python")
    if not isinstance(getattr(handler, "env", None), jinja2.Environment):
        log.error(
            "hooks/speed.py: mkdocstrings' python handler has no Jinja `env` to cache"
        )
        return
    handler.env.bytecode_cache = _templates(config)


def on_env(env, config, files):
    """The theme's templates."""
    env.bytecode_cache = _templates(config)
    return env


# --- 4. highlighted code kept ----------------------------------------------------------------

_highlight = getattr(
    pymdownx_highlight.Highlight.highlight,
    "original",
    pymdownx_highlight.Highlight.highlight,
)
HIGHLIGHTED = speed_kept.Kept(
    "highlight", [version("pymdown-extensions"), version("Pygments")]
)


def _key(highlighter, args, kwargs) -> str | None:
    """The key of one call: its arguments and the highlighter's settings; None: do not keep."""
    if kwargs.get("inline") or getattr(highlighter, "title_mode", "text") != "text":
        return None
    settings = {k: v for k, v in vars(highlighter).items() if k != "md"}
    try:
        text = json.dumps([settings, args, kwargs], sort_keys=True)
    except (TypeError, ValueError):
        return None  # a setting JSON cannot write down exactly: no guessing
    return hashlib.sha256(text.encode()).hexdigest()


def _kept_highlight(self, *args, **kwargs):
    key = _key(self, args, kwargs) if HIGHLIGHTED.path is not None else None
    if key is None:
        return _highlight(self, *args, **kwargs)
    html_code = HIGHLIGHTED.get(key, lambda: _highlight(self, *args, **kwargs))
    if not isinstance(html_code, str):  # not a block after all: never kept
        HIGHLIGHTED.used.pop(key)
    return html_code


_kept_highlight.original = _highlight
pymdownx_highlight.Highlight.highlight = _kept_highlight


def on_files(files, config):
    """Read what the last build kept."""
    BLOCKS.open(config)
    HIGHLIGHTED.open(config)
    return files


def on_post_build(config):
    """Keep what this build used, for the next."""
    BLOCKS.save()
    HIGHLIGHTED.save()

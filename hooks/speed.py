"""MkDocs hook: the same site, built with less work. Nothing here changes what is written.

1. **Line numbers of the standard library, looked up once.** mkdocstrings inspects the
   standard library (`force_inspection: true`) and Griffe asks `inspect.getsourcelines()`
   where each of about 1,000 objects starts and ends; that was a third of the build.
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

The files under `.cache/` hold what the last build used, nothing older; delete them at will (the
next build is then about a second slower). Each part checks that what it replaces is where it
expects, and logs an error otherwise, so an upgrade cannot switch it off unnoticed.
"""

from __future__ import annotations

import hashlib
import html
import inspect
import json
import logging
import os
import platform
import re
import sys
import types
from importlib.metadata import version
from pathlib import Path

import jinja2
from pymdownx import highlight as pymdownx_highlight

log = logging.getLogger("mkdocs.hooks.speed")


class Kept:
    """What one kind of work produced last build, by key, in .cache/NAME.json."""

    def __init__(self, name: str, tag):  # noqa: D107
        self.name, self.tag = name, tag
        self.path: Path | None = None
        self.known: dict = {}  # read from the last build
        self.used: dict = {}  # this build's

    def open(self, config) -> None:
        """Read what the last build kept, if it was made with the same tag."""
        self.path = (
            Path(config.config_file_path).parent / ".cache" / f"{self.name}.json"
        )
        self.known, self.used = {}, {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("tag") == self.tag:
                self.known = data["kept"]
        except (OSError, ValueError, KeyError, AttributeError):
            pass

    def get(self, key, compute):
        """The kept answer for key, else compute(); kept for the next build either way."""
        if key not in self.used:
            found = self.known.get(key)
            self.used[key] = compute() if found is None else found
        return self.used[key]

    def save(self) -> None:
        """Write what this build used, if it differs from what was read."""
        if self.path is None or self.used == self.known:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
        data = {"tag": self.tag, "kept": self.used}
        temporary.write_text(json.dumps(data), encoding="utf-8")
        os.replace(temporary, self.path)  # whole, even with two builds at once


# --- 1. line numbers of the standard library -------------------------------------------------

# The functions of the standard library, even if another copy of this hook replaced them.
_findsource = getattr(inspect.findsource, "original", inspect.findsource)
_getblock = getattr(inspect.getblock, "original", inspect.getblock)
# (file, mtime) -> {qualname: line}; id(lines) -> (lines, "file|size|mtime"); and the lines
# and line of findsource's last answer, which getsourcelines hands to getblock at once.
_classes: dict[tuple[str, int], dict[str, int] | None] = {}
_files: dict[int, tuple[list[str], str]] = {}
_last: list[tuple[list[str], int]] = []
BLOCKS = Kept("linenos", platform.python_version())


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
HIGHLIGHTED = Kept("highlight", [version("pymdown-extensions"), version("Pygments")])


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

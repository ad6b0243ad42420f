"""MkDocs hook: `mkdocs serve --dirty` (`make serve`) shows an edit within a second, correctly.

A dirty rebuild renders only the pages whose Markdown changed since they were last written;
the full build runs once, when the server starts. Three things would go wrong with MkDocs' own
rule, and this hook puts them right. It does nothing in `mkdocs build` or in a full rebuild.

1. API links. autorefs learns where `multiprocessing.pool.Pool.map` lives while it renders the
   reference pages, which a dirty rebuild skips: every `[map()][multiprocessing.pool.Pool.map]`
   of the edited page would be left unresolved. The address of every identifier autorefs is
   told about is noted, and given back to it in the next rebuild for those it did not see.
2. Snippets. Editing `snippets/pool/map.py` changes no page's Markdown, so nothing would be
   rebuilt: a page whose included files (`--8<--`) are newer than its HTML is rebuilt too.
3. Configuration and hooks. A change to mkdocs.yml or to a file under hooks/ can change every
   page: then every page is rebuilt.

And two things are made faster. hooks/reference.py reads every snippet's API uses (`ast`)
before each build, half of a dirty rebuild: in dirty rebuilds its `snippet_uses.uses(path)`
answers from memory for a file whose size and mtime have not changed (the answer is a function
of the file alone). And MkDocs looks for changed files every 0.5 s, then waits 0.1 s for more:
this server looks every 0.1 s (a few hundred `stat` calls) and waits 0.02 s.

`make test` builds with `--strict` from scratch, so every check still runs there.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import time
from pathlib import Path

from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.serve")

INCLUDE = re.compile(r'^\s*--8<-- "([^"]+)"\s*$', re.M)
_state = {"dirty": False, "built": 0.0}
_urls: dict[str, str] = {}  # identifier -> site-relative URL, from the last build
_seen: set[str] = set()  # identifiers autorefs registered in this build


def on_startup(command, dirty):
    """Note whether rebuilds are dirty (`mkdocs serve --dirty`); remember snippets' uses."""
    _state["dirty"] = command == "serve" and dirty
    uses = getattr(sys.modules.get("snippet_uses"), "uses", None)
    if _state["dirty"] and uses is not None:
        sys.modules["snippet_uses"].uses = _remembered(uses)


def _remembered(uses):
    known: dict[str, tuple[tuple[int, int], set[str]]] = {}

    def remembered(path):
        stat = os.stat(path)  # FileNotFoundError as before, for a deleted snippet
        key = (stat.st_size, stat.st_mtime_ns)
        if known.get(str(path), (None,))[0] != key:
            known[str(path)] = (key, uses(path))
        return set(known[str(path)][1])

    return remembered


def on_config(config):
    """In dirty rebuilds, note each identifier autorefs registers, with its address."""
    _seen.clear()
    autorefs = config.plugins.get("autorefs")
    if not _state["dirty"] or autorefs is None:
        return config
    register = autorefs.register_anchor

    def noted(page, identifier, anchor=None, **kwargs):
        # autorefs' own rule for the address: the page's URL and the anchor
        url = f"{getattr(page, 'url', page)}#{anchor or identifier}"
        if identifier not in _seen or kwargs.get("primary", True):
            _urls[identifier] = url
        _seen.add(identifier)
        return register(page, identifier, anchor, **kwargs)

    autorefs.register_anchor = noted
    return config


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def on_files(files, config):
    """In a dirty rebuild, also rebuild the pages the rule would miss."""
    if not _state["dirty"] or not _state["built"]:
        return files
    root = Path(config.config_file_path).parent
    changed = [root / "mkdocs.yml", *sorted((root / "hooks").glob("*.py"))]
    everything = any(_mtime(path) > _state["built"] for path in changed)
    for file in files.documentation_pages():
        if file.is_modified():
            continue
        if not everything:
            text = Path(file.abs_src_path).read_text(encoding="utf-8")
            written = _mtime(Path(file.abs_dest_path))
            if not any(_mtime(root / p) > written for p in INCLUDE.findall(text)):
                continue
        file.is_modified = lambda: (
            True
        )  # this File only: MkDocs asks it before rendering
    return files


POLL, SETTLE = 0.1, 0.02  # seconds; MkDocs' own are 0.5 and 0.1


def on_serve(server, config, builder):
    """Look for changes more often (watchdog's polling observer and its emitters)."""
    if not _state["dirty"]:
        return server
    server.build_delay = SETTLE
    observer = getattr(server, "observer", None)
    for holder in [observer, *getattr(observer, "emitters", ())]:
        if holder is not None and hasattr(holder, "_timeout"):
            holder._timeout = POLL  # watchdog keeps it there; read at every poll
    return server


def on_pre_build(config):
    """The time this build started: what is newer was changed during or after it."""
    _state["next"] = time.time()


@event_priority(0)  # before autorefs resolves the links (its priority is -50)
def on_env(env, config, files):
    """Give autorefs back the addresses it did not see in this (dirty) build."""
    autorefs = config.plugins.get("autorefs")
    if _state["dirty"] and autorefs is not None:
        for identifier, url in _urls.items():
            if identifier not in _seen:
                autorefs.register_url(identifier, url)
    return env


def on_post_build(config):
    """Rebuilds after this one look for files changed since it started."""
    _state["built"] = _state.get("next", time.time())

"""The API reference (docs/reference/, hooks/reference.py and its helpers), built with any Python.

- What the snippets use (hooks/snippet_uses.py): uses it must find, and uses it must not invent.
- The hook, run in this process on every reference page: no problem logged; with a Python
  older than 3.14 it renders the 3.14 entries from their notes and logs at INFO what it left
  out; with 3.14 it renders them from the standard library, marked "New in Python 3.14"; a mark
  that the running Python contradicts, or an entry without an example, is an error.
- The built site (site/, or SITE_DIR): the four APIs that 3.14 added have entries with their
  3.14 signatures when it was built with 3.14, and a note saying what they need otherwise;
  each entry's notes are indexed for search with the entry, not with the page's top.

A site built with the 3.14 toolchain (the published one; scripts/pythons.py makes it) is checked
with
    PYTHONPATH=$PWD ~/.cache/multiprocessing-guide/bin/toolchain-3.14 -m mkdocs build \
        --strict -d /tmp/site-3.14
    SITE_DIR=/tmp/site-3.14 .venv/bin/pytest -n 0 tests/test_reference.py
"""

from __future__ import annotations

import json
import logging
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.config import load_config

from scripts.page_blocks import DOCS, ROOT, SITE

sys.path.append(str(ROOT / "hooks"))  # as MkDocs does while it loads a hook
import reference  # noqa: E402
import snippet_uses  # noqa: E402

CONFIG = load_config(str(ROOT / "mkdocs.yml"))
PUBLISHED = str(CONFIG["extra"]["python"]["published"])
NEW_IN_314 = {  # entry -> what its 3.14 signature shows
    "multiprocessing.Process.interrupt": "interrupt()",
    "concurrent.futures.ProcessPoolExecutor.terminate_workers": "terminate_workers()",
    "concurrent.futures.ProcessPoolExecutor.kill_workers": "kill_workers()",
    "concurrent.futures.ProcessPoolExecutor.map": "buffersize=None",
}
PAGE_OF = {
    "multiprocessing.Process.interrupt": "process",
    "concurrent.futures.ProcessPoolExecutor.terminate_workers": "pool",
    "concurrent.futures.ProcessPoolExecutor.kill_workers": "pool",
    "concurrent.futures.ProcessPoolExecutor.map": "pool",
}
OLD = sys.version_info < (3, 14)
RUNNING = f"{sys.version_info[0]}.{sys.version_info[1]}"


def uses(tmp_path, source: str) -> set[str]:
    path = tmp_path / "snippet.py"
    path.write_text(source)
    return snippet_uses.uses(path)


# --- What the snippets use -----------------------------------------------------------------


def test_uses_follow_names_containers_and_arguments(tmp_path):
    found = uses(
        tmp_path,
        """
import multiprocessing as mp
from multiprocessing import Pipe, Process

def worker(inbox, conn):
    conn.send(inbox.get())

if __name__ == "__main__":
    procs = []
    q = mp.Queue()
    r, w = Pipe(duplex=False)
    procs.append(Process(target=worker, args=(q, w), daemon=True))
    procs[-1].start()
    for p in procs:
        p.join()
    for how in ("interrupt", "kill"):
        getattr(procs[0], how)()
    ctx = mp.get_context("spawn")
    with ctx.Pool(2) as pool:
        pool.apply_async(print).get(timeout=1)
""",
    )
    expected = {
        "multiprocessing.Process.start",  # procs.append(...), then procs[-1]
        "multiprocessing.Process.join",  # for p in procs
        "multiprocessing.Process.daemon",  # a constructor keyword
        "multiprocessing.Process.interrupt",  # getattr over a loop's strings
        "multiprocessing.Process.kill",
        "multiprocessing.queues.Queue.get",  # through Process(args=...) into worker()
        "multiprocessing.connection.Connection.send",
        "multiprocessing.Pipe",
        "multiprocessing.pool.Pool.apply_async",  # a context offers the module's API
        "multiprocessing.pool.AsyncResult.get",
    }
    assert expected <= found, sorted(expected - found)


def test_uses_are_not_invented(tmp_path):
    found = uses(
        tmp_path,
        """
import os
import queue
from multiprocessing import Manager, Process

def f(q):
    q.put(os.cpu_count())
    q.close()

if __name__ == "__main__":
    with Manager() as manager:
        q = manager.Queue()
        local = queue.Queue()
        local.put(1)
        p = Process(target=f, args=(q,))
""",
    )
    invented = found & {
        "multiprocessing.cpu_count",  # os.cpu_count()
        "multiprocessing.queues.Queue",  # a manager's queue and queue.Queue are others
        "multiprocessing.queues.Queue.put",
        "multiprocessing.Process.close",  # q.close(), not p.close()
    }
    assert not invented, sorted(invented)


@pytest.mark.parametrize(
    "snippet, ident",
    [
        ("snippets/process/interrupt.py", "multiprocessing.Process.interrupt"),
        (
            "snippets/pool/terminate_workers.py",
            "concurrent.futures.ProcessPoolExecutor.terminate_workers",
        ),
        (
            "snippets/pool/terminate_workers.py",
            "concurrent.futures.ProcessPoolExecutor.kill_workers",
        ),
        (
            "snippets/pool/executor_map_buffersize.py",
            "concurrent.futures.ProcessPoolExecutor.map",
        ),
    ],
)
def test_snippets_of_314_apis_are_their_entries_examples(snippet, ident):
    """They run only on 3.14+ (--min-python), but their uses count whatever builds."""
    if not (ROOT / snippet).is_file():
        pytest.skip(f"{snippet} is not written yet")
    assert ident in snippet_uses.uses(ROOT / snippet)


# --- The hook on the reference pages, in this process -------------------------------------


def render(path: Path, markdown: str | None = None) -> str:
    src = path.relative_to(DOCS).as_posix()
    page = SimpleNamespace(file=SimpleNamespace(src_uri=src, abs_src_path=str(path)))
    text = path.read_text(encoding="utf-8") if markdown is None else markdown
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)  # as MkDocs takes it off
    return reference.on_page_markdown(text, page, CONFIG)


@pytest.fixture(scope="module")
def rendered():
    """Every reference page through the hook, with what the hook logged."""
    records = []
    handler = logging.Handler()
    handler.emit = records.append
    logger = logging.getLogger("mkdocs.hooks.reference")
    logger.addHandler(handler)
    old_level = logger.level
    logger.setLevel(logging.INFO)
    try:
        reference.on_pre_build(CONFIG)
        pages = {p.stem: render(p) for p in sorted((DOCS / "reference").glob("*.md"))}
        reference.on_post_build(CONFIG)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    return pages, records


def test_reference_pages_render_without_problems(rendered):
    _, records = rendered
    problems = [r.getMessage() for r in records if r.levelno >= logging.WARNING]
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(not OLD, reason=f"Python {RUNNING} has the 3.14 APIs")
def test_an_older_python_renders_notes_and_says_what_it_left_out(rendered):
    pages, records = rendered
    info = " ".join(r.getMessage() for r in records if r.levelno == logging.INFO)
    for ident, page in PAGE_OF.items():
        assert ident in info, f"the build's INFO log does not name {ident}:\n{info}"
        if ident.endswith(".map"):
            assert "`buffersize` parameter needs Python 3.14" in pages[page]
        else:
            assert f"{{ #{ident} }}" in pages[page], f"no fallback heading for {ident}"
            assert f"::: {ident}\n" not in pages[page]
    assert (
        f"This entry needs Python 3.14; this page was generated from CPython {RUNNING}"
        in (pages["process"])
    )


@pytest.mark.skipif(OLD, reason=f"Python {RUNNING} is older than 3.14")
def test_python_314_renders_the_entries_from_the_standard_library(rendered):
    pages, _ = rendered
    for ident, page in PAGE_OF.items():
        if not ident.endswith(".map"):
            assert f"::: {ident}\n" in pages[page]
    assert pages["process"].count('"New in Python 3.14"') >= 1
    assert '"New in Python 3.14: `buffersize`"' in pages["pool"]


def test_a_mark_the_running_python_contradicts_is_an_error(tmp_path, caplog):
    page = DOCS / "reference" / "process.md"
    text = page.read_text(encoding="utf-8").replace(
        "::: multiprocessing.Process.start\n",
        "::: multiprocessing.Process.start\n\n"
        "<!-- new in 3.99: https://docs.python.org/3/ -->\n",
    )
    reference.on_pre_build(CONFIG)
    with caplog.at_level(logging.ERROR, logger="mkdocs.hooks.reference"):
        render(page, text)
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert any(
        "multiprocessing.Process.start is marked new in 3.99" in e for e in errors
    ), errors
    assert all(re.match(r"docs/reference/process\.md:\d+: ", e) for e in errors), errors


def test_an_entry_without_an_example_is_an_error(caplog):
    page = DOCS / "reference" / "process.md"
    text = page.read_text(encoding="utf-8")
    assert reference.NONE_MARK in text  # on authkey, which no snippet reads
    text = text.replace(reference.NONE_MARK, "")
    reference.on_pre_build(CONFIG)
    with caplog.at_level(logging.ERROR, logger="mkdocs.hooks.reference"):
        render(page, text)
    assert any(
        "no snippet uses multiprocessing.Process.authkey" in r.getMessage()
        for r in caplog.records
    ), [r.getMessage() for r in caplog.records]


# --- The built site ------------------------------------------------------------------------

needs_site = pytest.mark.skipif(
    not (SITE / "reference" / "pool" / "index.html").is_file(),
    reason=f"{SITE} is not built: run `make build` first",
)
BUILD_COMMAND = (
    "PYTHONPATH=$PWD ~/.cache/multiprocessing-guide/bin/toolchain-3.14 -m mkdocs build "
    "--strict -d /tmp/site-3.14, then SITE_DIR=/tmp/site-3.14"
)


def built(page: str) -> str:
    return (SITE / "reference" / page / "index.html").read_text(encoding="utf-8")


def built_with() -> tuple[int, int]:
    found = re.search(r"Generated from CPython (\d+)\.(\d+)\.", built("process"))
    assert found, f"{SITE}/reference/process/index.html has no 'Generated from' banner"
    return int(found[1]), int(found[2])


def section(html: str, ident: str) -> str:
    """The HTML of one entry: from its heading to the next heading."""
    start = html.find(f'id="{ident}"')
    assert start >= 0, f"no entry with the anchor {ident}"
    end = html.find(">", start)
    following = re.search(r"<h[1-6][ >]", html[end:])
    return html[start : end + following.start() if following else len(html)]


@needs_site
def test_the_314_apis_have_entries_with_their_314_signatures():
    version = built_with()
    if version < (3, 14):
        pytest.skip(
            f"{SITE} was built with Python {version[0]}.{version[1]}, which lacks them; "
            f"build with 3.14: {BUILD_COMMAND}"
        )
    for ident, signature in NEW_IN_314.items():
        html = section(built(PAGE_OF[ident]), ident)
        code = re.search(r'class="[^"]*doc-signature[^"]*".*?</code>', html, re.S)
        assert code, f"{ident}: no signature"
        text = re.sub(r"<[^>]+>", "", code[0]).replace("\n", "").replace(" ", "")
        assert signature.replace(" ", "") in text, f"{ident}: signature {text!r}"
        assert "New in Python 3.14" in html, f"{ident}: no 'New in Python 3.14' note"
        assert "Examples in this guide" in html, f"{ident}: no examples"


@needs_site
def test_an_older_build_says_what_the_314_entries_need():
    version = built_with()
    if version >= (3, 14):
        pytest.skip(f"{SITE} was built with Python {version[0]}.{version[1]}")
    for ident in NEW_IN_314:
        html = section(built(PAGE_OF[ident]), ident)
        assert "needs Python 3.14; this page was generated from CPython" in html, ident
        assert "Examples in this guide" in html, f"{ident}: no examples"


@needs_site
def test_banner_names_the_published_python():
    assert f"The published site is generated from Python {PUBLISHED}" in built("pool")


@needs_site
def test_entry_notes_are_indexed_with_their_entry():
    """Search lands on the entry whose notes match, not on the top of its page."""
    index = SITE / "search" / "search_index.json"
    docs = {
        d["location"]: " ".join(d["text"].split())
        for d in json.loads(index.read_text())["docs"]
    }
    note = "cancels the tasks that have not started"  # in the notes of Executor.map
    entry = docs.get("reference/pool/#concurrent.futures.ProcessPoolExecutor.map", "")
    assert note in entry, "the map entry's section in search_index.json lacks its notes"
    assert note not in docs["reference/pool/"], (
        "the notes are indexed with the page's top"
    )

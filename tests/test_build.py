"""The hooks that make the build fast, and what they promise: the same output, and no hidden blocks.

- hooks/speed.py: its class line numbers equal `inspect.findsource()`'s for every class of
  `multiprocessing` and `concurrent.futures`, and its block lengths `inspect.getblock()`'s, read
  fresh or from the cache; Material's search parser reads a page the same with each code block
  as plain text as with its highlighting; a highlighted block comes back the same from the cache.
- hooks/strip_comments.py: the built pages ship no run block and no HTML comment.
- hooks/llms.py: llms-full.txt is Markdown with nothing left unresolved (no include, comment,
  `{{ python.* }}`, `:::` entry or API link in reference form), and every reference entry of
  the built pages has its heading and signature there.
- hooks/serve.py: a dirty rebuild (`make serve`) resolves the edited page's API links and
  rebuilds a page whose snippet changed.
- hooks/page_load.py: every page's search dialog has a name, mkdocstrings' stylesheet does
  not block the first paint, and the search index leaves out the reference's example lists.

No timing is asserted: `make bench-build` prints them (scripts/bench_build.py).
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import re
import sys

import pytest
from material.plugins.search.plugin import Parser
from mkdocs.structure.files import File, Files
from pymdownx.highlight import Highlight

from scripts.page_blocks import ROOT, SITE

sys.path.insert(0, str(ROOT / "hooks"))
import serve  # noqa: E402  (hooks/ is not a package)
import speed  # noqa: E402

HTML = sorted(SITE.rglob("*.html")) if SITE.is_dir() else []
needs_site = pytest.mark.skipif(
    not HTML, reason=f"{SITE} is not built: run `make build` first"
)


def stdlib_objects():
    """Every class and function of multiprocessing and concurrent.futures, and their members."""
    names = ["concurrent.futures", "concurrent.futures.process", "multiprocessing"]
    package = importlib.import_module("multiprocessing")
    names += [
        m.name for m in pkgutil.walk_packages(package.__path__, "multiprocessing.")
    ]
    found = []
    for name in names:
        try:
            module = importlib.import_module(name)
        except ImportError:  # popen_spawn_win32 and friends
            continue
        for value in vars(module).values():
            if inspect.isclass(value) or inspect.isfunction(value):
                found.append(value)
                found += [v for v in vars(value).values() if inspect.isfunction(v)]
    return found


def answer(function, obj):
    try:
        lines, line = function(obj)
    except (OSError, TypeError) as error:
        return f"{type(error).__name__}: {error}"
    return line, len(lines)


def test_class_lines_are_inspects():
    classes = [o for o in stdlib_objects() if inspect.isclass(o)]
    wrong = [
        f"{c.__module__}.{c.__qualname__}: {answer(speed._findsource, c)} from inspect, "
        f"{answer(speed.findsource, c)} from hooks/speed.py"
        for c in classes
        if answer(speed._findsource, c) != answer(speed.findsource, c)
    ]
    assert len(classes) > 100 and not wrong, "\n".join(wrong)


def test_block_lengths_are_inspects(tmp_path, monkeypatch):
    objects = stdlib_objects()
    # this copy of the hook (MkDocs may have loaded another, from mkdocs.yml)
    monkeypatch.setattr(inspect, "findsource", speed.findsource)
    monkeypatch.setattr(inspect, "getblock", speed.getblock)

    def original(obj):
        lines, line = speed._findsource(obj)
        if inspect.ismodule(obj):
            return lines, 0
        return speed._getblock(lines[line:]), line + 1

    config = type("Config", (), {"config_file_path": str(tmp_path / "mkdocs.yml")})
    for attempt in ("fresh", "cached"):
        speed.BLOCKS.open(config)
        wrong = [
            f"{o.__module__}.{o.__qualname__} ({attempt}): {answer(original, o)} from "
            f"inspect, {answer(inspect.getsourcelines, o)} with hooks/speed.py"
            for o in objects
            if answer(original, o) != answer(inspect.getsourcelines, o)
        ]
        assert not wrong, "\n".join(wrong)
        speed.BLOCKS.save()
    speed.BLOCKS.path = None
    assert (tmp_path / ".cache" / "linenos.json").is_file()


def sections(html: str) -> list[tuple[str | None, str, str]]:
    parser = Parser()
    parser.feed(html)
    parser.close()
    return [(s.id, "".join(s.title), "".join(s.text)) for s in parser.data]


@needs_site
@pytest.mark.parametrize("src", ["pool", "gil", "reference/pool"])
def test_search_reads_code_as_text_the_same(src):
    page = (SITE / src / "index.html").read_text(encoding="utf-8")
    article = re.search(r"<article\b.*?</article>", page, re.S)[0]
    light = speed.PRE.sub(lambda m: speed.plain(m[0]), article)
    assert speed.PRE.findall(article), f"{src}: no code block to compare"
    assert sections(light) == sections(article), (
        f"{src}/index.html: Material's search parser reads the page with plain code blocks "
        "(hooks/speed.py) differently from the page as built"
    )


def test_a_highlighted_block_comes_back_the_same(tmp_path, monkeypatch):
    import markdown

    monkeypatch.setattr(Highlight, "highlight", speed._kept_highlight)

    config = type("Config", (), {"config_file_path": str(tmp_path / "mkdocs.yml")})
    text = '```python title="x.py"\nprint("<b>", 1)\n```\n'
    convert = markdown.Markdown(
        extensions=["pymdownx.superfences", "pymdownx.highlight"]
    )
    speed.HIGHLIGHTED.open(config)
    first = convert.reset().convert(text)
    speed.HIGHLIGHTED.save()
    speed.HIGHLIGHTED.open(config)
    again = convert.reset().convert(text)
    assert speed.HIGHLIGHTED.known and first == again
    speed.HIGHLIGHTED.path = None


@needs_site
def test_pages_ship_no_run_block_and_no_comment():
    found = []
    for page in HTML:
        html = page.read_text(encoding="utf-8")
        article = re.search(r"<article\b.*?</article>", html, re.S)
        if article is None:
            continue
        for needle in ("scripts/run_snippet.py", "<!--", "pytest-codeblocks"):
            if needle in article[0]:
                found.append(f"{page.relative_to(SITE)}: {needle!r}")
    assert not found, "hooks/strip_comments.py left in the HTML:\n" + "\n".join(found)


@needs_site
def test_pages_load_lighter_and_name_the_search_dialog():
    problems = []
    for page in HTML:
        html = page.read_text(encoding="utf-8")
        if 'data-md-component="search"' not in html:
            continue  # a redirect page
        where = page.relative_to(SITE)
        if not re.search(
            r'class="md-search"[^>]*role="dialog" aria-label="[^"]+"', html
        ):
            problems.append(f"{where}: the search dialog has no aria-label")
        if re.search(
            r'<link rel="stylesheet" href="[^"]*_mkdocstrings\.css">(?!</noscript>)',
            html,
        ):
            problems.append(f"{where}: _mkdocstrings.css blocks the first paint")
    index = (SITE / "search" / "search_index.json").read_text(encoding="utf-8")
    if re.search(r"Examples in this guide: \d+ snippet", index):
        problems.append("search_index.json holds the reference's example lists")
    assert not problems, "hooks/page_load.py:\n" + "\n".join(problems)


@needs_site
def test_llms_full_txt_has_nothing_left_unresolved():
    text = (SITE / "llms-full.txt").read_text(encoding="utf-8")
    problems = [
        f"{what}: {m[0][:80]!r}"
        for what, pattern in [
            ("an include", r'--8<-- "'),
            ("an HTML comment", r"<!--"),
            ("a version field", r"\{\{ *python\."),
            ("a reference entry", r"(?m)^::: "),
            (
                "an API link in reference form",
                r"\]\[(?:multiprocessing|concurrent)\.[\w.]+\]",
            ),
            ("a self-check placeholder", r"data-quiz-mark"),
            ("a relative page link", r"\]\((?![a-z]+:|#)[^)]*\.md\b"),
        ]
        for m in [re.search(pattern, text)]
        if m
    ]
    assert not problems, "llms-full.txt (hooks/llms.py) still has " + "; ".join(
        problems
    )


@needs_site
@pytest.mark.parametrize(
    "src", sorted(p.stem for p in (ROOT / "docs" / "reference").glob("*.md"))
)
def test_llms_copy_of_a_reference_page_has_every_entry(src):
    where = SITE / "reference" / ("" if src == "index" else src)
    html = (where / "index.html").read_text(encoding="utf-8")
    copy = (where / "index.md").read_text(encoding="utf-8")
    headings = {
        line.lstrip("#").strip() for line in copy.splitlines() if line[:2] == "##"
    }
    ids = re.findall(r'<h[23] id="((?:multiprocessing|concurrent)\.[\w.]+)"', html)
    missing = [
        i
        for i in ids
        if i not in headings and ".".join(i.split(".")[-2:]) not in headings
    ]
    assert not missing, (
        f"{where.relative_to(SITE)}/index.md has no heading for {missing}"
    )


def test_a_dirty_rebuild_resolves_the_edited_pages_api_links(tmp_path):
    from mkdocs.commands import build
    from mkdocs.config import load_config

    site = tmp_path / "site"
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=True)
    page = site / "pool" / "index.html"
    try:
        build.build(config, dirty=True)
        os.utime(page, (0, 0))  # older than docs/pool.md: as if it had just been saved
        build.build(
            load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site)), dirty=True
        )
    finally:  # the hooks MkDocs loaded keep their state in this process: reset it
        config.plugins.on_startup(command="build", dirty=False)
    html = page.read_text(encoding="utf-8")
    assert page.stat().st_mtime > 0, "the dirty rebuild did not rebuild pool.md"
    assert 'href="../reference/pool/#multiprocessing.pool.Pool.imap"' in html, (
        "a dirty rebuild left pool.md's API links unresolved (hooks/serve.py)"
    )


def test_a_dirty_rebuild_rebuilds_a_page_whose_snippet_changed(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "site").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n")
    source = tmp_path / "docs" / "page.md"
    source.write_text('```python\n--8<-- "snippets/a.py"\n```\n')
    (tmp_path / "snippets").mkdir()
    snippet = tmp_path / "snippets" / "a.py"
    snippet.write_text("print(1)\n")
    built = tmp_path / "site" / "page.html"
    built.write_text("<html></html>")
    os.utime(source, (100, 100))
    os.utime(built, (200, 200))
    os.utime(snippet, (300, 300))  # saved after the page was built
    file = File("page.md", str(tmp_path / "docs"), str(tmp_path / "site"), False)
    config = type("Config", (), {"config_file_path": str(tmp_path / "mkdocs.yml")})
    state = dict(serve._state)
    try:
        serve._state.update(dirty=True, built=250.0)
        assert not file.is_modified()
        serve.on_files(Files([file]), config)
        assert file.is_modified(), "hooks/serve.py did not see the newer snippet"
    finally:
        serve._state.clear()
        serve._state.update(state)

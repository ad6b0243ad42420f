"""The page checks: pages, snippets and run blocks agree (CONTRIBUTING.md, "The page pattern").

They run first and fast, before any snippet runs; each failure names the file and line to open.
"""

import ast
from collections import Counter, defaultdict

import pytest
from pytest_codeblocks.main import extract_from_file

from scripts import ROOT
from scripts.main_guard import problems as guard_problems
from scripts.page_blocks import (
    INCLUDE,
    RUN_COMMAND,
    all_pages,
    all_run_blocks,
    all_snippets,
    fences,
    includes,
    run_blocks,
)

PAGES = all_pages()
BLOCKS = all_run_blocks()
SNIPPETS = all_snippets()
MAX_LINES = 50  # aim for under 30; measurement scripts may need a little more


def check(ok, message):
    """Fail with the message alone: it names the file and line to open."""
    if not ok:
        pytest.fail(message, pytrace=False)


def rel(path):
    return path.relative_to(ROOT).as_posix()


SHOWN = {path for page in PAGES for _, path in includes(page)}
RUNS = defaultdict(list)
for _block in BLOCKS:
    RUNS[_block.snippet].append(_block)


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_snippet_is_shown_by_a_page(snippet):
    check(
        snippet in SHOWN,
        f"{snippet}: no page shows it; include it in a page with "
        f'--8<-- "{snippet}" (CONTRIBUTING.md) or delete it',
    )


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_snippet_is_run_once_per_python_version(snippet):
    """One run block, or one per version variant, with ranges that do not overlap."""
    runs = sorted(RUNS[snippet], key=lambda b: b.versions)
    check(
        runs,
        f"{snippet}: no run block runs it; add `{RUN_COMMAND} {snippet}` in a hidden "
        "block after the place it is shown",
    )
    for before, after in zip(runs, runs[1:], strict=False):
        check(
            before.versions[1] < after.versions[0],
            f"{after.where}: runs {snippet} for Python versions that {before.where} "
            "covers too; give the variants --min-python/--max-python ranges that do not "
            "overlap",
        )


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_run_blocks_are_well_formed(page):
    problems = []
    for block in run_blocks(page):
        header = " ".join(["$ python", block.snippet, *block.options.args])
        if not (ROOT / block.snippet).is_file():
            problems.append(
                f"{block.where}: runs {block.snippet}, which does not exist"
            )
        if block.expected is None:
            problems.append(
                f"{block.where}: run block for {block.snippet} has no output block; "
                "run `make outputs PAGES=" + block.page + "` to add it"
            )
        elif not block.expected.startswith(header + "\n"):
            problems.append(
                f"{block.output_where}: output block does not start with {header!r}"
            )
    check(not problems, "\n".join(problems))


def test_run_commands_are_unique():
    twice = [c for c, n in Counter(b.command for b in BLOCKS).items() if n > 1]
    check(not twice, f"run blocks with the same command: {twice}")


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_includes_exist(page):
    missing = [
        f"{rel(page)}:{line}: includes {path}, which does not exist"
        for line, path in includes(page)
        if not (ROOT / path).is_file()
    ]
    check(not missing, "\n".join(missing))


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_every_shown_snippet_is_run_right_after(page):
    """A shown snippet's fence is titled with its path and followed by its run block."""
    problems = []
    blocks = fences(page.read_text(encoding="utf-8"))
    for k, fence in enumerate(blocks):
        included = [m.group(1) for m in map(INCLUDE.match, fence.body) if m]
        snippets = [p for p in included if p.startswith("snippets/")]
        if not snippets:
            continue
        path = snippets[0]
        if f'title="{path}"' not in fence.info:
            problems.append(
                f'{rel(page)}:{fence.start}: fence showing {path} needs title="{path}"'
            )
        after = next((b for b in blocks[k + 1 :] if b.lang == "bash"), None)
        if after is None or not any(
            path in line for line in after.body if line.startswith(RUN_COMMAND)
        ):
            problems.append(
                f"{rel(page)}:{fence.start}: {path} is shown but the next run block "
                "does not run it"
            )
    check(not problems, "\n".join(problems))


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_no_bare_runnable_fences(page):
    """pytest-codeblocks would exec a bare python fence in-process and run any bash fence."""
    problems = []
    for fence in fences(page.read_text(encoding="utf-8")):
        words = fence.info.split()
        lang = words[0] if words else ""
        body = [line for line in fence.body if line.strip()]
        if lang in ("python", "py", "python3", "pycon"):
            if len(words) == 1:
                problems.append(
                    f"{rel(page)}:{fence.start}: bare ```{lang} fence; put the code in "
                    "snippets/ and include it (CONTRIBUTING.md)"
                )
            elif not all("--8<--" in line for line in body):
                problems.append(
                    f"{rel(page)}:{fence.start}: code typed into a page; put it in "
                    "snippets/ and include it"
                )
        if lang in ("sh", "bash", "zsh") and not (
            len(words) == 1 and body and body[0].startswith(RUN_COMMAND)
        ):
            problems.append(
                f"{rel(page)}:{fence.start}: ```{fence.info} fences are run by the "
                "tests; show commands to readers in a ```console fence"
            )
    check(not problems, "\n".join(problems))


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_parser_agrees_with_pytest_codeblocks(page):
    """scripts/page_blocks.py finds exactly the blocks pytest-codeblocks 0.18.0 runs."""
    theirs = [
        (b.lineno, b.code.strip(), b.expected_output)
        for b in extract_from_file(page)
        if b.syntax in ("python", "sh", "bash")
    ]
    ours = [(b.line, b.command, b.expected) for b in run_blocks(page)]
    check(
        ours == theirs,
        f"{rel(page)}: scripts/page_blocks.py and pytest-codeblocks disagree on the run "
        f"blocks:\n  pytest-codeblocks: {theirs}\n  scripts/page_blocks.py: {ours}",
    )


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_snippet_shape(snippet):
    source = (ROOT / snippet).read_text(encoding="utf-8")
    doc = ast.get_docstring(ast.parse(source))
    check(
        doc and "\n" not in doc.strip(),
        f"{snippet}:1: start with a one-line docstring saying what it shows",
    )
    lines = len(source.splitlines())
    check(lines <= MAX_LINES, f"{snippet}: {lines} lines; keep snippets short")


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_processes_start_under_the_main_guard(snippet):
    """Static: a process made at import time fails under spawn and forkserver."""
    found = guard_problems((ROOT / snippet).read_text(encoding="utf-8"), snippet)
    declared = [b.where for b in RUNS[snippet] if b.options.no_main_guard]
    if declared:
        check(
            found,
            f"{declared[0]}: declares --no-main-guard, but {snippet} starts nothing at "
            "import time; remove the option",
        )
        return
    check(
        not found,
        "\n".join(found)
        + "\n  (a snippet that shows this mistake on purpose declares --no-main-guard "
        "in its run block)",
    )

"""pytest glue for the pages' run blocks, which pytest-codeblocks collects and runs.

Only pytest's documented hooks are used:
- each run block is skipped, with the reason, when the snippets' Python is outside its version
  range or lacks a module it `--requires`;
- a failure message names the page, the cause and the fix (scripts/report.py), instead of
  pytest-codeblocks' "line N" and two whole outputs; when the default start method fails, the
  other methods are tried too, so one message covers all of them (and the start-method matrix
  does not repeat it: tests/test_start_methods.py).
tests/test_conftest.py fails if pytest-codeblocks changes what this relies on.
"""

from __future__ import annotations

import functools
import subprocess
from pathlib import Path

import pytest
from pytest_codeblocks.plugin import TestBlock

from scripts import ROOT, snippet_python
from scripts.page_blocks import RunBlock, includes, run_blocks
from scripts.report import mismatches, run_with

ACTUAL = "but got\n```\n"  # how pytest-codeblocks 0.18.0 introduces the actual output


def pytest_addoption(parser):
    parser.addoption(
        "--page",
        action="append",
        default=[],
        metavar="docs/PAGE.md",
        help="keep only the tests of this page and of the snippets it shows (make page)",
    )


def belongs_to(item, pages: set[str]) -> bool:
    """Whether a test is about one of these pages: its blocks, its snippets, the page."""
    if isinstance(item, TestBlock):
        return Path(item.path).relative_to(ROOT).as_posix() in pages
    params = getattr(item, "callspec", None)
    if params is None:
        return True  # a check of the whole site, as cheap as it is short
    for value in params.params.values():
        if isinstance(value, RunBlock):
            return value.page in pages
        if isinstance(value, Path):
            return value.relative_to(ROOT).as_posix() in pages
        if isinstance(value, str) and value.startswith("snippets/"):
            return value in shown_by(frozenset(pages))
    return True


@functools.cache
def shown_by(pages: frozenset[str]) -> set[str]:
    return {path for page in pages for _, path in includes(ROOT / page)}


def pytest_configure(config):
    snippet_python.export()  # ask the snippets' Python about itself once, for every runner


def pytest_report_header(config):
    info = snippet_python.info()
    others = [m for m in info["methods"] if m != info["default_method"]]
    return (
        f"snippets: {info['python']} (Python {snippet_python.version_text()}); run blocks "
        f"use its default start method, {info['default_method']}, and the start-method "
        f"matrix runs {' and '.join(others)}"
    )


@functools.cache
def _blocks(page: Path) -> dict[int, RunBlock]:
    return {block.line: block for block in run_blocks(page)}


def run_block(item) -> RunBlock | None:
    """The page's run block that a pytest-codeblocks item runs (None for other blocks)."""
    return _blocks(Path(item.path)).get(item.obj.lineno)


def pytest_collection_modifyitems(config, items):
    if pages := set(config.getoption("page")):
        missing = [p for p in pages if not (ROOT / p).is_file()]
        if missing:
            raise pytest.UsageError(f"--page: no such page: {', '.join(missing)}")
        keep = [item for item in items if belongs_to(item, pages)]
        config.hook.pytest_deselected(items=[i for i in items if i not in keep])
        items[:] = keep
    for item in items:
        block = run_block(item) if isinstance(item, TestBlock) else None
        if block is None:
            continue
        if reason := block.skip_reason():
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.failed and call.when == "call" and isinstance(item, TestBlock):
        report.longrepr = failure_message(item, call.excinfo.value)
    return report


def failure_message(item, error: BaseException) -> str:
    block = run_block(item)
    where = f"{Path(item.path).relative_to(ROOT).as_posix()}:{item.obj.lineno}"
    if isinstance(error, subprocess.CalledProcessError):
        return (
            f"{where}: the run block's command exited with status {error.returncode}\n"
            f"  command: {item.obj.code.strip()}\n\n"
            + (error.stderr or b"").decode(errors="replace")
            + (error.stdout or b"").decode(errors="replace")
        )
    message = str(error.args[0]) if error.args else str(error)
    if block is None or ACTUAL not in message:
        return f"{where}: {message}"
    actual = message.split(ACTUAL, 1)[1].removesuffix("```")
    info = snippet_python.info()
    outputs = {info["default_method"]: actual}
    if not block.options.start_method_specific:
        for method in info["methods"]:
            outputs.setdefault(method, run_with(block, method))
    return "\n".join(mismatches(block, outputs))

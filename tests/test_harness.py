"""The harness itself: the runner, the failure messages, and what they rely on.

- Trailing whitespace: the runner drops it, so an output block that `make outputs` records is
  already what the lint's whitespace fixer leaves, and the run compares equal after lint.
- Failure messages fit on a screen and name their cause.
- pytest-codeblocks still reports a mismatch the way conftest.py reads it.
"""

import os
import subprocess
import sys
from types import SimpleNamespace

import pytest
from pytest_codeblocks import plugin
from pytest_codeblocks.main import CodeBlock, extract_from_file

from scripts import ROOT, update_outputs
from scripts.page_blocks import (
    EXPECTED_MARK,
    RUN_COMMAND,
    RUNNER,
    in_range,
    run_blocks,
    split_command,
)
from scripts.report import MAX_DIFF, describe_mismatch

SNIPPET = '"""Print with a space at the end of each line."""\n\nprint("a", end=" ")\nprint()\n'


def runner(*argv):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SNIPPET_")}
    result = subprocess.run(
        [sys.executable, RUNNER, *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_recorded_output_survives_the_whitespace_fixer(tmp_path):
    snippet = tmp_path / "spaces.py"
    snippet.write_text(SNIPPET, encoding="utf-8")
    output = runner(str(snippet))
    assert output == f"$ python {snippet}\na\n", "the runner must drop trailing spaces"
    page = tmp_path / "page.md"
    page.write_text(
        f"<!--\n```bash\n{RUNNER} {snippet}\n```\n-->\n{EXPECTED_MARK}\n"
        f'```console title="Output"\n{output}```\n',
        encoding="utf-8",
    )
    before = page.read_bytes()
    # The hook and its arguments, as .pre-commit-config.yaml runs them on docs/*.md.
    fixer = subprocess.run(
        [sys.executable, "-m", "pre_commit_hooks.trailing_whitespace_fixer",
         "--markdown-linebreak-ext=md", str(page)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert fixer.returncode == 0 and page.read_bytes() == before, fixer.stdout
    (block,) = [b for b in extract_from_file(page) if b.syntax == "bash"]
    assert block.expected_output == output


def fake_block(snippet, expected):
    """A run block of docs/pool.md, as the parser would give it."""
    return SimpleNamespace(
        page="docs/pool.md",
        where="docs/pool.md:10",
        output_where="docs/pool.md:16",
        snippet=snippet,
        command=f"python {RUNNER} {snippet}",
        expected=f"$ python {snippet}\n{expected}",
    )


def test_a_missing_guard_is_named_in_one_screen():
    block = fake_block("snippets/pool/oops.py", "[0, 1, 4]\n")
    traceback = (
        "RuntimeError:\n        An attempt has been made to start a new process before the\n"
        "        current process has finished its bootstrapping phase.\n"
    )
    actual = "$ python snippets/pool/oops.py\n" + traceback * 500
    message = describe_mismatch(block, actual, ["spawn", "forkserver"])
    assert 'cause:        missing `if __name__ == "__main__":` guard' in message
    assert "under spawn, forkserver" in message
    assert len(message.splitlines()) <= MAX_DIFF + 10
    assert ".cache/failures/" in message


def test_an_ordinary_mismatch_names_the_page_to_refresh():
    block = fake_block("snippets/pool/map.py", "[0, 1, 4]\n")
    message = describe_mismatch(
        block, "$ python snippets/pool/map.py\n[0, 1, 5]\n", ["fork"]
    )
    assert "make outputs PAGES=docs/pool.md" in message
    assert "-[0, 1, 4]\n+[0, 1, 5]" in message


def test_pytest_codeblocks_reports_a_mismatch_as_conftest_reads_it():
    """conftest.py takes the actual output from after 'but got' in this message."""
    fake = SimpleNamespace(
        name="line 1",
        obj=CodeBlock(
            code="echo actual\n", lineno=1, syntax="bash", expected_output="x\n"
        ),
    )
    with pytest.raises(RuntimeError) as caught:
        plugin.TestBlock.runtest(fake)
    assert str(caught.value).endswith("but got\n```\nactual\n```")


def test_run_lines_are_read_by_the_runners_own_parser():
    argv, options = split_command(
        f"python {RUNNER} --vary 'pid \\d+' --min-python=3.14 --requires numpy "
        "snippets/x.py --flag"
    )
    assert options.snippet == "snippets/x.py" and options.args == ["--flag"]
    assert options.vary == ["pid \\d+"] and options.min_python == "3.14"
    assert options.requires == ["numpy"]


def test_version_bounds_compare_as_many_parts_as_they_give():
    assert in_range((3, 13, 8), (3, 0), (3, 13))
    assert not in_range((3, 13, 8), (3, 0), (3, 13, 7))
    assert in_range((3, 13, 7), (3, 0), (3, 13, 7))
    assert not in_range((3, 13, 0), (3, 13, 8), (3, 999))
    assert in_range((3, 14, 0), (3, 14), (3, 999))


def test_a_new_output_block_inside_an_admonition_is_indented(tmp_path, monkeypatch):
    snippet = tmp_path / "hello.py"
    snippet.write_text('"""Say hello."""\n\nprint("hello")\n', encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        f'??? note "A variant"\n\n    <!--\n    ```bash\n    {RUN_COMMAND} {snippet}\n'
        "    ```\n    -->\n\nAfter.\n",
        encoding="utf-8",
    )
    for name in ("SNIPPET_PYTHON", "SNIPPET_PYTHON_INFO", "SNIPPET_START_METHOD"):
        monkeypatch.delenv(name, raising=False)
    version = ".".join(map(str, sys.version_info[:3]))
    changed, _ = update_outputs.update_page(page, {version: sys.executable}, False)
    assert changed == 1
    text = page.read_text(encoding="utf-8")
    assert (
        f"    {EXPECTED_MARK}\n    ```console" in text
        and "    hello\n    ```\n" in text
    )
    (block,) = run_blocks(page)
    assert block.expected == f"$ python {snippet}\nhello\n"

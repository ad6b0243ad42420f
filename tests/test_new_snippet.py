"""`make new-snippet` (scripts/new_snippet.py) writes a snippet and places it in its section.

Everything is written under a temporary copy of a page, never into the real docs/ or snippets/.
"""

import ast
import shutil
import subprocess
import sys

from pytest_codeblocks.main import extract_from_file

from scripts import ROOT, new_snippet
from scripts.page_blocks import run_blocks

PATH = "snippets/pool/imap_chunks.py"


def scaffold(tmp_path, capsys, *args):
    (tmp_path / "docs" / "reference").mkdir(parents=True)
    shutil.copy(ROOT / "docs" / "pool.md", tmp_path / "docs" / "pool.md")
    shutil.copy(ROOT / "docs/reference/pool.md", tmp_path / "docs/reference/pool.md")
    status = new_snippet.main([*args, "--root", str(tmp_path), "--no-record"])
    out, err = capsys.readouterr()
    return status, out, err


def ruff(*args, source):
    """Run the venv's ruff from the repository, as if the file were at PATH."""
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--stdin-filename", PATH, "-"],
        cwd=ROOT,
        input=source,
        capture_output=True,
        text=True,
    )


def test_writes_a_snippet_that_meets_the_contract(tmp_path, capsys):
    status, out, err = scaffold(
        tmp_path, capsys, "pool", "imap_chunks", "--after", "Pool.imap()",
        "--doc", "Pool.imap() with a chunksize",
    )  # fmt: skip
    assert status == 0, err
    source = (tmp_path / PATH).read_text(encoding="utf-8")
    assert ast.get_docstring(ast.parse(source)) == "Pool.imap() with a chunksize."
    assert 'if __name__ == "__main__":' in source
    lint = ruff("check", source=source)
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = ruff("format", "--check", source=source)
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr
    run = subprocess.run(
        [sys.executable, PATH], cwd=tmp_path, capture_output=True, text=True
    )
    assert (run.returncode, run.stdout) == (0, "[0, 1, 4, 9, 16]\n"), run.stderr


def test_places_the_blocks_at_the_end_of_the_section(tmp_path, capsys):
    status, out, err = scaffold(
        tmp_path, capsys, "pool", "imap_chunks", "--after", "Pool.imap()",
        "--api", "multiprocessing.pool.Pool.imap",
    )  # fmt: skip
    assert status == 0, err
    page = tmp_path / "docs" / "pool.md"
    text = page.read_text(encoding="utf-8")
    before, after = text.split("## Pool.imap_unordered()", 1)
    section = before.split("## Pool.imap():", 1)[1]
    assert "[`imap()`][multiprocessing.pool.Pool.imap]" in section
    assert f'```python title="{PATH}"\n--8<-- "{PATH}"\n```' in section
    assert PATH not in after
    # pytest-codeblocks sees the new run block, right where the page parser does.
    ours = [b for b in run_blocks(page) if b.snippet == PATH]
    theirs = [
        b for b in extract_from_file(page) if b.syntax == "bash" and PATH in b.code
    ]
    assert len(ours) == len(theirs) == 1 and ours[0].line == theirs[0].lineno


def test_never_overwrites(tmp_path, capsys):
    target = tmp_path / PATH
    target.parent.mkdir(parents=True)
    target.write_text('"""Mine."""\n', encoding="utf-8")
    status, _, err = scaffold(
        tmp_path, capsys, "pool", "imap_chunks", "--after", "imap()"
    )
    assert status == 2
    assert "already exists" in err
    assert target.read_text(encoding="utf-8") == '"""Mine."""\n'


def test_rejects_bad_names_and_unknown_apis(tmp_path, capsys):
    status, _, err = scaffold(
        tmp_path, capsys, "Pool", "imap-chunks", "--after", "x", "--api", "Pool.imapp"
    )
    assert status == 2
    assert "PAGE='Pool'" in err and "NAME='imap-chunks'" in err and "Pool.imapp" in err
    assert not (tmp_path / "snippets").exists()


def test_names_the_headings_when_after_matches_none(tmp_path, capsys):
    try:
        scaffold(tmp_path, capsys, "pool", "imap_chunks", "--after", "no such heading")
    except SystemExit as stop:
        assert "Pool.imap_unordered(): results as they finish" in str(stop)
    else:
        raise AssertionError("expected SystemExit")

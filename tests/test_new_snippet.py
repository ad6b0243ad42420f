"""`make new-snippet` (tests/new_snippet.py) writes a snippet that meets the contract.

Everything is written under a temporary directory, never into the real snippets/.
"""

import ast
import subprocess
import sys

import new_snippet
from pages import ROOT, fences, split_command
from pytest_codeblocks.main import extract_from_file

PATH = "snippets/pool/map_chunks.py"


def scaffold(tmp_path, capsys, *args):
    status = new_snippet.main([*args, "--root", str(tmp_path)])
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
        tmp_path, capsys, "pool", "map_chunks", "--doc", "Pool.map() with a chunksize"
    )
    assert status == 0, err
    source = (tmp_path / PATH).read_text(encoding="utf-8")
    tree = ast.parse(source)
    assert ast.get_docstring(tree) == "Pool.map() with a chunksize."
    assert 'if __name__ == "__main__":' in source
    lint = ruff("check", source=source)
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = ruff("format", "--check", source=source)
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr
    run = subprocess.run(
        [sys.executable, PATH], cwd=tmp_path, capture_output=True, text=True
    )
    assert (run.returncode, run.stdout) == (0, "[0, 1, 4, 9, 16]\n"), run.stderr


def test_prints_the_blocks_for_the_page(tmp_path, capsys):
    status, out, _ = scaffold(tmp_path, capsys, "pool", "map_chunks")
    assert status == 0
    markdown = out.split("where the example belongs:\n", 1)[1].split("Then ", 1)[0]
    show, run = fences(markdown)
    assert show.info == f'python title="{PATH}"'
    assert show.body == [f'--8<-- "{PATH}"']
    assert run.lang == "bash"
    assert split_command(run.body[0]) == ([PATH], PATH)
    # pytest-codeblocks sees exactly one block to run: the hidden run block.
    page = tmp_path / "page.md"
    page.write_text(markdown, encoding="utf-8")
    found = [
        b.code.strip()
        for b in extract_from_file(page)
        if b.syntax in ("python", "bash", "sh")
    ]
    assert found == [f"python tests/run_snippet.py {PATH}"]
    assert "make outputs PAGES=docs/pool.md" in out


def test_never_overwrites(tmp_path, capsys):
    target = tmp_path / PATH
    target.parent.mkdir(parents=True)
    target.write_text('"""Mine."""\n', encoding="utf-8")
    status, _, err = scaffold(tmp_path, capsys, "pool", "map_chunks")
    assert status == 1
    assert "already exists" in err
    assert target.read_text(encoding="utf-8") == '"""Mine."""\n'


def test_rejects_bad_names(tmp_path, capsys):
    status, _, err = scaffold(tmp_path, capsys, "Pool", "map-chunks")
    assert status == 2
    assert "TOPIC='Pool'" in err and "NAME='map-chunks'" in err
    assert not any(tmp_path.iterdir())

"""The project's tools: the snippet runner, the page-block parser and what `make` runs.

`make` writes a `.pth` file into `.venv` that puts the repository on `sys.path`, so
`import scripts.page_blocks` works from any of the venv's programs: pytest, MkDocs (the hooks)
and `python scripts/<tool>.py`.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

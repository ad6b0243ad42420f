# Two commands matter: `make serve` and `make test`. Both build .venv from the exact pins in
# pyproject.toml first, and reuse it for as long as pyproject.toml does not change.
#
# Two Pythons are involved, and they need not be the same:
#   PYTHON          builds .venv, the toolchain (MkDocs, Material, pymdown-extensions, pytest,
#                   ruff, pre-commit). Its pins need Python 3.11 or newer.
#   SNIPPET_PYTHON  runs the snippets (tests/run_snippet.py); any CPython 3.10 or newer.
#                   Unset, the snippets run with the toolchain's own Python.
# So to test the examples on 3.10:  make test PYTHON=python3.13 SNIPPET_PYTHON=python3.10
# (CI does exactly that for every Python in its matrix: .github/workflows/test.yml).
#
# Windows (Git Bash and GNU make): the venv keeps its programs in Scripts\ rather than bin/,
# and Python is `python` rather than `python3`; both are chosen here.

VENV := .venv
ifeq ($(OS),Windows_NT)
PYTHON ?= python
BIN    := $(VENV)/Scripts
EXE    := .exe
PATHSEP := ;
else
PYTHON ?= python3
BIN    := $(VENV)/bin
EXE    :=
PATHSEP := :
endif
PINS   := $(shell $(PYTHON) -c "import hashlib; print(hashlib.sha256(open('pyproject.toml', 'rb').read()).hexdigest()[:16])")
STAMP  := $(VENV)/.pins-$(PINS)
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet

# Run blocks and pre-commit's hooks call `python`, `ruff`, `codespell`...: make them the venv's.
export PATH := $(CURDIR)/$(BIN)$(PATHSEP)$(PATH)
# Material 9.7+ prints a banner about MkDocs 2 on every build; it is not a warning about this site.
export NO_MKDOCS_2_WARNING := 1
# The interpreter the runner starts the snippets with (tests/run_snippet.py), when given.
ifdef SNIPPET_PYTHON
export SNIPPET_PYTHON
endif

# The toolchain's pins need 3.11 (Material 9.8, mkdocstrings, Markdown 3.11...). pymdown-extensions
# and soupsieve stay below the releases that need 3.11.5, so Debian 12's python3 (3.11.2) works.
# Written so that even an old Python can say it (no f-strings).
define CHECK_PYTHON
import sys
if sys.version_info < (3, 11):
    sys.exit(
        "The toolchain in .venv (MkDocs, Material for MkDocs, pymdown-extensions, pytest,\n"
        "pre-commit) needs Python 3.11 or newer; PYTHON=%s is %s.\n"
        "  Build it with a newer Python:      make test PYTHON=python3.13\n"
        "  To run the snippets on 3.10, keep the toolchain on 3.11+ and choose the snippets'\n"
        "  Python apart:                      make test PYTHON=python3.13 SNIPPET_PYTHON=python3.10\n"
        "  (SNIPPET_PYTHON works the same with make page and make outputs.)"
        % (sys.argv[1], sys.version.split()[0])
    )
endef
export CHECK_PYTHON

define CHECK_SNIPPET_PYTHON
import sys
if sys.version_info < (3, 10):
    sys.exit("SNIPPET_PYTHON=%s is Python %s; the snippets need 3.10 or newer."
             % (sys.argv[1], sys.version.split()[0]))
print("Snippets run with SNIPPET_PYTHON=%s (Python %s)" % (sys.argv[1], sys.version.split()[0]))
endef
export CHECK_SNIPPET_PYTHON

.PHONY: serve test lint build outputs page test-versions new-snippet snippet-python clean

$(STAMP):
	@$(PYTHON) -c "$$CHECK_PYTHON" "$(PYTHON)"
	test -x $(BIN)/python$(EXE) || $(PYTHON) -m venv $(VENV)
	$(PIP) install pip==26.3
	$(PIP) install --group dev
	rm -f $(VENV)/.pins-*
	touch $@

# Says which Python runs the snippets, and stops early if it cannot (missing, or older than 3.10).
snippet-python:
ifdef SNIPPET_PYTHON
	@"$$SNIPPET_PYTHON" -c "$$CHECK_SNIPPET_PYTHON" "$$SNIPPET_PYTHON"
endif

serve: $(STAMP)  ## Serve the site on http://127.0.0.1:8000/multiprocessing-guide/ with live reload
	$(BIN)/mkdocs serve --livereload

# pre-commit's hooks (.pre-commit-config.yaml) on every file git tracks: ruff check and format,
# codespell, trailing whitespace, final newlines, YAML and TOML syntax. All are local hooks
# run from .venv, so nothing is cloned or downloaded. The fixers rewrite files in place; the
# diff is printed and the run fails, so CI fails on anything a contributor forgot to fix.
lint: $(STAMP)  ## pre-commit's hooks on every tracked file (ruff, codespell, whitespace, YAML, TOML)
	$(BIN)/pre-commit run --all-files --show-diff-on-failure

build: $(STAMP)  ## Build the site into site/, failing on any warning (broken link, anchor, include)
	$(BIN)/mkdocs build --strict

# The consistency checks run first, on their own: they take a second and name the page and
# line of a broken include, which the strict build would only report as a missing path.
test: lint snippet-python  ## Everything CI checks: lint, page checks, strict build, every snippet under every start method
	$(BIN)/pytest -q -n 0 tests/test_consistency.py
	$(BIN)/mkdocs build --strict
	$(BIN)/pytest --ignore=tests/test_consistency.py

outputs: $(STAMP) snippet-python  ## Rewrite the pages' output blocks from real runs (ALL=1: also refresh measurements)
	$(BIN)/python tests/update_outputs.py $(if $(ALL),--all) $(PAGES)

page: $(STAMP) snippet-python  ## Test one page: make page PAGE=pool (its run blocks, its start-method matrix, its checks)
	$(BIN)/pytest docs/$(PAGE).md tests/test_start_methods.py tests/test_consistency.py -k "$(PAGE)"

test-versions: $(STAMP)  ## Every snippet with every Python 3.10+ found here: a version x start-method table
	$(BIN)/python tests/run_versions.py

new-snippet: $(STAMP)  ## Start an example: make new-snippet TOPIC=pool NAME=map_chunks [DOC="..."]; prints the page's blocks
	$(BIN)/python tests/new_snippet.py "$(TOPIC)" "$(NAME)" $(if $(DOC),--doc "$(DOC)")

clean:
	rm -rf $(VENV) site

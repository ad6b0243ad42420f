# Two commands matter: `make serve` and `make test`. Both build .venv from the exact pins in
# pyproject.toml first, and reuse it for as long as pyproject.toml does not change.
#
# Two Pythons are involved, and they need not be the same:
#   PYTHON          builds .venv, the toolchain (MkDocs, Material, pytest, ruff, pre-commit);
#                   its pins need Python 3.11 or newer.
#   SNIPPET_PYTHON  runs the snippets (scripts/run_snippet.py); any CPython 3.10 or newer.
#                   Unset, the snippets run with the toolchain's own Python.
#                   PY=3.14 picks one that scripts/pythons.py finds (pyenv, PATH, make pythons).
# So to test the examples on 3.10:  make test SNIPPET_PYTHON=python3.10   (or PY=3.10)
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
ifdef PY
SNIPPET_PYTHON := $(shell PYTHONPATH=. $(PYTHON) scripts/pythons.py which $(PY))
ifeq ($(SNIPPET_PYTHON),)
$(error PY=$(PY): no such Python here; `make pythons` installs 3.14 and 3.15, pyenv the others)
endif
endif
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
        "The toolchain in .venv (MkDocs, Material for MkDocs, pytest, pre-commit) needs\n"
        "Python 3.11 or newer; PYTHON=%s is %s. Build it with a newer one:\n"
        "  make test PYTHON=python3.13\n"
        "To run the snippets on 3.10, keep the toolchain on 3.11+ and choose them apart:\n"
        "  make test PYTHON=python3.13 SNIPPET_PYTHON=python3.10"
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

# A .pth file runs when the venv's Python starts: it puts the repository on sys.path (so the
# hooks, the tests and `python scripts/x.py` can `import scripts`) and the venv's bin/ first on
# PATH (so `.venv/bin/pytest` or `.venv/bin/pre-commit` find ruff, codespell and python
# without `make` or an activated venv).
define WRITE_PTH
import os, sysconfig
line = (
    "import os, sys; root = os.path.dirname(sys.prefix); "
    "root in sys.path or sys.path.append(root); "
    "b = os.path.join(sys.prefix, 'Scripts' if os.name == 'nt' else 'bin'); "
    "p = os.environ.get('PATH', ''); "
    "p.split(os.pathsep)[0] == b or os.environ.__setitem__('PATH', b + os.pathsep + p)\n"
)
open(os.path.join(sysconfig.get_paths()["purelib"], "multiprocessing_guide.pth"), "w").write(line)
endef
export WRITE_PTH

.PHONY: serve test lint build outputs page test-versions test-snippets new-snippet pythons \
	lighthouse bench-build build-3.14 snippet-python clean

$(STAMP):
	@$(PYTHON) -c "$$CHECK_PYTHON" "$(PYTHON)"
	test -x $(BIN)/python$(EXE) || $(PYTHON) -m venv $(VENV)
	$(PIP) install pip==26.3
	$(PIP) install --group dev --group snippets
	$(BIN)/python -c "$$WRITE_PTH"
	rm -f $(VENV)/.pins-*
	touch $@

# Says which Python runs the snippets, and stops early if it cannot (missing, or older than 3.10).
snippet-python:
ifdef SNIPPET_PYTHON
	@"$$SNIPPET_PYTHON" -c "$$CHECK_SNIPPET_PYTHON" "$$SNIPPET_PYTHON"
endif

# --dirty rebuilds only the page you saved; hooks/serve.py rebuilds the pages that depend on it
# (API links, a changed snippet, mkdocs.yml or a hook). `make test` always builds everything.
serve: $(STAMP)  ## Serve the site on http://127.0.0.1:8000/multiprocessing-guide/ with live reload
	$(BIN)/mkdocs serve --livereload --dirty

# pre-commit's hooks (.pre-commit-config.yaml) on every file git tracks: ruff check and format,
# codespell, trailing whitespace, final newlines, YAML and TOML syntax. The fixers rewrite files
# in place; the diff is printed and the run fails, so CI fails on anything left unfixed.
lint: $(STAMP)  ## pre-commit's hooks on every tracked file (ruff, codespell, whitespace, YAML, TOML)
	$(BIN)/pre-commit run --all-files --show-diff-on-failure

build: $(STAMP)  ## Build the site into site/, failing on any warning (broken link, anchor, include)
	$(BIN)/mkdocs build --strict

# The page checks run first, on their own: they take a second and name the page and line of
# a broken include or a missing `__main__` guard, before anything runs for minutes.
test: lint snippet-python  ## Everything CI checks: lint, page checks, strict build, every snippet under every start method
	$(BIN)/pytest -q -n 0 tests/test_consistency.py tests/test_prose.py tests/test_quiz.py
	$(BIN)/mkdocs build --strict
	$(BIN)/pytest --ignore=tests/test_consistency.py --ignore=tests/test_prose.py --ignore=tests/test_quiz.py

# The pages' run blocks and the start-method matrix only: what .ci/run repeats with 3.14 and 3.15.
test-snippets: $(STAMP) snippet-python  ## Every snippet under every start method, with SNIPPET_PYTHON (or PY=3.14)
	$(BIN)/pytest docs tests/test_start_methods.py

outputs: $(STAMP) snippet-python  ## Rewrite the pages' output blocks from real runs, with 3.14 when it is here (ALL=1: refresh measurements)
	$(BIN)/python scripts/update_outputs.py $(if $(ALL),--all) $(PAGES)

# Exactly what CI checks about one page: lint on the files you changed, the page checks of that
# page and its snippets, its run blocks and the start-method matrix of its snippets.
page: $(STAMP) snippet-python  ## Test one page as CI would: make page PAGE=pool
	@test -f docs/$(PAGE).md || { echo "make page: no docs/$(PAGE).md; PAGE is a page's name, e.g. PAGE=pool"; exit 2; }
	$(BIN)/python scripts/changed_files.py | xargs -r $(BIN)/pre-commit run --show-diff-on-failure --files
	$(BIN)/pytest -q -n 0 tests/test_consistency.py tests/test_prose.py tests/test_quiz.py --page docs/$(PAGE).md
	$(BIN)/pytest docs/$(PAGE).md tests/test_start_methods.py --page docs/$(PAGE).md

test-versions: $(STAMP)  ## Every snippet with every Python 3.10+ found here: a version x start-method table
	$(BIN)/python scripts/run_versions.py

pythons: $(STAMP)  ## Install CPython 3.14 and 3.15 from Debian unstable (needs root on a Debian-like Linux)
	$(BIN)/python scripts/pythons.py provision

# The published site is built with the toolchain on 3.14 (deploy.yml), so the API reference shows
# 3.14's signatures. Locally: the toolchain in the root of `make pythons`; PUBLISHED_BUILD=1 makes
# the build fail on any other Python than extra.python.published.
build-3.14: $(STAMP)  ## Build site/ as deploy.yml does, with the toolchain on Python 3.14 (after make pythons)
	$(BIN)/python scripts/pythons.py toolchain 3.14
	PYTHONPATH=$(CURDIR) PUBLISHED_BUILD=1 $$($(BIN)/python -c "from scripts import pythons; print(pythons.BIN / 'toolchain-3.14')") -m mkdocs build --strict

new-snippet: $(STAMP)  ## Add an example to a page: make new-snippet PAGE=pool NAME=imap_chunks AFTER="Pool.imap()"
	$(BIN)/python scripts/new_snippet.py "$(PAGE)" "$(NAME)" $(if $(AFTER),--after "$(AFTER)") $(if $(API),--api "$(API)") $(if $(DOC),--doc "$(DOC)")
	$(MAKE) --no-print-directory page PAGE=$(PAGE)

# Lighthouse 12 from npm (pinned by scripts/lighthouse/package-lock.json; --ignore-scripts, so
# no browser is downloaded) with Debian's Chromium. Scores are noisy on a shared machine.
lighthouse: build  ## Lighthouse scores of home, pool, gil, reference/pool beside an empty Material site (CHECK=1 fails below the floors)
	cd scripts/lighthouse && npm ci --ignore-scripts --no-audit --no-fund --silent
	$(BIN)/python scripts/lighthouse.py $(if $(CHECK),--check) $(if $(RUNS),--runs $(RUNS))

# Timings on a shared machine are no test: this prints medians and a ratio, and checks nothing.
bench-build: $(STAMP)  ## Time the strict build against an empty Material site (COSTS=1: what each plugin and hook costs)
	$(BIN)/python scripts/bench_build.py $(if $(COSTS),--costs) $(if $(RUNS),--runs $(RUNS))

clean:
	rm -rf $(VENV) site .cache scripts/lighthouse/node_modules

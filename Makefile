# Two commands matter: `make serve` and `make test`. Both build .venv from the exact pins in
# pyproject.toml first, and reuse it for as long as pyproject.toml does not change.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PINS   := $(shell $(PYTHON) -c "import hashlib; print(hashlib.sha256(open('pyproject.toml', 'rb').read()).hexdigest()[:16])")
STAMP  := $(VENV)/.pins-$(PINS)
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet

# Run blocks call `python tests/run_snippet.py ...`: make that `python` the venv's.
export PATH := $(CURDIR)/$(BIN):$(PATH)
# Material 9.7+ prints a banner about MkDocs 2 on every build; it is not a warning about this site.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test lint build outputs page test-versions clean

$(STAMP):
	@$(PYTHON) -c "import sys; sys.exit(sys.version_info < (3, 10) and 'Python 3.10+ is needed, found ' + sys.version.split()[0])"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install pip==26.3
	$(PIP) install --group dev
	rm -f $(VENV)/.pins-*
	touch $@

serve: $(STAMP)  ## Serve the site on http://127.0.0.1:8000 with live reload
	$(BIN)/mkdocs serve --livereload

lint: $(STAMP)
	$(BIN)/ruff check snippets tests hooks conftest.py
	$(BIN)/ruff format --check snippets tests hooks conftest.py

build: $(STAMP)  ## Build the site into site/, failing on any warning (broken link, anchor, include)
	$(BIN)/mkdocs build --strict

# The consistency checks run first, on their own: they take a second and name the page and
# line of a broken include, which the strict build would only report as a missing path.
test: lint  ## Everything CI checks: lint, page checks, strict build, every snippet under every start method
	$(BIN)/pytest -q -n 0 tests/test_consistency.py
	$(BIN)/mkdocs build --strict
	$(BIN)/pytest --ignore=tests/test_consistency.py

outputs: $(STAMP)  ## Rewrite the pages' output blocks from real runs (ALL=1: also refresh measurements)
	$(BIN)/python tests/update_outputs.py $(if $(ALL),--all) $(PAGES)

page: $(STAMP)  ## Test one page: make page PAGE=pool (its run blocks, its start-method matrix, its checks)
	$(BIN)/pytest docs/$(PAGE).md tests/test_start_methods.py tests/test_consistency.py -k "$(PAGE)"

test-versions: $(STAMP)  ## Every snippet with every Python 3.10+ found here: a version x start-method table
	$(BIN)/python tests/run_versions.py

clean:
	rm -rf $(VENV) site

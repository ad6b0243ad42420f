"""The built site (site/, from `mkdocs build --strict` in `make test`) loads nothing from elsewhere.

A static check of the HTML: no script, stylesheet, image, font or frame from another origin, and
no element that makes Material's JavaScript call the GitHub API (overrides/partials/source.html
removes it). Run `make build` first when running pytest by hand.
"""

import re

import pytest
from pages import ROOT

SITE = ROOT / "site"
LOADS = re.compile(
    r'<(?:script|link|img|iframe|source|video|audio)\b[^>]*?(?:src|href)="([^"]+)"'
)
PAGES = sorted(SITE.rglob("*.html")) if SITE.is_dir() else []


@pytest.mark.skipif(not PAGES, reason="site/ is not built: run `make build` first")
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(SITE).as_posix())
def test_page_loads_nothing_from_another_origin(page):
    html = page.read_text(encoding="utf-8")
    remote = [url for url in LOADS.findall(html) if re.match(r"(https?:)?//", url)]
    where = f"site/{page.relative_to(SITE).as_posix()}"
    if remote:
        pytest.fail(f"{where} loads from another origin: {remote}", pytrace=False)
    if 'data-md-component="source"' in html:
        pytest.fail(
            f"{where}: the repository widget would call the GitHub API", pytrace=False
        )

"""MkDocs hook: pages that load faster and read better to a screen reader, with nothing lost.

1. **The search dialog has a name.** Material's header holds the search box in
   `<div class="md-search" role="dialog">` without an accessible name, which Lighthouse and
   axe report (`aria-dialog-name`). It gets `aria-label`, the same words as the search field's.
2. **mkdocstrings' stylesheet off the critical path.** mkdocstrings adds `_mkdocstrings.css`
   to every page, and the browser waited for it before drawing anything, although only the
   reference pages use it (symbol badges, parameter tables). It now loads without blocking
   (`media="print"` until it has arrived, then `all`; a `<noscript>` link for browsers
   without JavaScript). Material's stylesheets and extra.css (this site's colours, which the
   first paint needs for its contrast) stay as they are.
3. **The search index leaves out the reference's example lists.** Each reference entry lists
   the tutorial sections whose snippets use it ("Examples in this guide"): section titles that
   search already finds on their own pages. The lists stay on the page; the index, which every
   page downloads, drops them (`data-search-exclude`).

Each part logs an error when the markup it expects is not there (an upgrade of Material or
mkdocstrings), so the strict build fails instead of quietly losing the fix.
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger("mkdocs.hooks.page_load")

DIALOG = re.compile(r'<div class="md-search" data-md-component="search" role="dialog">')
SEARCH_LABEL = re.compile(r'class="md-search__input" name="query" aria-label="([^"]+)"')
LATER_CSS = re.compile(
    r'<link rel="stylesheet" href="([^"]*assets/_mkdocstrings\.css)">'
)
EXAMPLES = re.compile(
    r'<details class="example"(?=[^>]*>\s*<summary>Examples in this guide)'
)


def on_page_content(html, page, **kwargs):
    """Reference pages: the example lists stay out of the search index."""
    if page.file.src_uri.startswith("reference/"):
        html = EXAMPLES.sub('<details class="example" data-search-exclude=""', html)
    return html


def _later(match) -> str:
    return (
        f'<link rel="stylesheet" href="{match[1]}" media="print" '
        f"onload=\"this.media='all'\"><noscript>{match[0]}</noscript>"
    )


def on_post_page(output, page, config):
    """Name the search dialog; load mkdocstrings' stylesheet without blocking."""
    return lighter(output, f"docs/{page.file.src_uri}", config)


def on_post_template(output, template_name, config):
    """The same for the theme's own pages (404.html)."""
    if template_name.endswith(".html"):
        return lighter(output, template_name, config)
    return output


def lighter(output: str, where: str, config) -> str:
    """A page's HTML with its search dialog named and mkdocstrings' CSS not blocking."""
    label = SEARCH_LABEL.search(output)
    output, named = DIALOG.subn(
        lambda m: m[0][:-1] + f' aria-label="{label[1] if label else "Search"}">',
        output,
        count=1,
    )
    if not named:
        log.error(
            f"{where}: no Material search dialog to name; update DIALOG "
            "in hooks/page_load.py for this Material version"
        )
    output, later = LATER_CSS.subn(_later, output, count=1)
    if not later and "mkdocstrings" in config.plugins:
        log.error(f"{where}: no _mkdocstrings.css link to load later")
    return output

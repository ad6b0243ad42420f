"""MkDocs hook: the Python versions a page names come from one place, `extra.python` in mkdocs.yml.

A page writes `{{ python.tested }}` ("3.10 to 3.15"), `{{ python.recording }}` ("3.14"),
`{{ python.newest }}`, `{{ python.oldest }}` or `{{ python.published }}`, and the build puts in
the value; an unknown name fails the strict build, naming the page and line. Code included from
snippets/ is never touched (the snippets extension runs after this hook).
"""

import logging
import re

log = logging.getLogger("mkdocs.hooks.versions")
FIELD = re.compile(r"\{\{ *python\.(\w+) *\}\}")


def values(config) -> dict[str, str]:
    """Every name a page may use, with its value as text."""
    python = dict(config["extra"]["python"])
    tested = python.pop("tested")
    python.update(
        tested=f"{tested[0]} to {tested[-1]}",
        oldest=tested[0],
        newest=tested[-1],
    )
    return {key: str(value) for key, value in python.items()}


def on_page_markdown(markdown, page, config, **kwargs):
    """Replace each `{{ python.NAME }}` with its value."""
    known = values(config)

    def value(match):
        if match[1] in known:
            return known[match[1]]
        line = markdown.count("\n", 0, match.start()) + 1
        log.error(
            f"{page.file.src_uri}:{line}: {{{{ python.{match[1]} }}}} is not in extra.python "
            f"of mkdocs.yml; known: {', '.join(sorted(known))}"
        )
        return match[0]

    return FIELD.sub(value, markdown)

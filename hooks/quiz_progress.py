"""The reader's progress: which pages are tutorials, their "Mark as completed", the home's count.

Tutorial pages (every page of `nav:` but the home page and the Reference section, so a page
added to the nav is one) end with a "Mark as completed" button, and the home page says how
many are completed, with a reset button; docs/assets/javascripts/quiz.js shows them and keeps
that list in localStorage.
"""

from __future__ import annotations

import html

NOT_TUTORIAL = {"Reference"}  # top-level sections of the nav that hold no tutorial page


def tutorial_pages(nav) -> list[str]:
    """The tutorial pages of mkdocs.yml's `nav:`, as paths under docs/, in nav order.

    Every page but the home page (index.md) and those of the top-level sections named in
    NOT_TUTORIAL; links to other sites are not pages.
    """
    found = []

    def walk(items, top):
        for item in items or []:
            title, value = (
                next(iter(item.items())) if isinstance(item, dict) else ("", item)
            )
            if isinstance(value, list):
                if not (top and title in NOT_TUTORIAL):
                    walk(value, False)
            elif (
                str(value).endswith(".md")
                and "://" not in value
                and value != "index.md"
            ):
                found.append(value)

    walk(nav, True)
    return found


def done_button(url: str) -> str:
    """The "Mark as completed" button at the end of a tutorial page (shown by the script)."""
    return (
        f'<div class="quiz-done" data-quiz-page="{html.escape(url)}" '
        'data-search-exclude="" hidden>'
        '<button type="button" class="md-button quiz-done__button" aria-pressed="false">'
        "Mark as completed</button>"
        '<span class="quiz-done__status" aria-hidden="true"></span>'
        "<p>Your progress is kept in this browser only.</p></div>"
    )


def progress_box(urls: list[str]) -> str:
    """The home page's "N of M completed" and its reset button (shown by the script)."""
    return (
        f'<div class="quiz-progress" data-quiz-pages="{html.escape(" ".join(urls))}" '
        'data-search-exclude="" hidden><p><span class="quiz-progress__count" '
        f'role="status">0 of {len(urls)} tutorial pages completed.</span> Pages you mark '
        "as completed have a check mark in the navigation; your progress is kept in this "
        'browser only.</p><button type="button" class="md-button quiz-progress__reset">'
        "Reset progress</button></div>"
    )

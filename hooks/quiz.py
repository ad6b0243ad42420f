"""MkDocs hook: the self-checks at the end of the tutorial pages, and the reader's progress.

Each quiz block (read by quiz_parse.py) becomes a fieldset: a legend, the question as the page
renders it (the snippet stays a normal code block, copy button and all), one radio button per
choice, an empty live region for the feedback, and the answer with its explanation in a
collapsed <details>, which is all a reader without JavaScript needs.
docs/assets/javascripts/quiz.js hides the <details> and answers at once. Quizzes are left out
of the search index: search should land on the teaching sections. Tutorial pages get the
progress controls of quiz_progress.py.

A block that cannot be rendered is logged as an error with its page and line, so the strict
build fails. tests/test_quiz.py checks the rest with the same parser: the counts, the
exercise, and every predict answer against the snippet's recorded output.
"""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path

import markdown as markdown_lib
import quiz_parse as blocks  # hooks/ is on sys.path while MkDocs loads a hook
import quiz_progress as progress

log = logging.getLogger("mkdocs.hooks.quiz")

CHECK_HEADING = re.compile(r"^## Check yourself\b.*$", re.MULTILINE)
NOTE = (
    "Answering every question below correctly marks this page as completed; your "
    "progress is kept in this browser only.\n{ .quiz-note data-search-exclude }"
)


# --- HTML ------------------------------------------------------------------------------------

_inline = markdown_lib.Markdown()


def inline_html(text: str) -> str:
    """A choice's inline Markdown (code spans, emphasis) as HTML, without its <p>."""
    out = _inline.reset().convert(text)
    return re.sub(r"^<p>(.*)</p>$", r"\1", out, flags=re.S)


def choice_html(choice: blocks.Choice) -> str:
    """What a choice's <label> holds (phrasing content only: a text block is a <code>)."""
    parts = [inline_html(choice.text)] if choice.text else []
    if choice.output is not None:
        code = html.escape("\n".join(choice.output)).replace("\n", "&#10;")
        parts.append(f'<code class="quiz__output">{code}</code>')
    return " ".join(parts)


def _mark(name: str) -> str:
    """A placeholder that Markdown passes through and on_page_content replaces."""
    return f'<div class="quiz-mark" data-quiz-mark="{name}"></div>'


def render(quiz: blocks.Quiz, n: int, total: int) -> tuple[str, dict[str, str]]:
    """The Markdown that replaces a block, and the HTML that replaces its placeholders.

    The question and the explanation stay Markdown, so the page renders them: the snippet's
    include, its code block and copy button, and the links, which MkDocs checks.
    """
    ident = f"quiz-{n}"
    legend = f"Question {n} of {total}"
    if blocks.KINDS[quiz.kind]:
        legend += f": {blocks.KINDS[quiz.kind]}"
    choices = "".join(
        f'<div class="quiz__choice"><input type="radio" name="{ident}" id="{ident}-{i}" '
        f'value="{i}" aria-describedby="{ident}-feedback">'
        f'<label for="{ident}-{i}">{choice_html(choice)}</label></div>'
        for i, choice in enumerate(quiz.choices)
    )
    markdown = "\n".join(
        [
            _mark(f"begin-{n}"),
            "",
            *quiz.stem,
            "",
            f'<div class="quiz__choices">{choices}</div>',
            "",
            f'<div class="quiz__feedback" id="{ident}-feedback" role="status"></div>',
            "",
            _mark(f"answer-{n}"),
            "",
            *quiz.explanation,
            "",
            _mark(f"end-{n}"),
            "",
        ]
    )
    answer = choice_html(quiz.choices[quiz.answer])
    return markdown, {
        f"begin-{n}": (
            f'<fieldset class="quiz" id="{ident}" data-quiz-kind="{quiz.kind}" '
            f'data-quiz-answer="{quiz.answer}" data-search-exclude="">'
            f"<legend>{legend}</legend>"
        ),
        f"answer-{n}": (
            '<details class="quiz__answer"><summary>Answer and explanation</summary>'
            f'<p class="quiz__key">Answer: {answer}</p>'
        ),
        f"end-{n}": "</details></fieldset>",
    }


# --- MkDocs events ---------------------------------------------------------------------------

_tutorials: list[str] = []  # paths under docs/, from the nav
_urls: dict[str, str] = {}  # path under docs/ -> the page's URL ("pool/")
_html: dict[str, dict[str, str]] = {}  # page -> placeholder -> its HTML


def on_config(config):
    """Read the tutorial pages from the nav."""
    _tutorials[:] = progress.tutorial_pages(config["nav"])


def on_nav(nav, config, files):
    """Note every page's URL, for the home page's list."""
    _urls.clear()
    _urls.update((page.file.src_uri, page.url) for page in nav.pages)


def _where(page) -> str:
    path = Path(page.file.abs_src_path)
    return (
        path.relative_to(Path.cwd()).as_posix()
        if path.is_relative_to(Path.cwd())
        else str(path)
    )


def on_page_markdown(markdown, page, config, **kwargs):
    """Replace each quiz block; say under "Check yourself" what answering them does."""
    source = Path(page.file.abs_src_path).read_text(encoding="utf-8")
    offset = len(source.splitlines()) - len(markdown.splitlines())  # the front matter
    quizzes, problems = blocks.parse(markdown)
    for line, problem in problems:
        log.error(f"{_where(page)}:{line + offset}: {problem}")
    _html[page.file.src_uri] = {}
    if not quizzes:
        return markdown
    lines = markdown.splitlines()
    out, done, n, total = [], 0, 0, sum(not q.problems for q in quizzes)
    for quiz in quizzes:
        out += lines[done : quiz.line - 1]
        if quiz.problems:  # logged: shown as written
            out += lines[quiz.line - 1 : quiz.end]
        else:
            n += 1
            text, pieces = render(quiz, n, total)
            out.append(text)
            _html[page.file.src_uri].update(pieces)
        done = quiz.end
    out += lines[done:]
    markdown = "\n".join(out) + "\n"
    return CHECK_HEADING.sub(lambda m: f"{m[0]}\n\n{NOTE}\n", markdown, count=1)


def on_page_content(html_text, page, config, files):
    """Put in the quizzes' fieldsets and <details>; add the progress controls."""
    for name, piece in _html.pop(page.file.src_uri, {}).items():
        if html_text.count(_mark(name)) != 1:
            log.error(
                f"{_where(page)}: the quiz placeholder {name} did not survive Markdown"
            )
        html_text = html_text.replace(_mark(name), piece)
    if page.file.src_uri in _tutorials:
        html_text += "\n" + progress.done_button(page.url) + "\n"
    if page.is_homepage:
        box = progress.progress_box([_urls[p] for p in _tutorials if p in _urls])
        # At the end of "Where to start", below the first screen: it appears when the script
        # runs, and moves nothing the reader is looking at.
        start = re.search(r'<h2 id="where-to-start".*?(?=<h2\b)', html_text, flags=re.S)
        at = start.end() if start else len(html_text)
        html_text = f"{html_text[:at]}{box}\n{html_text[at:]}"
    return html_text

"""MkDocs hook: the self-checks at the end of the tutorial pages, and the reader's progress.

A page writes each question between `<!-- quiz: predict -->` (or `why`; `which` is the same
kind) and `<!-- /quiz -->`: the question (for "predict", the snippet and its hidden run and
output blocks), 3 or 4 choices `- [ ] ...` with the right one `- [x] ...`, then the explanation
as a `>` blockquote with a link (CONTRIBUTING.md, "Self-checks"). Each block becomes a
fieldset: a legend, the question as the page renders it (the snippet stays a normal code
block, copy button and all), one radio button per choice, an empty live region for the
feedback, and the answer with its explanation in a collapsed <details>, which is all a reader
without JavaScript needs. docs/assets/javascripts/quiz.js hides the <details> and answers at
once. Quizzes are left out of the search index: search should land on the teaching sections.

Tutorial pages (every page of `nav:` but the home page and the Reference section, so a page
added to the nav is one) end with a "Mark as completed" button, and the home page says how
many are completed, with a reset button; the JavaScript keeps that list in localStorage.

A block that cannot be rendered (unknown kind, no choice or several marked [x], a choice it
cannot read, no explanation or one without a link) is logged as an error with its page and
line, so the strict build fails. tests/test_quiz.py checks the rest with the same parser: the
counts, the exercise, and every predict answer against the snippet's recorded output.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import markdown as markdown_lib

log = logging.getLogger("mkdocs.hooks.quiz")

# kind -> what the legend adds; "which" is another name for "why"
KINDS = {"predict": "predict the output", "why": None, "which": None}
START = re.compile(r"^<!--\s*quiz:\s*(.*?)\s*-->\s*$")
END = re.compile(r"^<!--\s*/quiz\s*-->\s*$")
CHOICE = re.compile(r"^- \[(.)\](?: (.*))?$")
FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})(.*)$")
LINK = re.compile(r"\]\([^)\s]+[^)]*\)|\]\[[^\]]*\]|<https?://")
CHECK_HEADING = re.compile(r"^## Check yourself\b.*$", re.MULTILINE)
NOT_TUTORIAL = {"Reference"}  # top-level sections of the nav that hold no tutorial page
NOTE = (
    "Answering every question below correctly marks this page as completed; your "
    "progress is kept in this browser only.\n{ .quiz-note data-search-exclude }"
)


@dataclass
class Choice:
    """One `- [ ]` or `- [x]` item: inline text, and maybe a ```text block under it."""

    line: int
    right: bool
    text: str
    output: list[str] | None = None  # the lines of its ```text block
    raw: list[tuple[int, str]] = field(default_factory=list, repr=False)

    @property
    def value(self) -> str | None:
        """What a predict choice says the program prints: one code span, or a text block."""
        if self.output is not None:
            return None if self.text else "\n".join(self.output)
        match = re.fullmatch(r"(`+)(.+?)\1", self.text)
        if not match:
            return None
        code = match[2]
        if code.startswith(" ") and code.endswith(" ") and code.strip():
            code = code[1:-1]  # CommonMark: one space on each side is padding
        return code


@dataclass
class Quiz:
    """One `<!-- quiz: KIND -->` ... `<!-- /quiz -->` block; lines are 1-based."""

    kind: str
    line: int  # the opening marker
    end: int  # the closing marker
    stem: list[str] = field(default_factory=list)
    choices: list[Choice] = field(default_factory=list)
    explanation: list[str] = field(default_factory=list)
    explanation_line: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)

    @property
    def answer(self) -> int:
        """The index of the right choice."""
        return next(i for i, c in enumerate(self.choices) if c.right)


def parse(text: str) -> tuple[list[Quiz], list[tuple[int, str]]]:
    """The quiz blocks of a page's Markdown, and (line, problem) for all that is wrong."""
    lines = text.splitlines()
    quizzes, problems = [], []
    i, fence = 0, None
    while i < len(lines):
        fence = _fence_state(lines[i], fence)
        start = None if fence else START.match(lines[i])
        if not start:
            if not fence and END.match(lines[i]):
                problems.append(
                    (i + 1, "<!-- /quiz --> with no <!-- quiz: ... --> before")
                )
            i += 1
            continue
        j, inner = i + 1, None
        while j < len(lines):
            inner = _fence_state(lines[j], inner)
            if not inner and (END.match(lines[j]) or START.match(lines[j])):
                break
            j += 1
        if j == len(lines) or not END.match(lines[j]):
            problems.append(
                (i + 1, "this <!-- quiz: ... --> has no <!-- /quiz --> after it")
            )
            i = j
            continue
        quiz = _parse_block(start[1], lines, i, j)
        quizzes.append(quiz)
        problems.extend(quiz.problems)
        i = j + 1
    return quizzes, problems


def _fence_state(line: str, fence: str | None) -> str | None:
    """The marker of the fence open after this line (None: outside fences)."""
    match = FENCE.match(line)
    if not match:
        return fence
    if fence is None:
        return match[2]
    if match[2].startswith(fence) and not match[3].strip():
        return None
    return fence


def _parse_block(kind: str, lines: list[str], start: int, end: int) -> Quiz:
    """Question, choices, explanation: in this order, between the markers."""
    quiz = Quiz(kind=kind, line=start + 1, end=end + 1)
    problem = quiz.problems.append
    if kind not in KINDS:
        problem(
            (
                quiz.line,
                f"unknown kind {kind!r}: write <!-- quiz: predict --> or <!-- quiz: why -->",
            )
        )
    state, fence = "question", None
    for n in range(start + 1, end):
        line, number = lines[n], n + 1
        if state == "question":
            fence = _fence_state(line, fence)
            if fence or not CHOICE.match(line):
                quiz.stem.append(line)
                continue
            state = "choices"
        if state == "choices":
            if match := CHOICE.match(line):
                if match[1] not in "x ":
                    problem(
                        (number, f"[{match[1]}]: mark the right choice [x], others [ ]")
                    )
                text = (match[2] or "").strip()
                quiz.choices.append(Choice(number, match[1] == "x", text))
            elif not line.strip() or line.startswith("  "):
                quiz.choices[-1].raw.append((number, line[2:]))
            elif line.startswith(">"):
                state = "explanation"
                quiz.explanation_line = number
            else:
                problem(
                    (
                        number,
                        "text after the choices: indent a choice's next lines by two "
                        "spaces, and start the explanation with '>'",
                    )
                )
        if state == "explanation":
            if line.startswith(">") or not line.strip():
                quiz.explanation.append(line)
            else:
                problem((number, "text after the explanation; end with <!-- /quiz -->"))
    for choice in quiz.choices:
        _read_choice(choice, problem)
    _check(quiz)
    return quiz


def _read_choice(choice: Choice, problem) -> None:
    """Fold a choice's indented lines into it: more text, then at most one ```text block."""
    raw = choice.raw
    while raw and not raw[-1][1].strip():
        raw.pop()
    k = 0
    while k < len(raw) and not FENCE.match(raw[k][1]):
        choice.text = f"{choice.text} {raw[k][1].strip()}".strip()
        k += 1
    if k == len(raw):
        return
    number, opening = raw[k]
    indent, marker, info = FENCE.match(opening).groups()
    if info.strip() != "text":
        problem(
            (
                number,
                f"a choice holds a ```text block, not ```{info.strip()}: the lines the "
                "program prints",
            )
        )
    body, k = [], k + 1
    while k < len(raw) and not raw[k][1].strip().startswith(marker):
        body.append(raw[k][1].removeprefix(indent))
        k += 1
    if k == len(raw):
        problem((number, "this ```text block of a choice is not closed"))
        return
    choice.output = body
    if raw[k + 1 :]:
        problem((raw[k + 1][0], "text after a choice's ```text block; put it before"))


def _check(quiz: Quiz) -> None:
    """What the build cannot render (tests/test_quiz.py checks the counts and answers)."""
    problem = quiz.problems.append
    if not quiz.choices:
        problem(
            (
                quiz.line,
                "no choices: write '- [ ] ...' lines, the right one '- [x] ...'",
            )
        )
        return
    right = sum(c.right for c in quiz.choices)
    if right != 1:
        problem((quiz.choices[0].line, f"{right} choices marked [x]; mark exactly one"))
    if not any(line.strip() for line in quiz.stem):
        problem((quiz.line, "no question: write it between the marker and the choices"))
    for choice in quiz.choices:
        if not choice.text and choice.output is None:
            problem((choice.line, "an empty choice"))
        elif LINK.search(choice.text):
            problem((choice.line, "a link in a choice; links go in the explanation"))
    if not quiz.explanation:
        problem(
            (
                quiz.end,
                "no explanation: after the choices, explain the answer in a '>' "
                "blockquote that links the section teaching it",
            )
        )
    elif not LINK.search(" ".join(quiz.explanation)):
        problem(
            (
                quiz.explanation_line,
                "the explanation has no link: link the section that teaches it, "
                "e.g. [Pool.map()](#map-one-function-many-items-results-in-order)",
            )
        )


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


# --- HTML ------------------------------------------------------------------------------------

_inline = markdown_lib.Markdown()


def inline_html(text: str) -> str:
    """A choice's inline Markdown (code spans, emphasis) as HTML, without its <p>."""
    out = _inline.reset().convert(text)
    return re.sub(r"^<p>(.*)</p>$", r"\1", out, flags=re.S)


def choice_html(choice: Choice) -> str:
    """What a choice's <label> holds (phrasing content only: a text block is a <code>)."""
    parts = [inline_html(choice.text)] if choice.text else []
    if choice.output is not None:
        code = html.escape("\n".join(choice.output)).replace("\n", "&#10;")
        parts.append(f'<code class="quiz__output">{code}</code>')
    return " ".join(parts)


def _mark(name: str) -> str:
    """A placeholder that Markdown passes through and on_page_content replaces."""
    return f'<div class="quiz-mark" data-quiz-mark="{name}"></div>'


def render(quiz: Quiz, n: int, total: int) -> tuple[str, dict[str, str]]:
    """The Markdown that replaces a block, and the HTML that replaces its placeholders.

    The question and the explanation stay Markdown, so the page renders them: the snippet's
    include, its code block and copy button, and the links, which MkDocs checks.
    """
    ident = f"quiz-{n}"
    legend = f"Question {n} of {total}"
    if KINDS[quiz.kind]:
        legend += f": {KINDS[quiz.kind]}"
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


# --- MkDocs events ---------------------------------------------------------------------------

_tutorials: list[str] = []  # paths under docs/, from the nav
_urls: dict[str, str] = {}  # path under docs/ -> the page's URL ("pool/")
_html: dict[str, dict[str, str]] = {}  # page -> placeholder -> its HTML


def on_config(config):
    """Read the tutorial pages from the nav."""
    _tutorials[:] = tutorial_pages(config["nav"])


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
    quizzes, problems = parse(markdown)
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
        html_text += "\n" + done_button(page.url) + "\n"
    if page.is_homepage:
        box = progress_box([_urls[p] for p in _tutorials if p in _urls])
        # At the end of "Where to start", below the first screen: it appears when the script
        # runs, and moves nothing the reader is looking at.
        start = re.search(r'<h2 id="where-to-start".*?(?=<h2\b)', html_text, flags=re.S)
        at = start.end() if start else len(html_text)
        html_text = f"{html_text[:at]}{box}\n{html_text[at:]}"
    return html_text

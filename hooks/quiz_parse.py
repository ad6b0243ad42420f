"""The self-checks' Markdown, read: the quiz blocks of a page, each with what is wrong with it.

A page writes each question between `<!-- quiz: predict -->` (or `why`; `which` is the same
kind) and `<!-- /quiz -->`: the question (for "predict", the snippet and its hidden run and
output blocks), 3 or 4 choices `- [ ] ...` with the right one `- [x] ...`, then the explanation
as a `>` blockquote with a link (CONTRIBUTING.md, "Self-checks"). A block that cannot be
rendered (unknown kind, no choice or several marked [x], a choice it cannot read, no
explanation or one without a link) is a problem with its line. tests/test_quiz.py reads the
blocks with this parser too, so the build and its checks agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scripts.page_blocks import FENCE  # the one definition of a Markdown fence

# kind -> what the legend adds; "which" is another name for "why"
KINDS = {"predict": "predict the output", "why": None, "which": None}
START = re.compile(r"^<!--\s*quiz:\s*(.*?)\s*-->\s*$")
END = re.compile(r"^<!--\s*/quiz\s*-->\s*$")
CHOICE = re.compile(r"^- \[(.)\](?: (.*))?$")
LINK = re.compile(r"\]\([^)\s]+[^)]*\)|\]\[[^\]]*\]|<https?://")


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

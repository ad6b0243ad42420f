"""The self-checks (CONTRIBUTING.md, "Self-checks"): fast, no browser, one test per page.

Every tutorial page (every page of mkdocs.yml's `nav:` but the home page and the Reference
section: hooks/quiz_progress.py's tutorial_pages) ends with `## Check yourself`: 4 to 6
questions, at least one "predict" and two "why" (or "which"), each with 3 or 4 choices of
which exactly one is marked [x] and an explanation that links somewhere; then one
`### Exercise:` whose starting program and collapsed solution are both run. The answer of a
predict question is the output its snippet printed, as recorded in the hidden output block:
when the output changes and the answer does not,
test_predict_answers_are_the_recorded_output fails. hooks/quiz_parse.py reads the blocks, so
the build and these checks agree. `make page PAGE=pool` (--page) keeps a page's tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mkdocs.utils.yaml import yaml_load

from hooks.quiz_parse import parse
from hooks.quiz_progress import tutorial_pages
from scripts import ROOT
from scripts.page_blocks import INCLUDE, fences, relative, run_blocks

with open(ROOT / "mkdocs.yml", encoding="utf-8") as _file:
    NAV = yaml_load(_file)["nav"]
PAGES = [ROOT / "docs" / path for path in tutorial_pages(NAV)]
HOW = "see CONTRIBUTING.md, 'Self-checks'"
QUESTIONS = (4, 6)
CHOICES = (3, 4)
OUTPUT_LINES = (1, 4)  # of a predict snippet: short enough to hold in mind
EXERCISE = re.compile(r"^### Exercise: \S")
ADMONITION = re.compile(r'^(\?\?\?\+?|!!!) *(\w+) +"([^"]*)"')


def fail(problems: list[str]):
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def headings(lines: list[str], text: str) -> list[tuple[int, int, str]]:
    """(line, level, text) of the page's own headings, not those inside code fences."""
    inside = {n for f in fences(text) for n in range(f.start, f.end + 1)}
    found = []
    for number, line in enumerate(lines, 1):
        match = re.match(r"^(#{1,6}) +(.*?)\s*$", line)
        if match and number not in inside:
            found.append((number, len(match[1]), match[2]))
    return found


class Page:
    """A page's self-check: the section's lines, its questions and its exercise heading."""

    def __init__(self, path: Path):
        self.path = path
        self.name = relative(path)
        self.text = path.read_text(encoding="utf-8")
        self.lines = self.text.splitlines()
        self.headings = headings(self.lines, self.text)
        starts = [n for n, level, t in self.headings if level == 2 and _is_check(t)]
        self.start = starts[0] if starts else None
        after = [
            n for n, level, _ in self.headings if level <= 2 and n > (self.start or 0)
        ]
        self.end = after[0] - 1 if after else len(self.lines)
        self.quizzes, self.problems = parse(self.text)

    def at(self, line: int) -> str:
        return f"{self.name}:{line}"

    def missing(self) -> str:
        return f"{self.name}: no '## Check yourself' section; {HOW}"


def _is_check(title: str) -> bool:
    return title == "Check yourself" or title.startswith("Check yourself {")


def rel(path: Path) -> str:
    return relative(path)


def section_problems(path: Path) -> list[str]:
    """The section: last on the page, 4 to 6 well-formed questions of the right kinds."""
    page = Page(path)
    if page.start is None:
        return [page.missing()]
    out = [f"{page.at(line)}: {problem}" for line, problem in page.problems]
    later = [(n, t) for n, level, t in page.headings if level <= 2 and n > page.start]
    if later:
        out.append(
            f"{page.at(page.start)}: '## Check yourself' must be the page's last section, "
            f"but '{later[0][1]}' (line {later[0][0]}) comes after it; move it to the end"
        )
    inside = [q for q in page.quizzes if page.start < q.line <= page.end]
    for quiz in page.quizzes:
        if quiz not in inside:
            out.append(
                f"{page.at(quiz.line)}: a question outside '## Check yourself'; move it there"
            )
    low, high = QUESTIONS
    if not low <= len(inside) <= high:
        out.append(
            f"{page.at(page.start)}: {len(inside)} questions in '## Check yourself'; "
            f"write {low} to {high} ({HOW})"
        )
    predict = sum(q.kind == "predict" for q in inside)
    why = sum(q.kind in ("why", "which") for q in inside)
    if inside and predict < 1:
        out.append(
            f"{page.at(page.start)}: no 'predict the output' question; write at least one "
            f"(<!-- quiz: predict -->, {HOW})"
        )
    if inside and why < 2:
        out.append(
            f"{page.at(page.start)}: {why} 'why/which' question(s); write at least two "
            "(<!-- quiz: why -->)"
        )
    for quiz in inside:
        low, high = CHOICES
        if quiz.choices and not low <= len(quiz.choices) <= high:
            out.append(
                f"{page.at(quiz.line)}: {len(quiz.choices)} choices; give {low} or {high}"
            )
        texts = [(c.text, c.output) for c in quiz.choices]
        for k, choice in enumerate(quiz.choices):
            if (choice.text, choice.output) in texts[:k]:
                out.append(
                    f"{page.at(choice.line)}: this choice is the same as another"
                )
    return out


def predict_problems(path: Path) -> list[str]:
    """Each predict question: its snippet is run, the output is hidden and is the answer."""
    page = Page(path)
    if page.start is None:
        return [page.missing()]
    blocks = run_blocks(path)
    out = []
    for quiz in page.quizzes:
        if quiz.kind != "predict" or not quiz.choices:
            continue
        runs = [b for b in blocks if quiz.line < b.line < quiz.end]
        if len(runs) != 1:
            out.append(
                f"{page.at(quiz.line)}: a predict question shows and runs one snippet; this "
                f"one has {len(runs)} run blocks ({HOW})"
            )
            continue
        block = runs[0]
        name = Path(block.snippet).name
        if not name.startswith("check_"):
            out.append(
                f"{block.where}: name a predict question's snippet check_<what>.py, not {name}"
            )
        if block.options.vary:
            out.append(
                f"{block.where}: a predict snippet's output must be the same on every run "
                "(no --vary): readers cannot predict what varies"
            )
        if block.expected is None:
            out.append(
                f"{block.where}: no recorded output; run `make outputs PAGES={page.name}`"
            )
            continue
        fence = block.expected_fence
        before = page.lines[fence.start - 2].strip() if fence.start > 1 else ""
        after = page.lines[fence.end].strip() if fence.end < len(page.lines) else ""
        if before != "<!--" or after != "-->":
            out.append(
                f"{block.output_where}: a predict question's output block goes inside "
                "<!-- and --> lines of its own, or the page shows the answer"
            )
        output = "".join(block.expected.splitlines(keepends=True)[1:]).rstrip("\n")
        count = len(output.splitlines())
        if not OUTPUT_LINES[0] <= count <= OUTPUT_LINES[1]:
            out.append(
                f"{block.output_where}: the snippet prints {count} lines; a predict question "
                f"needs {OUTPUT_LINES[0]} to {OUTPUT_LINES[1]}"
            )
        right = (
            quiz.choices[quiz.answer]
            if sum(c.right for c in quiz.choices) == 1
            else None
        )
        if right is None:
            continue  # the build and section_problems report it
        if right.value is None:
            out.append(
                f"{page.at(right.line)}: the [x] choice of a predict question is the output "
                "alone: `...` for one line, or an indented ```text block for several"
            )
        elif right.value != output:
            out.append(
                f"{page.at(right.line)}: the [x] choice is not what {block.snippet} prints "
                f"(recorded at {block.output_where}):\n"
                + _side_by_side(right.value, output)
                + "\n  If the program's output changed on purpose, update the [x] choice "
                "(and the question, if it no longer fits); else fix the snippet."
            )
        for choice in quiz.choices:
            if not choice.right and choice.value == output:
                out.append(
                    f"{page.at(choice.line)}: a wrong choice is the recorded output too"
                )
    return out


def _side_by_side(answer: str, output: str) -> str:
    def show(text):
        return "\n".join(f"      {line!r}" for line in text.splitlines()) or "      ''"

    return f"    [x] choice:\n{show(answer)}\n    recorded output:\n{show(output)}"


def exercise_problems(path: Path) -> list[str]:
    """One `### Exercise:`: its starting program run, a hint, a collapsed solution run."""
    page = Page(path)
    if page.start is None:
        return [page.missing()]
    exercises = [
        n
        for n, level, t in page.headings
        if level == 3 and page.start < n <= page.end and EXERCISE.match(f"### {t}")
    ]
    if len(exercises) != 1:
        return [
            f"{page.at(page.start)}: {len(exercises)} '### Exercise: ...' headings in "
            f"'## Check yourself'; write one, after the questions ({HOW})"
        ]
    start = exercises[0]
    out = [
        f"{page.at(q.line)}: a question after the exercise; put the questions first"
        for q in page.quizzes
        if q.line > start and q.line <= page.end
    ]
    end = min([n for n, _, _ in page.headings if n > start] + [page.end + 1]) - 1
    boxes = {}
    for number in range(start + 1, end + 1):
        if match := ADMONITION.match(page.lines[number - 1]):
            boxes[match[3]] = (number, match[1])
    blocks = [b for b in run_blocks(path) if start < b.line <= end]
    solution = boxes.get("Solution")
    limit = solution[0] if solution else end + 1
    starting = [b for b in blocks if b.line < limit and _column(page, b.line) == 0]
    if not starting:
        out.append(
            f"{page.at(start)}: the exercise shows no starting program with its run block "
            "(a snippet include, then its hidden run block, before the solution)"
        )
    if "Hint" not in boxes:
        out.append(f'{page.at(start)}: the exercise has no ??? tip "Hint" ({HOW})')
    if solution is None:
        out.append(
            f'{page.at(start)}: the exercise has no ??? success "Solution" with its '
            f"snippet and run block ({HOW})"
        )
        return out
    line, opener = solution
    if opener != "???":
        out.append(
            f"{page.at(line)}: the solution must be collapsed: start it with '???', "
            f"not '{opener}'"
        )
    body_end = next(
        (
            n
            for n in range(line + 1, end + 1)
            if page.lines[n - 1].strip() and _column(page, n) == 0
        ),
        end + 1,
    )
    shown = [n for n in range(line + 1, body_end) if INCLUDE.match(page.lines[n - 1])]
    ran = [b for b in blocks if line < b.line < body_end]
    if not shown or not ran:
        out.append(
            f"{page.at(line)}: the solution needs its snippet, indented under it, and the "
            "snippet's run block"
        )
    return out


def _column(page: Page, line: int) -> int:
    text = page.lines[line - 1]
    return len(text) - len(text.lstrip())


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_check_yourself_section(page):
    fail(section_problems(page))


def needs_section(page: Path):
    if Page(page).start is None:
        pytest.skip(
            f"{rel(page)} has no self-check yet (test_check_yourself_section fails)"
        )


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_predict_answers_are_the_recorded_output(page):
    needs_section(page)
    fail(predict_problems(page))


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_exercise(page):
    needs_section(page)
    fail(exercise_problems(page))


def test_tutorial_pages_come_from_the_nav():
    """Home and the Reference section are left out, whatever else the nav holds."""
    nav = [
        {"Home": "index.md"},
        {"Basics": [{"Pool": "pool.md"}, "queue.md"]},
        {"Reference": [{"Pool": "reference/pool.md"}]},
        {"Elsewhere": "https://docs.python.org/3/"},
        {"New": [{"Later": [{"Deep": "new/deep.md"}]}]},
    ]
    assert tutorial_pages(nav) == ["pool.md", "queue.md", "new/deep.md"]
    assert PAGES, "mkdocs.yml's nav has no tutorial page"
    for page in PAGES:
        assert page.is_file(), (
            f"mkdocs.yml's nav lists {rel(page)}, which does not exist"
        )


# The checks themselves, on small made-up pages: each must name what is wrong.
GOOD_CHOICES = "- [ ] `a`\n- [x] `b`\n- [ ] `c`\n\n> Because; see [b](#b).\n"


@pytest.mark.parametrize(
    "block, message",
    [
        ("<!-- quiz: how -->\nQ?\n\n" + GOOD_CHOICES, "unknown kind 'how'"),
        (
            "<!-- quiz: why -->\nQ?\n\n- [ ] `a`\n- [ ] `b`\n- [ ] `c`\n\n> See [b](#b).\n",
            "0 choices marked [x]",
        ),
        (
            "<!-- quiz: why -->\nQ?\n\n- [x] `a`\n- [x] `b`\n- [ ] `c`\n\n> See [b](#b).\n",
            "2 choices marked [x]",
        ),
        (
            "<!-- quiz: why -->\nQ?\n\n- [ ] `a`\n- [x] `b`\n- [ ] `c`\n\n> No link.\n",
            "the explanation has no link",
        ),
        (
            "<!-- quiz: why -->\nQ?\n\n- [ ] `a`\n- [x] `b`\n- [ ] `c`\n",
            "no explanation",
        ),
        (
            "<!-- quiz: why -->\nQ?\n\n- [x] `a`\n  ```python\n  1\n  ```\n- [ ] `b`\n\n"
            "> See [b](#b).\n",
            "holds a ```text block",
        ),
        (
            "<!-- quiz: why -->\nQ?\n\n- [x] [a](#a)\n- [ ] `b`\n- [ ] `c`\n\n> See [b](#b).\n",
            "a link in a choice",
        ),
    ],
    ids=[
        "kind",
        "no-x",
        "two-x",
        "no-link",
        "no-explanation",
        "not-text",
        "link-in-choice",
    ],
)
def test_the_parser_names_the_problem(block, message):
    _, problems = parse(f"# Page\n\n{block}<!-- /quiz -->\n")
    assert any(message in text for _, text in problems), problems
    assert all(line >= 3 for line, _ in problems), problems


def test_a_stale_predict_answer_fails(tmp_path):
    """The recorded output says one thing and the [x] choice another: the check says so."""
    page = tmp_path / "page.md"
    page.write_text(
        "# Page\n\n## Check yourself\n\n<!-- quiz: predict -->\nWhat does it print?\n\n"
        '```python title="snippets/x/check_order.py"\n--8<-- "snippets/x/check_order.py"\n'
        "```\n\n<!--\n```bash\npython scripts/run_snippet.py snippets/x/check_order.py\n"
        "```\n-->\n<!--pytest-codeblocks:expected-output-->\n<!--\n"
        '```console title="Output"\n$ python snippets/x/check_order.py\n[1, 2]\n```\n-->\n\n'
        "- [x] `[2, 1]`\n- [ ] `[1]`\n- [ ] `[2]`\n\n> See [x](#x).\n\n<!-- /quiz -->\n",
        encoding="utf-8",
    )
    problems = predict_problems(page)
    assert len(problems) == 1 and ":25: the [x] choice is not what" in problems[0], (
        problems
    )
    assert "'[2, 1]'" in problems[0] and "'[1, 2]'" in problems[0], problems

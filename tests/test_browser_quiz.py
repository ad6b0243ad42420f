"""The self-checks and the reader's progress, in a real browser (hooks/quiz.py, quiz.js).

The server, the browser, the `page` fixture (which records console errors and any request that
leaves the site's origin) and the accessibility audit are tests/test_browser.py's. The
questions are those of the first tutorial page of the built site that has a self-check; the
tests that need one are skipped, with the reason, while no page has one. Run them alone with
`make build && .venv/bin/pytest -n 0 tests/test_browser_quiz.py` (SITE_DIR=dir for a site built
elsewhere).
"""

from __future__ import annotations

import re

import pytest

import tests.test_browser as site
from hooks.quiz_progress import tutorial_pages
from tests.test_browser import CONFIG, SITE, Watch, accessibility_violations

# The fixtures of tests/test_browser.py (a server of the built site, Debian's Chromium, a page
# that records console errors and requests to other origins) and its marks (skipped without a
# built site or a browser; one xdist worker for all browser tests).
base, browser, page = site.base, site.browser, site.page
pytestmark = site.pytestmark
TUTORIALS = [
    re.sub(r"(^|/)index$", r"\1", p.removesuffix(".md")) + "/"
    for p in tutorial_pages(CONFIG.nav)
]
WITH_QUIZ = [
    url
    for url in TUTORIALS
    if (SITE / url / "index.html").is_file()
    and '<fieldset class="quiz"' in (SITE / url / "index.html").read_text()
]
QUIZ_PAGE = WITH_QUIZ[0] if WITH_QUIZ else None
needs_quiz = pytest.mark.skipif(
    QUIZ_PAGE is None, reason=f"no tutorial page of {SITE} has a self-check yet"
)
DONE = ".quiz-done__button"
WRONG = "Not right. Try another choice."


def problems(page) -> list[str]:
    """What the page's Watch saw, less a favicon load that a navigation cut short."""
    return [
        p
        for p in page.watch.problems
        if not (
            p.startswith("failed (net::ERR_ABORTED)") and p.endswith("/favicon.png")
        )
    ]


def first_quiz(page):
    """The first question's fieldset, its right choice and a wrong one (indexes)."""
    quiz = page.locator("fieldset.quiz").first
    quiz.scroll_into_view_if_needed()
    right = int(quiz.get_attribute("data-quiz-answer"))
    wrong = 0 if right else 1
    return quiz, right, wrong


def choose(quiz, index: int):
    quiz.locator(f"label[for$='-{index}']").click()


def feedback(quiz):
    return quiz.locator(".quiz__feedback")


def nav_link(page, url: str):
    return page.locator(f".md-nav--primary a.md-nav__link[href$='{url}']").first


def instant(page, url: str):
    """Follow the navigation's link to `url` and check that the page did not reload."""
    page.evaluate("window.sameDocument = true")
    link = page.locator(f".md-nav--primary a.md-nav__link[href$='{url}']").first
    if not link.is_visible():  # a collapsed section
        page.goto(url)
        return
    link.click()
    page.wait_for_url(
        re.compile(re.escape(url) + "(#.*)?$")
    )  # navigation.tracking adds #
    page.locator(".md-content h1").first.wait_for()
    assert page.evaluate("window.sameDocument === true"), (
        f"{page.url}: following the navigation reloaded the page (navigation.instant)"
    )


def test_the_home_page_counts_the_tutorial_pages_of_the_nav():
    """Every page of the nav but Home and the Reference section, in nav order."""
    home = (SITE / "index.html").read_text(encoding="utf-8")
    match = re.search(r'class="quiz-progress" data-quiz-pages="([^"]*)"', home)
    assert match, f"{SITE}/index.html: no progress box (hooks/quiz.py, on_page_content)"
    assert match[1].split() == TUTORIALS, (
        f"{SITE}/index.html counts {match[1].split()}, but mkdocs.yml's nav has "
        f"{TUTORIALS}; rebuild the site (make build), or see tutorial_pages in "
        "hooks/quiz_progress.py"
    )


@needs_quiz
def test_a_wrong_then_a_right_answer(page):
    page.goto(QUIZ_PAGE, wait_until="networkidle")
    quiz, right, wrong = first_quiz(page)
    where = f"{page.url} {quiz.get_attribute('id')}"
    region = feedback(quiz)
    assert region.get_attribute("role") == "status", (
        f"{where}: feedback is no live region"
    )
    assert region.inner_text() == "", f"{where}: feedback before any answer"
    assert not quiz.locator(".quiz__answer").is_visible(), (
        f"{where}: answer shown early"
    )
    why = " ".join(quiz.locator(".quiz__answer blockquote").text_content().split())

    choose(quiz, wrong)
    assert quiz.locator("input").nth(wrong).is_checked()
    region.filter(has_text=WRONG).wait_for()
    assert quiz.get_attribute("data-state") == "wrong"
    assert why not in region.inner_text(), (
        f"{where}: a wrong answer shows the explanation"
    )
    assert "quiz--wrong" in quiz.locator(".quiz__choice").nth(wrong).get_attribute(
        "class"
    )

    choose(quiz, right)
    region.locator("blockquote").wait_for()
    text = " ".join(region.inner_text().split())
    assert text.startswith("Right."), f"{where}: feedback says {text!r}"
    assert why in text, f"{where}: the explanation is not in the feedback"
    assert region.locator("a[href]").count() >= 1, (
        f"{where}: the explanation lost its link"
    )
    assert quiz.get_attribute("data-state") == "right"
    inputs = quiz.locator("input")
    description = inputs.nth(right).get_attribute("aria-describedby")
    assert description == region.get_attribute("id"), f"{where}: choices not described"
    assert problems(page) == [], f"{where}: {problems(page)}"


@needs_quiz
def test_answering_by_keyboard_alone(page):
    page.goto(QUIZ_PAGE, wait_until="networkidle")
    quiz, right, _ = first_quiz(page)
    where = f"{page.url} {quiz.get_attribute('id')}"
    quiz.locator("legend").click()  # a click on plain text: the focus starts before it
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type === 'radio'"):
            break
    focused = page.evaluate("document.activeElement.id")
    assert focused.endswith("-0"), (
        f"{where}: Tab reached {focused!r}, not the first choice"
    )
    page.keyboard.press("Space")
    for _ in range(right):
        page.keyboard.press("ArrowDown")  # moves to the next choice and chooses it
    assert quiz.locator("input").nth(right).is_checked(), (
        f"{where}: arrows did not choose"
    )
    feedback(quiz).locator("blockquote").wait_for()
    assert feedback(quiz).inner_text().startswith("Right.")
    # The explanation's link is the next stop: readers can follow it by keyboard.
    page.keyboard.press("Tab")
    inside = page.evaluate(
        "document.activeElement.closest('.quiz__feedback') !== null"
        " && document.activeElement.tagName === 'A'"
    )
    assert inside, (
        f"{where}: Tab after the choices does not reach the explanation's link"
    )
    assert problems(page) == [], f"{where}: {problems(page)}"


def test_mark_completed_persists_across_reloads_and_instant_navigation(page):
    first, second = TUTORIALS[0], TUTORIALS[1]
    page.goto(first, wait_until="networkidle")
    button = page.locator(DONE)
    assert button.is_visible(), f"{page.url}: no visible 'Mark as completed' button"
    assert button.inner_text().strip() == "Mark as completed"
    assert button.get_attribute("aria-pressed") == "false"
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    mark = nav_link(page, first).locator(".quiz-nav-done")
    assert mark.count() == 1, (
        f"{page.url}: no check mark next to {first} in the navigation"
    )
    name = nav_link(page, first).evaluate(
        "a => a.textContent.replace(/\\s+/g, ' ').trim()"
    )
    assert name.endswith("(completed)"), (
        f"{page.url}: nav link to {first} reads {name!r}"
    )

    page.reload(wait_until="networkidle")
    assert page.locator(DONE).get_attribute("aria-pressed") == "true", (
        f"{page.url}: 'completed' was not remembered across a reload"
    )
    instant(page, second)
    # quiz.js renders the new page's button once Material has swapped the content in.
    page.wait_for_function(
        "(sel) => document.querySelector(sel)?.getAttribute('aria-pressed') === 'false'",
        arg=DONE,
    )
    assert nav_link(page, first).locator(".quiz-nav-done").count() == 1, (
        f"{page.url}: after instant navigation, no check mark next to {first}"
    )
    assert nav_link(page, second).locator(".quiz-nav-done").count() == 0
    stored = page.evaluate("__md_get('progress')")
    assert stored == [first], f"{page.url}: localStorage holds {stored!r}"

    page.goto("./", wait_until="networkidle")
    count = page.locator(".quiz-progress__count")
    listed = page.locator(".quiz-progress").get_attribute("data-quiz-pages").split()
    expected = f"1 of {len(listed)} tutorial pages completed."
    assert count.inner_text() == expected, (
        f"{page.url}: home page says {count.inner_text()!r}"
    )
    assert count.get_attribute("role") == "status"
    page.locator(".quiz-progress__reset").click()
    assert count.inner_text() == f"0 of {len(listed)} tutorial pages completed."
    assert page.locator(".quiz-nav-done").count() == 0, f"{page.url}: marks after reset"
    instant(page, first)
    assert page.locator(DONE).get_attribute("aria-pressed") == "false", (
        f"{page.url}: still completed after the reset"
    )
    assert problems(page) == [], problems(page)


@needs_quiz
def test_every_right_answer_completes_the_page(page):
    page.goto(QUIZ_PAGE, wait_until="networkidle")
    sent = []
    # The browser asks for the favicon when it likes; anything else would be the script's.
    page.on(
        "request",
        lambda r: r.url.endswith("/favicon.png") or sent.append(r.url),
    )
    quizzes = page.locator("fieldset.quiz")
    for k in range(quizzes.count()):
        quiz = quizzes.nth(k)
        quiz.scroll_into_view_if_needed()
        choose(quiz, int(quiz.get_attribute("data-quiz-answer")))
        feedback(quiz).locator("blockquote").wait_for()
    last = feedback(quizzes.nth(quizzes.count() - 1))
    assert "marked as completed" in last.inner_text(), (
        f"{page.url}: {last.inner_text()!r}"
    )
    assert page.locator(DONE).get_attribute("aria-pressed") == "true", (
        f"{page.url}: every answer right, but the page is not marked as completed"
    )
    assert nav_link(page, QUIZ_PAGE).locator(".quiz-nav-done").count() == 1
    note = page.locator(".quiz-note")
    assert "marks this page as completed" in note.inner_text(), (
        f"{page.url}: no sentence under 'Check yourself' says what answering does"
    )
    assert sent == [], f"{page.url}: answering sent requests: {sent}"
    assert problems(page) == [], problems(page)


# Every self-check is the same hook's HTML: audit a page of each kind (one-line and multi-line
# choices, a recipe), not all 20 (each audit costs seconds of the suite's 5 minutes).
AUDITED = [u for u in ("queue/", "introduction/", "recipes/numpy/") if u in WITH_QUIZ]


@pytest.mark.parametrize(
    "url", AUDITED or WITH_QUIZ[:1] or [pytest.param(None, marks=needs_quiz)]
)
def test_an_open_question_and_its_feedback_are_accessible(page, url):
    """axe-core on pages with a self-check, one question answered wrongly, one rightly."""
    page.goto(url, wait_until="networkidle")
    quizzes = page.locator("fieldset.quiz")
    answered = []
    for k, state in ((0, "wrong"), (1, "right")):
        if k < quizzes.count():
            quiz = quizzes.nth(k)
            right = int(quiz.get_attribute("data-quiz-answer"))
            choose(quiz, right if state == "right" else (0 if right else 1))
            feedback(quiz).locator("p").first.wait_for()
            answered.append(state)
    page.locator(DONE).click()
    assert problems(page) == [], f"{page.url}: {problems(page)}"
    violations = accessibility_violations(page)
    assert violations == [], (
        f"{page.url} with questions answered {answered}: accessibility:\n  "
        + "\n  ".join(violations)
    )


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_controls_render_on_a_phone_in_light_and_dark(browser, base, scheme):
    # The reader's system picks the scheme (the palettes follow prefers-color-scheme).
    context = browser.new_context(
        viewport={"width": 375, "height": 740},
        base_url=base,
        color_scheme="dark" if scheme == "slate" else "light",
    )
    page = context.new_page()
    page.watch = Watch(page, base)
    try:
        url = QUIZ_PAGE or TUTORIALS[0]
        page.goto(url, wait_until="networkidle")
        found = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        assert found == scheme, f"{page.url}: scheme is {found}, not {scheme}"
        where = f"{page.url} at 375 px, {scheme}"
        controls = [page.locator(DONE)]
        if QUIZ_PAGE:
            quiz, right, wrong = first_quiz(page)
            choose(quiz, wrong)
            feedback(quiz).locator("p").first.wait_for()
            controls += [quiz, quiz.locator("label").nth(right), feedback(quiz)]
        for control in controls:
            control.scroll_into_view_if_needed()
            box = control.bounding_box()
            assert control.is_visible() and box["height"] > 0, (
                f"{where}: {control} hidden"
            )
            assert box["x"] >= 0 and box["x"] + box["width"] <= 375 + 0.5, (
                f"{where}: {control} is {box['width']:.0f} px wide at x={box['x']:.0f}, "
                "wider than the screen"
            )
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, f"{where}: the page scrolls sideways ({width} px)"
        violations = accessibility_violations(page)
        assert violations == [], f"{where}: accessibility:\n  " + "\n  ".join(
            violations
        )
        page.goto("./", wait_until="networkidle")
        box = page.locator(".quiz-progress")
        box.scroll_into_view_if_needed()
        assert box.is_visible(), f"{page.url} at 375 px, {scheme}: no progress box"
        assert page.locator(".quiz-progress__reset").is_visible()
        assert problems(page) == [], f"{where}: {problems(page)}"
    finally:
        context.close()


@needs_quiz
def test_without_javascript_the_page_still_reads_sensibly(browser, base):
    """The answer and its explanation sit in a collapsed <details>; no dead controls show."""
    context = browser.new_context(base_url=base, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(QUIZ_PAGE)
        quiz = page.locator("fieldset.quiz").first
        answer = quiz.locator("details.quiz__answer")
        assert answer.is_visible(), (
            f"{page.url}: no 'Answer and explanation' without JS"
        )
        assert not answer.locator("blockquote").is_visible(), f"{page.url}: answer open"
        answer.locator("summary").click()
        assert answer.locator("blockquote a[href]").first.is_visible()
        assert answer.locator(".quiz__key").text_content().startswith("Answer: ")
        for hidden in (".quiz-done", ".quiz-note"):
            assert not page.locator(hidden).is_visible(), f"{page.url}: {hidden} shown"
        page.goto("./")
        assert not page.locator(".quiz-progress").is_visible(), f"{page.url}: progress"
    finally:
        context.close()

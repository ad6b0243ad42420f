"""What a reader sees, checked in a real browser: Playwright driving Debian's Chromium.

The built site (site/, from `mkdocs build --strict`, which `make test` runs first) is served on
127.0.0.1 under the path of `site_url`, as GitHub Pages serves it, with 404.html for unknown
addresses. The tests type searches, click, press keys and watch every request; each failure
names the page address (and the query) to look at.

The browser is `$CHROMIUM` (default /usr/bin/chromium, Debian's package: `.ci/run` installs it
when missing). No browser is ever downloaded: without one, these tests are skipped with the
reason, except under `.ci/run` (REQUIRE_BROWSER=1), where they fail. Run them alone with
`make build && .venv/bin/pytest tests/test_browser.py -n 0`.
"""

from __future__ import annotations

import contextlib
import gzip
import http.server
import os
import re
import threading
import urllib.error
import urllib.request
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from mkdocs.config import load_config

from scripts.page_blocks import ROOT, SITE

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CONFIG = load_config(str(ROOT / "mkdocs.yml"))
PREFIX = urlsplit(CONFIG.site_url).path  # "/multiprocessing-guide/"
SEPARATOR = CONFIG.plugins["material/search"].config.separator
PAGES = sorted(
    p.relative_to(SITE).as_posix().removesuffix("index.html")
    for p in SITE.rglob("*.html")
    if p.name == "index.html"
)
# Pages that only forward to another (mkdocs-redirects): checked for errors, not for content.
REDIRECTS = {
    p for p in PAGES if 'http-equiv="refresh"' in (SITE / p / "index.html").read_text()
}
# Flags from Debian's Chromium under root in a closed network: no sandbox (root), and no
# background traffic to Google's services, which this machine would refuse.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.skipif(not PAGES, reason="site/ is not built: run `make build` first"),
    pytest.mark.skipif(
        not CHROMIUM.exists() and not os.environ.get("REQUIRE_BROWSER"),
        reason=f"no Chromium at {CHROMIUM}: `apt-get install chromium`, or set CHROMIUM",
    ),
]

# Query as a reader types it -> the tutorial section that explains it, which must be the first
# search result, and the reference entry, which must be the first result after that page's.
SEARCHES = [
    (
        "imap_unordered",
        "pool/#imap_unordered-results-as-they-finish",
        "reference/pool/#multiprocessing.pool.Pool.imap_unordered",
    ),
    (
        "Pool.map",
        "pool/#map-one-function-many-items-results-in-order",
        "reference/pool/#multiprocessing.pool.Pool.map",
    ),
    (
        "task_done",
        "queue/#joinablequeue-task_done-and-join",
        "reference/queues/#multiprocessing.queues.JoinableQueue.task_done",
    ),
    (
        "set_start_method",
        "start-methods/#set_start_method-the-program-wide-default",
        "reference/context/#multiprocessing.set_start_method",
    ),
    (
        "duplex",
        "pipe/#pipeduplexfalse-which-end-does-what",
        "reference/connection/#multiprocessing.Pipe",
    ),
    ("EOFError", "pipe/#eoferror-close-the-ends-you-do-not-use", None),
    # Reference entries of what 3.14 added, and an entry found by what its notes say: each
    # entry's notes are indexed with the entry (hooks/reference.py), not at the page's top.
    (
        "Process.interrupt",
        "process/#interrupt-stop-a-child-and-let-it-clean-up",
        "reference/process/#multiprocessing.Process.interrupt",
    ),
    (
        "terminate_workers",
        "pool/#terminate-workers-and-kill-workers",
        "reference/pool/#concurrent.futures.ProcessPoolExecutor.terminate_workers",
    ),
    (
        "kill_workers",
        "pool/#terminate-workers-and-kill-workers",
        "reference/pool/#concurrent.futures.ProcessPoolExecutor.kill_workers",
    ),
    (
        "buffersize",
        "pool/#executor-map-buffersize",
        "reference/pool/#concurrent.futures.ProcessPoolExecutor.map",
    ),
    # The Pitfalls page, about exceptions, comes between the tutorial and the reference here;
    # tests/test_reference.py checks that the map entry's own section holds its exception note.
    (
        "Executor.map exception",
        "pool/#exceptions-pool-map-at-the-call-executor-map-in-the-loop",
        None,
    ),
    (
        "maxtasksperchild",
        "pool/#maxtasksperchild-recycle-workers",
        "reference/pool/#multiprocessing.pool.Pool",
    ),
    ("IronPython", "implementations/#ironpython-python-on-net", None),
    # Questions readers ask, answered by the "In practice" pages (search: boost: 0.5, so that
    # an API's tutorial section still comes before the recipes that use it).
    (
        "numpy shared memory",
        "recipes/numpy/#share-a-numpy-array-between-processes-with-sharedmemory",
        None,
    ),
    ("pandas", "recipes/pandas/#split-a-groupbyapply-across-a-pool", None),
    ("pandas groupby", "recipes/pandas/#split-a-groupbyapply-across-a-pool", None),
    ("progress bar", "recipes/progress/#a-tqdm-progress-bar-for-a-pool", None),
    (
        "random seed",
        "recipes/random-seeds/#seed-each-worker-differently-reseed-in-a-pool-initializer",
        None,
    ),
    (
        "daemonic",
        "recipes/nested-pools/#assertionerror-daemonic-processes-are-not-allowed-to-have-children",
        None,
    ),
    (
        "dask",
        "recipes/beyond-one-machine/#dask-on-a-localcluster-of-worker-processes",
        None,
    ),
    ("joblib", "recipes/beyond-one-machine/#joblib-parallel-and-delayed", None),
    ("tqdm", "recipes/progress/#a-tqdm-progress-bar-for-a-pool", None),
    ("jupyter", "recipes/notebooks-and-scripts/#jupyter-notebook-or-repl", None),
    ("timeout kill", "recipes/timeouts/#stop-a-task-that-takes-too-long", None),
    (
        "cloudpickle",
        "recipes/pickling/#when-to-reach-for-cloudpickle-lambdas-closures-notebook-functions",
        None,
    ),
    ("authkey", "recipes/other-processes/#listener-and-client-with-an-authkey", None),
    (
        "free-threaded",
        "gil/#free-threaded-cpython-pep-703-pep-779-and-the-t-builds",
        None,
    ),
]

# Bytes a first visit to a typical page may transfer, uncompressed as served here and gzipped
# as GitHub Pages sends them. Measured 2026-11-24 on docs/pool.md (see the closing note of
# issue 5: html 172 kB / 24 kB gzipped, css 158/27, js 154/48, search index 322/77, total
# 810/178); the budget leaves 15-50% headroom. Raise it only with a reason in the commit.
# 2026-12-02: the search index holds the text of every page, and the site went from 14 pages
# to 32 (the recipes, the reference): 572/149 kB, so its budget and the total's went up. It
# loads in a web worker after the page, so it does not delay the first paint. The html fell
# from 273 to 196 kB when code blocks lost their per-line anchors and spans (mkdocs.yml).
BUDGET_PAGE = "pool/"
BUDGET = {  # kind: (uncompressed, gzipped)
    "html": (260_000, 40_000),
    "css": (180_000, 30_000),
    "js": (200_000, 60_000),
    "search index": (680_000, 180_000),
    "total": (1_250_000, 290_000),
}


class Handler(http.server.SimpleHTTPRequestHandler):
    """Serve site/ under PREFIX, with 404.html for anything else, like GitHub Pages."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(SITE), **kwargs)

    def translate_path(self, path):
        path = urlsplit(path).path
        if not path.startswith(PREFIX):
            return str(SITE / "does-not-exist")
        return super().translate_path("/" + path[len(PREFIX) :])

    def send(self, status: int, content_type: str, body: bytes):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        # Material's instant navigation follows only links listed in sitemap.xml, whose
        # addresses start with site_url; a real host matches them, a local port does not.
        if urlsplit(self.path).path == PREFIX + "sitemap.xml":
            local = f"http://{self.headers['Host']}{PREFIX}"
            sitemap = (SITE / "sitemap.xml").read_text().replace(CONFIG.site_url, local)
            return self.send(200, "application/xml", sitemap.encode())
        return super().do_GET()

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        return self.send(
            404, "text/html; charset=utf-8", (SITE / "404.html").read_bytes()
        )

    def log_message(self, *args):
        pass

    def handle(self):
        # The browser may move on before a response is sent.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            super().handle()


@pytest.fixture(scope="module")
def base():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}{PREFIX}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


class Watch:
    """Everything a page did wrong: console errors, failed or foreign requests."""

    def __init__(self, page, base):
        self.problems = []
        self.bodies = {}
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(base))

        def console(msg):
            if msg.type == "error":
                self.problems.append(f"console error: {msg.text}")

        def request(req):
            if not req.url.startswith((origin + "/", "data:", "blob:")):
                self.problems.append(f"request to another origin: {req.url}")

        def response(resp):
            if resp.status >= 400 and not resp.url.endswith("/does-not-exist/"):
                self.problems.append(f"HTTP {resp.status}: {resp.url}")
            if resp.status == 200:
                self.bodies[resp.url] = resp

        page.on("console", console)
        page.on("pageerror", lambda err: self.problems.append(f"page error: {err}"))
        page.on("request", request)

        def failed(req):
            # A redirect page's own load is cut short when it forwards: not a failure.
            if not (req.is_navigation_request() and req.failure == "net::ERR_ABORTED"):
                self.problems.append(f"failed ({req.failure}): {req.url}")

        page.on("requestfailed", failed)
        page.on("response", response)


@pytest.fixture
def page(browser, base):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, base_url=base
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    context.set_default_timeout(20_000)  # a busy 2-core machine
    page = context.new_page()
    page.watch = Watch(page, base)
    yield page
    context.close()


def path_of(url: str, base: str) -> str:
    """`pool/#anchor` for `http://host/prefix/pool/?h=map#anchor`."""
    parts = urlsplit(url)
    path = parts.path.removeprefix(urlsplit(base).path)
    return path + (f"#{parts.fragment}" if parts.fragment else "")


def search(page, query: str) -> list[str]:
    """Type `query` into the search box; the addresses of the results, in order."""
    page.goto("./")
    page.locator("input.md-search__input").click()
    page.wait_for_function(
        "document.querySelector('.md-search-result__meta').textContent.trim()"
        " !== 'Initializing search'"
    )
    page.locator("input.md-search__input").press_sequentially(query)
    # Results come in while typing: wait for those of the whole query, whose links carry its
    # last term in their highlight parameter (`?h=pool+map`).
    last = re.split(SEPARATOR, query.lower())[-1]
    page.wait_for_function(
        """(last) => [...document.querySelectorAll('.md-search-result__link')].some(
             (a) => (new URL(a.href).searchParams.get('h') || '').split(' ').includes(last))""",
        arg=last,
    )
    return page.eval_on_selector_all(
        ".md-search-result__link", "links => links.map(a => a.href)"
    )


@pytest.mark.parametrize(
    "query, section, reference", SEARCHES, ids=[q for q, *_ in SEARCHES]
)
def test_search_lands_on_the_section_that_explains_it(
    page, base, query, section, reference
):
    hrefs = search(page, query)
    # Material lists results by page: the page itself (its title and first paragraphs) heads
    # its group, then its matching sections. The rank that matters is that of the sections.
    found = [path_of(h, base) for h in hrefs]
    sections = [p for p in found if "#" in p]
    listing = "\n".join(f"  {i}. {p}" for i, p in enumerate(found[:10], 1))
    where = f"search for {query!r} on {base}"
    assert found[0] == section.split("#")[0] and sections[0] == section, (
        f"{where}: the first result should be {section}, got:\n{listing}\n"
        "Put the name in that section's heading, or see `search:` in mkdocs.yml"
    )
    if reference:  # next after the tutorial page's sections: the reference entry
        page_of_section = section.split("#")[0]
        after = [p for p in sections if not p.startswith(page_of_section)]
        assert after and after[0] == reference, (
            f"{where}: after {page_of_section}, the next result should be {reference}, "
            f"got {after[:1]}:\n{listing}"
        )
    link = page.locator(".md-search-result__link").nth(found.index(section))
    if not link.is_visible():  # folded under "N more on this page": a reader opens it
        link.locator("xpath=ancestor::details[1]/summary").click()
    link.click()
    page.wait_for_url(re.compile(re.escape(section.split("#")[1]) + "$"))
    assert path_of(page.url, base) == section, f"{where}: clicking landed on {page.url}"
    assert page.watch.problems == [], f"{where}: {page.watch.problems}"


def test_search_highlights_the_term_on_the_page_it_opens(page, base):
    search(page, "maxtasksperchild")
    page.locator(".md-search-result__link[href*='#']").first.click()
    page.wait_for_url(re.compile(r"/pool/.*#"))
    marks = page.locator("article mark[data-md-highlight]")
    marks.first.wait_for()
    assert marks.first.text_content().lower() == "maxtasksperchild", (
        f"{page.url}: search.highlight marked {marks.first.text_content()!r}"
    )


def test_search_suggests_the_rest_of_an_identifier(page, base):
    search(page, "imap_un")
    suggestion = page.locator(".md-search__suggest").text_content()
    assert suggestion.strip() == "imap_unordered", (
        f"search for 'imap_un' on {base}: suggested {suggestion!r}, not 'imap_unordered'"
    )


KEYBOARD = """
(() => {
  // Not what a closed box (a collapsed solution, a version variant) holds: Tab skips it.
  const targets = [...document.querySelectorAll("article .headerlink, article div.highlight")]
    .filter((el) => !el.closest("details:not([open])"));
  targets.forEach((el, i) => (el.dataset.kb = String(i)));
  window.kbSeen = new Set();
  window.kbLeft = false;
  document.addEventListener("focusin", (ev) => {
    const el = ev.target.closest("[data-kb]");
    if (el) window.kbSeen.add(el.dataset.kb);  // a permalink, or a code block's code or button
    if (window.kbSeen.size && !ev.target.closest("article")) window.kbLeft = true;
  });
  return targets.length;
})()
"""
MISSED = """[...document.querySelectorAll('[data-kb]')]
  .filter((el) => !window.kbSeen.has(el.dataset.kb))
  .map((el) => el.matches('.headerlink')
    ? 'heading: ' + el.parentElement.textContent.replace('¶', '').trim()
    : 'code block: ' + el.textContent.trim().split('\\n')[0].slice(0, 60))"""


LINKS = """[...document.querySelectorAll('a[href]')].map((a) => a.href)
  .filter((href) => href.startsWith(location.origin))"""
_fetched: dict[str, tuple[int, set[str]]] = {}


def ids_at(url: str) -> tuple[int, set[str]]:
    """HTTP status of a same-site address, and the ids its HTML defines (cached)."""
    if url not in _fetched:
        try:
            with urllib.request.urlopen(url) as response:
                html = response.read().decode("utf-8", errors="replace")
                _fetched[url] = (
                    response.status,
                    set(re.findall(r'\bid="([^"]+)"', html)),
                )
        except urllib.error.HTTPError as error:
            _fetched[url] = (error.code, set())
    return _fetched[url]


def broken_links(page) -> list[str]:
    """Links of the page whose address is not 200, or whose #anchor is not on it."""
    broken = []
    here = page.url.partition("#")[0].partition("?")[0]
    for href in sorted(set(page.evaluate(LINKS))):
        address, _, fragment = href.partition("#")
        address = address.partition("?")[0]
        if address == here and not fragment:
            continue  # the page itself (`#`, `?q=` of the search): it loaded, or we'd know
        status, ids = ids_at(address)
        if status != 200:
            broken.append(f"{href} -> HTTP {status}")
        elif fragment and unquote(fragment) not in ids:
            broken.append(f"{href} -> no id {unquote(fragment)!r} there")
    return broken


AXE_RULES = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],  # the same violations, a quarter less work
}


def accessibility_violations(page, contrast: bool = True) -> list[str]:
    """What axe-core (bundled with axe-playwright-python) finds against WCAG 2.1 A and AA.

    contrast=False leaves out axe's color-contrast rule, which is 70% of axe's time on a
    long page (3.6 of 5.0 s on pool/).
    """
    from axe_playwright_python.sync_playwright import Axe

    options = AXE_RULES
    if not contrast:
        options = {**AXE_RULES, "rules": {"color-contrast": {"enabled": False}}}
    found = Axe().run(page, options=options).response["violations"]
    return [
        f"{v['id']} ({v['impact']}, {len(v['nodes'])}x): {v['help']}; first at "
        f"{v['nodes'][0]['target']}: {v['nodes'][0]['failureSummary'].splitlines()[-1].strip()}"
        for v in found
    ]


def clean(page, path):
    """The page's problems, less the one a 404 address must have."""
    problems = list(page.watch.problems)
    # The address itself is a 404, and Chromium says so once.
    if path == "does-not-exist/":
        problems.remove(
            "console error: Failed to load resource: "
            "the server responded with a status of 404 (Not Found)"
        )
    return problems


@pytest.mark.parametrize("path", PAGES + ["does-not-exist/"])
def test_page_errors_requests_and_keyboard(page, path):
    """No console error, failed or foreign request, broken link or accessibility violation.

    Every same-site link must answer 200 and its #anchor must exist there; axe-core finds no
    WCAG 2.1 A or AA violation. On one page of each kind (KEYBOARD_PAGES), every heading's
    permalink and every visible code block must take the focus in a reader's keyboard walk.
    axe checks color contrast on CONTRAST_PAGES only: colors come from the theme's stylesheets,
    and test_contrast_pages_show_every_kind_of_block makes sure those pages hold every kind
    of code token and admonition the site has.
    Redirect pages only forward, so only their requests and links are checked.
    """
    # Waiting for the network to fall idle (0.5 s without a request) catches a failed request
    # for the search index, which loads after the page; every page loads the same one, so
    # the wait is made on one page of each kind.
    page.goto(path, wait_until="networkidle" if path in KEYBOARD_PAGES else "load")
    assert page.locator("h1").count() >= 1, f"{page.url}: no h1 rendered"
    problems = clean(page, path) + broken_links(page)
    assert problems == [], f"{page.url}:\n  " + "\n  ".join(problems)
    if path in REDIRECTS:
        return
    if path in KEYBOARD_PAGES:
        keyboard_walk(page)
        problems = clean(page, path)
        assert problems == [], (
            f"{page.url}, after the keyboard walk:\n  " + "\n  ".join(problems)
        )
    violations = accessibility_violations(page, contrast=path in CONTRAST_PAGES)
    assert violations == [], (
        f"{page.url}: accessibility (axe-core, WCAG 2.1 AA; theme fixes go in "
        "docs/assets/stylesheets/extra.css):\n  " + "\n  ".join(violations)
    )


# The walk and the contrast check take seconds a page, and every page is the same templates
# and the same kinds of blocks: do them on one page of each kind (home, tutorial, recipe,
# reference, the 404 page).
KEYBOARD_PAGES = {
    "",
    "pool/",
    "start-methods/",
    "recipes/numpy/",
    "reference/pool/",
    "does-not-exist/",
}
# process/ has the tip admonition and the tokens of a class statement; reference/ the YAML ones.
CONTRAST_PAGES = KEYBOARD_PAGES | {"process/", "reference/"}


def kinds_of_block(html: str) -> set[str]:
    """The kinds of highlighted token, admonition and collapsible block a page's HTML has."""
    found = set()
    for block in re.findall(
        r'<div class="[^"]*highlight[^"]*">(.*?)</div>', html, re.S
    ):
        found |= {f"token {c}" for c in re.findall(r'<span class="([^"]+)"', block)}
    found |= {
        f"admonition {c}" for c in re.findall(r'<div class="admonition ([^"]+)"', html)
    }
    found |= {f"details {c}" for c in re.findall(r'<details class="([^"]+)"', html)}
    return found


def test_contrast_pages_show_every_kind_of_block():
    """Each color the pages use is on a page whose contrast axe checks (CONTRAST_PAGES)."""
    kinds = {
        path: kinds_of_block((SITE / path / "index.html").read_text(encoding="utf-8"))
        for path in PAGES
    }
    checked = set().union(*(kinds[p] for p in CONTRAST_PAGES if p in kinds))
    unchecked = {p: sorted(k - checked) for p, k in kinds.items() if k - checked}
    assert not unchecked, (
        "tests/test_browser.py CONTRAST_PAGES: add a page that shows these, so that axe checks "
        f"their contrast: {unchecked}"
    )


def keyboard_walk(page):
    """Tab, Enter on "Skip to content", then Tab through the article to its end."""
    page.keyboard.press("Tab")
    if page.locator("a.md-skip").count():  # pages with a table of contents have one
        skip = page.evaluate("document.activeElement.className")
        assert "md-skip" in skip, (
            f"{page.url}: the first Tab stop is {skip!r}, not 'Skip'"
        )
        # Material re-renders the article on Enter: mark it afterwards.
        page.keyboard.press("Enter")
        page.wait_for_timeout(100)
    count = page.evaluate(KEYBOARD)
    for _ in range(400):  # a bound, far above any page's number of stops
        for _ in range(5):
            page.keyboard.press("Tab")
        if page.evaluate(f"window.kbLeft || window.kbSeen.size === {count}"):
            break
    missed = page.evaluate(MISSED)
    assert missed == [], (
        f"{page.url}: Tab never reaches {len(missed)} of {count}:\n  "
        + "\n  ".join(missed)
    )


def test_navigation_is_instant_and_the_footer_leads_on(page, base):
    page.goto("./", wait_until="networkidle")
    page.evaluate("window.sameDocument = true")
    page.locator(".md-nav__link", has_text="Pool").first.click()
    page.wait_for_url(re.compile(r"/pool/$"))
    page.locator("article h1").filter(has_text=re.compile("^Pool")).wait_for()
    assert page.evaluate("window.sameDocument === true"), (
        f"{page.url}: clicking a nav link reloaded the page (navigation.instant is off)"
    )
    page.locator("a.md-footer__link--next").click()
    page.wait_for_url(re.compile(r"/queue/$"))
    page.go_back()
    page.wait_for_url(re.compile(r"/pool/$"))
    assert page.watch.problems == [], page.watch.problems


def test_edit_this_page_opens_the_file_in_the_repository(page):
    page.goto("pool/")
    edit = page.locator("a.md-content__button[href*='/edit/']")
    expected = CONFIG.repo_url + "/" + CONFIG.edit_uri + "pool.md"
    assert edit.get_attribute("href") == expected, (
        f"{page.url}: 'Edit this page' points at {edit.get_attribute('href')}"
    )


def test_copy_button_copies_the_code(page):
    page.goto("pool/")
    block = page.locator("article div.highlight").first
    block.hover()
    block.locator("button[data-md-type=copy], button.md-clipboard").first.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    title = block.locator(".filename").text_content()  # the snippet's path
    expected = (ROOT / title).read_text(encoding="utf-8")
    assert copied.strip() == expected.strip(), (
        f"{page.url}: the copy button of {title} copied {copied[:80]!r}"
    )


def test_light_dark_toggle_switches_and_is_remembered(page):
    page.goto("pool/")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    assert page.evaluate(scheme) == "default"
    page.locator("form[data-md-component=palette] label:visible").click()
    assert page.evaluate(scheme) == "slate", f"{page.url}: the toggle did not go dark"
    page.reload()
    assert page.evaluate(scheme) == "slate", f"{page.url}: dark was not remembered"
    violations = accessibility_violations(page)
    assert violations == [], f"{page.url}, dark: accessibility:\n  " + "\n  ".join(
        violations
    )
    page.locator("form[data-md-component=palette] label:visible").click()
    assert page.evaluate(scheme) == "default", (
        f"{page.url}: the toggle did not go light"
    )


def kind_of(url: str) -> str:
    path = urlsplit(url).path
    if path.endswith("search_index.json"):
        return "search index"
    for suffix, kind in (
        (".css", "css"),
        (".js", "js"),
        ("/", "html"),
        (".html", "html"),
    ):
        if path.endswith(suffix):
            return kind
    return "other"


def page_weight(page) -> dict[str, tuple[int, int]]:
    """Bytes per kind of a first visit to BUDGET_PAGE, search included: (raw, gzipped)."""
    page.goto(BUDGET_PAGE, wait_until="networkidle")
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially("pool")
    page.locator(".md-search-result__item").first.wait_for()
    weight = defaultdict(lambda: [0, 0])
    for url, response in page.watch.bodies.items():
        body = response.body()
        for kind in (kind_of(url), "total"):
            weight[kind][0] += len(body)
            weight[kind][1] += len(gzip.compress(body))
    return {kind: tuple(v) for kind, v in weight.items()}


def test_a_typical_page_stays_within_its_budget(page):
    weight = page_weight(page)
    table = "\n".join(
        f"  {kind:<13} {raw:>9,} B  gzip {gz:>8,} B   budget {BUDGET.get(kind, ('-', '-'))}"
        for kind, (raw, gz) in sorted(weight.items())
    )
    over = [
        kind
        for kind, (raw, gz) in weight.items()
        if kind in BUDGET and (raw > BUDGET[kind][0] or gz > BUDGET[kind][1])
    ]
    assert not over, (
        f"{page.url}: over budget in {over} (tests/test_browser.py BUDGET):\n{table}"
    )

"""The built site (site/, from `mkdocs build --strict` in `make test`): what it loads, what it says.

- No page loads a script, stylesheet, image, font or frame from another origin, and none makes
  Material's JavaScript call the GitHub API (overrides/partials/source.html removes it).
- Every page has its canonical URL (site_url + its path), is listed in sitemap.xml, and has the
  Open Graph and Twitter card tags of overrides/main.html; the card image is a PNG of the site.
- Every link and asset of 404.html reaches a file of the site when served under site_url's path,
  from any depth (overrides/404.html).
- llms.txt lists every page of the nav, and llms-full.txt holds the code of every snippet.
- Every redirect of mkdocs.yml lands on a built page.

Run `make build` first when running pytest by hand; SITE_DIR=/some/dir checks a site built with
`mkdocs build -d /some/dir` instead.
"""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from fnmatch import fnmatch
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, get_files
from mkdocs.utils.meta import get_data

from scripts.page_blocks import ROOT, SITE, includes

HTML = sorted(SITE.rglob("*.html")) if SITE.is_dir() else []
needs_site = pytest.mark.skipif(
    not HTML, reason=f"{SITE} is not built: run `make build` first"
)

CONFIG = load_config(str(ROOT / "mkdocs.yml"))
SITE_URL = CONFIG.site_url or ""
PAGES = {f.src_uri: f for f in get_files(CONFIG).documentation_pages()}
REDIRECTS = CONFIG.plugins["redirects"].config["redirect_maps"]
LLMS = CONFIG.plugins["llmstxt"].config
# The pages overrides/404.html must link to.
MAIN_PAGES = [
    "introduction.md",
    "process.md",
    "pool.md",
    "queue.md",
    "pipe.md",
    "start-methods.md",
    "pitfalls.md",
]
# <link rel=...> values that name a URL without making the browser fetch it.
NOT_FETCHED = {"canonical", "alternate", "prev", "next", "author", "license", "me"}
SOCIAL = [
    "og:type",
    "og:site_name",
    "og:title",
    "og:description",
    "og:url",
    "og:image",
    "og:image:width",
    "og:image:height",
    "og:image:alt",
    "twitter:card",
    "twitter:title",
    "twitter:description",
    "twitter:image",
]


class Tag:
    def __init__(self, name: str, attrs: dict[str, str], line: int, in_article: bool):
        self.name, self.attrs, self.line = name, attrs, line
        self.in_article = in_article  # in the page's own content, not the nav or header


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[Tag] = []
        self._articles = 0
        self._title: list[str] | None = None
        self.title = ""

    def handle_starttag(self, tag, attrs):
        self._articles += tag == "article"
        attrs = {k: v or "" for k, v in attrs}
        self.tags.append(Tag(tag, attrs, self.getpos()[0], self._articles > 0))
        if tag == "title":
            self._title = []

    def handle_data(self, data):
        if self._title is not None:
            self._title.append(data)

    def handle_endtag(self, tag):
        self._articles -= tag == "article"
        if tag == "title" and self._title is not None:
            self.title, self._title = " ".join("".join(self._title).split()), None


@cache
def parse(path: Path) -> _Parser:
    parser = _Parser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def shown(path: Path) -> str:
    """A path as a contributor types it: relative to the repository when it is inside it."""
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def at(path: str, needle: str) -> str:
    """`path:line` of the first line of a repository file that contains `needle`."""
    lines = (ROOT / path).read_text(encoding="utf-8").splitlines()
    line = next((n for n, text in enumerate(lines, 1) if needle in text), None)
    return f"{path}:{line}" if line else path


def built(src: str) -> Path:
    return SITE / PAGES[src].dest_uri


def built_page(src: str) -> Path:
    """The HTML file of a page of docs/; the test fails when it was not built."""
    page = built(src)
    if not page.is_file():
        pytest.fail(
            f"docs/{src} was not built: {shown(page)} is missing", pytrace=False
        )
    return page


def canonical_links(page: Path) -> list[Tag]:
    return [
        t
        for t in parse(page).tags
        if t.name == "link" and t.attrs.get("rel") == "canonical"
    ]


def url_of(src: str) -> str:
    """The absolute URL of a page, as MkDocs computes its canonical URL."""
    url = File(src, "", "", CONFIG.use_directory_urls).url
    return SITE_URL + ("" if url in (".", "./") else url)


def local_file(url: str) -> Path | None:
    """The file of site/ that an absolute URL of the site (site_url or its path) serves."""
    base = urlsplit(SITE_URL).path
    if re.match(r"[a-z]+:", url) and not url.startswith(SITE_URL):
        return None
    path = urlsplit(url).path
    if path.endswith("/."):  # Material links the home page of 404.html as /base/.
        path = path[:-1]
    if not path.startswith(base):
        return None
    path = path[len(base) :]
    target = SITE / path
    return target / "index.html" if path.endswith("/") or path == "" else target


def nav_pages(items=None) -> list[str]:
    """The src paths of every page in the nav, in order."""
    out = []
    for item in CONFIG.nav if items is None else items:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            out += nav_pages(value)
        elif isinstance(value, str) and not re.match(r"[a-z]+://", value):
            out.append(value)
    return out


def llms_pages() -> list[str]:
    """The src paths the llmstxt plugin lists, globs expanded as the plugin does."""
    out = []
    for entries in LLMS["sections"].values():
        for entry in entries:
            name = next(iter(entry)) if isinstance(entry, dict) else entry
            out += (
                [src for src in PAGES if fnmatch(src, name)] if "*" in name else [name]
            )
    return out


@needs_site
@pytest.mark.parametrize("page", HTML, ids=lambda p: p.relative_to(SITE).as_posix())
def test_page_loads_nothing_from_another_origin(page):
    html = page.read_text(encoding="utf-8")
    loads = [
        (tag, tag.attrs.get("src") or tag.attrs.get("href", ""))
        for tag in parse(page).tags
        if tag.name in ("script", "img", "iframe", "source", "video", "audio", "embed")
        or (
            tag.name == "link"
            and not set(tag.attrs.get("rel", "").split()) & NOT_FETCHED
        )
    ]
    remote = [
        f"  {shown(page)}:{tag.line}: <{tag.name}> {url}"
        for tag, url in loads
        if re.match(r"(https?:)?//", url)
    ]
    if remote:
        pytest.fail(
            f"{shown(page)} loads from another origin:\n" + "\n".join(remote),
            pytrace=False,
        )
    if 'data-md-component="source"' in html:
        pytest.fail(
            f"{shown(page)}: the repository widget would call the GitHub API",
            pytrace=False,
        )


@needs_site
@pytest.mark.parametrize("src", sorted(PAGES))
def test_canonical_url(src):
    page = built_page(src)
    expected = url_of(src)
    links = canonical_links(page)
    if [t.attrs["href"] for t in links] != [expected]:
        found = ", ".join(f"line {t.line}: {t.attrs['href']}" for t in links) or "none"
        pytest.fail(
            f"{shown(page)}: the canonical link of docs/{src} should be {expected}, found "
            f"{found}. It is site_url ({at('mkdocs.yml', 'site_url:')}) + the page's path; "
            "Material writes it in its site_meta block (keep it in overrides/).",
            pytrace=False,
        )


@needs_site
def test_sitemap_lists_every_page():
    sitemap = SITE / "sitemap.xml"
    if not sitemap.is_file():
        pytest.fail(f"{shown(sitemap)} is missing: MkDocs writes it", pytrace=False)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    listed = [
        loc.text for loc in ET.parse(sitemap).getroot().findall("s:url/s:loc", ns)
    ]
    missing = [
        f"  docs/{src} as {url_of(src)}"
        for src in sorted(PAGES)
        if url_of(src) not in listed
    ]
    wrong = [
        f"  {url}"
        for url in listed
        if not (local_file(url) and local_file(url).is_file())
    ]
    if missing or wrong:
        pytest.fail(
            f"{shown(sitemap)} (site_url: {at('mkdocs.yml', 'site_url:')}):\n"
            + ("does not list:\n" + "\n".join(missing) + "\n" if missing else "")
            + (
                "lists URLs that are not pages of site/:\n" + "\n".join(wrong)
                if wrong
                else ""
            ),
            pytrace=False,
        )


@needs_site
@pytest.mark.parametrize("src", sorted(PAGES))
def test_social_tags(src):
    page = built_page(src)
    tags = parse(page).tags
    meta = {
        t.attrs.get("property") or t.attrs.get("name"): t
        for t in tags
        if t.name == "meta"
    }
    content = {key: t.attrs.get("content", "") for key, t in meta.items()}
    _, front = get_data((ROOT / "docs" / src).read_text(encoding="utf-8"))
    description = front.get("description") or CONFIG.site_description
    title = parse(page).title.removesuffix(f" - {CONFIG.site_name}")
    image = SITE_URL + CONFIG.extra["social_card"]["image"]
    problems = [f"no {key} tag" for key in SOCIAL if not content.get(key)]
    expect = {
        "og:url": url_of(src),
        "og:title": title,
        "twitter:title": title,
        "og:description": description,
        "twitter:description": description,
        "og:image": image,
        "twitter:image": image,
    }
    problems += [
        f"line {meta[key].line}: {key} is {content[key]!r}, expected {value!r}"
        for key, value in expect.items()
        if content.get(key) and content[key] != value
    ]
    picture = local_file(image)
    if not (picture and picture.is_file()):
        problems.append(f"the og:image {image} is not a file of the site ({picture})")
    if problems:
        pytest.fail(
            f"{shown(page)} (from docs/{src}): the link-preview tags are wrong:\n  "
            + "\n  ".join(problems)
            + f"\nThey come from {at('overrides/main.html', 'block extrahead')}: title and "
            f"description from the page's front matter (docs/{src}), else its <title> and "
            f"site_description; the image from extra.social_card "
            f"({at('mkdocs.yml', 'social_card:')}).",
            pytrace=False,
        )


def test_social_image_is_a_png_of_the_declared_size():
    card = CONFIG.extra["social_card"]
    image = ROOT / "docs" / card["image"]
    where = f"{shown(image)} (drawn by scripts/social_card.py, declared at " + at(
        "mkdocs.yml", "social_card:"
    )
    if not image.is_file():
        pytest.fail(f"{where}) is missing", pytrace=False)
    data = image.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        pytest.fail(f"{where}) is not a PNG", pytrace=False)
    size = struct.unpack(">II", data[16:24])
    if size != (card["width"], card["height"]):
        pytest.fail(
            f"{where}) is {size[0]}x{size[1]}, but mkdocs.yml says "
            f"{card['width']}x{card['height']}",
            pytrace=False,
        )
    if len(data) > 5_000_000:
        pytest.fail(
            f"{where}) is over 5 MB, the limit of several platforms", pytrace=False
        )


@needs_site
def test_404_page_links_resolve_from_any_depth():
    page = SITE / "404.html"
    if not page.is_file():
        pytest.fail(f"{shown(page)} is missing (overrides/404.html)", pytrace=False)
    base = urlsplit(SITE_URL).path
    problems = []
    linked = set()
    for tag in parse(page).tags:
        url = tag.attrs.get("href") or tag.attrs.get("src")
        if tag.name not in ("a", "link", "script", "img") or not url:
            continue
        if url.startswith("#") or re.match(r"[a-z]+:", url) or url.startswith("//"):
            continue  # an anchor, another site (test_page_loads_... checks loads) or javascript:
        # The link in the template, when it is written there; else the line of site/404.html.
        path = url[len(base) :] if url.startswith(base) else url
        src = at("overrides/404.html", f"'{path}'") if path else ""
        where = src if ":" in src else f"{shown(page)}:{tag.line}"
        if not url.startswith("/"):
            problems.append(
                f"{where}: {url} is relative: it breaks when served from a/b/c/"
            )
            continue
        target = local_file(url)
        if target is None or not target.is_file():
            problems.append(f"{where}: {url} is not a file of the site ({target})")
        elif tag.name == "a" and tag.in_article:
            linked.add(target)
    for src in MAIN_PAGES:
        if src not in PAGES:
            problems.append(
                f"tests/test_site.py: MAIN_PAGES names docs/{src}, which is gone"
            )
        elif built(src) not in linked:
            problems.append(f"overrides/404.html: no link to docs/{src}")
    if problems:
        pytest.fail(
            f"{shown(page)} (from overrides/404.html; links must start with {base}, the path "
            f"of site_url):\n  " + "\n  ".join(problems),
            pytrace=False,
        )


@needs_site
def test_llms_txt_lists_every_nav_page():
    llms = SITE / "llms.txt"
    where = at("mkdocs.yml", "- llmstxt:")
    if not llms.is_file():
        pytest.fail(
            f"{shown(llms)} is missing: see plugins: llmstxt, {where}", pytrace=False
        )
    text = llms.read_text(encoding="utf-8")
    links = re.findall(r"\]\((\S+?)\)", text)
    problems = []
    for src in nav_pages():
        if src not in PAGES:
            problems.append(
                f"docs/{src} is in the nav ({at('mkdocs.yml', src)}) but missing"
            )
            continue
        # Where the plugin writes the page's Markdown: site/pool/index.md for docs/pool.md.
        url = urljoin(SITE_URL, Path(PAGES[src].dest_uri).with_suffix(".md").as_posix())
        if url not in links:
            problems.append(
                f"docs/{src} is in the nav ({at('mkdocs.yml', src)}) but not listed: "
                "add it to a section"
            )
    for url in links:
        target = SITE / url.removeprefix(SITE_URL)
        if not url.startswith(SITE_URL) or not target.is_file():
            problems.append(
                f"links to {url}, which is not a file of the site ({target})"
            )
    if problems:
        pytest.fail(
            f"{shown(llms)} (plugins: llmstxt, {where}):\n  " + "\n  ".join(problems),
            pytrace=False,
        )


@needs_site
def test_llms_full_txt_has_the_code_of_every_snippet():
    full = SITE / LLMS["full_output"]
    where = at("mkdocs.yml", "- llmstxt:")
    if not full.is_file():
        pytest.fail(
            f"{shown(full)} is missing: see plugins: llmstxt, {where}", pytrace=False
        )
    text = full.read_text(encoding="utf-8")
    missing = [
        f"  {snippet}, shown at docs/{src}:{line}"
        for src in llms_pages()
        if src in PAGES
        for line, snippet in includes(ROOT / "docs" / src)
        if (ROOT / snippet).read_text(encoding="utf-8").strip() not in text
    ]
    if missing:
        pytest.fail(
            f"{shown(full)} (plugins: llmstxt, {where}) lacks the code of:\n"
            + "\n".join(missing),
            pytrace=False,
        )


@needs_site
@pytest.mark.parametrize("old", sorted(REDIRECTS))
def test_redirect_lands_on_a_built_page(old):
    new = REDIRECTS[old]
    path, _, fragment = new.partition("#")
    where = at("mkdocs.yml", f"{old}:")
    if path not in PAGES:
        pytest.fail(
            f"{where}: the redirect target docs/{path} does not exist", pytrace=False
        )
    if old in PAGES:
        pytest.fail(
            f"{where}: docs/{old} is a page: the redirect would replace it",
            pytrace=False,
        )
    old_url = url_of(old)
    page = local_file(old_url)
    if page is None or not page.is_file():
        pytest.fail(f"{where}: no redirect page was written at {page}", pytrace=False)
    refresh = next(
        (
            (t.line, t.attrs.get("content", ""))
            for t in parse(page).tags
            if t.name == "meta" and t.attrs.get("http-equiv", "").lower() == "refresh"
        ),
        (0, ""),
    )
    target = urljoin(old_url, refresh[1].partition("url=")[2])
    expected = url_of(path) + (f"#{fragment}" if fragment else "")
    built_page(path)
    if target != expected:
        pytest.fail(
            f"{shown(page)}:{refresh[0]}: forwards to {target or 'nothing'}, expected "
            f"{expected} (docs/{path}, {where})",
            pytrace=False,
        )


EATEN = re.compile(
    r"<strong>(name|main|mp_main|init|enter|exit|getstate|setstate)</strong>"
)


@needs_site
def test_built_pages_keep_their_underscores():
    """Headings, the table of contents, search and generated boxes (the reference hook)."""
    found = [
        f"{page.relative_to(SITE)}: {m.group()}"
        for page in sorted(SITE.rglob("*.html"))
        for m in EATEN.finditer(page.read_text(encoding="utf-8"))
    ]
    index = SITE / "search" / "search_index.json"
    if index.is_file():
        found += [
            f"search index: {m.group()}" for m in EATEN.finditer(index.read_text())
        ]
    assert not found, "names whose underscores Markdown ate:\n" + "\n".join(found)

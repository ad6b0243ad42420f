#!/usr/bin/env python3
"""Score pages of the built site with Lighthouse, beside an empty Material site (`make lighthouse`).

Both sites are served from this process on localhost, without compression, the site under its
`site_url` path as GitHub Pages serves it. Lighthouse 12 (pinned in scripts/lighthouse/
package.json, installed with `npm ci --ignore-scripts`, so it downloads no browser) drives
Debian's Chromium with its mobile defaults. Each page runs RUNS times; the table shows the
median performance score and Largest Contentful Paint, and the accessibility score.
`--check` exits 1 when a page scores more than 5 points below the empty site or under 100 for
accessibility: scores are noisy on a shared machine, so CI runs it as a report first.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config import load_config

from scripts import ROOT

TOOL = ROOT / "scripts" / "lighthouse"
PAGES = ["", "pool/", "gil/", "reference/pool/"]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
    " --disable-component-update --disable-sync --disable-default-apps"
)
EMPTY_CONFIG = "site_name: Empty\ntheme:\n  name: material\n  font: false\n"


def build_empty(where: Path) -> Path:
    """An empty Material site with the same MkDocs and Material, built like ours."""
    (where / "docs").mkdir(parents=True, exist_ok=True)
    (where / "mkdocs.yml").write_text(EMPTY_CONFIG)
    (where / "docs" / "index.md").write_text("# Empty\n\nAn empty Material site.\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "-q",
            "-f",
            str(where / "mkdocs.yml"),
        ],
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    return where / "site"


def serve(directory: Path, prefix: str) -> str:
    """Serve a folder under a path prefix on a free port; return the base URL."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def translate_path(self, path):
            path = urlsplit(path).path
            if not path.startswith(prefix):
                return str(directory / "does-not-exist")
            return super().translate_path("/" + path[len(prefix) :])

        def log_message(self, *args):
            pass

    handler = functools.partial(Handler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}{prefix}"


def lighthouse(url: str) -> dict:
    result = subprocess.run(
        [str(TOOL / "node_modules" / ".bin" / "lighthouse"), url,
         f"--chrome-path={CHROMIUM}", f"--chrome-flags={FLAGS}",
         "--only-categories=performance,accessibility",
         "--output=json", "--output-path=stdout", "--quiet"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        sys.exit(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    return {
        "performance": round(report["categories"]["performance"]["score"] * 100),
        "accessibility": round(report["categories"]["accessibility"]["score"] * 100),
        "lcp": report["audits"]["largest-contentful-paint"]["numericValue"] / 1000,
    }


def measure(url: str, runs: int) -> dict:
    scores = [lighthouse(url) for _ in range(runs)]
    return {
        "performance": statistics.median(s["performance"] for s in scores),
        "lcp": statistics.median(s["lcp"] for s in scores),
        "accessibility": min(s["accessibility"] for s in scores),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per page (default 3)")
    parser.add_argument("--check", action="store_true", help="exit 1 below the floors")
    parser.add_argument("pages", nargs="*", default=PAGES, help="paths under the site")
    opts = parser.parse_args()
    site = ROOT / "site"
    if not (site / "index.html").is_file():
        sys.exit("lighthouse: site/ is not built; run `make build` first")
    prefix = urlsplit(load_config(str(ROOT / "mkdocs.yml")).site_url).path
    with tempfile.TemporaryDirectory() as tmp:
        empty = measure(serve(build_empty(Path(tmp)), "/"), opts.runs)
        base = serve(site, prefix)
        rows = [("empty Material site", empty)]
        rows += [
            (page or "home", measure(base + page, opts.runs)) for page in opts.pages
        ]
    print(
        f"Lighthouse 12, mobile defaults, {opts.runs} runs each (median), {os.cpu_count()} CPUs"
    )
    print("| page | performance | LCP | accessibility |\n| --- | --- | --- | --- |")
    failed = []
    for name, s in rows:
        print(
            f"| {name} | {s['performance']:g} | {s['lcp']:.1f} s | {s['accessibility']:g} |"
        )
        if name != rows[0][0] and (
            s["performance"] < empty["performance"] - 5 or s["accessibility"] < 100
        ):
            failed.append(name)
    if failed:
        print(f"below the floor (performance within 5 of the empty site, accessibility 100): "
              f"{', '.join(failed)}")  # fmt: skip
    return 1 if failed and opts.check else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""How long `mkdocs serve` takes to show an edit: save a page, poll it until the edit is served.

Starts `mkdocs serve` (the arguments after `--`, default `--dirty`) on a free port of
127.0.0.1, waits for the first build, then RUNS times: appends a paragraph with a new word to
docs/PAGE.md, polls the served page every 20 ms until the word is in it, and puts the file back
as it was (waiting for that rebuild too). Prints each latency and the median, from the moment
the file was written to the moment the server answered with the edit. The page is restored
even if this is interrupted; run it in a checkout where nobody else is editing that page.

    .venv/bin/python scripts/serve_latency.py --page pool --runs 5 -- --dirty
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config import load_config

from scripts import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (localhost)
            return response.read().decode("utf-8", "replace")
    except OSError:
        return ""


def wait_for(url: str, word: str, timeout: float, absent: bool = False) -> float:
    """Seconds until the page at url has (or, absent=True, no longer has) word."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if (word in fetch(url)) != absent:
            return time.perf_counter() - start
        time.sleep(0.02)
    raise TimeoutError(
        f"{url} did not {'drop' if absent else 'show'} {word!r} in {timeout} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--page", default="pool", help="a page under docs/, without .md"
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=120, help="per step, seconds")
    parser.add_argument("serve_args", nargs="*", default=["--dirty"])
    opts = parser.parse_args()
    page = ROOT / "docs" / f"{opts.page}.md"
    original = page.read_bytes()
    prefix = urlsplit(load_config(str(ROOT / "mkdocs.yml")).site_url or "/").path
    port = free_port()
    url = f"http://127.0.0.1:{port}{prefix}{opts.page}/"
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
    command += opts.serve_args
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"serve-latency-{port}.log"
    with log.open("w") as out:
        server = subprocess.Popen(  # noqa: S603
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
    latencies = []
    try:
        wait_for(url, "</html>", opts.timeout)
        time.sleep(1)  # let the watcher settle after the first build
        for _ in range(opts.runs):
            word = f"edit{uuid.uuid4().hex[:12]}"
            page.write_bytes(
                original + f"\n\nA paragraph with {word} in it.\n".encode()
            )
            latencies.append(wait_for(url, word, opts.timeout))
            page.write_bytes(original)
            wait_for(url, word, opts.timeout, absent=True)
            time.sleep(0.5)
    finally:
        page.write_bytes(original)
        os.killpg(server.pid, signal.SIGINT)
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
    print(
        f"mkdocs serve {' '.join(opts.serve_args)}: docs/{opts.page}.md saved -> edit served"
    )
    print("  " + "  ".join(f"{t:.2f} s" for t in latencies))
    print(f"  median {statistics.median(latencies):.2f} s over {len(latencies)} edits")
    return 0


if __name__ == "__main__":
    sys.exit(main())

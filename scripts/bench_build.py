#!/usr/bin/env python3
"""Time `mkdocs build --strict` of this site against an empty Material site (`make bench-build`).

Both are built RUNS times, in turn (empty, site, empty, site, ...), after one warm-up build of
each, each as a fresh `python -m mkdocs build` process into a temporary directory, so the
machine's drift hits both alike. The empty site is the theme alone: the same MkDocs and
Material, `font: false` as here, one page. Prints the median wall-clock and CPU seconds (user +
system, from the operating system's accounting of each finished build) of each, and the
median of the ratios pair by pair. CPU time is the steadier figure on a shared machine.

`--costs` times instead what each plugin, hook and stage of one build of this site costs, in
CPU seconds (median over RUNS builds in this process): the table in CONTRIBUTING.md.

No threshold is checked here: a timing is no test on a shared machine.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scripts import ROOT

EMPTY_CONFIG = "site_name: Empty\ntheme:\n  name: material\n  font: false\n"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one command run to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, env=ENV, cwd=ROOT)  # noqa: S603
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def compare(runs: int, config: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        empty = Path(tmp, "empty")
        (empty / "docs").mkdir(parents=True)
        (empty / "mkdocs.yml").write_text(EMPTY_CONFIG)
        (empty / "docs" / "index.md").write_text("# Empty\n\nAn empty Material site.\n")
        build = [sys.executable, "-m", "mkdocs", "build", "-q"]
        commands = {
            "empty Material site": [
                *build,
                "-f",
                str(empty / "mkdocs.yml"),
                "-d",
                f"{tmp}/a",
            ],
            "this site, --strict": [
                *build,
                "--strict",
                "-f",
                str(config),
                "-d",
                f"{tmp}/b",
            ],
        }
        times = {name: [] for name in commands}
        for n in range(runs + 1):
            for name, command in commands.items():
                result = timed(command)
                if n:  # the first round warms the caches
                    times[name].append(result)
    print(f"mkdocs build, {runs} runs each in turn after a warm-up, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    print("| build | wall (median) | CPU (median) |\n| --- | --- | --- |")
    for name, results in times.items():
        wall = statistics.median(w for w, _ in results)
        cpu = statistics.median(c for _, c in results)
        print(f"| {name} | {wall:.2f} s | {cpu:.2f} s |")
    (empty_runs, site_runs) = times.values()
    wall = statistics.median(
        s[0] / e[0] for e, s in zip(empty_runs, site_runs, strict=True)
    )
    cpu = statistics.median(
        s[1] / e[1] for e, s in zip(empty_runs, site_runs, strict=True)
    )
    print(f"ratio, median of the pairs: {wall:.1f}x wall, {cpu:.1f}x CPU")
    return 0


def costs(runs: int, config: Path) -> int:
    """Per plugin, hook and stage: CPU seconds, median of RUNS builds, each in a new process."""
    found = []
    with tempfile.TemporaryDirectory(prefix="bench-costs-") as tmp:
        for _ in range(runs + 1):
            result = subprocess.run(  # noqa: S603
                [sys.executable, __file__, "--one-build", str(config), tmp],
                check=True, env=ENV, cwd=ROOT, capture_output=True, text=True,
            )  # fmt: skip
            found.append(json.loads(result.stdout.splitlines()[-1]))
    found = found[1:]  # the first warms the disk caches
    keys = {k for c in found for k in c}
    median = {k: statistics.median(c.get(k, 0.0) for c in found) for k in keys}
    total = median.pop("whole process")
    print(f"CPU seconds of `mkdocs build --strict` ({config.name}), median of {runs} builds, "
          f"each in a new process; load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    print("| what | CPU | share |\n| --- | --- | --- |")
    for key in sorted(median, key=lambda k: -median[k]):
        if median[key] >= 0.005:
            print(f"| {key} | {median[key]:.2f} s | {100 * median[key] / total:.0f}% |")
    print(f"| whole process | {total:.2f} s | 100% |")
    return 0


def one_build(config: str, site: str) -> int:
    """One instrumented build in this process; print its costs as JSON (for --costs)."""
    start = time.process_time()
    from mkdocs import plugins
    from mkdocs.commands import build as mkbuild
    from mkdocs.config import load_config
    from mkdocs.structure import pages
    from mkdocstrings._internal import extension

    spent = collections.Counter()
    # CPU seconds spent in events, to take out of the stages around them
    in_events = [0.0]
    names: dict[int, str] = {}

    def owner(method) -> str:
        plugin = getattr(method, "__self__", None)
        if plugin is None:
            return getattr(method, "__module__", "?")  # a hook: its path
        return f"plugin {names.get(id(plugin), type(plugin).__module__)}"

    def run_event(self, name, item=None, **kwargs):
        for method in self.events[name]:
            begin = time.process_time()
            result = method(**kwargs) if item is None else method(item, **kwargs)
            took = time.process_time() - begin
            spent[owner(method)] += took
            in_events[0] += took
            if result is not None:
                item = result
        return item

    def stage(function, key):
        def timed_call(*args, **kwargs):
            begin, events = time.process_time(), in_events[0]
            try:
                return function(*args, **kwargs)
            finally:
                spent[key] += time.process_time() - begin - (in_events[0] - events)

        return timed_call

    plugins.PluginCollection.run_event = run_event
    pages.Page.render = stage(pages.Page.render, "Markdown to HTML")
    mkbuild._build_page = stage(mkbuild._build_page, "theme templates")
    extension.AutoDocProcessor.run = stage(
        extension.AutoDocProcessor.run, "mkdocstrings"
    )
    spent["Python, MkDocs and Material starting"] = time.process_time() - start
    begin = time.process_time()
    cfg = load_config(config, strict=True, site_dir=site)
    names.update((id(plugin), name) for name, plugin in cfg.plugins.items())
    spent["mkdocs.yml: plugins and hooks loaded"] = time.process_time() - begin
    begin = time.process_time()
    mkbuild.build(cfg)
    stages = sum(v for k, v in spent.items() if k not in ("Python, MkDocs and Material "
                 "starting", "mkdocs.yml: plugins and hooks loaded"))  # fmt: skip
    spent["Markdown to HTML"] -= spent["mkdocstrings"]  # it runs inside Markdown
    spent["mkdocstrings"] = spent["mkdocstrings"]
    spent["the rest of the build (files, nav, 404, sitemap, copying)"] = (
        time.process_time() - begin - stages + spent["mkdocstrings"]
    )
    usage = resource.getrusage(resource.RUSAGE_SELF)
    spent["whole process"] = usage.ru_utime + usage.ru_stime
    print(json.dumps(spent))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=5, help="builds of each (default 5)"
    )
    parser.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml")
    parser.add_argument("--costs", action="store_true", help="what each part costs")
    parser.add_argument(
        "--one-build", nargs=2, metavar=("CONFIG", "SITE"), help=argparse.SUPPRESS
    )
    opts = parser.parse_args()
    if opts.one_build:
        return one_build(*opts.one_build)
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    return (costs if opts.costs else compare)(opts.runs, opts.config.resolve())


if __name__ == "__main__":
    sys.exit(main())

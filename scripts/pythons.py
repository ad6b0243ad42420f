#!/usr/bin/env python3
"""Find the Pythons that can run the snippets, and provide 3.14 and 3.15 (`make pythons`).

`find()` lists every CPython 3.10+ on this machine: pyenv's, `python3.X` on PATH, and the ones
`make pythons` installed. `make outputs` records with 3.14 from this list, `make test-versions`
runs every snippet with each of them.

`make pythons` needs root (for debootstrap, chroot and mount namespaces) on a Debian-like
Linux with network access to a Debian mirror and to PyPI. It builds a minimal Debian unstable
root with debootstrap, installs Debian's `python3.14` and `python3.15` there, gives each a venv
with the snippets' third-party packages (the `snippets` group of pyproject.toml), and writes a
wrapper per Python into `bin/` beside the root. A wrapper runs its Python in a mount namespace
of its own, chrooted into the root, with /proc, /dev, a fresh /dev/shm, /tmp and the current
directory mounted at the same paths, so the checkout is where the snippets expect it. Running
it again only repairs what is missing.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import tomllib

from scripts import ROOT

# debootstrap and chroot live in sbin, which a minimal PATH (env -i, cron) leaves out.
_path = os.environ.get("PATH", "").split(os.pathsep)
os.environ["PATH"] = os.pathsep.join(
    _path + [d for d in ("/usr/sbin", "/sbin") if d not in _path]
)

HOME = Path(
    os.environ.get("PYTHONS_DIR")
    or Path(os.environ.get("XDG_CACHE_HOME") or "~/.cache").expanduser()
    / "multiprocessing-guide"
)
CHROOT = HOME / "debian-sid"
BIN = HOME / "bin"
VERSIONS = ["3.14", "3.15"]
RECORDING = "3.14"  # the Python whose output the site shows
DEFAULT_MIRROR = "http://deb.debian.org/debian"

WRAPPER = """\
#!/bin/sh
# Python {version} from Debian unstable, in the root that `make pythons` built
# (scripts/pythons.py). Own mount namespace: /proc, /dev, a fresh /dev/shm, and /tmp and the
# current directory at the same paths. chroot and mount are in sbin, which a minimal PATH lacks.
PATH="$PATH:/usr/sbin:/sbin"; export PATH
exec unshare --mount --propagation private -- /bin/sh -c '
  root=$1; shift; dir=$(pwd -P)
  mount -t proc proc "$root/proc" &&
  mount --rbind /dev "$root/dev" &&
  mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm" &&
  mount --bind /tmp "$root/tmp" &&
  mkdir -p "$root$dir" && mount --bind "$dir" "$root$dir" &&
  exec chroot "$root" /bin/sh -c "cd \\"\\$0\\" && exec \\"\\$@\\"" "$dir" {python} "$@"
' sh '{root}' "$@"
"""


def version_of(python: str) -> str | None:
    try:
        out = subprocess.run(
            [python, "-c", "import platform; print(platform.python_version())"],
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out if re.fullmatch(r"3\.1\d\.\d+\S*", out) else None


def find() -> dict[str, str]:
    """{'3.10.13': '/path/to/python', ...}: every CPython 3.10+ here, oldest first."""
    # The toolchain's own Python first: it has the `snippets` group, pyenv's of that version
    # may not.
    candidates = [Path(sys.executable)]
    candidates += sorted(
        Path(os.environ.get("PYENV_ROOT", "~/.pyenv"))
        .expanduser()
        .glob("versions/3.*/bin/python3")
    )
    candidates += [
        Path(p) for n in range(10, 20) if (p := shutil.which(f"python3.{n}"))
    ]
    candidates += sorted(BIN.glob("python3.*"))
    found = {}
    for exe in candidates:
        version = version_of(str(exe))
        if version and version not in found:
            found[version] = str(exe)
    return dict(sorted(found.items(), key=lambda kv: key(kv[0])))


def key(version: str) -> list[int]:
    return [int(x) for x in re.findall(r"\d+", version)[:3]]


def has_modules(python: str, modules: tuple[str, ...]) -> bool:
    """Whether `python` can import every one of `modules` (asked once per Python and set)."""
    return not modules or all(_probe(python, modules).values())


@functools.cache
def _probe(python: str, modules: tuple[str, ...]) -> dict[str, bool]:
    from scripts.snippet_python import ask

    return ask(python, modules)["modules"]


def newest_in(
    found: dict[str, str], low, high, requires: tuple[str, ...] = ()
) -> tuple[str, str] | None:
    """The recording Python if it is in [low, high], else the newest there.

    Only Pythons that have the modules a block requires count.
    """
    from scripts.page_blocks import in_range

    inside = [
        (v, p)
        for v, p in found.items()
        if in_range(tuple(key(v)), low, high) and has_modules(p, requires)
    ]
    recording = [(v, p) for v, p in inside if v.startswith(RECORDING + ".")]
    return (recording or inside[-1:] or [None])[-1]


# --- make pythons ---------------------------------------------------------------------------


def say(message: str) -> None:
    print(f"make pythons: {message}", flush=True)


def sh(*cmd: str, **kwargs) -> None:
    say("$ " + " ".join(cmd))
    subprocess.run(cmd, check=True, **kwargs)


def in_root(*cmd: str) -> None:
    sh("chroot", str(CHROOT), *cmd)


def mirror() -> str:
    """The Debian mirror apt already uses here (DEBIAN_MIRROR overrides it)."""
    if os.environ.get("DEBIAN_MIRROR"):
        return os.environ["DEBIAN_MIRROR"]
    for source in Path("/etc/apt").glob("sources.list*"):
        files = source.glob("*") if source.is_dir() else [source]
        for f in files:
            text = f.read_text(errors="replace") if f.is_file() else ""
            m = re.search(r"^URIs:\s*(\S+/debian)/?\s*$", text, re.M) or re.search(
                r"^deb\s+(?:\[[^]]*\]\s+)?(\S+/debian)/?\s", text, re.M
            )
            if m:
                return m.group(1)
    return DEFAULT_MIRROR


def snippet_requirements() -> list[str]:
    """The `snippets` dependency group of pyproject.toml (exact pins, with markers)."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [r for r in data["dependency-groups"]["snippets"] if isinstance(r, str)]


def check_host() -> None:
    problems = []
    if sys.platform != "linux":
        problems.append(f"this is {sys.platform}; it needs Linux")
    if os.geteuid() != 0:
        problems.append("it needs root (debootstrap, chroot and mount namespaces)")
    if not shutil.which("apt-get") and not shutil.which("debootstrap"):
        problems.append("it needs a Debian-like host (apt-get or debootstrap)")
    if not shutil.which("unshare"):
        problems.append("it needs unshare (util-linux)")
    if problems:
        sys.exit(
            "make pythons: cannot install Python 3.14 and 3.15 here:\n  - "
            + "\n  - ".join(problems)
            + "\nInstead, put any CPython 3.14 on PATH as python3.14 (or in pyenv), or run "
            "the snippets with SNIPPET_PYTHON=/path/to/python3.14."
        )


def provision() -> int:
    check_host()
    packages = [f"python{v}" for v in VERSIONS] + [f"python{v}-venv" for v in VERSIONS]
    packages += ["ca-certificates"]
    if not (CHROOT / "usr/bin/python3.14").exists():
        if not shutil.which("debootstrap"):
            sh(
                "apt-get",
                "install",
                "-y",
                "-q",
                "--no-install-recommends",
                "debootstrap",
            )
        if CHROOT.exists():  # a run that stopped half way
            shutil.rmtree(CHROOT)
        CHROOT.parent.mkdir(parents=True, exist_ok=True)
        sh(
            "debootstrap",
            "--variant=minbase",
            "--include=" + ",".join(packages),
            "sid",
            str(CHROOT),
            mirror(),
        )
    else:
        say(f"{CHROOT} exists; checking its packages")
    # Name resolution and certificates for apt and pip inside the root.
    for name in ("etc/resolv.conf", "etc/ssl/certs/ca-certificates.crt"):
        if Path("/", name).exists():
            (CHROOT / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(Path("/", name), CHROOT / name)
    missing = [
        p for p in packages if not (CHROOT / f"var/lib/dpkg/info/{p}.list").exists()
    ]
    if missing:
        in_root("apt-get", "update", "-q")
        in_root("apt-get", "install", "-y", "-q", "--no-install-recommends", *missing)
    requirements = snippet_requirements()
    BIN.mkdir(parents=True, exist_ok=True)
    for version in VERSIONS:
        venv = f"/opt/snippets-{version}"
        venv_in_root(version, venv, requirements, "--only-binary=:all:")
        wrapper = BIN / f"python{version}"
        say(f"{wrapper}: Python {write_wrapper(wrapper, version, venv)}")
    say("done; `make outputs` now records with 3.14, `make test-versions` finds both")
    return 0


def write_wrapper(wrapper: Path, version: str, venv: str) -> str:
    """Write `wrapper`, which runs the venv's Python in the root; the version it reports."""
    wrapper.write_text(
        WRAPPER.format(version=version, root=CHROOT, python=f"{venv}/bin/python")
    )
    wrapper.chmod(0o755)
    found = version_of(str(wrapper))
    if found is None:
        sys.exit(f"make pythons: {wrapper} does not run; try it by hand to see why")
    return found


def venv_in_root(version: str, venv: str, requirements: list[str], *flags: str) -> None:
    """A venv at `venv` in the root, with Python `version` and `requirements` (pip `flags`).

    A stamp file named after the requirements' hash marks it done, so a second run installs
    only when the pins changed.
    """
    stamp = hashlib.sha256("\n".join(requirements).encode()).hexdigest()[:16]
    done = CHROOT / venv.lstrip("/") / f".pins-{stamp}"
    if done.exists():
        return
    if not (CHROOT / venv.lstrip("/") / "bin/python").exists():
        in_root(f"python{version}", "-m", "venv", venv)
    in_root(f"{venv}/bin/python", "-m", "pip", "install", "-q", "pip==26.3")
    in_root(f"{venv}/bin/python", "-m", "pip", "install", "-q", *flags, *requirements)
    done.touch()


# --- the toolchain on 3.14 (the published build) ------------------------------------------


def toolchain_requirements() -> list[str]:
    """The `dev` dependency group of pyproject.toml: the toolchain's exact pins."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [r for r in data["dependency-groups"]["dev"] if isinstance(r, str)]


def provision_toolchain(version: str = RECORDING) -> int:
    """The toolchain (MkDocs, Material, pytest...) on the Python `version` of `make pythons`.

    A venv /opt/toolchain-X.Y in the root with the exact pins of the `dev` group, and a wrapper
    `bin/toolchain-X.Y` beside the root that runs its Python like the snippets' wrappers (the
    current directory mounted at the same path). The venv does not live in the checkout, so the
    checkout is not on its sys.path: run it from the checkout with PYTHONPATH set to it, e.g.
    `PYTHONPATH=$PWD ~/.cache/multiprocessing-guide/bin/toolchain-3.14 -m mkdocs build --strict`.
    Running it again only repairs what is missing.
    """
    check_host()
    if not (CHROOT / f"usr/bin/python{version}").exists():
        sys.exit(
            f"make pythons: no Python {version} in {CHROOT}; run `make pythons` first"
        )
    venv = f"/opt/toolchain-{version}"
    venv_in_root(version, venv, toolchain_requirements())
    BIN.mkdir(parents=True, exist_ok=True)
    wrapper = BIN / f"toolchain-{version}"
    say(f"{wrapper}: the toolchain on Python {write_wrapper(wrapper, version, venv)}")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("provision", help="install 3.14 and 3.15 (needs root, Debian-like)")
    sub.add_parser("list", help="print each Python found, one per line")
    which = sub.add_parser("which", help="print the path of Python X.Y, if found")
    which.add_argument("version", metavar="X.Y")
    tools = sub.add_parser("toolchain", help="the toolchain on Python X.Y in the root")
    tools.add_argument("version", metavar="X.Y", nargs="?", default=RECORDING)
    opts = parser.parse_args(argv)
    if opts.command == "provision":
        return provision()
    if opts.command == "toolchain":
        return provision_toolchain(opts.version)
    found = find()
    if opts.command == "list":
        for version, path in found.items():
            print(f"{version:<10} {path}")
        return 0
    match = [p for v, p in found.items() if v.startswith(opts.version + ".")]
    if not match:
        print(f"no Python {opts.version} here; `make pythons` installs 3.14 and 3.15",
              file=sys.stderr)  # fmt: skip
        return 1
    print(match[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

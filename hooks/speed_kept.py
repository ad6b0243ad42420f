"""What a build keeps for the next in `.cache/NAME.json`: only what it used, written whole.

hooks/speed.py keeps the standard library's block lengths (speed_linenos.py) and the
highlighted code blocks here, each under a tag (the Python version, the highlighter's) that a
build must match to read them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path


class Kept:
    """What one kind of work produced last build, by key, in .cache/NAME.json."""

    def __init__(self, name: str, tag):  # noqa: D107
        self.name, self.tag = name, tag
        self.path: Path | None = None
        self.known: dict = {}  # read from the last build
        self.used: dict = {}  # this build's

    def open(self, config) -> None:
        """Read what the last build kept, if it was made with the same tag."""
        self.path = (
            Path(config.config_file_path).parent / ".cache" / f"{self.name}.json"
        )
        self.known, self.used = {}, {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("tag") == self.tag:
                self.known = data["kept"]
        except (OSError, ValueError, KeyError, AttributeError):
            pass

    def get(self, key, compute):
        """The kept answer for key, else compute(); kept for the next build either way."""
        if key not in self.used:
            found = self.known.get(key)
            self.used[key] = compute() if found is None else found
        return self.used[key]

    def save(self) -> None:
        """Write what this build used, if it differs from what was read."""
        if self.path is None or self.used == self.known:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
        data = {"tag": self.tag, "kept": self.used}
        temporary.write_text(json.dumps(data), encoding="utf-8")
        os.replace(temporary, self.path)  # whole, even with two builds at once

"""Load the domain vocabularies (roles, verbs, posts, surnames …) that live as data files, not code."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@cache
def load_lines(relpath: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a data file (path relative to the project root)."""
    out = []
    for line in (ROOT / relpath).read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if s and not s.startswith("#"):
            out.append(s)
    return tuple(out)


@cache
def load_table(relpath: str) -> tuple[dict, ...]:
    """Rows of a tab-separated data file with a header line; `#` lines are comments."""
    lines = [ln for ln in (ROOT / relpath).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return tuple(dict(r) for r in csv.DictReader(lines, delimiter="\t"))

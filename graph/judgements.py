"""Human judgements that override automatic person resolution: merge, split, not_same.

The file is tab-separated text a researcher edits by hand (see graph/data/judgements.example.tsv) and lives in
the database folder, so it survives re-ingest:

    decision<TAB>a<TAB>b<TAB>reason
    merge       赵栓@〔2021〕36号       赵栓@鄂府任字〔2024〕3号     same person, moved to the 开发区 in 2023
    not_same    李军@鄂府任字〔2024〕4号  李军@东政发〔2024〕1号       different people
    split       王俊@东政发〔2024〕1号                              this mention is someone else

A selector is NAME (every mention of the name) or NAME@WHERE, WHERE being a document number (文号, brackets
of any kind), a file name, or file:line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from extract.text import squash, to_match

FILE_NAME = "judgements.tsv"
DECISIONS = ("merge", "split", "not_same")


@dataclass(frozen=True)
class Judgement:
    """One human decision about the mentions selected by `a` (and `b`)."""

    decision: str
    a: str
    b: str
    reason: str
    line: int


def default_path(db_dir: str | Path) -> Path:
    """Where the judgements file of a database lives."""
    return Path(db_dir) / FILE_NAME


def load(path: str | Path | None) -> list[Judgement]:
    """Read a judgements file; a missing file means no judgements. Bad lines raise ValueError."""
    if path is None or not Path(path).is_file():
        return []
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in re.split(r"\t+", line.strip())]
        if cols[0] == "decision":
            continue
        cols += [""] * (4 - len(cols))
        if cols[0] not in DECISIONS or not cols[1]:
            raise ValueError(f"{path}:{n}: expected '{'|'.join(DECISIONS)}<TAB>selector"
                             "[<TAB>selector<TAB>reason]'")
        out.append(Judgement(cols[0], cols[1], cols[2], cols[3], n))
    return out


def norm_number(s: str | None) -> str:
    """A document number with brackets and width folded for comparison ([2024] = 〔2024〕)."""
    t = to_match(squash(s or ""))
    return re.sub(r"[\[(【［〔]", "〔", re.sub(r"[\])】］〕]", "〕", t))


def selects(selector: str, name: str, doc_number: str | None, file: str, line: int) -> bool:
    """True when a mention (name, document, file, line) is selected by `selector`."""
    who, _, where = selector.partition("@")
    if to_match(squash(who)) != to_match(name):
        return False
    if not where:
        return True
    where = where.strip()
    if ":" in where and where.rsplit(":", 1)[1].isdigit():
        f, ln = where.rsplit(":", 1)
        return f == file and int(ln) == line
    return where == file or (doc_number is not None and norm_number(where) == norm_number(doc_number))

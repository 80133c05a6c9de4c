"""The extraction pipeline: load → normalise → split into documents → run the fact components.

Like a spaCy pipeline, components are small modules named in order in extract/data/components.txt;
each exposes `parse(doc, ctx) -> Iterable[dict]` and sees the file-level context `ctx` that earlier
components may enrich (names seen unambiguously, the gazette's year, the issuer's jurisdiction).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from extract.documents import Doc, split
from extract.load import load, to_text
from extract.text import normalise
from extract.vocab import load_lines


@lru_cache(maxsize=1)
def components() -> tuple:
    """The fact components, imported in the order the data file gives."""
    return tuple(importlib.import_module(name) for name in load_lines("extract/data/components.txt"))


def document_fact(doc: Doc) -> dict:
    """The `document` fact of a document: number, title, issuer, signing date, kind."""
    span = doc.title_span if doc.title_span != (0, 0) else (doc.start, min(doc.end, doc.start + 40))
    return doc.fact("document", span, number=doc.number, title=doc.title, issuer=doc.issuer,
                    date=doc.date, kind=doc.kind)


# json.dumps(..., ensure_ascii=False, sort_keys=True) builds this encoder on every call: build it once.
_KEY_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def _key(f: dict) -> str:
    return _KEY_ENCODER.encode({k: v for k, v in f.items() if k != "document_title"})


def extract_text(raw: str, file: str) -> Iterator[dict]:
    """All facts of one file's text, document by document (streams: one document in memory)."""
    text = normalise(raw)
    docs = split(file, text)
    ctx: dict = {"file": file, "known_names": set(), "docs": docs}
    for doc in docs:
        facts: list[dict] = []
        seen: set[str] = set()
        for comp in components():
            for f in comp.parse(doc, ctx):
                k = _key(f)
                if k not in seen:
                    seen.add(k)
                    facts.append(f)
        if doc.extra.get("front_matter") and not facts:
            continue
        yield document_fact(doc)
        yield from facts


def extract_path(path: Path) -> Iterator[dict]:
    """All facts of one file on disk; raises OrgkgError (naming the file) on bad input."""
    raw, _sha = load(path)
    yield from extract_text(raw, path.name)


def extract_bytes(data: bytes, name: str) -> Iterable[dict]:
    """All facts of an uploaded file's bytes."""
    return extract_text(to_text(data, name), name)

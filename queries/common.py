"""What every question shares: evidence rows, name variants, resolving a name to one node or candidates.

Questions run the same Cypher text on both stores; only `store.dialect` helpers may differ. Queries return
scalar properties only (never whole nodes), so both drivers hand back identical rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache, lru_cache

from extract.errors import OrgkgError
from extract.text import squash, to_match
from extract.vocab import load_lines

# Provenance columns every relationship carries (docs/MODEL.md), returned under these names; the
# document's number, date and file are joined from its Document node by `fetch_ev`.
EVIDENCE_COLS = ("doc", "evidence", "line")
DOCUMENT_COLS = ("doc_number", "date", "file")
_DOCUMENTS = (
    "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.number AS doc_number, d.date AS date, d.file AS file"
)


def fetch(store, statement: str, params: dict | None = None) -> list[dict]:
    """Run a read query; rows sorted canonically, since engines return rows in different orders."""
    rows = store.read_query(statement, params or {})
    return sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False, default=str))


def fetch_ev(store, statement: str, params: dict | None = None, prefix: str = "") -> list[dict]:
    """`fetch`, then each row's provenance columns (ev_return) replaced by an `evidence` dict."""
    rows = fetch(store, statement, params)
    return [strip_ev(r, prefix) for r in with_documents(store, rows, prefix)]


def with_documents(store, rows: list[dict], prefix: str = "") -> list[dict]:
    """Rows with their documents' number, date and file added (one query for all of their documents)."""
    ids = sorted({r[prefix + "doc"] for r in rows if r.get(prefix + "doc")})
    docs = {d["id"]: d for d in store.read_query(_DOCUMENTS, {"ids": ids})} if ids else {}
    out = []
    for r in rows:
        d = docs.get(r.get(prefix + "doc")) or {}
        out.append({**r, **{prefix + c: d.get(c) for c in DOCUMENT_COLS}})
    return out


def ev_return(var: str, prefix: str = "") -> str:
    """RETURN fragment for the provenance of relationship `var`, each column prefixed with `prefix`."""
    return ", ".join(f"{var}.{c} AS {prefix}{c}" for c in EVIDENCE_COLS)


def evidence(row: dict, prefix: str = "") -> dict:
    """The evidence of one answer row: document number, date, quoted text, file and line."""
    return {
        "document": row.get(prefix + "doc_number"),
        "date": row.get(prefix + "date"),
        "text": row.get(prefix + "evidence"),
        "file": row.get(prefix + "file"),
        "line": row.get(prefix + "line"),
    }


def strip_ev(row: dict, prefix: str = "") -> dict:
    """A row without its raw provenance columns, with an `evidence` dict instead."""
    raw = EVIDENCE_COLS + DOCUMENT_COLS
    out = {k: v for k, v in row.items() if not (k.startswith(prefix) and k[len(prefix) :] in raw)}
    out["evidence"] = evidence(row, prefix)
    return out


@lru_cache(maxsize=1)
def _s2t():
    try:
        import opencc

        return opencc.OpenCC("s2t")
    except Exception:  # noqa: BLE001 - without OpenCC only the simplified and printed forms are tried
        return None


def variants(text: str) -> list[str]:
    """The spellings to look a user's text up by: as typed, simplified, traditional (whitespace removed)."""
    s = squash(text or "")
    out = [s, to_match(s)]
    conv = _s2t()
    if conv is not None:
        out.append(conv.convert(to_match(s)))
    return list(dict.fromkeys(v for v in out if v))


def sort_key_date(value: str | None) -> str:
    """ISO text dates sort as text; unknown dates go last."""
    return value or "9999"


def in_force(start: str | None, end: str | None, as_of: str | None) -> bool:
    """True when an interval [start, end) holds on `as_of` (None: now, i.e. not yet ended)."""
    if as_of is None:
        return not end
    if start and start[: len(as_of)] > as_of:
        return False
    return not end or end[: len(as_of)] > as_of


@cache
def vocab(name: str) -> tuple[str, ...]:
    """A vocabulary of queries/data/ (one entry a line, in the order that ranks them)."""
    return load_lines(f"queries/data/{name}")


def rank_in(text: str | None, words: Iterable[str]) -> int:
    """The index of the first word of a ranked vocabulary that `text` ends with (len(words) if none)."""
    words = tuple(words)
    t = to_match(text or "")
    for i, w in enumerate(words):
        if t.endswith(w):
            return i
    return len(words)


class Ambiguous(OrgkgError):
    """A name that several nodes answer to: the caller lists the candidates instead of guessing."""

    def __init__(self, name: str, candidates: list[dict]) -> None:
        self.candidates = candidates
        super().__init__("E031", detail=f"{name}: {len(candidates)} candidates, give an id")


class NotFound(OrgkgError):
    """No node answers to the name."""

    def __init__(self, name: str) -> None:
        super().__init__("E030", detail=name)


def _person_candidates(store, ids: list[str]) -> list[dict]:
    rows = fetch(
        store,
        "MATCH (p:Person) WHERE p.id IN $ids "
        "OPTIONAL MATCH (p)-[h:HOLDS]->(t:Post) "
        "RETURN p.id AS id, p.name AS name, p.jurisdiction AS jurisdiction, t.title AS post, "
        "h.start AS start",
        {"ids": ids},
    )
    by: dict[str, dict] = {}
    for r in rows:
        c = by.setdefault(
            r["id"], {"id": r["id"], "name": r["name"], "jurisdiction": r["jurisdiction"], "posts": []}
        )
        if r["post"] and r["post"] not in c["posts"]:
            c["posts"].append(r["post"])
    return sorted(by.values(), key=lambda c: c["id"])


def resolve_person(store, name: str) -> dict:
    """The one Person a name (or `per:` id, any spelling or alias) means; Ambiguous/NotFound otherwise."""
    name = squash(name)
    if name.startswith("per:"):
        found = _person_candidates(store, [name])
        if not found:
            raise NotFound(name)
        return found[0]
    names = variants(name)
    ids = [
        r["id"]
        for r in fetch(store, "MATCH (p:Person) WHERE p.name IN $names RETURN p.id AS id", {"names": names})
    ]
    if not ids:
        ids = [
            r["id"]
            for r in fetch(
                store,
                "MATCH (p:Person) UNWIND p.aliases AS al WITH p, al WHERE al IN $names "
                "RETURN DISTINCT p.id AS id",
                {"names": names},
            )
        ]
    if not ids:
        raise NotFound(name)
    cands = _person_candidates(store, sorted(set(ids)))
    if len(cands) > 1:
        raise Ambiguous(name, cands)
    return cands[0]


def resolve_group(store, name: str, jurisdiction: str | None = None) -> dict:
    """The one Group a name (printed or canonical, any spelling, or `grp:` id) means."""
    name = squash(name)
    cols = (
        "g.id AS id, g.name AS name, g.canonical AS canonical, g.kind AS kind, g.jurisdiction AS jurisdiction"
    )
    if name.startswith("grp:"):
        rows = fetch(store, f"MATCH (g:`Group` {{id: $id}}) RETURN {cols}", {"id": name})
    else:
        names = variants(name)
        rows = fetch(
            store,
            f"MATCH (g:`Group`) WHERE g.name IN $names OR g.canonical IN $names RETURN {cols}",
            {"names": names},
        )
        if not rows:
            rows = _contains(store, "Group", ["name", "canonical"], names, cols, "g")
    if jurisdiction:
        rows = [r for r in rows if r["jurisdiction"] in variants(jurisdiction)]
    if not rows:
        raise NotFound(name)
    if len(rows) > 1:
        raise Ambiguous(name, sorted(rows, key=lambda r: r["id"]))
    return rows[0]


def _contains(store, label: str, props: list[str], names: list[str], cols: str, var: str) -> list[dict]:
    """Rows of nodes of `label` whose props contain any of the spellings (labels/props are fixed names)."""
    cond = " OR ".join(f"{var}.{p} CONTAINS s" for p in props)
    rows = fetch(
        store,
        f"UNWIND $names AS s MATCH ({var}:`{label}`) WHERE {cond} RETURN DISTINCT {cols}",
        {"names": names},
    )
    return list({r["id"]: r for r in rows}.values())

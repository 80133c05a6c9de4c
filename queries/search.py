"""Search by partial name across people, groups, agencies and documents (traditional or simplified input)."""

from __future__ import annotations

from queries.common import fetch, variants

# kind → (label, text properties searched, columns returned as name/detail). Other names (aliases, printed
# forms) are searched through alias_text (graph.store.alias_text), a text property an index can answer.
_KINDS = {
    "person": ("Person", ["name", "alias_text"], "n.name", "n.jurisdiction"),
    "group": ("Group", ["name", "canonical"], "n.name", "n.jurisdiction"),
    "agency": ("Agency", ["name", "alias_text"], "n.name", "n.jurisdiction"),
    "post": ("Post", ["title", "printed"], "n.title", "n.rank"),
    "document": ("Document", ["number", "title"], "n.title", "n.number"),
}
# The properties searched, per label (graph.store_neo4j gives each a text index).
SEARCHED = {label: props for label, props, _n, _d in _KINDS.values()}


def _statements(kind: str) -> list[str]:
    """One statement per property: a predicate alone in its WHERE is one the planner answers from an index."""
    label, props, name, detail = _KINDS[kind]
    ret = f"RETURN DISTINCT n.id AS id, {name} AS name, {detail} AS detail"
    return [f"UNWIND $names AS s MATCH (n:`{label}`) WHERE n.{p} CONTAINS s {ret}" for p in props]


_OPEN, _CLOSE = "〔[(（【", "〕])）】"


def bracket_variants(text: str) -> list[str]:
    """A document number typed with any bracket pair (伊政任发[2024]1号) in each printed style."""
    if not any(c in text for c in _OPEN + _CLOSE):
        return []
    out = []
    for o, c in zip(_OPEN, _CLOSE, strict=True):
        out.append(text.translate(str.maketrans({**{x: o for x in _OPEN}, **{x: c for x in _CLOSE}})))
    return out


def search(store, text: str, kinds: list[str] | None = None, limit: int = 50) -> list[dict]:
    """Nodes whose name, alias, title or number contains the text in any spelling; exact matches first."""
    names = variants(text)
    names = list(dict.fromkeys(names + bracket_variants(names[0]))) if names else []
    if not names:
        return []
    rows: dict[str, dict] = {}
    for kind in kinds or list(_KINDS):
        for stmt in _statements(kind):
            for r in fetch(store, stmt, {"names": names}):
                rows.setdefault(r["id"], {"kind": kind, **r})
    ranked = sorted(
        rows.values(),
        key=lambda r: (
            r["name"] not in names,
            len(r["name"] or ""),
            list(_KINDS).index(r["kind"]),
            r["name"] or "",
            r["id"],
        ),
    )
    return ranked[:limit]

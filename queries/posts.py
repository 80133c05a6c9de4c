"""Post history: who held a post, or headed an agency, over time, each tenure with its evidence."""

from __future__ import annotations

from queries.common import NotFound, ev_return, fetch, fetch_ev, sort_key_date, variants, vocab

_POSTS_BY_TEXT = (
    "UNWIND $names AS s MATCH (t:Post) WHERE t.title CONTAINS s OR t.printed CONTAINS s "
    "RETURN DISTINCT t.id AS id, t.title AS title, t.rank AS rank, t.agency AS agency"
)
_POSTS_EXACT = (
    "MATCH (t:Post) WHERE t.title IN $names "
    "RETURN t.id AS id, t.title AS title, t.rank AS rank, t.agency AS agency"
)
_AGENCIES_EXACT = "MATCH (a:Agency) WHERE a.name IN $names RETURN a.id AS id, a.name AS name"
_AGENCIES_BY_TEXT = (
    "UNWIND $names AS s MATCH (a:Agency) WHERE a.name CONTAINS s RETURN DISTINCT a.id AS id, a.name AS name"
)
_AGENCY_ALIASES = (
    "MATCH (a:Agency) UNWIND a.aliases AS al WITH a, al WHERE al IN $names "
    "RETURN DISTINCT a.id AS id, a.name AS name"
)
_POSTS_OF_AGENCIES = (
    "MATCH (t:Post) WHERE t.agency IN $ids "
    "RETURN t.id AS id, t.title AS title, t.rank AS rank, t.agency AS agency"
)
_HOLDERS = (
    "MATCH (p:Person)-[h:HOLDS]->(t:Post) WHERE t.id IN $ids "
    "RETURN t.id AS post_id, t.title AS post, p.id AS person_id, p.name AS person, h.start AS start, "
    "h.`end` AS `end`, h.status AS status, h.action AS action, " + ev_return("h")
)


def is_head_rank(rank: str | None) -> bool:
    """True for the rank that heads an agency (局长, 主任 …), not its deputies (副局长)."""
    return bool(rank) and rank in vocab("head_ranks.txt")


def find_posts(store, text: str) -> list[dict]:
    """The posts a text names: a full post title; else an agency's name or alias (its head posts);
    else posts whose title contains the text; else the head posts of agencies whose name contains it."""
    names = variants(text)
    exact = fetch(store, _POSTS_EXACT, {"names": names})
    if exact:
        return exact
    agencies = fetch(store, _AGENCIES_EXACT, {"names": names}) or fetch(store, _AGENCY_ALIASES, {"names": names})
    if not agencies:
        # Partial text may name the post in many places (财政局局长 in every banner).
        posts = fetch(store, _POSTS_BY_TEXT, {"names": names})
        if posts:
            return posts
        agencies = fetch(store, _AGENCIES_BY_TEXT, {"names": names})
    if not agencies:
        return []
    posts = fetch(store, _POSTS_OF_AGENCIES, {"ids": sorted({a["id"] for a in agencies})})
    return [p for p in posts if is_head_rank(p["rank"])]


def post_history(store, text: str) -> list[dict]:
    """Every tenure of the posts matching `text` (a post title or an agency name), oldest first per post."""
    posts = find_posts(store, text)
    if not posts:
        raise NotFound(text)
    rows = fetch_ev(store, _HOLDERS, {"ids": sorted({p["id"] for p in posts})})
    # A removal is its own fact but ends the same tenure: fold it into the tenure it closes.
    removals = {(r["person_id"], r["post_id"]): r for r in rows if r["action"] == "remove"}
    out = []
    for r in rows:
        if r["action"] == "remove" and any(
            o["person_id"] == r["person_id"] and o["post_id"] == r["post_id"] and o["action"] != "remove"
            for o in rows
        ):
            continue
        rm = removals.get((r["person_id"], r["post_id"]))
        if rm is not None and r["action"] != "remove":
            r["end"] = r["end"] or rm["start"]
            r["removal_evidence"] = rm["evidence"]
        out.append(r)
    return sorted(out, key=lambda r: (r["post"], sort_key_date(r["start"]), r["person"]))

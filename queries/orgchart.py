"""Org chart of a jurisdiction: leaders, the agencies each oversees or liaises with, groups each chairs."""

from __future__ import annotations

from queries.common import Ambiguous, NotFound, ev_return, fetch, fetch_ev, in_force, sort_key_date, variants, vocab

_JUR = (
    "MATCH (j:Jurisdiction) WHERE j.name IN $names "
    "RETURN j.id AS id, j.name AS name, j.level AS level, j.parent AS parent"
)
_JUR_LIKE = (
    "UNWIND $names AS s MATCH (j:Jurisdiction) WHERE j.name CONTAINS s "
    "RETURN DISTINCT j.id AS id, j.name AS name, j.level AS level, j.parent AS parent"
)
_AGENCIES = (
    "MATCH (a:Agency) WHERE a.jurisdiction = $name RETURN a.id AS id, a.name AS name "
    "UNION MATCH (a:Agency)-[:PART_OF]->(j:Jurisdiction {id: $id}) RETURN a.id AS id, a.name AS name"
)
_GOV_HOLDERS = (
    "MATCH (t:Post) WHERE t.agency IN $ids MATCH (p:Person)-[h:HOLDS]->(t) "
    "RETURN p.id AS person_id, p.name AS person, t.title AS post, t.rank AS rank, h.start AS start, "
    "h.`end` AS `end`, h.status AS status, h.action AS action, " + ev_return("h")
)
_DUTY_ON = (
    "MATCH (p:Person)-[d:{rel}]->(a:Agency) WHERE a.id IN $ids "
    "RETURN DISTINCT p.id AS person_id, p.name AS person"
)
_DUTIES = (
    "MATCH (p:Person)-[d:{rel}]->(x) WHERE p.id IN $ids "
    "RETURN p.id AS person_id, x.id AS target_id, x.name AS target, x.jurisdiction AS target_jurisdiction, "
    "d.relation AS relation, "
    "d.`from` AS start, d.until AS `end`, " + ev_return("d")
)
_CHAIRS = (
    "MATCH (p:Person)-[m:MEMBER_OF]->(g:`Group`) WHERE p.id IN $ids AND m.role IN $roles "
    "RETURN p.id AS person_id, g.id AS group_id, g.name AS `group`, m.role AS role, m.start AS start, "
    "m.`end` AS `end`, " + ev_return("m")
)
_POSTS_OF = (
    "MATCH (p:Person)-[h:HOLDS]->(t:Post) WHERE p.id IN $ids "
    "RETURN p.id AS person_id, t.title AS post, t.agency AS agency, h.start AS start, h.`end` AS `end`, "
    "h.status AS status, h.action AS action, " + ev_return("h")
)
_REL_KEY = {"OVERSEES": "oversees", "LIAISES_WITH": "liaises", "ASSISTS": "assists"}


def resolve_jurisdiction(store, name: str) -> dict:
    """The one Jurisdiction a name means (exact name, any spelling, else a unique partial match)."""
    names = variants(name)
    rows = fetch(store, _JUR, {"names": names}) or fetch(store, _JUR_LIKE, {"names": names})
    if not rows:
        raise NotFound(name)
    if len(rows) > 1:
        raise Ambiguous(name, sorted(rows, key=lambda r: r["id"]))
    return rows[0]


def leader_rank(title: str | None) -> int:
    """Seniority of a leading post: the index of the longest rank word the title ends with."""
    ranks = vocab("leader_ranks.txt")
    best = max((w for w in ranks if (title or "").endswith(w)), key=len, default=None)
    return ranks.index(best) if best else len(ranks)


def _is_government(agency: str) -> bool:
    return any(agency.endswith(s) for s in vocab("government_suffixes.txt"))


def _current(r: dict, as_of: str | None) -> bool:
    if r.get("status") == "observed":
        return as_of is None or (r["start"] or "") <= as_of
    if r.get("action") in ("remove", "nominate_remove", "resign") or (
        r.get("status") == "removed" and not r["end"]
    ):
        return False
    return in_force(r["start"], r["end"], as_of)


def orgchart(store, jurisdiction: str, as_of: str | None = None) -> dict:
    """Leaders of a jurisdiction by seniority, each with posts, duties by agency/area, and chaired groups."""
    jur = resolve_jurisdiction(store, jurisdiction)
    agencies = {r["id"]: r["name"] for r in fetch(store, _AGENCIES, {"name": jur["name"], "id": jur["id"]})}
    gov = sorted(a for a, n in agencies.items() if _is_government(n))
    holders = fetch_ev(store, _GOV_HOLDERS, {"ids": gov}) if gov else []
    leaders = {r["person_id"]: r["person"] for r in holders if _current(r, as_of)}
    ids = sorted(agencies)
    if not leaders:
        # No post of the government is known: whoever oversees its agencies leads it (a division of labour).
        for rel in _REL_KEY:
            for r in fetch(store, _DUTY_ON.format(rel=rel), {"ids": ids}):
                leaders.setdefault(r["person_id"], r["person"])
    people = sorted(leaders)
    posts = _by_person(fetch_ev(store, _POSTS_OF, {"ids": people}))
    duties = {
        rel: _by_person(fetch_ev(store, _DUTIES.format(rel=rel), {"ids": people}))
        for rel in _REL_KEY
    }
    chairs = _by_person(
        fetch_ev(store, _CHAIRS, {"ids": people, "roles": list(vocab("chair_roles.txt"))})
    )
    out = []
    for pid in people:
        held = [p for p in posts.get(pid, []) if _current(p, as_of)]
        lead_posts = [p for p in held if p["agency"] in gov] or held
        entry = {
            "person_id": pid,
            "person": leaders[pid],
            "posts": _latest_first(lead_posts),
            "chairs": [c for c in chairs.get(pid, []) if in_force(c["start"], c["end"], as_of)],
        }
        for rel, key in _REL_KEY.items():
            entry[key] = [
                d
                for d in duties[rel].get(pid, [])
                if d["relation"] == key
                and in_force(d["start"], d["end"], as_of)
                # An agency of another jurisdiction is not part of this chart (areas of work always are).
                and d["target_jurisdiction"] in (None, jur["name"])
            ]
        entry["rank"] = min(
            (leader_rank(p["post"]) for p in lead_posts), default=len(vocab("leader_ranks.txt"))
        )
        if lead_posts or entry["oversees"] or entry["liaises"] or entry["assists"]:
            out.append(entry)
    out.sort(key=lambda e: (e["rank"], e["person"]))
    return {"jurisdiction": jur, "as_of": as_of, "leaders": out}


def _by_person(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(r.pop("person_id"), []).append(r)
    return out


def _latest_first(posts: list[dict]) -> list[dict]:
    seen, out = set(), []
    for p in sorted(posts, key=lambda p: sort_key_date(p["start"]), reverse=True):
        if p["post"] not in seen:
            seen.add(p["post"])
            out.append(p)
    return out

"""Questions about groups: roster as of a date in printed order, version diffs, a person's groups,
shared members."""

from __future__ import annotations

from queries.common import ev_return, fetch, fetch_ev, in_force, resolve_group, resolve_person, sort_key_date, vocab

_MEMBERS = (
    "MATCH (p:Person)-[m:MEMBER_OF]->(g:`Group` {id: $id}) "
    "RETURN p.id AS person_id, p.name AS person, m.role AS role, m.post AS post, m.version AS version, "
    "m.`order` AS `order`, m.start AS start, m.`end` AS `end`, " + ev_return("m")
)
_VERSIONS = (
    "MATCH (d:Document) WHERE d.id IN $ids "
    "RETURN d.id AS id, d.number AS number, d.date AS date, d.title AS title"
)
_SUBGROUPS = (
    "MATCH (s:`Group`)-[r:SUBGROUP_OF]->(g:`Group` {id: $id}) "
    "RETURN s.id AS id, s.name AS name, s.kind AS kind, " + ev_return("r")
)
_PARENT = (
    "MATCH (g:`Group` {id: $id})-[r:SUBGROUP_OF]->(s:`Group`) "
    "RETURN s.id AS id, s.name AS name, s.kind AS kind, " + ev_return("r")
)
_OFFICE = (
    "MATCH (g:`Group` {id: $id})-[r:OFFICE_AT]->(a:Agency) "
    "RETURN a.id AS id, a.name AS agency, r.office_head AS office_head, " + ev_return("r")
)
_UNITS = (
    "MATCH (a:Agency)-[r:MEMBER_UNIT]->(g:`Group` {id: $id}) "
    "RETURN a.id AS id, a.name AS agency, " + ev_return("r")
)
_OF_PERSON = (
    "MATCH (p:Person {id: $id})-[m:MEMBER_OF]->(g:`Group`) "
    "RETURN g.id AS group_id, g.name AS `group`, g.kind AS kind, g.jurisdiction AS jurisdiction, "
    "m.role AS role, m.post AS post, m.version AS version, m.start AS start, m.`end` AS `end`, "
    + ev_return("m")
)


def role_rank(role: str | None) -> int:
    """Seniority of a roster role (组长 first); unknown roles rank after the known ones."""
    roles = vocab("role_order.txt")
    return roles.index(role) if role in roles else len(roles)


def _printed_order(rows: list[dict]) -> list[dict]:
    return sorted(
        rows,
        key=lambda r: (r["order"] if r["order"] is not None else 10**6, role_rank(r["role"]), r["person"]),
    )


def _all_members(store, gid: str) -> list[dict]:
    return fetch_ev(store, _MEMBERS, {"id": gid})


def versions(store, name: str) -> list[dict]:
    """The roster versions of a group (the documents that set its roster), oldest first."""
    group = resolve_group(store, name)
    return _versions(store, _all_members(store, group["id"]))


def _versions(store, members: list[dict]) -> list[dict]:
    ids = sorted({m["version"] for m in members if m["version"]})
    docs = {r["id"]: r for r in fetch(store, _VERSIONS, {"ids": ids})} if ids else {}
    starts: dict[str, str] = {}
    for m in members:
        if m["version"]:
            starts[m["version"]] = min(starts.get(m["version"]) or "9999", m["start"] or "9999")
    out = []
    for v in ids:
        d = docs.get(v, {})
        out.append(
            {
                "version": v,
                "document": d.get("number"),
                "title": d.get("title"),
                "date": d.get("date") or starts.get(v),
                "size": sum(1 for m in members if m["version"] == v),
            }
        )
    return sorted(out, key=lambda v: (sort_key_date(v["date"]), v["version"]))


def _version_at(vers: list[dict], as_of: str | None) -> str | None:
    chosen = None
    for v in vers:
        if as_of is None or (v["date"] and v["date"][: len(as_of)] <= as_of):
            chosen = v["version"]
    return chosen


def roster(store, name: str, as_of: str | None = None, jurisdiction: str | None = None) -> dict:
    """A group's roster in force on `as_of` (default: latest) in printed order, with subgroups and office."""
    group = resolve_group(store, name, jurisdiction)
    gid = group["id"]
    members = _all_members(store, gid)
    vers = _versions(store, members)
    chosen = _version_at(vers, as_of)
    rows = [
        m
        for m in members
        if (chosen and m["version"] == chosen) or (not m["version"] and in_force(m["start"], m["end"], as_of))
    ]
    if as_of is None:
        rows = [m for m in rows if not m["end"]] or rows
    p = {"id": gid}
    return {
        "group": group,
        "as_of": as_of,
        "version": next((v for v in vers if v["version"] == chosen), None),
        "versions": vers,
        "members": _printed_order(rows),
        "subgroups": fetch_ev(store, _SUBGROUPS, p),
        "parent": fetch_ev(store, _PARENT, p),
        "office": fetch_ev(store, _OFFICE, p),
        "member_units": fetch_ev(store, _UNITS, p),
    }


def roster_diff(
    store, name: str, old: str | None = None, new: str | None = None, jurisdiction: str | None = None
) -> dict:
    """Who joined, who left and whose role changed between two roster versions (default: the last two).

    `old`/`new` are version ids, document numbers, or dates (the version in force on that date).
    """
    group = resolve_group(store, name, jurisdiction)
    members = _all_members(store, group["id"])
    vers = _versions(store, members)
    if len(vers) < 2 and not (old and new):
        return {
            "group": group,
            "old": vers[0] if vers else None,
            "new": None,
            "joined": [],
            "left": [],
            "role_changed": [],
            "unchanged": [],
        }
    new_v = _pick(vers, new) if new else vers[-1]["version"]
    old_v = _pick(vers, old) if old else _previous(vers, new_v)
    a = {m["person_id"]: m for m in members if m["version"] == old_v}
    b = {m["person_id"]: m for m in members if m["version"] == new_v}
    changed = [
        {
            "person_id": p,
            "person": b[p]["person"],
            "old_role": a[p]["role"],
            "new_role": b[p]["role"],
            "old_post": a[p]["post"],
            "new_post": b[p]["post"],
            "evidence": b[p]["evidence"],
            "old_evidence": a[p]["evidence"],
        }
        for p in b
        if p in a and (a[p]["role"] != b[p]["role"])
    ]
    return {
        "group": group,
        "old": next((v for v in vers if v["version"] == old_v), None),
        "new": next((v for v in vers if v["version"] == new_v), None),
        "joined": _printed_order([b[p] for p in b if p not in a]),
        "left": _printed_order([a[p] for p in a if p not in b]),
        "role_changed": sorted(changed, key=lambda r: (role_rank(r["new_role"]), r["person"])),
        "unchanged": _printed_order([b[p] for p in b if p in a and a[p]["role"] == b[p]["role"]]),
    }


def _pick(vers: list[dict], key: str) -> str | None:
    for v in vers:
        if key in (v["version"], v["document"]):
            return v["version"]
    return _version_at(vers, key)


def _previous(vers: list[dict], version: str | None) -> str | None:
    ids = [v["version"] for v in vers]
    i = ids.index(version) if version in ids else len(ids)
    return ids[i - 1] if i > 0 else None


def groups_of_person(
    store, name: str, as_of: str | None = None, jurisdiction: str | None = None, current_only: bool = False
) -> list[dict]:
    """The groups a person sits on with role and post (all versions, or those in force on `as_of`)."""
    person = resolve_person(store, name)
    rows = fetch_ev(store, _OF_PERSON, {"id": person["id"]})
    if jurisdiction:
        rows = [r for r in rows if r["jurisdiction"] and jurisdiction in r["jurisdiction"]]
    if as_of is not None or current_only:
        rows = [r for r in rows if in_force(r["start"], r["end"], as_of)]
    rows.sort(key=lambda r: (r["jurisdiction"] or "", r["group"], sort_key_date(r["start"])))
    return [{"person_id": person["id"], "person": person["name"], **r} for r in rows]


def shared_members(store, first: str, second: str, as_of: str | None = None) -> list[dict]:
    """The people who sit on both groups (in force on `as_of`, default now), with their role in each."""
    ga, gb = resolve_group(store, first), resolve_group(store, second)
    ma = _in_force(_all_members(store, ga["id"]), as_of)
    mb = _in_force(_all_members(store, gb["id"]), as_of)
    out = []
    for pid in sorted(set(ma) & set(mb)):
        a, b = ma[pid], mb[pid]
        out.append(
            {
                "person_id": pid,
                "person": a["person"],
                "role_a": a["role"],
                "role_b": b["role"],
                "group_a": ga["name"],
                "group_b": gb["name"],
                "evidence_a": a["evidence"],
                "evidence_b": b["evidence"],
            }
        )
    return sorted(out, key=lambda r: (role_rank(r["role_a"]) + role_rank(r["role_b"]), r["person"]))


def _in_force(members: list[dict], as_of: str | None) -> dict[str, dict]:
    out = {}
    for m in sorted(members, key=lambda m: sort_key_date(m["start"])):
        if in_force(m["start"], m["end"], as_of):
            out[m["person_id"]] = m
    return out

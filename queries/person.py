"""Questions about one person: the profile (posts, groups, duties, meetings) and the timeline of changes."""

from __future__ import annotations

from queries.common import ev_return, fetch, fetch_ev, resolve_person, sort_key_date, vocab

_POSTS = (
    "MATCH (p:Person {id: $id})-[h:HOLDS]->(t:Post) "
    "RETURN t.id AS post_id, t.title AS post, t.agency AS agency, h.start AS start, h.`end` AS `end`, "
    "h.status AS status, h.action AS action, h.effective AS effective, " + ev_return("h")
)
_GROUPS = (
    "MATCH (p:Person {id: $id})-[m:MEMBER_OF]->(g:`Group`) "
    "RETURN g.id AS group_id, g.name AS `group`, g.kind AS kind, g.jurisdiction AS jurisdiction, "
    "m.role AS role, m.post AS post, m.version AS version, m.`order` AS `order`, m.start AS start, "
    "m.`end` AS `end`, " + ev_return("m")
)
_DUTY = (
    "MATCH (p:Person {{id: $id}})-[d:{rel}]->(x) "
    "RETURN x.id AS target_id, x.name AS target, d.relation AS relation, d.`from` AS start, "
    "d.until AS `end`, " + ev_return("d")
)
_BACKUP = (
    "MATCH (p:Person {id: $id})-[b:BACKUP_FOR]-(o:Person) "
    "RETURN o.id AS target_id, o.name AS target, 'backup' AS relation, null AS start, "
    "null AS `end`, " + ev_return("b")
)
_MEETINGS = (
    "MATCH (p:Person {id: $id})-[a:ATTENDED]->(m:Meeting) "
    "RETURN m.id AS meeting_id, m.name AS meeting, m.date AS meeting_date, a.role AS role, "
    "a.post AS post, " + ev_return("a")
)
_MENTIONS = (
    "MATCH (p:Person {id: $id})-[n:MENTIONED_IN]->(d:Document) "
    "RETURN d.id AS doc_id, d.title AS title, n.post AS post, " + ev_return("n")
)
_HOMONYMS = (
    "MATCH (o:Person) WHERE o.name = $name AND o.id <> $id "
    "RETURN o.id AS id, o.name AS name, o.jurisdiction AS jurisdiction"
)
_SAME = (
    "MATCH (p:Person {id: $id})-[s:POSSIBLY_SAME]-(o:Person) "
    "RETURN o.id AS id, o.name AS name, o.jurisdiction AS jurisdiction, s.score AS score, "
    "s.reasons AS reasons, " + ev_return("s")
)
DUTY_RELS = ("OVERSEES", "LIAISES_WITH", "ASSISTS")


def _rows(store, statement: str, pid: str, **extra) -> list[dict]:
    return fetch_ev(store, statement, {"id": pid, **extra})


def duties(store, pid: str) -> list[dict]:
    """Oversight, liaison, assistance and backup duties of a person id, each with its evidence."""
    out = []
    for rel in DUTY_RELS:
        out += _rows(store, _DUTY.format(rel=rel), pid)
    # An AB角 pairing holds from its document's date.
    out += [{**r, "start": r["evidence"]["date"]} for r in _rows(store, _BACKUP, pid)]
    return sorted(out, key=lambda r: (sort_key_date(r["start"]), r["relation"] or "", r["target"] or ""))


def person_profile(store, name: str) -> dict:
    """Everything about one person: posts with intervals, groups with roles, duties, meetings, mentions.

    Homonyms (other people of the same name) and POSSIBLY_SAME candidates are listed apart, never mixed in.
    """
    person = resolve_person(store, name)
    pid = person["id"]
    posts = sorted(_rows(store, _POSTS, pid), key=lambda r: (sort_key_date(r["start"]), r["post"]))
    groups = sorted(_rows(store, _GROUPS, pid), key=lambda r: (sort_key_date(r["start"]), r["group"]))
    meetings = sorted(_rows(store, _MEETINGS, pid), key=lambda r: sort_key_date(r["meeting_date"]))
    mentions = sorted(_rows(store, _MENTIONS, pid), key=lambda r: sort_key_date(r["evidence"]["date"]))
    homonyms = sorted(fetch(store, _HOMONYMS, {"id": pid, "name": person["name"]}), key=lambda r: r["id"])
    same = sorted(_rows(store, _SAME, pid), key=lambda r: r["id"])
    return {
        "person": {k: person[k] for k in ("id", "name", "jurisdiction")},
        "posts": posts,
        "groups": groups,
        "duties": duties(store, pid),
        "meetings": meetings,
        "mentions": mentions,
        "homonyms": homonyms,
        "possibly_same": same,
    }


# HOLDS.action (the fact's action) → the timeline event it stands for.
_EVENT = {
    "appoint": "appointed",
    "remove": "removed",
    "nominate": "nominated",
    "nominate_remove": "nominated for removal",
    "concurrent": "appointed concurrently",
    "resign": "resigned",
    "confirm": "confirmed after probation",
    "observed": "observed as",
}


def timeline(store, name: str) -> list[dict]:
    """The dated events that changed or confirmed a person's posts and group seats, oldest first."""
    person = resolve_person(store, name)
    pid = person["id"]
    events = []
    posts = _rows(store, _POSTS, pid)
    removed = {(r["post_id"], r["start"]) for r in posts if r["action"] == "remove"}
    for r in posts:
        event = _EVENT.get(r["action"] or r["status"] or "", r["action"] or r["status"] or "holds")
        date = r["start"] if r["action"] != "remove" else (r["end"] or r["start"])
        if r["status"] == "probation" and r["action"] == "appoint":
            event = "appointed (probation)"
        events.append({"date": date, "event": event, "what": r["post"], "evidence": r["evidence"]})
    last_role: dict[str, str] = {}
    last_seat: dict[str, dict] = {}
    for r in sorted(_rows(store, _GROUPS, pid), key=lambda r: sort_key_date(r["start"])):
        before = last_role.get(r["group_id"])
        if before is None:
            event = f"joined group as {r['role']}"
        elif before != r["role"]:
            event = f"group role changed from {before} to {r['role']}"
        else:
            event = f"kept in adjusted roster as {r['role']}"
        last_role[r["group_id"]] = r["role"]
        events.append({"date": r["start"], "event": event, "what": r["group"], "evidence": r["evidence"]})
        last_seat[r["group_id"]] = r
    for r in last_seat.values():
        if r["end"]:  # the latest roster that named the person was replaced by one that does not
            events.append({"date": r["end"], "event": "left group", "what": r["group"], "evidence": r["evidence"]})
    for r in _rows(store, _MENTIONS, pid):
        if not any(
            e["event"] == "observed as"
            and e["date"] == r["evidence"]["date"]
            and e["what"].endswith(r["post"] or "\0")
            for e in events
        ):
            events.append(
                {
                    "date": r["evidence"]["date"],
                    "event": "observed as",
                    "what": r["post"],
                    "evidence": r["evidence"],
                }
            )
    # A closed interval without its own removal fact still ends the post on the timeline.
    for r in posts:
        if (
            r["end"]
            and r["status"] != "observed"
            and r["action"] != "remove"
            and (r["post_id"], r["end"]) not in removed
            and r["end"] != r["start"]
            and r["status"] != "probation"
        ):
            events.append({"date": r["end"], "event": "ended", "what": r["post"], "evidence": r["evidence"]})
    order = {"removed": 0, "ended": 0}
    events.sort(key=lambda e: (sort_key_date(e["date"]), order.get(e["event"], 1), e["what"] or ""))
    return [{"person": person["name"], **e} for e in events]


def duty_changes(store, name: str, document: str | None = None) -> list[dict]:
    """Per adjusting document, the duties a person took over (新增分管 …) and gave up (不再分管 …)."""
    person = resolve_person(store, name)
    markers = vocab("duty_new_markers.txt")
    by_doc: dict[str, dict] = {}
    for d in duties(store, person["id"]):
        ev = d["evidence"]
        if document and ev["document"] != document:
            continue
        relation = d["relation"] or ""
        if relation.startswith("no_longer"):
            key = "gave_up"
        elif any(m in (ev["text"] or "") for m in markers):
            key = "took_over"
        else:
            continue
        entry = by_doc.setdefault(ev["document"] or ev["file"] or "", {
            "person": person["name"], "document": ev["document"], "date": ev["date"], "took_over": [],
            "gave_up": []})
        entry[key].append({"relation": relation.removeprefix("no_longer_"), "target": d["target"],
                           "evidence": ev})
    for entry in by_doc.values():
        for key in ("took_over", "gave_up"):
            entry[key].sort(key=lambda x: (x["relation"], x["target"] or ""))
    return sorted(by_doc.values(), key=lambda e: (sort_key_date(e["date"]), e["document"] or ""))

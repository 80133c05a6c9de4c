"""Questions typed in Chinese, answered by mapping them to the queries (no external service).

The patterns live in ui/data/ask_patterns.tsv: each names an intent and a regular expression with placeholders
for the names it expects ({person}, {group}, {post}, {jur}, {a}, {b}, {role}). A pattern counts only when its
names resolve in the graph, so "X的成员有哪些" is tried as a group before anything else is tried. When no
pattern fits, the question is scanned for the names of known groups and people and answered by keyword.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from extract.text import squash, to_match
from extract.vocab import load_lines, load_table
from queries.common import Ambiguous, NotFound

PATTERNS_FILE = "ui/data/ask_patterns.tsv"
FILLERS_FILE = "ui/data/ask_fillers.txt"
_END = "?？。.!！~～ "


@dataclass
class Answer:
    """The answer to a question: what it was understood as, a table of rows (each with evidence), or candidates."""

    intent: str
    title: str
    rows: list[dict] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    params: dict = field(default_factory=dict)
    candidates: list[dict] = field(default_factory=list)
    message: str | None = None


@lru_cache(maxsize=1)
def _placeholders() -> dict[str, str]:
    roles = sorted(load_lines("queries/data/role_order.txt"), key=len, reverse=True)
    suffixes = sorted({r["suffix"] for r in load_table("extract/data/group_kinds.tsv")}, key=len, reverse=True)
    return {
        "person": r"(?P<person>[^\s,，。?？、]{2,8}?)",
        "group": r"(?P<group>.{2,60}?(?:" + "|".join(map(re.escape, suffixes)) + "))",
        "post": r"(?P<post>.{2,40}?)",
        "jur": r"(?P<jur>.{2,20}?)",
        "a": r"(?P<a>.{2,60}?)",
        "b": r"(?P<b>.{2,60}?)",
        "role": r"(?P<role>" + "|".join(map(re.escape, roles)) + ")",
    }


@lru_cache(maxsize=1)
def patterns() -> tuple[tuple[str, re.Pattern, str], ...]:
    """(intent, compiled regex, example) for every line of the patterns file, in order."""
    out = []
    for row in load_table(PATTERNS_FILE):
        regex = row["pattern"]
        for name, sub in _placeholders().items():
            regex = regex.replace("{" + name + "}", sub)
        out.append((row["intent"], re.compile(regex), row.get("example") or ""))
    return tuple(out)


def normalise(question: str) -> str:
    """The question as patterns see it: whitespace removed, width folded, simplified, fillers and end marks off."""
    q = to_match(squash(question or "")).strip(_END)
    for filler in sorted(load_lines(FILLERS_FILE), key=len, reverse=True):
        if q.startswith(filler):
            q = q[len(filler):].lstrip("，,:：")
            break
    return q.strip(_END)


def parse(question: str) -> list[tuple[str, dict]]:
    """Every (intent, captured names) the patterns read in a question, in the patterns' order."""
    q = normalise(question)
    found = []
    for intent, regex, _example in patterns():
        m = regex.search(q)
        if m:
            found.append((intent, {k: v for k, v in m.groupdict().items() if v}))
    return found


def answer(store, question: str) -> Answer:
    """Answer a question: the first pattern whose names resolve, else a name scan, else a search."""
    for intent, params in parse(question):
        try:
            return HANDLERS[intent](store, **params)
        except NotFound:
            continue
        except Ambiguous as err:
            return Answer(intent, f"「{err.detail.split(':')[0]}」 names several candidates: choose one",
                          params=params, candidates=err.candidates)
    return _by_names(store, normalise(question))


# ---------------------------------------------------------------------------------------------------------
# Handlers: each resolves its names (NotFound lets the next pattern try) and returns an Answer.


def find_group(store, text: str) -> dict:
    """The group a name means: exact/partial as queries.common resolves it, else the one group whose name holds
    the typed characters in order (人工智能领导小组 → 人工智能产业发展工作领导小组)."""
    from queries.common import resolve_group

    try:
        return resolve_group(store, text)
    except NotFound:
        pass
    names = [r for r in store.read_query("MATCH (g:`Group`) RETURN g.id AS id, g.name AS name, "
                                         "g.canonical AS canonical, g.kind AS kind, g.jurisdiction AS jurisdiction")]
    hits = [g for g in names if _in_order(to_match(text), to_match(g["name"] or ""))]
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise Ambiguous(text, sorted(hits, key=lambda g: g["id"]))
    raise NotFound(text)


def _in_order(small: str, big: str) -> bool:
    it = iter(big)
    return len(small) >= 4 and all(ch in it for ch in small)


def _roster(store, group: str) -> dict:
    from queries.groups import roster

    return roster(store, find_group(store, group)["id"])


def role_in_group(store, group: str, role: str) -> Answer:
    """Who holds a role (组长, 副组长 …) in a group's latest roster."""
    r = _roster(store, group)
    rows = [m for m in r["members"] if m["role"] == role]
    title = f"{r['group']['name']} · {role}"
    msg = None if rows else f"No {role} in the latest roster ({len(r['members'])} members)."
    return Answer("role_in_group", title, rows, ["role", "person", "post"], {"group": r["group"]["id"], "role": role},
                  message=msg)


def roster_of(store, group: str) -> Answer:
    """A group's latest roster in printed order."""
    r = _roster(store, group)
    v = r.get("version") or {}
    return Answer("roster", f"{r['group']['name']} · roster {v.get('document') or ''} {v.get('date') or ''}".strip(),
                  r["members"], ["role", "person", "post"], {"group": r["group"]["id"]})


def groups_of(store, person: str) -> Answer:
    """The groups a person sits on, with role and post."""
    from queries.groups import groups_of_person

    rows = groups_of_person(store, person)
    name = rows[0]["person"] if rows else _person(store, person)["name"]
    return Answer("groups_of_person", f"{name} · groups 所在小组 ({len(rows)})", rows,
                  ["group", "role", "post", "start", "end"], {"person": person})


def _person(store, name: str) -> dict:
    from queries.common import resolve_person

    return resolve_person(store, name)


def timeline_of(store, person: str) -> Answer:
    """The dated events of a person's posts and group seats."""
    from queries.person import timeline

    rows = timeline(store, person)
    name = rows[0]["person"] if rows else _person(store, person)["name"]
    return Answer("timeline", f"{name} · changes of posts 职务变化", rows, ["date", "event", "what"],
                  {"person": person})


def duties_of(store, person: str) -> Answer:
    """What a person oversees, liaises with and assists."""
    from queries.person import duties

    p = _person(store, person)
    return Answer("duties", f"{p['name']} · duties 分工", duties(store, p["id"]),
                  ["relation", "target", "start", "end"],
                  {"person": p["id"]})


def profile_of(store, person: str) -> Answer:
    """A person's posts."""
    from queries.person import person_profile

    prof = person_profile(store, person)
    return Answer("profile", f"{prof['person']['name']} · posts 职务", prof["posts"],
                  ["post", "status", "start", "end"], {"person": prof["person"]["id"]})


def post_history_of(store, post: str) -> Answer:
    """Who held a post (or headed an agency) over time."""
    from queries.posts import post_history

    rows = post_history(store, post)
    return Answer("post_history", f"{post} · holders 历任", rows, ["post", "person", "start", "end", "status"],
                  {"post": post})


def orgchart_of(store, jur: str) -> Answer:
    """The leaders of a jurisdiction with their posts and what each oversees."""
    from queries.orgchart import orgchart

    c = orgchart(store, jur)
    rows = []
    for leader in c["leaders"]:
        first = (leader["posts"] or [{}])[0]
        rows.append({"person": leader["person"], "posts": [p["post"] for p in leader["posts"]],
                     "oversees": [d["target"] for d in leader["oversees"]],
                     "chairs": [g["group"] for g in leader["chairs"]], "evidence": first.get("evidence") or {}})
    return Answer("orgchart", f"{c['jurisdiction']['name']} · leaders 领导", rows,
                  ["person", "posts", "oversees", "chairs"], {"jur": c["jurisdiction"]["id"]})


def shared_of(store, a: str, b: str) -> Answer:
    """The people who sit on both groups."""
    from queries.groups import shared_members

    ga, gb = find_group(store, a), find_group(store, b)
    rows = shared_members(store, ga["id"], gb["id"])
    for r in rows:
        r["evidence"] = r.get("evidence_b") or {}
    return Answer("shared", f"{ga['name']} ∩ {gb['name']}", rows, ["person", "role_a", "role_b"],
                  {"a": ga["id"], "b": gb["id"]})


def path_of(store, a: str, b: str) -> Answer:
    """The shortest chains linking two people, one row per link."""
    from queries.paths import connection

    pa, pb = _person(store, a), _person(store, b)
    r = connection(store, pa["id"], pb["id"])
    rows = [{"chain": i + 1, **link} for i, p in enumerate(r["paths"]) for link in p["links"]]
    msg = None if rows else "No connection within 3 hops."
    return Answer("path", f"{pa['name']} ↔ {pb['name']}", rows, ["chain", "person", "kind", "via", "as"],
                  {"a": pa["id"], "b": pb["id"]}, message=msg)


def central(store) -> Answer:
    """The most central officials by co-membership."""
    from queries.analytics import centrality

    rows = centrality(store, 20)
    return Answer("central", "most central officials 核心人物", rows,
                  ["person", "groups", "co_members", "degree", "betweenness", "community"])


def co_members(store) -> Answer:
    """Who sits with whom most often."""
    from queries.analytics import co_membership

    return Answer("co_members", "who sits with whom 经常同组", co_membership(store, 20),
                  ["person_a", "person_b", "shared", "groups"])


HANDLERS = {"role_in_group": role_in_group, "roster": roster_of, "groups_of_person": groups_of,
            "timeline": timeline_of, "duties": duties_of, "profile": profile_of, "post_history": post_history_of,
            "orgchart": orgchart_of, "shared": shared_of, "path": path_of, "central": central,
            "co_members": co_members}

# Keywords that pick the question about a person named somewhere in the question (the name scan).
_PERSON_KEYWORDS = (("小组", groups_of), ("指挥部", groups_of), ("专班", groups_of), ("变化", timeline_of),
                    ("任免", timeline_of), ("履历", timeline_of), ("经历", timeline_of), ("分管", duties_of),
                    ("分工", duties_of))


def _by_names(store, q: str) -> Answer:
    """No pattern fits: answer about the longest known group or person name in the question, else search."""
    for label, prop, handler in (("Group", "name", roster_of), ("Person", "name", None)):
        names = {r["n"] for r in store.read_query(f"MATCH (x:`{label}`) RETURN DISTINCT x.{prop} AS n") if r["n"]}
        hit = max((n for n in names if len(n) >= 2 and to_match(n) in q), key=len, default=None)
        if hit is None:
            continue
        if handler is None:
            handler = next((h for word, h in _PERSON_KEYWORDS if word in q), profile_of)
        try:
            return handler(store, hit)
        except Ambiguous as err:
            return Answer(handler.__name__, f"「{hit}」 names several candidates: choose one",
                          candidates=err.candidates)
        except NotFound:
            continue
    from queries.search import search

    rows = search(store, q, limit=30)
    return Answer("search", f"No question pattern fits; search for 「{q}」", rows, ["kind", "name", "detail"],
                  {"text": q}, message=None if rows else "Nothing found.")


def examples() -> list[str]:
    """The example question of every pattern (shown on the Ask page)."""
    return [ex for _i, _r, ex in patterns() if ex and "……" not in ex]

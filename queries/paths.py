"""Connection between two people: shortest chains through shared groups, agencies or documents, with evidence.

The search is a bidirectional breadth-first search over the person–hub graph (a hub is a group, an agency
or a document), one bounded query per step, so both engines run the same plain Cypher and no engine's
shortest-path syntax is needed; the side with the smaller frontier is expanded first.
"""

from __future__ import annotations

from itertools import product

from queries.common import ev_return, fetch_ev, resolve_person

_EV = ev_return("e")
# person → hub: (kind, statement); every statement returns person, hub, hub_name, how and the evidence.
_OUT = [
    (
        "group",
        "MATCH (p:Person)-[e:MEMBER_OF]->(h:`Group`) WHERE p.id IN $ids "
        "RETURN p.id AS person, p.name AS person_name, h.id AS hub, h.name AS hub_name, e.role AS how, "
        + _EV,
    ),
    (
        "agency",
        "MATCH (p:Person)-[e:HOLDS]->(t:Post) WHERE p.id IN $ids MATCH (h:Agency {id: t.agency}) "
        "RETURN p.id AS person, p.name AS person_name, h.id AS hub, h.name AS hub_name, t.title AS how, "
        + _EV,
    ),
    (
        "agency",
        "MATCH (p:Person)-[e:OVERSEES|LIAISES_WITH]->(h:Agency) WHERE p.id IN $ids "
        "RETURN p.id AS person, p.name AS person_name, h.id AS hub, h.name AS hub_name, "
        "e.relation AS how, " + _EV,
    ),
    (
        "document",
        "MATCH (p:Person)-[e:MENTIONED_IN]->(h:Document) WHERE p.id IN $ids "
        "RETURN p.id AS person, p.name AS person_name, h.id AS hub, h.title AS hub_name, e.post AS how, "
        + _EV,
    ),
]
# hub → person, by the hub's id prefix.
_IN = {
    "grp": [
        (
            "group",
            "MATCH (p:Person)-[e:MEMBER_OF]->(h:`Group`) WHERE h.id IN $ids "
            "RETURN p.id AS person, p.name AS person_name, h.id AS hub, h.name AS hub_name, "
            "e.role AS how, " + _EV,
        )
    ],
    "ag": [
        (
            "agency",
            "MATCH (t:Post) WHERE t.agency IN $ids MATCH (p:Person)-[e:HOLDS]->(t) "
            "MATCH (h:Agency {id: t.agency}) "
            "RETURN p.id AS person, p.name AS person_name, h.id AS hub, h.name AS hub_name, "
            "t.title AS how, " + _EV,
        ),
        (
            "agency",
            "MATCH (p:Person)-[e:OVERSEES|LIAISES_WITH]->(h:Agency) WHERE h.id IN $ids "
            "RETURN p.id AS person, p.name AS person_name, h.id AS hub, h.name AS hub_name, "
            "e.relation AS how, " + _EV,
        ),
    ],
    "doc": [
        (
            "document",
            "MATCH (p:Person)-[e:MENTIONED_IN]->(h:Document) WHERE h.id IN $ids "
            "RETURN p.id AS person, p.name AS person_name, h.id AS hub, h.title AS hub_name, "
            "e.post AS how, " + _EV,
        )
    ],
}


def _links(store, ids: list[str], persons: bool) -> list[dict]:
    """Links (person, hub) touching the given person ids, or the given hub ids."""
    out = []
    if persons:
        for kind, stmt in _OUT:
            out += [{**r, "kind": kind} for r in fetch_ev(store, stmt, {"ids": ids})]
        return out
    for prefix, stmts in _IN.items():
        group = [i for i in ids if i.startswith(prefix + ":")]
        for kind, stmt in stmts if group else ():
            out += [{**r, "kind": kind} for r in fetch_ev(store, stmt, {"ids": group})]
    return out


class _Side:
    """One direction of the bidirectional search: distances, parents (with the link used) and the frontier."""

    def __init__(self, start: str) -> None:
        self.dist = {start: 0}
        self.parents: dict[str, list[tuple[str, dict]]] = {start: []}
        self.frontier = [start]
        self.persons = True  # the frontier holds people (else hubs)

    def expand(self, store, names: dict[str, str]) -> None:
        nxt: list[str] = []
        for link in _links(store, sorted(self.frontier), self.persons):
            names[link["person"]] = link["person_name"]
            names[link["hub"]] = link["hub_name"]
            u, v = (link["person"], link["hub"]) if self.persons else (link["hub"], link["person"])
            if u not in self.dist:
                continue
            d = self.dist[u] + 1
            if v not in self.dist:
                self.dist[v] = d
                self.parents[v] = []
                nxt.append(v)
            if self.dist[v] == d and all(p != u for p, _ in self.parents[v]):  # one link (evidence) per step
                self.parents[v].append((u, link))
        self.frontier = sorted(set(nxt))
        self.persons = not self.persons

    def chains(self, node: str, limit: int) -> list[list[tuple[str, dict | None]]]:
        """Up to `limit` chains from the start to `node`, each a list of (node, link into it)."""
        if not self.parents[node]:
            return [[(node, None)]]
        out = []
        for prev, link in self.parents[node]:
            for c in self.chains(prev, limit):
                out.append(c + [(node, link)])
                if len(out) >= limit:
                    return out
        return out


def connection(store, a: str, b: str, max_hops: int = 3, limit: int = 5) -> dict:
    """The shortest chains linking two people (at most `max_hops` shared hubs), each link with evidence."""
    pa, pb = resolve_person(store, a), resolve_person(store, b)
    result = {"from": pa, "to": pb, "hops": None, "paths": []}
    if pa["id"] == pb["id"]:
        result["hops"] = 0
        return result
    sa, sb = _Side(pa["id"]), _Side(pb["id"])
    names = {pa["id"]: pa["name"], pb["id"]: pb["name"]}
    for _ in range(2 * max_hops):
        side = sa if len(sa.frontier) <= len(sb.frontier) else sb
        if not side.frontier:
            break
        side.expand(store, names)
        meet = sorted(set(sa.dist) & set(sb.dist))
        if meet:
            best = min(sa.dist[m] + sb.dist[m] for m in meet)
            result["hops"] = best // 2
            result["paths"] = _paths(
                sa, sb, [m for m in meet if sa.dist[m] + sb.dist[m] == best], names, limit
            )
            return result
    return result


def _paths(sa: _Side, sb: _Side, meet: list[str], names: dict[str, str], limit: int) -> list[dict]:
    out = []
    for m in meet:
        for left, right in product(sa.chains(m, limit), sb.chains(m, limit)):
            nodes = [n for n, _ in left] + [n for n, _ in reversed(right)][1:]
            links = [lk for _, lk in left if lk] + [lk for _, lk in reversed(right) if lk]
            out.append(
                {
                    "chain": [names.get(n, n) for n in nodes],
                    "ids": nodes,
                    "links": [
                        {
                            "person": lk["person_name"],
                            "kind": lk["kind"],
                            "via": lk["hub_name"],
                            "as": lk["how"],
                            "evidence": lk["evidence"],
                        }
                        for lk in links
                    ],
                }
            )
            if len(out) >= limit:
                return out
    return out

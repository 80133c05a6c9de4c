"""Co-membership analytics with networkx on the person–group bipartite graph and its person projection."""

from __future__ import annotations

import networkx as nx
from networkx.algorithms import bipartite

from queries.common import ev_return, fetch_ev, in_force

_MEMBERSHIPS = (
    "MATCH (p:Person)-[m:MEMBER_OF]->(g:`Group`) "
    "RETURN p.id AS person_id, p.name AS person, p.jurisdiction AS person_jurisdiction, "
    "g.id AS group_id, g.name AS `group`, g.jurisdiction AS jurisdiction, m.role AS role, "
    "m.start AS start, m.`end` AS `end`, " + ev_return("m")
)


def memberships(
    store, jurisdiction: str | None = None, as_of: str | None = None, current_only: bool = False
) -> list[dict]:
    """Every membership row (optionally of one jurisdiction's groups, or in force on a date)."""
    rows = fetch_ev(store, _MEMBERSHIPS)
    if jurisdiction:
        rows = [r for r in rows if r["jurisdiction"] and jurisdiction in r["jurisdiction"]]
    if as_of is not None or current_only:
        rows = [r for r in rows if in_force(r["start"], r["end"], as_of)]
    return rows


def bipartite_graph(rows: list[dict]) -> nx.Graph:
    """The person–group bipartite graph (bipartite=0 people, 1 groups); edges keep roles and evidence."""
    g = nx.Graph()
    for r in rows:
        g.add_node(r["person_id"], bipartite=0, name=r["person"], kind="person")
        g.add_node(r["group_id"], bipartite=1, name=r["group"], kind="group")
        data = g.get_edge_data(r["person_id"], r["group_id"])
        if data is None:
            g.add_edge(r["person_id"], r["group_id"], roles=[r["role"]], evidence=[r["evidence"]])
        else:
            data["roles"].append(r["role"])
            data["evidence"].append(r["evidence"])
    return g


def projection(g: nx.Graph) -> nx.Graph:
    """People joined by the number of groups they share (edge weight) and those groups' names."""
    people = [n for n, d in g.nodes(data=True) if d["bipartite"] == 0]
    p = bipartite.weighted_projected_graph(g, people)
    for a, b, d in p.edges(data=True):
        d["groups"] = sorted(g.nodes[x]["name"] for x in set(g[a]) & set(g[b]))
    for n in people:
        p.nodes[n]["name"] = g.nodes[n]["name"]
    return p


def co_membership(
    store, limit: int = 20, jurisdiction: str | None = None, as_of: str | None = None
) -> list[dict]:
    """Pairs of people who sit together on the most groups, with the groups and the evidence of each seat."""
    g = bipartite_graph(memberships(store, jurisdiction, as_of))
    p = projection(g)
    out = []
    for a, b, d in p.edges(data=True):
        a, b = sorted((a, b), key=lambda n: (p.nodes[n]["name"], n))
        shared = sorted(set(g[a]) & set(g[b]))
        out.append(
            {
                "person_a": p.nodes[a]["name"],
                "person_a_id": a,
                "person_b": p.nodes[b]["name"],
                "person_b_id": b,
                "shared": d["weight"],
                "groups": d["groups"],
                "evidence": [ev for x in shared for ev in g[a][x]["evidence"][:1] + g[b][x]["evidence"][:1]],
            }
        )
    out.sort(key=lambda r: (-r["shared"], r["person_a"], r["person_b"]))
    return out[:limit]


def centrality(
    store,
    limit: int = 20,
    jurisdiction: str | None = None,
    as_of: str | None = None,
    sample: int | None = None,
) -> list[dict]:
    """The most central officials of the co-membership projection: degree and betweenness, and community."""
    g = bipartite_graph(memberships(store, jurisdiction, as_of))
    p = projection(g)
    if p.number_of_nodes() == 0:
        return []
    degree = nx.degree_centrality(p)
    k = sample if sample and sample < p.number_of_nodes() else None
    between = nx.betweenness_centrality(p, k=k, seed=0)
    comm = {n: i for i, c in enumerate(communities_of(p)) for n in c}
    rows = [
        {
            "person_id": n,
            "person": p.nodes[n]["name"],
            "groups": g.degree(n),
            "co_members": p.degree(n),
            "degree": round(degree[n], 6),
            "betweenness": round(between[n], 6),
            "community": comm.get(n),
        }
        for n in p.nodes
    ]
    rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], r["person"], r["person_id"]))
    return rows[:limit]


def communities_of(p: nx.Graph) -> list[set]:
    """Louvain communities of the weighted projection (seeded: the same graph gives the same answer)."""
    if p.number_of_edges() == 0:
        return [{n} for n in sorted(p.nodes)]
    found = nx.community.louvain_communities(p, weight="weight", seed=0)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))


def communities(store, jurisdiction: str | None = None, as_of: str | None = None) -> list[dict]:
    """Communities of officials who sit together, largest first, with members and their groups."""
    g = bipartite_graph(memberships(store, jurisdiction, as_of))
    p = projection(g)
    out = []
    for i, c in enumerate(communities_of(p)):
        groups = sorted({g.nodes[x]["name"] for n in c for x in g[n]})
        out.append(
            {
                "community": i,
                "size": len(c),
                "members": sorted(p.nodes[n]["name"] for n in c),
                "member_ids": sorted(c),
                "groups": groups,
            }
        )
    return out

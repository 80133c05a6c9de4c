"""The one set of Cypher statements both stores run (LadybugDB and Neo4j execute the same text).

Labels, relationship types and property names are never user input: they come from the model whitelist
(graph.store.NODE_SCHEMA / REL_SCHEMA) or are checked by `quote`; every value travels as a parameter.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@lru_cache(maxsize=4096)
def quote(name: str) -> str:
    """A back-quoted identifier; refuses anything but [A-Za-z0-9_] so no value can reach the query text."""
    if not _IDENT.match(name or ""):
        raise ValueError(f"not a valid identifier: {name!r}")
    return f"`{name}`"


def _set_clause(
    var: str, keys: list[str], typed: Callable[[str, str], str] | None, types: dict[str, str] | None
) -> str:
    if not keys:
        return ""
    typed = typed or (lambda expr, _t: expr)
    types = types or {}
    return " SET " + ", ".join(
        f"{var}.{quote(k)} = {typed('r.' + quote(k), types.get(k, 'STRING'))}" for k in keys
    )


def merge_nodes(
    label: str,
    keys: list[str],
    typed: Callable[[str, str], str] | None = None,
    types: dict[str, str] | None = None,
) -> str:
    """MERGE a batch of nodes of one label by id and set the given properties (null clears).

    `typed(expr, column_type)` comes from the dialect adapter (LadybugDB CASTs all-null columns)."""
    return f"UNWIND $rows AS r MERGE (n:{quote(label)} {{id: r.id}})" + _set_clause("n", keys, typed, types)


def merge_edges(
    rel_type: str,
    src_label: str,
    dst_label: str,
    keys: list[str],
    typed: Callable[[str, str], str] | None = None,
    types: dict[str, str] | None = None,
) -> str:
    """MERGE a batch of relationships of one type between labelled endpoints matched by id."""
    return (
        f"UNWIND $rows AS r MATCH (a:{quote(src_label)} {{id: r.src}}) "
        f"MATCH (b:{quote(dst_label)} {{id: r.dst}}) "
        f"MERGE (a)-[e:{quote(rel_type)} {{id: r.id}}]->(b)" + _set_clause("e", keys, typed, types)
    )


def delete_nodes(label: str) -> str:
    """Delete the nodes of one label whose ids are in $ids, with their relationships."""
    return f"UNWIND $ids AS i MATCH (n:{quote(label)} {{id: i}}) DETACH DELETE n"


def delete_edges(rel_type: str) -> str:
    """Delete the relationships of one type whose ids are in $ids."""
    return f"MATCH ()-[e:{quote(rel_type)}]->() WHERE e.id IN $ids DELETE e"


def node_inventory(label_expr: str, digest_prop: str) -> str:
    """Every node's id, label (the dialect's label expression for `n`) and sync digest."""
    return f"MATCH (n) RETURN n.id AS id, {label_expr} AS label, n.{quote(digest_prop)} AS digest"


def edge_inventory(type_expr: str, digest_prop: str) -> str:
    """Every relationship's id, type (the dialect's type expression for `e`), endpoint ids and sync digest."""
    return (
        f"MATCH (a)-[e]->(b) RETURN e.id AS id, {type_expr} AS type, a.id AS src, b.id AS dst, "
        f"e.{quote(digest_prop)} AS digest"
    )


def node_inventory_collected(label: str, digest_prop: str) -> str:
    """Every node of one label as one list of [id, sync digest] pairs (Neo4jStore's inventory).

    One row holding a list, not a row per node: the Neo4j driver spends ~20 µs on every record it
    receives, which made reading the inventory of 10^5 nodes take seconds (LadybugDB reads rows fast)."""
    return f"MATCH (n:{quote(label)}) RETURN collect([n.id, n.{quote(digest_prop)}]) AS rows"


def edge_inventory_collected(rel_type: str, digest_prop: str) -> str:
    """Every relationship of one type as one list of [id, src id, dst id, sync digest]."""
    return (
        f"MATCH (a)-[e:{quote(rel_type)}]->(b) "
        f"RETURN collect([e.id, a.id, b.id, e.{quote(digest_prop)}]) AS rows"
    )


def dump_nodes(label: str) -> str:
    """Every node of one label (for checksums and parity checks)."""
    return f"MATCH (n:{quote(label)}) RETURN n AS n ORDER BY n.id"


def dump_edges(rel_type: str) -> str:
    """Every relationship of one type with its endpoints' ids."""
    return f"MATCH (a)-[e:{quote(rel_type)}]->(b) RETURN a.id AS src, e AS e, b.id AS dst ORDER BY e.id"


# In slices, relationships first: one DETACH DELETE of 10^5 nodes overflows Neo4j's transaction memory, and
# so do 10^4 nodes when some of them hold 10^4 relationships each (a group, a post, a document at 10^6 facts).
WIPE_EDGES = "MATCH ()-[e]->() WITH e LIMIT 20000 DELETE e RETURN count(*) AS c"
WIPE = "MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS c"


# Neo4j writes: a row's map replaces every property at once (SET n = map; a null or absent key is no
# property), so rows need no padding and one statement serves any set of keys. LadybugDB has no map SET:
# it MERGEs with the per-key statements above and bulk-loads new rows with COPY FROM.


def replace_nodes(label: str, create: bool) -> str:
    """Neo4j: write a batch of nodes of one label, each row ({id, …props}) becoming the node's properties.

    MERGE by id, or CREATE when the caller knows the ids are new (no index probe, no lock on a lookup)."""
    head = f"CREATE (n:{quote(label)})" if create else f"MERGE (n:{quote(label)} {{id: r.id}})"
    return f"UNWIND $rows AS r {head} SET n = r"


def replace_edges(rel_type: str, src_label: str, dst_label: str, create: bool) -> str:
    """Neo4j: write a batch of relationships ({src, dst, p: {id, …props}}) between endpoints found through
    their labels' id constraints; MERGE by id, or CREATE when the ids are known to be new."""
    rel = quote(rel_type)
    head = f"CREATE (a)-[e:{rel}]->(b)" if create else f"MERGE (a)-[e:{rel} {{id: r.p.id}}]->(b)"
    return (
        f"UNWIND $rows AS r MATCH (a:{quote(src_label)} {{id: r.src}}) "
        f"MATCH (b:{quote(dst_label)} {{id: r.dst}}) {head} SET e = r.p"
    )

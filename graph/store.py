"""The graph store interface, the model whitelist, and the one small adapter for Cypher dialect differences.

Two engines implement `Store`: LadybugDB (graph.store_ladybug, embedded, the default) and Neo4j
(graph.store_neo4j). Both run the same statements (graph.cypher); where the dialects differ the difference
lives in `Dialect` below and nowhere else (GUIDE section 5 lists what was measured on this machine).

Portable Cypher, as measured on LadybugDB 0.22 and Neo4j 5.26 (each point has a test in
tests/test_store_dialect.py): back-quote labels and the properties `end`/`order` (Dialect.label/prop);
never alias a column with the name of a bound variable (RETURN p.name AS p … ORDER BY p fails on
LadybugDB); bound every variable-length path (Dialect.hops) and use Dialect.shortest_path, list_map,
label_of/type_of, to_text, substring; dates are ISO text; pass values only as $parameters.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import time
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extract.errors import OrgkgError
from graph import cypher

# Column types (LadybugDB names; Neo4j is schemaless and receives the same cleaned values).
STR, INT, FLOAT, BOOL, LIST = "STRING", "INT64", "DOUBLE", "BOOLEAN", "STRING[]"

# The property every node and relationship carries so a sync can tell what changed (graph.ingest).
DIGEST = "sync_digest"

# docs/MODEL.md: label → (id prefix, properties). Ids are deterministic hashes made by graph/build.py.
NODE_SCHEMA: dict[str, tuple[str, dict[str, str]]] = {
    "Person": ("per", {"name": STR, "jurisdiction": STR, "aliases": LIST, "merge_reasons": LIST, "alias_text": STR}),
    "Post": ("post", {"title": STR, "printed": STR, "agency": STR, "rank": STR, "one_holder": BOOL}),
    "Agency": ("ag", {"name": STR, "jurisdiction": STR, "aliases": LIST, "printed": LIST, "alias_text": STR}),
    "Jurisdiction": ("jur", {"name": STR, "level": STR, "parent": STR}),
    "Group": ("grp", {"name": STR, "canonical": STR, "kind": STR, "jurisdiction": STR}),
    "Document": (
        "doc",
        {"number": STR, "title": STR, "issuer": STR, "date": STR, "kind": STR, "file": STR, "sha256": STR},
    ),
    "Meeting": ("mtg", {"name": STR, "date": STR}),
    "Area": ("area", {"name": STR}),
}
PREFIX_LABEL = {prefix: label for label, (prefix, _) in NODE_SCHEMA.items()}
# alias_text: a node's other names (aliases, printed forms) joined by ALIAS_SEP, so that partial-name search is
# one CONTAINS on a text property, which a Neo4j text index answers (a list property can only be scanned).
ALIAS_SEP = "｜"


def alias_text(names: Iterable[str]) -> str | None:
    """The names joined by ALIAS_SEP (a character no name contains), or None when there are none."""
    kept = sorted({n.replace(ALIAS_SEP, "") for n in names if n})
    return ALIAS_SEP.join(kept) if kept else None


def clean_node_props(label: str, props: Mapping) -> Cleaned:
    """A node's cleaned properties, with the ones the store derives (alias_text) filled in."""
    out = clean_props(props, node_props(label))
    if "alias_text" in NODE_SCHEMA[label][1]:
        out["alias_text"] = alias_text([*(out.get("aliases") or ()), *(out.get("printed") or ())])
    return out

# Provenance carried by every relationship (docs/MODEL.md): which document (its node id), the line and the
# evidence as printed. The document's number, date and file are stored once, on its Document node: copying
# them onto every relationship cost Neo4j a third of its write time for no information.
PROVENANCE = {"doc": STR, "line": INT, "evidence": STR}
# Document properties a relationship's provenance is read with (queries.common.fetch_ev joins them).
DOC_PROVENANCE = ("doc_number", "file", "date")
_PERSON_TARGETS = [("Person", "Agency"), ("Person", "Area")]
_TIME = {"from": STR, "until": STR, "relation": STR}
# type → (allowed (from, to) label pairs, properties beyond provenance).
REL_SCHEMA: dict[str, tuple[list[tuple[str, str]], dict[str, str]]] = {
    "HOLDS": (
        [("Person", "Post")],
        {"start": STR, "end": STR, "status": STR, "action": STR, "effective": STR},
    ),
    "MEMBER_OF": (
        [("Person", "Group")],
        {"role": STR, "post": STR, "version": STR, "order": INT, "start": STR, "end": STR},
    ),
    "OVERSEES": (_PERSON_TARGETS, _TIME),
    "LIAISES_WITH": (_PERSON_TARGETS, _TIME),
    "ASSISTS": (_PERSON_TARGETS, _TIME),
    "BACKUP_FOR": ([("Person", "Person")], {}),
    "ATTENDED": ([("Person", "Meeting")], {"role": STR, "post": STR}),
    "ESTABLISHED_BY": ([("Group", "Document")], {}),
    "ADJUSTED_BY": ([("Group", "Document")], {}),
    "SUBGROUP_OF": ([("Group", "Group")], {}),
    "OFFICE_AT": ([("Group", "Agency")], {"office_head": STR}),
    "MEMBER_UNIT": ([("Agency", "Group")], {}),
    "CITES": ([("Document", "Document")], {"cited_title": STR}),
    "REPEALS": ([("Document", "Document")], {"cited_title": STR}),
    "ISSUED_BY": ([("Document", "Agency")], {}),
    "PART_OF": ([("Agency", "Jurisdiction"), ("Jurisdiction", "Jurisdiction")], {}),
    "POSSIBLY_SAME": ([("Person", "Person")], {"score": FLOAT, "reasons": LIST}),
    "MENTIONED_IN": ([("Person", "Document")], {"post": STR, "date": STR}),
}


@cache
def node_props(label: str) -> dict[str, str]:
    """The declared properties of a node label (model properties plus the sync digest)."""
    return {**NODE_SCHEMA[label][1], DIGEST: STR}


@cache
def rel_props(rel_type: str) -> dict[str, str]:
    """The declared properties of a relationship type (provenance, model properties, sync digest)."""
    return {**PROVENANCE, **REL_SCHEMA[rel_type][1], DIGEST: STR}


def label_for_id(node_id: str) -> str | None:
    """The label an id's prefix names (per:… → Person), or None for an unknown prefix."""
    return PREFIX_LABEL.get(node_id.split(":", 1)[0]) if ":" in node_id else None


# ---------------------------------------------------------------------------------------------------------
# Values: both engines receive the same cleaned values, so they store and return the same thing.


def infer_type(value) -> str:
    """The column type a value needs (bool before int: True is an int in Python)."""
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, int):
        return INT
    if isinstance(value, float):
        return FLOAT
    if isinstance(value, list | tuple | set | frozenset):
        return LIST
    return STR


def clean_value(value, declared: str | None = None):
    """A value both engines store alike: dates → ISO text, lists → lists of text, maps → JSON text."""
    if value is None:
        return None
    if type(value) is str and declared in (None, STR):  # the common case, kept cheap for 10^6 facts
        return value
    if isinstance(value, _dt.date | _dt.datetime):
        value = value.isoformat()
    if isinstance(value, set | frozenset):
        value = sorted(value, key=str)
    if isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, list | tuple):
        value = [
            v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in value if v is not None
        ]
    kind = declared or infer_type(value)
    if kind == LIST and not isinstance(value, list):
        return [str(value)]
    if kind == STR and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else str(value)
    if kind == INT and not isinstance(value, int | bool):
        return int(value) if str(value).lstrip("-").isdigit() else None
    if kind == FLOAT and not isinstance(value, float):
        return float(value) if isinstance(value, int) else _to_float(value)
    if kind == BOOL and not isinstance(value, bool):
        return str(value).lower() in ("1", "true", "yes")
    return value


def _to_float(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


class Cleaned(dict):
    """Properties clean_props has already cleaned (graph.ingest.sync cleans once to digest them):
    Store.write takes them as they are instead of cleaning every value a second time."""


# (Python type, declared kind) pairs whose values clean_value would return unchanged.
_ALREADY_CLEAN = {(str, STR), (str, None), (int, INT), (bool, BOOL), (float, FLOAT)}
# Property names already checked by cypher.quote (a few dozen; checking each of 10^7 uses cost seconds).
_SAFE_KEYS: set[str] = set()


def clean_props(props: Mapping, declared: Mapping[str, str]) -> Cleaned:
    """Cleaned properties: declared ones coerced to their model type, others inferred; `id` is left out."""
    out = Cleaned()
    for key, value in props.items():
        if key == "id":
            continue
        if key not in _SAFE_KEYS:
            cypher.quote(key)  # refuses property names that could not be written safely
            _SAFE_KEYS.add(key)
        kind = declared.get(key)
        # Inline fast path: values already of their declared type are most of them, and this runs ~10^7
        # times for 10^6 facts.
        if value is None or (type(value), kind) in _ALREADY_CLEAN:
            out[key] = value
        elif type(value) is list and kind == LIST and all(type(v) is str for v in value):
            out[key] = list(value)
        else:
            out[key] = clean_value(value, kind)
    return out


def _clean(props: Mapping | None, declared: Mapping[str, str]) -> Mapping:
    if type(props) is Cleaned:
        return props
    return clean_props(props or {}, declared)


def pad_rows(rows: list[dict]) -> tuple[list[dict], list[str]]:
    """Give every row the same keys (missing → None): LadybugDB's UNWIND needs identical maps."""
    keys = sorted({k for r in rows for k in r} - {"id", "src", "dst"})
    fixed = [k for k in ("id", "src", "dst") if any(k in r for r in rows)]
    return [{k: r.get(k) for k in fixed + keys} for r in rows], keys


# ---------------------------------------------------------------------------------------------------------
# The dialect adapter: every difference between LadybugDB and Neo4j Cypher that callers may meet.


@dataclass(frozen=True)
class Dialect:
    """How to write the few Cypher fragments that differ between engines (one instance per engine)."""

    name: str
    max_hops: int = 6

    def label_of(self, var: str) -> str:
        """The label of a node variable: label(n) on LadybugDB, labels(n)[0] on Neo4j."""
        return f"label({var})" if self.name == "ladybug" else f"labels({var})[0]"

    def type_of(self, var: str) -> str:
        """The type of a relationship variable: label(e) on LadybugDB, type(e) on Neo4j."""
        return f"label({var})" if self.name == "ladybug" else f"type({var})"

    def hops(self, low: int, high: int | None, rel_types: Iterable[str] = ()) -> str:
        """A variable-length relationship, always bounded (an unbounded one exhausts LadybugDB's memory).

        LadybugDB walks a relationship twice by default (a-g-a); TRAIL gives Neo4j's semantics."""
        high = self._bound(low, high)
        types = self._types(rel_types)
        if self.name == "ladybug":
            return f"-[{types}* TRAIL {int(low)}..{high}]-"
        return f"-[{types}*{int(low)}..{high}]-"

    def shortest_path(
        self, a: str, b: str, high: int | None = None, rel_types: Iterable[str] = (), path: str = "p"
    ) -> str:
        """A MATCH pattern binding `path` to a shortest path between node patterns a and b (undirected).

        LadybugDB: p = (a)-[e* SHORTEST 1..n]-(b); Neo4j: p = shortestPath((a)-[*1..n]-(b)).
        Read it back with nodes(p), relationships(p)/rels(p) via `path_rels`, and length(p) on both."""
        high = self._bound(1, high)
        types = self._types(rel_types)
        if self.name == "ladybug":
            return f"{path} = {a}-[{path}_e{types}* SHORTEST 1..{high}]-{b}"
        return f"{path} = shortestPath({a}-[{types}*1..{high}]-{b})"

    def path_rels(self, path: str) -> str:
        """The relationships of a path: rels(p) on LadybugDB, relationships(p) on Neo4j."""
        return f"rels({path})" if self.name == "ladybug" else f"relationships({path})"

    def list_map(self, items: str, var: str, expr: str) -> str:
        """Map an expression over a list: list_transform(xs, x -> e) on LadybugDB (no list comprehensions).

        LadybugDB cannot read a $parameter inside the lambda: bind it first (WITH $s AS s) and use s."""
        cypher.quote(var)
        if "$" in expr:
            raise ValueError("no $parameters inside list_map: bind them with WITH $p AS p first")
        if self.name == "ladybug":
            return f"list_transform({items}, {var} -> {expr})"
        return f"[{var} IN {items} | {expr}]"

    @staticmethod
    def label(name: str) -> str:
        """A label or relationship type safe on both engines: `Group` is a reserved word to LadybugDB's
        parser ((g:Group) fails there), so labels are always back-quoted: (g:`Group`)."""
        return cypher.quote(name)

    @staticmethod
    def prop(var: str, name: str) -> str:
        """A property access safe on both engines: `end` and `order` are reserved words to LadybugDB's
        parser (e.end fails there), so properties are always back-quoted: e.`end`."""
        return f"{cypher.quote(var)[1:-1]}.{cypher.quote(name)}"

    def typed(self, expr: str, column_type: str) -> str:
        """A parameter expression of a known column type: LadybugDB types a column of nulls as STRING and
        refuses to SET it into a list/number/boolean column without CAST; Neo4j needs nothing."""
        if self.name == "ladybug" and column_type != STR:
            return f"CAST({expr} AS {column_type})"
        return expr

    def to_text(self, expr: str) -> str:
        """An expression as text: to_string(x) on LadybugDB (no toString), toString(x) on Neo4j."""
        return f"to_string({expr})" if self.name == "ladybug" else f"toString({expr})"

    def substring(self, expr: str, start: int, length: int) -> str:
        """A 0-based substring: LadybugDB's substring counts from 1, Neo4j's from 0."""
        first = start + 1 if self.name == "ladybug" else start
        return f"substring({expr}, {int(first)}, {int(length)})"

    @staticmethod
    def date_text(value) -> str | None:
        """A date as ISO text (YYYY, YYYY-MM or YYYY-MM-DD): partial dates cannot be date() on LadybugDB."""
        if value is None:
            return None
        return value.isoformat() if isinstance(value, _dt.date | _dt.datetime) else str(value)

    def _bound(self, low: int, high: int | None) -> int:
        if high is None or high < low or high > self.max_hops:
            raise ValueError(f"variable-length paths must be bounded {low}..≤{self.max_hops}, got {high}")
        return int(high)

    @staticmethod
    def _types(rel_types: Iterable[str]) -> str:
        names = [cypher.quote(t) for t in rel_types]
        for t in rel_types:
            if t not in REL_SCHEMA:
                raise ValueError(f"unknown relationship type {t}")
        return (":" + "|".join(names)) if names else ""


LADYBUG = Dialect("ladybug")
NEO4J = Dialect("neo4j")


# ---------------------------------------------------------------------------------------------------------
# The store interface with the engine-independent parts of writing, deleting and counting.


class Store(ABC):
    """A graph store: MERGE nodes/edges by id, delete by id, run parameterised Cypher, count."""

    dialect: Dialect
    batch_size: int = 2000

    @property
    def write_seconds(self) -> dict[str, float]:
        """Seconds `write` spent on nodes and on relationships since the store was opened (benchmarks)."""
        if "_write_seconds" not in self.__dict__:
            self._write_seconds: dict[str, float] = {}
        return self._write_seconds

    # -- engine hooks ------------------------------------------------------------------------------------
    @abstractmethod
    def _run(self, statement: str, params: dict | None = None) -> list[dict]:
        """Run one statement in its own (write) transaction and return its rows."""

    @abstractmethod
    def _run_batches(self, statement: str, batches: Iterable[list[dict]], key: str = "rows") -> None:
        """Run one statement once per batch, each batch in its own transaction."""

    def _prepare_nodes(self, label: str, types: dict[str, str]) -> None:  # noqa: B027 - optional hook
        """Make sure a label can hold these properties (LadybugDB adds columns; Neo4j needs nothing)."""

    def _prepare_edges(self, rel_type: str, src: str, dst: str, types: dict[str, str]) -> None:  # noqa: B027
        """Make sure a relationship type can join these labels and hold these properties."""

    @abstractmethod
    def query(self, statement: str, params: dict | None = None) -> list[dict]:
        """Run a Cypher statement with parameters; rows as dicts (nodes/rels as plain dicts)."""

    @abstractmethod
    def read_query(
        self, statement: str, params: dict | None = None, timeout: float | None = None
    ) -> list[dict]:
        """Run a Cypher statement in a read transaction (nothing it does is kept).

        `timeout` (seconds, None = no limit) stops a long query with OrgkgError E020 "… (timeout)"."""

    @abstractmethod
    def close(self) -> None:
        """Release the database."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------------------
    def write(
        self,
        nodes: Iterable[dict],
        edges: Iterable[dict],
        labels: Mapping[str, str] | None = None,
        *,
        new: bool = False,
    ) -> tuple[int, int]:
        """MERGE nodes then edges by id (batched, one transaction per batch); returns the counts sent.

        An edge's endpoint labels come from the nodes sent, `labels` (id → label), or the id prefix.
        `new=True` promises that no id sent is stored yet (graph.ingest.sync knows): the engine may then
        bulk-insert (Neo4j CREATE, LadybugDB COPY FROM) instead of MERGE; a broken promise fails loudly
        (uniqueness constraint / duplicated primary key) rather than duplicating anything."""
        started = time.perf_counter()
        nodes, edges = list(nodes), list(edges)
        by_label: dict[str, list[dict]] = defaultdict(list)
        known = _Labels(labels)
        for n in nodes:
            label = n["label"]
            if label not in NODE_SCHEMA:
                raise OrgkgError("E020", detail=f"unknown node label {label!r} (not in the model)")
            props = n.get("props")
            if type(props) is not Cleaned:
                props = clean_node_props(label, props or {})
            by_label[label].append({"id": n["id"], **props})
            known[n["id"]] = label
        write = self._insert_rows if new else self._write_rows
        for label, rows in by_label.items():
            write(label, None, rows, node_props(label))
        self._flush()  # every node is stored before the first edge looks its endpoints up
        halfway = time.perf_counter()
        self.write_seconds["nodes"] = self.write_seconds.get("nodes", 0.0) + halfway - started
        groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
        for e in edges:
            rel_type = e["type"]
            if rel_type not in REL_SCHEMA:
                raise OrgkgError("E020", detail=f"unknown relationship type {rel_type!r} (not in the model)")
            src, dst = self._label(e["src"], known), self._label(e["dst"], known)
            row = {
                "id": e["id"],
                "src": e["src"],
                "dst": e["dst"],
                **_clean(e.get("props"), rel_props(rel_type)),
            }
            groups[(rel_type, src, dst)].append(row)
        for (rel_type, src, dst), rows in groups.items():
            write(rel_type, (src, dst), rows, rel_props(rel_type))
        self._flush()
        spent = time.perf_counter() - halfway
        self.write_seconds["relationships"] = self.write_seconds.get("relationships", 0.0) + spent
        return len(nodes), len(edges)

    def _flush(self) -> None:  # noqa: B027 - optional hook
        """Finish the batches an engine deferred to run together (Neo4j runs them on parallel sessions)."""

    def _known_columns(self, table: str) -> dict[str, str]:
        """Properties the engine already holds for a label/type beyond the model (LadybugDB columns)."""
        return {}

    def _write_rows(
        self, table: str, ends: tuple[str, str] | None, rows: list[dict], declared: dict[str, str]
    ) -> None:
        # Every known property is SET (absent → null) so what is stored is exactly what was sent.
        known = {**self._known_columns(table), **declared}
        rows, keys = pad_rows([{**dict.fromkeys(known), **r} for r in rows])
        types = {k: known.get(k) or column_type(rows, k) for k in keys}
        if ends is None:
            self._prepare_nodes(table, types)
            statement = cypher.merge_nodes(table, keys, self.dialect.typed, types)
        else:
            self._prepare_edges(table, *ends, types)
            statement = cypher.merge_edges(table, *ends, keys, self.dialect.typed, types)
        self._run_batches(statement, chunks(rows, self.batch_size))

    def _insert_rows(
        self, table: str, ends: tuple[str, str] | None, rows: list[dict], declared: dict[str, str]
    ) -> None:
        """Write rows whose ids are not stored yet; engines override this with a bulk insert."""
        self._write_rows(table, ends, rows, declared)

    def _label(self, node_id: str, known: Mapping[str, str]) -> str:
        label = known.get(node_id) or label_for_id(node_id)
        if label is None:
            rows = self._run(
                f"MATCH (n) WHERE n.id = $id RETURN {self.dialect.label_of('n')} AS label", {"id": node_id}
            )
            label = rows[0]["label"] if rows else None
        if label is None:
            raise OrgkgError("E020", detail=f"edge endpoint {node_id!r} is not a node")
        known[node_id] = label
        return label


    def delete(
        self, node_ids: Iterable[str] | Mapping[str, str], edge_ids: Iterable[str] | Mapping[str, str]
    ) -> None:
        """Delete edges (by id; a mapping id → type avoids a lookup) and nodes with their edges (a mapping
        id → stored label finds a node whose label no longer matches its id prefix)."""
        if not isinstance(edge_ids, Mapping):
            wanted = set(edge_ids)
            edge_ids = {i: t for i, (t, *_rest) in self.edge_inventory().items() if i in wanted}
        by_type: dict[str, list[str]] = defaultdict(list)
        for i, t in edge_ids.items():
            by_type[t].append(i)
        for t, ids in by_type.items():
            self._run_batches(cypher.delete_edges(t), chunks(sorted(ids), self.batch_size), key="ids")
        by_label: dict[str, list[str]] = defaultdict(list)
        stored = node_ids if isinstance(node_ids, Mapping) else {}
        for i in node_ids:
            label = stored.get(i) or label_for_id(i)
            for lb in [label] if label else list(NODE_SCHEMA):
                by_label[lb].append(i)
        for lb, ids in by_label.items():
            self._run_batches(cypher.delete_nodes(lb), chunks(sorted(ids), self.batch_size), key="ids")

    def wipe(self) -> None:
        """Delete every node and relationship (tests, benchmarks), 20,000 per transaction."""
        for statement in (cypher.WIPE_EDGES, cypher.WIPE):
            while True:
                rows = self._run(statement)
                if not rows or not rows[0]["c"]:
                    break

    # -- reading -----------------------------------------------------------------------------------------
    def _read(self, statement: str, params: dict | None = None) -> list[dict]:
        """Run one of our own read-only statements (engines may skip the read-transaction wrapper)."""
        return self.read_query(statement, params)

    def counts(self) -> dict[str, int]:
        """Number of nodes per label and relationships per type (zeros left out)."""
        d = self.dialect
        out = {
            r["k"]: int(r["n"]) for r in self._read(f"MATCH (n) RETURN {d.label_of('n')} AS k, count(*) AS n")
        }
        out.update(
            {
                r["k"]: int(r["n"])
                for r in self._read(f"MATCH ()-[e]->() RETURN {d.type_of('e')} AS k, count(*) AS n")
            }
        )
        return {k: v for k, v in sorted(out.items()) if v}

    def node_inventory(self) -> dict[str, tuple[str, str | None]]:
        """Every model node's id → (label, sync digest); nodes of labels outside the model are not ours."""
        rows = self._read(cypher.node_inventory(self.dialect.label_of("n"), DIGEST))
        return {r["id"]: (r["label"], r["digest"]) for r in rows if r["label"] in NODE_SCHEMA and r["id"]}

    def edge_inventory(self) -> dict[str, tuple[str, str, str, str | None]]:
        """Every model relationship's id → (type, src id, dst id, sync digest)."""
        rows = self._read(cypher.edge_inventory(self.dialect.type_of("e"), DIGEST))
        return {
            r["id"]: (r["type"], r["src"], r["dst"], r["digest"])
            for r in rows
            if r["type"] in REL_SCHEMA and r["id"]
        }

    def all_ids(self) -> tuple[set[str], set[str]]:
        """The ids of every model node and relationship in the store."""
        return set(self.node_inventory()), set(self.edge_inventory())

    def dump(self) -> tuple[list[dict], list[dict]]:
        """Every node and edge back in the interchange format, sorted by id (null properties left out)."""
        nodes, edges = [], []
        for label in NODE_SCHEMA:
            for r in self._read(cypher.dump_nodes(label)):
                props = {k: v for k, v in r["n"].items() if not k.startswith("_") and k != "id"}
                nodes.append({"id": r["n"]["id"], "label": label, "props": props})
        for rel_type in REL_SCHEMA:
            for r in self._read(cypher.dump_edges(rel_type)):
                props = {k: v for k, v in r["e"].items() if not k.startswith("_") and k != "id"}
                edges.append(
                    {"id": r["e"]["id"], "type": rel_type, "src": r["src"], "dst": r["dst"], "props": props}
                )
        return sorted(nodes, key=lambda n: n["id"]), sorted(edges, key=lambda e: e["id"])

    def checksum(self) -> str:
        """A SHA-256 over every id, label/type, endpoint and property: equal graphs give equal sums."""
        import hashlib

        nodes, edges = self.dump()
        blob = json.dumps([nodes, edges], ensure_ascii=False, sort_keys=True, default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def column_type(rows: list[dict], key: str) -> str:
    """The type of the first non-null value of `key` in rows (STRING when all are null)."""
    for r in rows:
        if r.get(key) is not None:
            return infer_type(r[key])
    return STR


def chunks(rows: list, size: int) -> Iterable[list]:
    """Consecutive slices of at most `size` rows (one per write transaction)."""
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


class _Labels(dict):
    """id → label: the labels learnt in one write, falling back to the caller's mapping without copying it
    (sync passes the labels of the whole graph with every chunk)."""

    def __init__(self, base: Mapping[str, str] | None) -> None:
        super().__init__()
        self._base = base or {}

    def get(self, key, default=None):
        """The label of an id learnt here or given by the caller."""
        value = dict.get(self, key)
        return value if value is not None else self._base.get(key, default)


def normalise_value(value):
    """Plain Python values from either driver: nodes/relationships → dicts without nulls, paths → dicts."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, dict):
        if "_NODES" in value and "_RELS" in value:  # a LadybugDB path
            return {
                "nodes": [normalise_value(n) for n in value["_NODES"]],
                "rels": [normalise_value(r) for r in value["_RELS"]],
            }
        if "_LABEL" in value and "_ID" in value:  # a LadybugDB node or relationship
            key = "_type" if "_SRC" in value else "_label"
            out = {k: normalise_value(v) for k, v in value.items() if not k.startswith("_") and v is not None}
            return {key: value["_LABEL"], **out}
        return {k: normalise_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [normalise_value(v) for v in value]
    if type(value).__module__.startswith("neo4j"):
        return _neo4j_value(value)
    if isinstance(value, _dt.date | _dt.datetime):
        return value.isoformat()
    return value


def _neo4j_value(value):
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"_label": next(iter(value.labels), None), **{k: normalise_value(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"_type": value.type, **{k: normalise_value(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return {
            "nodes": [normalise_value(n) for n in value.nodes],
            "rels": [normalise_value(r) for r in value.relationships],
        }
    iso = getattr(value, "iso_format", None)
    return iso() if iso else value


DEFAULT_DB = Path(".orgkg") / "db"


def open_store(
    db: str | os.PathLike | None = None, neo4j_uri: str | None = None, read_only: bool = False
) -> Store:
    """The store a command asked for: Neo4j when a URI is given, else LadybugDB in the db folder."""
    if neo4j_uri:
        from graph.store_neo4j import Neo4jStore

        return Neo4jStore(neo4j_uri)
    from graph.store_ladybug import LadybugStore

    return LadybugStore(Path(db) if db else DEFAULT_DB, read_only=read_only)

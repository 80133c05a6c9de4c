"""The Neo4j store through the official driver: node uniqueness constraints first, then batched UNWIND writes.

Credentials come from NEO4J_USER / NEO4J_PASSWORD (defaults match scripts/neo4j-server). Every value is a
query parameter; labels and relationship types come from the model whitelist in graph.store.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from extract.errors import OrgkgError
from graph import cypher
from graph.store import DIGEST, NEO4J, NODE_SCHEMA, REL_SCHEMA, Store, chunks, normalise_value

DEFAULT_URI = "bolt://127.0.0.1:7687"
# Write sessions run in parallel (graph writes are server-bound); NEO4J_WRITERS overrides.
WORKERS = int(os.environ.get("NEO4J_WRITERS", "2"))
# Properties looked up by name in queries get a range index (ids get uniqueness constraints).
INDEXED = {
    "Person": ["name"],
    "Post": ["title"],
    "Agency": ["name"],
    "Group": ["name", "canonical"],
    "Document": ["number", "date"],
    "Jurisdiction": ["name"],
    "Meeting": ["date"],
    "Area": ["name"],
}


# Properties searched by partial name (queries.search: CONTAINS) get a text index, which answers CONTAINS
# without a scan (2.3 s → tens of ms for a search at 10^6 nodes).
TEXT_INDEXED = {
    "Person": ["name", "alias_text"],
    "Group": ["name", "canonical"],
    "Agency": ["name", "alias_text"],
    "Post": ["title", "printed"],
    "Document": ["number", "title"],
}


def _read_rows(tx, statement: str, params: dict) -> list[dict]:
    result = tx.run(statement, params)
    return [{k: normalise_value(v) for k, v in rec.items()} for rec in result]


def _collected(tx, statement: str, params: dict) -> list:
    return [x for rec in tx.run(statement, params) for x in rec["rows"] or ()]


def credentials() -> tuple[str, str]:
    """(user, password) from the environment, defaulting to what scripts/neo4j-server uses."""
    return os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", "orgkg-test-pw")


class Neo4jStore(Store):
    """A Neo4j database reached over Bolt; constraints and indexes are created when it is opened."""

    dialect = NEO4J
    # Rows per UNWIND transaction, measured here at 10^5 facts: relationships are fastest at 2,000 (26.6k/s,
    # against 21.5k/s at 10,000: a large transaction state costs the server more per row), nodes at
    # 10,000 (32k/s, against 22k/s at 2,000). NEO4J_BATCH / NEO4J_NODE_BATCH override them.
    batch_size = int(os.environ.get("NEO4J_BATCH", "2000"))
    node_batch_size = int(os.environ.get("NEO4J_NODE_BATCH", "10000"))

    def __init__(self, uri: str | None = None, database: str | None = None, workers: int = WORKERS) -> None:
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, ServiceUnavailable

        self.uri = uri or os.environ.get("NEO4J_URI") or DEFAULT_URI
        self.database = database
        self.workers = max(1, int(workers))
        self._pending: list[tuple[str, list[dict]]] = []
        try:
            self._driver = GraphDatabase.driver(
                self.uri, auth=credentials(), connection_timeout=5, notifications_min_severity="OFF"
            )
            self._driver.verify_connectivity()
        except (ServiceUnavailable, OSError, ValueError) as exc:
            raise OrgkgError("E021", detail=self.uri) from exc
        except AuthError as exc:
            raise OrgkgError("E021", detail=f"{self.uri}: authentication failed") from exc
        self._create_schema()

    def _create_schema(self) -> None:
        # Constraints before the first MERGE: MERGE by id then uses the index, and duplicates are impossible.
        for label in NODE_SCHEMA:
            self._run(
                f"CREATE CONSTRAINT {cypher.quote('orgkg_' + label + '_id')} IF NOT EXISTS "
                f"FOR (n:{cypher.quote(label)}) REQUIRE n.id IS UNIQUE"
            )
            for prop in INDEXED.get(label, []):
                self._run(
                    f"CREATE INDEX {cypher.quote('orgkg_' + label + '_' + prop)} IF NOT EXISTS "
                    f"FOR (n:{cypher.quote(label)}) ON (n.{cypher.quote(prop)})"
                )
            for prop in TEXT_INDEXED.get(label, []):
                self._run(
                    f"CREATE TEXT INDEX {cypher.quote('orgkg_text_' + label + '_' + prop)} IF NOT EXISTS "
                    f"FOR (n:{cypher.quote(label)}) ON (n.{cypher.quote(prop)})"
                )
        # Relationships get no id constraint: none is ever looked up by id in a query, the sync writes each
        # id once (new ones CREATEd, changed ones MERGEd between their two endpoints), and the constraint's
        # index cost ~12 % of the server's time per relationship written. Databases from older versions
        # lose theirs here.
        for rel_type in REL_SCHEMA:
            self._run(f"DROP CONSTRAINT {cypher.quote('orgkg_' + rel_type + '_id')} IF EXISTS")

    def _session(self):
        return self._driver.session(database=self.database) if self.database else self._driver.session()

    def _call(self, fn, statement: str, params: dict | None, write: bool):
        from neo4j.exceptions import Neo4jError, ServiceUnavailable

        try:
            with self._session() as session:
                run = session.execute_write if write else session.execute_read
                return run(fn, statement, params or {})
        except ServiceUnavailable as exc:
            raise OrgkgError("E021", detail=self.uri) from exc
        except Neo4jError as exc:
            raise OrgkgError("E020", detail=f"{exc.code}: {exc.message}"[:200]) from exc

    @staticmethod
    def _rows(tx, statement: str, params: dict) -> list[dict]:
        return _read_rows(tx, statement, params)

    def _run(self, statement: str, params: dict | None = None) -> list[dict]:
        return self._call(self._rows, statement, params, write=True)

    def _run_batches(self, statement: str, batches: Iterable[list[dict]], key: str = "rows") -> None:
        from neo4j.exceptions import Neo4jError, ServiceUnavailable

        try:
            with self._session() as session:
                for batch in batches:  # one managed (retried) write transaction per batch
                    session.execute_write(lambda tx, b=batch: tx.run(statement, {key: b}).consume())
        except ServiceUnavailable as exc:
            raise OrgkgError("E021", detail=self.uri) from exc
        except Neo4jError as exc:
            raise OrgkgError("E020", detail=f"{exc.code}: {exc.message}"[:200]) from exc

    # -- writing: a row's map replaces the properties (SET n = r), CREATE when the ids are known new ------
    def _write_rows(
        self, table: str, ends: tuple[str, str] | None, rows: list[dict], declared: dict[str, str]
    ) -> None:
        self._send(table, ends, rows, create=False)

    def _insert_rows(
        self, table: str, ends: tuple[str, str] | None, rows: list[dict], declared: dict[str, str]
    ) -> None:
        self._send(table, ends, rows, create=True)

    def _send(self, table: str, ends: tuple[str, str] | None, rows: list[dict], create: bool) -> None:
        # Nulls are left out: in a replacing SET an absent key and a null both mean "no such property".
        if ends is None:
            statement = cypher.replace_nodes(table, create)
            payload = [{k: v for k, v in r.items() if v is not None} for r in rows]
        else:
            statement = cypher.replace_edges(table, *ends, create)
            payload = [
                {
                    "src": r["src"],
                    "dst": r["dst"],
                    "p": {k: v for k, v in r.items() if v is not None and k != "src" and k != "dst"},
                }
                for r in rows
            ]
        size = self.node_batch_size if ends is None else self.batch_size
        self._pending += [(statement, batch) for batch in chunks(payload, size)]

    def _flush(self) -> None:
        # The server spends ~70 µs of CPU per relationship (its properties, the id index), the client
        # little: two sessions keep two server threads busy. Concurrent batches touching one node do not
        # deadlock (Neo4j 5 takes relationship locks sorted, at commit); a transient error is retried.
        jobs, self._pending = self._pending, []
        if self.workers == 1 or len(jobs) < 2:
            for statement, batch in jobs:
                self._run_batches(statement, [batch])
            return
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(min(self.workers, len(jobs))) as pool:
            for done in [pool.submit(self._run_batches, statement, [batch]) for statement, batch in jobs]:
                done.result()  # the first failure is raised (the other batches still finish)

    # -- reading -----------------------------------------------------------------------------------------
    def _read_collected(self, statement: str) -> list:
        # Scalars only: the per-value normalisation of a 10^5-item list would cost more than reading it.
        return self._call(_collected, statement, None, write=False) or []

    def node_inventory(self) -> dict[str, tuple[str, str | None]]:
        """Every model node's id → (label, sync digest), read as one list per label."""
        out: dict[str, tuple[str, str | None]] = {}
        for label in NODE_SCHEMA:
            rows = self._read_collected(cypher.node_inventory_collected(label, DIGEST))
            out.update((i, (label, d)) for i, d in rows if i)
        return out

    def edge_inventory(self) -> dict[str, tuple[str, str, str, str | None]]:
        """Every model relationship's id → (type, src id, dst id, sync digest), one list per type."""
        out: dict[str, tuple[str, str, str, str | None]] = {}
        for rel_type in REL_SCHEMA:
            rows = self._read_collected(cypher.edge_inventory_collected(rel_type, DIGEST))
            out.update((i, (rel_type, a, b, d)) for i, a, b, d in rows if i)
        return out

    def query(self, statement: str, params: dict | None = None) -> list[dict]:
        """Run a Cypher statement with parameters in a write transaction; rows as plain dicts."""
        return self._call(self._rows, statement, params, write=True)

    def read_query(
        self, statement: str, params: dict | None = None, timeout: float | None = None
    ) -> list[dict]:
        """Run a Cypher statement in a read transaction (the server refuses writes).

        With `timeout` (seconds) the server ends the transaction after that long: OrgkgError E020."""
        if timeout is None:
            return self._call(self._rows, statement, params, write=False)
        from neo4j import unit_of_work

        work = unit_of_work(timeout=float(timeout))(_read_rows)
        try:
            return self._call(work, statement, params, write=False)
        except OrgkgError as err:
            if "TimedOut" in (err.detail or "") or "timed out" in (err.detail or "").lower():
                raise OrgkgError("E020", detail=f"query stopped after {timeout:g} s (timeout)") from err
            raise

    def size_on_disk(self, part: str = "store") -> int | None:
        """Bytes of this database's store files ("store") or transaction logs ("logs") when the server was
        started by scripts/neo4j-server (NEO4J_HOME_DIR), else None. Neo4j never shrinks its files: after a
        wipe this is the high-water mark of the largest graph held."""
        from pathlib import Path

        home = Path(
            os.environ.get("NEO4J_HOME_DIR") or Path(__file__).resolve().parent.parent / ".neo4j" / "home"
        )
        folder = home / "data" / ("databases" if part == "store" else "transactions") / (self.database or "neo4j")
        if not folder.is_dir():
            return None
        return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())

    def close(self) -> None:
        """Close the driver."""
        driver = getattr(self, "_driver", None)
        if driver is not None:
            driver.close()
            self._driver = None

"""The Neo4j store through the official driver: uniqueness constraints first, then batched UNWIND MERGE.

Credentials come from NEO4J_USER / NEO4J_PASSWORD (defaults match scripts/neo4j-server). Every value is a
query parameter; labels and relationship types come from the model whitelist in graph.store.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from extract.errors import OrgkgError
from graph import cypher
from graph.store import NEO4J, NODE_SCHEMA, REL_SCHEMA, Store, normalise_value

DEFAULT_URI = "bolt://127.0.0.1:7687"
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


def credentials() -> tuple[str, str]:
    """(user, password) from the environment, defaulting to what scripts/neo4j-server uses."""
    return os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", "orgkg-test-pw")


class Neo4jStore(Store):
    """A Neo4j database reached over Bolt; constraints and indexes are created when it is opened."""

    dialect = NEO4J
    batch_size = 5000

    def __init__(self, uri: str | None = None, database: str | None = None) -> None:
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, ServiceUnavailable

        self.uri = uri or os.environ.get("NEO4J_URI") or DEFAULT_URI
        self.database = database
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
        for rel_type in REL_SCHEMA:
            self._run(
                f"CREATE CONSTRAINT {cypher.quote('orgkg_' + rel_type + '_id')} IF NOT EXISTS "
                f"FOR ()-[e:{cypher.quote(rel_type)}]-() REQUIRE e.id IS UNIQUE"
            )

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
        result = tx.run(statement, params)
        return [{k: normalise_value(v) for k, v in rec.items()} for rec in result]

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

    def query(self, statement: str, params: dict | None = None) -> list[dict]:
        """Run a Cypher statement with parameters in a write transaction; rows as plain dicts."""
        return self._call(self._rows, statement, params, write=True)

    def read_query(self, statement: str, params: dict | None = None) -> list[dict]:
        """Run a Cypher statement in a read transaction (the server refuses writes)."""
        return self._call(self._rows, statement, params, write=False)

    def size_on_disk(self) -> int | None:
        """Bytes of the store files when the server was started by scripts/neo4j-server, else None."""
        from pathlib import Path

        home = Path(
            os.environ.get("NEO4J_HOME_DIR") or Path(__file__).resolve().parent.parent / ".neo4j" / "home"
        )
        data = home / "data"
        if not data.is_dir():
            return None
        return sum(p.stat().st_size for p in data.rglob("*") if p.is_file())

    def close(self) -> None:
        """Close the driver."""
        driver = getattr(self, "_driver", None)
        if driver is not None:
            driver.close()
            self._driver = None

"""The embedded store: LadybugDB (the maintained fork of Kùzu), one on-disk database in the db folder.

LadybugDB needs a schema: one NODE TABLE per model label with `id STRING PRIMARY KEY`, one REL TABLE per
relationship type with the model's endpoint pairs. Properties the model does not declare are added as
columns when they first appear, so the graph layer can add fields without touching this file.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from extract.errors import OrgkgError
from graph import cypher
from graph.store import (
    BOOL,
    FLOAT,
    INT,
    LADYBUG,
    LIST,
    NODE_SCHEMA,
    REL_SCHEMA,
    STR,
    Store,
    column_type,
    node_props,
    normalise_value,
    rel_props,
)

DB_FILE = "graph.lbug"
# COPY FROM costs ~0.3 s whatever its size (measured on a 10^5-relationship table) and ~2 µs a row; UNWIND
# MERGE ~0.13 ms a row: below this many rows MERGE is faster.
COPY_MIN_ROWS = 5000


# Column types whose Python values are the same read row by row or through Arrow (no dates, no nodes).
_PLAIN = {"STRING", "INT64", "INT32", "INT16", "INT8", "DOUBLE", "FLOAT", "BOOL", "STRING[]"}


def _has_arrow() -> bool:
    try:
        import pyarrow  # noqa: F401 - installed with streamlit; optional here
    except ModuleNotFoundError:
        return False
    return True


class LadybugStore(Store):
    """A LadybugDB database in `folder` (created on first use); only one process may open it read-write."""

    dialect = LADYBUG

    def __init__(self, folder: Path, read_only: bool = False) -> None:
        import ladybug

        self.folder = Path(folder)
        self.path = self.folder / DB_FILE
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise OrgkgError("E020", detail=f"no graph database in {self.folder} (run orgkg ingest first)")
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            self._db = ladybug.Database(str(self.path), read_only=read_only)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as exc:
            if "lock" in str(exc).lower():
                raise OrgkgError("E022", detail=str(self.path)) from exc
            raise OrgkgError("E020", detail=str(exc).splitlines()[0][:120]) from exc
        self._lock = threading.RLock()  # one connection; Streamlit may call from several threads
        self._columns: dict[str, dict[str, str]] = {}
        self._pairs: dict[str, set[tuple[str, str]]] = {}
        if not read_only:
            self._create_schema()
        self._load_catalog()

    # -- schema --------------------------------------------------------------------------------------------
    def _create_schema(self) -> None:
        statements = []
        for label in NODE_SCHEMA:
            cols = ", ".join(f"{cypher.quote(k)} {t}" for k, t in node_props(label).items())
            statements.append(
                f"CREATE NODE TABLE IF NOT EXISTS {cypher.quote(label)}(id STRING PRIMARY KEY, {cols})"
            )
        for rel_type, (pairs, _props) in REL_SCHEMA.items():
            ends = ", ".join(f"FROM {cypher.quote(a)} TO {cypher.quote(b)}" for a, b in pairs)
            cols = ", ".join(
                f"{cypher.quote(k)} {t}" for k, t in {"id": "STRING", **rel_props(rel_type)}.items()
            )
            statements.append(f"CREATE REL TABLE IF NOT EXISTS {cypher.quote(rel_type)}({ends}, {cols})")
        with self._lock:  # one transaction: 5x faster than one per table, and all-or-nothing
            self._exec("BEGIN TRANSACTION")
            try:
                for statement in statements:
                    self._exec(statement)
                self._exec("COMMIT")
            except BaseException:
                self._exec("ROLLBACK")
                raise

    def _load_catalog(self) -> None:
        for name in [*NODE_SCHEMA, *REL_SCHEMA]:
            try:
                info = self._exec(f"CALL table_info('{name}') RETURN *")
            except OrgkgError:
                continue  # read-only database made before this table was in the model
            self._columns[name] = {row[1]: row[2] for row in info}
        for rel_type in REL_SCHEMA:
            if rel_type in self._columns:
                rows = self._exec(f"CALL show_connection('{rel_type}') RETURN *")
                self._pairs[rel_type] = {(r[0], r[1]) for r in rows}

    def _add_columns(self, table: str, types: dict[str, str]) -> None:
        have = self._columns.setdefault(table, {})
        for key, kind in types.items():
            if key not in have:
                self._exec(f"ALTER TABLE {cypher.quote(table)} ADD IF NOT EXISTS {cypher.quote(key)} {kind}")
                have[key] = kind

    def _known_columns(self, table: str) -> dict[str, str]:
        return {k: t for k, t in self._columns.get(table, {}).items() if k != "id"}

    def _prepare_nodes(self, label: str, types: dict[str, str]) -> None:
        self._add_columns(label, types)

    def _prepare_edges(self, rel_type: str, src: str, dst: str, types: dict[str, str]) -> None:
        pairs = self._pairs.setdefault(rel_type, set())
        if (src, dst) not in pairs:
            self._exec(
                f"ALTER TABLE {cypher.quote(rel_type)} ADD FROM {cypher.quote(src)} TO {cypher.quote(dst)}"
            )
            pairs.add((src, dst))
        self._add_columns(rel_type, types)

    # -- bulk insert: COPY FROM an Arrow table (≈ 100x faster than UNWIND MERGE for new rows) ----------------
    def _insert_rows(
        self, table: str, ends: tuple[str, str] | None, rows: list[dict], declared: dict[str, str]
    ) -> None:
        if len(rows) < COPY_MIN_ROWS:
            self._write_rows(table, ends, rows, declared)
            return
        known = {**self._known_columns(table), **declared}
        keys = sorted({k for r in rows for k in r} - {"id", "src", "dst"})
        types = {k: known.get(k) or column_type(rows, k) for k in keys}
        if ends is None:
            self._prepare_nodes(table, types)
        else:
            self._prepare_edges(table, *ends, types)
        # LadybugDB 0.22 COPY writes the source ids into a relationship property named `from`/`to`
        # (OVERSEES.from; measured, with or without a column list): those tables take the MERGE path.
        clash = ends is not None and {"from", "to"} & {c.lower() for c in self._columns[table]}
        frame = None if clash else self._arrow(table, ends, rows)
        if frame is None:  # no pyarrow, or a value its column cannot hold: the MERGE path CASTs
            self._write_rows(table, ends, rows, declared)
            return
        pair = f" (from='{ends[0]}', to='{ends[1]}')" if ends else ""  # names checked by cypher.quote
        self._exec(f"COPY {cypher.quote(table)} FROM $frame{pair}", {"frame": frame})

    def _arrow(self, table: str, ends: tuple[str, str] | None, rows: list[dict]):
        """The rows as an Arrow table in the column order COPY expects (from, to, then the table's
        columns; COPY matches columns by position, not by name), or None when that is not possible."""
        try:
            import pyarrow as pa
        except ModuleNotFoundError:
            return None
        arrow_types = {STR: pa.string(), INT: pa.int64(), FLOAT: pa.float64(), BOOL: pa.bool_()}
        arrow_types[LIST] = pa.list_(pa.string())
        columns = [("src", "src", STR), ("dst", "dst", STR)] if ends else []
        columns += [(name, name, kind) for name, kind in self._columns[table].items()]
        try:
            arrays = [
                pa.array([r.get(key) for r in rows], type=arrow_types[kind]) for _n, key, kind in columns
            ]
        except (KeyError, TypeError, ValueError, pa.ArrowException):
            return None
        # COPY binds columns by position: neutral names avoid any clash with a property's name.
        return pa.Table.from_arrays(arrays, names=[f"c{i}" for i in range(len(columns))])

    # -- execution -----------------------------------------------------------------------------------------
    def _exec(self, statement: str, params: dict | None = None) -> list[list]:
        with self._lock:
            try:
                result = self._conn.execute(statement, params or {})
                rows = []
                while result.has_next():
                    rows.append(result.get_next())
                return rows
            except RuntimeError as exc:
                raise OrgkgError("E020", detail=str(exc).splitlines()[0][:200]) from exc

    def _exec_dicts(self, statement: str, params: dict | None = None) -> list[dict]:
        with self._lock:
            try:
                result = self._conn.execute(statement, params or {})
                names = result.get_column_names()
                if names and set(result.get_column_data_types()) <= _PLAIN and _has_arrow():
                    # Plain columns come back alike through Arrow, many times faster than row by row
                    # (a sync reads 10^6 inventory rows).
                    return result.get_as_arrow().to_pylist()
                rows = []
                while result.has_next():
                    rows.append(
                        {k: normalise_value(v) for k, v in zip(names, result.get_next(), strict=True)}
                    )
                return rows
            except RuntimeError as exc:
                raise OrgkgError("E020", detail=str(exc).splitlines()[0][:200]) from exc

    def _run(self, statement: str, params: dict | None = None) -> list[dict]:
        return self._exec_dicts(statement, params)

    def _run_batches(self, statement: str, batches: Iterable[list[dict]], key: str = "rows") -> None:
        # One UNWIND statement is one auto-committed transaction: a batch is written whole or not at all.
        for batch in batches:
            self._exec(statement, {key: batch})

    def _read(self, statement: str, params: dict | None = None) -> list[dict]:
        return self._exec_dicts(statement, params)  # our own statements never write: no rollback needed

    def query(self, statement: str, params: dict | None = None) -> list[dict]:
        """Run a Cypher statement with parameters; rows as dicts (nodes/rels as plain dicts)."""
        return self._exec_dicts(statement, params)

    def read_query(
        self, statement: str, params: dict | None = None, timeout: float | None = None
    ) -> list[dict]:
        """Run a statement in a transaction that is always rolled back (LadybugDB has no read-only ones).

        With `timeout` (seconds) the engine interrupts the query after that long: OrgkgError E020."""
        with self._lock:
            if timeout is not None:
                self._conn.set_query_timeout(max(1, int(timeout * 1000)))
            try:
                return self._read_rolled_back(statement, params)
            except OrgkgError as err:
                if timeout is not None and "interrupt" in (err.detail or "").lower():
                    raise OrgkgError("E020", detail=f"query stopped after {timeout:g} s (timeout)") from err
                raise
            finally:
                if timeout is not None:
                    self._conn.set_query_timeout(0)  # 0 = no limit, for the statements that follow

    def _read_rolled_back(self, statement: str, params: dict | None) -> list[dict]:
        if self.read_only:
            return self._exec_dicts(statement, params)
        self._exec("BEGIN TRANSACTION")
        try:
            return self._exec_dicts(statement, params)
        finally:
            try:
                self._exec("ROLLBACK")
            except OrgkgError:
                pass  # a failed statement already ended the transaction

    def size_on_disk(self) -> int:
        """Bytes used by the database file(s)."""
        return sum(p.stat().st_size for p in self.folder.glob(DB_FILE + "*") if p.is_file())

    def close(self) -> None:
        """Release the database (and its write lock)."""
        with self._lock:
            for obj in (getattr(self, "_conn", None), getattr(self, "_db", None)):
                if obj is not None:
                    obj.close()
            self._conn = self._db = None

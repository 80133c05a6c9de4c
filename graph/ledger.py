"""The fact ledger: every file's extracted facts, keyed by the file's sha256 and path, in one SQLite file.

The ledger is what makes ingest incremental: a file whose bytes are unchanged is not read again, a file
whose bytes changed replaces its own facts, and the graph is always rebuilt from the ledger alone.
Each file's facts are written in one SQLite transaction, so an interrupted ingest never leaves half a file.
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

LEDGER_FILE = "ledger.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,          -- absolute path of the file as ingested
    name TEXT NOT NULL,             -- file name (what facts cite as source.file)
    sha256 TEXT NOT NULL,           -- the bytes' identity
    n_facts INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS files_sha256 ON files (sha256);
CREATE TABLE IF NOT EXISTS facts (
    sha256 TEXT NOT NULL,           -- identical bytes under two paths keep one copy of their facts
    seq INTEGER NOT NULL,           -- order of extraction
    fact TEXT NOT NULL,             -- the fact as JSON (GUIDE section 4)
    PRIMARY KEY (sha256, seq)
) WITHOUT ROWID;
"""


class Ledger:
    """Facts per file in `folder`/ledger.sqlite (created on first use)."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path = self.folder / LEDGER_FILE
        self._db = sqlite3.connect(self.path, isolation_level=None)  # transactions are explicit below
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=30000")
        self._db.executescript(_SCHEMA)

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Close the SQLite connection."""
        self._db.close()

    @staticmethod
    def key(path: str | Path) -> str:
        """The path a file is filed under: absolute, so the same file named two ways is one entry."""
        return str(Path(path).resolve())

    def status(self, path: str | Path, sha: str) -> str:
        """`unchanged` (same bytes already filed under this path), `changed` (new bytes) or `new`."""
        row = self._db.execute("SELECT sha256 FROM files WHERE path = ?", (self.key(path),)).fetchone()
        if row is None:
            return "new"
        return "unchanged" if row[0] == sha else "changed"

    def has_content(self, sha: str) -> bool:
        """Whether facts for these bytes are already stored (perhaps under another path)."""
        return (
            self._db.execute("SELECT 1 FROM facts WHERE sha256 = ? LIMIT 1", (sha,)).fetchone() is not None
            or self._db.execute("SELECT 1 FROM files WHERE sha256 = ? LIMIT 1", (sha,)).fetchone() is not None
        )

    def put(self, path: str | Path, sha: str, facts: Iterable[dict] | None) -> int:
        """File `path` with bytes `sha` and its facts (None: reuse the facts stored for these bytes).

        One transaction: the file's old facts are replaced entirely or not at all."""
        key = self.key(path)
        rows = None if facts is None else [json.dumps(f, ensure_ascii=False) for f in facts]
        now = _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            old = db.execute("SELECT sha256 FROM files WHERE path = ?", (key,)).fetchone()
            if rows is not None:
                db.execute("DELETE FROM facts WHERE sha256 = ?", (sha,))
                db.executemany(
                    "INSERT INTO facts (sha256, seq, fact) VALUES (?, ?, ?)",
                    ((sha, i, r) for i, r in enumerate(rows)),
                )
                n = len(rows)
            else:
                n = db.execute("SELECT count(*) FROM facts WHERE sha256 = ?", (sha,)).fetchone()[0]
            db.execute(
                "INSERT INTO files (path, name, sha256, n_facts, ingested_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (path) DO UPDATE SET name = excluded.name, sha256 = excluded.sha256, "
                "n_facts = excluded.n_facts, ingested_at = excluded.ingested_at",
                (key, Path(path).name, sha, n, now),
            )
            if old and old[0] != sha:
                self._drop_orphan(old[0])
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return n

    def forget(self, path: str | Path) -> bool:
        """Remove a file and (unless other paths share its bytes) its facts; True if it was filed."""
        key = self.key(path)
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            row = db.execute("SELECT sha256 FROM files WHERE path = ?", (key,)).fetchone()
            if row:
                db.execute("DELETE FROM files WHERE path = ?", (key,))
                self._drop_orphan(row[0])
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return row is not None

    def _drop_orphan(self, sha: str) -> None:
        if self._db.execute("SELECT 1 FROM files WHERE sha256 = ? LIMIT 1", (sha,)).fetchone() is None:
            self._db.execute("DELETE FROM facts WHERE sha256 = ?", (sha,))

    def facts(self) -> Iterator[dict]:
        """Every stored fact, file by file in path order, with `source.sha256` added (streams from disk)."""
        cur = self._db.execute(
            "SELECT f.sha256, f.fact FROM facts f "
            "JOIN (SELECT sha256, min(path) AS path FROM files GROUP BY sha256) p ON p.sha256 = f.sha256 "
            "ORDER BY p.path, f.seq"
        )
        for sha, text in cur:
            fact = json.loads(text)
            if isinstance(fact.get("source"), dict):
                fact["source"]["sha256"] = sha
            yield fact

    def files(self) -> list[dict]:
        """The filed files: path, name, sha256, n_facts, ingested_at."""
        cur = self._db.execute("SELECT path, name, sha256, n_facts, ingested_at FROM files ORDER BY path")
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur]

    def count_facts(self) -> int:
        """Number of facts stored (facts shared by identical files counted once)."""
        return self._db.execute("SELECT count(*) FROM facts").fetchone()[0]

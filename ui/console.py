"""The read-only Cypher console: read transactions only, write clauses refused (E040), a row limit, a timeout."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from extract.errors import OrgkgError

DEFAULT_LIMIT = 200
DEFAULT_TIMEOUT = 10.0  # seconds
# Clauses that change data or schema, and procedures that can; matched outside strings and comments.
WRITE_CLAUSES = re.compile(
    r"(?<![.\w])(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|ALTER|COPY|LOAD\s+CSV|LOAD\s+FROM|FOREACH|INSTALL|"
    r"IMPORT|EXPORT|ATTACH|CHECKPOINT|BEGIN|COMMIT|ROLLBACK)\b"
    r"|(?<![.\w])CALL\s+(dbms|db\.create|db\.index|db\.drop|apoc\.(create|merge|refactor|periodic|load|import|export)"
    r"|apoc\.cypher\.(run)?write|gds\.[\w.]*\.write)",
    re.IGNORECASE,
)
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)
_TRAILING_LIMIT = re.compile(r"\bLIMIT\s+\d+\s*;?\s*$", re.IGNORECASE)


@dataclass
class ConsoleResult:
    """Rows of a console query, whether they were cut at the limit, and the time taken."""

    rows: list[dict] = field(default_factory=list)
    truncated: bool = False
    seconds: float = 0.0


def write_clause(statement: str) -> str | None:
    """The first write clause of a statement (ignoring strings, names in backquotes and comments), or None."""
    code = _STRINGS.sub(" ", statement)
    m = WRITE_CLAUSES.search(code)
    return " ".join(m.group(0).split()).upper() if m else None


def check_read_only(statement: str) -> None:
    """Refuse a statement that writes: OrgkgError E040 naming the clause."""
    clause = write_clause(statement)
    if clause:
        raise OrgkgError("E040", detail=f"{clause} is not allowed; only reading queries (MATCH … RETURN) run here")
    if ";" in _STRINGS.sub(" ", statement).strip().rstrip(";"):
        raise OrgkgError("E040", detail="one statement at a time")


def limited(statement: str, limit: int) -> str:
    """The statement with a LIMIT one above `limit` appended (to tell a cut result), unless it ends with one."""
    s = statement.strip().rstrip(";").strip()
    if _TRAILING_LIMIT.search(s):
        return s
    return f"{s} LIMIT {int(limit) + 1}"


def run(store, statement: str, params: dict | None = None, limit: int = DEFAULT_LIMIT,
        timeout: float = DEFAULT_TIMEOUT) -> ConsoleResult:
    """Run a reading statement in a read transaction, at most `limit` rows, stopped after `timeout` seconds."""
    if not statement.strip():
        return ConsoleResult()
    check_read_only(statement)
    start = time.monotonic()
    # The engine stops the query itself (LadybugDB interrupts it, Neo4j ends the transaction): a query
    # abandoned in a thread would keep the server busy after the user was told it stopped.
    rows = store.read_query(limited(statement, limit), params or {}, timeout=timeout)
    return ConsoleResult(rows[:limit], len(rows) > limit, time.monotonic() - start)

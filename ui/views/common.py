"""What every page shares: the store (cached), the store's configuration, navigation, and evidence tables.

The embedded store is opened read-only, so `orgkg` commands in a terminal keep working beside the app;
the pages that write (Ingest, person judgements) borrow a read-write handle through `write_store()`.
"""

from __future__ import annotations

import html
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from extract.errors import OrgkgError

# Page keys → st.Page objects, filled by ui/app.py; empty when a page runs alone (tests).
PAGES: dict = {}
_WRITE_LOCK = threading.Lock()


@dataclass(frozen=True)
class Config:
    """Where the graph lives: an embedded folder (always: it also holds the ledger), and Neo4j if set."""

    db: str
    neo4j: str | None

    @property
    def label(self) -> str:
        """A one-line description for the sidebar."""
        return f"Neo4j {self.neo4j} · ledger {self.db}" if self.neo4j else f"LadybugDB {self.db}"


def config() -> Config:
    """The store configuration from the environment (ORGKG_DB, ORGKG_NEO4J_URI)."""
    from graph.store import DEFAULT_DB

    return Config(os.environ.get("ORGKG_DB") or str(DEFAULT_DB), os.environ.get("ORGKG_NEO4J_URI") or None)


@st.cache_resource(show_spinner=False)
def _open(db: str, neo4j: str | None):
    from graph.store import open_store

    return open_store(db, neo4j, read_only=not neo4j)


def has_graph(cfg: Config | None = None) -> bool:
    """Whether there is a graph to read (Neo4j: assumed; embedded: the database file exists)."""
    from graph.store_ladybug import DB_FILE

    cfg = cfg or config()
    return bool(cfg.neo4j) or (Path(cfg.db) / DB_FILE).exists()


def store():
    """The cached store for reading, or None (with a hint shown) when nothing was ingested yet."""
    cfg = config()
    if not has_graph(cfg):
        st.info("No graph yet: upload documents on the **Ingest** page, or run `orgkg ingest PATH` first.")
        return None
    try:
        return _open(cfg.db, cfg.neo4j)
    except OrgkgError as err:
        st.error(err.line())
        return None


@contextmanager
def write_store() -> Iterator:
    """A read-write store for the duration of a write; the cached reader is closed first and caches cleared."""
    from graph.store import open_store

    cfg = config()
    with _WRITE_LOCK:
        if cfg.neo4j:
            # The cached Neo4j store reads and writes through one driver: a second one per write would never
            # be closed, and clearing the cache would drop the first without closing it.
            try:
                yield _open(cfg.db, cfg.neo4j)
            finally:
                st.cache_data.clear()
            return
        if has_graph(cfg):
            try:
                _open(cfg.db, cfg.neo4j).close()
            except OrgkgError:
                pass  # nothing was open
            _open.clear()
        writer = open_store(cfg.db, read_only=False)
        try:
            yield writer
        finally:
            writer.close()
            st.cache_data.clear()
            _open.clear()


def cached(fn: Callable) -> Callable:
    """Cache a query function's answer per configuration and parameters (cleared after every write)."""

    @st.cache_data(show_spinner=False, max_entries=256)
    def run(name: str, db: str, neo4j: str | None, *args, **kwargs):  # `name` keeps wrapped functions apart
        return fn(_open(db, neo4j), *args, **kwargs)

    def call(*args, **kwargs):
        cfg = config()
        return run(f"{fn.__module__}.{fn.__qualname__}", cfg.db, cfg.neo4j, *args, **kwargs)

    call.__doc__ = fn.__doc__
    return call


# ---------------------------------------------------------------------------------------------------------
# Navigation: an entity is opened through its page and an `id` query parameter, so every view is a link.


def goto(page: str, node_id: str | None = None) -> None:
    """Open a page (search, person, group, orgchart, document, ask, ingest), optionally on one node."""
    params = {"id": node_id} if node_id else {}
    if page in PAGES:
        st.switch_page(PAGES[page], query_params=params)
    # A page running alone (AppTest) has nowhere to go: record the request for the caller to see.
    st.session_state["goto"] = {"page": page, **params}


def page_for(node_id: str) -> str | None:
    """The page that shows a node id (per: → person …), or None."""
    return {"per": "person", "grp": "group", "doc": "document", "jur": "orgchart"}.get(node_id.split(":", 1)[0])


def current_id(prefix: str) -> str | None:
    """The node id of this page's query parameter when it has the expected prefix."""
    value = st.query_params.get("id")
    return value if value and value.startswith(prefix + ":") else None


def open_button(label: str, node_id: str, key: str) -> None:
    """A button that opens the page of a node."""
    page = page_for(node_id)
    if page and st.button(label, key=key):
        goto(page, node_id)


# ---------------------------------------------------------------------------------------------------------
# Evidence


def evidence_rows(rows: list[dict], cols: list[str]) -> list[dict]:
    """Table rows with the given columns, then the evidence: document number, date, quoted text, file:line."""
    out = []
    for r in rows:
        ev = r.get("evidence") or {}
        row = {c: _cell(r.get(c)) for c in cols}
        row["document"] = ev.get("document") or "-"
        row["date"] = ev.get("date") or r.get("date") or "-"
        row["evidence"] = " ".join((ev.get("text") or "").split())
        row["source"] = f"{ev.get('file') or '?'}:{ev.get('line') or '?'}"
        out.append(row)
    return out


def _cell(v) -> str:
    if v is None:
        return "-"
    if isinstance(v, list):
        return "、".join(str(x) for x in v)
    return str(v)


def table(rows: list[dict], cols: list[str], key: str | None = None, empty: str = "none") -> None:
    """Show rows with evidence columns, or a short caption when there are none."""
    if not rows:
        st.caption(empty)
        return
    st.dataframe(evidence_rows(rows, cols), hide_index=True, width="stretch", key=key,
                 column_config={"evidence": st.column_config.TextColumn("evidence", width="large")})


def quote(text: str | None) -> str:
    """HTML of a quoted evidence text (escaped, whitespace collapsed)."""
    return f"<q>{html.escape(' '.join((text or '').split()))}</q>"


def show_ambiguous(err, page: str, key: str) -> None:
    """List the candidates of an ambiguous name, each with a button that opens it."""
    st.warning(f"Several candidates for this name ({len(err.candidates)}); choose one.")
    for i, c in enumerate(err.candidates):
        posts = "、".join(c.get("posts") or []) or c.get("kind") or ""
        label = f"{c.get('name')} · {c.get('jurisdiction') or '-'} · {posts}"[:120]
        if st.button(label, key=f"{key}-{i}"):
            goto(page, c["id"])


def sidebar_status() -> None:
    """The store in use and what it holds, in the sidebar."""
    cfg = config()
    st.sidebar.caption(cfg.label)
    if has_graph(cfg):
        try:
            counts = _counts(cfg.db, cfg.neo4j)
        except OrgkgError as err:
            st.sidebar.error(err.line())
            return
        people, groups, docs = (counts.get(k, 0) for k in ("Person", "Group", "Document"))
        st.sidebar.caption(f"{people} people · {groups} groups · {docs} documents")


@st.cache_data(show_spinner=False)
def _counts(db: str, neo4j: str | None) -> dict[str, int]:
    return _open(db, neo4j).counts()

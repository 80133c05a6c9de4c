"""Document: its text with the extracted facts highlighted in place, the facts table, and what the graph took."""

from __future__ import annotations

import html
from pathlib import Path

import streamlit as st

from ui.views import common

# Fact type → highlight colour.
FACT_COLOURS = {"membership": "#ffe08a", "appointment": "#b5e3ff", "oversight": "#c8f0c0", "attendance": "#f5c6ff",
                "mention": "#ffd0c0", "group": "#e0e0ff", "citation": "#e8e8e8", "document": "#f0f0f0"}
_SKIP = {"type", "document", "document_title", "source"}


def _documents(store) -> list[dict]:
    rows = store.read_query("MATCH (d:Document) RETURN d.id AS id, d.number AS number, d.title AS title, "
                            "d.date AS date, d.kind AS kind, d.issuer AS issuer, d.file AS file, d.sha256 AS sha256")
    return sorted(rows, key=lambda r: (r["date"] or "", r["title"] or ""), reverse=True)


def _graph_rows(store, doc_id: str) -> list[dict]:
    t = store.dialect.type_of("e")
    return store.read_query(
        f"MATCH (a)-[e]->(b) WHERE e.doc = $id RETURN {t} AS relationship, a.id AS from_id, "
        "coalesce(a.name, a.title, a.number) AS `from`, b.id AS to_id, coalesce(b.name, b.title, b.number) AS `to`, "
        "e.role AS role, e.status AS status, e.relation AS relation, e.line AS line, e.evidence AS evidence",
        {"id": doc_id})


documents = common.cached(_documents)
graph_rows = common.cached(_graph_rows)


@st.cache_data(show_spinner=False)
def ledger_view(db: str, sha256: str) -> tuple[list[dict], str | None, str | None]:
    """The facts filed for a file's bytes, and the file's text as extracted (None when the file is gone)."""
    from extract.load import read_bytes, to_text
    from graph.ledger import Ledger

    with Ledger(db) as ledger:
        facts = [f for f in ledger.facts() if (f.get("source") or {}).get("sha256") == sha256]
        paths = [f["path"] for f in ledger.files() if f["sha256"] == sha256]
    for path in paths:
        if Path(path).is_file():
            try:
                return facts, to_text(read_bytes(Path(path)), Path(path).name), path
            except Exception:  # noqa: BLE001 - a file changed or unreadable since: show facts only
                continue
    return facts, None, paths[0] if paths else None


def facts_of_document(facts: list[dict], doc: dict) -> list[dict]:
    """The facts of one document of a file: those whose document number (or, without one, title) is this one's."""
    if doc.get("number"):
        return [f for f in facts if f.get("document") == doc["number"]]
    return [f for f in facts if not f.get("document") and f.get("document_title") == doc.get("title")]


def line_span(facts: list[dict], doc_facts: list[dict]) -> tuple[int, int | None]:
    """The 1-based first line of the document and the first line of the next document in the file (or None)."""
    starts = sorted({f["source"]["line"] for f in facts if f["type"] == "document"})
    mine = [f["source"]["line"] for f in doc_facts if f["type"] == "document"]
    first = min(mine) if mine else min((f["source"]["line"] for f in doc_facts), default=1)
    nxt = next((s for s in starts if s > first), None)
    return first, nxt


def highlight(lines: list[str], first: int, facts: list[dict]) -> str:
    """HTML of lines[first-1 …] with each fact's evidence text marked where it is printed."""
    text = "\n".join(lines)
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln) + 1)
    marks: list[tuple[int, int, str]] = []
    for f in facts:
        if f["type"] == "document":
            continue
        src = f.get("source") or {}
        ev, ln = src.get("text") or "", src.get("line") or first
        i = ln - first
        if not ev or i < 0 or i >= len(lines):
            continue
        at = text.find(ev, offsets[i])
        if at >= 0:
            marks.append((at, at + len(ev), f["type"]))
    return _render(text, _merge(marks))


def _merge(marks: list[tuple[int, int, str]]) -> list[tuple[int, int, list[str]]]:
    out: list[tuple[int, int, list[str]]] = []
    for s, e, t in sorted(marks):
        if out and s < out[-1][1]:
            ps, pe, types = out[-1]
            out[-1] = (ps, max(pe, e), types + ([t] if t not in types else []))
        else:
            out.append((s, e, [t]))
    return out


def _render(text: str, marks: list[tuple[int, int, list[str]]]) -> str:
    parts, pos = [], 0
    for s, e, types in marks:
        parts.append(html.escape(text[pos:s]))
        colour = FACT_COLOURS.get(types[0], "#ffff99")
        parts.append(f'<mark style="background:{colour}" title="{html.escape(", ".join(types))}">'
                     f"{html.escape(text[s:e])}</mark>")
        pos = e
    parts.append(html.escape(text[pos:]))
    return ('<div style="white-space:pre-wrap;font-family:\'Noto Sans CJK SC\',sans-serif;line-height:1.7;'
            'max-height:640px;overflow-y:auto;border:1px solid #ddd;padding:12px">' + "".join(parts) + "</div>")


def fact_rows(facts: list[dict]) -> list[dict]:
    """The facts table: type, the fact's fields in one column, line and evidence."""
    return [{"type": f["type"],
             "fields": " · ".join(f"{k}={v}" for k, v in f.items() if k not in _SKIP and v not in (None, "", [])),
             "line": (f.get("source") or {}).get("line"),
             "evidence": " ".join(((f.get("source") or {}).get("text") or "").split())} for f in facts]


def render() -> None:
    """Draw the Document page."""
    st.title("Document 文件")
    if common.store() is None:
        return
    docs = documents()
    if not docs:
        st.info("No document in the graph yet.")
        return
    wanted = common.current_id("doc")
    ids = [d["id"] for d in docs]
    label = {d["id"]: f"{d.get('date') or '?'} · {d.get('number') or '-'} · {d.get('title') or '-'}" for d in docs}
    doc_id = st.selectbox("Document", ids, index=ids.index(wanted) if wanted in ids else 0, format_func=label.get,
                          key="doc_pick")
    doc = next(d for d in docs if d["id"] == doc_id)
    st.header(doc.get("title") or "-")
    st.caption(f"{doc.get('number') or '-'} · {doc.get('issuer') or '-'} · {doc.get('date') or '-'} · "
               f"{doc.get('kind') or '-'} · {doc.get('file') or '-'}")
    facts, text, path = ledger_view(common.config().db, doc.get("sha256") or "")
    mine = facts_of_document(facts, doc)
    tabs = st.tabs(["Text 原文", f"Facts 事实 ({len(mine)})", "In the graph 图谱"])
    with tabs[0]:
        _text(text, path, facts, mine)
    with tabs[1]:
        if mine:
            st.dataframe(fact_rows(mine), hide_index=True, width="stretch")
        else:
            st.caption("no facts of this document in the ledger")
    with tabs[2]:
        rows = graph_rows(doc_id)
        st.dataframe([{k: v for k, v in r.items() if not k.endswith("_id")} for r in rows], hide_index=True,
                     width="stretch")
        people = {r["from_id"]: r["from"] for r in rows if str(r["from_id"]).startswith("per:")}
        if people:
            pid = st.selectbox("Open a person named in it", list(people), format_func=people.get, index=None,
                               key="doc_person")
            if pid:
                common.goto("person", pid)


def _text(text: str | None, path: str | None, facts: list[dict], mine: list[dict]) -> None:
    if text is None:
        st.caption(f"The file is no longer at {path or '?'}: only the evidence quoted by each fact is shown.")
        return
    first, nxt = line_span(facts, mine)
    lines = text.splitlines()[first - 1:(nxt - 1) if nxt else None]
    legend = " ".join(f'<mark style="background:{c}">{t}</mark>' for t, c in FACT_COLOURS.items()
                      if t != "document" and any(f["type"] == t for f in mine))
    st.markdown(legend, unsafe_allow_html=True)
    st.html(highlight(lines, first, mine))

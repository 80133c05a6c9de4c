"""Ask: questions in Chinese mapped to the queries, and the read-only Cypher console."""

from __future__ import annotations

import streamlit as st

from extract.errors import OrgkgError
from ui import ask, console
from ui.views import common


def _answer(store, question: str) -> ask.Answer:
    return ask.answer(store, question)


answer = common.cached(_answer)


def render() -> None:
    """Draw the Ask page."""
    st.title("Ask 提问")
    if common.store() is None:
        return
    with st.form("ask_form"):
        question = st.text_input("Question 问题", key="question",
                                 placeholder="张勤在哪些领导小组？ / 人工智能产业发展工作领导小组组长是谁？")
        st.form_submit_button("Ask 提问")
    st.caption("Examples: " + " · ".join(ask.examples()[:6]))
    if question:
        _show(answer(question))
    st.divider()
    _console()


def _show(a: ask.Answer) -> None:
    st.subheader(a.title)
    st.caption(f"understood as: {a.intent} {a.params or ''}")
    if a.candidates:
        page = "group" if str(a.candidates[0].get("id", "")).startswith("grp:") else "person"
        for i, c in enumerate(a.candidates):
            posts = "、".join(c.get("posts") or []) or c.get("kind") or ""
            if st.button(f"{c.get('name')} · {c.get('jurisdiction') or '-'} · {posts}"[:120], key=f"ask-c{i}"):
                common.goto(page, c["id"])
        return
    if a.message:
        st.info(a.message)
    common.table(a.rows, a.columns, key="ask-rows", empty="")


def _console() -> None:
    st.subheader("Cypher console (read-only)")
    st.caption("Reading queries only: CREATE, MERGE, DELETE, SET, REMOVE, DROP, LOAD CSV, FOREACH and write "
               f"procedures are refused. At most {console.DEFAULT_LIMIT} rows, {console.DEFAULT_TIMEOUT:g} s.")
    with st.form("cypher_form"):
        text = st.text_area("Cypher", key="cypher", height=110,
                            placeholder="MATCH (p:Person)-[m:MEMBER_OF]->(g:`Group`) RETURN p.name, m.role, g.name")
        st.form_submit_button("Run 运行")
    if not text:
        return
    try:
        result = console.run(common.store(), text)
    except OrgkgError as err:
        st.error(err.line())
        return
    note = f" (cut at {console.DEFAULT_LIMIT})" if result.truncated else ""
    st.caption(f"{len(result.rows)} rows{note} in {result.seconds:.2f} s")
    if result.rows:
        st.dataframe([{k: _cell(v) for k, v in r.items()} for r in result.rows], hide_index=True, width="stretch")


def _cell(v):
    return v if isinstance(v, str | int | float | bool) or v is None else str(v)

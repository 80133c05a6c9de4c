"""Search: one box for people, groups, agencies, posts and documents, with suggestions as you type."""

from __future__ import annotations

import streamlit as st

from extract.errors import OrgkgError
from ui.views import common

KIND_LABEL = {"person": "人员 person", "group": "小组 group", "agency": "机构 agency", "post": "职务 post",
              "document": "文件 document"}
# How many names the suggestion box offers (the browser filters them as you type).
MAX_SUGGESTIONS = 20000


def _name_index(store) -> list[dict]:
    """Every person, group, agency and document with a caption, for the suggestion box."""
    rows = []
    for kind, stmt in (
        ("person", "MATCH (n:Person) RETURN n.id AS id, n.name AS name, n.jurisdiction AS detail"),
        ("group", "MATCH (n:`Group`) RETURN n.id AS id, n.name AS name, n.jurisdiction AS detail"),
        ("document", "MATCH (n:Document) RETURN n.id AS id, n.title AS name, n.number AS detail"),
        ("agency", "MATCH (n:Agency) RETURN n.id AS id, n.name AS name, n.jurisdiction AS detail"),
    ):
        rows += [{"kind": kind, **r} for r in store.read_query(stmt + f" LIMIT {MAX_SUGGESTIONS}")]
    return rows[:MAX_SUGGESTIONS]


def _search(store, text: str) -> list[dict]:
    from queries.search import search

    return search(store, text, limit=100)


def _post_history(store, text: str) -> list[dict]:
    from queries.posts import post_history

    return post_history(store, text)


name_index = common.cached(_name_index)
run_search = common.cached(_search)
post_history = common.cached(_post_history)


def caption(row: dict) -> str:
    """How a search hit or suggestion is listed: name · kind · detail."""
    return f"{row.get('name') or '-'} · {KIND_LABEL.get(row['kind'], row['kind'])} · {row.get('detail') or '-'}"


def render() -> None:
    """Draw the Search page."""
    st.title("Search 搜索")
    if common.store() is None:
        return
    index = name_index()
    labels = {r["id"]: caption(r) for r in index}
    choice = st.selectbox("Name of a person, group, agency or document (partial, simplified or traditional)",
                          list(labels), index=None, format_func=lambda i: labels.get(i, i),
                          placeholder="张勤、人工智能、财政局…", accept_new_options=True, key="search_box")
    if choice and choice not in labels:
        st.query_params["q"] = choice  # the URL of a search can be shared
    choice = choice or st.query_params.get("q")
    if not choice:
        st.caption("Type a few characters: suggestions appear as you type; press Enter to search for any text.")
        return
    if choice in labels:
        page = common.page_for(choice)
        if page:
            common.goto(page, choice)
        _show_history(labels[choice].split(" · ")[0])
        return
    _results(choice)


def _results(text: str) -> None:
    hits = run_search(text)
    if not hits:
        st.warning(f"Nothing matches 「{text}」.")
        return
    st.subheader(f"{len(hits)} results for 「{text}」")
    for i, row in enumerate(hits):
        left, right = st.columns([5, 1])
        left.markdown(f"**{row['name']}** &nbsp; <small>{KIND_LABEL.get(row['kind'], row['kind'])} · "
                      f"{row.get('detail') or '-'}</small>", unsafe_allow_html=True)
        page = common.page_for(row["id"])
        if page:
            if right.button("open", key=f"hit-{i}"):
                common.goto(page, row["id"])
        elif right.button("history", key=f"hist-{i}"):
            st.session_state["search_history_of"] = row["name"]
    if st.session_state.get("search_history_of"):
        _show_history(st.session_state["search_history_of"])


def _show_history(text: str) -> None:
    """Who held a post, or headed an agency, over time."""
    st.subheader(f"Who held 「{text}」")
    try:
        rows = post_history(text)
    except OrgkgError as err:
        st.caption(err.line())
        return
    common.table(rows, ["post", "person", "start", "end", "status"], key="post-history")

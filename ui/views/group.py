"""Group: the roster as of a chosen version in printed order, version diffs, subgroups, office, member network."""

from __future__ import annotations

import streamlit as st

from extract.errors import OrgkgError
from queries.common import Ambiguous
from ui.views import common, graphview

LATEST = "latest"


def _roster(store, who: str, as_of: str | None) -> dict:
    from queries.groups import roster

    return roster(store, who, as_of)


def _diff(store, who: str, old: str, new: str) -> dict:
    from queries.groups import roster_diff

    return roster_diff(store, who, old, new)


roster = common.cached(_roster)
diff = common.cached(_diff)


def network(r: dict) -> tuple[list[dict], list[dict]]:
    """Cytoscape elements of a roster: the group, its members (edges carry the role), subgroups, office."""
    g = r["group"]
    nodes = [graphview.element(g["id"], "Group", g["name"])]
    edges = []
    seen = {g["id"]}
    for m in r["members"]:
        if m["person_id"] not in seen:
            seen.add(m["person_id"])
            nodes.append(graphview.element(m["person_id"], "Person", m["person"], post=m.get("post") or ""))
        edges.append(graphview.edge(f"m{len(edges)}", m["person_id"], g["id"], "MEMBER_OF", m.get("role") or ""))
    for s in r["subgroups"]:
        if s["id"] not in seen:
            seen.add(s["id"])
            nodes.append(graphview.element(s["id"], "Group", s["name"]))
        edges.append(graphview.edge(f"s{len(edges)}", s["id"], g["id"], "SUBGROUP_OF", "下设"))
    for o in r["office"]:
        if o["id"] not in seen:
            seen.add(o["id"])
            nodes.append(graphview.element(o["id"], "Agency", o["agency"]))
        edges.append(graphview.edge(f"o{len(edges)}", g["id"], o["id"], "OFFICE_AT", "办公室"))
    return nodes, edges


def render() -> None:
    """Draw the Group page."""
    st.title("Group 领导小组")
    if common.store() is None:
        return
    who = common.current_id("grp") or st.text_input("Group name (or grp: id)", key="group_name")
    if not who:
        st.caption("Open a group from Search or from a person, or type its name.")
        return
    try:
        latest = roster(who, None)
    except Ambiguous as err:
        common.show_ambiguous(err, "group", "gcand")
        return
    except OrgkgError as err:
        st.warning(err.line())
        return
    g = latest["group"]
    st.header(g["name"])
    st.caption(f"{g.get('kind') or '-'} · {g.get('jurisdiction') or '-'} · {g['id']}")
    versions = latest["versions"]
    options = [LATEST] + [v["version"] for v in versions]
    labels = {LATEST: "latest"} | {v["version"]: f"{v.get('date') or '?'} · {v.get('document') or '-'} "
                                                  f"({v['size']} members)" for v in versions}
    chosen = st.selectbox("Roster version (as of)", options, format_func=labels.get, key="group_version")
    version = next((v for v in versions if v["version"] == chosen), None)
    r = latest if version is None else roster(g["id"], version.get("date"))
    _parents(r)
    tabs = st.tabs(["Roster 组成人员", "Network 关系图", f"Versions 版本 ({len(versions)})", "Subgroups 下设",
                    "Office 办公室"])
    with tabs[0]:
        v = r.get("version") or {}
        st.caption(f"Version {v.get('document') or '-'} of {v.get('date') or '?'}: {len(r['members'])} members "
                   "in printed order")
        common.table(r["members"], ["role", "person", "post"], key="t-roster")
    with tabs[1]:
        nodes, edges = network(r)
        graphview.show(nodes, edges, key=f"net-{g['id']}")
    with tabs[2]:
        _versions(g, versions)
    with tabs[3]:
        common.table(r["subgroups"], ["name", "kind"], key="t-sub")
        for i, s in enumerate(r["subgroups"]):
            common.open_button(f"open {s['name']}", s["id"], key=f"sub-{i}")
    with tabs[4]:
        common.table(r["office"], ["agency", "office_head"], key="t-office")
        common.table(r["member_units"], ["agency"], key="t-units", empty="no member units")


def _parents(r: dict) -> None:
    for i, p in enumerate(r.get("parent") or []):
        st.markdown(f"Part of **{p['name']}**")
        common.open_button(f"open {p['name']}", p["id"], key=f"par-{i}")


def _versions(g: dict, versions: list[dict]) -> None:
    st.dataframe([{k: v.get(k) for k in ("date", "document", "size", "title")} for v in versions],
                 hide_index=True, width="stretch")
    if len(versions) < 2:
        st.caption("One roster version: nothing to compare.")
        return
    ids = [v["version"] for v in versions]
    label = {v["version"]: f"{v.get('date') or '?'} · {v.get('document') or '-'}" for v in versions}
    left, right = st.columns(2)
    old = left.selectbox("from", ids, index=len(ids) - 2, format_func=label.get, key="diff_old")
    new = right.selectbox("to", ids, index=len(ids) - 1, format_func=label.get, key="diff_new")
    d = diff(g["id"], old, new)
    st.markdown(f"**Joined** ({len(d['joined'])})")
    common.table(d["joined"], ["role", "person", "post"], key="t-joined")
    st.markdown(f"**Left** ({len(d['left'])})")
    common.table(d["left"], ["role", "person", "post"], key="t-left")
    st.markdown(f"**Role changed** ({len(d['role_changed'])})")
    common.table(d["role_changed"], ["person", "old_role", "new_role"], key="t-changed")

"""Interactive graph views: streamlit-cytoscape (Cytoscape.js bundled in the wheel, nothing loaded from a CDN);
clicking a node opens its page. Without the component, a Graphviz drawing (bundled with Streamlit) is shown."""

from __future__ import annotations

import streamlit as st

from ui.views import common

# Node label → (colour, Material icon bundled with the component).
NODE_STYLE = {"Person": ("#4e79a7", "person"), "Group": ("#f28e2b", "group"), "Agency": ("#59a14f", "account_balance"),
              "Area": ("#b07aa1", "description"), "Post": ("#9c755f", "badge"), "Jurisdiction": ("#e15759", None)}


def element(node_id: str, label: str, name: str, **extra) -> dict:
    """A Cytoscape node element (label picks the style, name is the caption)."""
    return {"data": {"id": node_id, "label": label, "name": name, **extra}}


def edge(edge_id: str, src: str, dst: str, label: str, caption: str) -> dict:
    """A Cytoscape edge element (label picks the style, caption is drawn along it)."""
    return {"data": {"id": edge_id, "source": src, "target": dst, "label": label, "caption": caption}}


def show(nodes: list[dict], edges: list[dict], key: str, height: int = 520, layout: str = "cose") -> None:
    """Draw the graph; a click on a person, group or document node opens that node's page."""
    try:
        from streamlit_cytoscape import EdgeStyle, Event, NodeStyle, streamlit_cytoscape
    except ImportError:
        _graphviz(nodes, edges)
        return
    labels = sorted({n["data"]["label"] for n in nodes})
    node_styles = [NodeStyle(lb, NODE_STYLE.get(lb, ("#bab0ac", None))[0], "name", NODE_STYLE.get(lb, (0, None))[1])
                   for lb in labels]
    edge_labels = sorted({e["data"]["label"] for e in edges})
    edge_styles = [EdgeStyle(lb, caption="caption", directed=True) for lb in edge_labels]
    value = streamlit_cytoscape({"nodes": nodes, "edges": edges}, layout=layout, node_styles=node_styles,
                                edge_styles=edge_styles, height=height, key=key,
                                events=[Event("open", "tap", "node")])
    _follow(value, key)
    st.caption("Click a person or group to open it.")


def _follow(value, key: str) -> None:
    """Open the page of a node the user clicked (each click handled once, by its timestamp)."""
    if not isinstance(value, dict) or value.get("action") != "open":
        return
    stamp_key = f"{key}-handled"
    if st.session_state.get(stamp_key) == value.get("timestamp"):
        return
    st.session_state[stamp_key] = value.get("timestamp")
    target = (value.get("data") or {}).get("target_id")
    page = common.page_for(str(target or ""))
    if page:
        common.goto(page, target)


def _graphviz(nodes: list[dict], edges: list[dict]) -> None:
    from queries.export import FONT

    def q(s: str) -> str:
        return '"' + str(s).replace('"', '\\"') + '"'

    lines = ["digraph { rankdir=LR;", f"node [fontname={q(FONT)}, shape=box]; edge [fontname={q(FONT)}];"]
    lines += [f"{q(n['data']['id'])} [label={q(n['data']['name'])}];" for n in nodes]
    lines += [f"{q(e['data']['source'])} -> {q(e['data']['target'])} [label={q(e['data']['caption'])}];"
              for e in edges]
    st.graphviz_chart("\n".join(lines + ["}"]))

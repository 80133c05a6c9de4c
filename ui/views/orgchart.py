"""Org chart: a jurisdiction's leaders → the agencies they oversee → the groups they chair, with downloads."""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path

import networkx as nx
import streamlit as st

from extract.errors import OrgkgError
from queries.common import Ambiguous
from ui.views import common, graphview

DUTY_LABEL = {"oversees": "分管", "liaises": "联系", "assists": "协助"}
DOWNLOADS = {  # format → (file suffix, mime type)
    "SVG": ("svg", "image/svg+xml"),
    "PNG": ("png", "image/png"),
    "GraphML": ("graphml", "application/xml"),
    "GEXF": ("gexf", "application/xml"),
    "FollowTheMoney JSON": ("ftm.json", "application/json"),
    "CSV (zip)": ("csv.zip", "application/zip"),
}


def _jurisdictions(store) -> list[dict]:
    rows = store.read_query("MATCH (j:Jurisdiction) OPTIONAL MATCH (a:Agency)-[:PART_OF]->(j) "
                            "RETURN j.id AS id, j.name AS name, j.level AS level, count(a) AS agencies")
    return sorted(rows, key=lambda r: (-int(r["agencies"] or 0), r["name"] or ""))


def _chart(store, name: str) -> dict:
    from queries.orgchart import orgchart

    return orgchart(store, name)


def _exports(store, name: str) -> dict[str, bytes]:
    """Every download of one jurisdiction's org chart, rendered once (graphviz for SVG/PNG)."""
    from queries import export

    nodes, edges = export.subgraph(store, jurisdiction=name)
    out: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        dot = export.to_dot(nodes, edges, name)
        for fmt in ("svg", "png"):
            try:
                export.render(dot, fmt, folder / f"chart.{fmt}")
                out[fmt.upper()] = (folder / f"chart.{fmt}").read_bytes()
            except OrgkgError:
                pass  # graphviz missing: the other formats still work
        graph = export.to_networkx(nodes, edges)
        nx.write_graphml(graph, folder / "chart.graphml")
        nx.write_gexf(graph, folder / "chart.gexf")
        out["GraphML"] = (folder / "chart.graphml").read_bytes()
        out["GEXF"] = (folder / "chart.gexf").read_bytes()
        out["FollowTheMoney JSON"] = "".join(json.dumps(e, ensure_ascii=False) + "\n"
                                             for e in export.to_ftm(nodes, edges)).encode("utf-8")
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for f in export.to_csv(nodes, edges, folder / "csv"):
                z.write(f, f.name)
        out["CSV (zip)"] = buf.getvalue()
    return out


jurisdictions = common.cached(_jurisdictions)
chart = common.cached(_chart)
exports = common.cached(_exports)


def chart_elements(c: dict) -> tuple[list[dict], list[dict]]:
    """Cytoscape elements: the jurisdiction, its leaders, their agencies/areas and chaired groups."""
    j = c["jurisdiction"]
    nodes = [graphview.element(j["id"], "Jurisdiction", j["name"])]
    edges = []
    seen = {j["id"]}

    def add(node_id: str, label: str, name: str) -> None:
        if node_id not in seen:
            seen.add(node_id)
            nodes.append(graphview.element(node_id, label, name))

    for leader in c["leaders"]:
        pid = leader["person_id"]
        add(pid, "Person", leader["person"])
        post = "、".join(p["post"] for p in leader["posts"][:2])
        edges.append(graphview.edge(f"l{len(edges)}", j["id"], pid, "LEADS", post))
        for key, word in DUTY_LABEL.items():
            for d in leader[key]:
                target = d.get("target_id") or f"t:{d['target']}"
                add(target, "Area" if str(target).startswith("area:") else "Agency", d["target"])
                edges.append(graphview.edge(f"d{len(edges)}", pid, target, key.upper(), word))
        for ch in leader["chairs"]:
            add(ch["group_id"], "Group", ch["group"])
            edges.append(graphview.edge(f"c{len(edges)}", pid, ch["group_id"], "CHAIRS", ch.get("role") or ""))
    return nodes, edges


def render() -> None:
    """Draw the Org chart page."""
    st.title("Org chart 组织架构")
    if common.store() is None:
        return
    juris = jurisdictions()
    names = [j["name"] for j in juris]
    wanted = common.current_id("jur")
    start = next((i for i, j in enumerate(juris) if j["id"] == wanted), 0)
    if not names:
        st.info("No jurisdiction in the graph yet.")
        return
    name = st.selectbox("Jurisdiction", names, index=start, key="org_jur",
                        format_func=lambda n: f"{n} ({next(j['agencies'] for j in juris if j['name'] == n)} agencies)")
    try:
        c = chart(name)
    except (Ambiguous, OrgkgError) as err:
        st.warning(err.line())
        return
    if not c["leaders"]:
        st.info(f"No leaders of {name} found in the documents.")
        return
    nodes, edges = chart_elements(c)
    graphview.show(nodes, edges, key=f"chart-{name}", height=600)
    _downloads(name)
    st.subheader("Leaders 领导")
    for i, leader in enumerate(c["leaders"]):
        posts = "、".join(p["post"] for p in leader["posts"]) or "-"
        with st.expander(f"{leader['person']} · {posts}", expanded=i < 3):
            common.open_button("open person", leader["person_id"], key=f"ol-{i}")
            rows = [{**d, "relation": DUTY_LABEL[k]} for k in DUTY_LABEL for d in leader[k]]
            common.table(rows, ["relation", "target"], key=f"od-{i}", empty="no oversight recorded")
            common.table(leader["chairs"], ["group", "role"], key=f"oc-{i}", empty="chairs no group")


def _downloads(name: str) -> None:
    files = exports(name)
    cols = st.columns(len(DOWNLOADS))
    for col, (fmt, (suffix, mime)) in zip(cols, DOWNLOADS.items(), strict=True):
        if fmt in files:
            col.download_button(fmt, files[fmt], file_name=f"orgchart_{name}.{suffix}", mime=mime,
                                key=f"dl-{fmt}", on_click="ignore")
        else:
            col.caption(f"{fmt}: unavailable")

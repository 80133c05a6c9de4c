"""Exports of the graph or of a part of it: DOT/SVG/PNG, Mermaid, GraphML, GEXF, neo4j-admin CSV, JSON, FtM.

A selection (`subgraph`) is the whole graph, one jurisdiction's org chart, one group with its members and
subgroups, or one person's neighbourhood, in the interchange format of docs/MODEL.md.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
from pathlib import Path

import networkx as nx

from extract.errors import OrgkgError
from graph.store import NODE_SCHEMA, REL_SCHEMA, rel_props
from queries.common import resolve_group, resolve_person, vocab
from queries.orgchart import orgchart

FORMATS = ("dot", "svg", "png", "mermaid", "graphml", "gexf", "csv", "json", "ftm")
# The property shown as a node's caption, by label.
_CAPTION = {"Post": "title", "Document": "title"}
_SHAPE = {
    "Person": "box",
    "Group": "hexagon",
    "Agency": "ellipse",
    "Post": "note",
    "Jurisdiction": "doubleoctagon",
    "Document": "folder",
    "Meeting": "cds",
    "Area": "plaintext",
}
# An org chart draws who holds, oversees and chairs what; PART_OF to the jurisdiction would only add clutter.
_CHART_RELS = {"HOLDS", "OVERSEES", "LIAISES_WITH", "ASSISTS", "MEMBER_OF"}
FONT = "Noto Sans CJK SC"


def caption(node: dict) -> str:
    """The text a node is drawn with (name, title or number)."""
    props = node.get("props") or {}
    return str(
        props.get(_CAPTION.get(node["label"], "name"))
        or props.get("number")
        or props.get("name")
        or node["id"]
    )


def edge_caption(edge: dict) -> str:
    """The text an edge is drawn with: the role or relation when there is one, else the type."""
    props = edge.get("props") or {}
    return str(props.get("role") or props.get("relation") or edge["type"])


# ---------------------------------------------------------------------------------------------------------
# Selections


def subgraph(
    store, jurisdiction: str | None = None, group: str | None = None, person: str | None = None
) -> tuple[list[dict], list[dict]]:
    """The nodes and edges to export: everything, or one jurisdiction, group or person (one at most)."""
    if sum(x is not None for x in (jurisdiction, group, person)) > 1:
        raise ValueError("choose at most one of jurisdiction, group, person")
    nodes, edges = store.dump()
    if person is not None:
        keep = _person_ids(resolve_person(store, person)["id"], nodes, edges)
    elif group is not None:
        keep = _group_ids(resolve_group(store, group)["id"], edges)
    elif jurisdiction is not None:
        return _chart_subgraph(store, jurisdiction, nodes, edges)
    else:
        return nodes, edges
    return _restrict(nodes, edges, keep)


def _restrict(nodes: list[dict], edges: list[dict], keep: set[str]) -> tuple[list[dict], list[dict]]:
    return (
        [n for n in nodes if n["id"] in keep],
        [e for e in edges if e["src"] in keep and e["dst"] in keep],
    )


def _person_ids(pid: str, nodes: list[dict], edges: list[dict]) -> set[str]:
    keep = {pid} | {e["dst"] for e in edges if e["src"] == pid} | {e["src"] for e in edges if e["dst"] == pid}
    keep |= {(n["props"] or {}).get("agency") for n in nodes if n["id"] in keep and n["label"] == "Post"}
    return {k for k in keep if k}


def _group_ids(gid: str, edges: list[dict]) -> set[str]:
    groups = {gid} | {e["src"] for e in edges if e["type"] == "SUBGROUP_OF" and e["dst"] == gid}
    keep = set(groups)
    for e in edges:
        if e["src"] in groups and e["type"] in ("OFFICE_AT", "ESTABLISHED_BY", "ADJUSTED_BY", "SUBGROUP_OF"):
            keep.add(e["dst"])
        if e["dst"] in groups and e["type"] in ("MEMBER_OF", "MEMBER_UNIT", "SUBGROUP_OF"):
            keep.add(e["src"])
    return keep


def _chart_subgraph(store, jurisdiction: str, nodes: list[dict], edges: list[dict]):
    chart = orgchart(store, jurisdiction)
    leaders = {entry["person_id"] for entry in chart["leaders"]}
    chaired = {c["group_id"] for entry in chart["leaders"] for c in entry["chairs"]}
    targets = {
        d["target_id"]
        for entry in chart["leaders"]
        for k in ("oversees", "liaises", "assists")
        for d in entry[k]
    }
    posts = {e["dst"] for e in edges if e["type"] == "HOLDS" and e["src"] in leaders and _open(e)}
    keep = leaders | chaired | targets | posts
    out_edges = [
        e
        for e in edges
        if e["type"] in _CHART_RELS
        and e["src"] in keep
        and e["dst"] in keep
        and _open(e)
        and (e["type"] != "MEMBER_OF" or (e["props"] or {}).get("role") in vocab("chair_roles.txt"))
        and not str((e["props"] or {}).get("relation") or "").startswith("no_longer")
    ]
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for e in out_edges:  # a chart draws one line per relation, however many documents repeat it
        if (e["src"], e["dst"], e["type"]) not in seen:
            seen.add((e["src"], e["dst"], e["type"]))
            unique.append(e)
    return [n for n in nodes if n["id"] in keep], unique


def _open(edge: dict) -> bool:
    props = edge.get("props") or {}
    if edge["type"] == "HOLDS":
        return props.get("status") == "observed" or not props.get("end")
    return not (props.get("end") or props.get("until"))


# ---------------------------------------------------------------------------------------------------------
# Writers


def to_networkx(nodes: list[dict], edges: list[dict]) -> nx.MultiDiGraph:
    """A MultiDiGraph with scalar attributes only (lists joined by ';'), ready for GraphML and GEXF."""
    g = nx.MultiDiGraph()
    for n in nodes:
        g.add_node(n["id"], label=n["label"], caption=caption(n), **_scalars(n.get("props") or {}))
    for e in edges:
        g.add_edge(
            e["src"],
            e["dst"],
            key=e["id"],
            id=e["id"],
            type=e["type"],
            label=edge_caption(e),
            **_scalars(e.get("props") or {}),
        )
    return g


def _scalars(props: dict) -> dict:
    out = {}
    for k, v in props.items():
        if v is None or k in ("label", "type", "id", "caption"):
            continue
        out[k] = ";".join(map(str, v)) if isinstance(v, list) else v
    return out


def _dot_quote(s: str) -> str:
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def to_dot(nodes: list[dict], edges: list[dict], title: str = "orgkg") -> str:
    """Graphviz DOT text: shapes by label, edges labelled with role or relation, CJK font."""
    lines = [
        f"digraph {_dot_quote(title)} {{",
        "  rankdir=LR;",
        f"  graph [fontname={_dot_quote(FONT)}];",
        f"  node [fontname={_dot_quote(FONT)}];",
        f"  edge [fontname={_dot_quote(FONT)}, fontsize=10];",
    ]
    for n in nodes:
        lines.append(
            f"  {_dot_quote(n['id'])} [label={_dot_quote(caption(n))}, "
            f"shape={_SHAPE.get(n['label'], 'box')}];"
        )
    for e in edges:
        lines.append(
            f"  {_dot_quote(e['src'])} -> {_dot_quote(e['dst'])} [label={_dot_quote(edge_caption(e))}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def render(dot_text: str, fmt: str, out: Path) -> None:
    """Render DOT with Debian's graphviz `dot` (SVG or PNG)."""
    exe = shutil.which("dot")
    if exe is None:
        raise OrgkgError("E020", detail="graphviz `dot` is not installed (apt-get install graphviz)")
    proc = subprocess.run(
        [exe, f"-T{fmt}", "-o", str(out)],
        input=dot_text.encode("utf-8"),
        capture_output=True,
        timeout=120,
        check=False,
    )
    if proc.returncode != 0:
        raise OrgkgError("E020", detail=f"dot failed: {proc.stderr.decode('utf-8', 'replace')[:120]}")


def to_mermaid(nodes: list[dict], edges: list[dict]) -> str:
    """Mermaid flowchart text (node ids renumbered; captions quoted)."""
    ids = {n["id"]: f"n{i}" for i, n in enumerate(nodes)}
    esc = lambda s: str(s).replace('"', "#quot;").replace("\n", " ")  # noqa: E731
    lines = ["flowchart LR"]
    for n in nodes:
        lines.append(f'  {ids[n["id"]]}["{esc(caption(n))}"]')
    for e in edges:
        if e["src"] in ids and e["dst"] in ids:
            lines.append(f'  {ids[e["src"]]} -->|"{esc(edge_caption(e))}"| {ids[e["dst"]]}')
    return "\n".join(lines) + "\n"


_CSV_TYPE = {
    "STRING": "string",
    "INT64": "int",
    "DOUBLE": "float",
    "BOOLEAN": "boolean",
    "STRING[]": "string[]",
}


def _csv_header(declared: dict[str, str], keys: list[str]) -> list[str]:
    return [f"{k}:{_CSV_TYPE.get(declared.get(k, 'STRING'), 'string')}" for k in keys]


def _csv_cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return ";".join(str(x) for x in v)
    return str(v)


def to_csv(nodes: list[dict], edges: list[dict], folder: Path) -> list[Path]:
    """neo4j-admin import layout: one nodes_<Label>.csv per label (id:ID, :LABEL, typed properties) and one
    relationships_<TYPE>.csv per type (:START_ID, :END_ID, :TYPE, id, typed properties); lists use ';'."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for label in sorted({n["label"] for n in nodes}):
        rows = [n for n in nodes if n["label"] == label]
        declared = NODE_SCHEMA.get(label, ("", {}))[1]
        keys = sorted({k for n in rows for k in (n.get("props") or {})})
        path = folder / f"nodes_{label}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["id:ID", ":LABEL", *_csv_header(declared, keys)])
            for n in rows:
                w.writerow([n["id"], label, *[_csv_cell((n.get("props") or {}).get(k)) for k in keys]])
        written.append(path)
    for rel in sorted({e["type"] for e in edges}):
        rows = [e for e in edges if e["type"] == rel]
        declared = rel_props(rel) if rel in REL_SCHEMA else {}
        keys = sorted({k for e in rows for k in (e.get("props") or {})})
        path = folder / f"relationships_{rel}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow([":START_ID", ":END_ID", ":TYPE", "id:string", *_csv_header(declared, keys)])
            for e in rows:
                w.writerow(
                    [
                        e["src"],
                        e["dst"],
                        rel,
                        e["id"],
                        *[_csv_cell((e.get("props") or {}).get(k)) for k in keys],
                    ]
                )
        written.append(path)
    return written


# ---------------------------------------------------------------------------------------------------------
# FollowTheMoney


def _ftm_id(node_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9.-]", "-", node_id)


def _document(props: dict, by_id: dict) -> dict:
    """The props of the Document node an edge's provenance names (empty when it is not exported)."""
    node = by_id.get(props.get("doc") or "")
    return (node.get("props") or {}) if node else {}


def _note(props: dict, by_id: dict) -> str:
    doc = _document(props, by_id)
    parts = [props.get("evidence") or "", doc.get("number") or "", doc.get("date") or ""]
    return " | ".join(p for p in parts if p)


def to_ftm(nodes: list[dict], edges: list[dict]) -> list[dict]:
    """FollowTheMoney entities: Person, PublicBody (agencies), Organization (groups), Position, Occupancy,
    Membership; cleaned by followthemoney's own model when it is installed."""
    out = []
    by_id = {n["id"]: n for n in nodes}
    for n in nodes:
        p = n.get("props") or {}
        if n["label"] == "Person":
            out.append(
                _entity(
                    n["id"],
                    "Person",
                    name=[p.get("name")],
                    alias=p.get("aliases") or [],
                    country=["cn"],
                    address=[p.get("jurisdiction")],
                )
            )
        elif n["label"] == "Agency":
            out.append(
                _entity(
                    n["id"],
                    "PublicBody",
                    name=[p.get("name")],
                    alias=p.get("aliases") or [],
                    country=["cn"],
                    address=[p.get("jurisdiction")],
                )
            )
        elif n["label"] == "Group":
            out.append(
                _entity(
                    n["id"],
                    "Organization",
                    name=[p.get("name")],
                    alias=[p.get("canonical")],
                    country=["cn"],
                    classification=[p.get("kind")],
                    address=[p.get("jurisdiction")],
                )
            )
        elif n["label"] == "Post":
            agency = p.get("agency")
            out.append(
                _entity(
                    n["id"],
                    "Position",
                    name=[p.get("title")],
                    alias=[p.get("printed")],
                    country=["cn"],
                    organization=[_ftm_id(agency)] if agency in by_id else [],
                )
            )
    for e in edges:
        p = e.get("props") or {}
        if e["type"] == "HOLDS":
            out.append(
                _entity(
                    e["id"],
                    "Occupancy",
                    holder=[_ftm_id(e["src"])],
                    post=[_ftm_id(e["dst"])],
                    startDate=[p.get("start")],
                    endDate=[p.get("end")],
                    status=[p.get("status")],
                    description=[_note(p, by_id)],
                    recordId=[_document(p, by_id).get("number")],
                )
            )
        elif e["type"] == "MEMBER_OF":
            out.append(
                _entity(
                    e["id"],
                    "Membership",
                    member=[_ftm_id(e["src"])],
                    organization=[_ftm_id(e["dst"])],
                    role=[p.get("role")],
                    startDate=[p.get("start")],
                    endDate=[p.get("end")],
                    description=[_note(p, by_id)],
                    recordId=[_document(p, by_id).get("number")],
                )
            )
    return _ftm_clean(out)


def _entity(node_id: str, schema: str, **props) -> dict:
    clean = {k: [str(v) for v in vs if v not in (None, "")] for k, vs in props.items()}
    return {"id": _ftm_id(node_id), "schema": schema, "properties": {k: v for k, v in clean.items() if v}}


def _ftm_clean(entities: list[dict]) -> list[dict]:
    try:
        from followthemoney import model
    except ImportError:
        return entities  # the optional extra is absent: the dicts already follow the FtM JSON layout
    return [model.get_proxy(e, cleaned=False).to_dict() for e in entities]


# ---------------------------------------------------------------------------------------------------------


def export(
    store,
    fmt: str,
    out: str | Path,
    jurisdiction: str | None = None,
    group: str | None = None,
    person: str | None = None,
) -> list[Path]:
    """Write the selection in one format to `out` (csv: a folder); returns the files written."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    nodes, edges = subgraph(store, jurisdiction, group, person)
    out = Path(out)
    if fmt == "csv":
        return to_csv(nodes, edges, out)
    out.parent.mkdir(parents=True, exist_ok=True)
    title = jurisdiction or group or person or "orgkg"
    if fmt == "dot":
        out.write_text(to_dot(nodes, edges, title), encoding="utf-8")
    elif fmt in ("svg", "png"):
        render(to_dot(nodes, edges, title), fmt, out)
    elif fmt == "mermaid":
        out.write_text(to_mermaid(nodes, edges), encoding="utf-8")
    elif fmt == "graphml":
        nx.write_graphml(to_networkx(nodes, edges), out)
    elif fmt == "gexf":
        nx.write_gexf(to_networkx(nodes, edges), out)
    elif fmt == "json":
        out.write_text(
            json.dumps({"nodes": nodes, "edges": edges}, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    elif fmt == "ftm":
        out.write_text(
            "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in to_ftm(nodes, edges)), encoding="utf-8"
        )
    return [out]

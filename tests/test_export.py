"""Exports, each read back with a real parser: networkx readers, graphviz `dot`, csv, json, followthemoney."""

from __future__ import annotations

import csv
import json
import shutil
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from queries.export import export, subgraph, to_ftm
from tests.fixtures.stores import mini  # noqa: F401 - pytest fixture


def test_graphml_and_gexf_read_back_with_networkx(mini, tmp_path):  # noqa: F811
    nodes, edges = subgraph(mini)
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        export(mini, fmt, tmp_path / f"g.{fmt}")
        g = reader(tmp_path / f"g.{fmt}")
        assert g.number_of_nodes() == len(nodes) and g.number_of_edges() == len(edges)
        assert g.nodes["per:wangjun"]["label"] == "Person"
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert any(d.get("evidence") == "副组长：王俊  副旗长" for _a, _b, d in g.edges(data=True))


def test_group_selection_holds_members_subgroups_and_office(mini):  # noqa: F811
    nodes, edges = subgraph(mini, group="乌兰旗安全生产工作领导小组")
    ids = {n["id"] for n in nodes}
    assert {"per:lihong", "per:zhaolei", "grp:aq_zx", "ag:yjj"} <= ids
    assert "grp:ai" not in ids and "per:zhangqin" not in ids
    assert all(e["src"] in ids and e["dst"] in ids for e in edges)


def test_person_selection_is_the_neighbourhood(mini):  # noqa: F811
    nodes, _ = subgraph(mini, person="李红")
    assert {n["id"] for n in nodes} == {"per:lihong", "post:czj", "ag:czj", "grp:aq", "doc:cw2021"}


def test_jurisdiction_chart_keeps_current_duties_only(mini):  # noqa: F811
    nodes, edges = subgraph(mini, jurisdiction="乌兰旗")
    oversees = {(e["src"], e["dst"]) for e in edges if e["type"] == "OVERSEES"}
    assert oversees == {("per:wangjun", "ag:czj"), ("per:wangjun", "ag:wjw"), ("per:zhangqin", "ag:gxj")}
    assert "per:lihong" not in {n["id"] for n in nodes}


@pytest.mark.skipif(shutil.which("dot") is None, reason="graphviz not installed (apt-get install graphviz)")
def test_dot_renders_to_svg_and_png(mini, tmp_path):  # noqa: F811
    export(mini, "dot", tmp_path / "c.dot", jurisdiction="乌兰旗")
    assert "王俊" in (tmp_path / "c.dot").read_text(encoding="utf-8")
    export(mini, "svg", tmp_path / "c.svg", jurisdiction="乌兰旗")
    svg = ET.parse(tmp_path / "c.svg").getroot()
    assert "王俊" in "".join(svg.itertext())
    export(mini, "png", tmp_path / "c.png", jurisdiction="乌兰旗")
    assert (tmp_path / "c.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_mermaid_has_one_line_per_node_and_edge(mini, tmp_path):  # noqa: F811
    nodes, edges = subgraph(mini, group="乌兰旗安全生产工作领导小组")
    export(mini, "mermaid", tmp_path / "g.mmd", group="乌兰旗安全生产工作领导小组")
    lines = (tmp_path / "g.mmd").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "flowchart LR"
    assert sum("-->" in ln for ln in lines) == len(edges)
    assert sum('["' in ln and "-->" not in ln for ln in lines) == len(nodes)


def test_csv_follows_the_neo4j_admin_layout(mini, tmp_path):  # noqa: F811
    files = export(mini, "csv", tmp_path / "csv")
    person = next(f for f in files if f.name == "nodes_Person.csv")
    rows = list(csv.reader(person.open(encoding="utf-8")))
    assert rows[0][:2] == ["id:ID", ":LABEL"] and "aliases:string[]" in rows[0]
    assert ["per:nasun", "Person"] == rows[[r[0] for r in rows].index("per:nasun")][:2]
    member = next(f for f in files if f.name == "relationships_MEMBER_OF.csv")
    header = next(csv.reader(member.open(encoding="utf-8")))
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"] and "order:int" in header and "line:int" in header


def test_json_round_trips_into_a_fresh_store(mini, tmp_path):  # noqa: F811
    from graph.store_ladybug import LadybugStore

    export(mini, "json", tmp_path / "g.json")
    data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    with LadybugStore(tmp_path / "copy") as copy:
        copy.write(data["nodes"], data["edges"])
        assert copy.counts() == mini.counts()


def test_ftm_entities_use_the_ftm_schemata(mini):  # noqa: F811
    nodes, edges = subgraph(mini)
    entities = to_ftm(nodes, edges)
    schemata = {e["schema"] for e in entities}
    assert {"Person", "PublicBody", "Organization", "Position", "Occupancy", "Membership"} <= schemata
    member = next(
        e for e in entities if e["schema"] == "Membership" and e["properties"]["role"] == ["常务副组长"]
    )
    assert member["properties"]["member"] == ["per-wangjun"] and member["properties"]["organization"] == [
        "grp-aq"
    ]


def test_ftm_export_loads_into_followthemoney(mini, tmp_path):  # noqa: F811
    model = pytest.importorskip("followthemoney").model
    export(mini, "ftm", tmp_path / "g.ftm.json")
    proxies = [
        model.get_proxy(json.loads(line), cleaned=False)
        for line in (tmp_path / "g.ftm.json").read_text(encoding="utf-8").splitlines()
    ]
    people = {p.id: p for p in proxies if p.schema.name == "Person"}
    assert people["per-nasun"].get("alias") == ["那顺巴雅儿"]
    occ = [p for p in proxies if p.schema.name == "Occupancy" and p.get("holder") == ["per-lihong"]]
    assert occ and all(p.get("post") == ["post-czj"] for p in occ)

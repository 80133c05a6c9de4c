"""Facts → graph: the interchange format of docs/MODEL.md, provenance on every edge, and time."""
# ruff: noqa: E501 - the fixtures quote Chinese evidence verbatim; CJK characters count double in width

from __future__ import annotations

import pytest

from graph.build import PROVENANCE, build, doc_id
from tests.test_resolve import SEED_FACTS, doc, fact

D1 = doc("g.txt", 1, "鄂政发〔2023〕5号", "鄂托克旗人民政府关于张三等同志职务任免的通知", "鄂托克旗人民政府", "2023-01-05",
         "appointment")
D2 = doc("g.txt", 20, "鄂政发〔2024〕9号", "鄂托克旗人民政府关于李四等同志职务任免的通知", "鄂托克旗人民政府", "2024-03-01",
         "appointment")


def appoint(d: dict, name: str, post: str, action: str = "appoint", **kw) -> dict:
    """An appointment fact as the extractor prints it."""
    return fact(d, "appointment", d["source"]["line"] + 3, f"{name}任{post}", person=name, action=action, post=post,
                probation=kw.get("probation", False), effective=kw.get("effective"))


def holds(nodes: list[dict], edges: list[dict], name: str) -> list[dict]:
    """HOLDS edges of the persons of a name, each with its post title added for the assertions."""
    by_id = {n["id"]: n for n in nodes}
    out = []
    for e in edges:
        if e["type"] == "HOLDS" and by_id[e["src"]]["props"]["name"] == name:
            out.append({**e["props"], "title": by_id[e["dst"]]["props"]["title"]})
    return out


@pytest.fixture(scope="module")
def seed_graph():
    return build(SEED_FACTS)


def test_every_node_and_edge_has_the_interchange_shape(seed_graph):
    nodes, edges = seed_graph
    prefixes = {"Person": "per:", "Post": "post:", "Agency": "ag:", "Jurisdiction": "jur:", "Group": "grp:",
                "Document": "doc:", "Meeting": "mtg:", "Area": "area:"}
    assert all(n["id"].startswith(prefixes[n["label"]]) and isinstance(n["props"], dict) for n in nodes)
    ids = {n["id"] for n in nodes}
    assert all(e["id"].startswith("e:") and e["src"] in ids and e["dst"] in ids for e in edges)


def test_every_edge_carries_provenance(seed_graph):
    nodes, edges = seed_graph
    assert all(set(PROVENANCE) <= set(e["props"]) for e in edges)
    (att,) = [e for e in edges if e["type"] == "ATTENDED" and "赵栓" in e["props"]["evidence"]][:1]
    (doc,) = [n for n in nodes if n["id"] == att["props"]["doc"]]
    assert (doc["props"]["number"], att["props"]["line"], doc["props"]["file"]) == (
        "〔2021〕36号", 145, "004_b81a2cdd68e8cb3f.txt")


def test_document_number_date_and_file_are_stored_once_on_the_document(seed_graph):
    _nodes, edges = seed_graph
    assert not any({"doc_number", "file"} & set(e["props"]) for e in edges)
    assert all("date" not in e["props"] for e in edges if e["type"] != "MENTIONED_IN")


def test_build_is_deterministic(seed_graph):
    assert build(SEED_FACTS) == seed_graph


def test_document_ids_ignore_bracket_style():
    assert doc_id("伊政任发[2024]1号") == doc_id("伊政任发〔2024〕1号")


def test_appointment_and_removal_on_the_same_day_make_a_closed_interval(seed_graph):
    # 邱洁: 任 in 伊政任发[2024]1号, 免去 in 伊政任发[2024]3号, both signed 2024-01-12.
    (held,) = [h for h in holds(*seed_graph, "邱洁") if h["status"] != "removed"]
    assert (held["start"], held["end"], held["title"]) == ("2024-01-12", "2024-01-12", "蒙苏经济开发区综合保障中心副主任")


def test_effective_date_keeps_its_precision(seed_graph):
    (h,) = [h for h in holds(*seed_graph, "赵栓") if h["status"] == "confirmed"]
    assert h["start"] == "2023-01"


def test_observations_are_points_in_time(seed_graph):
    obs = [h for h in holds(*seed_graph, "宋晓磊") if h["status"] == "observed"]
    assert [(h["start"], h["end"], h["title"]) for h in obs] == [("2021-11-10", "2021-11-10", "鄂托克前旗人民政府副旗长")]


def test_successor_to_a_head_post_closes_the_predecessor():
    nodes, edges = build([D1, appoint(D1, "张三", "旗财政局局长"), D2, appoint(D2, "李四", "旗财政局局长")])
    (a,) = holds(nodes, edges, "张三")
    assert (a["start"], a["end"], a["title"]) == ("2023-01-05", "2024-03-01", "鄂托克旗财政局局长")


def test_a_new_deputy_does_not_close_another_deputy():
    nodes, edges = build([D1, appoint(D1, "张三", "旗财政局副局长"), D2, appoint(D2, "李四", "旗财政局副局长")])
    assert holds(nodes, edges, "张三")[0]["end"] is None


def test_probation_status():
    nodes, edges = build([D1, appoint(D1, "张三", "旗财政局副局长", probation=True)])
    assert holds(nodes, edges, "张三")[0]["status"] == "probation"


def test_relative_and_abbreviated_posts_are_one_post():
    nodes, edges = build([D1, appoint(D1, "张三", "旗住建局局长"), D2,
                          appoint(D2, "张三", "鄂托克旗住房和城乡建设局局长", action="remove")])
    titles = {h["title"] for h in holds(nodes, edges, "张三")}
    assert titles == {"鄂托克旗住房和城乡建设局局长"}


def test_adjustment_notice_closes_the_earlier_roster_version():
    g1 = doc("r.txt", 1, "鄂政办发〔2023〕9号", "鄂托克旗人民政府办公室关于成立X工作领导小组的通知",
             "鄂托克旗人民政府办公室", "2023-05-01", "group")
    g2 = doc("r.txt", 30, "鄂政办发〔2024〕47号", "鄂托克旗人民政府办公室关于调整X工作领导小组的通知",
             "鄂托克旗人民政府办公室", "2024-07-05", "group")
    facts = [g1, fact(g1, "group", 2, "X工作领导小组", name="X工作领导小组", kind="leading_group", parent=None,
                      action="establish", office_at="旗住建局", office_head="王五", member_units=[]),
             fact(g1, "membership", 4, "组 长：张 三 旗人民政府旗长", person="张三", group="X工作领导小组", role="组长",
                  post="旗人民政府旗长"),
             g2, fact(g2, "group", 31, "X工作领导小组", name="X工作领导小组", kind="leading_group", parent=None,
                      action="adjust", office_at=None, office_head=None, member_units=[]),
             fact(g2, "membership", 33, "组 长：李 四 旗人民政府旗长", person="李四", group="X工作领导小组", role="组长",
                  post="旗人民政府旗长")]
    nodes, edges = build(facts)
    by_id = {n["id"]: n for n in nodes}
    member = {by_id[e["src"]]["props"]["name"]: e["props"] for e in edges if e["type"] == "MEMBER_OF"}
    assert (member["张三"]["start"], member["张三"]["end"]) == ("2023-05-01", "2024-07-05")
    assert member["李四"]["end"] is None
    (grp,) = [n for n in nodes if n["label"] == "Group"]
    assert grp["props"]["canonical"] == "鄂托克旗X工作领导小组"
    (office,) = [e for e in edges if e["type"] == "OFFICE_AT"]
    assert by_id[office["dst"]]["props"]["name"] == "鄂托克旗住房和城乡建设局"


def test_repeal_notice_cites_and_repeals():
    d = doc("p.txt", 1, "东政发〔2024〕20号", "鄂尔多斯市东胜区人民政府关于废止部分文件的通知", "鄂尔多斯市东胜区人民政府",
            "2024-05-01", "other")
    nodes, edges = build([d, fact(d, "citation", 5, "《关于X的通知》(东政发〔2019〕3号)", cited_number="东政发〔2019〕3号",
                                  cited_title="关于X的通知")])
    types = sorted(e["type"] for e in edges if e["src"] == doc_id("东政发〔2024〕20号"))
    assert types == ["CITES", "ISSUED_BY", "REPEALS"]


def test_issuer_agency_is_part_of_its_jurisdiction(seed_graph):
    nodes, edges = seed_graph
    by_id = {n["id"]: n for n in nodes}
    issued = {by_id[e["dst"]]["props"]["name"] for e in edges if e["type"] == "ISSUED_BY"}
    assert {"鄂托克前旗人民政府办公室", "鄂托克旗人民政府", "伊金霍洛旗人民政府"} <= issued


def test_oversight_of_area_and_agency(seed_graph):
    nodes, edges = seed_graph
    by_id = {n["id"]: n for n in nodes}
    got = {(e["type"], by_id[e["dst"]]["label"], by_id[e["dst"]]["props"]["name"], e["props"]["until"])
           for e in edges if e["type"] in ("OVERSEES", "ASSISTS")}
    assert got == {("ASSISTS", "Area", "金融", None),
                   ("OVERSEES", "Agency", "鄂尔多斯市人民政府外事办公室", None),
                   ("OVERSEES", "Agency", "鄂尔多斯市口岸管理办公室", "2024-02-26")}


def test_seed_documents_become_document_nodes(seed_facts):
    facts = seed_facts("004")
    nodes, _ = build(facts)
    assert any(n["label"] == "Document" and n["props"]["number"] == "〔2021〕36号" for n in nodes)

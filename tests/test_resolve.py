"""People resolution: one person only when the evidence supports it, and every decision explained.

The hand-made facts below are copied from the seed documents (file and line given), so these tests do not
depend on the extractors' progress; the seed_facts tests check the same cases on real extraction output.
"""

# ruff: noqa: E501 - the fixtures quote Chinese evidence verbatim; CJK characters count double in width

from __future__ import annotations

import pytest

from graph.build import build, build_with_resolution
from tests.conftest import facts_of

F000, F001, F002, F004 = ("000_20289ef4fa1e83eb.txt", "001_6aed2dee10ec8604.txt", "002_771b107650d496e5.txt",
                          "004_b81a2cdd68e8cb3f.txt")


def doc(file: str, line: int, number, title: str, issuer, date, kind: str) -> dict:
    """A document fact."""
    return {"type": "document", "document": number, "number": number, "title": title, "issuer": issuer,
            "date": date, "kind": kind, "document_title": title, "source": {"file": file, "line": line, "text": title}}


def fact(d: dict, type_: str, line: int, text: str, **fields) -> dict:
    """A fact of document `d` with its evidence."""
    return {"type": type_, "document": d["number"], **fields, "document_title": d["title"],
            "source": {"file": d["source"]["file"], "line": line, "text": text}}


# 002: 鄂尔多斯市人民政府 web listing.
D_DIV = doc(F002, 35, "鄂府办发〔2024〕11号", "鄂尔多斯市人民政府办公室关于市人民政府部分副市长工作分工调整的通知",
            "鄂尔多斯市人民政府办公室", "2024-02-26", "division_of_labor")
D_APP4 = doc(F002, 43, "鄂府任字〔2024〕4号", "鄂尔多斯市人民政府关于乔建江等职务任免的通知", "鄂尔多斯市人民政府",
             "2024-02-21", "appointment")
D_APP3 = doc(F002, 51, "鄂府任字〔2024〕3号", "鄂尔多斯市人民政府关于云小平等试用期满任职的通知", "鄂尔多斯市人民政府",
             "2024-02-21", "appointment")
D_FUND = doc(F002, 11, "鄂府办发〔2024〕18号",
             "鄂尔多斯市人民政府办公室关于印发促进产业基金高质量发展五年行动方案(2024—2028年)的通知",
             "鄂尔多斯市人民政府办公室", "2024-03-10", "policy")
# 000: 鄂托克旗 gazette, its 大事记 has no number and no date.
D_OTK = doc(F000, 800, "鄂政办发〔2024〕47号", "鄂托克旗人民政府办公室关于调整发展保障性租赁住房工作领导小组的通知",
            "鄂托克旗人民政府办公室", "2024-07-05", "group")
D_CHRON = doc(F000, 827, None, "鄂托克人民政府大事记", "鄂托克人民政府", None, "chronicle")
# 001: 伊金霍洛旗 gazette, three personnel notices of 2024-01-12.
D_YI1 = doc(F001, 969, "伊政任发[2024]1号", "伊金霍洛旗人民政府关于白一琼等同志试用期满任职的通知", "伊金霍洛旗人民政府",
            "2024-01-12", "appointment")
D_YI3 = doc(F001, 1098, "伊政任发[2024]3号", "伊金霍洛旗人民政府关于贾文锦等同志职务任免的通知", "伊金霍洛旗人民政府",
            "2024-01-12", "appointment")
D_YI4 = doc(F001, 1127, "伊政任发[2024]4号", "伊金霍洛旗人民政府关于王洁琼等同志职务任免的通知", "伊金霍洛旗人民政府",
            "2024-01-12", "appointment")
# 004: 鄂托克前旗 2021 standing-meeting minutes.
D_MIN = doc(F004, 4, "〔2021〕36号", "鄂托克前旗人民政府2021年第16次常务会议纪要", "鄂托克前旗人民政府办公室",
            "2021-11-10", "meeting_minutes")
MEETING = "鄂托克前旗人民政府2021年第16次常务会议"
L145 = "出席：旗委常委、政府副旗长赵栓，旗人民政府副旗长、公安局局长魏振选，旗人民政府副旗长宋晓磊、施慧、杨继强。"
GROUP_CO = "文化旅游产业投资集团有限责任公司"

SEED_FACTS = [
    D_FUND,
    fact(D_FUND, "membership", 11, "王小平 达拉特旗旗长", person="王小平", group="产业基金发展运作联席会议",
         role="成员", post="达拉特旗旗长"),
    D_DIV,
    fact(D_DIV, "oversight", 35, "苏翠芳 市委常委、副市长   新增协助市长负责金融、外事工作。", person="苏翠芳",
         person_post="市委常委、副市长", relation="assists", target="金融"),
    fact(D_DIV, "oversight", 35, "新增分管市人民政府外事办公室(市港澳事务办公室)、鄂尔多斯银行股份有限公司。",
         person="苏翠芳", person_post="市委常委、副市长", relation="oversees", target="市人民政府外事办公室"),
    fact(D_DIV, "oversight", 35, "不再分管原市行政审批和政务服务局、市口岸管理办公室。", person="苏翠芳",
         person_post="市委常委、副市长", relation="no_longer_oversees", target="市口岸管理办公室"),
    D_APP4,
    fact(D_APP4, "appointment", 43, "宋晓磊任市财政局副局长;", person="宋晓磊", action="appoint",
         post="市财政局副局长", probation=False, effective=None),
    fact(D_APP4, "appointment", 43, "李军任市住房和城乡建设局副局长;", person="李军", action="appoint",
         post="市住房和城乡建设局副局长", probation=False, effective=None),
    D_APP3,
    fact(D_APP3, "appointment", 51, "赵栓任上海庙经济开发区管理委员会副主任,任职时间从2023年1月起算;",
         person="赵栓", action="confirm", post="上海庙经济开发区管理委员会副主任", probation=False,
         effective="2023-01"),
    D_OTK,
    D_CHRON,
    fact(D_CHRON, "mention", 893, "8月5日至6日，市政协副主席提名人选苏翠芳带队深入鄂托克旗", person="苏翠芳",
         post="市政协副主席提名人选", date="2024-08-05"),
    fact(D_CHRON, "mention", 893, "旗领导高怀京、萨仁托雅、贾瑞、许瑞峰、王小平分别参加调研。", person="王小平",
         post=None, date="2024-08-05"),
    D_YI1,
    fact(D_YI1, "appointment", 1017, "邱 洁 任蒙苏经济开发区综合保障中心副主任；", person="邱洁", action="confirm",
         post="蒙苏经济开发区综合保障中心副主任", probation=False, effective=None),
    fact(D_YI1, "appointment", 1052, f"- 菅 韧 提名为伊金霍洛旗{GROUP_CO}纪检监察组组长人选；", person="菅韧",
         action="nominate", post=f"伊金霍洛旗{GROUP_CO}纪检监察组组长", probation=False, effective=None),
    D_YI3,
    fact(D_YI3, "appointment", 1119, "邱 洁 免去蒙苏经济开发区综合保障中心副主任职务；", person="邱洁",
         action="remove", post="蒙苏经济开发区综合保障中心副主任", probation=False, effective=None),
    D_YI4,
    fact(D_YI4, "appointment", 1145, f"- 营 韧 提名为伊金霍洛旗{GROUP_CO}纪委书记、监察专员人选", person="营韧",
         action="nominate", post=f"伊金霍洛旗{GROUP_CO}纪委书记、监察专员", probation=False, effective=None),
    fact(D_YI4, "appointment", 1145, f"提名免去伊金霍洛旗{GROUP_CO}纪检监察组组长职务；", person="营韧",
         action="nominate_remove", post=f"伊金霍洛旗{GROUP_CO}纪检监察组组长", probation=False, effective=None),
    D_MIN,
    fact(D_MIN, "attendance", 145, L145, person="赵栓", post="旗委常委、政府副旗长", role="出席", meeting=MEETING,
         date="2021-11-10"),
    fact(D_MIN, "attendance", 145, L145, person="宋晓磊", post="旗人民政府副旗长", role="出席", meeting=MEETING,
         date="2021-11-10"),
]


@pytest.fixture(scope="module")
def graph():
    """Nodes by id, edges, and the resolution of the hand-made seed facts."""
    nodes, edges, res = build_with_resolution(SEED_FACTS)
    return {n["id"]: n for n in nodes}, edges, res


def persons(g, name: str) -> list[dict]:
    """The Person nodes of a name."""
    return [n for n in g[0].values() if n["label"] == "Person" and n["props"]["name"] == name]


def test_su_cuifang_vice_mayor_and_later_cppcc_nominee_is_one_person(graph):
    (p,) = persons(graph, "苏翠芳")
    assert any("same jurisdiction 鄂尔多斯市" in r for r in p["props"]["merge_reasons"])


def test_su_cuifang_holds_both_city_posts(graph):
    (p,) = persons(graph, "苏翠芳")
    posts = {graph[0][e["dst"]]["props"]["title"] for e in graph[1] if e["type"] == "HOLDS" and e["src"] == p["id"]}
    assert {"中共鄂尔多斯市委员会常委", "鄂尔多斯市人民政府副市长", "政协鄂尔多斯市委员会副主席"} <= posts


def test_same_name_in_two_banners_is_not_merged(graph):
    # 王小平 is 达拉特旗旗长 in the city roster and one of the 鄂托克旗 旗领导 in its chronicle.
    ps = persons(graph, "王小平")
    assert len(ps) == 2
    links = [e for e in graph[1] if e["type"] == "POSSIBLY_SAME" and {e["src"], e["dst"]} == {p["id"] for p in ps}]
    assert len(links) == 1 and links[0]["props"]["score"] < 0.6
    assert any("in one region" in r for r in links[0]["props"]["reasons"])


def test_banner_deputy_of_2021_and_city_deputy_of_2024_are_linked_through_the_city(graph):
    # 宋晓磊: 鄂托克前旗 副旗长 (2021 minutes), 市财政局副局长 (2024): jurisdictions in one line, same grade.
    (p,) = persons(graph, "宋晓磊")
    assert any("鄂托克前旗" in r and "鄂尔多斯市" in r for r in p["props"]["merge_reasons"])


def test_zhao_shuan_2021_deputy_head_and_2023_zone_deputy_director_are_one_person(graph):
    (p,) = persons(graph, "赵栓")
    assert any("上海庙经济开发区" in r for r in p["props"]["merge_reasons"])


def test_ocr_variant_names_are_linked_not_merged(graph):
    (a,), (b,) = persons(graph, "菅韧"), persons(graph, "营韧")
    (link,) = [e for e in graph[1] if e["type"] == "POSSIBLY_SAME" and {e["src"], e["dst"]} == {a["id"], b["id"]}]
    assert link["props"]["score"] >= 0.8
    assert "same date" in link["props"]["reasons"]


def test_common_name_without_shared_agency_is_not_merged():
    d2 = doc("x.txt", 1, "东政发〔2024〕1号", "鄂尔多斯市东胜区人民政府关于成立X领导小组的通知", "鄂尔多斯市东胜区人民政府",
             "2024-01-02", "group")
    facts = SEED_FACTS + [d2, fact(d2, "membership", 9, "李军 区财政局局长", person="李军", group="X领导小组",
                                   role="成员", post="区财政局局长")]
    nodes, _ = build(facts)
    assert len([n for n in nodes if n["label"] == "Person" and n["props"]["name"] == "李军"]) == 2


def test_explain_says_why_mentions_were_kept_apart(graph):
    lines = graph[2].explain("王小平")
    assert any(line.startswith("kept apart") and "score" in line for line in lines)


def test_judgement_merges_ocr_variant(tmp_path):
    path = tmp_path / "judgements.tsv"
    path.write_text("merge\t菅韧@伊政任发〔2024〕1号\t营韧@伊政任发[2024]4号\tchecked the scan\n", encoding="utf-8")
    nodes, _ = build(SEED_FACTS, path)
    (p,) = [n for n in nodes if n["label"] == "Person" and n["props"]["name"] in ("菅韧", "营韧")]
    assert p["props"]["aliases"] and any("checked the scan" in r for r in p["props"]["merge_reasons"])


def test_judgement_not_same_overrides_a_merge(tmp_path):
    path = tmp_path / "judgements.tsv"
    path.write_text("not_same\t宋晓磊@〔2021〕36号\t宋晓磊@鄂府任字〔2024〕4号\tnamesakes\n", encoding="utf-8")
    nodes, _ = build(SEED_FACTS, path)
    assert len([n for n in nodes if n["label"] == "Person" and n["props"]["name"] == "宋晓磊"]) == 2


def test_judgement_split_detaches_the_selected_mentions(tmp_path):
    path = tmp_path / "judgements.tsv"
    path.write_text(f"split\t苏翠芳@{F000}\t\tanother person\n", encoding="utf-8")
    nodes, _ = build(SEED_FACTS, path)
    assert len([n for n in nodes if n["label"] == "Person" and n["props"]["name"] == "苏翠芳"]) == 2


def test_person_ids_are_deterministic():
    a = sorted(n["id"] for n in build(SEED_FACTS)[0] if n["label"] == "Person")
    b = sorted(n["id"] for n in build(list(reversed(SEED_FACTS[:2])) + SEED_FACTS[2:])[0] if n["label"] == "Person")
    assert a == b


def test_seed_extraction_su_cuifang_is_one_person(seed_facts):
    facts = seed_facts("002") + seed_facts("000")
    if not facts_of(facts, "mention", person="苏翠芳") or not [f for f in facts if f.get("person") == "苏翠芳"
                                                             and f["source"]["file"].startswith("002")]:
        pytest.xfail("extractors do not yet emit both 苏翠芳 facts")
    nodes, _ = build(facts)
    assert len([n for n in nodes if n["label"] == "Person" and n["props"]["name"] == "苏翠芳"]) == 1

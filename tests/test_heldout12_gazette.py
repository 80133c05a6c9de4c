"""Rules found by the round-12 gazette corpus (tests/fixtures/heldout12_gazette): whole gazette issues."""

from __future__ import annotations

from extract.pipeline import extract_text
from tests.conftest import facts_of


def _documents(raw: str) -> list[dict]:
    return [f for f in extract_text(raw, "x.txt") if f["type"] == "document"]


BRACKETED = """丙市人民政府公报
2025年第3期

丙市人民政府关于王建平等同志任免职务的通知
（丙政人〔2025〕4号）

各县、区人民政府：
王建平任市教育局局长；
免去石永刚的市教育局局长职务。

丙市人民政府
2025年3月25日
"""


def test_a_number_in_brackets_under_its_title_starts_the_document():
    (doc,) = [d for d in _documents(BRACKETED) if d["number"]]
    assert (doc["number"], doc["title"], doc["date"], doc["kind"]) == (
        "丙政人〔2025〕4号", "丙市人民政府关于王建平等同志任免职务的通知", "2025-03-25", "appointment")


def test_the_document_of_a_bracketed_number_gives_its_appointments():
    facts = extract_text(BRACKETED, "x.txt")
    assert facts_of(facts, "appointment", person="王建平", action="appoint", post="市教育局局长")


def test_a_bracketed_number_wrapped_onto_its_own_line_after_a_citation_starts_no_document():
    raw = """丁县人民政府关于印发丁县防汛预案的通知
丁政发〔2025〕3号

各乡镇人民政府：
依据《丁市人民政府关于加强防汛工作的通知》
（丁市政〔2024〕8号）要求，现将预案印发给你们。

丁县人民政府
2025年2月1日
"""
    assert [d["number"] for d in _documents(raw) if d["number"]] == ["丁政发〔2025〕3号"]


def test_a_ministry_decree_numbered_by_year_and_serial_is_read():
    raw = """交通运输部令
2025年第3号

《公路水运工程质量检测管理规定》已于2025年3月20日经第5次部务会议通过，现予公布，自2025年6月1日起施行。

部长  刘振邦
2025年3月28日
"""
    (doc,) = [d for d in _documents(raw) if d["number"]]
    assert (doc["number"], doc["title"], doc["issuer"], doc["kind"]) == (
        "2025年第3号", "公路水运工程质量检测管理规定", "交通运输部", "policy")


def test_a_reply_approving_a_change_of_village_groups_is_a_reply_not_a_group_notice():
    raw = """戊县人民政府关于同意勐河镇调整村民小组设置的批复
戊政复〔2025〕7号

勐河镇人民政府：
经研究，同意调整。

戊县人民政府
2025年3月3日
"""
    assert [d["kind"] for d in _documents(raw) if d["number"]] == ["reply"]


def test_a_body_name_right_above_a_guanyu_line_is_the_first_half_of_the_title():
    raw = """己县人民政府
关于罗文斌等同志职务任免的决定
己政任〔2025〕5号
各镇人民政府：
罗文斌任县发展和改革局局长。
己县人民政府
2025年5月10日
"""
    (doc,) = [d for d in _documents(raw) if d["number"]]
    assert (doc["title"], doc["issuer"]) == ("己县人民政府关于罗文斌等同志职务任免的决定", "己县人民政府")


def test_a_body_name_set_apart_by_a_blank_line_above_a_guanyu_line_is_a_masthead():
    raw = """己县人民政府

关于禁止燃放烟花爆竹的通告

己政通〔2024〕1号

为保障公共安全，现就有关事项通告如下。

己县人民政府
2024年1月10日
"""
    (doc,) = [d for d in _documents(raw) if d["number"]]
    assert (doc["title"], doc["issuer"]) == ("关于禁止燃放烟花爆竹的通告", "己县人民政府")


def test_a_title_closed_by_its_bracketed_number_on_one_line_starts_the_document():
    raw = BRACKETED.replace("的通知\n（丙政人", "的通知（丙政人")
    (doc,) = [d for d in _documents(raw) if d["number"]]
    assert (doc["number"], doc["title"], doc["kind"]) == (
        "丙政人〔2025〕4号", "丙市人民政府关于王建平等同志任免职务的通知", "appointment")


def test_a_numbered_list_entry_with_a_bracketed_number_starts_no_document():
    raw = BRACKETED.replace("免去石永刚的市教育局局长职务。",
                            "免去石永刚的市教育局局长职务。\n1.丙市人民政府关于废止文件的通知（丙政〔2020〕1号）")
    assert [d["number"] for d in _documents(raw) if d["number"]] == ["丙政人〔2025〕4号"]

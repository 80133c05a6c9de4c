"""Citation facts: 《title》 followed by its document number in any bracket style."""

from __future__ import annotations

from extract.pipeline import extract_text
from tests.conftest import facts_of

HEAD = "某县人民政府关于印发甲方案的通知\n某政发〔2024〕3号\n各乡镇：\n"
TAIL = "\n某县人民政府\n2024年3月1日\n"


def _citations(body: str) -> list[tuple]:
    facts = extract_text(HEAD + body + TAIL, "x.txt")
    return [(f["cited_number"], f["cited_title"], f["repeals"]) for f in facts if f["type"] == "citation"]


def test_number_in_half_width_brackets():
    assert _citations("根据《某旗委关于张三等同志职务任免的通知》(伊党干字[2023]45号)精神，") == [
        ("伊党干字[2023]45号", "某旗委关于张三等同志职务任免的通知", False)]


def test_number_without_outer_bracket():
    assert _citations("按照《某某工作方案》〔2021〕36号要求。") == [("〔2021〕36号", "某某工作方案", False)]


def test_full_width_bracket_after_a_space():
    assert _citations("依据《鄂尔多斯市行政事业性国有资产管理条例》 （鄂府发〔2023〕72号），") == [
        ("鄂府发〔2023〕72号", "鄂尔多斯市行政事业性国有资产管理条例", False)]


def test_spaces_inside_the_number_and_title_are_removed():
    got = _citations("根据《某某 办法》（某政发〔 2020 〕 8 号）。")
    assert got == [("某政发〔2020〕8号", "某某办法", False)]


def test_decree_numbers_are_numbers_too():
    assert _citations("根据《行政事业性国有资产管理条例》（国务院令第738号）。") == [
        ("国务院令第738号", "行政事业性国有资产管理条例", False)]


def test_title_without_number_is_not_a_citation():
    assert _citations("根据《中华人民共和国突发事件应对法》《某某预案》等规定。") == []


def test_nested_title_marks_stay_in_the_title():
    got = _citations("根据《关于印发《某某办法》的通知》(某办发〔2022〕5号)。")
    assert got == [("某办发〔2022〕5号", "关于印发《某某办法》的通知", False)]


def test_repealed_notices_are_marked():
    got = _citations("本方案自印发之日起施行，《甲办法》（某政发〔2020〕1号）、"
                     "《乙办法》（某政发〔2020〕2号）同时废止。")
    assert got == [("某政发〔2020〕1号", "甲办法", True), ("某政发〔2020〕2号", "乙办法", True)]


def test_citation_evidence_is_the_title_and_number():
    (f,) = [f for f in extract_text(HEAD + "根据《甲办法》（某政发〔2020〕1号）。" + TAIL, "x.txt")
            if f["type"] == "citation"]
    assert f["document"] == "某政发〔2024〕3号"
    assert f["source"] == {"file": "x.txt", "line": 4, "text": "《甲办法》（某政发〔2020〕1号）"}


def test_both_bracket_styles_in_the_seed_gazette(seed_facts):
    facts = seed_facts("001")
    title = "伊金霍洛旗委关于白一琼等同志试用期满任职的通知"
    half = facts_of(facts, "citation", cited_title=title, cited_number="伊党干字[2023]45号")
    assert {f["document"] for f in half} == {"伊政任发[2024]1号"}
    full = facts_of(facts, "citation", cited_title=title, cited_number="伊党干字〔2023〕45号")
    assert {f["document"] for f in full} == {"伊政任发〔2024〕2号"}


def test_repeal_in_the_seed(seed_facts):
    (f,) = facts_of(seed_facts("000"), "citation", cited_number="鄂政办发〔2020〕84号")
    assert (f["cited_title"], f["repeals"]) == ("鄂托克旗重污染天气应急预案（2020年版）", True)


def test_mixed_brackets_are_kept_as_printed(seed_facts):
    (f,) = facts_of(seed_facts("002"), "citation", cited_number="国发(2023〕18号")
    assert f["cited_title"] == "国务院关于开展第四次全国文物普查的通知"
    assert f["repeals"] is False

"""Rules found by the round-11 gazette corpus (tests/fixtures/heldout11_gazette): whole gazette issues."""

from __future__ import annotations

from extract.pipeline import extract_text
from tests.corpus import facts_in

TWO_NOTICES = """甲县人民政府

甲政发〔2025〕2号
甲县人民政府关于成立甲县森林防火指挥部的通知
各乡镇人民政府：
现将有关事项通知如下。

甲县人民政府
2025年1月6日

甲政任〔2025〕1号
甲县人民政府关于王伟等同志职务任免的通知
各乡镇人民政府：
王伟任县林业局局长。

甲县人民政府
2025年1月8日
"""


def _documents(raw: str) -> list[dict]:
    return [f for f in extract_text(raw, "x.txt") if f["type"] == "document"]


def test_a_signing_date_above_a_number_line_is_no_masthead_of_the_next_document():
    dates = {d["number"]: d["date"] for d in _documents(TWO_NOTICES)}
    assert dates == {"甲政发〔2025〕2号": "2025-01-06", "甲政任〔2025〕1号": "2025-01-08"}


def test_a_short_documents_signing_date_ends_its_head_so_the_next_heading_starts_a_document():
    raw = """乙市人民政府关于同意设立乙市产业园的批复
乙政字〔2025〕33号
东区人民政府：
同意设立乙市产业园。
乙市人民政府
2025年6月20日
乙市人民代表大会常务委员会
任免名单
（2025年6月26日乙市第十八届人民代表大会常务委员会第二十一次会议通过）
任命：
韩立波为乙市生态环境局局长。
"""
    titles = [d["title"] for d in _documents(raw)]
    assert titles == ["乙市人民政府关于同意设立乙市产业园的批复", "乙市人民代表大会常务委员会任免名单"]


def test_an_issuer_line_over_a_list_heading_is_one_title_with_its_issuer():
    raw = ("前言\n丙县人民代表大会常务委员会\n任免名单\n（2025年3月2日丙县人大常委会第九次会议通过）\n"
           "任命：\n李强为丙县财政局局长。\n")
    (doc,) = [d for d in _documents(raw) if d["title"] != "前言"]
    assert (doc["title"], doc["issuer"], doc["date"], doc["kind"]) == (
        "丙县人民代表大会常务委员会任免名单", "丙县人民代表大会常务委员会", "2025-03-02", "appointment")


def test_a_minutes_masthead_date_with_no_sentence_above_it_stays_in_the_head():
    raw = """丁县人民政府
丁县人民政府会议纪要
〔2021〕36号
丁县人民政府办公室
二〇二一年十一月十日
丁县人民政府2021年
第16次常务会议纪要
2021年11月9日，县长张华主持召开县政府常务会议。
"""
    (doc,) = [d for d in _documents(raw) if d["number"]]
    assert (doc["number"], doc["title"]) == ("〔2021〕36号", "丁县人民政府2021年第16次常务会议纪要")


def test_each_item_of_a_numbered_list_of_repealed_documents_is_cited():
    raw = """戊政发〔2025〕8号
戊市人民政府关于废止部分规范性文件的决定
各区县人民政府：
经研究，决定废止以下规范性文件：
1.戊市人民政府关于印发戊市绿化管理暂行规定的通知（戊政发〔2012〕40号）
2.戊市人民政府办公室关于加强园林养护的通知（戊政办发〔2016〕17号）
本决定自公布之日起施行。
"""
    assert sorted(facts_in(raw, "citation")) == [("戊政办发〔2016〕17号",), ("戊政发〔2012〕40号",)]


def test_a_numbered_list_under_no_repeal_heading_cites_nothing_by_itself():
    raw = """己政发〔2025〕9号
己市人民政府关于印发工作要点的通知
各区县人民政府：
现将工作要点印发如下：
1.完善己市绿化管理（己政发〔2012〕40号）
"""
    assert facts_in(raw, "citation") == []


def test_a_chronicles_period_is_not_part_of_its_issuer():
    raw = "2025年6月庚市政府大事记\n6月5日，市长孔令杰主持召开市政府常务会议。\n"
    (doc,) = _documents(raw)
    assert (doc["kind"], doc["issuer"]) == ("chronicle", "庚市政府")

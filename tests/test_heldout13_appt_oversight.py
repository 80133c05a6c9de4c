"""Rules found by the round-13 held-out appointment and oversight corpus, one behaviour per test."""

from __future__ import annotations

from extract.pipeline import extract_text

NOTICE = ("某市人民政府\n关于张三等同志职务任免的通知\n某政任〔2024〕1号\n经市政府研究决定：\n{}\n"
          "某市人民政府\n2024年3月5日\n")
DIVISION = "某医院\n关于调整院领导分工的通知\n某医发〔2024〕2号\n{}\n某医院\n2024年7月15日\n"


def _facts(raw: str, kind: str) -> list[tuple]:
    """(person, action or relation, post or target) of the facts of one type."""
    return [(f["person"], f.get("action") or f.get("relation"), f.get("post") or f.get("target"))
            for f in extract_text(raw, "x.txt") if f["type"] == kind]


def test_a_dated_clause_after_the_post_is_not_part_of_it():
    raw = NOTICE.format("任胡庆林为市商务局局长，自2024年3月起；")
    facts = [f for f in extract_text(raw, "x.txt") if f["type"] == "appointment"]
    assert [(f["person"], f["post"], f["effective"]) for f in facts] == [("胡庆林", "市商务局局长", "2024-03")]


def test_secondment_rows_after_a_colon_in_run_on_text_are_read():
    raw = ("中共某县委组织部\n关于龙海峰等同志挂职的通知\n经县委研究，同意以下同志挂职：   "
           "龙海峰挂职任县人民政府副县长；   潘晓东挂职任县工业园区管委会副主任。\n中共某县委组织部\n2024年3月5日\n")
    assert _facts(raw, "appointment") == [("龙海峰", "appoint", "县人民政府副县长"),
                                          ("潘晓东", "appoint", "县工业园区管委会副主任")]


def test_a_pre_appointment_announcement_gives_no_current_post():
    raw = ("某县干部任前公示\n经县委研究，拟任用以下同志，现予以公示：\n"
           "吴明亮，男，1985年5月生，现任县交通运输局副局长，拟任县交通运输局局长。\n某县委组织部\n2024年11月2日\n")
    assert ("吴明亮", "appoint", "县交通运输局副局长") not in _facts(raw, "appointment")


def test_zhuzhua_names_areas_like_fuze():
    raw = DIVISION.format("一、谭春华　镇党委书记\n主抓党的建设、乡村振兴工作。")
    assert _facts(raw, "oversight") == [("谭春华", "oversees", "党的建设"), ("谭春华", "oversees", "乡村振兴")]


def test_a_vice_president_glued_after_the_name_opens_an_adjustment_clause():
    raw = DIVISION.format("一、罗志勇副院长不再分管医务部，新增分管科研部。")
    assert _facts(raw, "oversight") == [("罗志勇", "no_longer_oversees", "医务部"), ("罗志勇", "oversees", "科研部")]


def test_a_stand_in_is_a_one_way_backup():
    raw = DIVISION.format("一、范国强　副院长\n分管医务部。\n范国强由薛红梅同志代为履职。")
    assert ("范国强", "backup", "薛红梅") in _facts(raw, "oversight")
    assert ("薛红梅", "backup", "范国强") not in _facts(raw, "oversight")


def test_a_stand_in_during_an_absence_names_the_whole_leader():
    raw = DIVISION.format("一、向美玲　副院长\n分管护理部。\n向美玲同志外出学习期间，由彭家豪同志代为履职。")
    assert [f for f in _facts(raw, "oversight") if f[1] == "backup"] == [("向美玲", "backup", "彭家豪")]

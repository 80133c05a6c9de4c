"""Rules read from the ninth held-out corpus: appointments and oversight together.

The corpus is tests/fixtures/heldout9_appt_oversight/, scored in tests/test_corpora.py.

Sixteen fictional documents: 人大常委会 任免名单 on a run-on web page (湖南) and in traditional characters
(江苏), 政协 任免 (浙江 HTML), a university (陕西), a hospital table with a 试用期 column (四川 HTML), 提名 by a
county party committee (河南), 挂职 notices (贵州), 党组 任职 (甘肃), a 任前公示 table (福建), 国务院任免 news,
a GBK county notice (新疆), divisions of labour of a 局 in run-on text (湖北), a 街道 with AB角 (广西), an HTML
分工 table with merged cells (山东), a run-on adjustment with 不再分管 (海南), a 开发区 PDF text (黑龙江).
"""

from __future__ import annotations

from extract.pipeline import extract_text
from tests.corpus import facts_in

NOTICE = "关于有关同志职务任免的通知\n经研究决定：\n"
DIVISION = "澜江市人民政府关于调整市政府领导同志工作分工的通知\n澜政发〔2024〕8号\n现将分工调整如下：\n"


def test_a_probation_column_of_a_personnel_table_marks_the_rows_it_fills():
    raw = NOTICE + "姓名\t任职\t试用期\n徐卫东\t心血管内科主任\t一年\n苟志强\t医务科科长\t—\n"
    got = facts_in(raw, "appointment")
    assert ("徐卫东", "appoint", "心血管内科主任", "1") in got
    assert ("苟志强", "appoint", "医务科科长", "0") in got


def test_a_secondment_clause_names_the_person_of_the_post_that_follows():
    raw = NOTICE + ("同意舒国华同志（宁川市发展和改革委员会产业发展处副处长）到我县挂职，"
                    "挂任县发展和改革局副局长，挂职时间两年。\n")
    facts = [f for f in extract_text(raw, "x.txt") if f["type"] == "appointment"]
    assert [(f["person"], f["action"], f["post"], f["seconded"]) for f in facts] == [
        ("舒国华", "appoint", "县发展和改革局副局长", True)]


def test_a_second_title_of_the_same_party_group_takes_the_organ_of_the_first():
    raw = NOTICE + "免去包振国同志的市财政局党组书记、党组成员职务。\n"
    assert facts_in(raw, "appointment") == [
        ("包振国", "remove", "市财政局党组书记", "0"), ("包振国", "remove", "市财政局党组成员", "0")]


def test_a_party_title_and_a_government_title_stay_one_post():
    raw = NOTICE + "任命张立为市财政局党组书记、局长。\n"
    assert facts_in(raw, "appointment") == [("张立", "appoint", "市财政局党组书记、局长", "0")]


def test_the_deciding_body_before_the_verb_is_no_person():
    raw = ("国务院任免国家工作人员\n新华社北京9月20日电  国务院任命韩立峰为国家林业和草原局副局长；"
           "国务院免去范志平的交通运输部副部长职务。\n")
    assert facts_in(raw, "appointment") == [
        ("韩立峰", "appoint", "国家林业和草原局副局长", "0"), ("范志平", "remove", "交通运输部副部长", "0")]


def test_a_congress_decision_in_traditional_characters_reads_its_two_line_title():
    raw = "澄澤縣人民代表大會常務委員會\n關於任免職務的決定\n接受蔣國華辭去澄澤縣人民政府副縣長職務的請求。\n"
    assert facts_in(raw, "appointment") == [("蔣國華", "resign", "澄澤縣人民政府副縣長", "0")]


def test_a_division_notice_that_also_appoints_reads_its_wrapped_appointment_rows():
    raw = ("开发区管委会关于领导班子成员工作分工及有关同志职务任免的通知\n寒开管发〔2024〕14号\n"
           "任命于振江为开发区经济发展局局长；免去邵宝林的开发区\n经济发展局局长职务。\n")
    assert facts_in(raw, "appointment") == [
        ("于振江", "appoint", "开发区经济发展局局长", "0"), ("邵宝林", "remove", "开发区经济发展局局长", "0")]


def test_a_name_with_its_post_glued_after_it_opens_an_adjustment_clause():
    raw = DIVISION + "陈海鹰副市长不再分管市旅游局，新增分管市商务局。\n"
    assert facts_in(raw, "oversight") == [
        ("陈海鹰", "no_longer_oversees", "市旅游局"), ("陈海鹰", "oversees", "市商务局")]


def test_assisting_instead_is_an_added_assist():
    raw = DIVISION + "吉秀兰同志不再协助市长负责商务工作，改为协助市长负责文化旅游工作。\n"
    assert facts_in(raw, "oversight") == [("吉秀兰", "no_longer_assists", "商务"), ("吉秀兰", "assists", "文化旅游")]


def test_a_pair_sentence_in_a_leaders_block_pairs_the_leader_with_the_one_named():
    raw = DIVISION + "黄海宁 副市长\n负责财政工作。与韦丽娟互为AB角。\n"
    got = facts_in(raw, "oversight")
    assert ("黄海宁", "backup", "韦丽娟") in got
    assert ("韦丽娟", "backup", "黄海宁") in got

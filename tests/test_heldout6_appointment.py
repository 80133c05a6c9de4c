"""Sixth held-out corpus for appointment facts (人事任免), written before the rules that read it.

tests/fixtures/heldout6_appointment/NAME.<suffix> each has NAME.expected (format in tests/corpus.py,
scored by tests/test_corpora.py). Only appointment facts are scored here; document lines check the header.
A 湖南 county web page run on with 发布时间/来源, a 江苏 city congress list under 决定任命/任命 headings, a
浙江 town 聘任/解聘 notice, a 湖北 hospital HTML table, 陕西 挂职, a 甘肃 organisation department's
试用期满正式任职 notice, a traditional-character 黑龙江 notice, a GBK 广西 autonomous-county party notice,
贵州 PDF text with page furniture and wrapped rows, 海南 congress decisions each headed by （…会议通过）,
新疆 nominations with dotted names, a 西藏 township's village branch, a 国务院任免 wire item, a 开发区 SOE
聘任 and a street markdown table.  Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in

TYPE = "appointment"


def _appointments(body: str, title: str = "石门县人民政府关于刘小山等同志职务任免的通知") -> list[tuple]:
    raw = f"{title}\n石政任〔2012〕3号\n{body}\n石门县人民政府\n2012年5月1日\n"
    return facts_in(raw, TYPE)


def test_renmian_is_no_appointment_verb():
    assert _appointments("国务院任免国家工作人员。\n任命刘小山为教育部副部长。") == [
        ("刘小山", "appoint", "教育部副部长", "0")]


def test_probation_ended_after_the_post_confirms_it():
    assert _appointments("刘小山同志任县教育局副局长试用期满，经考核合格，正式任职，任职时间从2021年3月起计算。") == [
        ("刘小山", "confirm", "县教育局副局长", "0")]


def test_a_bracketed_passing_note_does_not_swallow_the_decision_below_it():
    raw = ("石门县人民代表大会常务委员会关于免去张红职务的决定\n"
           "（2021年7月28日石门县第七届人民代表大会常务委员会第四十次会议通过）\n"
           "石门县第七届人民代表大会常务委员会第四十次会议决定：免去张红的石门县人民政府秘书长职务。\n")
    assert facts_in(raw, TYPE) == [("张红", "remove", "石门县人民政府秘书长", "0")]

"""Seventh held-out corpus for appointment facts (人事任免), written before the rules that read it.

tests/fixtures/heldout7_appointment/NAME.<suffix> each has NAME.expected (format in tests/corpus.py,
scored by tests/test_corpora.py). A 江苏 county web list, a 浙江 congress list under 任命：/免去：, a 湖南
town 聘任/解聘, a 湖北 university HTML table, 陕西 挂职, 甘肃 正式任职, a traditional 黑龙江 notice, a GBK
广西 party notice, 贵州 PDF wraps, a 海南 resignation, 新疆 nominations, a street markdown table, a 国务院
wire item, a 开发区 SOE, a 西藏 village branch, several names per post, tab rows, a run-on congress page,
a hospital with spaced names and a town's 调任/转任.  Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in

TYPE = "appointment"


def _appointments(body: str, title: str = "柳河镇关于干部职务调整的通知") -> list[tuple]:
    raw = f"{title}\n柳发〔2024〕8号\n{body}\n柳河镇人民政府\n2024年5月6日\n"
    return facts_in(raw, TYPE)


def test_diaoren_and_zhuanren_appoint():
    body = "经镇党委研究：\n郭建新同志调任镇党政综合办公室主任；\n徐婷婷同志转任镇经济发展办公室副主任。"
    assert _appointments(body) == [
        ("郭建新", "appoint", "镇党政综合办公室主任", "0"), ("徐婷婷", "appoint", "镇经济发展办公室副主任", "0")]


def test_a_meeting_that_decides_a_heading_verb_heads_the_row_after_it():
    raw = ("沂阳市人大常委会任免名单\n"
           "沂阳市第十八届人民代表大会常务委员会第五次会议于2022年8月30日决定任命：赵文涛为沂阳市人民政府副市长。\n")
    assert facts_in(raw, TYPE) == [("赵文涛", "appoint", "沂阳市人民政府副市长", "0")]


def test_a_village_branch_team_notice_is_an_appointment_document():
    from extract.documents import classify
    assert classify("中共岗巴乡委员会关于调整村党支部班子成员的通知") == "appointment"

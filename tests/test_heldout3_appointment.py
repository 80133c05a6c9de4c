"""Third held-out corpus for appointment facts (人事任免), written before the rules that read it.

tests/fixtures/heldout3_appointment/NAME.<suffix> each has NAME.expected (format in
tests/corpus.py, scored by tests/test_corpora.py).
Only appointment facts are scored here; document lines check the header.
The fifteen documents span a ministry, provinces, a prefecture, cities, counties, a town, a street office,
a township party committee, a development zone and a hospital: 人大常委会 任免名单 and 决定, 议案 (提请),
聘任/解聘 sections, 挂职 with the secondee's home post in brackets, 试用期满正式任职, markdown and HTML
tables with 任职/免职 columns, a run-on web page, a traditional-character list and a GBK text.
Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in

TYPE = "appointment"


# Rules this corpus asked for, each on a short input of its own (names and places invented).


def _appointments(body: str, title: str = "石门县人民政府关于刘小山等同志职务任免的通知") -> list[tuple]:
    raw = f"{title}\n石政任〔2022〕3号\n{body}\n石门县人民政府\n2022年5月1日\n"
    return facts_in(raw, TYPE)


def test_bracketed_remark_after_the_post_is_dropped():
    got = _appointments("免去刘小山的县商务局局长职务（另有任用）；\n免去张红的县统计局局长职务（退休）。")
    assert got == [("刘小山", "remove", "县商务局局长", "0"), ("张红", "remove", "县统计局局长", "0")]


def test_rank_in_brackets_stays_part_of_the_post():
    got = _appointments("刘小山任县审计局总审计师（正科级）。")
    assert got == [("刘小山", "appoint", "县审计局总审计师（正科级）", "0")]


def test_jiepin_removes():
    got = _appointments("解聘张红的县检验检测中心主任职务。", "石门县人民政府关于解聘张红同志职务的通知")
    assert got == [("张红", "remove", "县检验检测中心主任", "0")]


def test_name_comma_post_rows_under_a_pinren_heading():
    body = "聘任下列同志职务：\n1.刘小山，医务部主任；\n2.张红，护理部副主任（试用期一年）。"
    assert _appointments(body, "关于聘任医院中层干部的决定") == [
        ("刘小山", "appoint", "医务部主任", "0"), ("张红", "appoint", "护理部副主任", "1")]


def test_home_post_in_brackets_between_name_and_verb():
    got = _appointments("刘小山同志（市商务局外贸科科长）挂职任县商务局副局长，挂职时间一年。")
    assert got == [("刘小山", "appoint", "县商务局副局长", "0")]


def test_unit_label_before_the_name_is_not_part_of_it():
    body = "任命：\n杨树村：刘小山同志任杨树村党支部书记；\n免去：\n石桥村：张红同志石桥村党支部书记职务。"
    assert _appointments(body) == [("刘小山", "appoint", "杨树村党支部书记", "0"),
                                   ("张红", "remove", "石桥村党支部书记", "0")]


def test_name_table_with_appoint_and_remove_columns():
    body = ("| 序号 | 姓名 | 拟任职务 | 免去职务 | 备注 |\n| --- | --- | --- | --- | --- |\n"
            "| 1 | 刘小山 | 县商务局局长 | 县统计局局长 | |\n| 2 | 张 红 | 县统计局局长 | | 试用期一年 |")
    assert _appointments(body) == [("刘小山", "appoint", "县商务局局长", "0"),
                                   ("刘小山", "remove", "县统计局局长", "0"),
                                   ("张红", "appoint", "县统计局局长", "1")]


def test_current_post_column_gives_no_fact():
    body = "姓名\t现任职务\t任职\n刘小山\t县统计局局长\t县商务局局长"
    assert _appointments(body) == [("刘小山", "appoint", "县商务局局长", "0")]


def test_rows_put_to_a_congress_are_nominations():
    body = "经县人民政府研究，提请县人大常委会：\n任命刘小山为县商务局局长；\n免去张红的县商务局局长职务。"
    assert _appointments(body, "石门县人民政府关于提请任免刘小山等同志职务的议案") == [
        ("刘小山", "nominate", "县商务局局长", "0"), ("张红", "nominate_remove", "县商务局局长", "0")]


def test_a_congress_deciding_on_a_request_still_appoints():
    body = "会议根据县人民政府县长王大力的提请，决定：\n任命刘小山为县商务局局长。"
    assert _appointments(body, "石门县人民代表大会常务委员会关于任免职务的决定") == [
        ("刘小山", "appoint", "县商务局局长", "0")]


def test_zhengshi_ren_confirms():
    assert _appointments("刘小山同志正式任县财政局副局长。") == [("刘小山", "confirm", "县财政局副局长", "0")]


def test_row_wrapped_by_a_pdf_column_is_read_whole():
    body = "刘小山同志正式任县人力资源和社会保障局副局\n长（任职时间从2021年5月起计算）；"
    assert _appointments(body) == [("刘小山", "confirm", "县人力资源和社会保障局副局长", "0")]


def test_run_on_web_line_with_the_decision_after_gaps():
    body = "各乡镇人民政府：    县人民政府决定：    刘小山任县商务局局长；    免去张红的县统计局局长职务。"
    assert _appointments(body) == [("刘小山", "appoint", "县商务局局长", "0"), ("张红", "remove", "县统计局局长", "0")]

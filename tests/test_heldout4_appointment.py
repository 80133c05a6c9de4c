"""Fourth held-out corpus for appointment facts (人事任免), written before the rules that read it.

tests/fixtures/heldout4_appointment/NAME.<suffix> each has NAME.expected (format in
tests/corpus.py, scored by tests/test_corpora.py).
Only appointment facts are scored here; document lines check the header.
The ten documents are notices as they sit inside larger files (a provincial gazette issue with a table of
contents, running heads and page numbers; a ministry's 汇编 of two notices), older wording (同志任…,
免去…同志的…职务, 免去其…), a two-column PDF table, a run-on web page, an HTML table, a traditional-character
text and a GBK text, at a ministry, a province, an autonomous prefecture, autonomous counties, a 林区,
a 新区, a district's street office and a university; rare surnames and Uyghur, Kazakh, Tibetan and Yi names.
Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in

TYPE = "appointment"


# Rules this corpus asked for, each on a short input of its own (names and places invented).


def _appointments(body: str, title: str = "石门县人民政府关于刘小山等同志职务任免的通知") -> list[tuple]:
    raw = f"{title}\n石政任〔2012〕3号\n{body}\n石门县人民政府\n2012年5月1日\n"
    return facts_in(raw, TYPE)


def test_two_records_side_by_side_in_a_space_laid_table():
    body = ("一、聘任以下同志职务：\n姓  名      聘任职务                姓  名      聘任职务\n"
            "刘小山      图书馆馆长              张  红      档案馆副馆长\n"
            "王大力      后勤管理处处长")
    assert _appointments(body, "石门学院关于刘小山等同志职务聘任的通知") == [
        ("刘小山", "appoint", "图书馆馆长", "0"), ("张红", "appoint", "档案馆副馆长", "0"),
        ("王大力", "appoint", "后勤管理处处长", "0")]


def test_a_name_padded_past_the_gap_stays_one_name():
    body = "姓名      免去职务\n石    磊      县统计局局长"
    assert _appointments(body) == [("石磊", "remove", "县统计局局长", "0")]


def test_spaced_prose_is_no_table():
    assert _appointments("刘小山同志任县商务局局长；   免去张红的县统计局局长职务。") == [
        ("刘小山", "appoint", "县商务局局长", "0"), ("张红", "remove", "县统计局局长", "0")]


def test_a_passed_assessment_between_name_and_verb_still_confirms():
    got = _appointments("刘小山同志试用期满考核合格，正式任县水利局总工程师。")
    assert got == [("刘小山", "confirm", "县水利局总工程师", "0")]


def test_guazhi_title_makes_a_personnel_notice():
    got = _appointments("王大力同志（市农牧局种植科科长）挂职任县农牧局副局长，挂职时间一年。",
                        "石门县人民政府关于王大力同志挂职的通知")
    assert got == [("王大力", "appoint", "县农牧局副局长", "0")]


def test_congress_decision_without_a_number_reads_its_two_line_title():
    raw = ("雷岗县人民代表大会常务委员会\n关于任免县人民政府组成人员的决定\n"
           "（2013年12月20日县第十六届人民代表大会常务委员会第九次会议通过）\n"
           "会议决定接受俄洛伍各辞去县财政局局长职务的请求。\n")
    got = facts_in(raw, TYPE)
    assert got == [("俄洛伍各", "resign", "县财政局局长", "0")]

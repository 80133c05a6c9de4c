"""Held-out corpus, fourth round, for `attendance`: minutes written independently of the rules.

tests/fixtures/heldout4_attendance/NAME.<suffix> each has NAME.expected in the format of
tests/corpus.py (scored by tests/test_corpora.py); only `attendance` facts (and document headers) are scored.
This round: minutes inside larger files (a gazette issue with contents and running heads, a 汇编 of
several notices with page numbers beside its running head), 2008–2016 wording, a two-column PDF table
flattened into wide gaps, Uyghur/Kazakh names with the middle dot in a spaced list, Yi/Tibetan names in
an autonomous county, rare surnames (亓 仉 覃 禤 逯 冼 栾 晁 芈 佴), a 林区 web page run on into one line
with 【关闭】 controls, a 新区 HTML table, a university in traditional characters and a street's
党工委 minutes in GBK.  Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in

TYPE = "attendance"


def _attendance(raw: str) -> list[tuple]:
    """(person, role, post) of the attendance facts extracted from an inline text."""
    return facts_in(raw, TYPE)


# Rules this corpus asked for, each on a short input of its own (names and places invented).

_HEAD = "石门县人民政府常务会议纪要\n〔2012〕2号\n"


def test_spaced_list_of_names_with_the_middle_dot():
    raw = _HEAD + "出席：艾力·买买提  王大力  古丽娜尔·吐尔逊\n"
    assert _attendance(raw) == [("艾力·买买提", "出席", "-"), ("王大力", "出席", "-"),
                                ("古丽娜尔·吐尔逊", "出席", "-")]


def test_wide_gap_separates_two_post_name_cells_of_a_row():
    raw = _HEAD + "出席：县政府副秘书长 王大力          县财政局局长 刘小山\n"
    assert _attendance(raw) == [("王大力", "出席", "县政府副秘书长"), ("刘小山", "出席", "县财政局局长")]


def test_wide_gap_between_post_and_name_is_not_a_cell_break():
    raw = _HEAD + "记录：县政府办公室秘书          张红\n"
    assert _attendance(raw) == [("张红", "记录", "县政府办公室秘书")]


def test_web_page_controls_end_the_last_list():
    raw = _HEAD + "记录：县政府办公室秘书科科长 张红\n【关闭】\n【打印】\n"
    assert _attendance(raw) == [("张红", "记录", "县政府办公室秘书科科长")]


def test_post_ending_in_commander_title():
    raw = _HEAD + "列席：县城建指挥部常务副指挥长禤家明，县财政局局长刘小山\n"
    assert ("禤家明", "列席", "县城建指挥部常务副指挥长") in _attendance(raw)


def test_compilation_running_head_with_page_number_does_not_split_minutes():
    raw = ("平安县文件汇编\n\n平安县防汛调度会议纪要\n2010年6月18日，副县长王大力主持召开防汛调度会议。\n"
           "一、加强值守。\n平安县文件汇编（2010年度）                ·5·\n"
           "平安县重点项目协调会会议纪要\n7月9日，副县长刘小山主持召开重点项目协调会。\n一、加快进度。\n")
    got = _attendance(raw)
    assert ("王大力", "主持", "副县长") in got and ("刘小山", "主持", "副县长") in got


def test_street_party_working_committee_minutes_are_minutes():
    raw = "东湖街道党工委会议纪要\n\n11月2日，街道党工委书记王大力主持召开党工委会议。\n参会人员：王大力　刘小山\n"
    assert ("刘小山", "参加", "-") in _attendance(raw)

"""Held-out corpus, third round, for `attendance`: minutes written independently of the rules.

tests/fixtures/heldout3_attendance/NAME.<suffix> each has NAME.expected in the format of
tests/corpus.py (scored by tests/test_corpora.py); only `attendance` facts (and document headers) are scored.
The minutes come from every level (a ministry, a province, a prefecture, cities, counties, a town, a
street, a village, a university, a state-owned-assets commission, development zones) and every layout:
lists at the top after the date, at the end, post-then-name rows, name（post）, name-only spaced lists,
per-topic 列席, 主持 in varied openings (主持召开, 由…主持, 会议由…主持), attendance in running prose
(…出席会议, 参加会议的有：…), an HTML key-value table, run-on web text, PDF noise, traditional
characters and a GBK file.  Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in

TYPE = "attendance"


def _attendance(raw: str) -> list[tuple]:
    """(person, role, post) of the attendance facts extracted from an inline text."""
    return facts_in(raw, TYPE)


# Rules this corpus asked for, each on a short input of its own (names and places invented).

_HEAD = "石门县人民政府常务会议纪要\n〔2022〕2号\n"


def test_label_in_its_own_table_cell_opens_a_list():
    raw = _HEAD + "出席人员\t副县长 王大力、刘小山\t\n"
    assert _attendance(raw) == [("王大力", "出席", "副县长"), ("刘小山", "出席", "副县长")]


def test_unit_set_apart_from_the_name_is_its_post():
    raw = _HEAD + "记　录：县政府办公室　张红\n\n会议听取了汇报。纪要如下：\n一、同意。\n"
    assert _attendance(raw) == [("张红", "记录", "县政府办公室")]


def test_unit_glued_to_a_name_is_not_split():
    raw = _HEAD + "列席：县财政局张红\n"
    assert ("张红", "列席", "县财政局") not in _attendance(raw)


def test_one_post_before_several_spaced_names():
    raw = _HEAD + "出席：副县长　王大力　刘小山　张红\n"
    assert _attendance(raw) == [("王大力", "出席", "副县长"), ("刘小山", "出席", "副县长"), ("张红", "出席", "副县长")]


def test_chair_listed_bare_at_the_top_takes_the_post_of_the_opening():
    raw = _HEAD + "主持：王大力\n出席：刘小山\n\n2022年5月1日，县长王大力主持召开县政府常务会议。\n一、同意。\n"
    assert _attendance(raw)[0] == ("王大力", "主持", "县长")


def test_attendance_reported_in_the_opening_sentence():
    raw = _HEAD + ("2022年5月1日，县政府召开调度会议。会议由副县长王大力主持，县政府党组成员刘小山、"
                   "县财政局局长张红出席会议。县直各部门负责同志参加会议。\n一、同意。\n")
    assert _attendance(raw) == [("王大力", "主持", "副县长"), ("刘小山", "出席", "县政府党组成员"),
                                ("张红", "出席", "县财政局局长")]


def test_participants_named_after_a_sentence_label():
    raw = _HEAD + "会议由县长王大力主持。参加会议的有：县商务局局长刘小山，县统计局副局长张红。\n"
    assert set(_attendance(raw)) == {("王大力", "主持", "县长"), ("刘小山", "参加", "县商务局局长"),
                                     ("张红", "参加", "县统计局副局长")}


def test_list_ends_before_the_signature_above_the_date():
    raw = _HEAD + "记录：县政府办公室秘书张红\n石门县人民政府办公室\n2022年5月3日\n"
    assert _attendance(raw) == [("张红", "记录", "县政府办公室秘书")]


def test_list_ends_at_the_next_field_of_the_record():
    raw = "红星村村民委员会会议记录\n主持人：王大力\n记录人：张红\n议题：讨论村道路硬化工程。\n"
    assert ("张红", "记录", "-") in _attendance(raw)


def test_opening_without_a_year_wrapped_over_lines():
    raw = ("石门县安全生产工作调度会议纪要\n\n石门县人民政府办公室    2022年12月5日\n\n"
           "    12月4日上午，县委常委、副县长王大力主持召开全县安全生产\n工作调度会。现纪要如下：\n"
           "    一、全面排查隐患。\n")
    assert ("王大力", "主持", "县委常委、副县长") in _attendance(raw)

"""Held-out corpus, twelfth round, for `mention` with the attendance of the same minutes.

tests/fixtures/heldout12_mention/NAME.<suffix> each has NAME.expected in the format of tests/corpus.py (scored
by tests/test_corpora.py).  This round: county, town, banner, prefecture (traditional), street, university
and ministry chronicles with 是月 entries, day ranges (5日至7日) and joint entries (市委书记甲，市委副书记、市长
乙，…), posts in brackets after names; an HTML table chronicle; run-on and 本网讯 news pages; minutes whose
出席/列席 lists wrap after a post or a unit (…，副市长 ⏎ 丁某、…), GBK-encoded with units in brackets, a Word
table of 类别/姓名/职务 and 请假 lists.  Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in

MENTION = "mention"
ATTENDANCE = "attendance"


def _chronicle(*lines: str, title: str = "临滦县2024年大事记") -> str:
    return "\n".join((title, *lines)) + "\n"


def _minutes(*lines: str) -> str:
    head = ("临滦县人民政府第九次常务会议纪要", "",
            "2024年5月17日，县委副书记、县长郑书航主持召开县政府第九次常务会议。")
    return "\n".join((*head, *lines)) + "\n"


def test_entry_of_the_month_without_a_day_is_dated_to_the_month():
    raw = _chronicle("2月", "20日，副县长齐卫平检查春运工作。", "是月，县委常委、组织部部长卜雅琴走访慰问老党员。")
    assert ("卜雅琴", "县委常委、组织部部长", "2024-02") in facts_in(raw, MENTION)


def test_same_month_entry_does_not_take_the_previous_day():
    raw = _chronicle("2月", "20日，副县长齐卫平检查春运工作。", "当月，县长郑书航调研。")
    assert ("郑书航", "县长", "2024-02-20") not in facts_in(raw, MENTION)


def test_month_word_inside_a_sentence_opens_no_entry():
    raw = _chronicle("2月", "20日，副县长齐卫平检查春运工作，要求于是月底前完成。")
    assert facts_in(raw, MENTION) == [("齐卫平", "副县长", "2024-02-20")]


def test_yunnan_surname_zi_is_a_name_start():
    raw = _chronicle("6月11日，副县长普兰芬、李绍武、字学军出席会议。")
    assert ("字学军", "副县长", "2024-06-11") in facts_in(raw, MENTION)


def test_post_at_a_line_end_is_the_post_of_the_names_on_the_next_line():
    raw = _minutes("出席：郑书航、县委常委、常务副县长戈晓峰，副县长", "    齐卫平、康乐业")
    got = facts_in(raw, ATTENDANCE)
    assert ("齐卫平", "出席", "副县长") in got and ("康乐业", "出席", "副县长") in got


def test_unit_at_a_line_end_joins_the_title_and_name_on_the_next_line():
    raw = _minutes("列席：县政府办公室主任龚立山，县住房城乡建设局", "    局长褚海明")
    assert ("褚海明", "列席", "县住房城乡建设局局长") in facts_in(raw, ATTENDANCE)


def test_indented_lines_of_one_person_each_stay_rows():
    raw = _minutes("列席：县财政局局长单永利", "      县水利局局长濮英杰")
    got = facts_in(raw, ATTENDANCE)
    assert ("单永利", "列席", "县财政局局长") in got and ("濮英杰", "列席", "县水利局局长") in got


def test_leave_list_is_attendance_with_role_as_printed():
    raw = _minutes("出席：郑书航、戈晓峰", "请假：副县长房文君（在省委党校学习）")
    assert ("房文君", "请假", "副县长") in facts_in(raw, ATTENDANCE)

"""Held-out corpus, ninth round, for `mention` with the attendance of the same minutes.

tests/fixtures/heldout9_mention/NAME.<suffix> each has NAME.expected in the format of tests/corpus.py (scored
by tests/test_corpora.py).  This round: a gazette whose chronicle prints 1月份大事记 headings part-way through
the file, 大事记 of a county, a town (traditional characters), a university (GBK), a ministry bureau (full
dates), a 开发区 (PDF with page numbers), news pages (HTML, run-on web text, 政务要闻 with 同志 and a post after
the name), and minutes of 常务会议 / 专题会议 (参会人员 TAB table) / 党组会议 (post then spaced names) /
党工委会议 (HTML table with posts in brackets) / 主任办公会议 (opening without a year).  Names and places are
fictional.
"""

from __future__ import annotations

from tests.conftest import facts_of
from tests.corpus import facts_in

MENTION = "mention"
ATTENDANCE = "attendance"


def _chronicle(*lines: str, title: str = "澄北县2024年大事记") -> str:
    return "\n".join((title, *lines)) + "\n"


def test_month_heading_under_a_chronicle_heading_is_no_new_document():
    raw = "政务大事记\n1月份大事记\n3日，市长欧阳振华主持召开常务会议。\n2月份大事记\n7日，副市长彭小军调研。\n"
    raw = "湘岭市人民政府公报\n2024年第1期\n" + raw
    assert facts_in(raw, MENTION) == [("欧阳振华", "市长", "2024-01-03"), ("彭小军", "副市长", "2024-02-07")]


def test_month_in_a_chronicles_title_dates_its_day_entries():
    raw = _chronicle("3日，市长欧阳振华调研。", title="湘岭市2024年11月份大事记")
    assert facts_in(raw, MENTION) == [("欧阳振华", "市长", "2024-11-03")]


def test_known_name_with_its_title_after_it_is_no_post():
    raw = _chronicle("5月", "9日，市长郭振宇主持召开常务会议。会上，郭振宇市长强调，要稳增长。")
    assert facts_in(raw, MENTION) == [("郭振宇", "市长", "2024-05-09")]


def test_post_in_brackets_after_the_name_is_its_post():
    raw = _chronicle("1月", "5日，张立新（县长）、李明（县委常委、宣传部部长）到现场（左三）调研。")
    assert facts_in(raw, MENTION) == [("张立新", "县长", "2024-01-05"), ("李明", "县委常委、宣传部部长", "2024-01-05")]


def test_accompanying_official_is_mentioned():
    raw = _chronicle("1月", "9日，市委书记谭立新赴长沙对接项目，市委常委、秘书长贺俊峰随行。")
    assert ("贺俊峰", "市委常委、秘书长", "2024-01-09") in facts_in(raw, MENTION)


def test_minutes_opening_without_a_year_takes_the_signing_year():
    raw = "汉江新区管委会主任办公会议纪要\n第9期\n汉江新区管理委员会办公室    2024年8月16日\n" \
          "8月14日，管委会主任舒文杰主持召开管委会主任办公会议。\n"
    assert facts_in(raw, MENTION) == [("舒文杰", "管委会主任", "2024-08-14")]


def test_meeting_time_field_dates_the_minutes():
    raw = "中共锦华街道工作委员会会议纪要\n会议时间\t2024年7月2日\n主持\t罗建国（党工委书记）\n" \
          "2024年7月2日，街道党工委书记罗建国主持召开党工委会议。\n中共锦华街道工作委员会\n2024年7月3日\n"
    assert facts_in(raw, MENTION) == [("罗建国", "街道党工委书记", "2024-07-02")]


def test_remark_after_the_bracketed_post_is_not_part_of_it():
    raw = "某街道党工委会议纪要\n2024年7月3日\n请假：周小平（党工委委员、办事处副主任，区委党校培训）\n"
    assert facts_in(raw, ATTENDANCE) == [("周小平", "请假", "党工委委员、办事处副主任")]


def test_tab_separated_attendance_table_with_a_number_column():
    raw = "某市专题会议纪要\n2024年5月22日\n参会人员：\n序号\t姓名\t单位\t职务\n1\t杨志刚\t市政府办公室\t副主任\n" \
          "2\t金海燕\t市住建局\t局长\n"
    assert facts_in(raw, ATTENDANCE) == [("杨志刚", "参加", "市政府办公室副主任"), ("金海燕", "参加", "市住建局局长")]


def test_post_then_several_spaced_names_on_one_row():
    raw = "中共北松市农业农村局党组\n党组会议纪要\n时间：2024年4月9日\n出席：局党组成员、副局长 孙立新  刘雅琴\n" \
          "      局党组成员、支队长 高长海\n"
    assert facts_in(raw, ATTENDANCE) == [
        ("孙立新", "出席", "局党组成员、副局长"),
        ("刘雅琴", "出席", "局党组成员、副局长"),
        ("高长海", "出席", "局党组成员、支队长"),
    ]


def test_seed_chronicle_still_dates_its_entries(seed_facts):
    got = facts_of(seed_facts("000"), MENTION, person="高怀京", date="2024-07-01")
    assert [f["post"] for f in got] == ["旗委书记"]

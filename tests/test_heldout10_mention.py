"""Held-out corpus, tenth round, for `mention` with the attendance of the same minutes.

tests/fixtures/heldout10_mention/NAME.<suffix> each has NAME.expected in the format of tests/corpus.py (scored
by tests/test_corpora.py).  This round: minutes of 常务会议 whose 出席/列席/请假/记录 block comes before the
opening (names grouped by post and set apart by ；, a post spaced to its column width, 列席 units), a 县委常委会
block of bare spaced names, 参加会议的有 inside a paragraph (GBK), 会议由…主持 with 出席并讲话, chronicles of a
town, a street (quarter), a hospital, a university (PDF), a county (traditional), a ministry bureau (year and
month without a day), 政务动态 news (HTML, run-on web text).  Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in

MENTION = "mention"
ATTENDANCE = "attendance"


def _chronicle(*lines: str, title: str = "澄北县2024年大事记") -> str:
    return "\n".join((title, *lines)) + "\n"


def _minutes(*lines: str) -> str:
    head = ("澄北县人民政府常务会议纪要", "〔2024〕5号", "澄北县人民政府办公室                    2024年3月18日")
    return "\n".join((*head, *lines)) + "\n"


def test_opening_after_the_attendance_block_dates_the_meeting():
    raw = _minutes("出席：县长钱明远", "2024年3月15日，县长钱明远主持召开县政府第27次常务会议。")
    assert ("钱明远", "县长", "2024-03-15") in facts_in(raw, MENTION)


def test_groups_set_apart_by_semicolons_each_share_their_post():
    raw = _minutes("出席：副县长 许丹 程伟 葛晓春；县政府秘书长 尹鹏", "2024年3月15日，县长钱明远主持召开会议。")
    got = [(p, post) for p, role, post in facts_in(raw, ATTENDANCE) if role == "出席"]
    assert got == [("许丹", "副县长"), ("程伟", "副县长"), ("葛晓春", "副县长"), ("尹鹏", "县政府秘书长")]


def test_post_spaced_to_its_column_width_is_shared_by_the_names_after_it():
    raw = _minutes("出席：", "  县    长  钱明远", "  副 县 长  田  野  向春燕  符建国",
                   "2024年3月15日，县长钱明远主持召开会议。")
    got = [(p, post) for p, role, post in facts_in(raw, ATTENDANCE) if role == "出席"]
    assert got == [("钱明远", "县长"), ("田野", "副县长"), ("向春燕", "副县长"), ("符建国", "副县长")]


def test_attended_and_spoke_is_still_attendance():
    raw = _minutes("2024年5月7日，召开会议。会议由县长钱明远主持，县委书记郑磊出席并讲话。")
    assert ("郑磊", "出席", "县委书记") in facts_in(raw, ATTENDANCE)


def test_name_before_deng_does_not_take_it():
    raw = _chronicle("1月18日，街道党工委委员、武装部部长向南等出席。")
    assert facts_in(raw, MENTION) == [("向南", "街道党工委委员、武装部部长", "2024-01-18")]


def test_entry_after_a_run_of_spaces_is_a_new_entry():
    raw = _chronicle("4月22日，市长马国栋出席会议。   4月23日，副市长丁玉洁带队督导。")
    assert facts_in(raw, MENTION) == [("马国栋", "市长", "2024-04-22"), ("丁玉洁", "副市长", "2024-04-23")]


def test_year_and_month_without_a_day_date_an_entry_to_the_month():
    raw = _chronicle("2023年3月2日 局长严正国调研。", "2023年5月 党组成员、副局长左文华带队督查。",
                     title="国家林草产业发展局2023年大事记")
    assert facts_in(raw, MENTION) == [("严正国", "局长", "2023-03-02"), ("左文华", "党组成员、副局长", "2023-05")]


def test_bao_is_a_surname():
    raw = _chronicle("4月25日，市人大常委会副主任保永福参加推进会。")
    assert facts_in(raw, MENTION) == [("保永福", "市人大常委会副主任", "2024-04-25")]

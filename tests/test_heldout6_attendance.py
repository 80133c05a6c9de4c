"""Held-out corpus, sixth round, for `attendance`: minutes written independently of the rules.

tests/fixtures/heldout6_attendance/NAME.<suffix> each has NAME.expected in the format of
tests/corpus.py (scored by tests/test_corpora.py); only `attendance` facts (and document headers) are scored.
This round: county, city, town, university, hospital, SOE, 开发区 and ministry minutes from 江苏, 浙江, 湖南,
湖北, 陕西, 甘肃, 黑龙江, 广西, 贵州, 海南, 新疆, 西藏: name（post） lists, posts and names alternating between
spaces, per-topic 议题一列席 rows, an HTML key-value table with rare surnames, 会议出席人员 labels, a PDF
opening wrapped before its 主持召开, a run-on web page; one file in traditional characters and one in GBK.
Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in

TYPE = "attendance"
_HEAD = "岐原县人民政府县长办公会议纪要\n第9期\n"


def _attendance(raw: str) -> list[tuple]:
    """(person, role, post) of the attendance facts extracted from an inline text."""
    return facts_in(raw, TYPE)


def test_posts_and_names_alternating_between_spaces_pair_up():
    raw = _HEAD + "列　　席：医务部主任　宗文涛　护理部主任　姚春燕\n"
    assert _attendance(raw) == [("宗文涛", "列席", "医务部主任"), ("姚春燕", "列席", "护理部主任")]


def test_per_topic_row_of_posts_and_names_keeps_its_scope():
    raw = _HEAD + "议题一列席：县住建局局长  权德明  县城投公司总经理  寇宏伟\n"
    assert _attendance(raw) == [("权德明", "议题一列席", "县住建局局长"), ("寇宏伟", "议题一列席", "县城投公司总经理")]


def test_rare_surnames_among_known_names_of_a_spaced_list():
    raw = _HEAD + "出席：马文斌  牛建国  火红霞  把立新\n"
    assert [p for p, _r, _post in _attendance(raw)] == ["马文斌", "牛建国", "火红霞", "把立新"]


def test_unknown_words_outnumbering_the_names_are_not_taken_for_names():
    raw = _HEAD + "出席：马文斌  火红霞  把立新\n"
    assert "火红霞" not in [p for p, _r, _post in _attendance(raw)]


def test_label_prefixed_with_meeting():
    raw = _HEAD + "会议出席人员：莫绍华、韦丽萍\n"
    assert _attendance(raw) == [("莫绍华", "出席", "-"), ("韦丽萍", "出席", "-")]


def test_opening_wrapped_before_presides_without_a_year():
    raw = ("黔岭经济开发区管委会主任办公会议纪要\n〔2024〕3期\n"
           "2月23日，管委会主任杨再兴在管委会\n203会议室主持召开主任办公会，研究园区工作。\n")
    assert _attendance(raw) == [("杨再兴", "主持", "管委会主任")]


def test_name_with_post_in_brackets_and_a_common_surname():
    raw = _HEAD + "参加人员：傅建明（市政府副秘书长）、楼晓红（市住建局局长）\n"
    assert _attendance(raw) == [("傅建明", "参加", "市政府副秘书长"), ("楼晓红", "参加", "市住建局局长")]

"""Held-out corpus, seventh round, for `attendance`: minutes written independently of the rules.

tests/fixtures/heldout7_attendance/NAME.<suffix> each has NAME.expected in the format of tests/corpus.py
(scored by tests/test_corpora.py).  This round: county, town, city, 开发区, university, SOE and village minutes
from 江苏, 浙江, 湖南, 湖北, 陕西, 甘肃, 黑龙江, 广西, 贵州, 海南, 新疆, 西藏: labels naming the meeting's kind
(参加调度会的有), 参会单位负责人 lists, an HTML table of label | name | post rows, a run-on web page, one file in
traditional characters and one in GBK.  Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in

TYPE = "attendance"
_HEAD = "衡湘市重点项目建设调度会会议纪要\n衡政办纪〔2024〕19号\n"


def test_label_naming_the_kind_of_meeting_opens_a_list():
    raw = _HEAD + "参加调度会的有：市政府副秘书长谭伟，市发改委主任彭立新。\n"
    assert facts_in(raw, TYPE) == [("谭伟", "参加", "市政府副秘书长"), ("彭立新", "参加", "市发改委主任")]


def test_heads_of_units_label_opens_a_list_of_posts_and_names():
    raw = _HEAD + "参会单位负责人：县水利局局长 次旦多吉，县农业农村局副局长 王建波\n"
    assert facts_in(raw, TYPE) == [("次旦多吉", "参加", "县水利局局长"), ("王建波", "参加", "县农业农村局副局长")]


def test_table_row_of_label_name_and_post_cells():
    raw = _HEAD + "参加\t何春林\t市政府副秘书长\n参加\t丁玉兰\t市水务局局长\n"
    assert facts_in(raw, TYPE) == [("何春林", "参加", "市政府副秘书长"), ("丁玉兰", "参加", "市水务局局长")]


def test_table_row_whose_second_cell_is_no_post_is_not_paired():
    raw = _HEAD + "参加\t何春林\t城东片区\n"
    assert ("何春林", "参加", "城东片区") not in facts_in(raw, TYPE)

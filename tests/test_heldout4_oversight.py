"""Held-out round 4 for `oversight` facts: division-of-labour documents written before the rules were fixed.

tests/fixtures/heldout4_oversight/NAME.<suffix> each has NAME.expected in the format of
tests/corpus.py (scored by tests/test_corpora.py).
Documents as they appear inside larger files (a gazette issue with a table
of contents and running heads, a university 汇编), 2008–2014 wording, a PDF conversion with wrapped lines and
page numbers, rare surnames (亓 仉 禤 芈 佴 逯 栾 晁 冼) and Uyghur/Kazakh/Tibetan/Yi names, 州/自治县/林区/新区/
街道 jurisdictions, ■/● bullets, a TAB table with an AB角 column, an HTML table, traditional characters and GBK.
Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in

# Rules this round asked for, each on a short input of its own (names and places invented).


def _oversight(body: str) -> list[tuple]:
    """(person, relation, target) of the oversight facts of a short division-of-labour notice."""
    raw = f"关于县政府领导工作分工的通知\n石政发〔2024〕1号\n{body}\n石门县人民政府\n2024年5月1日\n"
    return facts_in(raw, "oversight")


def test_deputy_title_glued_after_a_name_ends_the_name():
    assert _oversight("二、韦丽萍副县长：分管县水利局。") == [("韦丽萍", "oversees", "县水利局")]


def test_rare_surname_opens_a_post_first_leader_line():
    assert _oversight("四、副县长　佴国庆\n分管县交通局。") == [("佴国庆", "oversees", "县交通局")]


def test_post_before_a_dotted_name_is_split_off():
    assert _oversight("副镇长阿力木江·热合曼：分管水利站。") == [("阿力木江·热合曼", "oversees", "水利站")]


def test_square_and_round_bullets_open_new_items():
    got = _oversight("■ 张红梅　街道党工委书记\n● 联系社区：桐溪社区\n■ 李立新　办事处主任\n● 分管科室：财政所。")
    assert got == [("张红梅", "liaises", "桐溪社区"), ("李立新", "oversees", "财政所")]


def test_bulleted_b_jiao_line_pairs_with_the_leader_above():
    got = _oversight("■ 罗布次仁　办事处副主任\n● 分管科室：应急管理办公室\n● B角：张立新")
    assert ("罗布次仁", "backup", "张立新") in got and ("罗布次仁", "oversees", "应急管理办公室") in got


def test_one_character_bracket_is_part_of_the_agency():
    assert _oversight("副校长 王明轩：分管学生工作部（处）、团委。") == [
        ("王明轩", "oversees", "学生工作部（处）"), ("王明轩", "oversees", "团委")]


def test_pair_sentence_wrapped_before_huwei_with_posts_before_names():
    got = _oversight("副镇长冼小燕与副镇长阿力木江·热合曼\n互为AB角。")
    assert sorted(got) == [("冼小燕", "backup", "阿力木江·热合曼"), ("阿力木江·热合曼", "backup", "冼小燕")]

"""Held-out round 5 for `oversight` facts: division-of-labour documents written before the rules were fixed.

tests/fixtures/heldout5_oversight/NAME.<suffix> each has NAME.expected in the format of
tests/corpus.py (scored by tests/test_corpora.py).
Saved government web pages (nested tables, <br> in cells, &nbsp; padding,
<span> splitting a name, navigation and footers), .docx text with one table cell a line or cells separated by
spaces, a PDF roster with every character spaced, documents that mix oversight with other kinds (a policy
实施方案, a 常务会议纪要, a notice that also adjusts a committee), 四川/广东/河南/云南 places (县, 区, 镇, 街道,
a county hospital), Yi and Dai names, traditional characters and GBK.  Names and places are fictional.
"""

from __future__ import annotations

from extract.load import html_text
from tests.corpus import facts_in

# Rules this round asked for, each on a short input of its own (names and places invented).


def _oversight(body: str, title: str = "关于县政府领导工作分工的通知") -> list[tuple]:
    """(person, relation, target) of the oversight facts of a short notice."""
    raw = f"{title}\n石政发〔2024〕1号\n{body}\n石门县人民政府\n2024年5月1日\n"
    return facts_in(raw, "oversight")


def test_post_and_name_before_buzai_fenguan_open_the_clause():
    assert _oversight("（一）副县长王海涛不再分管县水利局，改由副县长赵丽娟分管。") == [
        ("王海涛", "no_longer_oversees", "县水利局"), ("赵丽娟", "oversees", "县水利局")]


def test_minutes_with_a_numbered_division_section_are_read():
    got = _oversight("二、研究县政府领导分工调整事宜\n副县长王海涛新增分管县应急管理局。", title="县政府常务会议纪要")
    assert got == [("王海涛", "oversees", "县应急管理局")]


def test_table_with_one_cell_a_line_is_read_row_by_row():
    body = "姓名\n职务\n工作分工\n分管站所\n孙红军\n副镇长\n负责财政工作\n财政所\n刘彩霞\n副镇长\n负责水利工作\n水利站"
    assert sorted(_oversight(body)) == [("刘彩霞", "oversees", "水利"), ("刘彩霞", "oversees", "水利站"),
                                        ("孙红军", "oversees", "财政"), ("孙红军", "oversees", "财政所")]


def test_row_with_cells_separated_by_spaces_and_a_padded_name():
    body = "姓名    职务    分管部门\n岩  温    副市长    市水务局、市林业和草原局"
    assert _oversight(body) == [("岩温", "oversees", "市水务局"), ("岩温", "oversees", "市林业和草原局")]


def test_html_cell_with_br_separated_agencies_gives_one_fact_each():
    html = ("<html><body><h1>关于区政府领导分工的通知</h1><p>榕府〔2022〕1号</p><table>"
            "<tr><td>姓名</td><td>职务</td><td>分管部门</td></tr>"
            "<tr><td>梁振华</td><td>副区长</td><td>区财政局<br>区统计局</td></tr></table></body></html>")
    got = facts_in(html_text(html.encode()), "oversight", "x.html")
    assert got == [("梁振华", "oversees", "区财政局"), ("梁振华", "oversees", "区统计局")]


def test_traditional_pair_sentence_keeps_names_as_printed():
    assert ("覃美玲", "backup", "譚偉光") in _oversight("覃美玲同志與譚偉光同志互為AB角。")

"""Seventh held-out corpus for group memberships, written before the rules that read it.

tests/fixtures/heldout7_membership/NAME.<suffix> each has NAME.expected (format in tests/corpus.py, scored by
tests/test_corpora.py).  Layouts: a 海南 county roster of label：name post rows; a 贵州 town 指挥部 whose labels
end in a 破折号 (指 挥 长——杨再华（…）); a 新疆 city HTML table with dotted names; a 黑龙江 county 专班 in prose
(由…担任组长，…担任副组长，成员由…、…组成); a 甘肃 street with numbered role headings; a 陕西 university with
semicolon lists; a 湖北 联席会议 in traditional characters; a 广西 GBK run-on page; a 浙江 开发区 tab table; a
湖南 village with a names-only list; a ministry roster broken by a PDF page number; a 西藏 prefecture roster
post-then-name; a 江苏 hospital table spaced by runs of spaces (not read yet); an SOE with two groups; a 江西
county with semicolon pieces.  Before its rules: micro-F1 0.898 (P 1.00, R 0.81); after: 0.968.
"""

from __future__ import annotations

from tests.corpus import facts_in


def _members(raw: str) -> list[tuple]:
    """(person, role, post, group) of the memberships extracted from an inline text."""
    return facts_in(raw, "membership")


def _notice(body: str, title: str = "关于成立石门县招商指挥部的通知") -> str:
    return f"{title}\n石政办发〔2012〕3号\n{body}\n石门县人民政府办公室\n2012年5月1日\n"


def test_a_double_dash_after_the_role_label_separates_it_from_the_name():
    raw = _notice("组成人员如下：\n指 挥 长——王大力（县长）\n成    员——刘小山（县财政局局长）")
    assert [(p, r, post) for p, r, post, _g in _members(raw)] == [
        ("王大力", "指挥长", "县长"), ("刘小山", "成员", "县财政局局长")]


def test_members_listed_as_chengyuan_you_x_zucheng_are_members():
    raw = _notice("指挥部由县长王大力担任指挥长，成员由县财政局局长刘小山、县水务局局长张红组成。")
    assert [(p, r, post) for p, r, post, _g in _members(raw)] == [
        ("王大力", "指挥长", "县长"), ("刘小山", "成员", "县财政局局长"), ("张红", "成员", "县水务局局长")]


def test_member_units_composed_of_agencies_give_no_members():
    raw = _notice("指挥部由县长王大力担任指挥长，成员单位由县财政局、县水务局组成。")
    assert [p for p, _r, _post, _g in _members(raw)] == ["王大力"]

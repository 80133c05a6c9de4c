"""Fifth held-out corpus for group memberships: web pages, .docx copies and mixed documents, written before the rules.

tests/fixtures/heldout5_membership/NAME.<suffix> each has NAME.expected (format in
tests/corpus.py, scored by tests/test_corpora.py).
Layouts the earlier corpora lack: a 四川 county web page whose table has
rowspan role cells, a <span> inside a name and a <br> note in a post cell; a 广东 district table copied from
.docx one cell a line with the role column last; a 河南 PDF with every roster character spaced; a 云南 实施方案
with the roster in its 组织保障 section; a town 会议纪要 mixing appointments and a committee; a street notice
that divides leaders' work and adjusts two groups; a traditional-character university committee; a GBK State
Council reply setting up a 部际联席会议; a 开发区 page scraped as one run-on line; and a hospital committee
table copied with runs of spaces.  Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in

# Rules this corpus asked for, each on a short input of its own (names and places invented).


def _members(raw: str) -> list[tuple]:
    """(person, role, post, group) of the memberships extracted from an inline text."""
    return facts_in(raw, "membership")


def _notice(body: str, title: str = "关于成立石门县招商领导小组的通知") -> str:
    return f"{title}\n石政办发〔2012〕3号\n{body}\n石门县人民政府办公室\n2012年5月1日\n"


def test_docx_table_one_cell_a_line_with_the_role_column_last():
    raw = _notice("成员如下：\n序号\n姓名\n单位及职务\n组内职务\n1\n王大力\n县长\n组长\n2\n区小山\n副县长\n副组长")
    assert _members(raw) == [("王大力", "组长", "县长", "石门县招商领导小组"),
                             ("区小山", "副组长", "副县长", "石门县招商领导小组")]


def test_roster_with_every_character_spaced_splits_name_from_post():
    raw = _notice("组 长 ： 刘 小 山 县 委 副 书 记 、 县 长\n成 员 ： 张 红 梅 县 财 政 局 局 长")
    assert [(p, post) for p, _r, post, _g in _members(raw)] == [
        ("刘小山", "县委副书记、县长"), ("张红梅", "县财政局局长")]


def test_spaced_role_label_survives_a_run_on_web_line():
    raw = _notice("如下：    组    长：王大力  县长    成    员：刘小山  县财政局局长    石门县人民政府办公室")
    assert [(p, r) for p, r, _post, _g in _members(raw)] == [("王大力", "组长"), ("刘小山", "成员")]


def test_space_columned_table_with_the_role_first():
    raw = _notice("职务        姓名        单位及职务\n组长        王大力      县长\n"
                  "成员        刘小山      县财政局局长")
    assert [(p, r, post) for p, r, post, _g in _members(raw)] == [
        ("王大力", "组长", "县长"), ("刘小山", "成员", "县财政局局长")]


def test_bracketed_note_of_covered_work_is_no_part_of_the_post():
    raw = _notice("副组长：王大力  副县长（联系应急管理工作）")
    assert [post for _p, _r, post, _g in _members(raw)] == ["副县长"]


def test_names_without_posts_listed_after_one_label():
    raw = _notice("组长：王大力\n副组长：邝美珍、植伟明")
    assert [(p, r) for p, r, _post, _g in _members(raw)] == [
        ("王大力", "组长"), ("邝美珍", "副组长"), ("植伟明", "副组长")]

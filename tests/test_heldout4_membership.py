"""Fourth held-out corpus for group memberships: rosters inside larger files, written before the rules.

tests/fixtures/heldout4_membership/NAME.<suffix> each has NAME.expected (format in
tests/corpus.py, scored by tests/test_corpora.py).
Layouts the earlier corpora lack: a provincial 公报 issue with contents,
running heads and a page number inside a roster, a county 汇编 with 2008 wording (name同志（post）), a 州
committee printed two people a line, Uyghur/Kazakh names with the middle dot, a traditional-character Yi
county 指挥部, a GBK city 指挥部 with comma rows and nested 工作组, a 新区 HTML table with the role column
last, a university committee two 委员 a line, a town adjustment scraped into one run-on line, and a 林区
以…为组长 sentence with 同志 after every name.  Rare surnames throughout.  Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in

# Rules this corpus asked for, each on a short input of its own (names and places invented).


def _members(raw: str) -> list[tuple]:
    """(person, role, post, group) of the memberships extracted from an inline text."""
    return facts_in(raw, "membership")


def _notice(body: str, title: str = "关于成立石门县招商领导小组的通知") -> str:
    return f"{title}\n石政办发〔2012〕3号\n{body}\n石门县人民政府办公室\n2012年5月1日\n"


def test_gazette_running_head_inside_a_roster_is_no_member():
    raw = _notice("组  长：王大力  县长\n成  员：刘小山  县财政局局长\n— 3 —\n"
                  "石门县人民政府公报                2012年第5期\n        张红  县审计局局长")
    assert [p for p, *_x in _members(raw)] == ["王大力", "刘小山", "张红"]


def test_kazakh_name_without_a_dot_opens_a_row():
    raw = _notice("组  长：王大力  县长\n成  员：刘小山  县财政局局长\n        巴合提别克  县农业局局长")
    assert [(p, post) for p, _r, post, _g in _members(raw)][-1] == ("巴合提别克", "县农业局局长")


def test_semicolon_rows_of_name_comma_post_with_bracketed_notes():
    raw = _notice("副组长：覃美兰（女，壮族），副县长；农志刚，县政府办公室主任")
    assert [(p, post) for p, _r, post, _g in _members(raw)] == [
        ("覃美兰", "副县长"), ("农志刚", "县政府办公室主任")]


def test_tongzhi_after_each_name_of_a_yi_wei_clause():
    raw = _notice("成立以县长王大力同志为组长，副县长刘小山同志、县政府办公室主任张红同志"
                  "为副组长的石门县招商领导小组。")
    assert [(p, r, post) for p, r, post, _g in _members(raw)] == [
        ("王大力", "组长", "县长"), ("刘小山", "副组长", "副县长"), ("张红", "副组长", "县政府办公室主任")]


def test_ordering_note_after_a_role_label():
    raw = _notice("组长：王大力（县长）\n成员（按姓氏笔画为序）：\n 刘小山（县财政局局长）  张 红（县审计局局长）")
    assert [(p, r, post) for p, r, post, _g in _members(raw)][1:] == [
        ("刘小山", "成员", "县财政局局长"), ("张红", "成员", "县审计局局长")]


def test_gender_note_in_the_post_bracket_is_no_part_of_the_post():
    raw = _notice("组长：王大力（县长）\n副组长：张  红（女，副县长）")
    assert [post for _p, _r, post, _g in _members(raw)] == ["县长", "副县长"]


def test_institution_naming_itself_gets_the_title_name():
    raw = ("关于调整西川理工大学学位评定委员会组成人员的通知\n西理工发〔2012〕37号\n"
           "经校长办公会研究，调整学校学位评定委员会组成人员。\n主任委员：王大力（校长）\n西川理工大学\n2012年6月8日\n")
    assert _members(raw) == [("王大力", "主任委员", "校长", "西川理工大学学位评定委员会")]

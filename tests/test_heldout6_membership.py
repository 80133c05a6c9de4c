"""Sixth held-out corpus for group memberships, written before the rules that read it.

tests/fixtures/heldout6_membership/NAME.<suffix> each has NAME.expected (format in tests/corpus.py, scored by
tests/test_corpora.py).  Layouts the earlier corpora lack: a 江苏 county notice whose whole roster is one
sentence (由…任组长，…和…任副组长，…为成员); a 浙江 town page with a pipe table whose role column is headed
委内职务; a 湖南 city page whose table prints the unit and the post in two columns; a 湖北 district roster of
name（post） rows; a 陕西 village 工作组 listing 组员 with one shared note; a 甘肃 county PDF with a wrapped
post and a page number; a 黑龙江 联席会议 in traditional characters; a 广西 GBK page on one run-on line.
Before its rules: micro-F1 0.667 (P 0.67, R 0.66); after: 1.000.  Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in


def _members(raw: str) -> list[tuple]:
    """(person, role, post, group) of the memberships extracted from an inline text."""
    return facts_in(raw, "membership")


def _notice(body: str, title: str = "关于成立石门县招商领导小组的通知") -> str:
    return f"{title}\n石政办发〔2012〕3号\n{body}\n石门县人民政府办公室\n2012年5月1日\n"


def test_prose_roster_closed_by_wei_chengyuan_shares_the_role_with_the_pieces_before_it():
    raw = _notice("领导小组由县长王大力任组长，副县长刘小山任副组长，县政府办公室主任张红，县财政局局长赵强为成员。")
    assert [(p, r, post) for p, r, post, _g in _members(raw)] == [
        ("王大力", "组长", "县长"), ("刘小山", "副组长", "副县长"),
        ("张红", "成员", "县政府办公室主任"), ("赵强", "成员", "县财政局局长")]


def test_two_people_joined_by_he_each_keep_their_own_post():
    raw = _notice("领导小组由县长王大力任组长，常务副县长刘小山和副县长张红任副组长。")
    assert [(p, post) for p, r, post, _g in _members(raw) if r == "副组长"] == [
        ("刘小山", "常务副县长"), ("张红", "副县长")]


def test_he_inside_an_agency_name_does_not_split_it():
    raw = _notice("领导小组由县长王大力任组长，县住房和城乡建设局局长刘小山任副组长。")
    assert ("刘小山", "副组长", "县住房和城乡建设局局长", "石门县招商领导小组") in _members(raw)


def test_pipe_table_role_column_headed_weinei_zhiwu():
    raw = _notice("| 委内职务 | 姓 名 | 现任职务 |\n| --- | --- | --- |\n| 主　任 | 王大力 | 县长 |\n"
                  "| 委　员 | 刘小山 | 县财政局局长 |", title="关于调整石门县安全生产委员会组成人员的通知")
    assert [(p, r, post) for p, r, post, _g in _members(raw)] == [
        ("王大力", "主任", "县长"), ("刘小山", "委员", "县财政局局长")]


def test_unit_and_post_columns_join_into_one_post_and_that_zhiwu_is_no_role():
    raw = _notice("姓名\t工作单位\t职务\t小组职务\n王大力\t县人民政府\t县长\t组长\n刘小山\t县财政局\t局长\t成员")
    assert [(p, r, post) for p, r, post, _g in _members(raw)] == [
        ("王大力", "组长", "县人民政府县长"), ("刘小山", "成员", "县财政局局长")]

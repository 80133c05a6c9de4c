"""Third held-out corpus for group memberships: rosters at every level, written before the rules.

tests/fixtures/heldout3_membership/NAME.<suffix> each has NAME.expected (format in
tests/corpus.py, scored by tests/test_corpora.py).  Layouts the earlier corpora lack: a 部际联席会议 with post-first
召集人 rows, a traditional-character 委員會, an HTML table with the role column first, a GBK 指挥部,
a town roster scraped into one run-on line, a street 专班 in one bracketed sentence, a university group
with a names-only 成员 row, a hospital committee broken by page numbers, a 开发区 tab roster with
（常务）, an SOE markdown table, a village 工作小组 with post-first rows, a 成立以…为组长 clause with
dotted names, nested 工作组 with comma rows, a name-list attachment without a role column, and
semicolon rows with posts glued before names.  Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in

# Rules this corpus asked for, each on a short input of its own (names and places invented).


def _members(raw: str) -> list[tuple]:
    """(person, role, post, group) of the memberships extracted from an inline text."""
    return facts_in(raw, "membership")


def _notice(body: str, title: str = "关于成立石门县招商领导小组的通知") -> str:
    return f"{title}\n石政办发〔2022〕3号\n{body}\n石门县人民政府办公室\n2022年5月1日\n"


def test_lead_body_is_no_part_of_a_joint_meeting_name():
    raw = _notice("同意建立由县商务局牵头的石门县招商联席会议制度。\n召集人：王大力　县长",
                  "关于同意建立石门县招商联席会议制度的函")
    assert _members(raw) == [("王大力", "召集人", "县长", "石门县招商联席会议")]


def test_adjusted_roster_is_named_by_the_dui_clause():
    raw = _notice("决定对石门县经济开发区安全生产委员会组成人员进行调整：\n主任：王大力　管委会主任",
                  "关于调整安全生产委员会组成人员的通知")
    assert _members(raw) == [("王大力", "主任", "管委会主任", "石门县经济开发区安全生产委员会")]


def test_traditional_hou_de_does_not_open_a_group_name():
    raw = _notice("現將調整後的石門縣招商領導小組組成人員通知如下：\n組長：王大力　縣長",
                  "關於調整石門縣招商領導小組組成人員的通知")
    assert [g for *_x, g in _members(raw)] == ["石門縣招商領導小組"]


def test_comma_pieces_before_wei_share_its_role():
    raw = _notice("成立以县长王大力为组长，常务副县长刘小山，副县长张红为副组长的石门县招商领导小组。")
    assert [(p, r, post) for p, r, post, _g in _members(raw)] == [
        ("王大力", "组长", "县长"), ("刘小山", "副组长", "常务副县长"), ("张红", "副组长", "副县长")]


def test_post_items_before_a_glued_post_and_name_are_its_post():
    raw = _notice("组长：县委副书记、县长王大力\n副组长：县政府副县长刘小山、张红；县公安局局长赵强")
    assert [(p, post) for p, _r, post, _g in _members(raw)] == [
        ("王大力", "县委副书记、县长"), ("刘小山", "县政府副县长"), ("张红", "县政府副县长"), ("赵强", "县公安局局长")]


def test_numbered_subgroup_heading_ends_the_row_above():
    raw = _notice("（一）综合组\n组长：王大力（县商务局局长）\n成员：刘小山（县商务局副局长）\n"
                  "（二）督查组\n组长：张红（县督查室主任）")
    assert [(p, post, g) for p, _r, post, g in _members(raw)] == [
        ("王大力", "县商务局局长", "综合组"), ("刘小山", "县商务局副局长", "综合组"),
        ("张红", "县督查室主任", "督查组")]


def test_space_separated_name_list_without_role_column_lists_members():
    raw = _notice("石门县招商工作专班人员名单\n序号 姓名 单位及职务 联系电话\n1 王 强 县商务局干部 13900000000\n"
                  "2 刘小山 县财政局副局长 13900000001", "关于成立石门县招商工作专班的通知")
    assert _members(raw) == [("王强", "成员", "县商务局干部", "石门县招商工作专班"),
                             ("刘小山", "成员", "县财政局副局长", "石门县招商工作专班")]


def test_name_list_rows_need_a_post_cell():
    raw = _notice("石门县招商工作专班人员名单\n序号 姓名 单位及职务\n1 王 强 13900000000",
                  "关于成立石门县招商工作专班的通知")
    assert _members(raw) == []


def test_tabulated_name_list_without_role_column_lists_members():
    raw = _notice("石门县招商工作专班成员名单\n序号\t姓名\t工作单位\n1\t王大力\t县商务局",
                  "关于成立石门县招商工作专班的通知")
    assert _members(raw) == [("王大力", "成员", "县商务局", "石门县招商工作专班")]

"""Rules for group facts found by the held-out round 9 corpus (tests/fixtures/heldout9_group).

Fifteen fictional documents: a gazette whose contents list names groups, heading-line roles (组  长：) over
several people a line, a committee roster, an HTML table with merged role cells, a front command and 下设
subgroups, a 撤销 list under a numbered heading, a 联席会议, a run-on GBK page with dotted names, traditional
characters, PDF page noise, a college committee, an SOE task force; and a news page, minutes and a work report
that name groups in passing.  Scored there: group (name, kind, parent, action) and membership; the office is
checked here.
"""

from __future__ import annotations

from extract.pipeline import extract_bytes, extract_text


def groups(raw: str, filename: str = "x.txt") -> list[dict]:
    """The group facts extracted from an inline text."""
    return [f for f in extract_text(raw, filename) if f["type"] == "group"]


def members(raw: str, filename: str = "x.txt") -> set[tuple]:
    """(person, role, post, group) of the membership facts of an inline text (an HTML page read as one)."""
    return {(f["person"], f["role"], f["post"], f["group"]) for f in extract_bytes(raw.encode(), filename)
            if f["type"] == "membership"}


NOTICE = "关于成立{name}的通知\n各单位：\n决定成立{name}。\n{body}\n某某县人民政府\n2024年3月1日\n"


def test_a_dotted_name_before_its_bracketed_post_is_a_member():
    raw = NOTICE.format(name="某县棉花产业工作领导小组", body=(
        "组长：艾力·买买提（县委副书记、县长）\n成员：阿不都热合曼·依明（县发改委主任）、李文博（县农业农村局局长）"))
    assert ("艾力·买买提", "组长", "县委副书记、县长", "某县棉花产业工作领导小组") in members(raw)
    assert ("阿不都热合曼·依明", "成员", "县发改委主任", "某县棉花产业工作领导小组") in members(raw)


def test_a_roster_after_two_subgroups_set_up_together_belongs_to_the_main_group():
    raw = NOTICE.format(name="某集团安全生产工作专班", body=(
        "工作专班下设隐患排查工作组和督导检查工作组。\n一、工作专班组成\n组  长：孔繁荣  集团董事长\n"
        "二、隐患排查工作组\n组  长：曹  勇  集团副总经理"))
    assert members(raw) == {("孔繁荣", "组长", "集团董事长", "某集团安全生产工作专班"),
                            ("曹勇", "组长", "集团副总经理", "隐患排查工作组")}
    assert {(g["name"], g["parent"]) for g in groups(raw)} >= {("隐患排查工作组", "某集团安全生产工作专班"),
                                                             ("督导检查工作组", "某集团安全生产工作专班")}


def test_a_front_command_with_its_own_roster_is_part_of_the_main_command():
    raw = NOTICE.format(name="某县物流港项目建设指挥部", body=(
        "总指挥：黄志刚  县长\n二、前方指挥部组成人员\n指挥长：蒙建国  县政府办公室主任"))
    by_name = {g["name"]: g for g in groups(raw)}
    assert by_name["前方指挥部"]["parent"] == "某县物流港项目建设指挥部"
    assert by_name["某县物流港项目建设指挥部"]["parent"] is None


def test_groups_listed_under_a_numbered_revoking_heading_with_a_count_are_mentioned():
    raw = ("关于调整部分议事协调机构的通知\n各单位：\n一、撤销的议事协调机构（2个）\n1.某县人口普查领导小组\n"
           "2.某县农村危房改造工作专班\n上述机构撤销后，其工作由相关职能部门承担。\n某县人民政府办公室\n2024年9月10日\n")
    assert {(g["name"], g["action"]) for g in groups(raw)} == {("某县人口普查领导小组", "mention"),
                                                              ("某县农村危房改造工作专班", "mention")}


def test_a_group_named_after_a_named_place_is_mentioned_at_its_meeting():
    raw = "区内要闻\n6月17日，滨江区优化营商环境工作领导小组2024年第二次会议召开。\n"
    assert [(g["name"], g["action"]) for g in groups(raw)] == [("滨江区优化营商环境工作领导小组", "mention")]


def test_a_list_of_units_before_a_group_is_no_part_of_its_name():
    raw = "区内要闻\n区发改局、区市场监管局等领导小组成员单位负责同志参加会议。\n"
    assert groups(raw) == []


def test_minutes_that_set_up_a_group_still_mention_a_group_addressed_by_its_member_units():
    raw = ("某县人民政府常务会议纪要\n会议要求，县防汛抗旱指挥部各成员单位要压实责任。\n"
           "会议决定成立某县城乡供水工作专班，由副县长马建军任组长。\n")
    got = {(g["name"], g["action"]) for g in groups(raw)}
    assert got == {("县防汛抗旱指挥部", "mention"), ("某县城乡供水工作专班", "establish")}


def test_a_committee_holding_its_plenary_meetings_in_a_report_is_mentioned():
    raw = ("某县人民政府2023年工作总结\n二、安全生产\n县安全生产委员会召开全体会议4次，开展安全生产大检查3轮。\n"
           "某县人民政府\n2024年1月20日\n")
    assert [(g["name"], g["kind"], g["action"]) for g in groups(raw)] == [
        ("县安全生产委员会", "committee", "mention")]


def test_a_policy_plan_addressing_its_command_member_units_mentions_no_group():
    raw = ("关于印发某县重污染天气应急预案的通知\n各单位：\n成立某县重污染天气应急指挥部，负责统一领导。\n"
           "县应急指挥部成员单位根据本预案修编本部门应急响应实施方案。\n某县人民政府办公室\n2024年3月1日\n")
    assert [g["action"] for g in groups(raw)] == ["establish"]


def test_an_office_head_named_with_tongzhi_ren_is_read():
    raw = NOTICE.format(name="某县棉花产业工作领导小组", body=(
        "组长：张大明  县长\n领导小组办公室设在县农业农村局，李文博同志任办公室主任。"))
    g = groups(raw)[0]
    assert (g["office_at"], g["office_head"]) == ("县农业农村局", "李文博")


def test_an_html_table_with_merged_role_cells_gives_each_row_the_role():
    raw = ("<html><body><p>关于成立某市冰雪经济发展领导小组的通知</p>"
           "<p>经市政府同意，成立某市冰雪经济发展领导小组。</p>"
           "<table><tr><td>职务</td><td>姓名</td><td>单位及职务</td></tr>"
           "<tr><td rowspan=\"2\">副组长</td><td>高雪松</td><td>市政府副市长</td></tr>"
           "<tr><td>林淑华</td><td>市政府副市长</td></tr></table></body></html>")
    assert members(raw, "x.html") == {("高雪松", "副组长", "市政府副市长", "某市冰雪经济发展领导小组"),
                                      ("林淑华", "副组长", "市政府副市长", "某市冰雪经济发展领导小组")}


def test_a_contents_list_title_sets_up_no_group():
    raw = ("某市人民政府公报\n目    录\n关于成立某市低空经济发展工作领导小组的通知……………………（3）\n"
           "关于调整某市防汛防旱指挥部组成人员的通知……………………（9）\n\n某市人民政府文件\n某政发〔2024〕21号\n"
           "关于成立某市低空经济发展工作领导小组的通知\n各单位：\n决定成立某市低空经济发展工作领导小组。\n"
           "组  长：韦承志  市长\n某市人民政府\n2024年5月8日\n")
    assert [(g["name"], g["action"]) for g in groups(raw)] == [("某市低空经济发展工作领导小组", "establish")]


def test_a_group_used_as_an_object_is_named_without_the_verb_before_it():
    raw = "某县人民政府常务会议纪要\n会议要求，充分发挥县乡村振兴领导小组统筹作用。\n"
    assert [(g["name"], g["action"]) for g in groups(raw)] == [("县乡村振兴领导小组", "mention")]


def test_addressees_before_a_bare_group_word_name_no_group():
    raw = "某县人民政府常务会议纪要\n会议要求，县直各部门要落实领导小组部署。\n"
    assert groups(raw) == []

"""Rules for group facts found by the held-out round 10 corpus (tests/fixtures/heldout10_group).

Fifteen fictional documents: a 清理规范 notice listing groups kept, revoked, merged and renamed; a work plan
whose 领导小组 sets up three 专班 in one clause; a command with a 前方指挥部 and team rosters; a partial
adjustment (X同志不再担任成员，由Y同志接任 / 增补Y为成员); a committee with 专门委员会 whose 主任委员 is named
after the committee; quoted names, an HTML table, PDF page noise, run-on web text, traditional characters, GBK,
a ministry 联席会议 and a plan with generic 工作组 words.  Scored there: group and membership; offices here.
"""

from __future__ import annotations

from extract.pipeline import extract_text
from tests.conftest import facts_of
from tests.corpus import members_in as members


def groups(raw: str) -> dict[str, tuple]:
    """{name: (kind, parent, action)} of the group facts of an inline text."""
    return {f["name"]: (f["kind"], f["parent"], f["action"]) for f in extract_text(raw, "x.txt")
            if f["type"] == "group"}


def notice(title: str, body: str) -> str:
    """A short notice of a county government around `body`."""
    return f"{title}\n某政办发〔2024〕1号\n各有关单位：\n{body}\n某某县人民政府办公室\n2024年3月1日\n"


def test_three_task_forces_set_up_in_one_clause_belong_to_the_group_before_them():
    raw = notice("关于印发某某县项目攻坚行动方案的通知",
                 "县政府成立项目攻坚行动领导小组。领导小组下设项目推进专班、要素保障专班和招商引资专班，分别牵头负责。")
    got = groups(raw)
    for name in ("项目推进专班", "要素保障专班", "招商引资专班"):
        assert got[name] == ("task_force", "项目攻坚行动领导小组", "establish")


def test_teams_ending_in_zu_set_up_under_a_task_force_are_working_groups():
    raw = notice("关于成立某某县旧改工作专班的通知",
                 "决定成立某某县旧改工作专班，专班下设宣传动员组和施工协调组。\n组长：陈志强  县长")
    got = groups(raw)
    assert got["宣传动员组"] == ("working_group", "某某县旧改工作专班", "establish")
    assert got["施工协调组"] == ("working_group", "某某县旧改工作专班", "establish")


def test_a_counted_set_of_teams_names_no_team():
    raw = notice("关于成立某某县数字工作领导小组的通知",
                 "决定成立某某县数字工作领导小组。领导小组下设两个专项工作组：\n组长：陈志强  县长")
    assert "两个专项工作组" not in groups(raw)


def test_groups_kept_in_a_cleanup_list_are_mentioned():
    raw = notice("关于公布议事协调机构清理规范结果的通知",
                 "现将结果通知如下：\n一、保留的议事协调机构（2个）\n1.某某县安全生产委员会\n2.某某县防汛防旱指挥部\n"
                 "二、其他事项")
    got = groups(raw)
    assert got["某某县安全生产委员会"] == ("committee", None, "mention")
    assert got["某某县防汛防旱指挥部"] == ("command", None, "mention")


def test_merged_groups_are_mentioned_and_the_group_they_form_is_set_up():
    raw = notice("关于公布议事协调机构清理规范结果的通知",
                 "将某某县河长制工作领导小组与某某县湖长制工作领导小组合并，设立某某县河湖长制工作领导小组。")
    got = groups(raw)
    assert got["某某县河长制工作领导小组"] == ("leading_group", None, "mention")
    assert got["某某县湖长制工作领导小组"] == ("leading_group", None, "mention")
    assert got["某某县河湖长制工作领导小组"] == ("leading_group", None, "establish")


def test_a_successor_takes_the_role_the_member_before_him_leaves():
    raw = notice("关于调整某某县城市更新工作领导小组部分成员的通知",
                 "现对某某县城市更新工作领导小组部分成员调整如下：\n"
                 "李红梅同志不再担任领导小组成员，由县住房和城乡建设局局长赵永刚同志接任；")
    assert members(raw) == {("赵永刚", "成员", "县住房和城乡建设局局长", "某某县城市更新工作领导小组")}


def test_an_added_member_is_read_without_the_adding_verb():
    raw = notice("关于调整某某县城市更新工作领导小组部分成员的通知",
                 "现对某某县城市更新工作领导小组部分成员调整如下：\n增补县城市管理局局长冯亚楠同志为领导小组成员。")
    assert members(raw) == {("冯亚楠", "成员", "县城市管理局局长", "某某县城市更新工作领导小组")}


def test_a_role_named_after_a_subcommittee_belongs_to_that_subcommittee():
    raw = notice("关于调整某某县城乡规划委员会组成人员的通知",
                 "对某某县城乡规划委员会组成人员进行调整。\n主任：白云鹏  县长\n"
                 "规划委员会下设建筑风貌专门委员会。建筑风貌专门委员会主任委员由贾文斌同志担任。")
    assert ("贾文斌", "主任委员", None, "建筑风貌专门委员会") in members(raw)


def test_a_kind_word_before_a_role_points_to_the_group_just_set_up():
    raw = notice("关于成立某某县内涝治理工作领导小组的通知",
                 "决定成立某某县内涝治理工作领导小组。\n组长：韦振华  县长\n"
                 "领导小组下设城区排涝工作专班，由黄志勇同志任专班组长。")
    assert ("黄志勇", "组长", None, "城区排涝工作专班") in members(raw)


def test_a_group_a_plan_works_under_is_mentioned():
    raw = notice("关于印发某某县安全生产大排查实施方案的通知",
                 "本次行动在某某县安全生产委员会统一领导下开展。各工作组要逐项排查，各部门要成立工作专班。")
    assert groups(raw) == {"某某县安全生产委员会": ("committee", None, "mention")}


def test_an_office_head_whose_verb_wraps_onto_the_next_line_is_read():
    raw = notice("关于成立某某县数字经济工作专班的通知",
                 "决定成立某某县数字经济工作专班。\n组长：罗国栋  县长\n"
                 "专班办公室设在县大数据局，办公室主任由田甜同志兼\n任。")
    (g,) = [f for f in extract_text(raw, "x.txt") if f["type"] == "group"]
    assert (g["office_at"], g["office_head"]) == ("县大数据局", "田甜")


def test_member_units_and_office_of_a_quoted_group_name():
    raw = notice("关于成立某某县“双碳”工作领导小组的通知",
                 "决定成立某某县“双碳”工作领导小组。\n组长：周明远  县长\n"
                 "领导小组办公室设在县发展改革委，办公室主任由李国庆同志兼任。\n"
                 "领导小组成员单位包括县发展改革委、县财政局。")
    (g,) = [f for f in extract_text(raw, "x.txt") if f["type"] == "group"]
    assert g["name"] == "某某县“双碳”工作领导小组"
    assert (g["office_at"], g["office_head"]) == ("县发展改革委", "李国庆")
    assert g["member_units"] == ["县发展改革委", "县财政局"]


def test_seed_emergency_plan_teams_belong_to_its_command(seed_facts):
    teams = facts_of(seed_facts("001"), "group", name="后勤保障组")
    assert [(f["parent"], f["action"]) for f in teams] == [("伊金霍洛旗辐射事故应急指挥部", "establish")]

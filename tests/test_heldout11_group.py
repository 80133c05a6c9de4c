"""Rules for group facts found by the held-out round 11 corpus (tests/fixtures/heldout11_group).

Fifteen fictional documents: a province 委员会 with 主任/副主任/秘书长/委员, a ministry 联席会议 with 召集人, 专项小组
under a quoted 领导小组, a Word table (职务|姓名|单位及职务), one-line rosters with posts in brackets, a province
议事协调机构 notice (撤销 list, 更名 without 将, a new group under a numbered section heading), a town 指挥部, a
development zone rename with a 专班 whose 组长 is named in prose, a hospital HTML table, PDF page noise, run-on
web text, traditional characters, GBK with teams numbered after 下设三个工作组, a plan with generic 专班 words and
a university 学位评定委员会 (主席/副主席/秘书).  Scored there: group and membership; offices and units here.
"""

from __future__ import annotations

from tests.corpus import groups_by_name as groups
from tests.corpus import members_in as members


def notice(title: str, body: str) -> str:
    """A short notice of a province government around `body`."""
    return f"{title}\n某政办函〔2025〕3号\n各有关单位：\n{body}\n某某省人民政府办公厅\n2025年6月3日\n"


def test_a_numbered_section_heading_over_a_whole_group_name_is_no_part_of_it():
    raw = notice("某某省人民政府办公厅关于调整省政府部分议事协调机构的通知",
                 "三、新设立的议事协调机构（1个）\n省低空经济发展工作领导小组\n组　长：马继东　副省长\n"
                 "成　员：白志诚　省工业和信息化厅副厅长")
    assert ("马继东", "组长", "副省长", "省低空经济发展工作领导小组") in members(raw)


def test_a_rename_without_jiang_adjusts_the_new_group():
    raw = notice("某某省人民政府办公厅关于调整省政府部分议事协调机构的通知",
                 "二、更名的议事协调机构（1个）\n省扶贫开发领导小组更名为省乡村振兴工作领导小组，组长由省长担任。")
    g = groups(raw)["省乡村振兴工作领导小组"]
    assert (g["kind"], g["action"]) == ("leading_group", "adjust")


def test_each_group_of_a_revoking_list_is_mentioned():
    raw = notice("某某大学关于调整学校部分非常设机构的通知",
                 "一、撤销学校本科教学审核评估工作领导小组、学校“双一流”建设推进工作专班。")
    got = groups(raw)
    assert got["学校本科教学审核评估工作领导小组"]["action"] == "mention"
    assert got["学校“双一流”建设推进工作专班"]["action"] == "mention"


def test_a_degree_committee_has_a_chair_vice_chair_and_secretary():
    raw = notice("某某大学关于调整学校学位评定委员会组成人员的通知",
                 "调整学校学位评定委员会组成人员：\n主　席：孔繁辉　校长\n副主席：曹明哲　副校长\n"
                 "秘　书：赵　楠　研究生院培养办公室主任")
    got = members(raw)
    assert ("孔繁辉", "主席", "校长", "学校学位评定委员会") in got
    assert ("曹明哲", "副主席", "副校长", "学校学位评定委员会") in got
    assert ("赵楠", "秘书", "研究生院培养办公室主任", "学校学位评定委员会") in got


def test_a_task_force_leader_named_in_prose_after_a_bare_kind_word_joins_the_task_force():
    raw = notice("某某开发区关于调整开发区招商引资工作领导小组的通知",
                 "调整开发区招商引资工作领导小组如下：\n组　长：于海涛　管委会主任\n"
                 "领导小组下设项目建设工作专班，专班组长由孙立军同志兼任，具体负责项目跟踪服务。")
    assert ("孙立军", "组长", None, "项目建设工作专班") in members(raw)


def test_teams_numbered_one_a_line_after_xiashe_belong_to_the_group():
    raw = notice("某某区人民政府办公室关于成立某某区燃气安全专项整治工作领导小组的通知",
                 "成立某某区燃气安全专项整治工作领导小组，组成人员如下：\n组  长：邓华明  区长\n"
                 "领导小组下设三个工作组：\n1.排查整治组：由区住房和城乡建设局牵头。\n2.执法检查组：由区市场监管局牵头。")
    got = groups(raw)
    for name in ("排查整治组", "执法检查组"):
        assert (got[name]["kind"], got[name]["parent"], got[name]["action"]) == (
            "working_group", "某某区燃气安全专项整治工作领导小组", "establish")


def test_a_numbered_list_of_tasks_after_xiashe_names_no_team():
    raw = notice("某某区人民政府办公室关于成立某某区燃气安全专项整治工作领导小组的通知",
                 "成立某某区燃气安全专项整治工作领导小组，组成人员如下：\n组  长：邓华明  区长\n"
                 "领导小组下设办公室：\n1.负责日常工作。\n2.做好信息报送。")
    assert set(groups(raw)) == {"某某区燃气安全专项整治工作领导小组"}


def test_members_separated_by_semicolons_each_keep_their_own_post():
    raw = notice("某某区人民政府办公室关于成立某某区燃气安全专项整治工作领导小组的通知",
                 "组长：付静  区政府副区长\n成员：唐立军  区应急管理局局长；彭晓燕  区市场监督管理局局长；"
                 "冉东  区公安分局副局长。")
    got = members(raw)
    assert ("唐立军", "成员", "区应急管理局局长", "某某区燃气安全专项整治工作领导小组") in got
    assert ("彭晓燕", "成员", "区市场监督管理局局长", "某某区燃气安全专项整治工作领导小组") in got
    assert ("冉东", "成员", "区公安分局副局长", "某某区燃气安全专项整治工作领导小组") in got


def test_a_contents_entry_naming_a_group_notice_is_no_mention():
    raw = ("某某县人民政府公报\n目录\n某某县人民政府关于调整某某县森林防灭火指挥部组成人员的通知……………1\n"
           "某某县人民政府2024年12月大事记……………4\n")
    assert groups(raw) == {}


def test_an_inspected_command_is_mentioned_without_the_verb():
    raw = ("某某市2025年6月大事记\n6月13日　副市长卢天明带队到东营口区督导防汛工作，"
           "检查鲁川市防汛抗旱指挥部值班值守情况。\n")
    assert "鲁川市防汛抗旱指挥部" in groups(raw)


def test_office_and_office_head_of_a_province_committee():
    raw = notice("某某省人民政府办公厅关于调整省食品安全委员会组成人员的通知",
                 "现将调整后的组成人员名单通知如下：\n主　任：陆振华　省长\n秘书长：韩志明　省市场监管局局长\n"
                 "省食品安全委员会办公室设在省市场监管局，办公室主任由韩志明同志兼任。")
    g = groups(raw)["省食品安全委员会"]
    assert (g["action"], g["office_at"], g["office_head"]) == ("adjust", "省市场监管局", "韩志明")
    assert ("韩志明", "秘书长", "省市场监管局局长", "省食品安全委员会") in members(raw)


def test_a_team_whose_members_are_units_lists_them_as_member_units():
    raw = notice("某某市人民政府办公室关于成立某某市规划编制工作领导小组的通知",
                 "决定成立某某市规划编制工作领导小组，组成人员如下：\n组　长：叶承志　市长\n"
                 "领导小组下设专项小组：\n（一）产业发展专项小组\n组　长：陈晓岚　副市长\n"
                 "成　员：市经信局、市商务局分管负责同志")
    g = groups(raw)["产业发展专项小组"]
    assert (g["parent"], g["member_units"]) == ("某某市规划编制工作领导小组", ["市经信局", "市商务局分管负责同志"])
    assert ("陈晓岚", "组长", "副市长", "产业发展专项小组") in members(raw)


def test_generic_task_force_words_of_a_plan_set_up_no_group():
    raw = notice("某某县人民政府办公室关于印发燃气安全隐患排查整治实施方案的通知",
                 "（一）组建排查小组。各乡镇要抽调精干力量组成排查小组。\n（二）成立工作专班。县住建局要组建工作专班，"
                 "集中攻坚。\n（三）派出督导组。县安委办适时派出督导组。")
    assert groups(raw) == {}


def test_a_table_printed_with_runs_of_spaces_reads_one_member_a_row():
    raw = notice("某某医院关于成立医疗质量与安全管理委员会的通知",
                 "医院决定成立医疗质量与安全管理委员会，成员如下：\n职  务      姓  名      科室及职务\n"
                 "主任委员    顾建国      院长\n委员        钱伟明      医务科科长")
    assert members(raw) == {("顾建国", "主任委员", "院长", "医疗质量与安全管理委员会"),
                            ("钱伟明", "委员", "医务科科长", "医疗质量与安全管理委员会")}


def test_a_sentence_opening_with_a_role_word_and_spaces_is_no_roster_row():
    raw = notice("某某医院关于成立医疗质量与安全管理委员会的通知",
                 "医院决定成立医疗质量与安全管理委员会。\n主任  负责委员会全面工作，定期召开会议。")
    assert members(raw) == set()

"""Rosters: group and membership facts (GUIDE section 4), on short inline texts and on the seed corpus."""

from __future__ import annotations

from extract.pipeline import extract_text
from tests.conftest import facts_of

NOTICE = "XX旗人民政府办公室关于成立旗城市更新工作领导小组的通知\nX政办发〔2024〕9号\n各苏木镇：\n"


def _facts(body: str, head: str = NOTICE) -> list[dict]:
    return list(extract_text(head + body, "x.txt"))


def _members(facts: list[dict]) -> list[tuple]:
    return [(f["person"], f["role"], f["post"]) for f in facts_of(facts, "membership")]


def test_label_colon_rows_and_continuation_rows_keep_the_label():
    facts = _facts("组 长：许瑞峰 旗委常委、政府副旗长\n副组长：张 勤 旗财政局局长\n高 黎 旗审计局局长\n")
    assert _members(facts) == [
        ("许瑞峰", "组长", "旗委常委、政府副旗长"),
        ("张勤", "副组长", "旗财政局局长"),
        ("高黎", "副组长", "旗审计局局长"),
    ]


def test_tab_rows_and_bullet_rows():
    facts = _facts("组 长：\t那顺德力格尔\t旗人民政府副旗长\n成 员：\t王 俊\t旗人民政府办公室主任\n"
                   "- 张福军 旗工业和信息化局局长\n")
    assert _members(facts) == [
        ("那顺德力格尔", "组长", "旗人民政府副旗长"),
        ("王俊", "成员", "旗人民政府办公室主任"),
        ("张福军", "成员", "旗工业和信息化局局长"),
    ]


def test_several_names_on_one_line_keep_spaced_two_character_names_whole():
    facts = _facts("副主任：青格乐 刘佳航 杜 磊 冯 乐\n", head="XX公报\n编辑委员会\n")
    assert [f["person"] for f in facts_of(facts, "membership")] == ["青格乐", "刘佳航", "杜磊", "冯乐"]


def test_wrapped_post_lines_join_the_previous_member():
    facts = _facts("成 员：刘 海 罕台镇人民政府镇长,\n泊尔江海子镇党委副书\n记、镇长\n王 鹏 铜川镇镇长\n")
    assert _members(facts) == [
        ("刘海", "成员", "罕台镇人民政府镇长,泊尔江海子镇党委副书记、镇长"),
        ("王鹏", "成员", "铜川镇镇长"),
    ]


def test_spaced_labels_first_and_executive_deputies():
    facts = _facts("组 长：张鹏程 高新区管委会主任\n第一副组长：韩 涛 区委副书记\n"
                   "常务副组长：何万智 高新区管委会副主任\n副 组 长：王 平 高新区管委会副主任\n")
    roles = [f["role"] for f in facts_of(facts, "membership")]
    assert roles == ["组长", "第一副组长", "常务副组长", "副组长"]


def test_executive_qualifier_upgrades_the_deputy_role_and_leaves_the_post():
    facts = _facts("组 长：高 玮 区政府办公室副主任\n副组长：张 珊 （常务）区商务局局长\n冯毅君 集团总经理\n")
    assert _members(facts)[1:] == [("张珊", "常务副组长", "区商务局局长"), ("冯毅君", "副组长", "集团总经理")]


def test_unit_rows_are_member_units_not_members():
    facts = _facts("组 长：许瑞峰 旗委常委、政府副旗长\n成 员：旗直各有关部门、各苏木镇负责人\n")
    (group,) = facts_of(facts, "group")
    assert group["member_units"] == ["旗直各有关部门", "各苏木镇负责人"]
    assert [f["person"] for f in facts_of(facts, "membership")] == ["许瑞峰"]


def test_group_office_and_office_head():
    facts = _facts("组 长：许瑞峰 旗委常委\n领导小组办公室设在旗财政局，"
                   "办公室主任由旗财政局局长张勤同志兼任，负责日常工作。\n")
    (group,) = facts_of(facts, "group")
    assert (group["office_at"], group["office_head"]) == ("旗财政局", "张勤")


def test_office_head_given_only_as_a_post_is_no_person():
    facts = _facts("组 长：许瑞峰 旗委常委\n办公室设在旗生态环境局，办公室主任由旗生态环境局局长兼任。\n")
    assert facts_of(facts, "group")[0]["office_head"] is None


def test_group_name_comes_from_the_title_when_the_roster_says_only_领导小组():
    facts = _facts("决定成立领导小组，组成人员如下：\n组 长：许瑞峰 旗委常委\n")
    assert {f["group"] for f in facts_of(facts, "membership")} == {"旗城市更新工作领导小组"}
    assert facts_of(facts, "group")[0]["kind"] == "leading_group"


def test_adjustment_notice_is_an_adjust_action():
    head = "XX旗人民政府办公室关于调整发展保障性租赁住房工作领导小组的通知\nX政办发〔2024〕47号\n"
    body = "现对领导小组组成人员进行调整，调整后名单如下。\n组 长：\t苏智雄\t旗委副书记、政府旗长\n"
    facts = _facts(body, head)
    assert facts_of(facts, "group")[0]["action"] == "adjust"


def test_run_on_roster_without_line_breaks():
    body = ("决定成立旗安全生产委员会。组成人员如下：主任：张三（旗长），"
            "副主任：李四（副旗长）、王五（旗政府办公室主任）。\n")
    facts = _facts(body)
    assert ("李四", "副主任", "副旗长") in _members(facts)
    assert ("王五", "副主任", "旗政府办公室主任") in _members(facts)


def test_members_named_in_prose_由x任组长():
    head = "县人民政府关于成立县防汛抗旱指挥部的通知\n县政发〔2024〕3号\n"
    body = "决定成立县防汛抗旱指挥部，由县长张明任总指挥，副县长李红、县水利局局长王刚任副总指挥。\n"
    facts = _facts(body, head)
    assert _members(facts) == [("张明", "总指挥", "县长"), ("李红", "副总指挥", "副县长"),
                               ("王刚", "副总指挥", "县水利局局长")]
    assert facts_of(facts, "group")[0]["kind"] == "command"


def test_post_only_roles_name_no_member():
    facts = _facts("决定成立旗辐射事故应急指挥部，总指挥由分管副旗长担任，副总指挥由旗生态环境局局长担任。\n")
    assert facts_of(facts, "membership") == []


def test_meeting_decision_establishes_a_group_without_members():
    head = "XX旗人民政府2021年第16次常务会议纪要\n〔2021〕36号\n"
    body = "会议议定：\n（二）同意成立鄂托克前旗债务风险降级工作领导小组，负责推进全旗债务风险降级工作。\n"
    facts = _facts(body, head)
    (group,) = facts_of(facts, "group")
    assert (group["name"], group["action"]) == ("鄂托克前旗债务风险降级工作领导小组", "establish")


def test_nested_working_groups_name_their_parent():
    body = ("决定成立专项行动工作组，具体如下。\n组 长：杨 云 区人民政府副区长\n"
            "领导小组下设办公室以及规划设计策划等工作组。\n"
            "（一）规划设计策划工作组\n组 长：张 珊 区商务局局长\n")
    head = "XX区人民政府办公室关于成立老旧商圈整治专项行动工作组的通知\nX政办发〔2024〕13号\n"
    facts = _facts(body, head)
    sub = facts_of(facts, "group", name="规划设计策划工作组")
    assert sub and sub[0]["parent"] == "老旧商圈整治专项行动工作组"


def test_spaced_names_become_known_names():
    from extract.documents import split
    from extract.rosters import parse
    from extract.text import normalise

    raw = NOTICE + "组 长：张 勤 旗财政局局长\n"
    ctx: dict = {"known_names": set()}
    for doc in split("x.txt", normalise(raw)):
        list(parse(doc, ctx))
    assert "张勤" in ctx["known_names"]


# ------------------------------------------------------------------ seeds (verified by reading the text)


def test_seed_003_ai_leading_group_roster(seed_facts):
    facts = seed_facts("003")
    group = "人工智能产业发展工作领导小组"
    members = facts_of(facts, "membership", group=group)
    assert len(members) == 56
    assert [len(facts_of(members, "membership", role=r)) for r in ("组长", "副组长", "成员")] == [1, 7, 48]
    assert (members[0]["person"], members[0]["post"]) == ("韩涛", "区委副书记、政府区长")
    assert members[1]["post"] == "鄂尔多斯高新技术产业开发区管理委员会副主任、高新技术产业园管理办公室主任"
    last = members[-1]
    assert (last["person"], last["role"], last["post"]) == ("刘子亭", "成员", "区网络安全应急指挥中心主任")
    (g,) = facts_of(facts, "group", name=group)
    assert (g["action"], g["office_head"]) == ("establish", "邵勇")


def test_seed_003_nested_working_groups(seed_facts):
    facts = seed_facts("003")
    parent = "老旧商圈基础设施改造和安全隐患整治专项行动工作组"
    subs = [f["name"] for f in facts_of(facts, "group", parent=parent)]
    assert len(subs) == 8 and subs[0] == "规划设计策划工作组" and subs[-1] == "宣传报道工作组"
    assert facts_of(facts, "membership", group="综合协调工作组", person="张珊")[0]["role"] == "常务副组长"
    # 20 in the notice's own roster, 64 in the attached name list (附件 专项工作组人员花名).
    assert len(facts_of(facts, "membership", group=parent)) == 20 + 64


def test_seed_000_tab_roster_with_continuation_rows(seed_facts):
    facts = seed_facts("000")
    group = "全旗建设工程消防设计审查验收遗留项目问题集中整治专项工作组"
    members = facts_of(facts, "membership", group=group)
    assert len(members) == 20
    assert (members[-1]["person"], members[-1]["post"]) == ("丁冬", "旗消防救援大队大队长")
    (g,) = facts_of(facts, "group", name=group)
    assert (g["office_at"], g["office_head"]) == ("旗住房和城乡建设局", "越祖鹏")


def test_seed_000_editorial_board_on_the_cover(seed_facts):
    facts = seed_facts("000")
    members = facts_of(facts, "membership", group="鄂托克旗人民政府公报编辑委员会")
    assert [len(facts_of(members, "membership", role=r)) for r in ("主任", "副主任", "委员")] == [1, 5, 9]
    assert facts_of(members, "membership", person="杜磊", role="副主任")


def test_seed_000_units_and_office_of_the_asset_group(seed_facts):
    (g,) = facts_of(seed_facts("000"), "group", name="固定资产清查及实行条码化管理工作领导小组")
    assert g["member_units"] == ["旗直各有关部门", "各苏木镇负责人"]
    assert (g["office_at"], g["office_head"]) == ("旗财政局", "张勤")


def test_seed_000_adjustment_notice(seed_facts):
    facts = seed_facts("000")
    (g,) = facts_of(facts, "group", name="发展保障性租赁住房工作领导小组")
    assert g["action"] == "adjust"
    assert len(facts_of(facts, "membership", group=g["name"])) == 10


def test_seed_001_tab_rows_then_bullets(seed_facts):
    members = facts_of(seed_facts("001"), "membership", group="伊金霍洛旗城市更新工作领导小组")
    assert len(members) == 38
    assert (members[-1]["person"], members[-1]["post"]) == ("王利平", "旗供电公司总经理")


def test_seed_002_convener_roster_in_an_attachment(seed_facts):
    facts = seed_facts("002")
    members = facts_of(facts, "membership", group="鄂尔多斯市产业基金发展运作联席会议")
    assert [len(facts_of(members, "membership", role=r)) for r in ("召集人", "副召集人")] == [1, 3]
    assert facts_of(members, "membership", person="额登毕力格")[0]["post"] == "副市长"


def test_traditional_characters_keep_names_and_posts_as_printed():
    head = "縣人民政府關於成立縣城市更新工作領導小組的通知\n縣政發〔2024〕3號\n"
    facts = _facts("組　長：張　軍　縣長\n", head)
    assert _members(facts) == [("張軍", "组长", "縣長")]
    assert facts_of(facts, "group")[0]["kind"] == "leading_group"

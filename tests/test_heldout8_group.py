"""Rules for group facts found by the held-out round 8 corpus (tests/fixtures/heldout8_group).

Fifteen fictional group notices and minutes from ministries, provinces, cities, counties, towns, a street, a
development zone, a university and an SOE: subgroups set up with 下设, a 联席会议 made of counted departments,
a front command, a 撤销 notice, a renaming adjustment, groups mentioned in minutes, PDF page noise, a run-on
web page, traditional characters and GBK bytes.  Scored there: group (name, kind, parent, action) and
membership; the office and member units are checked here.
"""

from __future__ import annotations

from extract.pipeline import extract_text


def groups(raw: str) -> list[dict]:
    """The group facts extracted from an inline text."""
    return [f for f in extract_text(raw, "x.txt") if f["type"] == "group"]


def members(raw: str) -> set[tuple]:
    """(person, role, post, group) of the membership facts of an inline text."""
    return {(f["person"], f["role"], f["post"], f["group"]) for f in extract_text(raw, "x.txt")
            if f["type"] == "membership"}


NOTICE = "关于成立{name}的通知\n各单位：\n决定成立{name}。\n{body}\n某某县人民政府\n2024年3月1日\n"


def test_two_groups_set_up_together_under_one_parent_are_two_subgroups():
    raw = NOTICE.format(name="县安全生产委员会", body=(
        "主任：张大明  县长\n县安委会下设道路交通安全工作组和危险化学品安全工作组，分别由县公安局、县应急管理局牵头。"))
    got = {(g["name"], g["parent"]) for g in groups(raw)}
    assert ("道路交通安全工作组", "县安全生产委员会") in got
    assert ("危险化学品安全工作组", "县安全生产委员会") in got


def test_a_count_of_subgroups_names_no_group():
    raw = NOTICE.format(name="县数字经济发展工作领导小组", body=(
        "组长：张大明  县长\n领导小组下设两个专项工作组：\n（一）产业招引专项工作组\n组长：李小红  副县长"))
    names = {g["name"] for g in groups(raw)}
    assert "两个专项工作组" not in names
    assert "产业招引专项工作组" in names


def test_a_renamed_group_is_adjusted_under_its_new_name_with_the_roster():
    raw = ("关于调整北山市全民健身工作领导小组的通知\n各单位：\n"
           "将北山市全民健身工作领导小组更名为北山市体育强市建设工作领导小组，并对组成人员进行调整。\n"
           "组长：柏长青  市政府副市长\n北山市人民政府办公室\n2024年8月9日\n")
    assert ("北山市体育强市建设工作领导小组", "adjust") in {(g["name"], g["action"]) for g in groups(raw)}
    assert members(raw) == {("柏长青", "组长", "市政府副市长", "北山市体育强市建设工作领导小组")}


def test_groups_listed_after_a_revoking_sentence_are_mentioned():
    raw = ("关于撤销部分议事协调机构的通知\n各单位：\n决定撤销以下议事协调机构：\n"
           "1.某县人口普查领导小组\n2.某县脱贫攻坚工作专班\n上述机构撤销后，其工作由县统计局承担。\n某县人民政府办公室\n2024年7月15日\n")
    got = {(g["name"], g["kind"], g["action"]) for g in groups(raw)}
    assert got == {("某县人口普查领导小组", "leading_group", "mention"),
                   ("某县脱贫攻坚工作专班", "task_force", "mention")}


def test_a_group_revoked_inline_is_mentioned():
    raw = "关于撤销有关机构的通知\n各单位：\n县政府决定撤销某县创建文明城市指挥部。\n某县人民政府\n2024年7月15日\n"
    assert [(g["name"], g["action"]) for g in groups(raw)] == [("某县创建文明城市指挥部", "mention")]


def test_a_committee_is_mentioned_by_its_counted_plenary_meeting():
    raw = "会议纪要\n会议听取了开发区安全生产委员会2024年第三次全体会议筹备情况的汇报。\n"
    got = [(g["name"], g["kind"], g["action"]) for g in groups(raw)]
    assert got == [("开发区安全生产委员会", "committee", "mention")]


def test_an_elected_body_meeting_is_no_group_mention():
    raw = "大事记\n1月9日 中国共产党某某县第九届委员会第三次全体会议召开。\n"
    assert groups(raw) == []


def test_a_group_meeting_called_by_a_verb_is_named_after_the_verb():
    raw = "会议纪要\n会议同意由经济发展局牵头，近期召开开发区优化营商环境工作专班会议。\n"
    assert [g["name"] for g in groups(raw)] == ["开发区优化营商环境工作专班"]


def test_a_leading_group_named_as_a_body_in_minutes_is_mentioned():
    raw = "会议纪要\n二、会议研究了开发区招商引资工作领导小组提交的年度考核办法，原则同意。\n"
    assert [(g["name"], g["action"]) for g in groups(raw)] == [("开发区招商引资工作领导小组", "mention")]


def test_a_leading_group_opening_a_post_in_minutes_is_not_mentioned():
    raw = "会议纪要\n县委人才工作领导小组办公室主任王小明列席会议。\n"
    assert groups(raw) == []


def test_the_office_named_by_the_group_alias_belongs_to_the_group_not_its_subgroup():
    raw = NOTICE.format(name="集团公司安全生产委员会（以下简称安委会）", body=(
        "主任：褚海峰  董事长\n安委会下设港口作业安全工作组。\n安委会办公室设在安全环保部，孔令辉兼任办公室主任。"))
    by_name = {g["name"]: g for g in groups(raw)}
    assert (by_name["集团公司安全生产委员会"]["office_at"], by_name["集团公司安全生产委员会"]["office_head"]) == (
        "安全环保部", "孔令辉")
    assert by_name["港口作业安全工作组"]["office_at"] is None


def test_an_office_head_with_tongzhi_wrapped_before_the_verb_is_read():
    raw = NOTICE.format(name="黔阳县防汛抗旱指挥部", body=(
        "指挥长：杨正刚  县长\n指挥部办公室设在县水务局，石明辉同志\n兼任办公室主任。"))
    g = groups(raw)[0]
    assert (g["office_at"], g["office_head"]) == ("县水务局", "石明辉")


def test_an_office_line_after_the_last_row_continues_no_post():
    raw = NOTICE.format(name="黔阳县防汛抗旱指挥部", body=(
        "成 员：石明辉 县水务局局长\n潘桂芳 县气象局局长\n指挥部办公室设在县水务局，石明辉同志\n兼任办公室主任。"))
    assert ("潘桂芳", "成员", "县气象局局长", "黔阳县防汛抗旱指挥部") in members(raw)


def test_member_units_after_a_colon_have_no_colon():
    raw = NOTICE.format(name="县安全生产委员会", body="主任：邓国栋  县长\n成员单位为：县教育局、县公安局等部门。")
    assert groups(raw)[0]["member_units"] == ["县教育局", "县公安局"]


def test_a_joint_meeting_made_of_counted_departments_lists_them_as_member_units():
    raw = NOTICE.format(name="冷链物流发展部际联席会议", body=(
        "联席会议由商务部、交通运输部、农业农村部等3个部门组成，商务部为牵头单位。"))
    assert groups(raw)[0]["member_units"] == ["商务部", "交通运输部", "农业农村部"]


def test_a_state_owned_firm_post_ending_in_zongjian_is_a_post():
    raw = NOTICE.format(name="集团公司安全生产委员会", body=(
        "副主任：卫建平  党委副书记、总经理\n        蔡志远  副总经理、安全总监"))
    assert ("蔡志远", "副主任", "副总经理、安全总监", "集团公司安全生产委员会") in members(raw)

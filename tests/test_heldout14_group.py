"""Round-14 group and membership rules, one behaviour per test (documents of tests/fixtures/heldout14_group)."""

from extract.pipeline import extract_text

HEAD = "关于成立岗拉县生态保护工作领导小组的通知\n岗政办发〔2024〕18号\n"
SIGN = "\n岗拉县人民政府办公室\n2024年5月20日\n"


def members(body: str) -> list[tuple]:
    """(person, role, post) of every membership read from a group notice with this body."""
    facts = extract_text(HEAD + body + SIGN, "x.txt")
    return sorted((f["person"], f["role"], f["post"]) for f in facts if f["type"] == "membership")


def groups(raw: str) -> list[dict]:
    """The group facts of a document."""
    return [f for f in extract_text(raw, "x.txt") if f["type"] == "group"]


def test_a_post_ending_in_zhuren_opens_no_clause_before_wei_chengyuan():
    body = "组长：扎西顿珠  县长\n此外，县农业农村局局长罗布多吉、县发展改革委主任张卫国为领导小组成员。\n"
    assert ("张卫国", "成员", "县发展改革委主任") in members(body)


def test_a_further_post_first_row_under_a_label_is_read():
    body = "组长：县长才让东智\n副组长：常务副县长马文忠\n　　　　副县长韩秀兰\n"
    assert ("韩秀兰", "副组长", "副县长") in members(body)


def test_jun_wei_in_a_shared_bracket_is_no_part_of_the_post():
    body = "组长：韦丽华（县长）\n成员：覃海、蓝晓燕、陆建军（均为县政府党组成员）\n"
    assert ("蓝晓燕", "成员", "县政府党组成员") in members(body)


def test_zhuanban_chengyuan_label_gives_the_member_role():
    body = "组长：韦丽华（县长）\n专班组长：覃海（副县长）\n专班成员：莫海燕（县住建局局长）、潘明（县城管局局长）\n"
    got = members(body)
    assert ("莫海燕", "成员", "县住建局局长") in got and ("潘明", "成员", "县城管局局长") in got


def test_members_served_by_unit_heads_name_no_person_and_no_unit():
    body = "总指挥：普建华  县长\n成员：由各成员单位分管负责同志担任。\n"
    assert [p for p, _, _ in members(body)] == ["普建华"]
    assert groups(HEAD + body + SIGN)[0]["member_units"] == []


def test_a_numbered_member_units_heading_reads_the_list_below_it():
    body = ("一、组成人员\n总指挥：普建华  县长\n二、成员单位\n县林草局、县应急管理局、县气象局。\n"
            "三、办公室\n办公室设在县林草局。\n")
    assert [p for p, _, _ in members(body)] == ["普建华"]
    assert groups(HEAD + body + SIGN)[0]["member_units"] == ["县林草局", "县应急管理局", "县气象局"]


def test_office_at_and_office_head_come_from_the_office_clause():
    body = "组长：扎西顿珠  县长\n成员：普布次仁  县林草局局长\n办公室设在县林草局，办公室主任由普布次仁同志兼任。\n"
    g = groups(HEAD + body + SIGN)[0]
    assert (g["office_at"], g["office_head"]) == ("县林草局", "普布次仁")


def test_a_group_whose_deployment_a_notice_carries_out_is_mentioned():
    raw = ("农业农村部办公厅关于做好秋冬种工作的通知\n农办农〔2024〕15号\n"
           "为贯彻落实国务院粮食安全工作领导小组部署要求，现就有关事项通知如下。\n农业农村部办公厅\n2024年9月20日\n")
    got = [(g["name"], g["action"]) for g in groups(raw)]
    assert ("国务院粮食安全工作领导小组", "mention") in got


def test_seed_office_head_is_the_person_the_office_clause_names(seed_facts):
    # 000: 领导小组办公室设在旗财政局，办公室主任由旗财政局局长张勤同志兼任
    name = "固定资产清查及实行条码化管理工作领导小组"
    (g,) = [f for f in seed_facts("000") if f["type"] == "group" and f["name"] == name]
    assert (g["office_at"], g["office_head"]) == ("旗财政局", "张勤")

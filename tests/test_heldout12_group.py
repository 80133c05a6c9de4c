"""Rules for group facts found by the held-out round 12 corpus (tests/fixtures/heldout12_group).

Fifteen fictional documents from counties, towns, villages, a development zone, a university, a hospital and a
state-owned group: numbered rosters (1. 组长：…) with post-first continuation rows, role and post in one cell,
a roster broken by page furniture, a village group, a 临时党支部 (书记/副书记/委员), a partial adjustment
(增补以下同志为…成员： / X同志任…副主任), a work summary naming six groups in passing, a 联席会议 with 成员单位,
a 前方指挥部, renames and 撤销, run-on web text, GBK subgroups, traditional characters, an HTML table and an
office staffed with 主任（兼）.  Scored there: group and membership; offices and rule details here.
"""

from __future__ import annotations

from extract.pipeline import extract_text
from tests.conftest import facts_of
from tests.corpus import groups_by_name as groups
from tests.corpus import members_in as members


def notice(title: str, body: str) -> str:
    """A short county notice around `body`."""
    return f"{title}\n某政办发〔2025〕9号\n各乡镇人民政府：\n{body}\n某某县人民政府办公室\n2025年5月6日\n"


FOUNDING = "关于成立某某县优化营商环境工作领导小组的通知"
GROUP = "某某县优化营商环境工作领导小组"


def test_unnumbered_post_first_rows_continue_a_numbered_role_row():
    raw = notice(FOUNDING, f"决定成立{GROUP}。\n1. 组长：县委副书记、县长 邵志强\n"
                 "2. 副组长：县委常委、常务副县长 霍建军\n   副县长 闫丽华\n3. 成员：县财政局局长 卢晓东\n"
                 "   县教育局局长 程立峰")
    got = members(raw)
    assert ("闫丽华", "副组长", "副县长", GROUP) in got
    assert ("程立峰", "成员", "县教育局局长", GROUP) in got


def test_a_post_printed_before_its_name_is_not_extended_by_the_next_line():
    raw = notice(FOUNDING, f"决定成立{GROUP}。\n成员：县政府办公室主任 甄立新\n   县发展和改革局局长 某某某某某某某")
    posts = {p for n, _r, p, _g in members(raw) if n == "甄立新"}
    assert posts == {"县政府办公室主任"}


def test_a_temporary_party_branch_has_a_secretary_and_a_deputy():
    raw = notice("关于成立某某县城北棚户区改造项目临时党支部的通知",
                 "决定成立某某县城北棚户区改造项目临时党支部。\n书    记：马占林（局党委委员、副局长）\n"
                 "副 书 记：韩玉梅（县城市建设投资公司副总经理）\n委    员：祁永福（局质量安全监督站站长）")
    got = members(raw)
    assert ("马占林", "书记", "局党委委员、副局长", "某某县城北棚户区改造项目临时党支部") in got
    assert ("韩玉梅", "副书记", "县城市建设投资公司副总经理", "某某县城北棚户区改造项目临时党支部") in got


def test_rows_under_a_prose_line_ending_with_a_role_take_that_role():
    raw = notice("关于调整县安全生产委员会部分成员的通知",
                 "一、增补以下同志为县安全生产委员会成员：\n马晓军  县应急管理局局长\n杨建宁  县交通运输局局长")
    got = members(raw)
    assert ("马晓军", "成员", "县应急管理局局长", "县安全生产委员会") in got
    assert ("杨建宁", "成员", "县交通运输局局长", "县安全生产委员会") in got


def test_a_role_after_the_full_group_name_is_read_from_prose():
    raw = notice("关于调整县安全生产委员会部分成员的通知", "二、苏海龙同志任县安全生产委员会副主任，免去其委员职务。")
    assert ("苏海龙", "副主任", None, "县安全生产委员会") in members(raw)


def test_a_role_clause_does_not_open_on_an_earlier_line():
    raw = notice("关于调整县安全生产委员会部分成员的通知",
                 "一、增补以下同志为县安全生产委员会成员：\n马晓军  县应急管理局局长\n"
                 "二、苏海龙同志任县安全生产委员会副主任。")
    (fact,) = facts_of(extract_text(raw, "x.txt"), "membership", person="苏海龙")
    assert fact["source"]["text"].startswith("二、苏海龙")


def test_a_concurrency_note_in_brackets_is_no_post():
    raw = notice("关于成立某某工作专班的通知",
                 "决定成立某某县安全生产专项整治工作专班。\n组    长：贺建忠  县长\n主    任：申国庆（兼）")
    assert ("申国庆", "主任", None, "某某县安全生产专项整治工作专班") in members(raw)


def test_a_group_mentioned_in_passing_may_hold_he_in_its_name():
    raw = ("某某旗农牧局2024年工作总结\n（二）稳定粮食生产。旗粮食安全和重要农产品稳定安全供给工作专班实行周调度，"
           "全年粮食产量达到8.6亿斤。\n某某旗农牧局\n2025年1月10日\n")
    g = groups(raw)["旗粮食安全和重要农产品稳定安全供给工作专班"]
    assert (g["kind"], g["action"]) == ("task_force", "mention")


def test_two_groups_joined_by_he_are_still_two_mentions():
    raw = ("某某旗农牧局2024年工作总结\n配合旗林草局和旗草原森林防灭火指挥部开展春季防火检查。\n"
           "某某旗农牧局\n2025年1月10日\n")
    assert "旗草原森林防灭火指挥部" in groups(raw)


def test_an_office_head_clause_may_open_with_you():
    raw = notice("关于成立某某镇防汛抗旱指挥部的通知",
                 "决定成立某某镇防汛抗旱指挥部。\n总指挥：钟晓峰  镇长\n"
                 "指挥部下设办公室，办公室设在镇应急管理办公室，由谢金凤同志兼任办公室主任。")
    g = groups(raw)["某某镇防汛抗旱指挥部"]
    assert (g["office_at"], g["office_head"]) == ("镇应急管理办公室", "谢金凤")


def test_a_joint_meeting_lists_its_member_units():
    raw = notice("关于建立某某市稳就业工作联席会议制度的通知",
                 "决定建立某某市稳就业工作联席会议制度。联席会议由市人力资源和社会保障局牵头，成员单位包括市发展改革委、"
                 "市教育局、市财政局。\n召 集 人：金东浩  副市长")
    g = groups(raw)["某某市稳就业工作联席会议"]
    assert (g["kind"], g["member_units"]) == ("other", ["市发展改革委", "市教育局", "市财政局"])


def test_a_seed_group_office_is_unchanged(seed_facts):
    # 000: the 固定资产清查 group's office and head, checked against the seed text.
    (g,) = facts_of(seed_facts("000"), "group", name="固定资产清查及实行条码化管理工作领导小组")
    assert (g["office_at"], g["office_head"]) == ("旗财政局", "张勤")

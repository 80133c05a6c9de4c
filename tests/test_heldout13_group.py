"""Rules found by the round-13 held-out group corpus (tests/fixtures/heldout13_group)."""

from extract.pipeline import extract_text
from tests.corpus import facts_in


def test_honorific_after_a_name_in_a_name_first_row_is_dropped():
    raw = (
        "关于调整苏澄市安全生产委员会组成人员的通知\n"
        "主    任：钱卫东同志  市委副书记、市长\n委    员：吴志刚同志  市应急管理局局长\n"
    )
    assert [m[:3] for m in facts_in(raw, "membership")] == [
        ("钱卫东", "主任", "市委副书记、市长"),
        ("吴志刚", "委员", "市应急管理局局长"),
    ]


def test_honorific_after_a_name_in_a_post_first_row_is_dropped():
    raw = (
        "关于调整琼海湾县旅游工作领导小组的通知\n"
        "组  长：县委副书记、县长 符家明同志\n成  员：县住房和城乡建设局局长 邢光辉同志\n"
    )
    assert [m[:3] for m in facts_in(raw, "membership")] == [
        ("符家明", "组长", "县委副书记、县长"),
        ("邢光辉", "成员", "县住房和城乡建设局局长"),
    ]


def test_spaced_two_character_name_with_honorific():
    raw = "关于调整苏澄市安全生产委员会组成人员的通知\n副 主 任：周  敏同志  副市长\n"
    assert [m[:3] for m in facts_in(raw, "membership")] == [("周敏", "副主任", "副市长")]


def test_name_in_brackets_after_its_post():
    raw = (
        "关于成立浙丽县“无废城市”建设工作领导小组的通知\n"
        "组  长：县政府县长（潘伟杰）\n成  员：县财政局局长（叶  萍）\n"
    )
    assert [m[:3] for m in facts_in(raw, "membership")] == [
        ("潘伟杰", "组长", "县政府县长"),
        ("叶萍", "成员", "县财政局局长"),
    ]


def test_units_named_by_their_heads_on_a_member_row_are_member_units():
    raw = (
        "关于建立闽安市根治欠薪工作联席会议制度的通知\n"
        "经市政府同意，建立闽安市根治欠薪工作联席会议制度（以下简称联席会议）。\n"
        "召 集 人：陈鸿志  副市长\n"
        "成    员：刘德福  市公安局副局长\n          市发改委、市财政局分管负责同志\n"
    )
    facts = list(extract_text(raw, "x.txt"))
    assert [f["post"] for f in facts if f["type"] == "membership"] == ["副市长", "市公安局副局长"]
    (group,) = [f for f in facts if f["type"] == "group"]
    assert group["member_units"] == ["市发改委", "市财政局分管负责同志"]


def test_executive_qualifier_inside_a_post_printed_before_the_name():
    raw = "关于调整琼海湾县旅游工作领导小组的通知\n副组长：县委常委、（常务）副县长 王海燕同志\n"
    assert [m[1] for m in facts_in(raw, "membership")] == ["常务副组长"]


def test_title_naming_a_group_and_its_teams_names_the_group():
    raw = (
        "关于成立甘州经开区招商引资工作领导小组及工作专班的通知\n"
        "组  长：马永祥  党工委书记、管委会主任\n"
    )
    assert [g[0] for g in facts_in(raw, "group")] == ["甘州经开区招商引资工作领导小组"]


def test_team_roster_with_a_kind_prefixed_role_label():
    raw = (
        "关于成立甘州经开区招商引资工作领导小组的通知\n（一）产业招商工作专班\n"
        "专班组长：何丽霞  管委会副主任\n成    员：李明轩  招商局副局长\n"
    )
    got = [(m[0], m[1], m[3]) for m in facts_in(raw, "membership")]
    assert ("何丽霞", "组长", "产业招商工作专班") in got


def test_ministry_team_named_in_a_notice_is_a_mention():
    raw = (
        "农业农村部办公厅关于做好高标准农田建设工作的通知\n农办建〔2024〕5号\n各省农业农村厅：\n"
        "    一、强化组织领导。农业农村部高标准农田建设工作专班要加强调度督导。\n农业农村部办公厅\n2024年2月20日\n"
    )
    assert facts_in(raw, "group") == [("农业农村部高标准农田建设工作专班", "task_force", "-", "mention")]

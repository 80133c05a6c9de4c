"""Specification of the division-of-labour component (领导分工): `oversight` facts."""

from __future__ import annotations

from extract.pipeline import extract_text
from tests.conftest import facts_of

HEAD = "县人民政府办公室关于县人民政府领导工作分工的通知\n某政办发〔2024〕1号\n"


def oversight(raw: str, head: str = HEAD) -> list[dict]:
    """The oversight facts of a short text."""
    return [f for f in extract_text(head + raw, "x.txt") if f["type"] == "oversight"]


def targets(facts: list[dict], person: str, relation: str) -> list[str]:
    """The targets of one person's facts of one relation, in printed order."""
    return [f["target"] for f in facts if f["person"] == person and f["relation"] == relation]


# --- inline specifications -------------------------------------------------------------------------


def test_oversees_list_splits_on_enumeration_comma_and_comma():
    facts = oversight("张三 副县长\n分管县财政局、县审计局，县统计局。\n")
    assert targets(facts, "张三", "oversees") == ["县财政局", "县审计局", "县统计局"]


def test_person_post_is_the_posts_printed_after_the_name():
    facts = oversight("张三 县委常委、副县长(挂职)\n分管县财政局。\n")
    assert facts[0]["person_post"] == "县委常委、副县长(挂职)"


def test_trailing_bracketed_alias_or_scope_is_not_part_of_the_target():
    facts = oversight("张三 副县长\n分管县文化和旅游局(县文物局)、县工业和信息化局(对外贸易工作)。\n")
    assert targets(facts, "张三", "oversees") == ["县文化和旅游局", "县工业和信息化局"]


def test_bracket_inside_a_name_is_kept_and_commas_in_brackets_do_not_split():
    facts = oversight("张三 副县长\n"
                      "联系内蒙古电力(集团)有限责任公司某供电分公司、县委党校(行政学校、社会主义学校)。\n")
    assert targets(facts, "张三", "liaises") == ["内蒙古电力(集团)有限责任公司某供电分公司", "县委党校"]


def test_assists_areas_drop_the_trailing_work_words():
    facts = oversight("张三 副市长\n协助市长负责金融、外事工作。\n")
    assert targets(facts, "张三", "assists") == ["金融", "外事"]
    assert facts[0]["assisting"] == "市长"


def test_assists_areas_drop_deng_fangmian_gongzuo():
    facts = oversight("张三 副县长\n协助县长负责公安、司法、信访等方面工作。\n")
    assert targets(facts, "张三", "assists") == ["公安", "司法", "信访"]


def test_deng_cuts_the_category_after_the_examples():
    facts = oversight("张三 副县长\n"
                      "联系:中国电信某分公司等驻地通信企业,中国石油某经营部等中央、自治区驻地能源企业。\n")
    assert targets(facts, "张三", "liaises") == ["中国电信某分公司", "中国石油某经营部"]


def test_deng_inside_a_word_is_not_an_enumeration_end():
    facts = oversight("张三 副市长\n联系某民族幼儿师范高等专科学校。\n")
    assert targets(facts, "张三", "liaises") == ["某民族幼儿师范高等专科学校"]


def test_xinzeng_gives_the_plain_relation_with_an_added_change():
    facts = oversight("张三 副市长\n新增分管市外事办公室。新增联系市海关。\n")
    assert [(f["relation"], f["target"], f["change"]) for f in facts] == [
        ("oversees", "市外事办公室", "added"),
        ("liaises", "市海关", "added"),
    ]


def test_buzai_gives_the_no_longer_relations():
    facts = oversight("张三 副市长\n不再分管市商务局。不再联系市海关。不再协助市长负责口岸工作。\n")
    assert [(f["relation"], f["target"]) for f in facts] == [
        ("no_longer_oversees", "市商务局"),
        ("no_longer_liaises", "市海关"),
        ("no_longer_assists", "口岸"),
    ]


def test_assisting_another_deputy_keeps_the_whole_list_of_areas():
    facts = oversight("张三 副市长\n协助市委常委、副市长李四负责科技、招商引资方面工作。\n")
    assert targets(facts, "张三", "assists") == ["科技", "招商引资"]
    assert facts[0]["assisting"] == "市委常委、副市长李四"


def test_xiezhu_fenguan_is_assists():
    facts = oversight("张三 副县长\n协助县长分管县审计局。\n")
    assert [(f["relation"], f["target"]) for f in facts] == [("assists", "县审计局")]


def test_own_areas_read_as_oversees_and_whole_government_work_gives_nothing():
    facts = oversight("张三 县长\n主持县人民政府全面工作，负责审计工作。\n"
                      "李四 常务副县长\n负责县人民政府常务工作。\n")
    assert [(f["person"], f["relation"], f["target"]) for f in facts] == [("张三", "oversees", "审计")]


def test_spaced_two_character_name_is_joined():
    facts = oversight("李 贵 副县长\n分管县民政局。\n")
    assert facts[0]["person"] == "李贵" and facts[0]["person_post"] == "副县长"


def test_name_glued_to_post_is_split():
    facts = oversight("王建林政府三级调研员\n分管县信访局。\n")
    assert (facts[0]["person"], facts[0]["person_post"]) == ("王建林", "政府三级调研员")


def test_inline_leader_with_bracketed_post_and_colon():
    facts = oversight("张三（副县长）：负责工业工作；分管县工信局。\n")
    assert [(f["person"], f["person_post"], f["target"]) for f in facts] == [
        ("张三", "副县长", "工业"),
        ("张三", "副县长", "县工信局"),
    ]


def test_post_before_name_after_an_outline_marker():
    facts = oversight("一、县长 张三\n分管县审计局。\n")
    assert (facts[0]["person"], facts[0]["person_post"]) == ("张三", "县长")


def test_list_wrapped_onto_the_next_line_is_joined():
    facts = oversight("张三 副县长\n分管县民政局、县卫生健\n\n康委员会、县医疗保障局。\n")
    assert targets(facts, "张三", "oversees") == ["县民政局", "县卫生健康委员会", "县医疗保障局"]


def test_markdown_table_rows_are_leader_blocks():
    facts = oversight("| 姓名 | 职务 | 分工 |\n|---|---|---|\n| 赵六 | 副县长 | 分管县农业局、县林业局 |\n"
                      "| 钱七 | 副县长 | 分管县公安局 |\n")
    assert targets(facts, "赵六", "oversees") == ["县农业局", "县林业局"]
    assert targets(facts, "钱七", "oversees") == ["县公安局"]


def test_traditional_characters_match_and_print_as_printed():
    facts = oversight("王五 副市長\n分管市財政局。\n聯繫：市總工會。\n")
    got = [(f["relation"], f["target"]) for f in facts]
    assert got == [("oversees", "市財政局"), ("liaises", "市總工會")]


def test_run_on_text_switches_leader_at_each_name_and_post():
    facts = oversight("具体如下: 张三 副市长 新增分管市商务局。 李四 副市长 不再分管市商务局。"
                      " 附件 王五 市长 领导市人民政府全面工作,负责审计工作。\n")
    assert [(f["person"], f["relation"], f["target"]) for f in facts] == [
        ("张三", "oversees", "市商务局"),
        ("李四", "no_longer_oversees", "市商务局"),
        ("王五", "oversees", "审计"),
    ]


def test_ab_table_gives_backup_both_ways_for_each_pair():
    facts = oversight("张三 副县长\n分管县财政局。\n李四 副县长\n分管县审计局。\n"
                      "A角\tB角\n张三\t李四、王五\n")
    backups = {(f["person"], f["target"]) for f in facts if f["relation"] == "backup"}
    assert backups == {("张三", "李四"), ("李四", "张三"), ("张三", "王五"), ("王五", "张三")}
    assert facts_of(facts, "oversight", relation="backup", person="李四")[0]["person_post"] == "副县长"


def test_ab_pair_in_a_sentence():
    facts = oversight("钱七与孙八互为AB角。\n")
    assert {(f["person"], f["target"]) for f in facts} == {("钱七", "孙八"), ("孙八", "钱七")}


def test_evidence_is_the_whole_cue_clause():
    facts = oversight("张三 副县长\n协助县长负责财政工作。分管县财政局、县税务局。\n")
    assert facts[-1]["source"]["text"] == "分管县财政局、县税务局"


def test_role_description_without_a_person_gives_nothing():
    raw = ("某旗人民政府关于成立某应急指挥部的通知\n某政发〔2024〕2号\n"
           "总指挥由旗分管生态环境保护工作的副旗长担任。\n")
    assert oversight(raw, head="") == []


def test_roster_followed_by_duties_is_not_a_division_of_labour():
    raw = ("某旗人民政府关于成立某领导小组的通知\n某政发〔2024〕3号\n组长：张三 旗长\n"
           "成员：李四 旗财政局局长\n办公室设在旗财政局，负责领导小组日常工作。\n")
    assert oversight(raw, head="") == []


# --- hand-verified facts from the seeds ------------------------------------------------------------


def test_seed_002_su_cuifang_takes_over_and_gives_up(seed_facts):
    facts = [f for f in facts_of(seed_facts("002"), "oversight", person="苏翠芳") if f["change"]]
    got = {(f["relation"], f["target"]) for f in facts}
    assert got == {
        ("assists", "金融"), ("assists", "外事"),
        ("oversees", "市人民政府外事办公室"), ("oversees", "鄂尔多斯银行股份有限公司"),
        ("liaises", "中国人民银行鄂尔多斯市分行"), ("liaises", "国家外汇管理局鄂尔多斯市分局"),
        ("liaises", "国家金融监督管理总局鄂尔多斯监管分局及驻市金融机构"),
        ("no_longer_assists", "政务服务"),
        ("no_longer_oversees", "原市行政审批和政务服务局"), ("no_longer_oversees", "市口岸管理办公室"),
    }
    assert all(f["person_post"] == "市委常委、副市长" for f in facts)


def test_seed_002_miao_chengyu_no_longer_assists_with_port_work(seed_facts):
    facts = facts_of(seed_facts("002"), "oversight", person="苗程玉", relation="no_longer_assists")
    assert [f["target"] for f in facts] == [
        "文化旅游", "金融", "商务", "非公有制经济", "口岸", "市口岸管理办公室"]
    assert facts[4]["assisting"] == "市委常委、副市长苏翠芳"


def test_seed_002_attachment_repeats_the_full_division(seed_facts):
    facts = facts_of(seed_facts("002"), "oversight", person="邬建勋", relation="oversees",
                     target="市水务投资控股集团有限公司")
    assert [f["change"] for f in facts] == ["added", None]


def test_seed_002_jiang_bo_assists_another_deputy(seed_facts):
    facts = facts_of(seed_facts("002"), "oversight", person="姜波", relation="assists")
    assert {f["target"] for f in facts} == {"科技", "招商引资"}
    assert {f["assisting"] for f in facts} == {"市委常委、副市长华瑞锋"}


def test_seed_001_mengdubayaer_full_block(seed_facts):
    facts = facts_of(seed_facts("001"), "oversight", person="孟都巴雅尔", person_post="旗委常委、副旗长")
    assert targets(facts, "孟都巴雅尔", "assists") == [
        "政府日常事务", "发展改革", "财政", "统计", "应急管理", "国资", "税务", "对外贸易", "旗审计局"]
    assert targets(facts, "孟都巴雅尔", "oversees") == [
        "旗人民政府办公室", "旗发展和改革委员会", "旗工业和信息化局", "旗财政局", "旗应急管理局", "旗统计局",
        "旗国资国企发展服务中心", "旗机关事务服务中心", "消防救援大队", "矿区消防救援大队",
        "鄂尔多斯市圣圆投资集团有限责任公司", "伊金霍洛旗国有资产营运有限责任公司",
        "伊金霍洛旗华丰粮油购销有限责任公司"]
    assert targets(facts, "孟都巴雅尔", "liaises") == [
        "旗人民代表大会常务委员会", "政协伊金霍洛旗委员会", "旗监察委员会", "旗人民武装部",
        "共青团伊金霍洛旗委员会", "妇女联合会", "归国华侨联合会", "旗委党校", "老干部服务中心", "旗税务局",
        "市公共资源交易中心伊金霍洛旗分中心", "鄂尔多斯机场管理集团有限公司"]


def test_seed_001_li_gui_list_across_a_page_wrap(seed_facts):
    facts = facts_of(seed_facts("001"), "oversight", person="李贵", relation="oversees")
    assert "旗卫生健康委员会" in [f["target"] for f in facts]
    assert len(facts) == 12


def test_seed_001_ab_pairs(seed_facts):
    facts = facts_of(seed_facts("001"), "oversight", relation="backup")
    assert {(f["person"], f["target"]) for f in facts} == {
        ("孟都巴雅尔", "周立明"), ("周立明", "孟都巴雅尔"),
        ("孟都巴雅尔", "奇红梅"), ("奇红梅", "孟都巴雅尔"),
        ("刘晓东", "李贵"), ("李贵", "刘晓东"), ("陈小军", "张富春"), ("张富春", "陈小军"),
        ("叶德成", "李娟"), ("李娟", "叶德成"),
    }


def test_seed_001_head_of_government_audit(seed_facts):
    facts = facts_of(seed_facts("001"), "oversight", person="乔小军")
    assert [(f["relation"], f["target"]) for f in facts] == [("oversees", "审计"), ("oversees", "旗审计局")]


def test_seed_role_descriptions_and_rosters_give_no_oversight(seed_facts):
    for prefix in ("000", "003", "004"):
        assert facts_of(seed_facts(prefix), "oversight") == []


def test_post_first_leader_with_colon_before_the_duties():
    facts = oversight("市长 刘志强：领导市政府全面工作。负责审计方面工作。分管市审计局。\n")
    assert [(f["person"], f["person_post"], f["relation"], f["target"]) for f in facts] == [
        ("刘志强", "市长", "oversees", "审计"),
        ("刘志强", "市长", "oversees", "市审计局"),
    ]


def test_tiaozheng_wei_gives_up_the_first_list_and_takes_the_second():
    facts = oversight("副县长 王五：联系县税务局调整为联系县供电公司。\n")
    assert [(f["relation"], f["target"]) for f in facts] == [
        ("no_longer_liaises", "县税务局"),
        ("liaises", "县供电公司"),
    ]

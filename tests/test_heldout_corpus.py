"""Held-out corpus: documents written independently of the rules, to estimate accuracy on unseen places.

tests/fixtures/heldout/NAME.<suffix> each has NAME.expected in the format of tests/corpus.py (scored by
tests/test_corpora.py): one fact a line, tab-separated, `-` for null, `?` for an optional fact.
The documents imitate what real gazettes, PDFs and web pages do at every level of government (省, 市/州/盟,
县/区/旗, 乡/镇/街道): page numbers inside rosters, rows broken across pages, 同志 and (女)/(蒙古族)
annotations, post-first tables, 任免名单, 提名…人选, 挂职, AB角, 不再分管…改由…分管, per-topic 列席, a GBK
text, a traditional-character notice and an HTML page with navigation.  Names and places are fictional.
"""

from __future__ import annotations

from tests.conftest import facts_of
from tests.corpus import facts_in

# Rules the held-out corpus asked for, each on a short input of its own (names and places invented).


def _notice(body: str, title: str = "关于成立石门县招商领导小组的通知") -> str:
    return f"{title}\n石政办发〔2022〕3号\n{body}\n石门县人民政府办公室\n2022年5月1日\n"


def test_gender_and_ethnicity_notes_are_neither_name_nor_post():
    raw = _notice("组　长：王　敏（女）　县长\n副组长：巴特尔（蒙古族）副县长")
    assert [(p, post) for p, _r, post, _g in facts_in(raw, "membership")] == [("王敏", "县长"), ("巴特尔", "副县长")]


def test_table_with_the_role_column_after_the_name():
    raw = _notice("序号\t姓名\t单位及职务\t领导小组职务\n1\t王大力\t县长\t组长\n2\t刘小山\t县商务局局长\t成员")
    assert [(p, r, post) for p, r, post, _g in facts_in(raw, "membership")] == [
        ("王大力", "组长", "县长"), ("刘小山", "成员", "县商务局局长")]


def test_numbered_rows_under_numbered_role_headings():
    raw = _notice("一、组长\n1．王大力　县长\n二、成员\n2．刘小山　县商务局局长")
    assert [(p, r) for p, r, _post, _g in facts_in(raw, "membership")] == [("王大力", "组长"), ("刘小山", "成员")]


def test_one_post_printed_before_several_names():
    raw = _notice("副组长：县委常委、副县长　王大力\n　　　　县政府副县长　　刘小山、张红")
    assert [(p, post) for p, _r, post, _g in facts_in(raw, "membership")] == [
        ("王大力", "县委常委、副县长"), ("刘小山", "县政府副县长"), ("张红", "县政府副县长")]


def test_names_with_tongzhi_share_the_bracketed_post_after_them():
    raw = _notice("副组长：刘小山、张红同志（县政府副县长）")
    assert [(p, post) for p, _r, post, _g in facts_in(raw, "membership")] == [
        ("刘小山", "县政府副县长"), ("张红", "县政府副县长")]


def test_whoever_takes_over_what_another_leader_gives_up():
    raw = _notice("副县长王大力同志不再分管县商务局，改由副县长刘小山同志分管。", "关于调整县政府领导工作分工的通知")
    assert facts_in(raw, "oversight") == [
        ("王大力", "no_longer_oversees", "县商务局"), ("刘小山", "oversees", "县商务局")]


def test_division_table_columns_list_agencies_without_cue_words():
    table = ("| 姓名 | 职务 | 分管部门 | 联系单位 |\n| --- | --- | --- | --- |\n"
             "| 王大力 | 副县长 | 县商务局、县统计局 | 县税务局 |")
    raw = _notice(table, "关于县政府领导工作分工的通知")
    assert facts_in(raw, "oversight") == [
        ("王大力", "oversees", "县商务局"), ("王大力", "oversees", "县统计局"), ("王大力", "liaises", "县税务局")]


def test_post_colon_name_opens_a_leader_paragraph():
    raw = _notice("副县长：朝鲁门\n分管县商务局。", "关于县政府领导工作分工的通知")
    assert facts_in(raw, "oversight") == [("朝鲁门", "oversees", "县商务局")]


def test_spaced_labels_and_padded_names_in_minutes():
    raw = "石门县长办公会议纪要\n〔2022〕2号\n参加人员：周　敏　马向东\n请　　假：高志远（外出学习）\n"
    assert facts_in(raw, "attendance") == [("周敏", "参加", "-"), ("马向东", "参加", "-"), ("高志远", "请假", "-")]


def test_congress_heading_with_a_lead_word_sets_the_action():
    raw = ("石门县人民代表大会常务委员会决定任免名单\n"
           "（2022年3月1日石门县第十届人民代表大会常务委员会第三次会议通过）\n"
           "一、免去\n张红的县商务局局长职务；\n二、决定任命\n刘小山为县人民检察院检察员。\n")
    assert facts_in(raw, "appointment") == [("张红", "remove", "县商务局局长", "0"),
                                          ("刘小山", "appoint", "县人民检察院检察员", "0")]


def test_first_row_on_the_line_of_the_decision():
    raw = ("石门县人民政府关于刘小山等同志职务任免的通知\n石政任〔2022〕3号\n"
           "经县人民政府研究决定：刘小山任县商务局副局长；张红任县统计局副局长。\n石门县人民政府\n2022年5月1日\n")
    assert facts_in(raw, "appointment") == [("刘小山", "appoint", "县商务局副局长", "0"),
                                          ("张红", "appoint", "县统计局副局长", "0")]


def test_seed_roster_row_is_the_evidence_of_its_own_member(seed_facts):
    # 东政办发〔2024〕7号: "副主任：杜 娟 区委常委、政府副区长" then the next printed row "高 明 区委常委、政府副区长".
    (f,) = facts_of(seed_facts("003"), "membership", person="高明", group="东胜区紧密型城市医疗集团管理委员会")
    assert (f["post"], f["source"]["text"]) == ("区委常委、政府副区长", "高 明 区委常委、政府副区长")

"""Generality corpus: invented documents in the formats other places and levels of government publish.

Each tests/fixtures/generality/NAME.<suffix> has NAME.expected, written by hand from reading the document
(format in tests/corpus.py; NAME.docx.txt and NAME.pdf.txt are built into a .docx / .pdf at test time).
The corpus is scored by tests/test_corpora.py; this module holds the rules behind it.  Names and places are
fictional.
"""

from __future__ import annotations

from extract.pipeline import extract_text
from tests.corpus import facts_in

# Rules behind the corpus, each on a short input of its own (names and places invented).


def _notice(body: str, title: str = "关于成立石门县防汛指挥部的通知") -> str:
    return f"{title}\n石政发〔2022〕3号\n{body}\n石门县人民政府\n2022年5月1日\n"


def test_prose_roles_keep_all_posts_before_the_name_and_share_the_title_after():
    raw = _notice("县政府决定成立石门县防汛指挥部，由县委副书记、县长王大力任指挥长，"
                  "县委常委、副县长刘小山、张红任副指挥长。")
    assert facts_in(raw, "membership") == [
        ("王大力", "指挥长", "县委副书记、县长", "石门县防汛指挥部"),
        ("刘小山", "副指挥长", "县委常委、副县长", "石门县防汛指挥部"),
        ("张红", "副指挥长", "副县长", "石门县防汛指挥部"),
    ]


def test_group_named_after_its_yi_wei_roster():
    raw = _notice("成立以县长王大力为组长，副县长刘小山为副组长的石门县乡村振兴领导小组。",
                  "关于印发石门县乡村振兴实施方案的通知")
    assert facts_in(raw, "membership") == [
        ("王大力", "组长", "县长", "石门县乡村振兴领导小组"),
        ("刘小山", "副组长", "副县长", "石门县乡村振兴领导小组"),
    ]


def test_name_comma_post_items_separated_by_semicolons():
    raw = _notice("总指挥：王大力，县长；\n副总指挥：刘小山，副县长；张红，县卫生健康局局长。",
                  "关于成立石门县防疫指挥部的通知")
    assert [(p, post) for p, _r, post, _g in facts_in(raw, "membership")] == [
        ("王大力", "县长"), ("刘小山", "副县长"), ("张红", "县卫生健康局局长")]


def test_post_glued_to_next_name_by_a_stop_comma_is_split():
    raw = _notice("组长：王大力 县长\n副组长：刘小山 副县长、张红 县商务局局长", "关于成立石门县招商领导小组的通知")
    assert [(p, post) for p, _r, post, _g in facts_in(raw, "membership")] == [
        ("王大力", "县长"), ("刘小山", "副县长"), ("张红", "县商务局局长")]


def test_signature_after_a_roster_is_not_a_member():
    raw = _notice("组长：王大力 县长\n副组长：刘小山 副县长", "关于成立石门县招商领导小组的通知")
    assert [p for p, *_ in facts_in(raw, "membership")] == ["王大力", "刘小山"]


def test_roster_rows_printed_post_first():
    raw = _notice("组  长：县委副书记、县长  王大力\n成  员：副县长  刘  山", "关于成立石门县招商领导小组的通知")
    assert [(p, post) for p, _r, post, _g in facts_in(raw, "membership")] == [
        ("王大力", "县委副书记、县长"), ("刘山", "副县长")]


def test_pdf_table_with_one_cell_a_line():
    raw = _notice("组长\n王大力\n县长\n副组长\n刘小山\n副县长", "关于成立石门县招商领导小组的通知")
    assert [(p, r, post) for p, r, post, _g in facts_in(raw, "membership")] == [
        ("王大力", "组长", "县长"), ("刘小山", "副组长", "副县长")]


def test_attendance_names_set_apart_by_spaces():
    raw = "石门县人民政府常务会议纪要\n〔2022〕2号\n出席：王大力　刘小山　张红\n"
    assert [(p, r, post) for p, r, post in facts_in(raw, "attendance")] == [
        ("王大力", "出席", "-"), ("刘小山", "出席", "-"), ("张红", "出席", "-")]


def test_chair_who_presides_in_a_named_room():
    raw = ("石门县人民政府常务会议纪要\n〔2022〕2号\n石门县人民政府办公室    2022年3月2日\n"
           "2022年3月1日，县长王大力在县政府二楼会议室主持召开常务会议。\n出席：刘小山、张红\n")
    assert ("王大力", "主持", "县长") in facts_in(raw, "attendance")


def test_congress_list_headed_by_a_verb_and_a_resignation():
    raw = ("石门县人大常委会任免名单\n（2022年3月1日石门县第十届人民代表大会常务委员会第三次会议通过）\n"
           "一、任命：\n刘小山为县人民政府副县长；\n二、接受张红辞去县人民政府副县长职务的请求。\n")
    assert facts_in(raw, "appointment") == [
        ("刘小山", "appoint", "县人民政府副县长", "0"), ("张红", "resign", "县人民政府副县长", "0")]


def test_own_backup_line_under_a_leader():
    raw = _notice("王大力  县长\n负责审计工作。分管县审计局。\nB角：刘小山", "关于县政府领导分工的通知")
    assert {("王大力", "backup", "刘小山"), ("刘小山", "backup", "王大力")} <= set(facts_in(raw, "oversight"))


def test_web_metadata_between_title_and_number():
    raw = ("关于刘小山职务任免的通知\n发布时间：2022-05-02\n来源：石门县人民政府办公室\n石政任〔2022〕3号\n"
           "任命刘小山为县财政局局长。\n石门县人民政府\n2022年5月1日\n")
    (doc,) = [f for f in extract_text(raw, "x.txt") if f["type"] == "document"]
    assert (doc["number"], doc["title"]) == ("石政任〔2022〕3号", "关于刘小山职务任免的通知")
    assert doc["kind"] == "appointment"


def test_team_heading_and_xiashe_clause_name_subgroups():
    raw = _notice("组长：王大力 县长\n领导小组下设两个工作组：\n综合协调组\n组长：刘小山 副县长\n"
                  "指挥部下设扑救工作组，组长由县应急管理局局长张红担任。", "关于成立石门县招商领导小组的通知")
    assert [(p, g) for p, _r, _post, g in facts_in(raw, "membership")] == [
        ("王大力", "石门县招商领导小组"), ("刘小山", "综合协调组"), ("张红", "扑救工作组")]


def test_dash_bullets_open_division_clauses():
    raw = _notice("（一）副县长 刘小山\n——负责财政工作。\n——分管县财政局。", "关于县政府领导分工的通知")
    assert set(facts_in(raw, "oversight")) == {("刘小山", "oversees", "财政"), ("刘小山", "oversees", "县财政局")}


def test_roster_of_a_group_without_a_kind_word_is_named_by_the_title():
    raw = _notice("总河长：王大力 县长\n副总河长：刘小山 副县长", "关于调整石门县河长制组织体系的通知")
    assert {g for *_, g in facts_in(raw, "membership")} == {"石门县河长制组织体系"}


def test_dotted_and_tibetan_names_in_a_roster():
    raw = _notice("组  长：阿依古丽·买买提  州长\n副组长：扎西顿珠  副州长", "关于成立天山州旅游发展领导小组的通知")
    assert [(p, post) for p, _r, post, _g in facts_in(raw, "membership")] == [
        ("阿依古丽·买买提", "州长"), ("扎西顿珠", "副州长")]

"""Formats from other places and levels of government than the seeds: rules, not per-file fixes."""

from __future__ import annotations

from extract.pipeline import extract_text
from tests.conftest import facts_of

TRADITIONAL_ROSTER = """國務院辦公廳關於成立國家數據治理工作領導小組的通知
國辦發〔2023〕21號
各省、自治區、直轄市人民政府：
國務院決定成立國家數據治理工作領導小組。現將組成人員名單通知如下：
組　長：李明華　國務院副總理
副組長：王建軍　國務院副秘書長
　　　　陳志遠　國家發展改革委主任
成　員：趙　剛　財政部副部長
領導小組辦公室設在國家發展改革委，辦公室主任由陳志遠兼任。
國務院辦公廳
2023年6月1日
"""

RUNON_NOTICE = (
    "关于成立平安县防汛抗旱指挥部的通知 平政办发〔2022〕3号 各乡镇人民政府，县直各单位：为做好防汛抗旱工作，"
    "县政府决定成立平安县防汛抗旱指挥部，组成人员如下：总指挥：马志国（县委副书记、县长），副总指挥：黄海（县委常委、"
    "常务副县长）、吴迪（副县长），成员：郭亮（县水利局局长）、林峰（县应急管理局局长）。指挥部办公室设在县水利局，"
    "郭亮同志兼任办公室主任。平安县人民政府办公室 2022年5月3日\n"
)


def test_traditional_characters_are_matched_and_printed_as_printed():
    facts = list(extract_text(TRADITIONAL_ROSTER, "t.txt"))
    (doc,) = facts_of(facts, "document")
    assert (doc["number"], doc["issuer"], doc["kind"]) == ("國辦發〔2023〕21號", "國務院辦公廳", "group")
    members = [(f["person"], f["role"], f["post"]) for f in facts_of(facts, "membership")]
    assert members == [
        ("李明華", "组长", "國務院副總理"),
        ("王建軍", "副组长", "國務院副秘書長"),
        ("陳志遠", "副组长", "國家發展改革委主任"),
        ("趙剛", "成员", "財政部副部長"),
    ]
    (group,) = facts_of(facts, "group")
    assert (group["office_at"], group["office_head"]) == ("國家發展改革委", "陳志遠")


def test_runon_notice_without_line_breaks_gives_header_and_roster():
    facts = list(extract_text(RUNON_NOTICE, "t.txt"))
    (doc,) = facts_of(facts, "document")
    assert (doc["number"], doc["title"]) == ("平政办发〔2022〕3号", "关于成立平安县防汛抗旱指挥部的通知")
    assert (doc["issuer"], doc["date"], doc["kind"]) == ("平安县人民政府办公室", "2022-05-03", "group")
    members = [(f["person"], f["role"]) for f in facts_of(facts, "membership")]
    assert members == [
        ("马志国", "总指挥"), ("黄海", "副总指挥"), ("吴迪", "副总指挥"), ("郭亮", "成员"), ("林峰", "成员"),
    ]
    (group,) = facts_of(facts, "group")
    assert (group["kind"], group["office_at"], group["office_head"]) == ("command", "县水利局", "郭亮")


def test_appointment_notice_of_a_province_in_renming_wei_style():
    raw = ("河源省人民政府关于张伟等同志职务任免的通知\n河政任〔2023〕15号\n省人民政府决定：\n"
           "任命张伟为省财政厅副厅长；\n任命李红梅为省教育厅副厅长（试用期一年）；\n免去王建国的省财政厅副厅长职务。\n"
           "河源省人民政府\n2023年5月6日\n")
    got = [(f["person"], f["action"], f["post"], f["probation"]) for f in extract_text(raw, "t.txt")
           if f["type"] == "appointment"]
    assert got == [
        ("张伟", "appoint", "省财政厅副厅长", False),
        ("李红梅", "appoint", "省教育厅副厅长", True),
        ("王建国", "remove", "省财政厅副厅长", False),
    ]

"""Specification of the meeting-minutes component: attendance lists and the opening 主持."""

from __future__ import annotations

from extract.pipeline import extract_text
from tests.conftest import facts_of

MINUTES = """某旗人民政府2021年第16次常务会议纪要
2021年11月9日，旗委副书记、政府代旗长杨颖新主持召开2021年第16次政府常务会议，研究了有关事宜，现纪要如下：
一、关于有关事宜
会议议定，原则同意。
主持：旗委副书记、政府代旗长杨颖新。
出席：旗委常委、政府副旗长赵栓，旗人民政府副旗长、公安局局长魏振选，旗人民政府副旗长宋晓磊、施慧、杨继强。
列席：旗财政局、发改委负责同志，旗统计局局长高彦。
议题四列席：旗委编办主任吴宝泉，旗残联理事长白呼吉图。
分送：各镇人民政府。
某旗人民政府办公室
2021年11月10日印发
"""


def _attendance(raw: str, **fields) -> list[dict]:
    return facts_of(list(extract_text(raw, "x.txt")), "attendance", **fields)


def test_post_before_name_is_split_by_title_vocabulary():
    (f,) = _attendance(MINUTES, person="魏振选")
    assert f["post"] == "旗人民政府副旗长、公安局局长"
    assert f["role"] == "出席"
    assert f["source"]["text"] == "旗人民政府副旗长、公安局局长魏振选"


def test_names_after_one_post_share_it():
    for name in ("宋晓磊", "施慧", "杨继强"):
        (f,) = _attendance(MINUTES, person=name)
        assert f["post"] == "旗人民政府副旗长"
    assert _attendance(MINUTES, person="施慧")[0]["source"]["text"] == "旗人民政府副旗长宋晓磊、施慧"


def test_unit_only_entries_are_not_people():
    people = {f["person"] for f in _attendance(MINUTES, role="列席")}
    assert people == {"高彦"}


def test_agenda_item_role_is_kept_as_printed():
    assert {f["person"] for f in _attendance(MINUTES, role="议题四列席")} == {"吴宝泉", "白呼吉图"}


def test_meeting_is_the_title_without_jiyao_and_date_is_the_day_it_was_held():
    (f,) = _attendance(MINUTES, person="赵栓")
    assert f["meeting"] == "某旗人民政府2021年第16次常务会议"
    assert f["date"] == "2021-11-09"


def test_chair_is_reported_once_and_the_opening_gives_a_mention():
    facts = list(extract_text(MINUTES, "x.txt"))
    assert len(facts_of(facts, "attendance", person="杨颖新", role="主持")) == 1
    (m,) = facts_of(facts, "mention", person="杨颖新")
    assert (m["post"], m["date"]) == ("旗委副书记、政府代旗长", "2021-11-09")


def test_distribution_list_gives_no_attendance():
    assert not [f for f in _attendance(MINUTES) if "人民政府" in f["person"]]


def test_opening_chair_without_a_list_and_chinese_numeral_date():
    raw = ("某县人民政府第3次常务会议纪要\n"
           "二〇二三年三月二日，县委副书记、县长王大明主持召开县政府第3次常务会议。\n")
    (f,) = _attendance(raw)
    got = (f["person"], f["post"], f["role"], f["date"])
    assert got == ("王大明", "县委副书记、县长", "主持", "2023-03-02")


def test_name_with_post_in_brackets_and_a_remark_after_a_name():
    raw = ("某县人民政府第3次常务会议纪要\n2023年3月2日召开。\n"
           "出席：张三（县委常委、常务副县长）。\n请假：副县长钱六（出差）。\n")
    assert _attendance(raw, person="张三")[0]["post"] == "县委常委、常务副县长"
    assert _attendance(raw, person="钱六")[0]["role"] == "请假"


def test_names_only_list_and_traditional_characters():
    raw = "某縣人民政府第3次常務會議紀要\n2023年3月2日召開。\n出席：劉強、陳靜。\n列席：縣教育局局長孫五。\n"
    assert {(f["person"], f["post"]) for f in _attendance(raw)} == {
        ("劉強", None), ("陳靜", None), ("孫五", "縣教育局局長")}


# Hand-verified against ../shared/seeds/004_b81a2cdd68e8cb3f.txt (lines 143-179).
AGENDA_FOUR = {
    "吴宝泉": "旗委编办主任", "奇阿日并": "旗教体局局长", "思宝东": "旗民政局局长",
    "米海云": "旗司法局局长", "卢建飞": "旗人社局局长", "王建平": "旗自然资源局局长",
    "秦有国": "旗住建局局长", "何富云": "旗卫健委主任",
    "孙树元": "旗应急管理局局长", "党瑞军": "旗林草局副局长", "韦世海": "旗政务服务局局长",
    "白呼吉图": "旗残联理事长", "高学亮": "敖镇副镇长", "邱虎": "上海庙镇副镇长", "刘燕飞": "城川镇副镇长",
    "卢磊": "昂素镇副镇长", "杨栋": "旗公安局副局长", "冒万胜": "旗农牧局副局长",
}


def test_seed_agenda_item_four_attendance_list(seed_facts):
    got = {f["person"]: f["post"] for f in facts_of(seed_facts("004"), "attendance", role="议题四列席")}
    assert got == AGENDA_FOUR


def test_seed_chair_meeting_and_date(seed_facts):
    (f,) = facts_of(seed_facts("004"), "attendance", role="主持")
    assert f["person"] == "杨颖新"
    assert f["post"] == "旗委副书记、政府代旗长"
    assert f["meeting"] == "鄂托克前旗人民政府2021年第16次常务会议"
    assert f["date"] == "2021-11-09"


def test_seed_attendance_wrapped_across_lines_and_invited(seed_facts):
    facts = seed_facts("004")
    (f,) = facts_of(facts, "attendance", person="杨晓琴", role="议题一、二列席")
    assert f["post"] == "旗市场监管局副局长"
    invited = {f["person"]: f["post"] for f in facts_of(facts, "attendance", role="邀请列席")}
    assert invited == {"孙有君": "旗委常委、上海庙经济开发区党工委书记", "齐先庆": "旗人武部部长",
                       "蔡成": "旗人大常委会副主任提名人选", "秦岭峰": "旗政协副主席提名人选"}


def test_seed_every_listed_person_is_reported(seed_facts):
    # 139 comma-separated entries in the lists plus two names sharing a post (施慧, 杨继强).
    assert len(facts_of(seed_facts("004"), "attendance")) == 141


def test_a_spaced_attendance_list_keeps_a_mongolian_name_of_five_characters():
    raw = "会议纪要\n时间：2024年3月1日\n出席：孟克巴雅尔  张  勤  额尔敦\n"
    got = [(f["person"], f["role"]) for f in extract_text(raw, "x.txt") if f["type"] == "attendance"]
    assert got == [("孟克巴雅尔", "出席"), ("张勤", "出席"), ("额尔敦", "出席")]


def test_a_spaced_list_of_names_with_bracketed_posts_gives_each_their_post():
    raw = "会议纪要\n时间：2024年3月1日\n列席：吴志坚（市政府秘书长）　陈家宝（市财政局局长）\n"
    got = [(f["person"], f["role"], f["post"]) for f in extract_text(raw, "x.txt") if f["type"] == "attendance"]
    assert got == [("吴志坚", "列席", "市政府秘书长"), ("陈家宝", "列席", "市财政局局长")]

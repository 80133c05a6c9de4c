"""Specification of the chronicle (大事记) component: dated person-with-post mentions."""

from __future__ import annotations

from extract.pipeline import extract_text
from tests.conftest import facts_of

HEAD = "某旗人民政府公报\n2024年第3期\n\n大事记\n\n"


def _mentions(body: str, **fields) -> list[dict]:
    return facts_of(list(extract_text(HEAD + body, "x.txt")), "mention", **fields)


def test_entry_date_takes_the_gazette_year():
    (f,) = _mentions("7月1日，旗委书记高怀京在乌兰镇走访慰问。\n")
    assert (f["person"], f["post"], f["date"]) == ("高怀京", "旗委书记", "2024-07-01")
    assert f["source"]["text"] == "7月1日，旗委书记高怀京在乌兰镇走访慰问。"


def test_post_chain_joined_by_dunhao():
    (f,) = _mentions("7月11日，会议召开。旗委常委、政府副旗长许瑞峰主持会议并讲话。\n")
    assert f["post"] == "旗委常委、政府副旗长"


def test_several_names_after_one_post_give_one_mention_each():
    facts = _mentions("7月17日，旗委常委、政府副旗长许瑞峰、李志彪参加会议。\n")
    got = {f["person"]: f["post"] for f in facts}
    assert got == {"许瑞峰": "旗委常委、政府副旗长", "李志彪": "旗委常委、政府副旗长"}


def test_generic_leader_label_is_not_a_post():
    assert _mentions("9月13日，会议召开。旗领导李志彪、乌都、石一磊参加会议。\n") == []


def test_a_date_range_gives_its_first_day():
    (f,) = _mentions("8月13日—16日，市应急管理局一级调研员、第三督查组组长于贵忠带队督导检查。\n")
    assert f["date"] == "2024-08-13"


def test_verb_after_a_name_is_not_swallowed():
    (f,) = _mentions("7月30日，旗委常委、办公室主任刘锐参加。\n")
    assert f["person"] == "刘锐"


def test_entry_wrapped_across_lines_with_spaced_date():
    (f,) = _mentions("1 月 12 日 区委副书记、区长韩涛主\n持召开座谈会。\n")
    assert (f["person"], f["post"], f["date"]) == ("韩涛", "区委副书记、区长", "2024-01-12")


def test_quoted_phrase_is_not_a_post():
    assert _mentions("1月22日，两会开设“代表委员通道”。\n") == []


def test_word_before_a_post_is_not_part_of_it():
    (f,) = _mentions("9月13日，受旗人大常委会主任李瑞敏委托，会议召开。\n")
    assert (f["person"], f["post"]) == ("李瑞敏", "旗人大常委会主任")


# Hand-verified against ../shared/seeds/000_20289ef4fa1e83eb.txt (鄂托克人民政府大事记, 2024).
def test_seed_chronicle_mentions(seed_facts):
    facts = seed_facts("000")
    assert facts_of(facts, "mention", person="高怀京", date="2024-07-01", post="旗委书记")
    assert facts_of(facts, "mention", person="于贵忠", date="2024-08-13",
                    post="市应急管理局一级调研员、第三督查组组长")
    assert facts_of(facts, "mention", person="麻子栋", date="2024-09-13",
                    post="旗委常委、组织部长、旗委人才工作领导小组常务副组长")
    assert facts_of(facts, "mention", person="乌云巴根", date="2024-09-29",
                    post="旗人民政府副旗长、公安局党委书记、局长")


def test_seed_several_names_after_one_post(seed_facts):
    facts = seed_facts("000")
    for name in ("巴雅尔图", "王海涛", "王小平", "额尔德木图"):
        assert facts_of(facts, "mention", person=name, date="2024-07-31", post="副主席")


def test_seed_generic_label_names_get_no_mention_that_day(seed_facts):
    assert not facts_of(seed_facts("000"), "mention", person="巴图孟克", date="2024-09-13")


def test_seed_narrow_column_chronicle(seed_facts):
    # ../shared/seeds/003_*: "1 月 11 日 …区委副书记、\n区长、区政府党组书记韩涛主持会议并讲话。"
    facts = seed_facts("003")
    assert facts_of(facts, "mention", person="韩涛", date="2024-01-11",
                    post="区委副书记、区长、区政府党组书记")
    assert facts_of(facts, "mention", person="聂俊", date="2024-01-30", post="区委常委、纪委书记、监委主任")

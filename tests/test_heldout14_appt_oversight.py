"""Rules found by the round-14 held-out appointment and oversight corpus, one behaviour per test."""

from __future__ import annotations

from extract.pipeline import extract_text

NOTICE = ("某集团有限公司\n关于张三等同志职务任免的通知\n某党发〔2024〕1号\n经集团公司党委研究决定：\n{}\n"
          "某集团有限公司\n2024年3月5日\n")


def _appointments(raw: str) -> list[tuple]:
    """(person, action, post) of the appointment facts."""
    return [(f["person"], f["action"], f["post"]) for f in extract_text(raw, "x.txt") if f["type"] == "appointment"]


def test_a_title_of_a_sibling_body_after_a_comma_takes_the_organ_of_the_first():
    raw = NOTICE.format("敖登格日乐任集团公司党委委员、纪委书记；")
    assert _appointments(raw) == [("敖登格日乐", "appoint", "集团公司党委委员"),
                                  ("敖登格日乐", "appoint", "集团公司纪委书记")]


def test_an_amdo_tibetan_name_without_a_surname_heads_its_row():
    raw = NOTICE.format("才让东珠任藏医药学院院长；")
    assert _appointments(raw) == [("才让东珠", "appoint", "藏医药学院院长")]


def test_a_resignation_after_a_congress_decision_citing_its_law_is_read():
    raw = ("某县人民代表大会常务委员会\n关于任命孙立强为某县人民政府代理县长的决定\n"
           "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第五十条的规定，"
           "某县第十八届人民代表大会常务委员会第十九次会议决定：接受杭建明辞去某县人民政府县长职务的请求；"
           "任命孙立强为某县人民政府副县长。\n")
    assert _appointments(raw) == [("杭建明", "resign", "某县人民政府县长"), ("孙立强", "appoint", "某县人民政府副县长")]


def test_a_secondment_sent_to_a_place_then_given_a_post_is_an_appointment():
    raw = "关于干部挂职的通知\n经研究，选派陈志远同志到嘉积镇挂职，任嘉积镇党委副书记（挂职），挂职时间两年。\n"
    facts = [f for f in extract_text(raw, "x.txt") if f["type"] == "appointment"]
    assert [(f["person"], f["post"], f["seconded"]) for f in facts] == [("陈志远", "嘉积镇党委副书记", True)]


def test_a_secondment_to_a_place_without_a_comma_before_the_post_gives_no_guess():
    raw = "关于干部挂职的通知\n张三到县财政局挂职任副局长。\n"
    assert ("张三", "appoint", "副局长") not in _appointments(raw)


def test_an_added_remark_opened_by_ling_does_not_hide_the_clause():
    raw = "关于干部挂职的通知\n另：经研究，选派陈志远同志到嘉积镇挂职，任嘉积镇党委副书记。\n"
    assert _appointments(raw) == [("陈志远", "appoint", "嘉积镇党委副书记")]


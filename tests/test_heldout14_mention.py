"""Rules found by the fourteenth held-out round of mentions and attendance (tests/fixtures/heldout14_mention)."""

from __future__ import annotations

from tests.corpus import facts_in

_MINUTES = "镇党委会议纪要\n2024年6月3日，镇党委召开党委会议。\n{}\n一、研究防汛工作。\n"


def test_a_spaced_list_of_bare_names_then_a_post_and_name_gives_one_fact_per_item():
    raw = _MINUTES.format("列席：赵永福  镇纪委书记张红霞  镇人大主席团主席鲁进才")
    assert facts_in(raw, "attendance") == [("赵永福", "列席", "-"), ("张红霞", "列席", "镇纪委书记"),
                                           ("鲁进才", "列席", "镇人大主席团主席")]


def test_a_unit_in_a_spaced_list_is_never_read_as_a_person():
    raw = _MINUTES.format("列席：赵永福  镇财政所  镇纪委书记张红霞")
    assert "镇财政所" not in [person for person, _, _ in facts_in(raw, "attendance")]


def test_a_company_chief_legal_counsel_is_a_post():
    raw = _MINUTES.format("列席人员：纪委书记蒙少华，总法律顾问潘建业")
    assert ("潘建业", "列席", "总法律顾问") in facts_in(raw, "attendance")


def test_an_amdo_tibetan_name_without_a_han_surname_is_read_after_a_post():
    raw = "海南州2023年大事记\n十月\n10月9日  州委书记多杰才让主持召开州委理论学习中心组学习会议。\n"
    assert facts_in(raw, "mention") == [("多杰才让", "州委书记", "2023-10-09")]

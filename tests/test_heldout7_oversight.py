"""Rules read from the seventh held-out oversight corpus (tests/fixtures/heldout7_oversight/).

Six fictional divisions of labour (浙江 county prose, 湖北 city TAB table, 陕西 town bullets, 西藏 county
adjustments in GBK, 贵州 street in traditional characters, 江苏 开发区 web table); scored in tests/test_corpora.py.
"""

from __future__ import annotations

from tests.corpus import facts_in

HEAD = "县人民政府关于县政府领导工作分工的通知\n"


def test_a_post_qualifier_in_brackets_after_the_name_keeps_the_leader():
    raw = HEAD + "一、县长方志诚\n分管县审计局。\n二、副县长任国平（常务）\n分管县财政局。\n"
    assert ("任国平", "oversees", "县财政局") in facts_in(raw, "oversight")
    assert ("方志诚", "oversees", "县财政局") not in facts_in(raw, "oversight")


def test_a_bare_list_in_a_division_table_column_names_areas_overseen():
    raw = HEAD + "姓名\t职务\t分管工作\t分管部门\n魏德明\t副县长\t自然资源、住房城乡建设\t县自然资源局\n"
    got = facts_in(raw, "oversight")
    assert ("魏德明", "oversees", "自然资源") in got
    assert ("魏德明", "oversees", "住房城乡建设") in got


def test_a_sentence_before_an_ab_pair_does_not_swallow_the_first_name():
    raw = HEAD + "一、县长方志诚\n分管县审计局。\n县政府领导实行AB角工作制度，方志诚与任国平互为AB角。\n"
    got = facts_in(raw, "oversight")
    assert ("方志诚", "backup", "任国平") in got
    assert ("任国平", "backup", "方志诚") in got

"""Held-out round 3 for `oversight` facts: division-of-labour documents written before the rules were fixed.

tests/fixtures/heldout3_oversight/NAME.<suffix> each has NAME.expected in the format of
tests/corpus.py (scored by tests/test_corpora.py).
The documents cover a central ministry, a province, prefecture cities,
counties, a township (GBK), a town, a street, a development zone (HTML table), a university and a hospital;
prose with 负责/分管/联系/协助…负责/主管/协管/牵头, colon-led leader lines, markdown and TAB tables,
labelled lists (分管科室：), AB角 in tables and sentences, 新增/不再/调整为/改由 adjustments, a run-on web
page, a narrow-column PDF conversion and traditional characters.  Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in

# Rules this round asked for, each on a short input of its own (names and places invented).


def _oversight(body: str) -> list[tuple]:
    """(person, relation, target) of the oversight facts of a short division-of-labour notice."""
    raw = f"关于县政府领导工作分工的通知\n石政发〔2024〕1号\n{body}\n石门县人民政府\n2024年5月1日\n"
    return facts_in(raw, "oversight")


def test_labelled_lists_name_the_kind_of_unit_they_list():
    assert _oversight("副镇长 王大力\n分管站所：水利站、林业站。\n联系村：青龙村。") == [
        ("王大力", "oversees", "水利站"), ("王大力", "oversees", "林业站"), ("王大力", "liaises", "青龙村")]


def test_zhuguan_and_qiantou_fuze_name_areas_and_xieguan_assists():
    assert _oversight("副县长 王大力\n主管财政、金融工作，牵头负责招商引资工作，协管审计工作。") == [
        ("王大力", "oversees", "财政"), ("王大力", "oversees", "金融"),
        ("王大力", "oversees", "招商引资"), ("王大力", "assists", "审计")]


def test_an_agency_list_ending_in_gongzuo_lists_areas():
    assert _oversight("副乡长 王大力\n协助乡长分管安全生产、应急管理工作。") == [
        ("王大力", "assists", "安全生产"), ("王大力", "assists", "应急管理")]


def test_fuze_renmin_is_an_area_not_a_person_in_charge():
    assert _oversight("人武部部长 王大力\n负责人民武装工作。") == [("王大力", "oversees", "人民武装")]


def test_leader_named_before_fengong_tiaozheng_wei():
    assert _oversight("二、副县长刘小山同志分管工作调整为：负责水务工作；分管县水务局。") == [
        ("刘小山", "oversees", "水务"), ("刘小山", "oversees", "县水务局")]


def test_handover_sentence_gives_the_new_and_the_former_leader():
    assert _oversight("原由副县长刘小山同志联系的县气象局，改由副县长王大力同志联系。") == [
        ("王大力", "liaises", "县气象局"), ("刘小山", "no_longer_liaises", "县气象局")]


def test_pair_sentence_after_a_preposition():
    assert _oversight("外出期间，由王大力同志与刘小山同志互为AB角。") == [
        ("王大力", "backup", "刘小山"), ("刘小山", "backup", "王大力")]


def test_table_with_a_leader_column_a_unit_column_and_a_b_jiao_column():
    table = "院领导\t职务\t分管科室\tB角\n王大力\t院长\t医务部、财务科\t刘小山\n刘小山\t副院长\t护理部\t—"
    assert _oversight(table) == [
        ("王大力", "oversees", "医务部"), ("王大力", "oversees", "财务科"),
        ("王大力", "backup", "刘小山"), ("刘小山", "backup", "王大力"), ("刘小山", "oversees", "护理部")]


def test_placeholder_cell_is_no_target():
    table = "| 姓名 | 职务 | 分管部门 | 联系单位 |\n| --- | --- | --- | --- |\n| 王大力 | 县长 | 县审计局 | — |"
    assert _oversight(table) == [("王大力", "oversees", "县审计局")]

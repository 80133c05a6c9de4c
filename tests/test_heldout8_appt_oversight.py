"""Rules read from the eighth held-out corpus: appointments and oversight together.

The corpus is tests/fixtures/heldout8_appt_oversight/, scored in tests/test_corpora.py.

Sixteen fictional documents: 人大常委会 任免名单 (江苏, 新疆 in GBK), 政协 appointments (浙江 HTML), a university
(湖南) and a hospital (湖北), 提名 (陕西), 挂职 on a run-on web page (甘肃), a 公示 (黑龙江), an SOE PDF (山东),
国务院任免, divisions of labour of a 乡镇 with AB角 (广西), a 街道 run-on web page (贵州), an adjustment with
不再分管 (海南), a county in traditional characters (福建), a 开发区 HTML table (四川), a 政协 (河南).
"""

from __future__ import annotations

from extract.pipeline import extract_text
from tests.conftest import facts_of
from tests.corpus import facts_in

DIVISION = "云岩坊街道办事处关于调整领导班子成员工作分工的通知\n云街办发〔2024〕15号\n现将分工调整如下：\n"


def test_a_lone_name_line_over_a_post_line_is_the_leader_of_the_duties_below():
    raw = DIVISION + ("罗晓梅\n街道党工委副书记、办事处主任\n负责财政工作，分管财政所。\n"
                      "吴迪\n街道办事处副主任\n分管城市管理办公室。\n")
    got = facts_in(raw, "oversight")
    assert ("罗晓梅", "oversees", "财政所") in got
    assert ("吴迪", "oversees", "城市管理办公室") in got
    assert ("罗晓梅", "oversees", "城市管理办公室") not in got


def test_a_lone_name_over_a_sentence_is_no_leader():
    raw = DIVISION + "罗晓梅\n负责财政工作，分管财政所。\n"
    assert [f for f in facts_in(raw, "oversight") if f[0] == "罗晓梅"] == []


def test_a_web_title_sharing_its_line_with_the_publication_metadata_is_the_title():
    raw = ("关于萧子昂等同志挂职的通知   发布时间：2024-05-08   来源：陇原市委组织部   浏览次数：1288\n"
           "陇组通〔2024〕18号\n经研究决定：\n萧子昂挂职任陇原市农业农村局副局长。\n")
    (doc,) = [f for f in extract_text(raw, "x.txt") if f["type"] == "document"]
    assert (doc["title"], doc["kind"]) == ("关于萧子昂等同志挂职的通知", "appointment")
    assert ("萧子昂", "appoint", "陇原市农业农村局副局长", "0") in facts_in(raw, "appointment")


def test_a_nomination_as_candidate_drops_the_candidate_word_from_the_post():
    raw = "中共溪山县委关于提名县长候选人的函\n溪委〔2024〕5号\n县委研究决定：\n提名赵刚为溪山县人民政府县长候选人；\n"
    assert facts_in(raw, "appointment") == [("赵刚", "nominate", "溪山县人民政府县长", "0")]


def test_who_decided_before_a_comma_opens_the_clause():
    raw = "中共溪山县委关于提名县长候选人的函\n溪委〔2024〕5号\n经县委研究决定，提名赵刚为溪山县人民政府县长人选。\n"
    assert facts_in(raw, "appointment") == [("赵刚", "nominate", "溪山县人民政府县长", "0")]


def test_a_research_office_in_a_post_is_no_opening_of_the_clause():
    raw = "溪山县人民政府关于职务任免的通知\n溪政任〔2024〕5号\n张三任市委研究室主任。\n"
    assert facts_in(raw, "appointment") == [("张三", "appoint", "市委研究室主任", "0")]


def test_a_decision_accepting_a_resignation_is_a_personnel_notice():
    raw = ("溪山县人民代表大会常务委员会关于接受辞职的决定\n溪人常〔2024〕4号\n"
           "会议决定，接受周明辞去溪山县人民政府县长职务的请求，报县人民代表大会备案。\n")
    assert facts_in(raw, "appointment") == [("周明", "resign", "溪山县人民政府县长", "0")]


def test_a_pdf_text_layer_gives_ideographs_not_kangxi_radicals_or_compatibility_forms():
    from extract.load import _unified_ideographs

    assert "蔡\u2f42涛总经\uf9e4".translate(_unified_ideographs()) == "蔡文涛总经理"


def test_seed_run_on_adjustment_keeps_its_spaced_leader(seed_facts):
    # 002 prints "姜 波 市委常委、副市长   …不再分管市人力资源和社会保障局、市民政局…" on one run-on line.
    facts = seed_facts("002")
    assert facts_of(facts, "oversight", person="姜波", relation="no_longer_oversees", target="市人力资源和社会保障局")
    assert facts_of(facts, "oversight", person="姜波", relation="no_longer_oversees", target="市民政局")

"""Held-out round 6 for `oversight` facts: division-of-labour documents written before the rules were fixed.

tests/fixtures/heldout6_oversight/NAME.<suffix> each has NAME.expected in the format of
tests/corpus.py (scored by tests/test_corpora.py).
A 江苏 county web page with a five-column table and <br> agency lists, a 湖南 city notice with ◆ bullets and
post-first leader lines, a 甘肃 town adjustment (不再分管…改为分管…, X工作改由Y分管), a 黑龙江 AB角 table with
posts in the cells, a 广西 开发区 in traditional characters, a 海南 street in GBK with name(post) leaders, a
新疆 city page run on in one line with Uyghur names, a 贵州 university PDF with page numbers and AB角 sentences.
Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in

# Rules this round asked for, each on a short input of its own (names and places invented).


def _oversight(body: str, title: str = "关于调整镇领导班子成员工作分工的通知") -> list[tuple]:
    """(person, relation, target) of the oversight facts of a short notice."""
    raw = f"{title}\n青政发〔2024〕2号\n{body}\n青山镇人民政府\n2024年5月1日\n"
    return facts_in(raw, "oversight")


def test_gaiwei_fenguan_after_buzai_fenguan_is_taken_on():
    assert _oversight("一、副镇长马继红同志不再分管林业工作，改为分管水利、交通工作。") == [
        ("马继红", "no_longer_oversees", "林业"), ("马继红", "oversees", "水利"), ("马继红", "oversees", "交通")]


def test_areas_handed_over_to_a_named_leader():
    assert _oversight("二、林业工作改由副镇长杨振东同志分管。") == [("杨振东", "oversees", "林业")]


def test_agency_handed_over_keeps_its_name():
    assert _oversight("二、镇水利站改由副镇长杨振东同志联系。") == [("杨振东", "liaises", "镇水利站")]


def test_ab_table_in_a_notice_titled_ab_jiao_is_read():
    body = "A角\tB角\n副县长 孙立新\t副县长 赵春雨"
    got = _oversight(body, title="关于建立县政府领导AB角工作制度的通知")
    assert got == [("孙立新", "backup", "赵春雨"), ("赵春雨", "backup", "孙立新")]


def test_a_roster_title_without_fengong_or_ab_jiao_reads_no_division():
    body = "组长：孙立新\n副组长：赵春雨\n孙立新负责全面工作。"
    assert _oversight(body, title="关于成立县安全生产工作领导小组的通知") == []

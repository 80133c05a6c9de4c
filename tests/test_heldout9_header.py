"""Document headers and citations on held-out documents (tests/fixtures/heldout9_header, round 9).

The corpus: a joint notice of four ministries signed one issuer a line, a county party committee's red header
with a star between number and title, a city congress standing committee's 公告 numbered （第12号）, a city
gazette of three documents with a contents list and a repeal table, an HTML page with a metadata table, a
town notice reprinted on a news page, a PDF with page numbers and a three-line title, a traditional-character
批复, a GBK 通告, a university party committee, a hospital's 函, an SOE's 批复, a run-on street page, a
development zone's 通告 under its issuer's name, and a province's repeal list.  Each rule below was missing or
wrong before this round.
"""

from __future__ import annotations

from extract.pipeline import extract_text
from tests.corpus import cited_in, header_in

JOINT = (
    "甲部  乙委\n甲发〔2024〕18号\n关于推进某项工作的\n指导意见\n各省、自治区：\n　　现提出以下意见。\n"
    "甲部\n乙委\n丙局\n2024年3月5日\n（此件公开发布）\n"
)


def test_joint_issuers_signed_one_a_line_are_one_issuer():
    assert header_in(JOINT)[2] == "甲部乙委丙局"


def test_a_title_with_a_qualified_kind_word_is_read_below_the_number():
    assert header_in(JOINT)[1:] == ("关于推进某项工作的指导意见", "甲部乙委丙局", "2024-03-05", "policy")


def test_the_star_of_a_red_header_is_not_part_of_the_title():
    raw = ("中共某县委文件\n某发〔2024〕6号\n★\n中共某县委\n关于调整县委常委工作分工的通知\n"
           "各乡镇党委：\n　　现将分工调整如下。\n中共某县委\n2024年2月18日\n")
    assert header_in(raw)[1:3] == ("中共某县委关于调整县委常委工作分工的通知", "中共某县委")


def test_a_traditional_title_below_the_number_is_read():
    raw = ("某縣人民政府\n某府函〔2023〕22號\n某縣人民政府關於同意縣農業農村局\n實施示範基地建設項目的批復\n"
           "縣農業農村局：\n　　經研究，同意。\n某縣人民政府\n2023年9月14日\n")
    assert header_in(raw)[1] == "某縣人民政府關於同意縣農業農村局實施示範基地建設項目的批復"
    assert header_in(raw)[4] == "reply"


CONGRESS_NOTICE = (
    "某市人民代表大会常务委员会公告\n（第12号）\n"
    "　　某市第十七届人民代表大会常务委员会第十六次会议于2024年1月26日决定：\n"
    "　　任命甲乙为某市人民政府副市长。\n某市人民代表大会常务委员会\n2024年1月26日\n"
)


def test_a_series_number_under_a_notice_title_is_its_number():
    assert header_in(CONGRESS_NOTICE)[0] == "第12号"


def test_a_congress_notice_of_appointments_is_an_appointment_document():
    assert header_in(CONGRESS_NOTICE)[2:] == ("某市人民代表大会常务委员会", "2024-01-26", "appointment")


def test_a_serial_number_needs_a_notice_title_above_it():
    raw = "某县人民政府关于某事项的通知\n第3号\n各乡镇：\n　　特此通知。\n某县人民政府\n2024年1月2日\n"
    assert header_in(raw)[0] is None


def test_a_notice_kind_word_spaced_under_its_issuer_takes_the_issuer_into_the_title():
    raw = ("某开发区管理委员会\n通    告\n某管通〔2024〕第3号\n　　现将有关事项通告如下：\n"
           "某开发区管理委员会\n2024年6月20日\n")
    assert header_in(raw)[:3] == ("某管通〔2024〕第3号", "某开发区管理委员会通告", "某开发区管理委员会")


def test_a_public_notice_mentioning_a_planning_area_is_not_a_policy():
    raw = ("某县人民政府\n关于禁止在县城规划区内燃放烟花爆竹的通告\n某政通〔2024〕1号\n　　现通告如下。\n"
           "某县人民政府\n2024年1月10日\n")
    assert header_in(raw)[4] == "other"


def test_page_metadata_one_space_after_a_run_on_title():
    raw = ("某街道办事处关于印发某街道2024年工作要点的通知 发布日期：2024-06-03 来源：某街道办事处 浏览次数：88"
           "   某街发〔2024〕12号   各社区居委会：   现将工作要点印发给你们，请认真抓好落实。   某街道办事处"
           "   2024年6月1日\n")
    assert header_in(raw)[:2] == ("某街发〔2024〕12号", "某街道办事处关于印发某街道2024年工作要点的通知")


REPEAL_TABLE = (
    "某省人民政府办公厅关于废止部分规范性文件的通知\n某政办规〔2024〕7号\n各市人民政府：\n"
    "　　决定废止4件规范性文件（详见附件）。\n某省人民政府办公厅\n2024年4月10日\n"
    "附件\n废止的规范性文件目录\n序号\t文件名称\t文号\n"
    "1\t某省人民政府办公厅关于加快发展冰雪旅游产业的意见\t某政办发〔2016〕52号\n"
    "2\t某省人民政府办公厅关于加强粮食仓储管理的通知\t某政办发〔2017〕19号\n"
)


def test_each_row_of_a_repeal_table_is_a_repealed_citation():
    cites = [f for f in extract_text(REPEAL_TABLE, "x.txt") if f["type"] == "citation"]
    assert [(c["cited_number"], c["repeals"]) for c in cites] == [
        ("某政办发〔2016〕52号", True), ("某政办发〔2017〕19号", True)]
    assert cites[0]["cited_title"] == "某省人民政府办公厅关于加快发展冰雪旅游产业的意见"


def test_a_table_of_documents_without_a_repeal_heading_is_notcited_in():
    raw = REPEAL_TABLE.replace("废止的规范性文件目录", "本年度印发的文件目录")
    assert cited_in(raw) == []

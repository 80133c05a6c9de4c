"""Document headers and citations on held-out documents (tests/fixtures/heldout8_header, round 8).

The corpus: a ministry notice, a provincial red-header notice with a three-line title, a city web page with
发布时间/索引号/成文日期 lines and a labelled 文号, a county party-and-government joint notice (黔府办发明电),
a city gazette with a contents list, a PDF with page numbers, a traditional-character notice, a GBK file,
an HTML page with a metadata table, a run-on development-zone listing (〔2023〕第5号), a university party
committee, an SOE masthead, a town notice citing a number without a title, street minutes, and a county's
replies dated in Chinese numerals; then (h16-h20) a report with 签发人 beside its number, a gazette whose
contents list prints each 文号, letter-spaced labels (索 引 号), a 文号 broken over two PDF lines and a joint
masthead of two offices.  Each rule below was missing or wrong before this round.
"""

from __future__ import annotations

from extract.pipeline import extract_bytes, extract_text
from tests.conftest import facts_of
from tests.corpus import cited_in, header_in

WEB_LABELLED_NUMBER = (
    "某市人民政府办公室关于调整某市安全生产委员会组成人员的通知\n"
    "发布时间：2023-08-15 10:32   来源：市政府办公室\n"
    "发布机构：某市人民政府办公室      成文日期：2023-08-10\n"
    "文号：某政办函[2023]45号\n"
    "各县（市、区）人民政府：\n现将调整后的组成人员通知如下。\n"
    "某市人民政府办公室\n2023年8月11日\n"
)


def test_a_labelled_number_line_is_the_number():
    assert header_in(WEB_LABELLED_NUMBER)[0] == "某政办函[2023]45号"


def test_the_labelled_written_date_wins_over_the_signature():
    assert header_in(WEB_LABELLED_NUMBER)[3] == "2023-08-10"


def test_a_number_sharing_its_line_with_page_metadata():
    raw = ("某新区管委会主任办公会议纪要\n某新管纪〔2023〕11号　发布时间：2023-08-21\n"
           "会议研究了有关事项。\n某新区管委会办公室\n2023年8月21日\n")
    assert header_in(raw)[0] == "某新管纪〔2023〕11号"


META_TABLE = (
    "<html><body><table>"
    "<tr><td>发文机关</td><td>某市人民政府</td><td>成文日期</td><td>2024-04-02</td></tr>"
    "<tr><td>标题</td><td>某市人民政府关于印发某市促进民营经济发展若干措施的通知</td></tr>"
    "<tr><td>文号</td><td>某政发〔2024〕9号</td><td>发布日期</td><td>2024-04-08</td></tr></table>"
    "<h1>某市人民政府关于印发某市促进民营经济发展若干措施的通知</h1><p>某政发〔2024〕9号</p>"
    "<p>各区人民政府：</p><p>现将若干措施印发给你们。</p><p>某市人民政府</p></body></html>"
)


def test_a_metadata_table_title_row_is_not_a_second_document():
    docs = [f for f in extract_bytes(META_TABLE.encode(), "x.html") if f["type"] == "document"]
    assert [d["number"] for d in docs] == ["某政发〔2024〕9号"]


def test_the_written_date_of_a_metadata_table_dates_an_unsigned_page():
    assert header_in(META_TABLE, "x.html")[3] == "2024-04-02"


def test_the_publication_date_dates_a_page_without_any_other():
    raw = ("某开发区管委会领导班子成员分工\n发布日期：2025-02-26\n"
           "管委会副主任潘海燕：负责招商引资工作。分管招商局、科技创新局。\n")
    assert header_in(raw)[3] == "2025-02-26"


def test_minutes_numbered_by_issue_under_their_masthead():
    raw = ("某县人民政府调度会议纪要\n第 3 期\n某县人民政府办公室          2018年3月21日\n"
           "3月19日上午，全县调度会议在县政府召开。\n")
    assert header_in(raw)[0] == "第3期"


def test_minutes_dated_only_by_their_opening_sentence():
    raw = ("某县人民政府常务会议纪要\n〔2024〕7号\n"
           "2024年4月18日，县长某某某主持召开县人民政府第7次常务会议，研究了有关事项。\n")
    assert header_in(raw)[3] == "2024-04-18"


def test_a_village_meeting_record_is_minutes():
    raw = ("石门村村民委员会会议记录\n2024年4月2日\n4月2日晚，村民委员会主任郝建国主持召开村“两委”联席会议。\n"
           "参会人员：郝建国、柴玉兰、牛德福\n")
    assert header_in(raw)[4] == "meeting_minutes"


BODY_HEAD = "某镇人民政府关于调整某镇河长制工作领导小组的通知\n某镇发〔2024〕11号\n各村：\n"
BODY_TAIL = "\n某镇人民政府\n2024年5月6日\n"


def test_a_number_followed_by_wenjian_is_cited_without_its_issuer():
    raw = BODY_HEAD + "依据县委办公室、县政府办公室临办发〔2023〕15号文件精神，决定调整。" + BODY_TAIL
    assert cited_in(raw) == ["临办发〔2023〕15号"]


def test_a_number_after_a_cue_verb_iscited_in():
    raw = BODY_HEAD + "各地要继续执行国办发〔2024〕3号关于防灾减灾的部署。" + BODY_TAIL
    assert cited_in(raw) == ["国办发〔2024〕3号"]


def test_a_number_in_a_sentence_of_other_words_is_notcited_in():
    assert cited_in(BODY_HEAD + "本通知印发后，各村要在5月底前报送名单〔2024〕3号。" + BODY_TAIL) == []


def test_a_title_and_its_number_on_the_next_line_are_one_citation():
    raw = BODY_HEAD + "为深入贯彻《某省人民政府关于某某工作的意见》\n（某政发〔2023〕16 号）精神。" + BODY_TAIL
    assert [(f["cited_number"], f["cited_title"]) for f in extract_text(raw, "x.txt")
            if f["type"] == "citation"] == [("某政发〔2023〕16号", "某省人民政府关于某某工作的意见")]


def test_seed_citation_split_from_its_title_by_a_column_wrap(seed_facts):
    (f,) = facts_of(seed_facts("003"), "citation", cited_number="国发〔2023〕16号")
    assert f["cited_title"] == "国务院关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见"
    assert f["document"] == "东政发〔2024〕9号"


def test_the_signer_after_a_report_number_is_not_in_its_title():
    raw = ("某县人民政府文件\n某政报〔2024〕6号        签发人：马某某\n"
           "某县人民政府\n关于2023年度法治政府建设情况的报告\n市人民政府：\n现将有关情况报告如下。\n某县人民政府\n2024年1月26日\n")
    assert header_in(raw)[:3] == ("某政报〔2024〕6号", "某县人民政府关于2023年度法治政府建设情况的报告", "某县人民政府")


def test_letter_spaced_labels_are_page_metadata():
    raw = ("某省人民政府办公厅关于做好2024年防汛工作的通知\n索 引 号：116100/2024-00112\n"
           "发文字号：某政办发〔2024〕12号\n各设区市人民政府：\n现将有关事项通知如下。\n某省人民政府办公厅\n2024年3月5日\n")
    assert header_in(raw)[:2] == ("某政办发〔2024〕12号", "某省人民政府办公厅关于做好2024年防汛工作的通知")


def test_a_number_broken_over_two_lines_by_a_pdf():
    raw = ("某县人民政府文件\n某政发〔2024〕\n12号\n某县人民政府关于印发某县冬季供暖保障工作方案的通知\n"
           "各乡镇人民政府：\n现将方案印发给你们。\n某县人民政府\n2024年10月8日\n")
    assert header_in(raw)[0] == "某政发〔2024〕12号"


def test_contents_entries_with_numbers_are_not_documents():
    entry = "某市人民政府关于印发某市规划实施方案的通知\n某府发〔2023〕21号\n"
    raw = ("某市人民政府公报\n目录\n" + entry + entry
           + "各县（市、区）人民政府：\n现将方案印发给你们。\n某市人民政府\n2023年9月12日\n")
    docs = [f for f in extract_text(raw, "x.txt") if f["type"] == "document" and f["number"]]
    assert [(d["number"], d["date"]) for d in docs] == [("某府发〔2023〕21号", "2023-09-12")]


def test_a_number_followed_by_wen_iscited_in():
    raw = BODY_HEAD + "按照市委办公室河市办发〔2021〕33号文精神，决定调整。" + BODY_TAIL
    assert cited_in(raw) == ["河市办发〔2021〕33号"]


def test_a_cue_verb_inside_a_title_does_not_cite_the_number_under_it():
    raw = ("某市人民政府公报\n目录\n某市人民政府关于印发某方案的通知\n某府发〔2023〕21号\n"
           "某市人民政府关于印发某方案的通知\n某府发〔2023〕21号\n各区：\n现将方案印发给你们。\n某市人民政府\n2023年9月12日\n")
    assert cited_in(raw) == []

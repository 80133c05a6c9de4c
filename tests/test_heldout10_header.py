"""Document headers and citations on held-out documents (tests/fixtures/heldout10_header, round 10).

The corpus: a province's decree (政府令) signed by its 省长, two city gazettes whose contents lists precede a
decree, notices, an opinion, a 批复 and an appointment notice, an HTML page with a metadata table, a run-on
明电 page, a party-government joint 实施意见 with its 印发 line, a PDF with page numbers and a three-line title,
a traditional-character 规定, a GBK notice whose masthead repeats the issuer above the title, a university
办法, a development zone's 第N号 number, a run-on town notice, a province's repeal decision, an SOE's 规定 with
attachments, and five ministries' joint opinion.  Each rule below was missing or wrong before this round.
"""

from __future__ import annotations

from tests.corpus import cited_in, headers_in

DECREE = (
    "甲省人民政府令\n\n第328号\n\n《甲省某某工程管理办法》已经2024年2月26日省人民政府第27次常务会议审议通过，"
    "现予公布，自2024年5月1日起施行。\n\n省长　某某\n\n2024年3月5日\n\n甲省某某工程管理办法\n\n"
    "第一条　为了加强管理，制定本办法。\n"
)


def test_a_decree_is_titled_by_the_regulation_it_promulgates():
    assert headers_in(DECREE)[0][1] == "甲省某某工程管理办法"


def test_a_decree_is_issued_by_the_government_not_its_signer():
    assert headers_in(DECREE)[0][2] == "甲省人民政府"


def test_a_decree_takes_its_number_date_and_kind_from_the_regulation():
    number, _, _, date, kind = headers_in(DECREE)[0]
    assert (number, date, kind) == ("第328号", "2024-03-05", "policy")


def test_a_decree_without_a_promulgation_sentence_keeps_its_own_title():
    raw = "甲市人民政府令\n\n第3号\n\n现决定如下：某某事项。\n\n市长　某某\n\n2024年3月5日\n"
    assert headers_in(raw)[0][1] == "甲市人民政府令"


JOINT_ABOVE = (
    "甲部　乙委　丙部\n丁部　戊委\n关于加快发展某项服务的指导意见\n\n甲发〔2024〕4号\n\n各省：\n"
    "现提出如下意见。\n\n2024年5月8日\n"
)


def test_joint_issuers_printed_above_the_title_are_part_of_it():
    issuers = "甲部乙委丙部丁部戊委"
    assert headers_in(JOINT_ABOVE)[0][1:3] == (issuers + "关于加快发展某项服务的指导意见", issuers)


def test_an_issuer_repeated_under_its_masthead_opens_the_title():
    raw = (
        "甲县人民政府办公室\n\n甲县人民政府办公室\n关于调整某某领导小组成员的通知\n\n甲政办〔2024〕14号\n\n"
        "各乡镇：\n现通知如下。\n\n甲县人民政府办公室\n二〇二四年四月二日\n"
    )
    assert headers_in(raw)[0][1] == "甲县人民政府办公室关于调整某某领导小组成员的通知"


def test_one_body_alone_above_the_title_stays_a_masthead():
    raw = "甲县人民政府\n\n关于禁止某事的通告\n\n甲政通〔2024〕1号\n\n现通告如下：\n\n甲县人民政府\n2024年1月10日\n"
    assert headers_in(raw)[0][1] == "关于禁止某事的通告"


def test_a_number_after_a_conjunction_belongs_to_the_next_document_not_the_title():
    raw = "为贯彻落实《中共中央　国务院关于某事的意见》和自治区桂政发〔2023〕31号文件精神，制定如下措施。\n"
    assert cited_in(raw) == ["桂政发〔2023〕31号"]


def test_a_command_post_written_before_a_bare_number_is_cut_off():
    raw = "根据《某某法》和县防汛抗旱指挥部崇汛〔2024〕5号文件要求，制定本方案。\n"
    assert cited_in(raw) == ["崇汛〔2024〕5号"]


def test_a_law_cited_without_a_number_is_no_citation():
    assert cited_in("根据《中华人民共和国水法》和《某省实施〈中华人民共和国水法〉办法》，制定本办法。\n") == []


def test_a_repealed_decree_is_cited_by_its_decree_number():
    raw = "本办法自2024年5月1日起施行。《某省某某管理办法》（省人民政府令第256号）同时废止。\n"
    assert cited_in(raw) == ["省人民政府令第256号"]

"""Held-out corpus, fifth round, for `attendance`: minutes written independently of the rules.

tests/fixtures/heldout5_attendance/NAME.<suffix> each has NAME.expected in the format of
tests/corpus.py (scored by tests/test_corpora.py); only `attendance` facts (and document headers) are scored.
This round: government web pages saved as HTML (nested tables, <br> in cells, &nbsp; padding, <span>
splitting a name, <p style> per line, 附件下载 and 【字体：大 中 小】 controls), a .docx table flattened one
cell per line and one with cells separated by wide gaps, a PDF roster with every character spaced, a
prefecture web page run on into one line, minutes that also decide appointments, and places in 四川,
广东, 河南, 云南 (县委/县政府, 区政府, 镇党委, 街道党工委, 开发区, a university, a hospital); one file in
traditional characters and one in GBK.  Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in

TYPE = "attendance"


def _attendance(raw: str) -> list[tuple]:
    """(person, role, post) of the attendance facts extracted from an inline text."""
    return facts_in(raw, TYPE)


# Rules this corpus asked for, each on a short input of its own (names and places invented).

_HEAD = "石门县人民政府常务会议纪要\n〔2012〕2号\n"


def test_no_break_spaces_of_a_web_table_separate_names():
    raw = _HEAD + "出\xa0\xa0席\t王大力\xa0\xa0刘小山\xa0\xa0税志勇\n"
    assert _attendance(raw) == [("王大力", "出席", "-"), ("刘小山", "出席", "-"), ("税志勇", "出席", "-")]


def test_one_post_and_name_a_line_without_separators_is_one_person_a_line():
    raw = _HEAD + "列席:\n县政府办公室主任何大伟\n县水利局副局长刘小山\n"
    assert _attendance(raw) == [("何大伟", "列席", "县政府办公室主任"), ("刘小山", "列席", "县水利局副局长")]


def test_two_space_gap_between_post_name_cells_of_a_table_cell():
    raw = _HEAD + "列席：县政府办公室主任何大伟  县水利局副局长刘小山\n"
    assert _attendance(raw) == [("何大伟", "列席", "县政府办公室主任"), ("刘小山", "列席", "县水利局副局长")]


def test_table_flattened_one_cell_a_line_under_its_header_row():
    raw = _HEAD + "参加会议人员：\n单位\n姓名\n职务\n县政府\n王大力\n县委常委、副县长\n县财政局\n刘小山\n副局长\n"
    assert _attendance(raw) == [("王大力", "参加", "县委常委、副县长"), ("刘小山", "参加", "县财政局副局长")]


def test_masthead_with_the_issuer_above_the_kind_of_minutes():
    raw = "中共柳河镇委员会\n党委会议纪要\n第7期\n出席：胡建军、范永生\n"
    assert _attendance(raw) == [("胡建军", "出席", "-"), ("范永生", "出席", "-")]


def test_every_character_spaced_by_a_pdf_conversion():
    raw = ("中 共 柳 河 镇 委 员 会\n党 委 会 议 纪 要\n"
           "列 席 ： 镇 纪 委 副 书 记 　 牛 志 远 ； 镇 党 政 办 主 任 　 贺 东 升\n")
    assert _attendance(raw) == [("牛志远", "列席", "镇纪委副书记"), ("贺东升", "列席", "镇党政办主任")]


def test_scope_in_the_remark_after_a_name_narrows_the_role():
    raw = _HEAD + "列席：县水利局局长 刘小山\n　　　县财政局局长 张红（议题二列席）\n"
    assert _attendance(raw) == [("刘小山", "列席", "县水利局局长"), ("张红", "议题二列席", "县财政局局长")]


def test_signing_date_with_yinfa_ends_the_last_list():
    raw = _HEAD + "记录：县政府办公室 张红\n石门县人民政府办公室\n2022年9月13日印发\n"
    assert _attendance(raw) == [("张红", "记录", "县政府办公室")]


def test_seed_facts_unchanged_by_the_table_rules(seed_facts):
    # 004 鄂托克前旗 minutes: post before name, "旗人民政府副旗长、公安局局长魏振选".
    got = [f for f in seed_facts("004") if f["type"] == TYPE and f["person"] == "魏振选"]
    assert got and all("魏振选" not in (f["post"] or "") for f in got)

"""Fifth held-out corpus for appointment facts (人事任免), written before the rules that read it.

tests/fixtures/heldout5_appointment/NAME.<suffix> each has NAME.expected (format in
tests/corpus.py, scored by tests/test_corpora.py).
Only appointment facts are scored here; document lines check the header.
Government web pages saved as HTML (nested tables, <br> in cells, &nbsp; padding, <span> inside a name,
breadcrumbs, 字体 controls, 附件下载), Word text with one table cell per line or cells apart by spaces, PDF text
with a space between every character, a 会议纪要 and a 开发区 notice that mix appointments with other matters,
a traditional-character university notice, a GBK street notice and a run-on web page; places in 四川, 广东,
河南, 云南 and 福建 naming styles, a ministry and a 国资委.  Names and places are fictional.
"""

from __future__ import annotations

from extract.pipeline import extract_path
from tests.corpus import facts_in, key

TYPE = "appointment"


# Rules this corpus asked for, each on a short input of its own (names and places invented).


def _appointments(body: str, title: str = "石门县人民政府关于刘小山等同志职务任免的通知") -> list[tuple]:
    raw = f"{title}\n石政任〔2012〕3号\n{body}\n石门县人民政府\n2012年5月1日\n"
    return facts_in(raw, TYPE)


def test_a_government_head_after_a_party_post_is_a_post_of_its_own():
    assert _appointments("刘小山同志任石桥镇党委副书记、镇长。") == [
        ("刘小山", "appoint", "石桥镇党委副书记", "0"), ("刘小山", "appoint", "镇长", "0")]


def test_a_paired_title_of_one_organisation_stays_one_post():
    assert _appointments("提名张红为石门交通集团有限公司纪委书记、监察专员人选。") == [
        ("张红", "nominate", "石门交通集团有限公司纪委书记、监察专员", "0")]


def test_a_cell_line_opening_with_jian_is_a_concurrent_post(tmp_path):
    page = ("<html><body><p>石门县人民政府关于刘小山等同志职务任免的通知</p><p>石政任〔2012〕3号</p><table>"
            "<tr><td>姓名</td><td>任职</td><td>免职</td></tr>"
            "<tr><td>刘小山</td><td>石桥街道党工委书记<br>兼石桥街道人大工委主任</td><td>县司法局局长</td></tr>"
            "</table><p>石门县人民政府</p><p>2012年5月1日</p></body></html>")
    (tmp_path / "x.html").write_text(page, encoding="utf-8")
    got = [key(f)[1:] for f in extract_path(tmp_path / "x.html") if f["type"] == TYPE]
    assert got == [("刘小山", "appoint", "石桥街道党工委书记", "0"),
                   ("刘小山", "concurrent", "石桥街道人大工委主任", "0"), ("刘小山", "remove", "县司法局局长", "0")]


def test_an_empty_cell_of_a_space_laid_table_keeps_the_columns_in_place():
    body = ("姓  名        任  职                免  职\n"
            "刘小山        县商务局局长\n"
            "张  红                              县统计局局长（退休）")
    assert _appointments(body) == [("刘小山", "appoint", "县商务局局长", "0"), ("张红", "remove", "县统计局局长", "0")]


def test_a_word_table_flattened_to_one_cell_a_line():
    body = "姓名\n任职\n免职\n刘小山\n县商务局局长\n县统计局局长\n张红\n县统计局局长"
    assert _appointments(body) == [
        ("刘小山", "appoint", "县商务局局长", "0"), ("刘小山", "remove", "县统计局局长", "0"),
        ("张红", "appoint", "县统计局局长", "0")]


def test_a_letter_spaced_pdf_line_reads_as_prose():
    body = "陈 丽 娟 任 县 商 务 局 局 长 ， 免 去 其 县 统 计 局 局 长 职 务 ；"
    assert _appointments(body) == [
        ("陈丽娟", "appoint", "县商务局局长", "0"), ("陈丽娟", "remove", "县统计局局长", "0")]


def test_recommending_for_a_post_is_a_nomination():
    assert _appointments("推荐刘小山为县政协副主席人选。") == [("刘小山", "nominate", "县政协副主席", "0")]


def test_a_passed_probation_then_formal_hiring_confirms():
    title = "石门学院关于刘小山等同志职务聘任的通知"
    got = _appointments("刘小山同志试用期满考核合格，正式聘任为图书馆副馆长。", title)
    assert got == [("刘小山", "confirm", "图书馆副馆长", "0")]


def test_a_hiring_term_in_brackets_is_no_part_of_the_post():
    got = _appointments("聘任刘小山为开发区管委会副主任（聘期三年）。")
    assert got == [("刘小山", "appoint", "开发区管委会副主任", "0")]

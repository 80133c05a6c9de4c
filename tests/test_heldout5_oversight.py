"""Held-out round 5 for `oversight` facts: division-of-labour documents written before the rules were fixed.

tests/fixtures/heldout5_oversight/NAME.<suffix> each has NAME.expected in the format of the generality corpus
(tests/test_generality_corpus.py).  Saved government web pages (nested tables, <br> in cells, &nbsp; padding,
<span> splitting a name, navigation and footers), .docx text with one table cell a line or cells separated by
spaces, a PDF roster with every character spaced, documents that mix oversight with other kinds (a policy
实施方案, a 常务会议纪要, a notice that also adjusts a committee), 四川/广东/河南/云南 places (县, 区, 镇, 街道,
a county hospital), Yi and Dai names, traditional characters and GBK.  Names and places are fictional.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from extract.load import html_text
from extract.pipeline import extract_path, extract_text
from tests.test_generality_corpus import Score, _key, _ratio, _read_expected

CORPUS = Path(__file__).resolve().parent / "fixtures" / "heldout5_oversight"
CASES = sorted(p.stem for p in CORPUS.glob("*.expected"))
# Micro-F1 on oversight facts before this round's rules: 0.678 (P 0.92, R 0.54); after: 0.952 (P 1.00, R 0.91).
MIN_MICRO_F1 = 0.95
# Files the extractor does not yet read exactly; strict, so a fix must remove the name here.
# A PDF roster with every character spaced (needs collapsing in extract.text) and a policy 实施方案 whose
# 组织保障 assigns leaders' duties (not read as a division of labour, to keep duty sentences of rosters out).
KNOWN_GAPS: set[str] = {"p05_henan_county_pdf_spaced", "p06_policy_plan_mixed"}


def _source(name: str) -> Path:
    """The document file an .expected file describes."""
    (path,) = [p for p in CORPUS.glob(f"{name}.*") if p.suffix != ".expected"]
    return path


def score(name: str) -> Score:
    """Extract one file and compare its oversight facts with the expectations."""
    required, optional, docs = _read_expected(CORPUS / f"{name}.expected")
    facts = list(extract_path(_source(name)))
    got = {_key(f) for f in facts if f["type"] == "oversight"}
    doc_got = {_key(f) for f in facts if f["type"] == "document"}
    return Score(name, required, optional, got, docs, doc_got)


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    """Every file scored once per test run."""
    return {name: score(name) for name in CASES}


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def test_corpus_covers_ten_documents_in_several_formats():
    assert len(CASES) >= 10
    assert {".txt", ".html"} <= {_source(n).suffix for n in CASES}
    for name in CASES:
        required, _optional, _docs = _read_expected(CORPUS / f"{name}.expected")
        assert required, name


def test_precision_recall_table(scores, capsys):
    rows = [f"{'file':34} {'exp':>4} {'got':>4} {'P':>5} {'R':>5}"]
    total: Counter = Counter()
    for name, s in scores.items():
        total.update(tp=len(s.tp), fp=len(s.fp), fn=len(s.fn))
        p, r, _ = _f1(len(s.tp), len(s.fp), len(s.fn))
        rows.append(f"{name:34} {len(s.expected):>4} {len(s.got):>4} {p:5.2f} {r:5.2f}")
        rows += [f"    miss {m}" for m in sorted(s.fn)] + [f"    false {m}" for m in sorted(s.fp)]
    p, r, f1 = _f1(total["tp"], total["fp"], total["fn"])
    rows.append(f"{'micro oversight':34} {total['tp'] + total['fn']:>4} {total['tp'] + total['fp']:>4} "
                f"{p:5.2f} {r:5.2f}  F1 {f1:.3f}")
    with capsys.disabled():
        print("\n" + "\n".join(rows))
    assert f1 >= MIN_MICRO_F1


def _cases() -> list:
    return [pytest.param(n, marks=pytest.mark.xfail(strict=True)) if n in KNOWN_GAPS else n for n in CASES]


@pytest.mark.parametrize("name", _cases())
def test_oversight_facts_are_exactly_the_expected_ones(scores, name):
    s = scores[name]
    assert (sorted(s.fn), sorted(s.fp)) == ([], [])


@pytest.mark.parametrize("name", CASES)
def test_document_header_is_read(scores, name):
    s = scores[name]
    assert s.doc_expected <= s.doc_got


# Rules this round asked for, each on a short input of its own (names and places invented).


def _oversight(body: str, title: str = "关于县政府领导工作分工的通知") -> list[tuple]:
    """(person, relation, target) of the oversight facts of a short notice."""
    raw = f"{title}\n石政发〔2024〕1号\n{body}\n石门县人民政府\n2024年5月1日\n"
    return [_key(f)[1:] for f in extract_text(raw, "x.txt") if f["type"] == "oversight"]


def test_post_and_name_before_buzai_fenguan_open_the_clause():
    assert _oversight("（一）副县长王海涛不再分管县水利局，改由副县长赵丽娟分管。") == [
        ("王海涛", "no_longer_oversees", "县水利局"), ("赵丽娟", "oversees", "县水利局")]


def test_minutes_with_a_numbered_division_section_are_read():
    got = _oversight("二、研究县政府领导分工调整事宜\n副县长王海涛新增分管县应急管理局。", title="县政府常务会议纪要")
    assert got == [("王海涛", "oversees", "县应急管理局")]


def test_table_with_one_cell_a_line_is_read_row_by_row():
    body = "姓名\n职务\n工作分工\n分管站所\n孙红军\n副镇长\n负责财政工作\n财政所\n刘彩霞\n副镇长\n负责水利工作\n水利站"
    assert sorted(_oversight(body)) == [("刘彩霞", "oversees", "水利"), ("刘彩霞", "oversees", "水利站"),
                                        ("孙红军", "oversees", "财政"), ("孙红军", "oversees", "财政所")]


def test_row_with_cells_separated_by_spaces_and_a_padded_name():
    body = "姓名    职务    分管部门\n岩  温    副市长    市水务局、市林业和草原局"
    assert _oversight(body) == [("岩温", "oversees", "市水务局"), ("岩温", "oversees", "市林业和草原局")]


def test_html_cell_with_br_separated_agencies_gives_one_fact_each():
    html = ("<html><body><h1>关于区政府领导分工的通知</h1><p>榕府〔2022〕1号</p><table>"
            "<tr><td>姓名</td><td>职务</td><td>分管部门</td></tr>"
            "<tr><td>梁振华</td><td>副区长</td><td>区财政局<br>区统计局</td></tr></table></body></html>")
    got = [_key(f)[1:] for f in extract_text(html_text(html.encode()), "x.html") if f["type"] == "oversight"]
    assert got == [("梁振华", "oversees", "区财政局"), ("梁振华", "oversees", "区统计局")]


def test_traditional_pair_sentence_keeps_names_as_printed():
    assert ("覃美玲", "backup", "譚偉光") in _oversight("覃美玲同志與譚偉光同志互為AB角。")

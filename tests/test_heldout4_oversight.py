"""Held-out round 4 for `oversight` facts: division-of-labour documents written before the rules were fixed.

tests/fixtures/heldout4_oversight/NAME.<suffix> each has NAME.expected in the format of the generality corpus
(tests/test_generality_corpus.py).  Documents as they appear inside larger files (a gazette issue with a table
of contents and running heads, a university 汇编), 2008–2014 wording, a PDF conversion with wrapped lines and
page numbers, rare surnames (亓 仉 禤 芈 佴 逯 栾 晁 冼) and Uyghur/Kazakh/Tibetan/Yi names, 州/自治县/林区/新区/
街道 jurisdictions, ■/● bullets, a TAB table with an AB角 column, an HTML table, traditional characters and GBK.
Names and places are fictional.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from extract.pipeline import extract_path, extract_text
from tests.test_generality_corpus import Score, _key, _ratio, _read_expected

CORPUS = Path(__file__).resolve().parent / "fixtures" / "heldout4_oversight"
CASES = sorted(p.stem for p in CORPUS.glob("*.expected"))
# Micro-F1 on oversight facts before this round's rules: 0.693 (P 0.72, R 0.67); after: 0.990.
MIN_MICRO_F1 = 0.985
# Files the extractor does not yet read exactly; strict, so a fix must remove the name here.
# 黃春燕副縣長不再分管X (no 同志, post glued after the name) and 联系X调整为联系Y are not read yet.
KNOWN_GAPS: set[str] = {"o05_autonomous_county_traditional"}


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


def _oversight(body: str) -> list[tuple]:
    """(person, relation, target) of the oversight facts of a short division-of-labour notice."""
    raw = f"关于县政府领导工作分工的通知\n石政发〔2024〕1号\n{body}\n石门县人民政府\n2024年5月1日\n"
    return [_key(f)[1:] for f in extract_text(raw, "x.txt") if f["type"] == "oversight"]


def test_deputy_title_glued_after_a_name_ends_the_name():
    assert _oversight("二、韦丽萍副县长：分管县水利局。") == [("韦丽萍", "oversees", "县水利局")]


def test_rare_surname_opens_a_post_first_leader_line():
    assert _oversight("四、副县长　佴国庆\n分管县交通局。") == [("佴国庆", "oversees", "县交通局")]


def test_post_before_a_dotted_name_is_split_off():
    assert _oversight("副镇长阿力木江·热合曼：分管水利站。") == [("阿力木江·热合曼", "oversees", "水利站")]


def test_square_and_round_bullets_open_new_items():
    got = _oversight("■ 张红梅　街道党工委书记\n● 联系社区：桐溪社区\n■ 李立新　办事处主任\n● 分管科室：财政所。")
    assert got == [("张红梅", "liaises", "桐溪社区"), ("李立新", "oversees", "财政所")]


def test_bulleted_b_jiao_line_pairs_with_the_leader_above():
    got = _oversight("■ 罗布次仁　办事处副主任\n● 分管科室：应急管理办公室\n● B角：张立新")
    assert ("罗布次仁", "backup", "张立新") in got and ("罗布次仁", "oversees", "应急管理办公室") in got


def test_one_character_bracket_is_part_of_the_agency():
    assert _oversight("副校长 王明轩：分管学生工作部（处）、团委。") == [
        ("王明轩", "oversees", "学生工作部（处）"), ("王明轩", "oversees", "团委")]


def test_pair_sentence_wrapped_before_huwei_with_posts_before_names():
    got = _oversight("副镇长冼小燕与副镇长阿力木江·热合曼\n互为AB角。")
    assert sorted(got) == [("冼小燕", "backup", "阿力木江·热合曼"), ("阿力木江·热合曼", "backup", "冼小燕")]

"""Speed-ups must not change a single match: each shortcut is checked against the plain computation."""

from __future__ import annotations

import random
import re

from extract.documents import _covered
from extract.patterns import finditer_anchored, first_chars, required_literal, with_first_chars
from extract.pipeline import extract_text
from extract.text import _FOLD, _fold, to_match
from tests.conftest import facts_of

SAMPLE = (
    "由旗长张三任组长，副旗长李四、王五任副组长；成员：赵六。组长由县长马志国同志担任，"
    "办公室主任由郭亮兼任。分管财政局、联系税务局，协助县长负责金融工作。不再分管教育局。"
)


def test_first_chars_of_an_alternation_are_the_first_characters_of_its_words():
    assert first_chars(r"(?P<a>分管)|联系|协助(?P<w>.{0,3})负责") == frozenset("分联协")


def test_first_chars_is_unknown_for_optional_or_case_insensitive_openings():
    assert first_chars(r"(?:由)?张") is None
    assert first_chars(r"(?i)ab") is None
    assert first_chars(r"\s*组长") is None


def test_first_chars_looks_past_a_lookbehind():
    assert first_chars(r"(?<=[,;])(?:组\s*长|成\s*员)\s*:") == frozenset("组成")


def test_with_first_chars_finds_exactly_the_same_matches():
    for pattern in (r"分管(?!领导)|联系|协助(?P<w>[^。]{0,30}?)负责|不再分管", r"(?<=[,，。；])(?:副组长|组长)"):
        plain, fast = re.compile(pattern), re.compile(with_first_chars(pattern))
        assert [m.span() for m in fast.finditer(SAMPLE)] == [m.span() for m in plain.finditer(SAMPLE)]
        assert [m.span() for m in fast.finditer(SAMPLE)]


def test_required_literal_is_the_longest_plain_run_of_a_pattern():
    assert required_literal(r".{0,30}大事记") == "大事记"
    assert required_literal(r".{2,40}(人民政府|办公室)关于.{2,80}的(通知|决定)") == "关于"
    assert required_literal(r"a|b") is None
    assert required_literal(r"(?i)abc") is None


def test_finditer_anchored_equals_finditer_when_candidates_cover_every_start():
    pat = re.compile(
        r"(?:由)?(?P<who>[^,，。;；:由]{2,60}?)(?:同志)?(?:任|担任)(?P<label>副组长|组长)(?=[,，。;；、]|$)"
    )
    anchors = [m.start() for m in re.finditer(r"(?=任(?:副组长|组长))", SAMPLE)]
    starts = [q - k for q in anchors for k in range(2, 65)]
    got = [m.group("who") for m in finditer_anchored(pat, starts, SAMPLE, 0, len(SAMPLE))]
    assert got == [m.group("who") for m in pat.finditer(SAMPLE)] == ["旗长张三", "副旗长李四、王五"]


def test_covered_answers_like_a_scan_of_every_span():
    rng = random.Random(3)
    spans = [(a, a + rng.randrange(0, 9)) for a in (rng.randrange(0, 100) for _ in range(30))]
    inside = _covered(spans)
    assert [inside(a) for a in range(110)] == [any(x <= a < y for x, y in spans) for a in range(110)]


def test_folding_by_regex_equals_translating_every_character():
    rng = random.Random(5)
    chars = [chr(k) for k in _FOLD] + list("abc中文，：（）　 \n國辦")
    for _ in range(300):
        s = "".join(rng.choice(chars) for _ in range(rng.randrange(0, 120)))
        assert _fold(s) == s.translate(_FOLD)


def test_short_strings_are_folded_like_long_ones():
    assert to_match("組　長：（國務院）") == "组 长:(国务院)"
    assert to_match("組長：" * 30) == "组长:" * 30


def test_role_clause_far_from_its_label_is_still_found():
    raw = ("关于成立某县防汛指挥部的通知\n某政发〔2024〕2号\n县政府决定成立某县防汛指挥部，"
           "由县长马志国任总指挥，副县长黄海任副总指挥。\n某县人民政府\n2024年5月3日\n")
    got = [(f["person"], f["role"], f["post"]) for f in facts_of(list(extract_text(raw, "t.txt")), "membership")]
    assert got == [("马志国", "总指挥", "县长"), ("黄海", "副总指挥", "副县长")]

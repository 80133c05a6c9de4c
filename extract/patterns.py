"""Regular expressions for the shapes every Chinese official document shares (on folded text)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

# 文号: issuer code, year in any bracket, sequence, 号.
NUMBER = re.compile(
    r"(?P<code>[\u4e00-\u9fff]{0,12}?)\s*[〔\[(【［]\s*(?P<year>(?:19|20)\d{2})\s*[〕\])】］]\s*第?\s*"
    r"(?P<seq>\d{1,5})\s*号"
)
# Outline markers that open a new paragraph: 一、 （二） 3. 第四条.
ENUMERATOR = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}[、.]|\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|\d{1,2}\s*[.、](?!\d)"
    r"|第[一二三四五六七八九十百\d]{1,4}[章节条]|附件\s*\d*)"
)
# Role labels that open a roster row (spaced as printed: 组 长, 副 组 长).
ROLE_LABEL = re.compile(
    r"^\s*(?:第\s*一\s*|常\s*务\s*|执\s*行\s*)?(?:副\s*)?(?:组\s*长|总\s*指\s*挥|指\s*挥\s*长|主\s*任(?:\s*委\s*员)?"
    r"|成\s*员|委\s*员|召\s*集\s*人|秘\s*书\s*长|顾\s*问)\s*[:：]"
)
TITLE_END = re.compile(r"的(通知|批复|决定|意见|函|通报|公告|通告|报告|请示)$")


def finditer_anchored(pat: re.Pattern, starts: Iterable[int], m: str, pos: int, endpos: int) -> Iterator[re.Match]:
    """The matches of pat.finditer(m, pos, endpos), trying only the candidate start positions `starts`.

    Exact when every position where a match can start is a candidate: a cheap search for a literal the
    pattern must contain (任组长, (简称) gives the candidates, so a slow pattern with a lazy 60-character
    prefix is not tried at every character of a long document.
    """
    for p in sorted(set(starts)):
        if p < pos or p >= endpos:
            continue
        mm = pat.match(m, p, endpos)
        if mm and mm.end() > mm.start():
            yield mm
            pos = mm.end()


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with, or None when that is not a small known set.

    A pattern prefixed with a lookahead on these characters (`with_first_chars`) fails at once at every
    other position, where an alternation of many cue words would try each word in turn.
    """
    from re import _constants as c
    from re import _parser

    def first(items) -> set[str] | None:
        if not len(items):
            return None
        op, av = items[0]
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            return first(items[1:])  # zero-width: the next item consumes the first character
        if op is c.LITERAL:
            return {chr(av)}
        if op is c.IN:
            out: set[str] = set()
            for iop, iav in av:
                if iop is c.LITERAL:
                    out.add(chr(iav))
                elif iop is c.RANGE and iav[1] - iav[0] < 256:
                    out.update(chr(x) for x in range(iav[0], iav[1] + 1))
                else:
                    return None
            return out
        if op is c.SUBPATTERN:
            return None if av[1] & c.SRE_FLAG_IGNORECASE else first(av[-1])
        if op is c.BRANCH:
            out = set()
            for branch in av[1]:
                got = first(branch)
                if got is None:
                    return None
                out |= got
            return out
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            return first(av[2])
        return None

    try:
        parsed = _parser.parse(pattern)
        got = None if parsed.state.flags & c.SRE_FLAG_IGNORECASE else first(parsed)
    except Exception:  # noqa: BLE001 - an unparsable pattern simply gets no prefilter
        return None
    return frozenset(got) if got else None


def with_first_chars(pattern: str) -> str:
    """`pattern` behind a lookahead on the characters it can start with (same matches, found faster)."""
    chars = first_chars(pattern)
    if not chars:
        return pattern
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "])(?:" + pattern + ")"


def required_literal(pattern: str) -> str | None:
    """The longest run of plain characters every match of `pattern` contains (大事记 of .{0,30}大事记), or None.

    A text without it cannot match, so a cheap `in` test can stand before a costly (full)match.
    """
    from re import _constants as c
    from re import _parser

    try:
        parsed = _parser.parse(pattern)
    except Exception:  # noqa: BLE001 - an unparsable pattern simply gets no gate
        return None
    if parsed.state.flags & c.SRE_FLAG_IGNORECASE:
        return None
    best, run = "", ""
    for op, av in parsed:
        run = run + chr(av) if op is c.LITERAL else ""
        best = max(best, run, key=len)
    return best or None

# Brackets inside which list separators do not count (李四（县委常委、副县长）, 《…、…》), on either view.
OPEN_BRACKETS, CLOSE_BRACKETS = "(（[【〔《", ")）]】〕》"


@cache
def _bracket_scan_re(chars: str) -> re.Pattern:
    """The brackets and the characters sought: the only positions a bracket-aware scan needs to visit."""
    return re.compile("[" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS + chars) + "]")


def outside_brackets(m: str, s: int, e: int, chars: str) -> list[int]:
    """Positions in m[s:e] of any of `chars` that stand outside brackets."""
    out, depth = [], 0
    for hit in _bracket_scan_re(chars).finditer(m, s, e):
        c = hit.group()
        if c in OPEN_BRACKETS:
            depth += 1
        elif c in CLOSE_BRACKETS:
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(hit.start())
    return out


def split_outside_brackets(m: str, s: int, e: int, seps: str) -> list[tuple[int, int]]:
    """Spans of m[s:e] between separators that stand outside brackets."""
    spans, start = [], s
    for i in outside_brackets(m, s, e, seps):
        spans.append((start, i))
        start = i + 1
    spans.append((start, e))
    return spans

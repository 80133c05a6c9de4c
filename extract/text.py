"""A normalised view of a file's text that never loses track of where each character was printed.

The parsers read `disp` (whitespace-cleaned, line-wrap-repaired, page furniture removed, characters as
printed) and match regular expressions against `match` (the same string, one character for one, folded to
half-width and simplified Chinese).  `idx[i]` is the offset in the original text of `disp[i]`, so any span
the parsers find becomes evidence that quotes the original file exactly (`evidence`).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from extract.patterns import ENUMERATOR, NUMBER, ROLE_LABEL, TITLE_END

# Characters that end a sentence or a heading: a line ending with one of them is not a wrapped line.
_TERMINAL = set("。；;！!？?：:」』”）)】》>")
# A run of spaces this long inside a very long line is where a scraped web page lost its line breaks.
_RUNON_GAP = re.compile(r"[ \u3000\u00a0]{3,}|\t{2,}")
_RUNON_MIN_LINE = 120
_PAGE_NUMBER = re.compile(r"^[\s\-—–－·•]*(第\s*)?[0-9０-９]{1,4}(\s*页)?[\s\-—–－·•]*$")
# A gazette's running head names the periodical and the issue ("X公报  2011年第9期", either order):
# never content, even when the file holds too few pages for it to repeat.
_GAZETTE_HEAD = re.compile(
    r"^(?:\S{2,30}(?:公报|简报|政报)\s*[0-9０-９]{4}\s*年\s*第\s*[0-9０-９]{1,3}\s*期"
    r"|[0-9０-９]{4}\s*年\s*第\s*[0-9０-９]{1,3}\s*期\s*\S{2,30}(?:公报|简报|政报))$"
)
# A compilation's or gazette's running head with the page number on the same line
# ("X文件汇编（2010年度）      ·3·", either order): never content.
_HEAD_WITH_PAGE = re.compile(
    r"^(?:\S{2,40}(?:公报|汇编|选编|简报|政报)(?:[(（][^()（）]{1,12}[)）])?\s{2,}[-—–－·•]?\s*[0-9０-９]{1,4}\s*[-—–－·•]?"
    r"|[-—–－·•]?\s*[0-9０-９]{1,4}\s*[-—–－·•]?\s{2,}\S{2,40}(?:公报|汇编|选编|简报|政报)(?:[(（][^()（）]{1,12}[)）])?)$"
)
_DATE_LINE = re.compile(r"\(?(?:19|20)\d{2}\s*年.{1,8}[日号]\)?")
_KANGXI = {"\u2ed3": "长", "\u2ee2": "车", "\u2ea0": "民", "\u2ecb": "车", "\u2ec5": "见", "\u2ed4": "门"}


@lru_cache(maxsize=1)
def _t2s():
    """The OpenCC traditional-to-simplified converter, or None when OpenCC is unavailable."""
    try:
        import opencc

        return opencc.OpenCC("t2s")
    except Exception:  # noqa: BLE001 - matching simply stays unfolded without OpenCC
        return None


def _fold_table() -> dict[int, str]:
    table = {0x3000: " ", 0xA0: " "}  # ideographic and no-break (&nbsp;) spaces
    table.update({o: chr(o - 0xFEE0) for o in range(0xFF01, 0xFF5F)})
    table.update({ord(k): v for k, v in _KANGXI.items()})
    for o in list(range(0x2F00, 0x2FE0)) + list(range(0x2E80, 0x2F00)):
        n = unicodedata.normalize("NFKC", chr(o))
        if len(n) == 1 and chr(o) not in _KANGXI:
            table[o] = n
    return table


_FOLD = _fold_table()
# str.translate looks every character up in the table; a regex finds the few foldable ones much faster.
_FOLD_CHARS = {chr(k): v for k, v in _FOLD.items()}
_FOLDABLE = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_FOLD_CHARS)) + "]")


def _fold(s: str) -> str:
    """`s.translate(_FOLD)`, computed by replacing only the characters that fold."""
    return _FOLDABLE.sub(lambda m: _FOLD_CHARS[m.group()], s)


def fold_char(ch: str) -> str:
    """Fold one character for matching: full-width to half-width, ideographic space to space."""
    o = ord(ch)
    if o == 0x3000:
        return " "
    if 0xFF01 <= o <= 0xFF5E:
        return chr(o - 0xFEE0)
    if ch in _KANGXI:
        return _KANGXI[ch]
    if 0x2F00 <= o <= 0x2FDF or 0x2E80 <= o <= 0x2EFF:
        n = unicodedata.normalize("NFKC", ch)
        return n if len(n) == 1 else ch
    return ch


def to_match(s: str) -> str:
    """Fold a string one character for one: half-width, simplified (when OpenCC is installed)."""
    # Names, posts and titles are folded again and again: remember short strings (bounded memory).
    return _to_match_short(s) if len(s) <= _SHORT else _to_match(s)


_SHORT = 40


def _to_match(s: str) -> str:
    folded = _fold(s) if len(s) > 64 else s.translate(_FOLD)
    conv = _t2s()
    if conv is None or folded.isascii():
        return folded
    simp = conv.convert(folded)
    if len(simp) == len(folded):
        return simp
    # OpenCC replaced a phrase with one of another length: fall back to character by character.
    return "".join(c2 if len(c2 := conv.convert(c)) == 1 else c for c in folded)


_to_match_short = lru_cache(maxsize=16384)(_to_match)


def squash(s: str) -> str:
    """Remove all whitespace: the facts contract prints names and posts without it."""
    return "".join(s.split())  # str.split() drops exactly the characters \s matches


@dataclass
class Text:
    """A file's original text with its normalised display and matching views and the offset map."""

    raw: str
    disp: str = ""
    match: str = ""
    seg_disp: list[int] = field(default_factory=list)
    seg_raw: list[int] = field(default_factory=list)
    line_starts: list[int] = field(default_factory=list)

    def offset(self, i: int) -> int:
        """The original offset of display character i (display text is a chain of copied runs)."""
        k = bisect.bisect_right(self.seg_disp, i) - 1
        return self.seg_raw[k] + (i - self.seg_disp[k])

    def line_of(self, raw_offset: int) -> int:
        """Return the 1-based line number in the original text of an original offset."""
        return bisect.bisect_right(self.line_starts, raw_offset)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of `disp` to the span of the original text it was printed in."""
        if not self.disp:
            return 0, 0
        start = max(0, min(start, len(self.disp) - 1))
        end = max(start + 1, min(end, len(self.disp)))
        # Skip synthetic characters (line breaks we introduced) at the edges of the span.
        while start < end - 1 and self.disp[start] in "\n ":
            start += 1
        while end - 1 > start and self.disp[end - 1] in "\n ":
            end -= 1
        return self.offset(start), self.offset(end - 1) + 1

    def evidence(self, start: int, end: int) -> dict:
        """Return {"line", "text"}: the original text, as printed, of a span of `disp`."""
        a, b = self.raw_span(start, end)
        return {"line": self.line_of(a), "text": self.raw[a:b]}


# A web page's breadcrumb (当前位置：首页 > 政务公开 > …) is navigation, never a title.
_BREADCRUMB = re.compile(r"^(?:当前位置|您的位置|你的位置|您现在的位置|當前位置)\s*[:：]|^首\s*页\s*[>＞›»/]")


def _is_furniture(line: str, counts: Counter, total_lines: int) -> bool:
    """Page numbers and running headers repeated through a printed gazette are not content."""
    s = line.strip()
    if not s:
        return False
    if _PAGE_NUMBER.match(s) or _GAZETTE_HEAD.match(s) or _HEAD_WITH_PAGE.match(s) or (
        len(s) <= 80 and _BREADCRUMB.match(s)
    ):
        return True
    if counts[s] >= 3 and len(s) <= 30 and total_lines > 50:
        # A running head is a short title line repeated on many pages; roster rows repeat too
        # ("成 员：") but contain a colon or a name-and-post pair, so only title-like lines go.
        if re.search(r"(公报|期刊|简报|月刊|季刊|年鉴)$", s) or re.fullmatch(r"[-—–－\s\d]+", s):
            return True
    return False


def _column_width(lines: list[str]) -> int:
    """The wrap width of a narrow-column PDF conversion, or 0 when lines are not wrapped to a column."""
    lens = [len(s.strip()) for s in lines if len(s.strip()) >= 8]
    if len(lens) < 40:
        return 0
    counts = Counter(lens)
    width, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    # Most lines of a column-wrapped text have one of three or so lengths around the width.
    near = sum(c for length, c in counts.items() if width - 2 <= length <= width + 1)
    if width <= 40 and near / len(lens) >= 0.35 and sum(1 for x in lens if x > width + 6) / len(lens) < 0.1:
        return width
    return 0


def _wraps(line: str, nxt: str, width: int, mline: str = "", mnxt: str | None = None) -> bool:
    """True when `line` was broken by the column width and continues on `nxt` (m*: folded views)."""
    s = line.rstrip()
    n = (to_match(nxt) if mnxt is None else mnxt).strip()
    if not s or not n:
        return False
    if not width - 2 <= len(s.strip()) <= width + 1 or s[-1] in _TERMINAL:
        return False
    if nxt[:1] in " \u3000\t":
        return False
    if TITLE_END.search((mline or to_match(s)).rstrip()):
        return False
    # A new header, outline item, roster row or date never continues the line above.
    flat = "".join(n.split())
    if NUMBER.fullmatch(flat) or ENUMERATOR.match(n) or ROLE_LABEL.match(n):
        return False
    # Two roster rows in a row ("成 员：田 伟 …干部" then "赵海军 …干部"): the second is a new row.
    ms = (mline or to_match(s)).strip()
    if (ROLE_LABEL.match(ms) or _name_row(ms)) and _name_row(n):
        return False
    return not _DATE_LINE.fullmatch(flat)


_NAME_ROW = re.compile(r"^([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})[ \u3000\t]+[\u4e00-\u9fff(]")


def _name_row(s: str) -> bool:
    """A line that opens with a person's name and then, after spacing, a post (赵海军 区商务局干部)."""
    m = _NAME_ROW.match(s)
    if not m:
        return False
    from extract.names import plausible_name  # names builds on this module

    return plausible_name("".join(m.group(1).split()))


_SINGLE_GAP = re.compile(
    r"(?<=[\u4e00-\u9fff\u3001-\u303f\uff01-\uff65]) (?=[\u4e00-\u9fff\u3001-\u303f\uff01-\uff65])"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _letter_spaced(line: str) -> bool:
    """True when nearly every Chinese character of a line is followed by one space (副 县 长 周 建 平)."""
    body = line.strip()
    if body.count(" ") < 4:
        return False
    gaps = len(_SINGLE_GAP.findall(body))
    cjk = len(_CJK.findall(body))
    cells = len(re.findall(r"[^ ]  +[^ ]", body)) + 1
    return cjk >= 6 and gaps >= 0.75 * (cjk - cells)


def normalise(raw: str) -> Text:
    """Build the display and matching views of `raw`, keeping the offset of every character."""
    text = Text(raw=raw)
    lines = raw.split("\n")
    starts = [0, *accumulate(len(ln) + 1 for ln in lines[:-1])]
    text.line_starts = starts
    stripped = [ln.strip() for ln in lines]
    counts = Counter(s for s in stripped if s)
    width = _column_width(stripped)
    pieces: list[str] = []
    seg_disp: list[int] = []
    seg_raw: list[int] = []
    pos = 0

    def emit(chunk: str, off: int) -> None:
        nonlocal pos
        if not chunk:
            return
        pieces.append(chunk)
        seg_disp.append(pos)
        seg_raw.append(off)
        pos += len(chunk)

    total = len(lines)
    nonblank = [i for i, s in enumerate(stripped) if s and not _is_furniture(s, counts, total)]
    mlines = to_match(raw).split("\n") if width else []
    for k, i in enumerate(nonblank):
        line = lines[i].rstrip("\r")
        base = starts[i]
        if len(line) >= _RUNON_MIN_LINE and _RUNON_GAP.search(line):
            last = 0
            for m in _RUNON_GAP.finditer(line):
                if len(line[last : m.start()].strip()) == 1:
                    continue  # "成    员：": the gap pads a spaced label, it ends no line
                emit(line[last : m.start()], base + last)
                emit("\n", base + m.start())
                last = m.end()
            emit(line[last:], base + last)
        elif line and _letter_spaced(line):
            # "副 县 长 周 建 平": a PDF that spaced every character; runs of 2+ spaces still part cells.
            last = 0
            for m in _SINGLE_GAP.finditer(line):
                emit(line[last : m.start()], base + last)
                last = m.end()
            emit(line[last:], base + last)
        elif line:
            # emit(line, base), inlined: this runs once per line of the file.
            pieces.append(line)
            seg_disp.append(pos)
            seg_raw.append(base)
            pos += len(line)
        if width:
            nxt = lines[nonblank[k + 1]] if k + 1 < len(nonblank) else ""
            if _wraps(line, nxt, width, mlines[i], mlines[nonblank[k + 1]] if nxt else ""):
                continue
        pieces.append("\n")
        seg_disp.append(pos)
        seg_raw.append(base + len(line))
        pos += 1
    text.disp = "".join(pieces)
    text.seg_disp = seg_disp
    text.seg_raw = seg_raw
    text.match = to_match(text.disp)
    return text

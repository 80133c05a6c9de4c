"""Citation facts: a 《title》 followed by its document number, in any bracket style.

《…》(伊党干字[2023]45号), 《…》〔2021〕36号, 《…》 （鄂府发〔2023〕72号）, 《…》(国务院令第738号).  A title
with no number after it is not cited as a document here: laws and plans are named that way too.  Runs on
every document, so it is one regular expression over the document's folded text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from extract.documents import Doc
from extract.patterns import NUMBER
from extract.text import squash
from extract.vocab import load_lines

# Numbers other than 文号: 国务院令第738号, 应急管理部2号令, 国家环境保护总局公告2005年第62号.
_OTHER_NUMBER = (
    r"[\u4e00-\u9fff]{1,16}?令\s*第?\s*\d{1,5}\s*号"
    r"|[\u4e00-\u9fff]{1,16}?\d{1,5}\s*号令"
    r"|[\u4e00-\u9fff]{1,20}?公告\s*(?:19|20)\d{2}\s*年\s*第\s*\d{1,5}\s*号"
)
_CITE = re.compile(
    r"《(?P<title>(?:[^《》。;]|《[^《》]{0,150}》){1,200}?)》"
    r"[ \t]{0,3}\n?[ \t]{0,3}(?:[(\[【〔][ \t]*)?"  # a narrow column may break the line after 》
    # 《…》和自治区X发〔2023〕31号: a number after a conjunction belongs to another document.
    rf"(?![和及与并、])(?P<num>{NUMBER.pattern}|{_OTHER_NUMBER})"
    r"(?:[ \t]*[)\]】〕])?"
)
# 《A》(…)、《B》(…)同时废止 / 废止《A》(…): the citation is repealed by the citing document.
_REPEAL_AFTER = re.compile(r"[、,和及与\s]*(?:等|等文件|文件|两个文件|[一二三四五六七八九十\d]+个文件)?\s*"
                           r"(?:同时|同步|即行|予以|一并|自行|自即日起)?\s*废止")
_REPEAL_BEFORE = re.compile(r"废止\s*[:]?[、,和及与\s]*$")
_SENTENCE_END = re.compile(r"[。;!?\n]")
# A 文号 cited without a 《title》: "…临办发〔2023〕15号文件精神", "根据省政府办公厅X发〔2022〕9号要求".
_BARE_AFTER = re.compile(r"[ \t]*[)\]】〕]?[ \t]*(?:等?文件?|精神|要求|规定|有关规定|的规定|的要求)")
_CUES = "|".join(load_lines("extract/data/citation_cues.txt"))
_BARE_CUE = re.compile(rf"(?:{_CUES})[^。;!?\n《》,]{{0,40}}$")
# The issuer or verb written before a bare number is not part of its code: 县政府办公室临办发〔2023〕15号 → 临办发….
_CUTS = "|".join(load_lines("extract/data/citation_code_cuts.txt"))
_CODE_CUT = re.compile(rf".*(?:办公室|办公厅|政府|委员会|{_CUES}|{_CUTS}|[、,和及与的])")
_TITLE_INSIDE = re.compile(r"的(?:通知|决定|意见|批复|函|报告|请示|办法|方案|纪要)")
_CODE_MAX = 8  # a longer code still holds words of the sentence: not read


def _sentence_after(m: str, pos: int, limit: int) -> str:
    end = _SENTENCE_END.search(m, pos, min(limit, pos + 400))
    return m[pos : end.start() if end else min(limit, pos + 400)]


def _sentence_before(m: str, pos: int, start: int) -> str:
    lo = max(start, pos - 400)
    cut = max((i for i in range(lo, pos) if m[i] in "。;!?\n"), default=lo - 1)
    return m[cut + 1 : pos]


def repealed(m: str, start: int, end: int, lo: int, hi: int) -> bool:
    """True when the sentence around m[start:end] repeals the cited document (…同时废止, 废止《…》)."""
    after = _CITE.sub("", _sentence_after(m, end, hi))
    before = _CITE.sub("", _sentence_before(m, start, lo))
    return bool(_REPEAL_AFTER.match(after) or _REPEAL_BEFORE.search(before))


def parse(doc: Doc, ctx: dict) -> Iterator[dict]:
    """Yield one `citation` fact per document cited by title and number in `doc`."""
    m = doc.text.match
    d = doc.text.disp
    seen: set[tuple] = set()
    for cm in _CITE.finditer(m, doc.start, doc.end):
        title = squash(d[cm.start("title") : cm.end("title")])
        number = squash(d[cm.start("num") : cm.end("num")])
        rep = repealed(m, cm.start(), cm.end(), doc.start, doc.end)
        key = (number, title, rep)
        if not title or key in seen:
            continue
        seen.add(key)
        yield doc.fact("citation", (cm.start(), cm.end()), cited_number=number, cited_title=title,
                       repeals=rep)
    yield from _bare_citations(doc, seen)
    yield from _repeal_table(doc, seen)
    yield from _repeal_list(doc, seen)


def _cued(m: str, lo: int, pos: int) -> bool:
    """Whether a cue verb opens the clause that ends at pos, and not inside a title (关于印发…的通知 X〔2023〕1号)."""
    cm = _BARE_CUE.search(m, lo, pos)
    return bool(cm and not _TITLE_INSIDE.search(cm.group()))


def _inside_any(spans: list[tuple[int, int]], starts: list[int], lo: int, hi: int) -> bool:
    """Whether [lo, hi) starts or ends inside one of the sorted, non-overlapping spans (bisect, not a scan:
    a long gazette holds hundreds of numbers and titles)."""
    i = bisect_right(starts, lo) - 1
    if i >= 0 and spans[i][0] <= lo < spans[i][1]:
        return True
    j = bisect_right(starts, hi - 1) - 1
    return j >= 0 and spans[j][0] < hi <= spans[j][1]


def _bare_citations(doc: Doc, seen: set[tuple]) -> Iterator[dict]:
    """Citations by number alone, in a sentence that says the document is followed (…号文件精神)."""
    m, d = doc.text.match, doc.text.disp
    lo = max(doc.body_start, doc.start)
    titled = [(cm.start(), cm.end()) for cm in _CITE.finditer(m, lo, doc.end)]
    starts = [a for a, _b in titled]
    for nm in NUMBER.finditer(m, lo, doc.end):
        if _inside_any(titled, starts, nm.start(), nm.end()):
            continue
        start = nm.start("code")
        cut = _CODE_CUT.match(m, start, nm.start("year"))
        if cut:
            start = cut.end()
        if not (_BARE_AFTER.match(m, nm.end(), doc.end) or _cued(m, max(lo, start - 60), start)):
            continue
        if nm.start("year") - start > _CODE_MAX + 2:
            continue
        number = squash(d[start : nm.end()])
        if number == doc.number or any(k[0] == number for k in seen):
            continue
        seen.add((number, None, False))
        rep = repealed(m, start, nm.end(), doc.start, doc.end)
        yield doc.fact("citation", (start, nm.end()), cited_number=number, cited_title=None, repeals=rep)


_REPEAL_HEAD = re.compile("|".join(load_lines("extract/data/repeal_list_heads.txt")))


def _repeal_table(doc: Doc, seen: set[tuple]) -> Iterator[dict]:
    """One citation per row of a table listing repealed documents (废止的规范性文件目录: 序号, 文件名称, 文号)."""
    m, d = doc.text.match, doc.text.disp
    head = ""
    for a, b in doc.lines():
        if "\t" not in m[a:b]:
            head = m[a:b]
            continue
        if not _REPEAL_HEAD.search(head):
            continue
        cells, pos = [], a
        for cell in m[a:b].split("\t"):
            cells.append((pos, pos + len(cell)))
            pos += len(cell) + 1
        for x, y in cells:
            nm = NUMBER.fullmatch(m[x:y].strip())
            if not nm:
                continue
            number = squash(d[x:y])
            titles = [squash(d[p:q]) for p, q in cells if (p, q) != (x, y) and len(squash(d[p:q])) > 4]
            if any(k[0] == number for k in seen):
                continue
            seen.add((number, None, True))
            yield doc.fact("citation", (a, b), cited_number=number, cited_title=max(titles, key=len, default=None),
                           repeals=True)


# An item of a numbered list: 1.… / 1、… / (1)… / 一、…
_ITEM = re.compile(r"\s*(?:\d{1,3}\s*[.、．]|\(\s*\d{1,3}\s*\)|[一二三四五六七八九十]{1,3}\s*、)\s*")
_ITEM_NUMBER = re.compile(rf"[(\[【〔]\s*(?P<num>{NUMBER.pattern})\s*[)\]】〕]\s*[,;。]?\s*$")


def _repeal_list(doc: Doc, seen: set[tuple]) -> Iterator[dict]:
    """One citation per item of a numbered list of repealed documents (废止以下文件：1.关于…的通知(X发〔2012〕4号))."""
    m, d = doc.text.match, doc.text.disp
    head = ""
    for a, b in doc.lines(doc.body_start, doc.end):
        im = _ITEM.match(m, a, b)
        if not im:
            head = m[a:b]
            continue
        nm = _ITEM_NUMBER.search(m, im.end(), b)
        if not nm or not _REPEAL_HEAD.search(head):
            continue
        number = squash(d[nm.start("num") : nm.end("num")])
        if any(k[0] == number for k in seen):
            continue
        seen.add((number, None, True))
        title = squash(d[im.end() : nm.start()]).strip("《》") or None
        yield doc.fact("citation", (a, b), cited_number=number, cited_title=title, repeals=True)

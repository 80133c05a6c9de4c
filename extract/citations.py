"""Citation facts: a 《title》 followed by its document number, in any bracket style.

《…》(伊党干字[2023]45号), 《…》〔2021〕36号, 《…》 （鄂府发〔2023〕72号）, 《…》(国务院令第738号).  A title
with no number after it is not cited as a document here: laws and plans are named that way too.  Runs on
every document, so it is one regular expression over the document's folded text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.documents import Doc
from extract.patterns import NUMBER
from extract.text import squash

# Numbers other than 文号: 国务院令第738号, 应急管理部2号令, 国家环境保护总局公告2005年第62号.
_OTHER_NUMBER = (
    r"[\u4e00-\u9fff]{1,16}?令\s*第?\s*\d{1,5}\s*号"
    r"|[\u4e00-\u9fff]{1,16}?\d{1,5}\s*号令"
    r"|[\u4e00-\u9fff]{1,20}?公告\s*(?:19|20)\d{2}\s*年\s*第\s*\d{1,5}\s*号"
)
_CITE = re.compile(
    r"《(?P<title>(?:[^《》。;]|《[^《》]{0,150}》){1,200}?)》"
    r"[ \t]{0,3}(?:[(\[【〔][ \t]*)?"
    rf"(?P<num>{NUMBER.pattern}|{_OTHER_NUMBER})"
    r"(?:[ \t]*[)\]】〕])?"
)
# 《A》(…)、《B》(…)同时废止 / 废止《A》(…): the citation is repealed by the citing document.
_REPEAL_AFTER = re.compile(r"[、,和及与\s]*(?:等|等文件|文件|两个文件|[一二三四五六七八九十\d]+个文件)?\s*"
                           r"(?:同时|同步|即行|予以|一并|自行|自即日起)?\s*废止")
_REPEAL_BEFORE = re.compile(r"废止\s*[:]?[、,和及与\s]*$")
_SENTENCE_END = re.compile(r"[。;!?\n]")


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
    if "《" not in m[doc.start : doc.end]:
        return
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

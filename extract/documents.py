"""Split a file (a gazette, a web listing, a single notice) into its documents and read their headers."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from extract.dates import DATE, parse_date, parse_match, standalone_date
from extract.patterns import ENUMERATOR, NUMBER, required_literal
from extract.text import Text, squash, to_match
from extract.vocab import load_lines, load_table

_KIND_SUFFIX = re.compile(
    r"(通知|决定|批复|纪要|意见|办法|方案|规定|规则|细则|报告|函|公告|通告|命令|令|通报|预案|规划|决议|大事记)"
    r"[\s,，.。:：]*$"
)
_HEADING_ONLY = [(re.compile(p), required_literal(p)) for p in load_lines("extract/data/unnumbered_headings.txt")]
_TOC_TAIL = re.compile(r"(\.{3,}|…{2,}|[-—]{4,}|\(\d{1,3}\)|（\d{1,3}）|\t\d{1,3})\s*\d*\s*$")
KINDS = load_table("extract/data/document_kinds.tsv")
_ANNOUNCEMENT_KINDS = load_table("extract/data/announcement_kinds.tsv")
_BARE_ANNOUNCEMENT = re.compile(r"(?!.*关于).{2,40}(公告|通告)")
# Labels may be letter-spaced to line up in a table (索 引 号：…).
_META_LABEL = "|".join(r"\s*".join(label) for label in load_lines("extract/data/page_meta_labels.txt"))
# A label closed by a colon (发布时间：…) or, in a metadata table, by the cell break (成文日期<TAB>…).
# 【字号：大 中 小】: a web page may bracket a label.
_PAGE_META = re.compile(r"\s*[【\[]?(?:" + _META_LABEL + r")(?:\s*:|\t)\s*")
# One space may be all that is left between the title and a label in text copied from a web page.
_INLINE_META = re.compile(r"\s+(?:" + _META_LABEL + r")\s*:")
_DATE_LABELS = load_table("extract/data/date_labels.tsv")
_LABELLED_DATE = re.compile(
    r"(?P<label>" + "|".join(r["label"] for r in _DATE_LABELS) + r")(?:\s*:|\t)\s*"
    r"(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})"
)
_DATE_RANK = {r["label"]: int(r["rank"]) for r in _DATE_LABELS}
# A character every 文号 contains (号): lines without it are not number lines.
_NUMBER_MARK = required_literal(NUMBER.pattern) or ""


@dataclass
class Doc:
    """One document inside a file: its header fields and its span of the file's display text."""

    file: str
    text: Text
    start: int
    end: int
    number: str | None = None
    title: str | None = None
    issuer: str | None = None
    date: str | None = None
    kind: str = "other"
    year: int | None = None
    title_span: tuple[int, int] = (0, 0)
    body_start: int = 0
    extra: dict = field(default_factory=dict)

    @property
    def disp(self) -> str:
        """The display text of the document."""
        return self.text.disp[self.start : self.end]

    def lines(self, start: int | None = None, end: int | None = None) -> Iterator[tuple[int, int]]:
        """Yield (start, end) offsets into `text.disp` of each display line of the document."""
        s = self.start if start is None else start
        e = self.end if end is None else end
        disp = self.text.disp
        while s < e:
            nl = disp.find("\n", s, e)
            if nl < 0:
                nl = e
            if nl > s:
                yield s, nl
            s = nl + 1

    def fact(self, type_: str, span: tuple[int, int], **fields) -> dict:
        """A fact of this document with its evidence: the original text of `span` and its line."""
        ev = self.text.evidence(*span)
        out = {"type": type_, "document": self.number}
        out.update(fields)
        out["document_title"] = self.title
        out["source"] = {"file": self.file, "line": ev["line"], "text": ev["text"]}
        return out


def classify(title: str, body: str = "") -> str:
    """The kind of a document from its title (and, failing that, its opening)."""
    t = to_match(squash(title or ""))
    for row in KINDS:
        if re.search(row["title_pattern"], t):
            return row["kind"]
    if body and _BARE_ANNOUNCEMENT.fullmatch(t):
        opening = squash(to_match(body[:400]))
        for row in _ANNOUNCEMENT_KINDS:
            if re.search(row["body_pattern"], opening):
                return row["kind"]
    return "other"


_KIND_WORD_ONLY = re.compile(r"(通知|决定|公告|通告|命令|令|通报|决议)")
_ISSUER_ENDINGS = tuple(load_lines("extract/data/issuer_endings.txt"))


def _issuer_line(s: str) -> bool:
    """Whether a squashed line is only the name of an issuing body (a signature or masthead line)."""
    return 2 <= len(s) <= 40 and s.endswith(_ISSUER_ENDINGS) and not re.search(r"[。；;，,:：、()（）\d]", s)


def _title_before(text: Text, lines: list[tuple[int, int]], i: int) -> tuple[int, int] | None:
    """The title printed on the lines above line i (a number line), ending with a kind word."""
    m = text.match
    j = i - 1
    # A web page prints metadata lines (发布时间：… 来源：…) between the title and the number.
    while j >= 0 and i - j <= 10 and _PAGE_META.match(m, lines[j][0], lines[j][1]):
        j -= 1
    # A status note such as （征求意见稿） may stand between the title and the number.
    while j >= 0 and i - j <= 2 and re.fullmatch(r"[(（].{1,10}[)）]", squash(m[lines[j][0] : lines[j][1]])):
        j -= 1
    if j < 0:
        return None
    end = lines[j][1]
    # A run-on web line prints its metadata after the title (关于…的通知   发布时间：…   来源：…).
    meta = _INLINE_META.search(m, lines[j][0], end)
    end = meta.start() if meta and meta.start() > lines[j][0] else end
    seg = ""
    k = j
    while k >= 0 and j - k < 5:
        part = squash(m[lines[k][0] : end if k == j else lines[k][1]])
        if k < j and (
            re.search(r"[。；;:：，,]$", part) or NUMBER.search(part) or standalone_date(part)
            or _TOC_TAIL.search(part) or part.startswith(("•", "-", "·"))
        ):
            break
        seg = part + seg
        if k == j and not _KIND_SUFFIX.search(seg):
            return None
        if "关于" in part or len(seg) > 140:
            break
        k -= 1
    if seg.startswith("关于") and k > 0:
        k = _issuers_above(text, lines, k)
    if "关于" not in seg:
        # Titles without 关于 (会议纪要, 大事记) stand on one line.
        k = j
        seg = squash(m[lines[j][0] : end])
        if _KIND_WORD_ONLY.fullmatch(seg) and j > 0 and _issuer_line(squash(m[lines[j - 1][0] : lines[j - 1][1]])):
            k = j - 1  # 通    告 under its issuer's name: the two lines are the title
            seg = squash(m[lines[k][0] : end])
    elif k < 0:
        k = 0
    if len(seg) > 140 or len(seg) < 4:
        return None
    return lines[max(k, 0)][0], end


def _issuers_above(text: Text, lines: list[tuple[int, int]], k: int) -> int:
    """The first line of a title whose issuers are printed on the lines above its 关于 line.

    Joint issuers (民政部  财政部 / 人力资源社会保障部 / 关于…) and a name repeated under a masthead
    (X县人民政府办公室 / X县人民政府办公室 / 关于…) belong to the title; one body's name alone above it is a
    masthead when a blank line sets it apart, and the first half of the title when it runs straight on.
    """
    m = text.match
    names: list[str] = []
    top = k
    while top > 0 and len(names) < 3:
        s = squash(m[lines[top - 1][0] : lines[top - 1][1]])
        if not _issuer_line(s) or s in names:
            break
        names.append(s)
        top -= 1
    if not names:
        return k
    repeated = top > 0 and squash(m[lines[top - 1][0] : lines[top - 1][1]]) == names[-1]
    bodies = m[lines[top][0] : lines[top][1]].split()
    joint = len(names) > 1 or (len(bodies) > 1 and all(_issuer_line(b) for b in bodies))
    return top if repeated or joint or not _gap_between(text, lines[top][1], lines[k][0]) else k


def _gap_between(text: Text, a: int, b: int) -> bool:
    """Whether the original text has a blank line between display offsets a (a line's end) and b."""
    if a <= 0 or b <= a:
        return False
    return bool(re.search(r"\n[^\S\n]*\n", text.raw[text.offset(a - 1) + 1 : text.offset(b)]))


_INLINE_TITLE = re.compile(r"[^。;；!！?？]{0,60}?关于[^。;；]{2,120}?的(通知|决定|批复|意见|函|通报|公告|通告)")


def _inline_header(m: str, a: int, b: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A title and its 文号 run together at the start of a line that lost its breaks (run-on text)."""
    head = m[a : min(b, a + 260)]
    if "关于" not in head:
        return None  # the title pattern needs it
    tm = _INLINE_TITLE.match(head.lstrip())
    if not tm:
        return None
    off = a + len(head) - len(head.lstrip())
    rest = head[tm.end() + (off - a) :]
    nm = NUMBER.match(rest.lstrip(" ,，"))
    if not nm:
        return None
    n0 = off + tm.end() + (len(rest) - len(rest.lstrip(" ,，"))) + nm.start()
    return (off, off + tm.end()), (n0, n0 + nm.end() - nm.start())


_TITLE_THEN_NUMBER = re.compile(
    r"\s*(?P<title>[^\s\d(（《.、·•\-*][^。;；!！?？《》]{0,60}?关于[^。;；]{2,120}?的"
    r"(?:通知|决定|批复|意见|函|通报|公告|通告))\s*\(\s*(?P<num>" + NUMBER.pattern + r")\s*\)\s*"
)


def _title_and_bracketed_number(m: str, a: int, b: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A title with its 文号 in brackets closing the same line (X人民政府关于…的通知（X〔2025〕4号）).

    Only a whole line: a list entry (1.关于…) or a sentence going on after the number is no document's head.
    """
    if "关于" not in m[a:b] or not m[a:b].rstrip().endswith(")"):
        return None
    tm = _TITLE_THEN_NUMBER.fullmatch(m, a, b)
    return (tm.span("title"), tm.span("num")) if tm else None


def _heading(text: Text, a: int, b: int) -> bool:
    line = text.match[a:b]
    s = None
    for p, lit in _HEADING_ONLY:
        # Each heading pattern needs its literal (大事记, 关于): most lines lack even its first character.
        if lit is not None and lit[0] not in line:
            continue
        if s is None:
            s = squash(line)
        if (lit is None or lit in s) and p.fullmatch(s):
            return True
    return False


def _head_below(m: str, lines: list[tuple[int, int]], i: int) -> list[tuple[int, int]]:
    """The lines under a number line that may still be its document's head: a short document's signing date
    after its body ends it, so the heading of the next one is not taken for part of this head (a minutes'
    masthead date, with no sentence above it, is still head)."""
    below = lines[i + 1 : i + 8]
    body = False
    for j, (c, d) in enumerate(below):
        s = squash(m[c:d])
        if body and standalone_date(s):
            return below[: j + 1]
        # A short body followed by the next document's title (…大事记 / …的通知): the head ends before it.
        if body and _KIND_SUFFIX.search(s) and not re.search(r"[。，,:;；：]", s):
            return below[:j]
        body = body or bool(re.search(r"[。:;]", s))
    return below


def _issuer_over_heading(
    text: Text, lines: list[tuple[int, int]], k: int, inside: Callable[[int], bool]
) -> tuple[int, int] | None:
    """The two lines of a heading printed as the body's name over its kind (X人大常委会 / 任免名单)."""
    if k + 1 >= len(lines) or inside(lines[k + 1][0]):
        return None
    a, b = lines[k]
    if not _issuer_line(squash(text.match[a:b])) or _heading(text, a, b):
        return None
    c, d = lines[k + 1]
    if len(squash(text.match[c:d])) > 20 or not _heading(text, a, d):
        return None
    return a, d


def _number_span(m: str, lines: list[tuple[int, int]], i: int) -> tuple[int, int]:
    """Line i without the page metadata printed around its 文号 (文号：X〔2023〕45号, X〔2023〕11号  发布时间：…).

    A metadata table that labels the number is followed by the document printing it again on its own line:
    then the labelled copy is left alone, so the document starts at its own title.
    """
    a, b = lines[i]
    if _NUMBER_MARK not in m[a:b]:
        return a, b
    lab = _PAGE_META.match(m, a, b)
    if lab and NUMBER.fullmatch(m[lab.end() : b].strip().rstrip(",，.。 ")):
        number = squash(m[lab.end() : b]).rstrip(",，.。")
        if any(squash(m[x:y]).rstrip(",，.。") == number for x, y in lines[i + 1 : i + 20]):
            return a, b
        return lab.end(), b
    nm = NUMBER.match(m, a + len(m[a:b]) - len(m[a:b].lstrip()), b)
    # Run-on web text keeps the addressees on the number's line, after a gap (X〔2024〕3号   各市、县人民政府：).
    if nm and (_PAGE_META.match(m, nm.end(), b) or _RUNON_AFTER_NUMBER.match(m, nm.end(), b)):
        return a, nm.end()
    return a, b


# The gap a run-on web line leaves between a 文号 and the addressees that open the body (…：).
_RUNON_AFTER_NUMBER = re.compile(r"[ \t]{3,}[^ \t:：]{2,80}[:：]")


# The issue number of minutes or a bulletin, printed where a 文号 would be: 第7期, 〔2023〕第46期, 〔2024〕3期.
_ISSUE = re.compile(r"(?:[(\[〔【]\s*(?:19|20)\d{2}\s*[)\]〕】]\s*)?第?\s*\d{1,4}\s*期")


def _issue_number(m: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether line i is an issue number right under a masthead that ends with 纪要 (…党委会议纪要 / 第7期)."""
    a, b = lines[i]
    if "期" not in m[a:b] or not i or not _ISSUE.fullmatch(m[a:b].strip()):
        return False
    return squash(m[lines[i - 1][0] : lines[i - 1][1]]).endswith("纪要")


_BRACKETED_NUMBER = re.compile(r"\s*\(\s*(" + NUMBER.pattern + r")\s*\)\s*")


def _bracketed_number(m: str, a: int, b: int) -> tuple[int, int] | None:
    """The span of the 文号 when line a:b is only a 文号 in round brackets: (桐政〔2025〕9号)."""
    if _NUMBER_MARK not in m[a:b] or "(" not in m[a:b]:
        return None
    bm = _BRACKETED_NUMBER.fullmatch(m, a, b)
    return (bm.start(1), bm.end(1)) if bm else None


# A 公告, 通告 or 令 numbered in series: （第12号） or 2025年第3号 on the line under the title.
_SERIAL = re.compile(r"\s*[(（]?\s*((?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,5}\s*号)\s*[)）]?\s*")
_SERIAL_TITLE = re.compile(r"(公告|通告|命令|令)\s*$")


def _serial_number(m: str, lines: list[tuple[int, int]], i: int) -> tuple[int, int] | None:
    """The span of 第12号 when line i is only a series number right under a 公告/通告 title."""
    a, b = lines[i]
    if not i or "号" not in m[a:b]:
        return None
    sm = _SERIAL.fullmatch(m, a, b)
    if not sm or not _SERIAL_TITLE.search(m, lines[i - 1][0], lines[i - 1][1]):
        return None
    return sm.start(1), sm.end(1)


_NUMBER_HEAD = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[(【［]\s*(?:19|20)\d{2}\s*[〕\])】］]\s*")
_NUMBER_TAIL = re.compile(r"第?\s*\d{1,5}\s*号")


def _split_number(m: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether a PDF broke the 文号 over lines i and i+1 (沙政发〔2024〕 / 12号)."""
    if i + 1 >= len(lines):
        return False
    a, b = lines[i]
    c, d = lines[i + 1]
    return bool(_NUMBER_HEAD.fullmatch(m[a:b].strip()) and _NUMBER_TAIL.fullmatch(m[c:d].strip()))


_NUMBER_CELL = re.compile(r"(?:发文字号|文号|字号)\s*(?::|\t)\s*(" + NUMBER.pattern + r")")


def _labelled_number(m: str, lines: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The 文号 of a web page's metadata table (发文字号<TAB>X〔2025〕11号<TAB>成文日期…) right above a title."""
    k = next((k for k, (a, _) in enumerate(lines) if a >= at), len(lines))
    for a, b in reversed(lines[max(0, k - 6) : k]):
        if not _PAGE_META.match(m, a, b):
            return None
        nm = _NUMBER_CELL.search(m, a, b)
        if nm:
            return nm.start(1), nm.end(1)
    return None


def _without_contents_entries(m: str, starts: list[dict], toc: int) -> list[dict]:
    """The starts without the entries of a contents list (目录): a title and a 文号 with no text under them."""
    out = []
    for k, st in enumerate(starts):
        nxt = starts[k + 1]["at"] if k + 1 < len(starts) else len(m)
        # An entry without a 文号 (…会议纪要, …大事记) is a title alone with the same nothing under it.
        head_end = st["number"][1] if st["number"] else st["title"][1] if st["title"] else None
        body = m[head_end:nxt] if head_end is not None and st["at"] > toc else None
        # A real document opens with its addressees (各县人民政府：) or a sentence; an entry has neither.
        if body is not None and body.count("\n") <= 3 and not re.search(r"[。:;]", body) and nxt < len(m):
            continue
        out.append(st)
    return out


def _covered(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test for "x <= a < y for some (x, y) in spans", by bisection instead of a scan of every span."""
    order = sorted(spans)
    starts = [x for x, _ in order]
    reach: list[int] = []
    for _, y in order:
        reach.append(max(y, reach[-1]) if reach else y)

    def inside(a: int) -> bool:
        k = bisect.bisect_right(starts, a) - 1
        return k >= 0 and reach[k] > a

    return inside


def _gazette_year(text: Text) -> int | None:
    m = re.search(r"((?:19|20)\d{2})\s*年\s*第\s*[\d\-—一二三四五六七八九十]+\s*期", text.match[:5000])
    if m:
        return int(m.group(1))
    d = parse_date(text.match[:5000])
    return int(d[:4]) if d else None


def split(file: str, text: Text) -> list[Doc]:
    """Split a file into documents: a 文号 line under a title starts one, as do known headings."""
    m = text.match
    lines = []
    s = 0
    while s < len(m):
        nl = m.find("\n", s)
        if nl < 0:
            nl = len(m)
        if nl > s and m[s:nl].strip():
            lines.append((s, nl))
        s = nl + 1
    starts: list[dict] = []
    taken: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(lines):
        a, b = _number_span(m, lines, i)
        if _split_number(m, lines, i):
            b = lines[i + 1][1]
        serial = _serial_number(m, lines, i)
        if serial:
            a, b = serial
        seg = m[a:b].strip()
        bracketed = _bracketed_number(m, a, b)
        if _issue_number(m, lines, i):
            title = None  # minutes numbered by issue (第7期) under their masthead: no title above
        elif serial or _NUMBER_MARK in seg and NUMBER.fullmatch(seg.rstrip(",，.。 ")):
            title = _title_before(text, lines, i)
        elif bracketed:
            # (桐政〔2025〕9号) under its title in a gazette; without a title above it is a wrapped citation.
            title = _title_before(text, lines, i) or False
            if title:
                a, b = bracketed
        else:
            title = False
        if title is not False:
            if title is None:
                # A masthead (…会议纪要) above the number and the real title below it.
                above = squash(m[lines[i - 1][0] : lines[i - 1][1]]) if i else ""
                # The previous document's signing date is no masthead of this one.
                at = lines[i - 1][0] if above and len(above) <= 30 and not standalone_date(above) else a
                starts.append({"at": at, "number": (a, b), "title": None})
                below = _head_below(m, lines, i)
                taken.append((at, below[-1][1] if below else b))
            else:
                starts.append({"at": title[0], "number": (a, b), "title": title})
                below = _head_below(m, lines, i)
                masthead = "关于" not in squash(m[title[0] : title[1]])
                taken.append((title[0], below[-1][1] if masthead and below else b))
        else:
            inline = _inline_header(m, a, b) or _title_and_bracketed_number(m, a, b)
            if inline:
                starts.append({"at": inline[0][0], "number": inline[1], "title": inline[0]})
                taken.append((a, b))
    toc = re.search(r"(?m)^\s*目\s*录\s*$", m)
    first_numbered = min((st["at"] for st in starts), default=len(m))
    inside = _covered(taken)
    for k, (a, b) in enumerate(lines):
        if inside(a) or (toc and toc.start() <= a < first_numbered):
            continue
        pair = _issuer_over_heading(text, lines, k, inside)
        if pair:
            starts.append({"at": a, "number": None, "title": pair})
            continue
        if _PAGE_META.match(m, a, b):
            continue  # 标题<TAB>…关于…的通知 in a web page's metadata table: the title is printed again below
        if not _heading(text, a, b):
            continue
        seg = m[a:b].strip()
        if seg[:1] in "•-·*" or seg.endswith(("...", "…")) or _TOC_TAIL.search(seg):
            continue
        if _MONTH_CHRONICLE.fullmatch(squash(seg)) and _under_chronicle(m, starts, a):
            continue  # 1月份大事记 under a chronicle heading is its month heading, not a new document
        starts.append({"at": a, "number": None, "title": (a, b)})
    starts.sort(key=lambda d: d["at"])
    clean: list[dict] = []
    for st in starts:
        if clean and st["at"] <= clean[-1]["at"]:
            continue
        clean.append(st)
    if toc:
        clean = _without_contents_entries(m, clean, toc.start())
    for st in clean:
        if st["number"] is None and st["title"] and _NUMBER_MARK in m[max(0, st["at"] - 600) : st["at"]]:
            st["number"] = _labelled_number(m, lines, st["at"])
    year = _gazette_year(text)
    docs: list[Doc] = []
    first = clean[0]["at"] if clean else len(m)
    if first > 0 and squash(m[:first]):
        docs.append(_front_matter(file, text, 0, first, year))
    for k, st in enumerate(clean):
        end = clean[k + 1]["at"] if k + 1 < len(clean) else len(m)
        docs.append(_make_doc(file, text, st, end, lines, year))
    if not docs:
        docs.append(_front_matter(file, text, 0, len(m), year))
    return docs


# A month's heading inside a chronicle (1月份大事记 / 2024年3月大事记).
_MONTH_CHRONICLE = re.compile(r"(?:(?:19|20)\d{2}年)?[\d一二三四五六七八九十]{1,3}月份?大事记")


def _under_chronicle(m: str, starts: list[dict], a: int) -> bool:
    """Whether the nearest document start before offset a is a chronicle heading (政务大事记)."""
    before = [st for st in starts if st["at"] < a]
    if not before:
        return False
    title = max(before, key=lambda st: st["at"])["title"]
    return bool(title) and squash(m[title[0] : title[1]]).endswith("大事记")


def _front_matter(file: str, text: Text, start: int, end: int, year: int | None) -> Doc:
    """The part of a file before its first document: a gazette's cover, contents and editorial board."""
    disp = text.disp
    title = None
    raw_end = text.offset(end - 1) if 0 < end <= len(text.disp) else len(text.raw)
    for line in text.raw[: raw_end + 1].split("\n"):
        s = squash(line)
        if s and re.search(r"(公报|简报|年鉴|文件汇编)$", s) and len(s) <= 40:
            title = s
            break
    if title is None:
        heads = [squash(x) for x in disp[start:end].split("\n") if squash(x)][:2]
        # The issuing body on one line and 关于…的决定 on the next are one title (a congress decision).
        first = "".join(heads) if len(heads) == 2 and to_match(heads[1]).startswith("关于") else "".join(heads[:1])
        title = first[:60] or None
    doc = Doc(file=file, text=text, start=start, end=end, title=title, kind="other", year=year)
    doc.body_start = start
    # A file without a 文号 (a congress decision, a web page) is still a document of a kind, with a date.
    doc.kind = classify(title or "")
    doc.date = _document_date(doc)
    doc.issuer = _issuer(doc) if doc.kind != "other" else None
    doc.extra["front_matter"] = True
    return doc


def _make_doc(file: str, text: Text, st: dict, end: int, lines: list, year: int | None) -> Doc:
    disp, _m = text.disp, text.match
    doc = Doc(file=file, text=text, start=st["at"], end=end, year=year)
    if st["number"]:
        a, b = st["number"]
        doc.number = squash(disp[a:b]).rstrip(",，.。")
        doc.body_start = b
    if st["title"]:
        a, b = st["title"]
        doc.title = squash(disp[a:b]).rstrip(",，.。:：")
        doc.title_span = (a, b)
        doc.body_start = max(doc.body_start, b)
    if doc.title is None or "关于" not in doc.title:
        # Minutes: masthead and number above, the meeting's own title below the date line.
        doc.title = _minutes_title(doc, fallback=not st["title"]) or doc.title
    doc.kind = classify(doc.title or "", text.match[doc.body_start : end])
    doc.issuer = _issuer(doc)
    _read_decree(doc)
    doc.date = _document_date(doc)
    if doc.date and (doc.year is None or doc.kind != "chronicle"):
        doc.year = int(doc.date[:4])
    return doc


# A decree (湖南省人民政府令 / 第328号) promulgates a regulation named in its first sentence.
_DECREE = re.compile(r"(?P<issuer>.{2,40}?)令")
_PROMULGATED = re.compile(r"《(?P<title>[^《》\n]{2,80})》\s*(?:已经|已于|经)")


def _read_decree(doc: Doc) -> None:
    """A decree's title is the regulation it promulgates, its issuer the body that decrees (not the signer)."""
    dm = _DECREE.fullmatch(to_match(doc.title or ""))
    if not dm or not _issuer_line(dm.group("issuer")):
        return
    pm = _PROMULGATED.search(doc.text.match, doc.body_start, min(doc.end, doc.body_start + 300))
    if not pm:
        return
    doc.issuer = (doc.title or "")[: dm.end("issuer")]
    doc.title = squash(doc.text.disp[pm.start("title") : pm.end("title")])
    doc.kind = classify(doc.title)


def dated_masthead(line: str) -> bool:
    """A short line closed by a full date: a masthead or signature (…人民政府办公室    2024年3月15日)."""
    s = squash(line)
    mm = DATE.search(s, max(0, len(s) - 16)) if len(s) <= 40 else None
    return bool(mm and mm.end() == len(s) and mm.group("d") and mm.start() >= 2)


# The end of a title: 的通知, and with a qualifier before the kind word, 的指导意见 / 的补充通知 / 的紧急通知.
_RED_TITLE_END = re.compile(r"的[\u4e00-\u9fff]{0,4}?(通知|批复|决定|意见|函|通报|公告|通告|报告|请示)$")


def _minutes_title(doc: Doc, fallback: bool = True) -> str | None:
    """The title of a document printed after its number (minutes: 鄂托克前旗人民政府2021年第16次常务会议纪要)."""
    collected = folded = ""
    for a, b in doc.lines(doc.body_start, doc.end):
        s = squash(doc.text.match[a:b])
        if NUMBER.fullmatch(s) or standalone_date(s) or dated_masthead(s) or _PAGE_META.match(s):
            collected = folded = ""  # 签发人：… after the number of a report is not part of its title
            continue
        if not re.search(r"[\u4e00-\u9fff\w]", s):
            continue  # the star or rule a red-header document prints between its number and title
        if collected or len(s) <= 40:
            collected += squash(doc.text.disp[a:b])
            folded += s
            if _KIND_SUFFIX.search(folded) and len(collected) > 6:
                if re.search(r"纪要$", folded) and len(collected) > 8:
                    return collected
                if "关于" in folded and _RED_TITLE_END.search(folded) and not ENUMERATOR.match(collected):
                    return collected  # a red-header notice: …文件 masthead, 文号, then the title
        if len(collected) > 60:
            collected = folded = ""
    if not fallback:
        return None  # the title read above the number stands (澄江…管理委员会 / 通告)
    for a, b in doc.lines():
        s = squash(doc.text.disp[a:b])
        if s:
            return s[:60]
    return None


def _issuer(doc: Doc) -> str | None:
    """The issuing body: the text before 关于 in the title, else the signature above the date."""
    t = doc.title or ""
    if "关于" in t:
        head = t.split("关于", 1)[0]
        head = re.sub(r"^[-•·\s]+", "", head)
        if 2 <= len(head) <= 60:
            return head
    # The signature line just before the first standalone date.
    prev = None
    signature: list[str] = []
    for a, b in doc.lines(doc.body_start, doc.end):
        s = squash(doc.text.disp[a:b])
        if standalone_date(s):
            if prev and len(prev) <= 40 and not re.search(r"[。；，,:：]", prev):
                return "".join(signature) if len(signature) > 1 and prev in signature else prev
            break
        # Joint issuers sign one a line: consecutive lines that are each a body's name.
        signature = [*signature, s] if _issuer_line(s) else []
        prev = s
    # Run-on text: the signature stands right before the signing date.
    sig = re.search(
        r"([\u4e00-\u9fff]{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|政府))\s*"
        r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日",
        doc.text.match[doc.body_start : doc.end],
    )
    if sig:
        a = doc.body_start + sig.start(1)
        head = squash(doc.text.disp[a : doc.body_start + sig.end(1)])
        # The signature follows the last sentence: cut at the last full stop or colon inside it.
        return re.split(r"[。：:；]", head)[-1] or None
    # A chronicle's title may open with its period (2025年6月X市政府大事记): the period is no part of the body.
    t = re.sub(r"^(?:(?:19|20)\d{2}\s*年)?\s*(?:\d{1,2}\s*(?:-\d{1,2}\s*)?月份?)?", "", t)
    m = re.match(r"(.{2,30}?(人民政府办公室|人民政府|办公室|委员会|政府))", t)
    return m.group(1) if m else None


def _document_date(doc: Doc) -> str | None:
    """成文日期 on the page, else the signing date, else the day it was put online, else the meeting's day."""
    labelled = _labelled_dates(doc)
    date = labelled.get(1) or _signing_date(doc)
    # A chronicle has no date of its own: the day it was put online is not one of its events.
    if date is None and doc.kind != "chronicle":
        date = labelled.get(2)
    if date is None and doc.kind == "meeting_minutes":
        date = _meeting_date(doc)
    return date


def _header_lines(doc: Doc) -> Iterator[tuple[int, int]]:
    """The metadata lines directly above a document (a web page's table) and its lines up to the body."""
    disp = doc.text.disp
    above: list[tuple[int, int]] = []
    e = doc.start - 1
    while e > 0 and len(above) < 12:
        s = disp.rfind("\n", 0, e) + 1
        if s < e:
            if not _PAGE_META.match(doc.text.match, s, e):
                break
            above.append((s, e))
        e = s - 1
    yield from reversed(above)
    yield from doc.lines(doc.start, max(doc.body_start, doc.start))
    # Metadata printed under the number (or under the title of a page without one).
    for k, (a, b) in enumerate(doc.lines(max(doc.body_start, doc.start), doc.end)):
        if k >= 10:
            break
        if _PAGE_META.match(doc.text.match, a, b):
            yield a, b


def _labelled_dates(doc: Doc) -> dict[int, str]:
    """Dates a web page labels in the document's header (成文日期：2024-04-02), by rank of the label."""
    out: dict[int, str] = {}
    for a, b in _header_lines(doc):
        for mm in _LABELLED_DATE.finditer(doc.text.match, a, b):
            rank = _DATE_RANK[mm.group("label")]
            if rank not in out:
                out[rank] = parse_date(mm.group("date"))
    return {r: d for r, d in out.items() if d}


_MEETING_OPENING = re.compile(r"[^。;]{0,80}?(?:召开|主持|举行)")


def _meeting_date(doc: Doc) -> str | None:
    """Minutes without a dated masthead: the date that opens the first paragraph (2024年4月18日，…主持召开)."""
    for k, (a, b) in enumerate(doc.lines(doc.body_start, doc.end)):
        if k >= 6:
            break  # the opening paragraph, not a deadline in the agreed items (5月1日前召开…)
        mm = DATE.match(doc.text.match, a, b)
        if mm and mm.group("d") and _MEETING_OPENING.match(doc.text.match, mm.end(), b):
            return parse_match(mm)
    return None


# The publication note printed after a signature: (此件公开发布), (此件主动公开), (此页无正文).
_PUBLICATION_NOTE = re.compile(r"\(此[件页][^()]{2,8}\)$")


def _signing_date(doc: Doc) -> str | None:
    """The signing date: the first line of the document that is only a date."""
    for a, b in doc.lines():
        d = standalone_date(doc.text.match[a:b])
        if d:
            return d
    # Web listings glue the date to the signature line: take a date that closes a short line (a publication
    # note after it, (此件公开发布), is no part of the signature).
    for a, b in doc.lines():
        s = _PUBLICATION_NOTE.sub("", squash(doc.text.match[a:b]))
        mm = DATE.search(s)
        if mm and mm.end() == len(s) and len(s) <= 40 and mm.group("d"):
            return parse_match(mm)
    # Run-on text: the signature and date close the first paragraph that ends with a full date.
    for a, b in doc.lines():
        s = doc.text.match[a:b].rstrip(" 。.")
        mm = DATE.search(s, max(0, len(s) - 16))
        if mm and mm.end() == len(s) and mm.group("d"):
            return parse_match(mm)
    # Decisions of a congress: the adoption note under the title, (2024年5月27日…会议通过).
    for a, b in doc.lines():
        s = squash(doc.text.match[a:b])
        mm = DATE.match(s, 1) if s.startswith("(") and s.endswith("通过)") else None
        if mm and mm.group("d"):
            return parse_match(mm)
    return None

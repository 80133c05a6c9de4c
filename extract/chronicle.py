"""The chronicle (大事记) component: dated entries naming officials with their posts → `mention` facts.

An entry starts on a line that opens with a date (7月1日，… / 1 月 12 日 … / 8月13日—16日，… / 8月8日下午，…
/ ●2024-01-09 … / （6日）… / 本网讯 3月2日，… / 1月中旬，… / 是月，…) and runs to the next such line; wrapped lines are
part of it.  The year comes from the chronicle's title (2023年大事记), else the document (a gazette's year),
unless a year heading or the entry prints one; month headings (1月 / 【一月】 / 二〇二三年二月) give the month.
A range gives its first day, a part of a month (中旬) the month only.  Besides 大事记, news pages of dated
items (工作动态, 政务要闻: extract/data/chronicle_titles.txt) are read.  People are found by the free-text
recogniser (extract.freetext): a post title word right before a vocabulary-certain name.
Names after a generic label (旗领导李志彪、乌都…) carry no real post and give no mention.
Yearbooks (临澄年鉴（2024）) print a subject heading before the date (【市委全会】 2023年1月6日，…) and
sometimes only a month (5月，…); news channels are known by how their title or breadcrumb ends (院务动态,
首页 > 政务要闻: extract/data/chronicle_title_endings.txt).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from extract.dates import cn_int, iso
from extract.documents import Doc
from extract.freetext import Person, Squashed, people
from extract.text import to_match
from extract.vocab import load_lines

_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"


_YEAR_NUM = r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})"
# Bullets and brackets a web or print chronicle puts around an entry's date (●2024-01-09, （6日）, 【1月】).
_BULLET = r"(?:[●◆■▲★☆◇□•·*\-—]\s*)?"
_OPEN = r"(?:[【\[(]\s*)?"
_CLOSE = r"(?:\s*[】\])])?"
# A yearbook entry's subject heading before its date (【市委全会】 2023年1月6日，…).
_HEADING = r"(?:[【\[][^】\]\n]{1,30}[】\]]\s*)?"


@lru_cache(maxsize=1)
def _entry_re() -> re.Pattern:
    """A line opening a dated entry: an optional bullet or news lead (本网讯), then a day (5日 / 1月5日 /
    8月13日—16日 / 2024-01-09) or a part of a month (1月中旬 / 中旬 / 3月初), then the weekday, the time
    of day and a separator."""
    leads = "|".join(re.escape(w) for w in sorted(load_lines("extract/data/chronicle_leads.txt"), key=len,
                                                   reverse=True))
    return re.compile(
        rf"^\s*{_HEADING}{_BULLET}{_OPEN}(?:(?:{leads})\s*)?"
        r"(?:(?P<iy>(?:19|20)\d{2})[-./](?P<im>\d{1,2})[-./](?P<id>\d{1,2})(?!\d)"
        # A month and no day (5月，市委常委…率队…): the entry is dated to the month.
        rf"|(?P<om>{_NUM})\s*月(?=\s*[,，])"
        # A year and a month without a day (2023年5月 党组成员…): the entry is dated to the month.
        rf"|(?P<my>{_YEAR_NUM})\s*年\s*(?P<mm>{_NUM})\s*月(?=\s*[,，、:：\s])"
        rf"|(?:(?P<y>{_YEAR_NUM})\s*年\s*)?(?:(?P<m>{_NUM})\s*月\s*)?"
        rf"(?:(?P<d>{_NUM})\s*[日号](?:\s*(?:至|到|—|－|-|–|～|~)+\s*(?:{_NUM}\s*月\s*)?{_NUM}\s*[日号])?"
        # 是月 / 当月 / 同月: an entry of the month under the heading, no day.
        r"|(?P<part>上旬|中旬|下旬|(?<=月)[初底末]|(?<![\u4e00-\u9fff])[是当同]月)))"
        rf"{_CLOSE}(?:\s*[(]\s*(?:星期|周)[一二三四五六日天]\s*[)])?"
        r"\s*(?:上午|下午|中午|晚上|晚间|早上|凌晨|夜间|晚)?\s*(?:[,，、:：]|\s|$|(?<=[】\])]))"
    )


# A run of spaces where a scraped page lost a line break.
_GAP = re.compile(r"[ \u3000\xa0]{3,}")
# The year printed in a chronicle's title (澄湖市2023年大事记 / 大事记（2022—2023年）): its first year.
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*[年—\-－至~～]")

# A year heading printed on its own line above the entries of that year (2023年 / 【二〇二三年】).
_YEAR = re.compile(rf"^\s*{_OPEN}(?P<y>{_YEAR_NUM})\s*年度?(?:大事记)?{_CLOSE}\s*$")
# A month heading in chronicles that print the month once and then only days (7月 / 2024年7月份 / 【一月】 /
# 二〇二三年二月 / 1月份大事记); a year printed in it sets the year.
_MONTH = re.compile(
    rf"^\s*{_OPEN}(?:(?P<y>{_YEAR_NUM})\s*年\s*)?(?P<m>{_NUM})\s*月份?(?:大事记)?{_CLOSE}\s*$")
# The month a chronicle's title names (湘岭市2024年1月份大事记): its entries print only days.
_TITLE_MONTH = re.compile(rf"(?<![\d一二三四五六七八九十])(?P<m>{_NUM})\s*月份?\s*大事记$")
# Mentions whose follower is one of these also count as certain for ctx["known_names"].
_SURE_SCORE_MARKS = set("，。；;、,")


@dataclass
class Entry:
    """One dated chronicle entry: its display span, where its text starts after the date, its date."""

    start: int
    body: int
    end: int
    date: str | None


def entries(doc: Doc) -> list[Entry]:
    """The dated entries of a chronicle, in printed order."""
    m = doc.text.match
    out: list[Entry] = []
    # A chronicle titled by its month (2024年1月份大事记) prints only days under it.
    titled = _TITLE_MONTH.search(to_match(doc.title or ""))
    month: int | None = cn_int(titled.group("m")) if titled else None
    titled_year = title_year(doc)
    year = titled_year or doc.year
    for a, b in _pieces(doc):
        line = m[a:b]
        my = _YEAR.match(line)
        if my:
            year = cn_int(my.group("y"))
            continue
        mh = _MONTH.match(line)
        if mh:
            month = cn_int(mh.group("m"))
            year = cn_int(mh.group("y")) if mh.group("y") else year
            continue
        me = _entry_re().match(line)
        if not me:
            continue
        if me.group("iy"):
            when, mon, day = (int(me.group(g)) for g in ("iy", "im", "id"))
            year = year if titled_year else when
        elif me.group("my"):
            when, mon, day = cn_int(me.group("my")), cn_int(me.group("mm")), None
            year = year if titled_year else when
        elif me.group("om"):
            when, mon, day = year, cn_int(me.group("om")), None
        elif me.group("m") is None and month is None:
            continue
        else:
            mon = cn_int(me.group("m")) if me.group("m") else month
            when = cn_int(me.group("y")) if me.group("y") else year
            # An entry that prints its year (a yearbook's 2023年1月6日，…) dates the entries after it, unless
            # the title names the chronicle's year.
            year = year if titled_year else when
            # A part of a month (1月中旬) dates the entry to its month only.
            day = cn_int(me.group("d")) if me.group("d") else None
        if out:
            out[-1].end = a
        out.append(Entry(a, a + me.end(), doc.end, iso(when, mon, day)))
    return out


def _pieces(doc: Doc) -> Iterator[tuple[int, int]]:
    """The display lines of the body, a line cut where a dated entry follows a run of spaces (a web
    page that lost its line breaks: …出席会议。   4月23日，…), however short the line."""
    m = doc.text.match
    for a, b in doc.lines(doc.body_start or doc.start, doc.end):
        cuts = [a] + [g.end() for g in _GAP.finditer(m, a, b) if _entry_re().match(m[g.end() : b])]
        yield from zip(cuts, [*cuts[1:], b], strict=True)


@lru_cache(maxsize=1)
def chronicle_titles() -> tuple[str, ...]:
    """Title words of documents made of dated entries (大事记, 工作动态)."""
    return load_lines("extract/data/chronicle_titles.txt")


def title_year(doc: Doc) -> int | None:
    """The year a chronicle's title names (2023年大事记), for documents that print no other date."""
    my = _TITLE_YEAR.search(to_match(doc.title or ""))
    return int(my.group(1)) if my else None


def _sentence(sq: Squashed, s: int, e: int) -> tuple[int, int]:
    """The squashed span of the sentence around [s, e): from after the previous 。 to the next 。."""
    a = sq.match.rfind("。", 0, s) + 1
    b = sq.match.find("。", e)
    return a, (b + 1 if b >= 0 else len(sq.match))


def mention_facts(doc: Doc, sq: Squashed, found: list[Person], date: str | None,
                  lead: int | None = None) -> Iterator[dict]:
    """`mention` facts for people with a post; evidence is the sentence (with the date for the first)."""
    for p in found:
        if p.post is None:
            continue
        a, b = _sentence(sq, *p.name)
        start = lead if lead is not None and a == 0 else sq.idx[a]
        yield doc.fact("mention", (start, sq.idx[b - 1] + 1), person=sq.disp[p.name[0] : p.name[1]],
                       post=sq.disp[p.post[0] : p.post[1]], date=date)


def remember(ctx: dict, sq: Squashed, found: list[Person]) -> None:
    """Add names closed by punctuation after a post to the file's known names (their ends are certain)."""
    for p in found:
        if p.post is not None and p.follower in _SURE_SCORE_MARKS:
            ctx.setdefault("known_names", set()).add(sq.disp[p.name[0] : p.name[1]])


# A bracketed year or issue after a title (临澄年鉴（2024）): not part of how the title ends.
_TITLE_TAIL = re.compile(r"\s*\([^()]{1,12}\)\s*$")
# A web page's breadcrumb (首页 > 政务公开 > 政务要闻 / 当前位置：…»…): its last step is the page's channel.
_CRUMB = re.compile(r"^\s*(?:首页|主页|网站首页|当前位置|您的位置|您现在的位置)[^\n]*?[>»›]")
_CRUMB_LINES = 6


@lru_cache(maxsize=1)
def title_endings() -> tuple[str, ...]:
    """How titles of news channels and yearbooks end (动态, 要闻, 年鉴)."""
    return load_lines("extract/data/chronicle_title_endings.txt")


def _dated_items_title(title: str) -> bool:
    """Whether a title names a chronicle, a news channel or a yearbook."""
    t = _TITLE_TAIL.sub("", to_match(title).strip())
    return any(w in t for w in chronicle_titles()) or t.endswith(title_endings())


def _channel(doc: Doc) -> bool:
    """Whether a web page's breadcrumb in its first lines ends in a news channel (…> 政务要闻).

    The breadcrumb is page furniture that normalising drops, so it is looked for in the raw text."""
    text = doc.text
    last = [b for _, b in islice(doc.lines(doc.start, doc.end), _CRUMB_LINES)]
    if not last or not text.raw:
        return False
    lo = text.offset(doc.start) if doc.start else 0
    for line in text.raw[lo : text.offset(last[-1] - 1) + 1].split("\n"):
        line = to_match(line)
        if _CRUMB.match(line):
            return _dated_items_title(re.split(r"[>»›]", line)[-1])
    return False


# How many lines of a news item may come before its lead (title, 发布时间/来源 line, blank furniture).
_LEAD_LINES = 8


@lru_cache(maxsize=1)
def _news_lead_re() -> re.Pattern:
    """A news item's lead before its date at a line start (本网讯 9月14日，…)."""
    leads = [w for w in load_lines("extract/data/chronicle_leads.txt") if len(w) > 1]
    return re.compile(rf"\s*(?:{'|'.join(map(re.escape, leads))})\s*[(（]?\s*(?:\d|[一二三四五六七八九十]{{1,3}}月)")


def _news_item(doc: Doc) -> bool:
    """Whether a web page is one news item whose text opens with a lead and its date (本网讯 9月14日，…)."""
    m = doc.text.match
    return any(_news_lead_re().match(m, a, b) for a, b in islice(doc.lines(doc.start, doc.end), _LEAD_LINES))


def is_chronicle(doc: Doc) -> bool:
    """Whether a document is made of dated items: a chronicle, a news channel page, a yearbook, a news item."""
    return doc.kind == "chronicle" or _dated_items_title(doc.title or "") or _channel(doc) or _news_item(doc)


def parse(doc: Doc, ctx: dict) -> Iterator[dict]:
    """Yield a `mention` for each official named with a post in a chronicle's dated entries."""
    if not is_chronicle(doc):
        return
    seen: set[tuple] = set()
    for ent in entries(doc):
        sq = Squashed.of(doc.text, ent.body, ent.end)
        if not sq.match:
            continue
        found = people(sq, ctx.get("known_names", set()))
        remember(ctx, sq, found)
        for f in mention_facts(doc, sq, found, ent.date, lead=ent.start):
            key = (f["person"], f["post"], f["date"])
            if key not in seen:
                seen.add(key)
                yield f

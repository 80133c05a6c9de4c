"""The chronicle (大事记) component: dated entries naming officials with their posts → `mention` facts.

An entry starts on a line that opens with a date (7月1日，… / 1 月 12 日 … / 8月13日—16日，… / 8月8日下午，…)
and runs to the next such line; wrapped lines are part of it.  The year comes from the document (a
gazette's year) unless the entry prints one.  A range gives its first day.  People are found by the
free-text recogniser (extract.freetext): a post title word right before a vocabulary-certain name.
Names after a generic label (旗领导李志彪、乌都…) carry no real post and give no mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extract.dates import cn_int, iso
from extract.documents import Doc
from extract.freetext import Person, Squashed, people
from extract.text import to_match

_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_ENTRY = re.compile(
    rf"^\s*(?:(?P<y>(?:19|20)\d{{2}})\s*年\s*)?(?:(?P<m>{_NUM})\s*月\s*)?(?P<d>{_NUM})\s*[日号]"
    rf"(?:\s*(?:至|到|—|－|-|–|～|~)+\s*(?:{_NUM}\s*月\s*)?{_NUM}\s*[日号])?"
    r"\s*(?:上午|下午|中午|晚上|晚间|早上|凌晨|夜间|晚)?\s*(?:[,，、:：]|\s|$)"
)
# A year heading printed on its own line above the entries of that year.
_YEAR = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})\s*年(?:大事记)?\s*$")
# A month heading in chronicles that print the month once and then only days (7月 / 2024年7月份).
_MONTH = re.compile(rf"^\s*(?:(?:19|20)\d{{2}}\s*年\s*)?(?P<m>{_NUM})\s*月份?\s*$")
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
    month: int | None = None
    year = doc.year
    for a, b in doc.lines(doc.body_start or doc.start, doc.end):
        line = m[a:b]
        my = _YEAR.match(line)
        if my:
            year = int(my.group("y"))
            continue
        mh = _MONTH.match(line)
        if mh:
            month = cn_int(mh.group("m"))
            continue
        me = _ENTRY.match(line)
        if not me or (me.group("m") is None and month is None):
            continue
        mon = cn_int(me.group("m")) if me.group("m") else month
        when = int(me.group("y")) if me.group("y") else year
        if out:
            out[-1].end = a
        out.append(Entry(a, a + me.end(), doc.end, iso(when, mon, cn_int(me.group("d")))))
    return out


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


def parse(doc: Doc, ctx: dict) -> Iterator[dict]:
    """Yield a `mention` for each official named with a post in a chronicle's dated entries."""
    if doc.kind != "chronicle" and "大事记" not in to_match(doc.title or ""):
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

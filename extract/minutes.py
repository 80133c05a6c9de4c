"""The meeting-minutes (会议纪要) component: attendance lists → `attendance`, the opening → 主持 + `mention`.

Minutes list who took part under labels (主持：, 出席：, 列席：, 邀请列席：, per agenda item 议题四列席：),
the POST BEFORE THE NAME (旗人民政府副旗长、公安局局长魏振选), entries separated by ，；, several names
after one post joined by 、 (副旗长宋晓磊、施慧、杨继强), lists wrapped across lines.  Unit-only entries
(旗财政局、发改委负责同志) are not people.  The meeting is the title without 纪要; its date is the date
the text says it was held (2021 年 11 月 9 日，…主持召开…), else the signing date.  Labels and their roles
live in extract/data/attendance_roles.tsv and attendance_scopes.txt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice

from extract.chronicle import mention_facts, remember
from extract.dates import DATE, iso, parse_match, standalone_date
from extract.documents import Doc, dated_masthead
from extract.freetext import NAME_BRACKETED_POST, Person, Squashed, people
from extract.names import (
    NOT_NAMES,
    ends_with_title,
    is_han,
    looks_mongolian,
    plausible_name,
    post_titles,
    split_post_name,
    starts_post,
)
from extract.patterns import ENUMERATOR, split_outside_brackets
from extract.text import squash, to_match
from extract.vocab import load_lines, load_table

_ENTRY_SEP = "，,；;"
_END = "。"
_MAX_BLOCK = 3000
# One person of a list entry: name start, name end, post, evidence start, evidence end.
Listed = tuple[int, int, str | None, int, int]
# What follows the chair's name in the opening sentence: 主持召开, 在三楼会议室主持召开.
_PRESIDES = re.compile(r"(?:在[^,，。;；]{1,24}?)?主持")
# Titles that make a document minutes even when its kind says otherwise (会议记录, 会议决定事项).
_MINUTES_TITLE = re.compile(r"会议(纪要|记录|决定事项|议定事项)$")
# A field of the minutes' header or body (议题：, 会议决定：) at a line start ends an attendance list.
_FIELD = re.compile(r"[ \t]*[\u4e00-\u9fff]{2,8}[ \t]*:")
# Running text that reports attendance: …副县长庞雪、…金海涛出席会议。 The verb is the role.
# 出席并讲话: what the attendee did at the meeting does not change the role.
_PROSE_ROLE = re.compile(
    r"(?:等同志|同志|等)?(出席|参加|列席)(?:了)?(?:会议|本次会议)?(?:并(?:作重要讲话|作讲话|讲话|致辞|发言|点评))?(?=[。,;]|$)")
# A web page's control printed in lenticular brackets ([关闭], [打印本页]; folded from 【】).
_WEB_BUTTON = re.compile(r"[ \t]*[【\[][^】\]]{1,6}[】\]][ \t]*$")
# A run of spaces between the cells of a flattened table row.
_GAP = re.compile(r"[ \u3000\xa0\t]{2,}")
# A line that opens with a full date and goes on as a sentence: never part of a list.
_DATED_SENTENCE = re.compile(r"[ \t]*(?:19|20)\d{2}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日.{0,6}?[,，]")
# Words of an opening sentence that name who presided or convened.
_OPENING_CUE = re.compile(r"主持|召开")
# 印发 after the signing date of minutes.
_PRINTED = re.compile(r"印发$|印$")
# How many lines of a masthead may print the issuer and the kind of minutes (中共…委员会 / 党委会议纪要).
_MASTHEAD_LINES = 3


@lru_cache(maxsize=1)
def roles() -> dict[str, str]:
    """Attendance label → role reported (主持人 → 主持); "-" for labels that end the attendance part."""
    return {r["label"]: r["role"] for r in load_table("extract/data/attendance_roles.tsv")}


@lru_cache(maxsize=1)
def unit_suffixes() -> tuple[str, ...]:
    """Endings of unit names (局, 委, 中心 …): a list item ending with one is not a person."""
    return tuple(load_lines("extract/data/unit_suffixes.txt"))


@lru_cache(maxsize=1)
def label_re() -> re.Pattern:
    """A label opening an attendance list, at a line or sentence start: (scope)(label)：."""
    # Labels are printed spaced to the width of the column (请　　假：, 记　录：).
    spaced = (r"[ \t]*".join(map(re.escape, label)) for label in sorted(roles(), key=len, reverse=True))
    labels = "|".join(spaced)
    scopes = "|".join(load_lines("extract/data/attendance_scopes.txt"))
    # An HTML key-value table prints the label in its own cell: a tab instead of the colon.
    return re.compile(
        rf"(?:^|(?<=[\n。；;]))[ \t]*(?P<scope>(?:{scopes})?)[ \t]*(?P<label>{labels})(?:[ \t]*[:：]|\t)"
    )


def meeting_name(doc: Doc) -> str | None:
    """The meeting's name: the title without its trailing 纪要 (…第16次常务会议纪要 → …第16次常务会议)."""
    t = doc.title or ""
    cut = _MINUTES_TITLE.search(to_match(t))
    name = t[: cut.start(1)] if cut else t
    return name or None


def meeting_date(doc: Doc, stop: int) -> tuple[str | None, tuple[int, int] | None]:
    """The date the meeting was held (first dated line of the text before `stop`) and that line's span."""
    m = doc.text.match
    for a, b in doc.lines(doc.body_start or doc.start, stop):
        timed = _MEETING_TIME.match(m, a, b)
        if not timed and (standalone_date(m[a:b]) or dated_masthead(m[a:b])):
            continue
        d = DATE.search(m, a, b)
        if d and d.group("d"):
            return parse_match(d), (a, b)
    # Minutes that print the attendance block first open their text after it (…出席：… / 2024年3月15日，县长…主持召开).
    return (_yearless_opening(doc, stop) or _dated_opening(doc, stop) or _yearless_opening(doc, doc.end)
            or (doc.date, None))


def _dated_opening(doc: Doc, start: int) -> tuple[str, tuple[int, int]] | None:
    """The date of the first line after `start` that opens with a full date and says who presided or convened."""
    m = doc.text.match
    for a, b in doc.lines(start, doc.end):
        if _DATED_SENTENCE.match(m, a, b) and _OPENING_CUE.search(m, a, b):
            d = DATE.search(m, a, b)
            if d and d.group("d"):
                return parse_match(d), (a, b)
    return None


# A header field of the meeting's time (会议时间<TAB>2024年7月2日): a date, not a masthead's.
_MEETING_TIME = re.compile(r"[ \t]*(?:会[ \t]*议[ \t]*)?(?:时[ \t]*间|日[ \t]*期)[ \t]*(?::|\t)")
# An opening that prints the day without the year (8月14日，…主持召开…): the year is the signing date's.
_MONTH_DAY = re.compile(r"[ \t]*(\d{1,2})[ \t]*月[ \t]*(\d{1,2})[ \t]*日")


def _yearless_opening(doc: Doc, stop: int) -> tuple[str, tuple[int, int]] | None:
    """The date of an opening line that starts with month and day, in the year of the signing date."""
    if not doc.date:
        return None
    m = doc.text.match
    for a, b in doc.lines(doc.body_start or doc.start, stop):
        md = _MONTH_DAY.match(m, a, b)
        if md and _OPENING_CUE.search(m, a, b):
            return iso(int(doc.date[:4]), int(md.group(1)), int(md.group(2))), (a, b)
    return None


def _blocks(doc: Doc) -> list[tuple[str, int, int]]:
    """The attendance lists of the document: (role as printed, content start, content end)."""
    m = doc.text.match
    hits = list(label_re().finditer(m, doc.start, doc.end))
    out = []
    for i, h in enumerate(hits):
        role = roles()[re.sub(r"\s+", "", h.group("label"))]
        if role == "-":
            continue
        end = hits[i + 1].start() if i + 1 < len(hits) else doc.end
        end = min(end, h.end() + _MAX_BLOCK)
        stop = m.find(_END, h.end(), end)
        # Lines are judged whole (…汇报。纪要如下： is a heading), then the list ends at its 。 at the latest.
        end = min(_block_end(doc, h.end(), end), stop if stop >= 0 else end)
        scope = re.sub(r"\s+", "", doc.text.disp[h.start("scope") : h.end("scope")])
        out.append((scope + role, h.end(), end))
    return out


def _block_end(doc: Doc, start: int, end: int) -> int:
    """Where a list without a closing 。 ends: before an outline item, a date line, a signature or a field."""
    m = doc.text.match
    lines = list(doc.lines(start, end))
    for k, (a, b) in enumerate(lines):
        if a > start and (ENUMERATOR.match(m[a:b]) or standalone_date(m[a:b])):
            return a
        if a > start and not _post_colon_row(doc, a, b) and (m[a:b].rstrip().endswith(":") or _FIELD.match(m, a, b)):
            return a  # a heading (会议议定事项如下：) or another field (议题：…) opens the text after the lists
        if a > start and _WEB_BUTTON.match(m, a, b):
            return a  # a web page's controls (【关闭】【打印】) after the minutes
        if a > start and _DATED_SENTENCE.match(m, a, b):
            return a  # the opening sentence (2023年6月5日，…主持召开…) after lists printed at the top
        if a > start and _body_sentence().match(m, a, b):
            return a  # the minutes' body (会议通报了…) right after the last list
        if a > start and k + 1 < len(lines) and _signing_line(m[lines[k + 1][0] : lines[k + 1][1]]):
            return a  # the issuer's signature above the signing date
    return end


@lru_cache(maxsize=1)
def _body_sentence() -> re.Pattern:
    """A line opening the minutes' body: 会议 and one of its verbs (会议听取了…, 会议通报了…)."""
    verbs = "|".join(load_lines("extract/data/minutes_body_verbs.txt"))
    return re.compile(rf"[ \t]*会议(?:还|一致|认真|集中)?(?:{verbs})")


def _signing_line(line: str) -> bool:
    """A date line under the issuer's signature, perhaps with 印发 after it (2022年9月13日印发)."""
    return standalone_date(_PRINTED.sub("", line.strip()))


def _is_unit(seg: str) -> bool:
    """True when a list item names a unit (旗财政局, 发改委负责同志), not a person."""
    return seg.endswith(unit_suffixes())


def _bare_name(seg: str, known: set[str]) -> bool:
    """A list item that is only a name: known, or a plausible name that is not a unit."""
    return seg in known or (plausible_name(seg) and not _is_unit(seg) and not ends_with_title(seg))




def _title_then_name(seg: str) -> tuple[str, str] | None:
    """A list item closed by a delimiter: post title word + 2–3 Han characters is post + name even when
    the surname is missing from the vocabulary (旗民政局局长思宝东)."""
    m = to_match(seg)
    for t in post_titles():
        k = m.rfind(t)
        if k < 0:
            continue
        name = seg[k + len(t) :]
        if 2 <= len(name) <= 3 and is_han(name) and name not in NOT_NAMES and not _is_unit(name) \
                and not ends_with_title(name) and not starts_post(name):
            return seg[: k + len(t)], name
    return None


def _unit_then_name(sq: Squashed, a: int, b: int) -> tuple[str, str] | None:
    """A unit set apart by spacing from the name after it (记录：区政府办公室　温晓东): unit as post, name."""
    for k in range(max(a + 2, b - 4), b - 1):
        if sq.idx[k] - sq.idx[k - 1] > 1 and plausible_name(sq.disp[k:b]) and _is_unit(sq.disp[a:k]):
            return sq.disp[a:k], sq.disp[k:b]
    return None


def entry_people(sq: Squashed, s: int, e: int, known: set[str]) -> Iterator[Listed]:
    """People of one list entry sq[s:e]: (name start, name end, post, evidence start, evidence end).

    Segments joined by 、 are posts (旗委常委), post+name (政府副旗长赵栓) or further names sharing the
    post of the name before them (宋晓磊、施慧).  Anything else (a unit) ends the sharing.
    """
    parts: list[int] = []  # starts of pending pure-post segments
    last_post: str | None = None
    for a, b in split_outside_brackets(sq.match, s, e, "、"):
        seg = sq.disp[a:b]
        if not seg:
            continue
        paren = re.fullmatch(r"(.+?)[(（]([^()（）]+)[)）]", seg)
        # A remark may follow the post inside the brackets (周小平（办事处副主任，区委党校培训）).
        inner = re.split(r"[,，;；]", paren.group(2))[0] if paren else ""
        if paren and plausible_name(paren.group(1)) and ends_with_title(inner):
            # 张三（副区长）: the name first, its post in brackets.
            yield a, a + len(paren.group(1)), inner, a, b
            last_post, parts = None, []
            continue
        if paren:
            # A remark after the name (钱六（出差）) is not part of it.
            seg = paren.group(1)
            b = a + len(seg)
        split = split_post_name(seg, known)
        if split is None and not ends_with_title(seg):
            split = _title_then_name(seg) or _unit_then_name(sq, a, b)
        if split:
            post = "、".join([sq.disp[p : sq.disp.find("、", p)] for p in parts] + [split[0]])
            yield b - len(split[1]), b, post, parts[0] if parts else a, b
            last_post, parts = post, []
        elif ends_with_title(seg) and len(seg) >= 2:
            parts.append(a)
            last_post = None
        elif _bare_name(seg, known) and not parts:
            yield a, b, last_post, s if last_post else a, b
        else:
            last_post, parts = None, []


def _spaced_names(doc: Doc, start: int, end: int,
                  known: set[str]) -> tuple[tuple[int, int] | None, list[tuple[int, int]]] | None:
    """A list of bare names set apart by spaces (出席：张三　李四　王五), perhaps after the post they
    share (出席：副州长　吴天明　杨晓红): (the post's span or None, the names' spans), else None."""
    seg = doc.text.disp[start:end]
    if not re.search(r"\S[^\S\n]+\S", seg.strip()):
        return None
    toks = [(start + mm.start(), start + mm.end()) for mm in re.finditer(r"[^\s、，,；;。]+", seg)]
    post = None
    if len(toks) >= 3 and ends_with_title(doc.text.disp[slice(*toks[0])]) \
            and not plausible_name(doc.text.disp[slice(*toks[0])]):
        post, toks = toks[0], toks[1:]
    toks = _pad_pairs(doc.text.disp, toks)
    names = ["".join(doc.text.disp[a:b].split()) for a, b in toks]
    # Uyghur, Kazakh and other transcribed names are longer but carry the middle dot (艾尔肯·吐尔逊);
    # Mongolian ones are written without it (孟克巴雅尔) in transcription characters.
    if len(toks) < 2 or not all(len(n) <= 4 or "·" in n or looks_mongolian(n) for n in names):
        return None
    strict = sum(_bare_name(n, known) for n in names)
    # A rare surname (把立新, 火红霞) among names the vocabulary knows is still a name of the list.
    loose = all(_bare_name(n, known) or _loose_name(n) for n in names)
    if strict == len(names) or (loose and strict >= 2 and strict * 2 >= len(names)):
        return post, toks
    return None


# An item of a list set apart by spaces; a bracketed post after a name is part of its item.
_SPACED_ITEM = re.compile(r"(?:[^\s、，,；;。（(]|[（(][^）)\n]*[）)])+")


def _mixed_spaced(doc: Doc, start: int, end: int,
                  known: set[str]) -> list[tuple[tuple[int, int], str, str | None]] | None:
    """A list set apart by spaces whose items are bare names or post+name (列席：贾红梅  孔令杰  市财政局局长段永刚):
    (item span, name, post or None) of every item, else None."""
    seg = doc.text.disp[start:end]
    if not re.search(r"\S[^\S\n]{2,}\S|\S\u3000\S", seg.strip()):
        return None  # items of such a list are set apart by a wide gap, not one space
    out: list[tuple[tuple[int, int], str, str | None]] = []
    bracketed = 0
    for mm in _SPACED_ITEM.finditer(seg):
        item, span = mm.group(), (start + mm.start(), start + mm.end())
        inner = NAME_BRACKETED_POST.fullmatch(to_match(item))  # 吴志坚（市政府秘书长）
        split = split_post_name(item, known) or _title_then_name(item)
        if inner and _bare_name(item[: inner.end("name")], known) and ends_with_title(inner.group("post")):
            # 吴志坚（市政府秘书长）: the post in brackets after the name.
            bracketed += 1
            out.append((span, item[: inner.end("name")], squash(item[inner.start("post") : inner.end("post")])))
        elif split and ends_with_title(split[0]):
            out.append((span, split[1], split[0]))
        elif _bare_name(item, known) and not ends_with_title(item):
            out.append((span, item, None))
        else:
            return None
    if len(out) >= 2 and bracketed == len(out):
        return out  # name（post） items say which is which themselves
    # Both kinds must be there: lists of names only or of post+name only have their own readers.
    if len(out) < 2 or all(p for _, _, p in out) or not any(p for _, _, p in out):
        return None
    return out


def _loose_name(seg: str) -> bool:
    """2–3 Han characters that are no known word, unit, title or post: a name if its neighbours are."""
    return 2 <= len(seg) <= 3 and is_han(seg) and seg not in NOT_NAMES and not _is_unit(seg) \
        and not ends_with_title(seg) and not starts_post(seg)


def _post_name_pairs(doc: Doc, start: int, end: int,
                     known: set[str]) -> list[tuple[tuple[int, int], tuple[int, int]]] | None:
    """A list of posts and names alternating between spaces (列席：医务部主任　宗文涛　护理部主任　姚春燕):
    (post span, name span) pairs, else None."""
    seg = doc.text.disp[start:end]
    toks = [(start + mm.start(), start + mm.end()) for mm in re.finditer(r"[^\s、，,；;。]+", seg)]
    if len(toks) < 4 or len(toks) % 2:
        return None
    pairs = [(toks[k], toks[k + 1]) for k in range(0, len(toks), 2)]
    for (pa, pb), (na, nb) in pairs:
        post, name = doc.text.disp[pa:pb], doc.text.disp[na:nb]
        if not ends_with_title(post) or plausible_name(post) or not (_bare_name(name, known) or "·" in name):
            return None
    return pairs


def _pad_pairs(disp: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join two single characters into one name: a two-character name padded with a space (周　敏)."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(toks):
        a, b = toks[k]
        if b - a == 1 and k + 1 < len(toks) and toks[k + 1][1] - toks[k + 1][0] == 1:
            out.append((a, toks[k + 1][1]))
            k += 2
            continue
        out.append((a, b))
        k += 1
    return out


@lru_cache(maxsize=1)
def columns() -> dict[str, str]:
    """Column header of a flattened attendance table → field (unit, name, post, skip)."""
    return {r["header"]: r["field"] for r in load_table("extract/data/attendance_columns.tsv")}


def column_rows(doc: Doc, start: int, end: int) -> list[tuple[str, str, tuple[int, int]]] | None:
    """A table flattened one cell a line under a header row (单位/姓名/职务 then 区政府办公室/黎国栋/
    副主任 …): (name, post, row span) of every row, or None when the list is not such a table."""
    m, disp = doc.text.match, doc.text.disp
    # A table kept as TAB-separated rows (序号<TAB>姓名<TAB>单位<TAB>职务) is read cell by cell as well.
    cells = [(a + c.start(), a + c.end()) for a, b in doc.lines(start, end)
             for c in re.finditer(r"[^\t]*[^\t\s][^\t]*", m[a:b])]
    head: list[str] = []
    while len(head) < len(cells) and squash(m[slice(*cells[len(head)])]) in columns():
        head.append(columns()[squash(m[slice(*cells[len(head)])])])
    body = cells[len(head):]
    n = len(head)
    if "name" not in head or n < 2 or not body or len(body) % n:
        return None
    out = []
    for k in range(0, len(body), n):
        row = {f: squash(disp[slice(*c)]) for f, c in zip(head, body[k : k + n], strict=True)}
        if not plausible_name(row["name"]):
            return None
        out.append((row["name"], _unit_post(row.get("unit", ""), row.get("post", "")),
                    (body[k][0], body[k + n - 1][1])))
    return out


def _unit_post(unit: str, post: str) -> str | None:
    """The post of a table row: the unit before the title (区政府办公室 + 副主任), unless the title
    already opens with the same jurisdiction (区政府 / 区委常委、常务副区长)."""
    if post and unit and post[0] == unit[0] and starts_post(post):
        return post
    # The title already names the unit (街道党工委 | 党工委副书记; 街道办事处 | 党工委委员、办事处副主任).
    stem = unit[starts_post(unit):]
    if post and len(stem) >= 2 and stem in post:
        return post
    return (unit + post) or None


def attendance_facts(doc: Doc, ctx: dict, meeting: str | None, date: str | None) -> Iterator[dict]:
    """`attendance` facts of every list in the document."""
    known = ctx.setdefault("known_names", set())
    for role, start, end in _blocks(doc):
        table = column_rows(doc, start, end)
        if table:
            for person, post, span in table:
                known.add(person)
                yield doc.fact("attendance", span, person=person, post=post, role=role, meeting=meeting,
                               date=date)
            continue
        cell = _name_post_cells(doc, start, end)
        if cell:
            (na, nb), (pa, pb) = cell
            person = doc.text.disp[na:nb]
            known.add(person)
            yield doc.fact("attendance", (na, pb), person=person, post=doc.text.disp[pa:pb], role=role,
                           meeting=meeting, date=date)
            continue
        pairs = _post_name_pairs(doc, start, end, known) or _post_colon_rows(doc, start, end, known)
        if pairs:
            for (pa, pb), (na, nb) in pairs:
                person = doc.text.disp[na:nb]
                known.add(person)
                yield doc.fact("attendance", (pa, nb), person=person, post=doc.text.disp[pa:pb], role=role,
                               meeting=meeting, date=date)
            continue
        spaced = _spaced_names(doc, start, end, known)
        if spaced:
            post_span, names = spaced
            post = doc.text.disp[slice(*post_span)] if post_span else None
            for a, b in names:
                person = "".join(doc.text.disp[a:b].split())
                known.add(person)
                yield doc.fact("attendance", (post_span[0] if post_span else a, b), person=person, post=post,
                               role=role, meeting=meeting, date=date)
            continue
        mixed = _mixed_spaced(doc, start, end, known)
        if mixed:
            for (a, b), person, post in mixed:
                known.add(person)
                yield doc.fact("attendance", (a, b), person=person, post=post, role=role, meeting=meeting,
                               date=date)
            continue
        for rs, re_ in (cell for row in _rows(doc, start, end, known) for cell in _cells(doc, *row, known)):
            yield from _cell_facts(doc, rs, re_, known, role, meeting, date)


def _cell_facts(doc: Doc, start: int, end: int, known: set[str], role: str, meeting: str | None,
                date: str | None) -> Iterator[dict]:
    """`attendance` facts of one list cell; its groups set apart by ； (副市长 孔维东 颜丽；秘书长 尹鹏) are
    read one by one when one of them is a post shared by names set apart by spaces."""
    groups = split_outside_brackets(doc.text.match, start, end, ";")
    if len(groups) > 1 and not any(_post_then_spaced_names(doc, a, b, known) for a, b in groups):
        groups = [(start, end)]
    for rs, re_ in groups:
        shared = _post_then_spaced_names(doc, rs, re_, known)
        if shared:
            (pa, pb), names = shared
            for a, b in names:
                person = "".join(doc.text.disp[a:b].split())
                known.add(person)
                yield doc.fact("attendance", (pa, b), person=person, post=squash(doc.text.disp[pa:pb]), role=role,
                               meeting=meeting, date=date)
            continue
        sq = Squashed.of(doc.text, rs, re_)
        for s, e in split_outside_brackets(sq.match, 0, len(sq.match), _ENTRY_SEP):
            for na, nb, post, ev, ev_end in entry_people(sq, s, e, known):
                person = sq.disp[na:nb]
                known.add(person)
                yield doc.fact("attendance", sq.span(ev, ev_end), person=person, post=post,
                               role=_remark_role(sq, nb, e, role), meeting=meeting, date=date)


def _post_then_spaced_names(doc: Doc, start: int, end: int, known: set[str],
                            ) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """A row of one post and the names sharing it, set apart by spaces (局党组成员、副局长 孙立新  刘雅琴):
    (the post's span, the names' spans), else None."""
    disp = doc.text.disp
    single = [(start + t.start(), start + t.end()) for t in re.finditer(r"\S+", disp[start:end])]
    # A post spaced out to the width of its column (副 市 长  田  野  向春燕): cells end at wider gaps.
    wide = [(start + t.start(), start + t.end()) for t in re.finditer(r"\S+(?:[ \u3000]\S+)*", disp[start:end])]
    for toks in (single, wide):
        if len(toks) < 3:
            continue
        # Without a label the row may start with (出席：).
        head = disp[slice(*toks[0])]
        post = (toks[0][1] - len(head.split("：", 1)[-1].split(":", 1)[-1].lstrip()), toks[0][1])
        text = "".join(disp[slice(*post)].split())
        names = _pad_pairs(disp, toks[1:])
        if ends_with_title(text) and not plausible_name(text) and len(names) >= 2 \
                and all(_bare_name("".join(disp[a:b].split()), known) for a, b in names):
            return post, names
    return None


# A list row of a post, a colon and its names (镇党委副书记、镇长：钱文彬 / 副镇长：孙卫东　李秀芳).
_POST_COLON = re.compile(r"[ \t]*(?P<post>[^\s:]{2,40}?)[ \t]*:(?P<names>[^:]*)$")


def _post_colon_row(doc: Doc, a: int, b: int) -> re.Match | None:
    """The match of a line printing a post, a colon and names after it, else None."""
    r = _POST_COLON.match(doc.text.match, a, b)
    if r is None or not ends_with_title(r.group("post")) or plausible_name(r.group("post")):
        return None
    names = re.findall(r"[^\s、,;]+", r.group("names"))
    return r if names and all(plausible_name(n) for n in names) else None


def _post_colon_rows(doc: Doc, start: int, end: int,
                     known: set[str]) -> list[tuple[tuple[int, int], tuple[int, int]]] | None:
    """A list of posts each followed by a colon and its names, lines of bare names under a post sharing it
    (镇党委书记：周立群 / 副镇长：孙卫东 / 　　　李秀芳): (post span, name span) pairs, else None."""
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    post = None
    for a, b in doc.lines(start, end):
        if not doc.text.match[a:b].strip():
            continue
        r = _post_colon_row(doc, a, b)
        if r:
            post, lo = r.span("post"), r.start("names")
        elif post:
            lo = a
        else:
            return None
        names = [(lo + t.start(), lo + t.end()) for t in re.finditer(r"[^\s、,;]+", doc.text.match[lo:b])]
        if not names or not all(r or _bare_name(doc.text.disp[x:y], known) for x, y in names):
            return None
        out.extend((post, n) for n in names)
    return out if len(out) >= 2 else None


def _name_post_cells(doc: Doc, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Spans of (name, post) when a list is one HTML table row after its label cell: 参加 | 何春林 | 副秘书长."""
    m = re.fullmatch(r"\t?[ ]*(\S{2,4})[ ]*\t[ ]*(\S+?)[ ]*\n?", doc.text.match[start:end])
    if not m or not plausible_name(m.group(1)) or not ends_with_title(m.group(2)):
        return None
    return (start + m.start(1), start + m.end(1)), (start + m.start(2), start + m.end(2))


def _remark_role(sq: Squashed, at: int, end: int, role: str) -> str:
    """The role narrowed by a scope in the remark after a name (蓝美凤（议题二列席）under 列席:
    议题二列席); the scope as printed, the label as the list's."""
    r = _scoped_remark().match(sq.match, at, end)
    if r is None or roles().get(r.group("label")) != role:
        return role
    return sq.disp[r.start("scope") : r.end("scope")] + role


@lru_cache(maxsize=1)
def _scoped_remark() -> re.Pattern:
    """A bracketed remark naming a scope and a label: （议题二列席）, (第三项议题列席)."""
    scopes = "|".join(load_lines("extract/data/attendance_scopes.txt"))
    labels = "|".join(map(re.escape, sorted(roles(), key=len, reverse=True)))
    return re.compile(rf"\((?P<scope>{scopes})(?P<label>{labels})\)")


def _rows(doc: Doc, start: int, end: int, known: set[str]) -> list[tuple[int, int]]:
    """A list cut into rows where a line is indented under the label or the lines before make one
    "post name" row without a closing separator (a table cell with one person a line), else whole."""
    disp = doc.text.disp
    cuts = [start]
    for a, _b in doc.lines(start, end):
        before = disp[cuts[-1] : a].rstrip()
        if a > start and before[-1:] not in "、，,；;" and not _awaits_name(before) and (
                disp[a : a + 1] in " \u3000\t" or _post_and_name(squash_cell(before), known)):
            cuts.append(a)
    cuts.append(end)
    return [(cuts[k], cuts[k + 1]) for k in range(len(cuts) - 1)]


def _awaits_name(before: str) -> bool:
    """True when a wrapped list line stops inside an entry of a running list: after a post or a unit
    with no name yet (…，副市长 / …，市住房城乡建设局 ⏎ 局长褚海明), so the next line goes on with it."""
    if not re.search(r"[、，,；;]", before):
        return False  # one entry a line: an indented line is a row of its own
    last = squash_cell(re.split(r"[、，,；;]", before)[-1])
    return bool(last) and (ends_with_title(last) or _is_unit(last))


def _cells(doc: Doc, start: int, end: int, known: set[str]) -> list[tuple[int, int]]:
    """A row cut at wide gaps between "post name" cells (a two-column table flattened by a PDF
    conversion: 市政府副秘书长 冼志强      市国土资源局局长 逯德胜); a gap inside a cell stays."""
    disp = doc.text.disp
    gaps = [g for g in _GAP.finditer(disp, start, end) if disp[start : g.start()].strip()]
    if not gaps:
        return [(start, end)]
    bounds = [start, *(x for g in gaps for x in (g.start(), g.end())), end]
    cells = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    if all(_post_and_name(squash_cell(disp[a:b]), known) for a, b in cells):
        return cells
    return [(start, end)]


def squash_cell(s: str) -> str:
    """A table cell without its whitespace and without a leading label (出席：)."""
    s = "".join(s.split())
    return s.split("：", 1)[-1].split(":", 1)[-1]


def _post_and_name(cell: str, known: set[str]) -> bool:
    """True when a cell is one post followed by one name (岩东区区长仉永和)."""
    return bool(cell) and (split_post_name(cell, known) is not None or _title_then_name(cell) is not None)


def opening_facts(doc: Doc, ctx: dict, span: tuple[int, int], meeting: str | None,
                  date: str | None) -> Iterator[dict]:
    """The opening sentence (…，旗委副书记、政府代旗长杨颖新主持召开…): 主持 attendance and mentions."""
    sq = Squashed.of(doc.text, *span)
    found: list[Person] = people(sq, ctx.get("known_names", set()))
    remember(ctx, sq, found)
    for p in found:
        if p.post is not None and _PRESIDES.match(sq.match, p.name[1]):
            s, e = _clause(sq, p)
            yield doc.fact("attendance", sq.span(s, e), person=sq.disp[p.name[0] : p.name[1]],
                           post=sq.disp[p.post[0] : p.post[1]], role="主持", meeting=meeting, date=date)
    yield from prose_attendance(doc, ctx, sq, meeting, date)
    yield from mention_facts(doc, sq, found, date, lead=span[0])


def prose_attendance(doc: Doc, ctx: dict, sq: Squashed, meeting: str | None,
                     date: str | None) -> Iterator[dict]:
    """People the opening says attended (副县长庞雪、县政府党组成员金海涛出席会议): the verb is the role.

    The clauses (split at ，) right before the verb are read as a list while every clause is wholly
    people; a clause with anything else (会议由…主持, 各部门负责同志) ends the list.
    """
    known = ctx.setdefault("known_names", set())
    m = sq.match
    for v in _PROSE_ROLE.finditer(m):
        floor = max(m.rfind(ch, 0, v.start()) for ch in "。;:") + 1
        clauses: list[tuple[int, int]] = []
        e = v.start()
        while e > floor:
            s = max(floor, m.rfind(",", floor, e) + 1)
            got = list(entry_people(sq, s, e, known))
            if not got or got[-1][1] != e or got[0][3] != s:
                break
            clauses.insert(0, (s, e))
            e = s - 1
        for s, e in clauses:
            for na, nb, post, ev, _ev_end in entry_people(sq, s, e, known):
                if post is None:
                    continue  # a bare name in running text is not certain enough
                known.add(sq.disp[na:nb])
                yield doc.fact("attendance", sq.span(ev, v.end()), person=sq.disp[na:nb], post=post,
                               role=v.group(1), meeting=meeting, date=date)


def _clause(sq: Squashed, p: Person) -> tuple[int, int]:
    """From the post to the end of the verb phrase after the name (…杨颖新主持召开…常务会议)."""
    start = p.post[0] if p.post else p.name[0]
    end = len(sq.match)
    for mark in "，。；":
        k = sq.match.find(mark, p.name[1])
        if k >= 0:
            end = min(end, k)
    return start, end


def opening_span(doc: Doc, blocks: list[tuple[str, int, int]], dated: tuple[int, int] | None,
                 ) -> tuple[int, int] | None:
    """The opening paragraph: the dated line when it says who presided or convened, else the first
    paragraph before the decisions that does (lists at the top, an opening without a year)."""
    m = doc.text.match
    if dated is not None and _OPENING_CUE.search(m, *dated):
        return dated
    if dated is not None:
        wrapped = _wrapped_on(doc, dated)
        if _OPENING_CUE.search(m, *wrapped):
            return wrapped  # a dated sentence wrapped before its 主持召开 (…杨再兴在管委会 / 203会议室主持召开)
    inside = [(s, e) for _r, s, e in blocks]
    lines = list(doc.lines(doc.body_start or doc.start, doc.end))
    for k, (a, b) in enumerate(lines):
        if any(s - 12 <= a < e for s, e in inside) or label_re().match(m, a, b):
            continue
        if ENUMERATOR.match(m[a:b]):
            break
        if not _OPENING_CUE.search(m, a, b) and "," in m[a:b]:
            wrapped = _wrapped_on(doc, (a, b))
            if _OPENING_CUE.search(m, *wrapped):
                return wrapped  # a sentence wrapped before its 主持召开, without a year to date it
        if _OPENING_CUE.search(m, a, b):
            end = b
            # A paragraph wrapped by a PDF conversion runs on until a line closes a sentence.
            for a2, b2 in lines[k + 1 : k + 6]:
                if m[a:end].rstrip()[-1:] in "。:" or ENUMERATOR.match(m[a2:b2]) or label_re().match(m, a2, b2):
                    break
                end = b2
            return a, end
    return dated


def _wrapped_on(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """A line with the lines that continue its sentence (a PDF or narrow-column wrap) up to its 。."""
    m = doc.text.match
    a, end = span
    for a2, b2 in islice(doc.lines(end, doc.end), 5):
        if m[a:end].rstrip()[-1:] in "。:" or ENUMERATOR.match(m[a2:b2]) or label_re().match(m, a2, b2):
            break
        end = b2
    return a, end


def masthead_meeting(doc: Doc) -> str | None:
    """The meeting of minutes whose masthead prints the issuer above the kind (中共柳河镇委员会 /
    党委会议纪要): the first lines up to the one ending in 会议纪要, without 纪要; else None."""
    head = ""
    for k, (a, b) in enumerate(doc.lines()):
        if k >= _MASTHEAD_LINES:
            break
        head += squash(doc.text.disp[a:b])
        cut = _MINUTES_TITLE.search(to_match(squash(doc.text.match[a:b])))
        if cut and cut.group(1) == "纪要":
            return head[: len(head) - 2]
    return None


def parse(doc: Doc, ctx: dict) -> Iterator[dict]:
    """Yield `attendance` (and opening `mention`) facts of a meeting's minutes."""
    masthead = None
    if doc.kind != "meeting_minutes" and not _MINUTES_TITLE.search(to_match(doc.title or "")):
        masthead = masthead_meeting(doc)
        if masthead is None:
            return
    meeting = masthead or meeting_name(doc)
    blocks = _blocks(doc)
    first_block = blocks[0][1] if blocks else doc.end
    date, line = meeting_date(doc, first_block)
    facts = list(attendance_facts(doc, ctx, meeting, date))
    opening = opening_span(doc, blocks, line)
    if opening is not None:
        facts += list(opening_facts(doc, ctx, opening, meeting, date))
    yield from _unique(facts)


def _unique(facts: list[dict]) -> list[dict]:
    """One attendance per person and role (the one with a post wins: 主持：林振华 then 省长林振华主持…)."""
    out: list[dict] = []
    at: dict[tuple, int] = {}
    for f in facts:
        if f["type"] == "attendance":
            key = (f["type"], f["person"], f["role"])
        else:
            key = (f["type"], f["person"], f.get("role"), f.get("post"))
        if key not in at:
            at[key] = len(out)
            out.append(f)
        elif f["type"] == "attendance" and out[at[key]].get("post") is None and f.get("post"):
            out[at[key]] = f
    return out

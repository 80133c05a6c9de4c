"""Rosters of leading groups, task forces, commands and committees: `group` and `membership` facts.

A roster is a run of display lines opened by a role label (组 长：, 副 总 指 挥：, 主任：…).  Each row gives a
name and a post (space-, tab- or bullet-separated, or 张三（旗长） in run-on text); rows without a label carry
on under the last label; a line that does not start with a name continues the previous member's post (narrow
PDF columns wrap posts).  The group a roster belongs to is named by the heading above it, else by the
nearest "成立X" clause, else by the document title; rows naming units instead of people are member units.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from extract.dates import standalone_date
from extract.documents import Doc
from extract.names import (
    NOT_NAMES,
    blank_annotations,
    dotted_name,
    ends_with_title,
    is_han,
    looks_mongolian,
    plausible_name,
    split_name_post,
    split_post_name,
    starts_post,
    surname_len,
)
from extract.patterns import ENUMERATOR, finditer_anchored, split_outside_brackets, with_first_chars
from extract.text import squash, to_match
from extract.vocab import load_table

HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
# Characters of agency and organ names: a token containing one reads as a post, not a name.
_AGENCY_WORDS = "局 委 办 中心 公司 政府 镇 乡 街道 部 院 会 队 所 站 集团 园 区 馆 室 社 厂 行 处 科 组"
_AGENCY = re.compile("(" + "|".join(_AGENCY_WORDS.split()) + ")")
_QUAL = re.compile(r"[(（]\s*(常\s*务)\s*[)）]")
_JUNK = "=-•·*>|#"
_CLAUSE_END = "。；;！!？?\n"


@lru_cache(maxsize=1)
def _roles() -> tuple[tuple[str, str], ...]:
    """(label, canonical role) pairs, longest label first."""
    rows = [(r["label"], r["role"]) for r in load_table("extract/data/roles.tsv")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, str], ...]:
    """(name suffix, group kind) pairs, longest suffix first."""
    rows = [(r["suffix"], r["kind"]) for r in load_table("extract/data/group_kinds.tsv")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@cache
def _words(kind: str) -> tuple[str, ...]:
    """The words of one kind in roster_words.tsv, longest first."""
    rows = [r["word"] for r in load_table("extract/data/roster_words.tsv") if r["kind"] == kind]
    return tuple(sorted(rows, key=len, reverse=True))


def _spaced(word: str) -> str:
    return r"\s*".join(re.escape(c) for c in word)


@lru_cache(maxsize=1)
def _label_res() -> tuple[re.Pattern, re.Pattern]:
    """Role label at the start of a line, and a role label inside a run-on line."""
    alts = "|".join(_spaced(label) for label, _ in _roles())
    # 委员（按姓氏笔画为序）：an ordering note between the label and its colon.
    note = r"(?:\s*\([^()\n]{0,10}(?:为序|排序|排名|排列|顺序)[^()\n]{0,4}\))?"
    # 指 挥 长——杨再华: a 破折号 is the label's separator too.
    start = re.compile(rf"^[\s{re.escape(_JUNK)}]*(?P<label>{alts}){note}\s*(?::|\t|\||——)\s*", re.M)
    mid = re.compile(with_first_chars(rf"(?<=[,;。、\s(:])(?P<label>{alts})\s*:\s*"))
    return start, mid


@lru_cache(maxsize=1)
def _label_hit_re() -> re.Pattern:
    """Every position where a role label followed by a colon, tab or bar starts (a zero-width search)."""
    alts = "|".join(_spaced(label) for label, _ in _roles())
    # 主任委员    顾建国      院长: a run of spaces separates the cells of a table printed as text.
    return re.compile(rf"(?={with_first_chars(f'(?:{alts})')}(?:\s*(?:[:\t|]|——)| {{2,}}[{HAN}]))")


@lru_cache(maxsize=1)
def _kind_words() -> tuple[str, ...]:
    """The name endings of group_kinds.tsv (领导小组, 专班, 工作组…)."""
    return tuple(s for s, _ in _kinds())


def _suffix_re() -> str:
    return "|".join(re.escape(s) for s, _ in _kinds())


def role_of(label: str) -> str:
    """The canonical role of a printed label (副 组 长 → 副组长)."""
    flat = squash(label)
    return dict(_roles()).get(flat, flat)


def group_kind(name: str) -> str:
    """The kind of a group from the ending of its name (…领导小组 → leading_group)."""
    flat = to_match(name)
    for suffix, kind in _kinds():
        if flat.endswith(suffix):
            return kind
    return "working_group" if _subgroup_heading(flat) else "other"


def _is_generic(name: str) -> bool:
    """A bare kind word (领导小组, 工作专班, 专项工作组) names no particular group."""
    flat = re.sub(r"^(本|该|此|全旗|全区|全市|全县)", "", to_match(name))
    return any(flat == s or flat == "专项" + s or flat == "工作" + s for s, _ in _kinds()) or len(flat) <= 3


def _post_like(tok: str) -> bool:
    """A token that reads as a post or an agency rather than a name."""
    return bool(starts_post(tok) or ends_with_title(tok) or _AGENCY.search(tok))


def _single_han(tok: str) -> bool:
    return len(tok) == 1 and is_han(tok)


# ---------------------------------------------------------------------------------------------
# Row parsing


@dataclass
class Entry:
    """One person of a roster row: name, display spans of the name and the post, qualifier."""

    name: str
    name_span: tuple[int, int]
    post_span: tuple[int, int] | None = None
    unambiguous: bool = False
    qualified: bool = False


@dataclass
class Row:
    """A parsed roster line: its role, people, member units, and span."""

    role: str | None
    span: tuple[int, int]
    entries: list[Entry] = field(default_factory=list)
    units: list[str] = field(default_factory=list)


_HONORIFIC = re.compile(r"(?<=[\u4e00-\u9fff])同志(?=\s|$)")


def _tokens(m: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """Whitespace tokens of match[a:b] with their offsets; 常务 qualifiers become their own tokens."""
    seg = _QUAL.sub(lambda x: " " + "\x00" * (len(x.group(0)) - 2) + " ", blank_annotations(m[a:b]))
    # 钱卫东同志  市长 / 副县长 陈泽文同志: the honorific after a name is neither name nor post.
    seg = _HONORIFIC.sub("  ", seg)
    return [(t.group(0), a + t.start(), a + t.end()) for t in re.finditer(r"[^\s|]+", seg)]


def _name_token(tok: str, nxt: str | None, known: set[str]) -> bool:
    """True when a whole token is a person's name, judged with the token that follows it."""
    if tok.startswith("\x00") or not (is_han(tok) and 2 <= len(tok) <= 8 or dotted_name(tok)):
        return False
    if tok in known:
        return True
    if tok in NOT_NAMES or ends_with_title(tok):
        return False
    if plausible_name(tok):
        return (
            nxt is None or _post_like(nxt) or nxt.startswith("\x00") or _single_han(nxt)
            or _name_token(nxt, None, known)
        )
    # Surnames missing from the vocabulary (訾丹石): a short token directly followed by a post.
    return (
        len(tok) <= 4 and nxt is not None and _post_like(nxt) and not _post_like(tok)
        and (starts_post(nxt) > 0 or looks_mongolian(tok))
    )


def _split_glued(toks: list[tuple[str, int, int]], known: set[str]) -> list[tuple[str, int, int]]:
    """Split a post glued to the next member's name (…干部赵海军 / …副区长高 明) into two tokens."""
    out: list[tuple[str, int, int]] = []
    for k, (t, a, b) in enumerate(toks):
        nxt = toks[k + 1][0] if k + 1 < len(toks) else None
        nxt2 = toks[k + 2][0] if k + 2 < len(toks) else None
        cut = t.rfind("、") if k else -1
        right = t[cut + 1 :] if cut > 0 else ""
        if cut > 0 and ends_with_title(t[:cut]) and 2 <= len(right) <= 4 and nxt is not None and (
            (plausible_name(right) and not _post_like(right)) or right in known
        ) and _post_like(nxt):
            # "常务副区长、侯丽萍 副区长": one member's post, then the next member's name.
            out += [(t[:cut], a, a + cut), (t[cut + 1 :], a + cut + 1, b)]
            continue
        if k and nxt is not None and len(t) >= 4:
            # …副区长高 + 明 + post: the last character is a spaced surname.
            if _single_han(nxt) and ends_with_title(t[:-1]) and surname_len(t[-1]) and (
                nxt2 is None or _post_like(nxt2)
            ):
                out += [(t[:-1], a, b - 1), (t[-1], b - 1, b)]
                continue
            if _post_like(nxt) and starts_post(nxt):
                sp = split_post_name(t, known)
                if sp and len(sp[0]) >= 2 and ends_with_title(sp[0]) and 2 <= len(sp[1]) <= 4:
                    cut = b - len(sp[1])
                    out += [(t[: len(t) - len(sp[1])], a, cut), (sp[1], cut, b)]
                    continue
        out.append((t, a, b))
    return out


def _read_name(toks, i: int, known: set[str], first: bool):
    """A name starting at token i: (name, next index, span, unambiguous) or None."""
    t, a, b = toks[i]
    nxt = toks[i + 1][0] if i + 1 < len(toks) else None
    if _single_han(t) and nxt is not None and _single_han(nxt):
        nxt2 = toks[i + 2][0] if i + 2 < len(toks) else None
        if nxt2 is None or _post_like(nxt2) or nxt2.startswith("\x00") or _name_token(nxt2, None, known) or (
            _single_han(nxt2)
        ):
            return t + nxt, i + 2, (a, toks[i + 1][2]), True
        return None
    if _name_token(t, nxt, known):
        return t, i + 1, (a, b), nxt is not None or first
    head = re.split(r"[、,，]", t, maxsplit=1)[0]
    if first and is_han(head):
        # 刘小山县委副书记、县长: a name glued to the first of its posts.
        sp = split_name_post(head, known)
        # A glued name needs a post with a title: 石门县人民政府 (a signature) is a place and an organ.
        if sp and (ends_with_title(sp[1]) or nxt is not None):
            return sp[0], i + 1, (a, a + len(sp[0])), False
    return None


def _parse_people(m: str, a: int, b: int, known: set[str]) -> list[Entry] | None:
    """People on match[a:b] ("张 勤 旗财政局局长", "青格乐 杜 磊"); None when it starts with no name."""
    toks = _tokens(m, a, b)
    if len(toks) >= 5 and all(len(t) == 1 for t, _, _ in toks):
        return _spaced_out(toks, known)
    toks = _split_glued(toks, known)
    if toks and "(" in toks[0][0] and not toks[0][0].startswith("("):
        return None  # 张三同志（县长）: a bracketed post, read as an item (_parse_items)
    post_first = _post_first(toks, known)
    if post_first:
        return post_first
    entries: list[Entry] = []
    i = 0
    while i < len(toks):
        got = _read_name(toks, i, known, first=not entries)
        if got is None and not entries:
            return None
        if got is None or (entries and not _starts_entry(toks, i, known)):
            e = entries[-1]
            t, ta, tb = toks[i]
            if t.startswith("\x00"):
                e.qualified = True
            else:
                e.post_span = (e.post_span[0] if e.post_span else ta, tb)
            i += 1
            continue
        name, j, span, unamb = got
        e = Entry(name=name, name_span=span, unambiguous=unamb)
        if span[1] < toks[j - 1][2]:  # a name glued to its post: the rest of the token is the post
            e.post_span = (span[1], toks[j - 1][2])
        entries.append(e)
        i = j
    return entries


def _spaced_out(toks: list[tuple[str, int, int]], known: set[str]) -> list[Entry] | None:
    """A row whose every character is spaced (PDF text: "轩 辕 明 市 委 副 书 记"): one name, then its post."""
    flat = "".join(t for t, _, _ in toks)
    sp = split_name_post(flat, known)
    if not sp or not ends_with_title(sp[1]):
        return None
    n = len(sp[0])
    return [Entry(sp[0], (toks[0][1], toks[n - 1][2]), (toks[n][1], toks[-1][2]), unambiguous=False)]


def _post_first(toks: list[tuple[str, int, int]], known: set[str]) -> list[Entry] | None:
    """A row printed post first: "县委副书记、县长  欧阳明" / "副县长  谭  志" / "副区长  方丽娜、崔永红"."""
    if len(toks) < 2 or len(toks[0][0]) < 2:
        return None
    if len(toks[-1][0]) > 8 or "、" in toks[-1][0]:
        return _post_first_list(toks, known)  # most rows end with a post, not a name
    if not _post_like(toks[0][0]) or plausible_name(toks[0][0]) or toks[0][0] in known:
        return None
    if len(toks) >= 3 and _single_han(toks[-1][0]) and _single_han(toks[-2][0]):
        k = len(toks) - 2  # a two-character name padded with a space
    else:
        k = len(toks) - 1
    name = "".join(t for t, _, _ in toks[k:])
    post = "".join(t for t, _, _ in toks[:k])
    if not (name in known or plausible_name(name) and not _post_like(name)) or not ends_with_title(post):
        return None
    # 县委常委、（常务）副县长  王五: a qualifier inside the post upgrades the role as before a post.
    qual = any(t.startswith("\x00") for t, _, _ in toks[:k])
    return [Entry(name, (toks[k][1], toks[-1][2]), (toks[0][1], toks[k - 1][2]), unambiguous=True, qualified=qual)]


def _post_first_list(toks: list[tuple[str, int, int]], known: set[str]) -> list[Entry] | None:
    """"区政府副区长  方丽娜、崔永红": one post, then the names of everyone who holds it."""
    last, a, _b = toks[-1]
    post = "".join(t for t, _, _ in toks[:-1])
    if "、" not in last or not ends_with_title(post) or not _post_like(toks[0][0]):
        return None
    out, pos = [], a
    for part in last.split("、"):
        if not (part in known or plausible_name(part) and not _post_like(part)):
            return None
        out.append(Entry(part, (pos, pos + len(part)), (toks[0][1], toks[-2][2]), unambiguous=True))
        pos += len(part) + 1
    return out


def _starts_entry(toks, i: int, known: set[str]) -> bool:
    """True when token i opens a new member (strictly: a name followed by a post, a name, or the end)."""
    got = _read_name(toks, i, known, first=False)
    return got is not None


def _parse_items(disp: str, m: str, a: int, b: int, known: set[str]) -> tuple[list[Entry], list[str]]:
    """Run-on content: items split on 、，; each 张三（旗长）, 旗长张三, 张三, or a unit."""
    entries: list[Entry] = []
    units: list[str] = []
    for s, e in split_outside_brackets(m, a, b, ";。"):
        pair = _name_comma_post(m, s, e)
        if pair:
            entries.append(pair)
        else:
            seg, seg_units = _items(disp, m, _bracket_cuts(m, split_outside_brackets(m, s, e, "、,")), known)
            entries += seg
            units += seg_units
    return entries, units


def _bracket_cuts(m: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cuts split again after a closing bracket followed by spaces: "马卫平（院长）  王琳（副院长）" is two items
    printed side by side (two columns of a list)."""
    out: list[tuple[int, int]] = []
    for s, e in cuts:
        start = s
        for x in re.finditer(rf"\)\s+(?=[{HAN}])", m[s:e]):
            out.append((start, s + x.start() + 1))
            start = s + x.end()
        out.append((start, e))
    return out


def _items(disp: str, m: str, cuts: list[tuple[int, int]], known: set[str]) -> tuple[list[Entry], list[str]]:
    """The people and units of the 、-separated items of one ；-separated segment of a roster row."""
    entries: list[Entry] = []
    units: list[str] = []
    bare: tuple[int, int] | None = None  # a post printed without a name: 市委副书记、市长张三
    for s, e in cuts:
        item = blank_annotations(m[s:e]).strip()
        if not item:
            continue
        lead = len(m[s:e]) - len(m[s:e].lstrip())
        s += lead
        post_start = bare[0] if bare else s
        if bare:
            units.append(squash(disp[bare[0] : bare[1]]))  # taken back below when a post+name follows
            bare = None
        # 艾力·买买提（县长）: a dotted name is one item too.
        par = re.fullmatch(rf"([{HAN}\s·•・.]{{2,14}}?)\s*(?:同志)?\s*\((.+)\)", item)
        if par and plausible_name(par.group(1)):
            nm_end = s + len(par.group(1).rstrip())
            p0 = s + par.start(2)
            qual = bool(_QUAL.search(item))
            entries.append(Entry(squash(par.group(1)), (s, nm_end), (p0, s + par.end(2)), False, qual))
            continue
        # 县财政局局长（叶  萍）: a post with the holder's name in brackets after it.
        rev = re.fullmatch(rf"([^()]{{2,60}}?)\s*\(([{HAN}\s·•・.]{{2,14}}?)\s*(?:同志)?\s*\)", item)
        if rev and ends_with_title(squash(rev.group(1))) and plausible_name(squash(rev.group(2))):
            p1 = s + len(rev.group(1).rstrip())
            n0, n1 = s + rev.start(2), s + len(item) - 1
            entries.append(Entry(squash(rev.group(2)), (n0, n1), (post_start, p1), False, bool(_QUAL.search(item))))
            continue
        flat = squash(item)
        if flat.endswith("同志") and plausible_name(flat[:-2]):
            flat, item = flat[:-2], item[: item.rfind("同志")]
        if plausible_name(flat) and len(flat) <= 4:
            entries.append(Entry(flat, (s, s + len(item.rstrip()))))
            continue
        sp = split_post_name(flat, known)
        if sp and ends_with_title(sp[0]):
            # 旗长张三: the name closes the item; a bare post item right before it is part of its post.
            nm_start = s + len(item) - len(sp[1])
            if post_start < s:
                units.pop()
            entries.append(Entry(sp[1], (nm_start, s + len(item)), (post_start, nm_start)))
            continue
        if ends_with_title(flat) and not plausible_name(flat):
            bare = (s, s + len(item))
            continue
        units.append(squash(disp[s : s + len(item)]))
    if bare:
        units.append(squash(disp[bare[0] : bare[1]]))
    _share_posts(entries)
    return entries, units


def _share_posts(entries: list[Entry]) -> None:
    """Names without a post share one: the post printed after them (莫少华、黄永祥同志（县政府副县长）),
    else the post printed before the name ahead of them (市政府副市长吕振华、邵晓云)."""
    for k in range(len(entries) - 2, -1, -1):
        nxt = entries[k + 1].post_span
        if entries[k].post_span is None and nxt is not None and nxt[0] >= entries[k + 1].name_span[1]:
            entries[k].post_span = nxt
    for k in range(1, len(entries)):
        prev = entries[k - 1].post_span
        if entries[k].post_span is None and prev is not None and prev[1] <= entries[k - 1].name_span[0]:
            entries[k].post_span = prev




def _name_comma_post(m: str, s: int, e: int) -> Entry | None:
    """"张三，区委副书记、区长" (one item of a ；-separated roster): a name, a comma, its post."""
    # (女，壮族) after the name holds a comma of its own: blank it (same length, offsets stay valid).
    pat = rf"\s*(?P<name>[{HAN}\s]{{2,10}}?)\s*,\s*(?P<post>[^,;。]{{2,60}}?)\s*"
    pm = re.fullmatch(pat, blank_annotations(m[s:e]))
    if not pm or not plausible_name(pm.group("name")) or not _post_like(squash(pm.group("post"))):
        return None
    return Entry(squash(pm.group("name")), (s + pm.start("name"), s + pm.end("name")),
                 (s + pm.start("post"), s + pm.end("post")))


def _comma_pairs(m: str, s: int, e: int) -> bool:
    """True when a row is ；-separated "name，post" pairs (覃美兰（女），副市长；农志刚，市政府秘书长)."""
    pieces = [(a, b) for a, b in split_outside_brackets(m, s, e, ";。") if m[a:b].strip()]
    return len(pieces) >= 2 and all(_name_comma_post(m, a, b) for a, b in pieces)


def _post_of(doc: Doc, e: Entry) -> str | None:
    if e.post_span is None:
        return None
    raw = doc.text.disp[e.post_span[0] : e.post_span[1]]
    post = squash(_QUAL.sub("", raw)).strip(",，、;；。.:：")
    post = re.sub(r"^[(（](.*)[)）]$", r"\1", post)
    post = post.removeprefix(next((w for w in _words("shared_post") if post.startswith(w)), ""))
    # (女，副校长): a gender or ethnicity note printed in the same bracket as the post.
    post = re.sub(rf"^(?:[女男]|[{HAN}]{{1,5}}族)(?:[,，、](?:[女男]|[{HAN}]{{1,5}}族))?[,，、]", "", post)
    # 副县长（联系应急管理工作）: a note of the work a member covers is no part of the post.
    note = re.search(r"[(（]([^()（）]*)[)）]$", post)
    if note and note.start() and to_match(note.group(1)).startswith(_words("post_note")):
        post = post[: note.start()]
    if post in _words("concurrent_note"):
        return None  # 主任：张三（兼）: the office is held besides the post printed elsewhere
    return post or None


# ---------------------------------------------------------------------------------------------
# Roster blocks


@dataclass
class Block:
    """Consecutive roster rows."""

    rows: list[Row] = field(default_factory=list)
    start: int = 0
    end: int = 0


def _unit_row(text: str) -> list[str]:
    """Member units named on a row (旗直各有关部门、各苏木镇负责人), or [] when the row lists none."""
    flat = squash(text).strip("。.;；")
    if not flat or any(w in flat for w in _words("not_units")):
        return []
    parts = [p for p in re.split(r"[、,，;；]", flat) if p]
    return parts if all(not plausible_name(p) for p in parts) else []


def _segments(doc: Doc, mids: list, b: int, known: set[str], head=None) -> list[Row]:
    """Rows of a line holding several labels; `head` is (role, line start, content start) of the first."""
    out = []
    for k, x in enumerate(mids):
        end = mids[k + 1].start() if k + 1 < len(mids) else b
        if x is None:
            role, lstart, cstart = head
        else:
            role, lstart, cstart = role_of(x.group("label")), x.start(), x.end()
        stop = doc.text.match.find("。", cstart, end)
        end = stop + 1 if stop >= 0 else end
        out.append(_content_row(doc, role, cstart, end, (lstart, end), known, runon=True))
    return out


def _row_at(doc: Doc, a: int, b: int, known: set[str]) -> tuple[str | None, int]:
    """(role, content start) when the line opens with a role label, else (None, a)."""
    start_re, _ = _label_res()
    m = doc.text.match
    mm = start_re.match(m, a, b)
    if not mm and m[a:b].lstrip()[:1] in _ENUM_FIRSTS:
        # A numbered roster: "1. 组长：县长 张三" then unnumbered continuation rows under it.
        num = _ROW_NUMBER.match(m[a:b])
        nm = start_re.match(m[a + num.end() : b]) if num else None
        if nm:
            return role_of(nm.group("label")), a + num.end() + nm.end()
    if not mm and m[b - 1 : b] == ":":
        # 增补以下同志为县安全生产委员会成员：the rows below hold the people of that role.
        pm = _prose_label_re().search(m, a, b)
        if pm:
            return role_of(pm.group("label")), b
    if not mm:
        return _spaced_row(doc, a, b, known)
    return role_of(mm.group("label")), mm.end()


@lru_cache(maxsize=1)
def _prose_label_re() -> re.Pattern:
    """A line ending "为[group name]label：": it introduces rows of people who take that role."""
    alts = "|".join(re.escape(label) for label, _ in _roles())
    return re.compile(rf"(?:为|任|担任)(?:[{HAN}“”\"]{{0,40}}?(?:{_suffix_re()}))?(?P<label>{alts})\s*:\s*$")


@lru_cache(maxsize=1)
def _spaced_label_re() -> re.Pattern:
    """A role label, then a run of two or more spaces: the first cell of a table row printed as text."""
    alts = "|".join(_spaced(label) for label, _ in _roles())
    return re.compile(rf"[ \t]*(?P<label>{alts}) {{2,}}(?=[{HAN}])")


def _spaced_row(doc: Doc, a: int, b: int, known: set[str]) -> tuple[str | None, int]:
    """(role, content start) of "委员        钱伟明      医务科科长", only when people follow the label (a
    sentence may open with a label word and spaces too)."""
    mm = _spaced_label_re().match(doc.text.match, a, b)
    if not mm or not _parse_people(doc.text.match, mm.end(), b, known):
        return None, a
    return role_of(mm.group("label")), mm.end()


def _post_open(doc: Doc, cur: Block | None) -> bool:
    """True when the last member's post is cut off (区人民政府办公室 / 副主任 wraps, not a new label)."""
    last = cur.rows[-1] if cur and cur.rows else None
    if not last or not last.entries:
        return False
    span = last.entries[-1].post_span
    return span is not None and not ends_with_title(squash(doc.text.disp[span[0] : span[1]]))


def _signature_follows(m: str, b: int, end: int) -> bool:
    """True when the line after the one ending at b is a date alone: the line at b is a signature."""
    nl = m.find("\n", b + 1, end)
    return standalone_date(m[b + 1 : nl if nl >= 0 else end]) is not None


def _bare_label(line: str) -> bool:
    """A line that is only a role label (主任, 副 组 长, 一、指挥长) without a colon: a table cell or a heading."""
    line = _ROW_NUMBER.sub("", line.strip(), count=1) if line.strip()[:1] in _ENUM_FIRSTS else line.strip()
    if not line or len(line) > 12 or line[0] not in _label_firsts():
        return False
    flat = squash(line)
    return len(flat) <= 6 and flat in _label_set() and flat != "成员单位"


# An outline or row number before a roster line: 一、 （二） 3． 4、 (folded text).
_ROW_NUMBER = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*、|\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|\d{1,3}\s*[.、](?!\d))\s*"
)
_ENUM_FIRSTS = frozenset("一二三四五六七八九十(0123456789")


@lru_cache(maxsize=1)
def _label_firsts() -> frozenset[str]:
    """The characters a role label starts with."""
    return frozenset(label[0] for label, _ in _roles())


@lru_cache(maxsize=1)
def _label_set() -> frozenset[str]:
    """The role labels as printed without spaces."""
    return frozenset(label for label, _ in _roles())


def _continues(line: str) -> bool:
    """A short line with no sentence punctuation can be the wrapped rest of a post."""
    flat = squash(line)
    return (
        0 < len(flat) <= 30 and not re.search(r"[。;:：；]", flat) and not ENUMERATOR.match(to_match(line))
        and not flat.startswith(_words("unit_start")) and not flat.startswith("附件")
        and not _ends_like_group(flat) and not any(w in flat for w in _words("clause_word"))
    )


@lru_cache(maxsize=1)
def _group_end_re() -> re.Pattern:
    return re.compile(f"(?:{_suffix_re()})$")


def _ends_like_group(flat: str) -> bool:
    """A line naming a group (数据质量组, …领导小组) heads the next roster; it continues no post."""
    tail = to_match(flat[-8:])
    return tail.endswith(("组", "班", "部", "会", "议")) and (
        _subgroup_heading(flat) or _group_end_re().search(tail) is not None
    )


def _post_first_block(cur: Block | None) -> bool:
    """True when the block's last row printed its post before the name (旗长张三)."""
    last = cur.rows[-1] if cur and cur.rows else None
    e = last.entries[-1] if last and last.entries else None
    return bool(e and e.post_span and e.post_span[1] <= e.name_span[0])


def _blocks(doc: Doc, known: set[str]) -> list[Block]:
    """The roster blocks of a document."""
    disp, m = doc.text.disp, doc.text.match
    _, mid_re = _label_res()
    blocks: list[Block] = []
    cur: Block | None = None
    role: str | None = None
    # Outside a block only a line holding a label and its colon can do anything: skip the others.
    hits = [h.start() for h in _label_hit_re().finditer(m, doc.start, doc.end)]
    firsts = _label_firsts() | _ENUM_FIRSTS
    for a, b in doc.lines():
        if cur is None:
            k = bisect.bisect_left(hits, a)
            if (k == len(hits) or hits[k] >= b) and not (
                b - a <= 12 and m[a:b].lstrip()[:1] in firsts and _bare_label(m[a:b])
            ):
                continue
        lab, c = _row_at(doc, a, b, known)
        mids = list(mid_re.finditer(m, c, b))
        if lab is None and cur is None and mids:
            # A run-on roster inside a paragraph: …如下：组长：张三（旗长），副组长：李四（副旗长）…
            rows = _segments(doc, mids, b, known)
            if any(r.entries for r in rows):
                blocks.append(Block(rows, mids[0].start(), b))
            continue
        if lab is not None:
            if cur is None:
                cur = Block(start=a)
                blocks.append(cur)
            if mids:
                cur.rows += _segments(doc, [None, *mids], b, known, head=(lab, a, c))
            else:
                cur.rows.append(_content_row(doc, lab, c, b, (a, b), known, runon=False))
            role = cur.rows[-1].role if cur.rows else lab
            cur.end = b
            continue
        if b - a <= 12 and m[a:b].lstrip()[:1] in firsts and _bare_label(m[a:b]) and not _post_open(doc, cur):
            # A PDF table read one cell a line: 主任 / 高振宇 / 市长.
            if cur is None:
                cur = Block(start=a)
                blocks.append(cur)
            role, cur.end = role_of(_ROW_NUMBER.sub("", m[a:b], count=1)), b
            continue
        if cur is None:
            continue
        if squash(_ROW_NUMBER.sub("", m[a:b], count=1)) == "成员单位":
            # 二、成员单位: a heading inside the roster; the units follow on the next lines.
            role, cur.end = "成员单位", b
            continue
        a0 = a
        while a0 < b and m[a0] in " \t" + _JUNK:
            a0 += 1  # bullets: "- 张福军 旗工业和信息化局局长"
        if m[a0 : a0 + 1] in _ENUM_FIRSTS:
            num = _ROW_NUMBER.match(m[a0:b])
            a0 += num.end() if num else 0  # numbered rows: "4．曾庆华  镇党政办主任"
        people = _parse_people(m, a0, b, known)
        if not people and _post_first_block(cur) and b - a0 <= 40 and starts_post(squash(disp[a0:b])):
            # 副主任：州委常委、常务副州长马文忠 / 　　副州长韩秀兰: a further post-first row under the label.
            items = _parse_items(disp, m, a0, b, known)[0]
            people = [e for e in items if e.post_span and e.post_span[1] <= e.name_span[0]]
        if not people and "(" in m[a0:b] and b - a0 <= 60 and len(split_outside_brackets(m, a0, b, ",，。;；")) == 1:
            people = _parse_items(disp, m, a0, b, known)[0]
        if people:
            row = Row(role, (a, b), people)
            cur.rows.append(row)
            cur.end = b
            continue
        last = cur.rows[-1] if cur.rows else None
        flat = squash(disp[a:b])
        if last and last.entries and last.entries[-1].post_span is None and _continues(disp[a:b]) and (
            starts_post(flat) or ends_with_title(flat)
        ):
            # The post cell on the line below its name cell.
            last.entries[-1].post_span = (a, b)
            last.span = (last.span[0], b)
            cur.end = b
            continue
        units_first = flat.startswith(_words("unit_start")) or "、" in flat and flat.endswith(_words("unit_end"))
        listed = role == "成员单位" and "、" in flat and not _ROW_NUMBER.match(m[a:b])
        if (listed or role in ("成员", "成员单位") and units_first) and _unit_row(flat):
            cur.rows.append(Row(role, (a, b), units=_unit_row(disp[a:b])))
            cur.end = b
            continue
        if last and last.entries and last.entries[-1].post_span and _continues(disp[a:b]) and not (
            m[last.span[1] - 1 : last.span[1]] == "。"  # the roster's last row closed its sentence
            or _signature_follows(m, b, doc.end)
            # a post printed before its name ended at the name: the next line is no wrapped rest of it
            or last.entries[-1].post_span[1] <= last.entries[-1].name_span[0]
        ):
            e = last.entries[-1]
            post = squash(disp[e.post_span[0] : e.post_span[1]])
            if ends_with_title(post) and starts_post(flat) and ends_with_title(flat):
                # A whole post on its own line after a complete one: a row whose name is missing.
                cur.end = b
                continue
            e.post_span = (e.post_span[0], b)
            last.span = (last.span[0], b)
            cur.end = b
            continue
        cur = None
        role = None
    return [bl for bl in blocks if any(r.entries or r.units for r in bl.rows)]


def _cells(m: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """The cell spans of a TAB or markdown table row (empty cells kept, so columns line up), or None."""
    line = m[a:b]
    sep = "\t" if "\t" in line else "|" if line.lstrip().startswith("|") else None
    if sep is None:
        return None
    out, s = [], a
    for k in range(a, b + 1):
        if k == b or m[k] == sep:
            x, y = s, k
            while x < y and m[x] in " \u3000":
                x += 1
            while y > x and m[y - 1] in " \u3000":
                y -= 1
            out.append((x, y))
            s = k + 1
    if sep == "|":
        out = out[1:-1] if len(out) >= 2 and out[-1][0] == out[-1][1] else out[1:]
    return out


def _table_header(m: str, cells: list[tuple[int, int]]) -> tuple[int, int, int, int] | None:
    """(name, post, role, last post) column indexes of a roster table header whose role column follows the name."""
    heads = [squash(m[x:y]) for x, y in cells]
    if "姓名" not in heads or not any(h in _words("table_name") for h in heads):
        return None
    name = heads.index("姓名")
    post = next((k for k, h in enumerate(heads) if h in _words("table_post")), None)
    # 工作单位 | 职务: the post is printed over two columns, and that 职务 is no role column.
    posts = {post}
    if post is not None and heads[post] in _words("table_unit") and heads[post + 1 : post + 2] in (
        [w] for w in _words("table_post_tail")
    ):
        posts.add(post + 1)
    role = next((k for k, h in enumerate(heads) if h in _words("table_role") and k not in posts and k > name), None)
    if post is None or role is None and any(h in _words("table_role") for k, h in enumerate(heads) if k not in posts):
        return None  # the role column first: the rows read as "组长 张三 县长" (_blocks)
    return name, post, -1 if role is None else role, max(posts)  # -1: a name list, every row a member


def _table_blocks(doc: Doc, known: set[str]) -> list[Block]:
    """Roster tables whose header names the columns (序号 | 姓名 | 单位及职务 | 委员会职务)."""
    disp, m = doc.text.disp, doc.text.match
    blocks: list[Block] = []
    cur: Block | None = None
    cols: tuple[int, int, int, int] | None = None
    role: str | None = None
    for a, b in doc.lines():
        cells = _cells(m, a, b) if ("\t" in m[a:b] or "|" in m[a:b]) else None
        if cells is None:
            if not _continues_table(m, a, b):
                cur, cols = None, None
            continue
        head = _table_header(m, cells)
        if head and head[2] < 0 and not (_heading_name(doc, a) or _title_group(doc)):
            head = None  # a name list names its group in a heading or in the notice's title
        if head:
            if cols is None:
                cur, role = Block(start=a, end=b), None
                blocks.append(cur)
            cols = head
            continue
        if cols is None or cur is None or max(cols) >= len(cells) or re.fullmatch(r"[\s|:\-]+", m[a:b]):
            continue
        (nx, ny), (px, _), (rx, ry) = cells[cols[0]], cells[cols[1]], cells[max(cols[2], 0)]
        py = cells[cols[3]][1]
        label = squash(m[rx:ry]) if cols[2] >= 0 else "成员"
        if label:
            role = role_of(label) if label in _label_set() else None
        ny = nx + len(blank_annotations(m[nx:ny]).rstrip())
        if m[nx:ny].endswith("同志"):
            ny -= 2
        name = squash(disp[nx:ny])
        if role is None or not (name in known or plausible_name(name)) or py <= px:
            continue
        e = Entry(name, (nx, ny), (px, py), unambiguous=True)
        cur.rows.append(Row(role, (a, b), [e]))
        cur.end = b
    return [bl for bl in blocks if bl.rows]


def _list_header(m: str, a: int, b: int) -> bool:
    """A space-separated name-list header (序号 姓名 单位及职务 联系方式): a name and a post column."""
    heads = m[a:b].split()
    return 3 <= len(heads) <= 8 and "姓名" in heads and any(h in _words("table_post") for h in heads)


def _list_row(m: str, a: int, b: int, known: set[str]) -> tuple[str | None, Entry] | None:
    """One row of a space-separated name list: (role or None, entry) of "15 赵海军 区商务局干部 158…"."""
    toks = _tokens(m, a, b)
    if toks and toks[0][0].isdigit() and len(toks[0][0]) <= 3:
        toks = toks[1:]
    lead = None
    if toks and toks[0][0] in _label_set():
        lead, toks = role_of(toks[0][0]), toks[1:]  # the role column first: "主任委员  鲁红波  院长"
    got = _read_name(toks, 0, known, first=True) if len(toks) >= 2 else None
    if got is None:
        return None
    name, j, span, _ = got
    if span[1] < toks[j - 1][2] or j >= len(toks) or not _post_like(toks[j][0]):
        return None
    role = lead
    for t, _x, _y in toks[j + 1 :]:
        if t in _label_set():
            role = role_of(t)
        elif not re.fullmatch(r"[\d\-—()（）]+", t):
            return None  # a row whose cells are not name, post, role and numbers: not this list
    return role, Entry(name, span, (toks[j][1], toks[j][2]), unambiguous=True)


def _list_blocks(doc: Doc, known: set[str]) -> list[Block]:
    """Name lists printed with spaces for columns (序号 姓名 单位及职务 联系方式): members of the group their
    heading names, unless a role column says otherwise."""
    m = doc.text.match
    if "姓名" not in m[doc.start : doc.end]:
        return []
    blocks: list[Block] = []
    cur: Block | None = None
    for a, b in doc.lines():
        if cur is None:
            if "姓名" in m[a:b] and "\t" not in m[a:b] and "|" not in m[a:b] and _list_header(m, a, b) and (
                _heading_name(doc, a) or _title_group(doc)
            ):
                cur = Block(start=a, end=b)
                blocks.append(cur)
            continue
        row = _list_row(m, a, b, known)
        if row:
            cur.rows.append(Row(row[0] or "成员", (a, b), [row[1]]))
            cur.end = b
        elif not m[a:b].strip().isdigit():  # a page number inside the list does not end it
            cur = None
    return [bl for bl in blocks if bl.rows]


def _header_word(flat: str) -> str | None:
    """The column kind ("name", "post", "role", "other") of a table header cell, or None."""
    for kind in ("name", "post", "role", "other"):
        if flat in _words("table_" + kind):
            return kind
    return None


def _cell_rows(doc: Doc, lines: list[tuple[int, int]], k: int, cols: list[str | None], known: set[str]):
    """Rows of a table read one cell a line after its header: (role, row span, entry) until a row breaks.
    A number cell (序号) can be missing: display text drops a line holding a number alone."""
    disp, m = doc.text.disp, doc.text.match
    while k < len(lines):
        role, entry, r = "成员", None, k
        for kind in cols:
            if r >= len(lines):
                return
            a, b = lines[r]
            flat = squash(m[a:b])
            if kind is None:
                r += bool(re.fullmatch(r"[\d\-—()]{1,15}", flat))  # 序号, 联系方式
                continue
            r += 1
            if kind == "name":
                name = squash(disp[a:b])
                if not (name in known or plausible_name(name)) or ends_with_title(name):
                    return  # 区国栋 is a name: the column, not the characters, says so
                entry = Entry(name, (a, b), unambiguous=True)
            elif kind == "post":
                if entry is None or not flat or plausible_name(flat) and not _post_like(flat):
                    return
                entry.post_span = (a, b)
            elif kind == "role":
                if flat not in _label_set():
                    return
                role = role_of(flat)
        if entry is None or entry.post_span is None:
            return
        yield role, (lines[k][0], lines[r - 1][1]), entry, r
        k = r


def _cell_blocks(doc: Doc, known: set[str]) -> list[Block]:
    """Tables copied from .docx one cell a line: a header of one column name a line (序号 / 姓名 / 单位及职务 /
    组内职务), then each row as that many lines."""
    m = doc.text.match
    if "姓名" not in m[doc.start : doc.end]:
        return []
    lines = list(doc.lines())
    blocks: list[Block] = []
    k = 0
    while k < len(lines):
        a, b = lines[k]
        if squash(m[a:b]) not in _words("table_name"):
            k += 1
            continue
        s = k
        while s > 0 and _header_word(squash(m[lines[s - 1][0] : lines[s - 1][1]])):
            s -= 1
        e = k + 1
        while e < len(lines) and _header_word(squash(m[lines[e][0] : lines[e][1]])):
            e += 1
        kinds = [_header_word(squash(m[x:y])) for x, y in lines[s:e]]
        cols = [None if kd == "other" else kd for kd in kinds]
        if e - s < 3 or "post" not in cols or cols.count("name") != 1 or not (
            _heading_name(doc, lines[s][0]) or _title_group(doc) or _established(doc)
        ):
            k = e
            continue
        rows = list(_cell_rows(doc, lines, e, cols, known))
        if rows:
            bl = Block(start=lines[s][0], end=rows[-1][1][1])
            bl.rows = [Row(role, span, [entry]) for role, span, entry, _ in rows]
            blocks.append(bl)
        k = rows[-1][3] if rows else e
    return blocks


def _continues_table(m: str, a: int, b: int) -> bool:
    """A line inside a table that is not a row: a page number, or a table caption repeated on a new page."""
    flat = squash(m[a:b])
    return len(flat) <= 20 and not re.search(r"[。;；:：]", flat)


def _semicolon_people(m: str, s: int, e: int, known: set[str]) -> list[Entry] | None:
    """"唐立军  区应急局局长；彭晓燕  区市场监管局局长": the people of ；-separated pieces, each opening with a
    name; None unless every piece does (a post would otherwise swallow the next member's name)."""
    pieces = [(a, b) for a, b in split_outside_brackets(m, s, e, ";。") if m[a:b].strip()]
    if len(pieces) < 2 or re.search(r"[(（]", m[s:e]):
        return None
    out: list[Entry] = []
    for a, b in pieces:
        got = _parse_people(m, a, b, known)
        if not got:
            return None
        out += got
    return out


def _content_row(
    doc: Doc, role: str, s: int, e: int, line: tuple[int, int], known: set[str], runon: bool
) -> Row:
    """Parse the content after a role label."""
    disp, m = doc.text.disp, doc.text.match
    span = line
    while s < e and m[s] in " \t" + _JUNK:
        s += 1
    if role == "成员单位":
        return Row(role, span, units=_unit_row(disp[s:e]))
    people = _semicolon_people(m, s, e, known)
    if people is None and not (runon and re.search(r"[(（]", m[s:e]) or _comma_pairs(m, s, e)):
        people = _parse_people(m, s, e, known)
    if people:
        return Row(role, span, people)
    entries, units = _parse_items(disp, m, s, e, known)
    if entries:
        return Row(role, span, entries, [])
    return Row(role, span, units=_unit_row(disp[s:e]) if units else [])


# ---------------------------------------------------------------------------------------------
# Group names, offices, actions


def _strip_heading(s: str) -> str:
    s = re.sub(r"^[\s" + re.escape(_JUNK) + r"]*", "", s)
    mm = ENUMERATOR.match(to_match(s))
    if mm:
        s = s[mm.end() :]
    s = s.strip()
    for suf in _words("list_suffix"):
        if s.endswith(suf) and len(s) > len(suf):
            s = s[: -len(suf)]
            break
    for w in _words("establish"):
        if s.startswith(w):
            s = s[len(w) :]
            break
    return s.strip("：:，,。 ")


def _heading_name(doc: Doc, start: int) -> tuple[str, tuple[int, int]] | None:
    """The group named by the short heading lines right above a roster (附件 / （一）X工作组 / 编辑委员会)."""
    lines = [ln for ln in doc.lines(doc.start, start)][-3:]
    got = ""
    span_start = start
    for a, b in reversed(lines):
        flat = squash(doc.text.disp[a:b])
        if not flat or len(flat) > 40 or re.search(r"[。；;:：，,]|\d{2,}|\.{3}|…", flat):
            break
        if re.fullmatch(r"附件\s*\d*", flat) or not re.search(f"[{HAN}]", flat):
            break
        if got and ENUMERATOR.match(doc.text.match[a:b]) and _full_name(_strip_heading(got)):
            break  # 三、新设立的议事协调机构（1个） over a whole name: a section heading, not its first half
        got = flat + got
        span_start = a
        if ENUMERATOR.match(doc.text.match[a:b]) or group_kind(_strip_heading(flat)) != "other" and len(
            _strip_heading(got)
        ) > len(_strip_heading(flat)) + 8:
            break
    name = _strip_heading(got)
    if name and _subgroup_heading(name) and len(lines) and lines[-1][1] <= start:
        return name, (span_start, start)
    if name and re.search(f"({_suffix_re()})$", to_match(name)):
        # A generic heading in an untitled gazette names the front matter's body, unless the title is a group
        # notice: then it is that group, printed short (一、工作专班组成).
        if doc.extra.get("front_matter") and _is_generic(name) and doc.title and not _title_group(doc):
            name = doc.title + name
        return name, (span_start, start)
    return None


def _full_name(name: str) -> bool:
    """A whole group name on its own (省低空经济发展工作领导小组), not a wrapped tail (工作领导小组)."""
    return len(name) >= 6 and group_kind(name) != "other" and not _is_generic(name)


def _subgroup_heading(flat: str) -> bool:
    """A short heading naming a team of a group (综合协调组, 宣传报道组): 2–10 characters ending in 组."""
    return 3 <= len(flat) <= 10 and flat.endswith("组") and not flat.endswith(("组长", "小组")) and is_han(flat)


def _established(doc: Doc) -> list[tuple[str, tuple[int, int], str]]:
    """(name, clause span, action) for each "成立X" / "调整X" clause of the document that names a group."""
    m = doc.text.match
    verbs = "|".join(re.escape(w) for w in _words("establish") + _words("adjust"))
    one = rf"[{HAN}“”\"'《》·\-]{{2,60}}?(?:{_suffix_re()})"
    # 下设A专班、B专班和C专班: a list of names after one verb, each a group (split by _named_groups).
    pat = re.compile(
        rf"(?P<verb>{verbs})(?:了)?(?P<name>{one}(?:[、和及与]{one})*)"
        rf"(?![{HAN}]*?(?:{_suffix_re()}))"
    )
    out = []
    for mm in pat.finditer(m, doc.start, doc.end):
        if _quoted_or_toc(m, mm.start(), doc):
            continue
        name = _led_by(squash(doc.text.disp[mm.start("name") : mm.end("name")]))
        cl = max(m.rfind(c, doc.start, mm.start()) for c in _CLAUSE_END + ",，")
        sent = max(m.rfind(c, doc.start, mm.start()) for c in _CLAUSE_END)
        clause = m[cl + 1 : mm.start()]
        if any(w in clause for w in _words("conditional")) or any(
            w in m[sent + 1 : mm.start()] for w in _words("hypothetical")
        ) or to_match(name).startswith(_words("not_group_start")):
            continue
        action = "adjust" if mm.group("verb") in _words("adjust") else "establish"
        end = min((x for x in (m.find(c, mm.end(), doc.end) for c in "。；;\n") if x >= 0), default=doc.end)
        out += [(n, (max(cl + 1, doc.start), end + 1), action) for n in _named_groups(name)]
    out += _renamed(doc) + _teams_set_up(doc)
    for mm in _yi_wei(doc):
        name = squash(doc.text.disp[mm.start("name") : mm.end("name")])
        out.append((name, (mm.start(), mm.end()), "establish"))
    out += _adjusted_rosters(doc)
    return sorted(out, key=lambda x: x[1][0])


def _teams_set_up(doc: Doc) -> list[tuple[str, tuple[int, int], str]]:
    """(name, clause span, "establish") of the teams of "专班下设宣传动员组和施工协调组": names ending in 组
    that no group kind word ends, read only right after 下设."""
    m, out = doc.text.match, []
    team = rf"[{HAN}]{{2,8}}组"
    for mm in re.finditer(rf"下设(?P<names>{team}(?:[、和及与]{team})*)(?=等|[^{HAN}])", m[doc.start : doc.end]):
        a, b = doc.start + mm.start("names"), doc.start + mm.end("names")
        names = re.split("[、和及与]", squash(doc.text.disp[a:b]))
        # Names a kind word ends (两个专项工作组, X工作组) are read, or rejected, by _established's own pattern.
        if not all(_subgroup_heading(n) and not to_match(n).endswith(_kind_words()) for n in names):
            continue
        cl = max(m.rfind(c, doc.start, doc.start + mm.start()) for c in _CLAUSE_END + ",，")
        end = min((x for x in (m.find(c, b, doc.end) for c in "。；;\n") if x >= 0), default=doc.end)
        out += [(n, (max(cl + 1, doc.start), end + 1), "establish") for n in names]
    return out + _teams_listed(doc)


def _teams_listed(doc: Doc) -> list[tuple[str, tuple[int, int], str]]:
    """(name, line span, "establish") of the teams numbered one a line after "领导小组下设三个工作组："
    (1.排查整治组：由区住建局牵头。): each line opens with a team name ending in 组 or a kind word."""
    m, out = doc.text.match, []
    head = re.compile(rf"下设(?:[一二两三四五六七八九十\d]+个)?[{HAN}]{{0,6}}(?:组|{_suffix_re()})[:]?[ \t]*$", re.M)
    for hm in head.finditer(m, doc.start, doc.end):
        for x, y in doc.lines(hm.end() + 1, doc.end):
            lead = ENUMERATOR.match(m[x:y])
            tm = lead and re.match(rf"[{HAN}]{{2,12}}(?=[:,，。;；(]|$)", m[x + lead.end() : y])
            name = tm and squash(doc.text.disp[x + lead.end() : x + lead.end() + tm.end()])
            if not name or not (_subgroup_heading(name) or group_kind(name) != "other" and not _is_generic(name)):
                break
            out.append((name, (x, y), "establish"))
    return out


def _under_list(doc: Doc, span: tuple[int, int]) -> bool:
    """True when span is a numbered line of a "下设…：" list of teams (see _teams_listed)."""
    return any(x[1] == span and x[0] for x in _teams_listed(doc))


def _named_groups(name: str) -> list[str]:
    """The groups a run of text names: "A工作组和B工作组" is two; "两个专项工作组" counts groups, naming none."""
    if re.match(r"[一二两三四五六七八九十\d]+个", to_match(name)):
        return []
    parts = re.split(r"[和及、与]", name)
    if len(parts) > 1 and all(len(p) >= 4 and group_kind(p) != "other" for p in parts):
        return parts
    return [name]


@lru_cache(maxsize=1)
def _rename_re() -> re.Pattern:
    """"将X更名为Y": a group renamed (its roster, if any, follows under the new name)."""
    verbs = "|".join(re.escape(w) for w in _words("rename"))
    name = rf"[{HAN}“”\"·]{{2,60}}?(?:{_suffix_re()})"
    # 将 may be left out (省扶贫开发领导小组更名为省乡村振兴工作领导小组).
    return re.compile(rf"将?(?P<old>{name})(?:{verbs})(?P<new>{name})(?![{HAN}]*?(?:{_suffix_re()}))")


def _renamed(doc: Doc) -> list[tuple[str, tuple[int, int], str]]:
    """(new name, clause span, "adjust") of each "将X更名为Y" clause."""
    m, out = doc.text.match, []
    body = m[doc.start : doc.end]
    if not any(w in body for w in _words("rename")):
        return out  # the pattern's optional 将 makes it try every position: look for its verb first
    for mm in _rename_re().finditer(m, doc.start, doc.end):
        cl = max(m.rfind(c, doc.start, mm.start()) for c in _CLAUSE_END + ",，")
        end = min((x for x in (m.find(c, mm.end(), doc.end) for c in "。；;\n") if x >= 0), default=doc.end)
        out.append((squash(doc.text.disp[mm.start("new") : mm.end("new")]), (max(cl + 1, doc.start), end + 1),
                    "adjust"))
    return out


def _led_by(name: str) -> str:
    """"由农业农村部牵头的X联席会议": the lead body is no part of the name that follows its 的."""
    mm = to_match(name)
    if mm.startswith(_words("led_by")) and "的" in mm:
        return name[mm.rfind("的") + 1 :]
    return name


@lru_cache(maxsize=1)
def _adjusted_re() -> re.Pattern:
    """"对X组成人员进行调整": the group named between 对 and the adjusting verb."""
    verbs = "|".join(re.escape(w) for w in _words("adjust"))
    lists = "|".join(re.escape(w) for w in _words("list_suffix"))
    return re.compile(
        rf"对(?P<name>[{HAN}“”\"·]{{2,60}}?(?:{_suffix_re()}))(?:{lists})?(?:进行|予以|作|作出)?(?:了)?(?:{verbs})"
    )


def _adjusted_rosters(doc: Doc) -> list[tuple[str, tuple[int, int], str]]:
    """(name, clause span, "adjust") of each "对X组成人员进行调整" clause."""
    m, out = doc.text.match, []
    i = m.find("对", doc.start, doc.end)
    while i >= 0:
        mm = _adjusted_re().match(m, i, doc.end)
        if mm and not _quoted_or_toc(m, i, doc):
            name = squash(doc.text.disp[mm.start("name") : mm.end("name")])
            cl = max(m.rfind(c, doc.start, i) for c in _CLAUSE_END + ",，")
            end = min((x for x in (m.find(c, mm.end(), doc.end) for c in "。；;\n") if x >= 0), default=doc.end)
            out.append((name, (max(cl + 1, doc.start), end + 1), "adjust"))
        i = m.find("对", i + 1, doc.end)
    return out


@lru_cache(maxsize=1)
def _yi_wei_re() -> re.Pattern:
    """"成立以X为组长，Y为副组长…为成员的Z领导小组": the group is named after the roster it opens with."""
    verbs = "|".join(re.escape(w) for w in _words("establish"))
    return re.compile(with_first_chars(
        rf"(?:{verbs})以(?P<body>[^。;；\n]{{4,400}}?为(?:{'|'.join(re.escape(x) for x, _ in _roles())}))的"
        rf"(?P<name>[{HAN}“”\"]{{2,60}}?(?:{_suffix_re()}))(?![{HAN}]*?(?:{_suffix_re()}))"
    ))


def _yi_wei(doc: Doc) -> list[re.Match]:
    """The 成立以…为组长…的X clauses of a document (found once, read twice)."""
    if "yi_wei" not in doc.extra:
        m, pat, found = doc.text.match, _yi_wei_re(), []
        # 以 is common and the verbs are short: look for 以 and try the clause only behind a verb.
        i = m.find("以", doc.start, doc.end)
        while i >= 0:
            for w in _words("establish"):
                if m.startswith(w, i - len(w)) and i - len(w) >= doc.start:
                    mm = pat.match(m, i - len(w), doc.end)
                    if mm:
                        found.append(mm)
                        break
            i = m.find("以", i + 1, doc.end)
        doc.extra["yi_wei"] = found
    return doc.extra["yi_wei"]


@lru_cache(maxsize=1)
def _yi_wei_piece_re() -> re.Pattern:
    """One comma piece of a 成立以… clause: (以)posts and name 为 role."""
    labels = "|".join(re.escape(x) for x, _ in _roles())
    return re.compile(rf"以?(?P<who>.+?)(?:同志)?为(?P<label>{labels})")


def _yi_wei_members(doc: Doc, known: set[str]) -> list[dict]:
    """Members of a 成立以X为组长…的Z clause: each comma piece "(以)posts+name为role"."""
    m, disp = doc.text.match, doc.text.disp
    out: list[dict] = []
    for mm in _yi_wei(doc):
        name = squash(disp[mm.start("name") : mm.end("name")])
        held: list[tuple[int, int]] = []
        for x, y in _comma_pieces(m, mm.start("body"), mm.end("body")):
            pm = _yi_wei_piece_re().fullmatch(m, x, y)
            if not pm:
                # "常务副州长乔振华，副州长王五为副组长": a piece without 为 shares the role of the next one.
                held.append((x + (m[x] == "以"), y))
                continue
            role = role_of(pm.group("label"))
            for hx, hy in [*held, (pm.start("who"), pm.end("who"))]:
                for person, post in _people_with_posts(disp[hx:hy], known):
                    out.append(doc.fact("membership", (hx, y if hy == pm.end("who") else hy), person=person,
                                        group=name, role=role, post=post))
            held = []
    return out


def _comma_pieces(m: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of m[a:b] between commas."""
    out, s = [], a
    for i in range(a, b):
        if m[i] in ",，":
            out.append((s, i))
            s = i + 1
    out.append((s, b))
    return out


def _and_split(parts: list[str], known: set[str]) -> list[str]:
    """Parts joined by 和/及 split where a name ends before it (常务副县长甲和副县长乙), never inside an agency
    name (县住房和城乡建设局)."""
    out: list[str] = []
    for part in parts:
        cut = next((i for i, c in enumerate(part) if c in "和及" and 0 < i < len(part) - 1
                    and _person_of(part[:i], frozenset(known)) and (starts_post(part[i + 1 :])
                    or ends_with_title(part[i + 1 :]) or _person_of(part[i + 1 :], frozenset(known)))), None)
        out += [part[:cut], part[cut + 1 :]] if cut is not None else [part]
    return out


def _people_with_posts(who: str, known: set[str]) -> list[tuple[str, str | None]]:
    """(person, post) of "县委副书记、县长张三" or "副县长李四、王五": posts before a name are its own,
    a bare name after 、 shares the title printed against the name before it."""
    out: list[tuple[str, str | None]] = []
    pending: list[str] = []
    last: str | None = None
    for part in _and_split(squash(who).split("、"), known):
        part = part.removesuffix("同志")  # 副区长晏小兰同志、区政府办公室主任冉启明同志为副组长
        person = _person_of(part, frozenset(known))
        if not person:
            if part and (ends_with_title(part) or starts_post(part)):
                pending.append(part)
            else:
                pending, last = [], None
            continue
        own = part[: len(part) - len(person)]
        post = "、".join([*pending, own]) if own else ("、".join(pending) if pending else last)
        out.append((person, post or None))
        # Only the title printed against a name is shared by the bare names after it (副县长李四、王五).
        pending, last = [], own or (None if pending else last)
    return out


def _quoted_or_toc(m: str, at: int, doc: Doc) -> bool:
    """Inside a cited title (《…》) or on a table-of-contents line: not a clause of this document."""
    if m.rfind("《", doc.start, at) > m.rfind("》", doc.start, at):
        return True
    eol = m.find("\n", at)
    line = m[m.rfind("\n", 0, at) + 1 : eol if eol >= 0 else len(m)]
    return bool(re.search(r"(\.{3,}|…{2,})\s*\(?\d*\)?\s*$", line))


_ALIAS_CHAR = re.compile(f"[{HAN}“”\"]")


@lru_cache(maxsize=1)
def _alias_res() -> tuple[re.Pattern, re.Pattern, int]:
    """The alias definition X（以下简称Y）, the bracket it must contain, and how far X can reach before it."""
    pat = re.compile(
        rf"(?P<full>[{HAN}“”\"]{{4,60}}?(?:{_suffix_re()}))\s*\((?:以下简称|下称|简称)[“\"]?(?P<short>[{HAN}]{{2,12}})"
    )
    return pat, re.compile(r"\((?:以下简称|下称|简称)"), 60 + max(len(s) for s, _ in _kinds())


def _alias_starts(m: str, a: int, b: int, anchor: re.Pattern, reach: int) -> Iterator[int]:
    """Where an alias definition can start: X (Han characters and quotes, at most `reach` long) right before
    the spaces before (简称."""
    for am in anchor.finditer(m, a, b):
        r = am.start()
        while r > a and m[r - 1].isspace():
            r -= 1
        s = r
        while s > max(a, r - reach) and _ALIAS_CHAR.match(m, s - 1):
            s -= 1
        yield from range(s, r - 3)


def _aliases(doc: Doc) -> dict[str, str]:
    """Short names defined in the text: X（以下简称Y）/（下称Y）."""
    m = doc.text.match
    out = {}
    pat, anchor, reach = _alias_res()
    for mm in finditer_anchored(pat, _alias_starts(m, doc.start, doc.end, anchor, reach), m, doc.start, doc.end):
        full = squash(doc.text.disp[mm.start("full") : mm.end("full")])
        full = re.sub(rf"^.*?({'|'.join(_words('establish'))})", "", full) or full
        out[mm.group("short")] = full
    return out


def _title_group(doc: Doc) -> tuple[str, str] | None:
    """(name, action) of the group a 成立/调整…的通知 title names."""
    t = doc.title or ""
    verbs = "|".join(re.escape(w) for w in _words("establish") + _words("adjust"))
    mm = re.search(rf"关于(?P<verb>{verbs})(?P<name>.+?(?:{_suffix_re()}))(?:组成人员|成员)?的", to_match(t))
    if not mm:
        return None
    action = "adjust" if mm.group("verb") in _words("adjust") else "establish"
    # 成立X领导小组及工作专班: the title names the group and the teams under it; the group comes first.
    both = re.match(rf".+?(?:{_suffix_re()})(?=及)", mm.group("name"))
    end = mm.start("name") + both.end() if both else mm.end("name")
    return t[mm.start("name") : end], action


def _title_object(doc: Doc) -> str | None:
    """What a 成立/调整…的通知 title sets up when its name has no group kind word (青石乡河长制组织体系)."""
    t = doc.title or ""
    verbs = "|".join(re.escape(w) for w in _words("establish") + _words("adjust"))
    mm = re.search(rf"关于(?:{verbs})(?P<name>[^的]{{4,40}}?)(?:组成人员|成员|人员|名单)*的(?:通知|决定)$", to_match(t))
    return t[mm.start("name") : mm.end("name")] if mm else None


def _resolve(name: str, doc: Doc, est: list, aliases: dict[str, str]) -> str:
    """The full name of a group printed short (领导小组 → 人工智能产业发展工作领导小组)."""
    if name in aliases:
        return aliases[name]
    longer = [n for n, _, _ in est if n.endswith(name) and len(n) > len(name)]
    tg = _title_group(doc)
    if tg and tg[0].endswith(name) and len(tg[0]) > len(name):
        longer.append(tg[0])
    if longer:
        return max(longer, key=len)
    own = next((w for w in _words("self_ref") if to_match(name).startswith(w) and len(name) > len(w) + 2), None)
    if tg and own and tg[0].endswith(name[len(own):]) and len(tg[0]) > len(name) - len(own):
        return tg[0]  # 学校学位评定委员会 in the notice titled …调整西川理工大学学位评定委员会…
    if tg and _is_generic(name) and group_kind(tg[0]) == group_kind(name):
        return tg[0]  # 附件：专项工作组人员花名 in the notice that sets up the 专项行动工作组
    return name


_OFFICE_AT = re.compile(
    r"办公室[^。;]{0,24}?(?:设在|设于)(?P<at>[^,，。;；、]{2,40}?(?:、[^,，。;；]{2,40}?)?)(?=[,，。;；(（]|负责|$)"
)


def _office_clauses(doc: Doc, a: int, b: int) -> Iterator[tuple[str, int]]:
    """(whose office as printed before 办公室, where 办公室 starts) of each office clause in disp[a:b]."""
    m = doc.text.match
    for mm in _OFFICE_AT.finditer(m, a, b):
        cl = max(m.rfind(c, a, mm.start()) for c in _CLAUSE_END + ",，、") + 1
        yield squash(doc.text.disp[max(cl, a) : mm.start()]), mm.start()


def _office(doc: Doc, name: str, a: int, b: int) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """(office_at, office_head, span) from "办公室设在X，办公室主任由Y兼任" in disp[a:b]."""
    m, disp = doc.text.match, doc.text.disp
    mm = _OFFICE_AT.search(m, a, b)
    if not mm:
        return None, None, None
    office = squash(disp[mm.start("at") : mm.end("at")])
    office = re.sub(r"[（(][^）)]*[）)]$", "", office)
    office = re.sub(r"(负责.*)$", "", office)
    head = None
    head_re = re.compile(
        # A PDF column may wrap inside the verb (由田甜同志兼 / 任。).
        r"办公室主任由(?P<who>[^,，。;；由]{2,50}?)(?:同志)?(?:兼\s*任|担\s*任)"
        # 李文博同志任办公室主任: a bare 任 needs 同志 before it (…局长任主任 reads a post, not a name).
        # 由谢金凤同志兼任办公室主任: the clause may open with 由.
        r"|(?<![\u4e00-\u9fff])由?(?P<who2>[^,，。;；由]{2,30}?)(?:(?:同志)?(?:兼任|担任)|同志任)(?:办公室)?主任"
    )
    hm = head_re.search(m, mm.start(), min(b, mm.end() + 200))
    end = mm.end()
    if hm:
        g = "who" if hm.group("who") else "who2"
        who = re.sub("同志$", "", squash(disp[hm.start(g) : hm.end(g)]))  # 同志 wrapped onto its own line
        head = _person_of(who)
        end = hm.end()
    return office or None, head, (mm.start(), end)


def _person_of(s: str, known: frozenset[str] = frozenset()) -> str | None:
    """The person a phrase such as 旗财政局局长张勤 or 乌云图 names, or None for a post alone."""
    s = re.sub(r"[（(].*?[）)]", "", s)
    if plausible_name(s) and not _post_like(s):
        return s
    sp = split_post_name(s, known)
    if sp and ends_with_title(sp[0]):
        return sp[1]
    return None


# ---------------------------------------------------------------------------------------------
# Facts


def _similar(a: str, b: str) -> bool:
    """Two printings of one group's name (包鄂高铁项目工作专班 / 推进包鄂高铁工作专班)."""
    if group_kind(a) != group_kind(b):
        return False
    if a in b or b in a or a.replace("工作", "") == b.replace("工作", ""):
        return True
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) >= 0.6


def _block_group(doc: Doc, bl: Block, est: list, title, aliases: dict) -> tuple[str, tuple[int, int], bool]:
    """(name, span, from a heading) of the group a roster block lists."""
    head = _heading_name(doc, bl.start)
    # "下设A组和B组" names two subgroups at once: an unheaded roster after it cannot be either's.
    spans = [x[1] for x in est]
    before = [x for x in est if x[1][0] < bl.start and not (spans.count(x[1]) > 1 and _sets_up_under(doc, x))]
    # 成立X领导小组及工作专班: a bare kind word set up beside the group names no roster of its own.
    before = [x for x in before if not _is_generic(_resolve(x[0], doc, est, aliases))]
    if head:
        name, span = head
    elif before:
        name, span = before[-1][0], before[-1][1]
    elif title:
        name, span = title[0], doc.title_span
    elif _title_object(doc):
        name, span = _title_object(doc), doc.title_span
    else:
        name, span = "领导小组", (bl.start, bl.end)
    return _resolve(name, doc, est, aliases), span, bool(head)


def _sets_up_under(doc: Doc, x: tuple[str, tuple[int, int], str]) -> bool:
    """True when an established group's clause sets it up under another (…下设X)."""
    clause = squash(doc.text.match[x[1][0] : x[1][1]])
    return re.search("下设[^,，。;；]*" + re.escape(to_match(x[0])), clause) is not None


def _unplaced(name: str) -> bool:
    """A short name with no place or organisation of its own (前方指挥部, 现场工作组): a part of the main group."""
    return len(name) <= 6 and not starts_post(name) and not _placed(name) and not _is_generic(name)


def _placed(name: str) -> bool:
    """True when a name opens with a named place (滨江区…, 青澜市…): 2–4 characters and a level word."""
    flat = to_match(name)
    levels = "|".join(re.escape(w) for w in _words("place_level"))
    mm = re.match(rf"[{HAN}]{{2,4}}?(?:{levels})", flat)
    return bool(mm) and not flat.startswith(_words("not_place_start"))


def parse(doc: Doc, ctx: dict) -> Iterator[dict]:
    """Yield the group and membership facts of the rosters and group clauses of `doc`."""
    known: set[str] = ctx.setdefault("known_names", set())
    est = _established(doc)
    aliases = _aliases(doc)
    title = _title_group(doc)
    groups: dict[str, dict] = {}
    facts: list[dict] = []
    main: str | None = None
    cell = _cell_blocks(doc, known)
    # A table read one cell a line also has bare role cells: its rows are read whole, not label by label.
    plain = [bl for bl in _blocks(doc, known) if not any(c.start <= bl.start <= c.end for c in cell)]
    for bl in plain + _table_blocks(doc, known) + _list_blocks(doc, known) + cell:
        name, span, headed = _block_group(doc, bl, est, title, aliases)
        if name not in groups:
            groups[name] = _new_group(doc, name, span, bl, est, title, main, headed)
        g = groups[name]
        main = main or name
        for row in bl.rows:
            g["units"] += [u for u in row.units if u not in g["units"]]
            facts += [_membership(doc, row, e, name, known) for e in row.entries]
    for name, span, action in est:
        full = _resolve(name, doc, est, aliases)
        sub = re.search("下设[^,，。;；]*" + re.escape(to_match(name)), squash(doc.text.match[span[0] : span[1]]))
        sub = sub or _under_list(doc, span)
        if _is_generic(full) or len(full) < (4 if sub else 7) or any(_similar(full, n) for n in groups):
            continue
        # With no roster, a team set up under "领导小组下设X" belongs to the last group set up before it.
        above = [g["name"] for g in groups.values() if g["span"][0] < span[0] and not g["parent"]]
        parent = (main or (above[-1] if above else None)) if sub else None
        groups[full] = {"name": full, "span": span, "action": action, "parent": parent, "units": []}
    if title and not groups:
        tspan = doc.title_span if doc.title_span != (0, 0) else next(doc.lines(), (doc.start, doc.start + 1))
        groups[title[0]] = {"name": title[0], "span": tspan, "action": title[1], "parent": None, "units": []}
    if groups or est:
        facts += _appointed_roles(doc, groups, est, aliases, known)
        facts += _yi_wei_members(doc, known)
    ordered = sorted(groups.values(), key=lambda g: g["span"][0])

    def owner(who: str) -> str | None:
        """The group an office clause's opening names (安委会 → its full name), if it names one."""
        if not who or group_kind(who) == "other" and who not in aliases:
            return None
        full = _resolve(who, doc, est, aliases)
        return next((n for n in groups if n == full), None) or next((n for n in groups if _similar(n, full)), None)

    for k, g in enumerate(ordered):
        end = ordered[k + 1]["span"][0] if k + 1 < len(ordered) else doc.end
        yield _group_fact(doc, g, end, owner)
    yield from facts
    for name, span in _revoked(doc):
        if name not in groups and not _is_generic(name):
            groups[name] = {}
            yield doc.fact("group", span, name=name, kind=group_kind(name), parent=None, action="mention",
                           office_at=None, office_head=None, member_units=[])
    # Minutes, chronicles and reports name groups in passing even when they decide to set one up.
    narrative = doc.kind in ("meeting_minutes", "chronicle") or doc.kind == "other" and not (plain or cell)
    yield from _mentions(doc, groups, bool(est or groups) and not narrative)


@lru_cache(maxsize=1)
def _role_clause_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """"X任组长" clauses, the 任+label each must contain (a zero-width search: labels hold 任), "组长由X担任"."""
    alts = "|".join(re.escape(label) for label, _ in _roles())
    # 任专班组长 / 为领导小组成员: a bare kind word before the label points back to the group just named.
    refs = "|".join(re.escape(s) for s, _ in _kinds())
    # 任县安全生产委员会副主任: the group may be named in full before the label.
    # …never across a 为 (主任张卫国为领导小组成员: the 任 of 主任 opens no clause naming 张卫国为…).
    named = rf"(?:(?:(?!为)[{HAN}“”\"]){{2,40}}?)"
    by_role = re.compile(
        rf"(?:由)?(?P<who>[^,，。;；:由]{{2,60}}?)(?:同志)?(?:任|担任|为)(?P<ref>{named}?(?:{refs}))?(?P<label>{alts})"
        rf"(?=[,，。;；、]|$)", re.M
    )
    # "…任副组长，A，B为成员": 为 closes a prose roster too (its who must hold a person, see _people_with_posts).
    anchor = re.compile(rf"(?=[任为](?:{named}?(?:{refs}))?(?:{alts})(?:[,，。;；、]|$))", re.M)
    # 组长由X担任, or with the group named first: 建筑风貌专门委员会主任委员由X同志担任 / 专班组长由X兼任.
    role_by = re.compile(
        rf"(?:(?<![{HAN}])|(?P<ref>(?<=[,，。;；\n])(?:[{HAN}“”\"]{{2,40}}?)?(?:{_suffix_re()})))(?P<label>{alts})"
        rf"由(?P<who>[^,，。;；:由]{{2,60}}?)(?:同志)?(?:担任|兼任|组成)", re.M
    )
    return by_role, anchor, role_by


@lru_cache(maxsize=1)
def _succeed_re() -> re.Pattern:
    """"X同志不再担任领导小组成员，由Y同志接任": Y takes the role X leaves."""
    alts = "|".join(re.escape(label) for label, _ in _roles())
    refs = "|".join(re.escape(s) for s, _ in _kinds())
    verbs = "|".join(re.escape(w) for w in _words("succeed"))
    return re.compile(
        rf"不再担任(?P<ref>{refs})?(?P<label>{alts})[,，]由(?P<who>[^,，。;；:由]{{2,60}}?)(?:同志)?(?:{verbs})"
    )


def _owner_of(names: list[str], ref: str | None, fallback: str) -> str:
    """The group a bare kind word or a printed name points to: the last one before it that ends so."""
    if not ref:
        return fallback
    flat = to_match(ref)
    hits = [n for n in names if to_match(n).endswith(flat) or flat.endswith(to_match(n))]
    return hits[-1] if hits else fallback


_WHO_STOP = ",，。;；:由"
_OFFICE_CLAUSE = re.compile(
    r"下设[^,，。;；]{0,12}办公室|办公室(?:设在|设于|主任由|副主任由|成员由)|(?:^|(?<=[。;；\n]))[^,，。;；\n]{0,16}办公室(?!主任[^,，。;；\n]{2,4}[,，])",
    re.M,
)


def _role_clause_starts(m: str, q: int) -> range:
    """Where "X任组长" can start for the 任 at q: within 64 characters (由 + who + 同志 + 担) before it, and
    after the last character the clause cannot hold (who excludes ,，。;；:由; only a leading 由 is allowed)."""
    r = q
    # A clause does not open on an earlier line (增补以下同志为…成员：/ rows / 二、X同志任…副主任).
    while r > max(0, q - 64) and m[r - 1] not in _WHO_STOP and m[r - 1] != "\n":
        r -= 1
    if r > 0 and r > q - 64 and m[r - 1] == "由":
        r -= 1
    return range(r, q - 1)


def _appointed_roles(doc: Doc, groups: dict, est: list, aliases: dict, known: set[str]) -> list[dict]:
    """Members named in prose: 由旗长张三任组长，副旗长李四、王五任副组长 / 组长由旗长张三担任."""
    m, disp = doc.text.match, doc.text.disp
    by_role, anchor, role_by = _role_clause_res()
    out = []
    names = sorted(groups, key=lambda n: groups[n]["span"][0])
    starts = [p for am in anchor.finditer(m, doc.start, doc.end) for p in _role_clause_starts(m, am.start())]
    for matches in (finditer_anchored(by_role, starts, m, doc.start, doc.end),
                    role_by.finditer(m, doc.start, doc.end), _succeed_re().finditer(m, doc.start, doc.end)):
        for mm in matches:
            owner = [n for n in names if groups[n]["span"][0] <= mm.start()]
            if not owner:
                continue
            ref = mm.group("ref") and squash(disp[mm.start("ref") : mm.end("ref")])
            owner.append(_owner_of(owner, ref, owner[-1]))
            who = disp[mm.start("who") : mm.end("who")]
            if to_match(squash(who)).endswith(_words("leave")):
                continue  # X同志不再担任副组长: X leaves the group
            who = re.sub("^(?:" + "|".join(map(re.escape, _words("add"))) + ")", "", squash(who))
            a = max(m.rfind(c, doc.start, mm.start()) for c in ",，。;；\n") + 1
            sent = max(m.rfind(c, doc.start, mm.start()) for c in "。;；\n") + 1
            if any(y.start() < mm.end() and mm.start() < y.end() for y in _yi_wei(doc)):
                continue  # 成立以X为组长…的Z: read by _yi_wei_members
            if _OFFICE_CLAUSE.search(m, sent, mm.end()):
                continue  # the office's staff, not the group's members (a member's post may name an 办公室)
            role = role_of(mm.group("label"))
            for (x, y), pairs in [*_held_pieces(doc, max(a, doc.start), known), ((max(a, doc.start), mm.end()), None)]:
                for person, post in pairs if pairs is not None else _people_with_posts(who, known):
                    out.append(doc.fact("membership", (x, y), person=person, group=owner[-1], role=role, post=post))
    return out


def _held_pieces(doc: Doc, a: int, known: set[str]) -> list[tuple[tuple[int, int], list]]:
    """The comma pieces of one sentence before a "…为成员" clause at a that share its role: each a post and a
    name only (县财政局局长戴志刚，县教育局局长王五为成员), read backwards until a piece that is not."""
    m, disp = doc.text.match, doc.text.disp
    out: list[tuple[tuple[int, int], list]] = []
    b = a - 1
    while b > doc.start and m[b] in ",，":
        x = max(m.rfind(c, doc.start, b) for c in ",，。;；:\n") + 1
        piece = squash(disp[x:b])
        pairs = _people_with_posts(piece, known) if 2 <= len(piece) <= 40 else []
        if not pairs or not piece.endswith(pairs[-1][0]) or re.search("(?<!主)任|[为由]", to_match(piece)):
            break
        out.insert(0, ((x, b), pairs))
        b = x - 1
    return out


def _new_group(
    doc: Doc, name: str, span, bl: Block, est: list, title, main: str | None, headed: bool
) -> dict:
    """A roster's group: its evidence span and action from the clause that set it up, its parent group."""
    action = "mention" if doc.extra.get("front_matter") else "establish"
    same = [x for x in est if _similar(x[0], name) and x[1][0] <= bl.start]
    if same:
        span, action = same[0][1], same[0][2]
    if title and _similar(title[0], name):
        action = title[1]
    elif not same and not headed and name == "领导小组":
        action = "mention"
    parent = None
    if main and name != main and ("下设" in doc.text.match[doc.start : bl.start] or _unplaced(name)):
        parent = main
    return {"name": name, "span": span, "action": action, "parent": parent, "units": []}


def _membership(doc: Doc, row: Row, e: Entry, group_name: str, known: set[str]) -> dict:
    """The membership fact of one roster entry; spaced or tabulated names join the known names."""
    role = row.role or "成员"
    if e.qualified and role.startswith("副"):
        role = _words("qualifier")[0] + role
    person = squash(doc.text.disp[e.name_span[0] : e.name_span[1]])
    if e.unambiguous:
        known.update({e.name, person})
    span = (min(row.span[0], e.name_span[0]), max(row.span[1], e.post_span[1] if e.post_span else 0))
    return doc.fact("membership", span, person=person, group=group_name, role=role, post=_post_of(doc, e))


def _office_of(doc: Doc, g: dict, end: int, owner) -> tuple[str | None, str | None]:
    """(office_at, office_head) of a group: the first office clause between it and the next group unless its
    opening names another group (安委会办公室设在X after the 安委会's subgroups); else one naming it anywhere."""
    start = g["span"][0]
    clauses = list(_office_clauses(doc, doc.start, doc.end))
    mine = [p for who, p in clauses if start <= p < end and owner(who) in (None, g["name"])]
    mine = mine or [p for who, p in clauses if owner(who) == g["name"]]
    if not mine:
        return None, None
    office_at, head, _ = _office(doc, g["name"], mine[0], doc.end)
    return office_at, head


def _group_fact(doc: Doc, g: dict, end: int, owner=lambda who: None) -> dict:
    """The group fact, with the office and member units found between it and the next group."""
    start = g["span"][0]
    office_at, head = _office_of(doc, g, end, owner)
    units = list(g["units"]) + [u for u in _unit_sentences(doc, start, end) if u not in g["units"]]
    return doc.fact("group", g["span"], name=g["name"], kind=group_kind(g["name"]), parent=g["parent"],
                    action=g["action"], office_at=office_at, office_head=head, member_units=units)


@lru_cache(maxsize=1)
def _revoke_re() -> re.Pattern:
    """"撤销X领导小组、Y专班" / "保留X委员会": the groups a revoking or keeping clause names."""
    verbs = "|".join(re.escape(w) for w in _words("revoke") + _words("keep"))
    one = rf"[{HAN}“”\"·、和]{{2,200}}?(?:{_suffix_re()})"
    # 撤销A领导小组、B专班: each name of the list ends in a kind word (split by _named_groups).
    return re.compile(
        rf"(?P<verb>{verbs})(?P<name>{one}(?:[、和及与]{one})*)(?![{HAN}]*?(?:{_suffix_re()}))"
    )


def _revoked(doc: Doc) -> Iterator[tuple[str, tuple[int, int]]]:
    """(name, span) of each group a 撤销 / 保留 clause names, inline or as the numbered list after its colon,
    and of the groups a 合并 clause merges."""
    m, disp = doc.text.match, doc.text.disp
    yield from _merged(doc)
    verbs = "|".join(re.escape(w) for w in _words("revoke") + _words("keep"))
    for vm in re.finditer(verbs, m[doc.start : doc.end]):
        i = doc.start + vm.start()
        if _quoted_or_toc(m, i, doc):
            continue
        mm = _revoke_re().match(m, i, doc.end)
        eol = m.find("\n", i, doc.end)
        eol = doc.end if eol < 0 else eol
        if mm and mm.end() <= eol:
            kept = mm.group("verb") in _words("keep")
            for name in _named_groups(squash(disp[mm.start("name") : mm.end("name")])):
                # 保留 is an everyday word: inline, only a group named with its place counts.
                if not kept or _placed(name):
                    yield name, (i, mm.end())
        elif "。" not in m[i:eol] and (m[i:eol].rstrip().endswith(":") or _revoke_heading(doc, i, eol)):
            yield from _listed_groups(doc, eol + 1)


def _merged(doc: Doc) -> Iterator[tuple[str, tuple[int, int]]]:
    """(name, span) of each group "将A与B合并" names: merged away, so only mentioned."""
    m, disp = doc.text.match, doc.text.disp
    name = rf"[{HAN}“”\"·]{{2,60}}?(?:{_suffix_re()})"
    verbs = "|".join(re.escape(w) for w in _words("merge"))
    pat = rf"将(?P<names>{name}(?:[、和及与]{name})+)(?:进行)?(?:{verbs})"
    for mm in re.finditer(pat, m[doc.start : doc.end]):
        a, b = doc.start + mm.start("names"), doc.start + mm.end("names")
        for n in _named_groups(squash(disp[a:b])):
            yield n, (doc.start + mm.start(), doc.start + mm.end())


def _revoke_heading(doc: Doc, i: int, eol: int) -> bool:
    """True when the 撤销 at i is on a numbered heading line (一、撤销的议事协调机构（3个）): a list follows."""
    m = doc.text.match
    bol = max(m.rfind("\n", doc.start, i) + 1, doc.start)
    line = re.sub(r"\(\s*[\d一二三四五六七八九十]+\s*个\s*\)\s*$", "", m[bol:eol].rstrip())
    return bool(ENUMERATOR.match(line)) and len(line) <= 30 and not re.search(r"[,，;；]", line)


def _listed_groups(doc: Doc, a: int) -> Iterator[tuple[str, tuple[int, int]]]:
    """The numbered lines from a on that are each a group name alone (1.X领导小组)."""
    for x, y in doc.lines(a, doc.end):
        flat = squash(doc.text.disp[x:y])
        name = _strip_heading(flat).rstrip("；;，,。")
        if not ENUMERATOR.match(to_match(flat)) or group_kind(name) == "other" or len(name) > 40 or re.search(
            r"[,，:：]", to_match(name)
        ):
            return
        yield name, (x, y)


def _unit_sentences(doc: Doc, a: int, b: int) -> list[str]:
    """Member units listed in prose: 成员单位由X、Y等单位组成."""
    m, disp = doc.text.match, doc.text.disp
    out: list[str] = []
    pat = re.compile(
        r"成员单位(?:由|包括|为)[:：]?(?P<u>[^。;；\n]{2,400}?)(?:等(?:单位|部门)?)?(?:组成|[。;；\n])"
        # 联席会议由A、B等5个部门组成: the bodies a group is made of, counted.
        rf"|(?:{_suffix_re()})由(?P<u2>[^。;；\n]{{2,400}}?)等(?:\d+|[一二两三四五六七八九十]+)个(?:部门|单位)组成"
    )
    for mm in pat.finditer(m, a, b):
        g = "u" if mm.group("u") else "u2"
        for u in re.split(r"[、,，]", squash(disp[mm.start(g) : mm.end(g)])):
            u = re.sub(r"等(相关|有关)?(单位|部门)?$", "", u.strip())
            if u and u not in out and not (plausible_name(u) and not _AGENCY.search(u)):
                out.append(u)
    return out


def _mention_start(doc: Doc, a: int, stops: tuple[str, ...]) -> int:
    """Where the name of a group mentioned at a begins: back to punctuation, a stop word or a heading's end."""
    m = doc.text.match
    while a > doc.start and re.match(f"[{HAN}“”\"\n]", m[a - 1]) and m[a - 1] not in stops:
        if m[a - 1] == "\n" and ENUMERATOR.match(m[m.rfind("\n", doc.start, a - 1) + 1 : a]):
            break  # a numbered heading ends its line: the name opens the next one
        a -= 1
    return a


def _mention_name(doc: Doc, a: int, b: int) -> str:
    """The group name printed at [a, b) without a leading verb (召开, 配合…)."""
    verbs = "|".join(re.escape(w) for w in _words("mention_verb"))
    return re.sub(rf"^.*(?:{verbs})", "", squash(doc.text.disp[a:b]))


def _mentions(doc: Doc, groups: dict, sets_up: bool = False) -> Iterator[dict]:
    """Groups only mentioned: "…领导小组2024年第1次会议召开" in chronicles and minutes."""
    m = doc.text.match
    sufs = "|".join(re.escape(s) for s, k in _kinds() if k in ("leading_group", "task_force", "command"))
    comm = "|".join(re.escape(s) for s, k in _kinds() if k == "committee")
    nth = r"(?:\d{4}年)?(?:第[一二三四五六七八九十\d]+次)?(?:全体|专题|工作)?会议"
    # A committee's meeting is counted or plenary (安委会第三次全体会议); a bare 委员会会议 heads many mastheads.
    counted = r"(?:\d{4}年)?(?:第[一二三四五六七八九十\d]+次(?:全体)?|全体)会议"
    # In a document that sets up no group, a leading group is mentioned wherever it is named as a body
    # (…工作领导小组提交的办法), not where its name opens a post or a part of it (领导小组办公室主任, 组长).
    alone = r"|(?![{HAN}]*?(?:{sufs}))(?!办公室|成员|组长|副|常务|总指挥|指挥长|主任|秘书|[{HAN}]*?(?:组长|成员))"
    # …and where its member units are addressed (县防汛抗旱指挥部各成员单位要压实责任).
    alone = (alone.format(HAN=HAN, sufs=sufs) + "|各?成员单位") if not sets_up else ""
    # 在X统一领导下开展: any group a plan works under is named as a body.
    under = "|".join(re.escape(w) for w in _words("under"))
    pat = re.compile(
        rf"(?:{sufs})(?={nth}{alone})|(?:{comm})(?=(?:召开|举行)?{counted})|(?:{_suffix_re()})(?=的?(?:{under}))"
    )
    seen = set(groups)
    for mm in pat.finditer(m, doc.start, doc.end):
        if _quoted_or_toc(m, mm.start(), doc):
            continue  # a contents entry or a cited title names a notice, not the group at work
        a = _mention_start(doc, mm.start(), _words("mention_stop"))
        name = _mention_name(doc, a, mm.end())
        if not starts_post(name) and not _placed(name) and a > doc.start and m[a - 1] in _words("mention_and"):
            # 旗粮食安全和重要农产品…工作专班: the 和 is inside one name, not between two groups.
            a2 = _mention_start(doc, a - 1, tuple(w for w in _words("mention_stop") if w not in _words("mention_and")))
            if starts_post(_mention_name(doc, a2, mm.end())) or _placed(_mention_name(doc, a2, mm.end())):
                a, name = a2, _mention_name(doc, a2, mm.end())
        if any(_similar(name, n) for n in seen) or _is_generic(name) or len(name) < 6 or any(
            w in to_match(name) for w in _words("not_group_body")
        ):
            continue
        if not starts_post(name) and not _placed(name):
            continue
        seen.add(name)
        cl = max(m.rfind(c, doc.start, a) for c in "。\n")
        end = m.find("。", mm.end(), doc.end)
        yield doc.fact("group", (max(cl + 1, doc.start), end + 1 if end >= 0 else mm.end()), name=name,
                       kind=group_kind(name), parent=None, action="mention", office_at=None, office_head=None,
                       member_units=[])

"""Appointment facts (人事任免): who is appointed to, removed from, nominated for or confirmed in which post.

A personnel notice lists one person per row in many printings: markdown tables from PDFs (| 白一琼 | 任… |),
bullets, plain lines (张三同志任…；), verb-first sentences (任命张三、李四为…), and web pages that glue the
name to the post (免去金山市人民政府副秘书长职务).  A row is cut into items at ；。 and an item into clauses
at the commas and 、 that open a new verb; each clause gives one fact per post.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from extract.dates import DATE, parse_match
from extract.documents import Doc, classify
from extract.names import (
    NOT_NAMES,
    ends_with_title,
    is_han,
    looks_mongolian,
    mongolian_chars,
    plausible_name,
    split_name_post,
    starts_post,
    surname_len,
)
from extract.patterns import first_chars, outside_brackets, with_first_chars
from extract.text import squash, to_match
from extract.vocab import load_lines, load_table

# Used with pattern.match(text, pos): no ^ (it would only match at the start of the whole text).
_BULLET = re.compile(
    r"[\s\-•·*|]*(?:(?:[一二三四五六七八九十]{1,3}[、.]|\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|\d{1,2}\s*[.、](?!\d))"
    r"[\s|]*)?"
)
_TABLE_RULE = re.compile(r"^[\s|:\-+]*$")
_ITEM_END = ";。"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NOTE = re.compile(r"\([^()]*(?:试用期|挂职|任职时间|时间|期限|聘期)[^()]*\)")
_PROBATION = re.compile(r"试用期(?!满)为?[一二三两半\d]")
_ENDED = re.compile(r"试用期已?满")
# 自2024年3月起 / 从2024年3月1日起: a clause after the post that dates the change, not a new post.
_MODIFIER = re.compile(
    r"(?:任职时间|挂职时间|挂职期|任职期限|试用期|时间|期限|任期|以上|聘期"
    r"|[自从于]\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年)"
)
_POST_TAIL = re.compile(r"(?:等?职务|等?人选|等?候选人|的职务|等)+$")
_TERMINAL_PUNCT = ";；。.,，、:：| "


@dataclass
class _Verb:
    """One row of the verb table: a compiled pattern and what it means."""

    pattern: re.Pattern
    action: str
    seconded: bool
    where: str


@lru_cache(maxsize=1)
def _table() -> tuple[_Verb, ...]:
    """The verb table, in file order (first match wins)."""
    return tuple(
        _Verb(re.compile(r["pattern"]), r["action"], r["seconded"] == "1", r["where"])
        for r in load_table("extract/data/appointment_verbs.tsv")
    )


@cache
def _rows(where: str) -> tuple[_Verb, ...]:
    """The rows of the verb table used in one role (verb, section, lead, block …)."""
    return tuple(v for v in _table() if v.where == where)


@lru_cache(maxsize=1)
def _organ_words() -> tuple[str, ...]:
    """Words naming an organisation inside a post (局, 中心, 公司 …)."""
    return load_lines("extract/data/organ_words.txt")


@lru_cache(maxsize=1)
def _head_titles() -> frozenset[str]:
    """Bare titles of a government head (副县长, 镇长): a post of their own after 、."""
    return frozenset(load_lines("extract/data/head_titles.txt"))


@lru_cache(maxsize=1)
def _remark_words() -> tuple[str, ...]:
    """Words of a bracketed remark that closes a post (另有任用, 退休, 辞职)."""
    return load_lines("extract/data/appointment_remarks.txt")


@lru_cache(maxsize=1)
def _section_re() -> re.Pattern:
    """A heading line such as 任命： or 二、免职 or 试用期满任职人员如下："""
    alts = "|".join(v.pattern.pattern for v in _table() if v.where in ("verb", "section", "context"))
    # A lead word may open the heading: 三、决定任命 (a congress list), 同意免去：
    leads = "|".join(v.pattern.pattern for v in _rows("lead"))
    # 聘任下列同志职务： / 免去以下同志职务： — the rows below name the people.
    people = r"(?:(?:下列|以下)同志(?:的)?(?:职务)?)?"
    return re.compile(rf"(?:{leads})?(?:{alts})+{people}(?:人员|干部|名单)?(?:如下)?[:：]?")


@cache
def _alternation(where: str) -> re.Pattern:
    """One regex over the rows of a role, alternatives in table order (so the first row still wins)."""
    return re.compile("|".join(f"(?P<r{i}>{v.pattern.pattern})" for i, v in enumerate(_rows(where))))


@cache
def _opening_re() -> re.Pattern:
    """Every position where a lead word or a verb starts (zero width, so overlapping starts all count)."""
    alts = "|".join(v.pattern.pattern for v in _rows("lead") + _rows("verb"))
    return re.compile(f"(?={with_first_chars(alts)})")


@cache
def _opening_chars(where: str) -> frozenset[str] | None:
    """The characters the words of one role can start with (None: unknown, so never skip a position)."""
    return first_chars(_alternation(where).pattern)


def verb_at(m: str, pos: int) -> tuple[_Verb, int] | None:
    """The verb row matching folded text `m` at `pos`, with the verb's end, after optional lead words."""
    leads, verbs = _opening_chars("lead"), _opening_chars("verb")
    if pos < len(m) and leads is not None and verbs is not None and m[pos] not in leads and m[pos] not in verbs:
        return None  # neither a lead word nor a verb starts here: most positions of a line
    p = _skip_leads(m, pos, len(m))
    vm = _alternation("verb").match(m, p)
    if not vm:
        return None
    return _rows("verb")[int(vm.lastgroup[1:])], vm.end()


def _blocked(name: str) -> bool:
    """A name candidate that ends with a word voiding the clause (张三拟任: proposed, not appointed)."""
    return any(re.search(f"(?:{v.pattern.pattern})$", to_match(name)) for v in _rows("block"))


def _name_ok(name: str, delimited: bool, known: set[str]) -> bool:
    """True when `name` can be a person: strictly for glued text, loosely when the print delimits it."""
    if name in known:
        return True
    if plausible_name(name):
        return True
    if not delimited or not is_han(name) or not 2 <= len(name) <= 8 or name in NOT_NAMES:
        return False
    if re.search(r"[的等们]|人员|以上|相关|有关", name):
        return False
    title = ends_with_title(name) or ""
    # One-character titles (达 of 嘎查达) end many Mongolian names (阿希达): only longer ones count here.
    if (starts_post(name) >= 2 and not surname_len(name)) or (len(title) >= 2 and len(name) >= 3):
        return False
    return len(name) <= 4 or looks_mongolian(name)








@dataclass
class _Person:
    name: str
    span: tuple[int, int]


@dataclass
class _Ctx:
    """What one parse of a document needs: its texts, names and posts seen, and the document's places."""

    doc: Doc
    m: str
    d: str
    known: set[str]
    posts_seen: set[str] = field(default_factory=set)
    stems: tuple[str, ...] = ()
    confirm: bool = False
    strict: bool = False
    propose: bool = False


def _place_stems(issuer: str | None) -> tuple[str, ...]:
    """Place names of the issuer (东胜区 → 东胜区, 东胜): posts open with them."""
    out: list[str] = []
    for pm in re.finditer(r"([\u4e00-\u9fff]{2,8}?)(自治区|省|市|州|盟|县|旗|区)", to_match(issuer or "")):
        out += [pm.group(0), pm.group(1)]
    return tuple(s for s in out if len(s) >= 2)


def split_glued(s: str, c: _Ctx) -> tuple[str, str] | None:
    """Split a name glued to its post, using names and posts already seen and the issuer's place names."""
    hit = split_name_post(s, c.known)
    if hit and hit[0] not in c.stems:
        return hit
    ms = to_match(s)
    for k in range(2, min(8, len(s) - 1)):
        name, rest = s[:k], ms[k:]
        if not (plausible_name(name) or name in c.known) or name in c.stems:
            continue
        if any(rest.startswith(st) for st in c.stems) or any(
            len(p) >= 4 and rest.startswith(to_match(p[:4])) for p in c.posts_seen
        ):
            return name, s[k:]
    # A Mongolian name runs until the first character that does not transcribe one.
    chars = mongolian_chars()
    for k in range(4, min(8, len(s) - 1)):
        if ms[k] not in chars and looks_mongolian(s[:k]) and ends_with_title(s[k:]):
            return s[:k], s[k:]
    return None


def _posts(c: _Ctx, a: int, b: int) -> list[tuple[str, bool, bool]]:
    """The posts printed in d[a:b] as (post, probation, seconded), split on 、 between whole posts."""
    post = squash(c.d[a:b])
    mp = squash(c.m[a:b])
    probation = bool(_PROBATION.search(mp))
    seconded = "挂职" in mp
    # Drop notes in brackets (试用期一年, 挂职时间…) and trailing 职务 / 人选 / punctuation.
    for nm in reversed(list(_NOTE.finditer(mp))):
        post, mp = post[: nm.start()] + post[nm.end() :], mp[: nm.start()] + mp[nm.end() :]
    # …职务，退休 / …职务,另有任用: a remark after the closing 职务 is not part of the post.
    # 接受张三辞去…职务的请求，报…备案: the request and what follows it are not part of the post.
    # …职务（另有任用）/ 县林业局局长（辞职）: a bracket closing the post remarks on it, it does not name it.
    while (rm := re.search(r"\(([^()]*)\)[\s;。.,，、:：|]*$", mp)) and rm.start() > 0:
        if not (mp[: rm.start()].endswith("职务") or any(w in rm.group(1) for w in _remark_words())):
            break
        post, mp = post[: rm.start()], mp[: rm.start()]
    # 张三同志任县教育局副局长试用期满，经考核合格，正式任职: the probation ending follows the post.
    if (ended := re.search(r"试用期已?满(?:[,，;；。].*)?$", mp)) and ended.start() > 0:
        post, mp = post[: ended.start()], mp[: ended.start()]
    request = re.search(r"职务的(?:请求|申请).*$", mp)
    if request:
        post, mp = post[: request.start() + 2], mp[: request.start() + 2]
    closing = re.search(r"职务[,，][^,，]{1,12}$", mp)
    if closing:
        post, mp = post[: closing.start() + 2], mp[: closing.start() + 2]
    while mp and (mp[-1] in _TERMINAL_PUNCT or _POST_TAIL.search(mp)):
        tm = _POST_TAIL.search(mp)
        cut = tm.start() if tm and tm.end() == len(mp) and tm.start() < len(mp) else len(mp) - 1
        post, mp = post[:cut], mp[:cut]
    if mp.startswith("为"):
        post, mp = post[1:], mp[1:]
    # 发改委副主任（粮食和物资储备局局长）: a closing bracket that holds a whole post names a second post.
    bracketed: list[tuple[str, str]] = []
    if (bm := re.search(r"\(([^()]{6,40})\)$", mp)) and bm.start() > 0 and _bracket_post(bm.group(1)):
        bracketed.append((post[bm.start() + 1 : bm.end() - 1], bm.group(1)))
        post, mp = post[: bm.start()], mp[: bm.start()]
    pieces: list[tuple[str, str]] = []
    last = 0
    for i in outside_brackets(mp, 0, len(mp), "、"):
        if i < last:
            continue
        right = mp[i + 1 :].split("、")[0]
        organ = _inner_body_organ(mp[last:i], right)
        if organ:
            # 市人民法院副院长、审判委员会委员: the second title is of a body inside the organ the first names.
            pieces.append((post[last:i], mp[last:i]))
            pieces.append((post[last : last + organ] + post[i + 1 : i + 1 + len(right)], ""))
            last = i + 1 + len(right)
        elif _whole_post(right):
            pieces.append((post[last:i], mp[last:i]))
            last = i + 1
        elif right == mp[i + 1 :] and (body := _shared_body(mp[last:i], right)):
            # 市财政局党组书记、党组成员: the second title is of the same 党组, whose organ the first names.
            pieces.append((post[last:i], mp[last:i]))
            pieces.append((post[last : last + body] + post[i + 1 : i + 1 + len(right)], ""))
            last = i + 2 + len(right)
    if last < len(mp):
        pieces.append((post[last:], mp[last:]))
    pieces += bracketed
    out = []
    for p, q in pieces:
        p = _POST_TAIL.sub("", p) if _POST_TAIL.search(q) else p
        if _post_ok(p):
            out.append((p, probation, seconded))
    return out


def _bracket_post(s: str) -> bool:
    """True when bracketed text is a post of its own (粮食和物资储备局局长), not a rank or a note (正处级)."""
    if re.match(r"原|现|兼|挂|保留|享受|按|列", s):
        return False  # 原任…/兼任…: a former or concurrent post is not a second appointment to the same post
    title = ends_with_title(s)
    return bool(title) and len(s) > len(title) + 2 and any(w in s[: -len(title)] for w in _organ_words())


@cache
def _bodies() -> tuple[str, ...]:
    """Bodies inside an organ (党组, 党委) whose titles a list may print without the organ's name."""
    return tuple(load_lines("extract/data/appointment_bodies.txt"))


def _shared_body(left: str, right: str) -> int:
    """Where the organ name of `left` ends when `right` is a title of the same inner body (党组成员), else 0."""
    for body in _bodies():
        k = left.find(body)
        if k > 0 and right.startswith(body) and len(right) <= len(body) + 4:
            return k
    # 集团公司党委委员、纪委书记: a title of a sibling body (纪委 beside 党委) of the same organ.
    sibling = next((b for b in _bodies() if right.startswith(b) and len(right) <= len(b) + 4), None)
    ks = [k for b in _bodies() if (k := left.find(b)) > 0]
    return min(ks) if sibling and ks else 0


@cache
def _court_bodies() -> tuple[str, ...]:
    """Bodies inside a court or procuratorate (审判委员会) whose titles a list prints without the organ."""
    return tuple(load_lines("extract/data/appointment_court_bodies.txt"))


def _inner_body_organ(left: str, right: str) -> int:
    """Where the organ of `left` ends when `right` is a title of the same organ printed without it, else 0.

    县人民法院副院长 / 审判委员会委员 and 县人民法院审判委员会委员 / 审判员 → len(县人民法院);
    县人民政府副县长 / 代理县长 → len(县人民政府).
    """
    if starts_post(right):
        return 0
    if right.startswith("代理") and right[2:] in _head_titles():
        title = ends_with_title(left)
        organ = left[: -len(title)] if title in _head_titles() else ""
        return len(organ) if organ.endswith(_organ_words()) else 0
    body = next((b for b in _court_bodies() if b in left), None)
    if body is not None:
        # 审判委员会委员、审判员: a bare title of the court after the title of its inner body.
        organ = left[: left.find(body)]
        bare = ends_with_title(right) == right and not any(right.startswith(b) for b in _court_bodies())
        return len(organ) if bare and organ.endswith(_organ_words()) else 0
    title = ends_with_title(left)
    if not title or not any(right.startswith(b) for b in _court_bodies()):
        return 0
    organ = left[: -len(title)]
    return len(organ) if organ.endswith(_organ_words()) else 0


def _whole_post(s: str) -> bool:
    """True when a piece after 、 names its own organisation (市河湖长制办公室副主任), not a bare title."""
    if s in _head_titles():
        return True
    if len(s) < 6:
        return False
    return bool(starts_post(s)) or any(w in s[:-2] for w in _organ_words())


def _post_ok(p: str) -> bool:
    """A post: short text with no date or sentence punctuation, naming an organ or ending with a title."""
    mp = to_match(p)
    if not 2 <= len(p) <= 80 or DATE.search(mp) or re.search(r"[。;:,]|时间|试用期|的|请", mp):
        return False
    if mp == "公职" or starts_post(mp) or ends_with_title(mp):
        return True
    return any(w in mp for w in _organ_words())


def _skip_leads(m: str, s: int, e: int) -> int:
    """Skip words such as 决定 / 同意 that may open a clause before the person's name."""
    leads = _alternation("lead")
    opening = _opening_chars("lead")
    if s < e and opening is not None and m[s] not in opening:
        return s
    while True:
        lm = leads.match(m, s, e)
        if not lm:
            return s
        s = lm.end()
        while s < e and m[s] in " :,":
            s += 1


def _person_first(c: _Ctx, s: int, e: int) -> tuple[list[_Person], _Verb, int, bool] | None:
    """A clause that starts with the person: 张三任…, 孙 焜 任…, 张三：任…, | 白一琼 | 任… ."""
    m = c.m
    s = _skip_leads(m, s if c.strict else _after_unit_label(c, s, e), e)
    noted = _noted_person(c, s, e)
    if noted:
        return noted
    for p in range(s + 1, min(e, s + 24)):
        hit = verb_at(m, p)
        if not hit:
            continue
        prefix = m[s:p]
        # A dotted name (阿依古丽·买买提) is one person: the dot may stand inside the name.
        if re.search(r"[^\s\u4e00-\u9fff:：|·・•‧]", prefix):
            return None
        raw = squash(c.d[s:p]).rstrip(":：|")
        name = re.sub(r"同志$", "", raw.replace("|", ""))
        if len(name) < 2:
            continue
        if _blocked(name):
            return None
        delimited = bool(re.search(r"[\s:：|]", prefix)) or raw.endswith("同志")
        if c.strict and not delimited:
            return None
        if not _name_ok(name, delimited, c.known):
            continue
        if delimited and (plausible_name(name) or re.search(r"\s", prefix.strip())):
            c.known.add(name)
        v, end = hit
        return [_Person(name, (s, p))], v, end, delimited
    return None


# 张三同志（市发改委产业科科长）挂职任…: a bracket between the name and the verb gives the home post or a note.
_NAME_NOTE = re.compile(r"([\u4e00-\u9fff\s]{2,12}?)\s*\([^()]{1,40}\)\s*")


def _noted_person(c: _Ctx, s: int, e: int) -> tuple[list[_Person], _Verb, int, bool] | None:
    """A person whose name is followed by a bracketed note and then the verb: 张三同志（…）挂职任…"""
    nm = _NAME_NOTE.match(c.m, s, e)
    if not nm:
        return None
    hit = verb_at(c.m, nm.end())
    if not hit:
        return None
    name = re.sub(r"同志$", "", squash(c.d[nm.start(1) : nm.end(1)]))
    if _blocked(name) or not _name_ok(name, True, c.known):
        return None
    return [_Person(name, (s, nm.end()))], hit[0], hit[1], True


def _after_unit_label(c: _Ctx, s: int, e: int) -> int:
    """Skip a unit label set off by a colon before a row (杨树村：邓春生同志任…): the name follows it."""
    colon = c.m.find(":", s, min(e, s + 16))
    if colon < 0:
        return s
    label = squash(c.m[s:colon])
    if len(label) < 3 or label in c.known or not label.endswith(_organ_words()):
        return s
    # 王建村：任… — a verb right after the colon means the label was the person's name.
    after = colon + 1
    while after < e and c.m[after].isspace():
        after += 1
    return s if verb_at(c.m, after) else after


def _names_before(c: _Ctx, s: int, e: int, stop: str) -> tuple[list[_Person], int] | None:
    """Names listed in m[s:e] up to a delimiter (为, 同志, 的): 张三、李四为… → ([张三, 李四], after 为)."""
    m = c.m
    for k in range(s + 2, min(e, s + 40)):
        if not m.startswith(stop, k):
            continue
        people, a = [], s
        for cut in [*[i for i in range(s, k) if m[i] in "、,"], k]:
            name = re.sub(r"同志$", "", squash(c.d[a:cut]))
            if not _name_ok(name, True, c.known):
                people = []
                break
            people.append(_Person(name, (a, cut)))
            a = cut + 1
        if people:
            return people, k + len(stop)
    return None


def _verb_first(c: _Ctx, s: int, e: int, carry: list[_Person]) -> tuple[list[_Person], _Verb, int] | None:
    """A clause opening with its verb: 任命张三为…, 免去张三同志的…, 免去金山市…职务, or 免去…(carried)."""
    hit = verb_at(c.m, s)
    if not hit:
        return None
    v, p = hit
    while p < e and c.m[p] in " :":
        p += 1
    if not v.pattern.pattern.endswith("为"):
        got = _names_before(c, p, e, "为")
        if got:
            return got[0], v, got[1]
    # 免去张三兼任的…职务: the post the person held concurrently.
    for stop in ("同志兼任的", "兼任的", "同志的", "同志", "的"):
        got = _names_before(c, p, e, stop)
        if got:
            return got[0], v, got[1]
    if c.m.startswith("其", p) and carry:
        return carry, v, p + 1
    if carry:
        return carry, v, p
    if c.strict:
        return None
    body = squash(c.d[p:e])
    mbody = squash(c.m[p:e])
    tail = _POST_TAIL.search(mbody.rstrip(_TERMINAL_PUNCT))
    core = body[: tail.start()] if tail else body.rstrip(_TERMINAL_PUNCT)
    # 免去张三、李四县财政局副局长职务: names listed before the last one, which is glued to the post.
    *listed, last = core.split("、")
    if not all(_name_ok(n, True, c.known) for n in listed):
        return None
    hit2 = split_glued(last, c)
    if not hit2:
        return None
    people, q = [], p
    for name in [*listed, hit2[0]]:
        # Find where each name ends in the display text (it may hold spaces).
        a, seen = q, 0
        while q < e and seen < len(name):
            if not c.d[q].isspace():
                seen += 1
            q += 1
        people.append(_Person(name, (a, q)))
        q += 1 if q < e and c.m[q] == "、" else 0
    return people, v, people[-1].span[1]


def _effective(mi: str) -> str | None:
    """The printed start of a post in an item: 任职时间从2023年1月起算, 挂职时间…2024年1月至…"""
    for dm in DATE.finditer(mi):
        before = mi[max(0, dm.start() - 8) : dm.start()]
        after = mi[dm.end() : dm.end() + 3]
        if re.search(r"[从自]|时间", before) or re.match(r"\s*(起|开始|至|-|—)", after):
            return parse_match(dm)
    return None


def _clauses(c: _Ctx, s: int, e: int) -> list[tuple[int, int]]:
    """Cut an item at the commas and 、 that open a new verb or a modifier (任职时间…)."""
    cuts = []
    for i in outside_brackets(c.m, s, e, ",、"):
        j = i + 1
        while j < e and c.m[j] in " \n":  # a PDF wrap after the comma (…部长，/ 免去其…职务)
            j += 1
        if _MODIFIER.match(c.m, j) or verb_at(c.m, j) or (c.m[i] == "," and _next_row(c, j, e)):
            if not any((h := verb_at(c.m, k)) and h[1] > i for k in range(max(s, i - 6), i)):
                cuts.append(i)  # not inside a verb that spans the comma (试用期满，正式任命为)
    out, a = [], s
    for cut in cuts:
        out.append((a, cut))
        a = cut + 1
        while a < e and c.m[a] == "\n":
            a += 1
    out.append((a, e))
    return [(x, y) for x, y in out if c.m[x:y].strip()]


def _next_row(c: _Ctx, j: int, e: int) -> tuple[list[_Person], int] | None:
    """The people and post start of 李四为… after a comma: another row of the verb before (任命张三为A，李四为B)."""
    got = _names_before(c, j, e, "为")
    return got if got and verb_at(c.m, got[1]) is None else None


# 张三同志（…）到我县挂职 / 赴某镇挂职锻炼: a secondment clause whose post follows in the next clause (挂任…).
_SECONDED_TO = re.compile(
    r"(?:同意)?([\u4e00-\u9fff·]{2,12}?)(?:同志)?(?:[(（][^()（）]{1,40}[)）])?(?:到|赴|来|在)[^,，;；。]{0,20}?挂职(?:锻炼)?"
)


def _item_facts(
    c: _Ctx, s: int, e: int, carry: list[_Person], ev_start: int | None
) -> tuple[list[dict], list[_Person], bool]:
    """The facts of one item (text up to ；), the people it names, and whether the print delimits them."""
    facts: list[dict] = []
    mi = c.m[s:e]
    effective = _effective(mi)
    item_probation = bool(_PROBATION.search(mi))
    people, delimited = carry, False
    first = True
    last: _Verb | None = None
    for a, b in _clauses(c, s, e):
        if _MODIFIER.match(c.m, a):
            continue
        got = _person_first(c, a, b) if first else None
        bare = re.sub(r"同志$", "", squash(c.d[_skip_leads(c.m, a, b) : b]))
        away = _SECONDED_TO.fullmatch(bare) if first and got is None else None
        if away and _name_ok(away[1], True, c.known):
            # 同意张三同志（原单位职务）到我县挂职，挂任…: the clause names who the 挂任 after it is about.
            people, delimited, first = [_Person(away[1], (a, b))], True, False
            continue
        if first and got is None and not c.strict and _name_ok(bare, True, c.known):
            # 张三，任…；免去…: the name stands alone before the clauses about it.
            people, delimited, first = [_Person(bare, (a, b))], True, False
            continue
        if got is not None:
            people, v, vend, delimited = got
        else:
            vf = _verb_first(c, a, b, people)
            row = None if vf or first or last is None else _next_row(c, a, b)
            if row:
                vf = (row[0], last, row[1])  # 任命张三为A，李四为B: 李四 takes the verb of 张三
            if vf is None:
                first = False
                continue
            people, v, vend = vf
        last = v
        first = False
        action = _action(c, v.action, v.seconded)
        if action == "confirm" and v.action == "appoint" and item_probation:
            action = "appoint"  # a post taken on probation (试用期一年) is new, whatever the notice confirms
        if action == "appoint" and _ENDED.search(mi):
            action = "confirm"  # 张三同志任…试用期满，经考核合格，正式任职: the item confirms the post
        for post, probation, seconded in _posts(c, vend, b):
            for person in people:
                start = ev_start if ev_start is not None else min(person.span[0], s)
                facts.append(
                    c.doc.fact(
                        "appointment", (start, e), person=person.name, action=action, post=post,
                        probation=(probation or item_probation) and action == "appoint",
                        effective=effective, seconded=v.seconded or seconded,
                    )
                )
    return facts, people, delimited


_PROPOSED = {"appoint": "nominate", "confirm": "nominate", "remove": "nominate_remove"}


def _action(c: _Ctx, action: str, seconded: bool) -> str:
    """The action of a row given its document: confirmations after probation, proposals to a congress."""
    if c.confirm and action == "appoint" and not seconded:
        action = "confirm"
    return _PROPOSED.get(action, action) if c.propose else action


def _proposal_heading(c: _Ctx, s: int, e: int) -> bool:
    """A heading that puts the rows below to a congress (提请州人大常委会：), not 根据…的提请，决定："""
    body = squash(c.m[s:e])
    heads = "|".join(v.pattern.pattern for v in _rows("propose_heading"))
    return bool(heads) and body.endswith(":") and bool(re.search(rf"(?:^|[,;。])(?:{heads})[^,;。:]*:$", body))


def _section(c: _Ctx, s: int, e: int) -> _Verb | None:
    """A heading line that opens a list (任命：, 二、免职, 试用期满任职人员如下：)."""
    bm = _BULLET.match(c.m, s, e)
    body = squash(c.m[bm.end() if bm else s : e])
    if not body:
        return None
    if not _section_re().fullmatch(body):
        # 经县人民政府研究，决定任命：  — a sentence ending in a verb and a colon heads the rows too.
        tail = re.search(f"(?:{_section_re().pattern})$", body) if body.endswith(":") else None
        if tail is None:
            return None
        body = tail.group(0)
    for v in _table():
        if v.where in ("verb", "section", "context") and v.pattern.search(body):
            return v
    return None


def _line_facts(c: _Ctx, s: int, e: int, section: _Verb | None) -> list[dict]:
    """The facts of one display line; a person set off by the print (张三：…) carries over its items."""
    line_start = s
    bm = _BULLET.match(c.m, s, e)
    s = bm.end() if bm else s
    items = _cut_items(c, s, e)
    lead = _decided().match(c.m, items[0][0], items[0][1]) if items else None
    if lead and not c.strict:
        # "经县人民政府研究决定：覃小燕任…；" — the first row follows the decision on the same line.
        items[0] = (lead.end(), items[0][1])
    if len(items) == 1:
        # One item: the whole row is its evidence (| 白一琼 | 任…； |).
        items = [(items[0][0], e)]
    facts: list[dict] = []
    carry: list[_Person] = []
    for a, b in items:
        vm = verb_at(c.m, a)
        if vm and c.m[vm[1] : vm[1] + 1] == ":" and not c.strict:
            # 任命：张三为…；李四为…: a heading and its rows on one line.
            section = vm[0]
        ev = line_start if len(items) == 1 or carry else None
        got, people, delimited = _item_facts(c, a, b, carry, ev)
        if not got and section is not None and not c.strict:
            got, people = _section_item(c, a, b, section)
            delimited = True
        facts += got
        if got:
            # Only a name set off by a colon, a cell or spaces heads the items after it.
            carry = people if delimited else []
    return facts


# A decision sentence that heads the rows printed after its colon (经研究决定：, 现决定如下：).
# On a run-on web line the decision follows the 文号 and the addressees after gaps of spaces.
@lru_cache(maxsize=1)
def _decided() -> re.Pattern:
    """A decision sentence that heads the rows after its colon; 会议于…决定任命： stops before the verb."""
    # 根据《…组织法》第五十条的规定，…第十九次会议决定：a congress decision cites its law before the colon.
    verbs = "|".join(v.pattern.pattern for v in _rows("verb"))
    return re.compile(
        rf"(?:[^;。]*?[ \u3000]{{3,}})?[^:;。]{{0,120}}?(?:(?:决定|如下|以下(?:同志|人员)[^:;。,]{{0,10}})\s*:\s*"
        rf"|决定(?=(?:{verbs})\s*:))")


def _cut_items(c: _Ctx, s: int, e: int) -> list[tuple[int, int]]:
    cuts = outside_brackets(c.m, s, e, _ITEM_END)
    out, a = [], s
    for cut in cuts:
        out.append((a, cut + 1))
        a = cut + 1
    out.append((a, e))
    # An item opens at its first printed character (run-on web lines pad items with spaces).
    out = [(x + len(c.m[x:y]) - len(c.m[x:y].lstrip()), y) for x, y in out]
    return [(x, y) for x, y in out if _CJK.search(c.m, x, y)]


def _section_item(c: _Ctx, s: int, e: int, section: _Verb) -> tuple[list[dict], list]:
    """A row under a heading verb: 张三为市财政局局长 / 张三 市财政局局长 / 张三同志的…职务."""
    for stop in ("同志的", "同志为", "为", "同志", "的", " ", ","):
        got = _names_before(c, _after_unit_label(c, s, e), e, stop)
        if got:
            people, p = got
            action = _action(c, section.action, False)
            facts = [
                c.doc.fact("appointment", (s, e), person=who.name, action=action, post=post,
                           probation=probation and action == "appoint", effective=_effective(c.m[s:e]),
                           seconded=seconded)
                for post, probation, seconded in _posts(c, p, e)
                for who in people
            ]
            return facts, people
    return [], []


def _parse(c: _Ctx) -> list[dict]:
    doc = c.doc
    section: _Verb | None = None
    out: list[dict] = []
    base_confirm = c.confirm
    # Strict rows need a verb: where no lead word or verb starts, a line cannot give a fact.
    hits = [h.start() for h in _opening_re().finditer(c.m, doc.start, len(c.m))] if c.strict else []
    lines = list(doc.lines(max(doc.body_start, doc.start), doc.end))
    columns: dict[int, str] | None = None
    head_at: list[int] = []
    k = 0
    while k < len(lines):
        a, b = lines[k]
        k += 1
        if c.strict:
            h = bisect.bisect_left(hits, a)
            if h == len(hits) or hits[h] > b:
                continue
        if _TABLE_RULE.match(c.m[a:b]):
            continue
        if not c.strict and columns is None and (stacked := _stacked_table(c, lines, k - 1)) is not None:
            facts, k = stacked
            out += facts
            continue
        if not c.strict:
            head = _column_heads(c, a, b)
            if head is not None:
                columns = head
                head_at = _gap_starts(c, a, b)
                continue
            if columns is not None:
                cells = _cells(c.m, a, b, gaps=True)
                if cells and head_at and len(cells) < len(head_at):
                    cells = _align(c, a, b, cells, head_at)
                if cells:
                    out += _column_row(c, a, b, cells, columns)
                    continue
                columns = None
            if _proposal_heading(c, a, b):
                c.propose = True
                # …有关规定，提请任命：/ 提请免去： — the heading's verb heads the rows below it too.
                section = _section(c, a, b) or section
                continue
            while k < len(lines) and _continues(c, a, b, *lines[k]):
                # A row wrapped by a PDF column (…副局 / 长（任职时间从…）；): read it as one line.
                b = lines[k][1]
                k += 1
        sec = None if c.strict else _section(c, a, b)
        if sec is not None:
            section = sec
            c.confirm = base_confirm or sec.action == "confirm" or any(
                v.pattern.search(squash(c.m[a:b])) for v in _rows("context"))
            continue
        if section is not None and not c.strict and k < len(lines):
            stacked_row = _name_then_post(c, a, b, *lines[k], section)
            if stacked_row:
                out += stacked_row
                k += 1
                continue
        out += _line_facts(c, a, b, section)
    c.confirm = base_confirm
    return out


def _name_then_post(c: _Ctx, a: int, b: int, a2: int, b2: int, section: _Verb) -> list[dict]:
    """A row printed on two lines under a heading (任命： / 张三 / 县财政局局长): a name line, then its post."""
    if _CJK.search(c.m, a2, b2) is None or not _stacked_name(c, a, b) or verb_at(c.m, _skip_leads(c.m, a2, b2)):
        return []
    if _section(c, a2, b2) or _stacked_name(c, a2, b2):
        return []
    name = re.sub(r"同志$", "", squash(c.d[a:b]))
    action = _action(c, section.action, False)
    return [
        c.doc.fact("appointment", (a, b2), person=name, action=action, post=post,
                   probation=probation and action == "appoint", effective=_effective(c.m[a:b2]), seconded=seconded)
        for post, probation, seconded in _posts(c, a2, b2)
    ]


@lru_cache(maxsize=1)
def _column_table() -> tuple[tuple[re.Pattern, str], ...]:
    """Header cells of personnel tables and what their column holds (name, note, or an action)."""
    return tuple((re.compile(r["pattern"]), r["action"]) for r in load_table("extract/data/appointment_columns.tsv"))


def _cells(m: str, s: int, e: int, gaps: bool = False) -> list[tuple[int, int]]:
    """The cells of a table row, split on | (markdown) or TAB (HTML and Word tables), as spans.

    With `gaps`, a row with neither is split at runs of 3+ spaces: a table a PDF converter laid out in spaces.
    """
    row = m[s:e]
    sep = "|" if "|" in row else "\t" if "\t" in row else ""
    if not sep:
        return _gap_cells(m, s, e) if gaps and "   " in row else []
    a, b = s, e
    while a < b and m[a].isspace():
        a += 1
    while b > a and m[b - 1].isspace():
        b -= 1
    if sep == "|":
        # | a | b |: the outer bars close the row, they do not open empty cells.
        a += m[a] == "|"
        b -= b > a and m[b - 1] == "|"
    spans, x = [], a
    for i in range(a, b):
        if m[i] == sep:
            spans.append((x, i))
            x = i + 1
    spans.append((x, b))
    return spans


_GAP = re.compile(r"\S(?:\S| {1,2}(?=\S))*")


def _gap_cells(m: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cells of a space-laid row: text runs between gaps of 3+ spaces; 石    磊 (a padded name) stays one cell."""
    spans: list[tuple[int, int]] = []
    for g in _GAP.finditer(m, s, e):
        a, b = g.span()
        # Two single characters in a row are one two-character name padded to the width of three.
        if spans and b - a == 1 and spans[-1][1] - spans[-1][0] == 1 and is_han(m[a]) and is_han(m[spans[-1][0]]):
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def _width(text: str) -> int:
    """Printed width of text: a Chinese character takes two columns, as in a space-laid table."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _gap_starts(c: _Ctx, s: int, e: int) -> list[int]:
    """Printed columns where the cells of a space-laid header row start (empty for a | or TAB table)."""
    if "|" in c.m[s:e] or "\t" in c.m[s:e]:
        return []
    return [_width(c.d[s:a]) for a, _b in _gap_cells(c.m, s, e)]


def _align(c: _Ctx, s: int, e: int, cells: list[tuple[int, int]], head_at: list[int]) -> list[tuple[int, int]]:
    """Cells of a space-laid row with empty cells, each put under the header cell it starts nearest to."""
    if "|" in c.m[s:e] or "\t" in c.m[s:e]:
        return cells
    out: list[tuple[int, int]] = [(e, e)] * len(head_at)
    last = -1
    for a, b in cells:
        at = _width(c.d[s:a])
        i = min(range(len(head_at)), key=lambda j: abs(head_at[j] - at))
        if i <= last:
            return cells
        out[i], last = (a, b), i
    return out


def _column_heads(c: _Ctx, s: int, e: int) -> dict[int, str] | None:
    """The columns of a header row naming the person and at least one action (| 姓名 | 拟任职务 | 免去职务 |)."""
    cells = _cells(c.m, s, e, gaps=True)
    if len(cells) < 2:
        return None
    heads: dict[int, str] = {}
    for i, (a, b) in enumerate(cells):
        cell = squash(c.m[a:b])
        for pattern, action in _column_table():
            if pattern.search(cell):
                heads[i] = action
                break
    kinds = set(heads.values())
    if "verb" in kinds:
        # 姓名 | 职务 | 任免方式: the verb cell acts on the post cell, whatever that column is called.
        heads = {i: "post" if h == "clause" else h for i, h in heads.items()}
        kinds = set(heads.values())
        if "post" not in kinds:
            return None
    else:
        heads = {i: h for i, h in heads.items() if h != "post"}  # a bare 职务 is the current post
        kinds = set(heads.values())
    if "name" not in kinds or not (kinds - {"name", "note", "post"}):
        return None
    return heads


def _line_head(c: _Ctx, a: int, b: int) -> str | None:
    """What column a line holding one header cell names (姓名 → name, 任职 → appoint), or None."""
    cell = squash(c.m[a:b])
    if not cell or len(cell) > 8:
        return None
    return next((action for pattern, action in _column_table() if pattern.search(cell)), None)


def _stacked_table(c: _Ctx, lines: list[tuple[int, int]], k: int) -> tuple[list[dict], int] | None:
    """A Word table flattened to one cell a line (姓名 / 任职 / 免职 / 张三 / …): its facts and the next line.

    A row opens at a name and fills the columns in order; an empty cell left no line, so a row that ends early
    leaves its last columns empty.
    """
    if _line_head(c, *lines[k]) != "name":
        return None
    heads: dict[int, str] = {0: "name"}
    j = k + 1
    while j < len(lines) and (h := _line_head(c, *lines[j])) not in (None, "name"):
        heads[len(heads)] = h
        j += 1
    if len(heads) < 2:
        return None
    facts: list[dict] = []
    issuer = to_match(squash(c.doc.issuer or ""))
    while j < len(lines) and _stacked_name(c, *lines[j]):
        row = [lines[j]]
        j += 1
        while j < len(lines) and len(row) < len(heads) and not _stacked_name(c, *lines[j]):
            cell = squash(c.m[slice(*lines[j])])
            if cell == issuer or DATE.search(cell) or not _post_ok(squash(c.d[slice(*lines[j])])):
                break
            row.append(lines[j])
            j += 1
        facts += _column_record(c, row[0][0], row[-1][1], row, {v: i for i, v in heads.items()})
    return facts, j


def _stacked_name(c: _Ctx, a: int, b: int) -> bool:
    """True when a line of a flattened table is a person's name cell."""
    name = re.sub(r"同志$", "", squash(c.d[a:b]))
    return _name_ok(name, True, c.known) and not ends_with_title(to_match(name))


def _column_groups(heads: dict[int, str]) -> list[dict[str, int]]:
    """The records of a header row: one per name column (a two-column page repeats 姓名 | 职务 side by side)."""
    groups: list[dict[str, int]] = []
    for i in sorted(heads):
        if heads[i] == "name" or not groups:
            groups.append({})
        groups[-1].setdefault(heads[i], i)
    return [g for g in groups if "name" in g]


def _column_row(c: _Ctx, s: int, e: int, cells: list[tuple[int, int]], heads: dict[int, str]) -> list[dict]:
    """The facts of one row of a personnel table: one per post in each action column of each record."""
    facts = []
    for col in _column_groups(heads):
        facts += _column_record(c, s, e, cells, col)
    return facts


def _column_record(c: _Ctx, s: int, e: int, cells: list[tuple[int, int]], col: dict[str, int]) -> list[dict]:
    """The facts of one person's record in a table row (col: action → cell index)."""
    if col["name"] >= len(cells):
        return []
    name = re.sub(r"同志$", "", squash(c.d[slice(*cells[col["name"]])]))
    if not _name_ok(name, True, c.known):
        return []
    note = squash(c.m[slice(*cells[col["note"]])]) if col.get("note", len(cells)) < len(cells) else ""
    if col.get("probation", len(cells)) < len(cells):
        # A 试用期 column holds the term alone (一年), or a placeholder (—, 无) for a row without one.
        note += "试用期" + squash(c.m[slice(*cells[col["probation"]])])
    facts = []
    if col.get("verb", len(cells)) < len(cells):
        verb = _cell_verb(c, *cells[col["verb"]])
        rest = {k: i for k, i in col.items() if k not in ("verb", "post")}
        col = {**rest, verb: col["post"]} if verb and "post" in col else rest
    for action, i in col.items():
        if action in ("name", "note", "probation") or i >= len(cells):
            continue
        if action == "clause":
            facts += _clause_cell(c, s, e, cells[i], _Person(name, cells[col["name"]]), note)
            continue
        for action2, a, b in _concurrent_pieces(c, action, *cells[i]):
            act = _action(c, action2, False)
            for post, probation, seconded in _posts(c, a, b):
                facts.append(c.doc.fact(
                    "appointment", (s, e), person=name, action=act, post=post,
                    probation=(probation or bool(_PROBATION.search(note))) and act == "appoint",
                    effective=_effective(c.m[s:e]), seconded=seconded or "挂职" in note))
    return facts


def _cell_verb(c: _Ctx, a: int, b: int) -> str | None:
    """The action a verb cell names (决定任命 → appoint, 接受辞职 → resign), or None."""
    cell = squash(c.m[a:b])
    for v in _table():
        if v.where in ("verb", "section", "context") and v.pattern.search(cell):
            return v.action
    return None


def _clause_cell(c: _Ctx, s: int, e: int, cell: tuple[int, int], who: _Person, note: str) -> list[dict]:
    """The facts of a cell of clauses about the row's person (任副院长，免去医务科科长职务)."""
    facts = []
    for x, y in _cut_items(c, *cell):
        mi = c.m[x:y]
        for a, b in _clauses(c, x, y):
            vf = None if _MODIFIER.match(c.m, a) else _verb_first(c, a, b, [who])
            if vf is None:
                continue
            people, v, vend = vf
            act = _action(c, v.action, v.seconded)
            if act == "appoint" and _ENDED.search(mi):
                act = "confirm"
            probation = bool(_PROBATION.search(mi + note))
            for post, prob, seconded in _posts(c, vend, b):
                facts += [c.doc.fact(
                    "appointment", (s, e), person=p.name, action=act, post=post,
                    probation=(prob or probation) and act == "appoint", effective=_effective(c.m[s:e]),
                    seconded=seconded or v.seconded or "挂职" in note) for p in people]
    return facts


_CELL_CONCURRENT = re.compile(r"(?:\s+|[,、])兼任?(?=[\u4e00-\u9fff])")


def _concurrent_pieces(c: _Ctx, action: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """An 任职 cell cut where a line of it opens with 兼 (党工委书记<br>兼人大工委主任): the rest is concurrent."""
    if action != "appoint":
        return [(action, a, b)]
    out, x, act = [], a, action
    for cm in _CELL_CONCURRENT.finditer(c.m, a, b):
        out.append((act, x, cm.start()))
        x, act = cm.end(), "concurrent"
    out.append((act, x, b))
    return out


def _continues(c: _Ctx, a: int, b: int, a2: int, b2: int) -> bool:
    """True when a row with a verb breaks off mid-item and the next line ends it (a PDF column wrap)."""
    line, nxt = c.m[a:b].rstrip(), c.m[a2:b2].strip()
    if not line or not nxt or line[-1] in _ITEM_END + ":" or not outside_brackets(c.m, a2, b2, _ITEM_END):
        return False
    if line[0] == "(" and line[-1] == ")":
        return False  # a bracketed line is a note of its own (（…会议通过）), not a row broken off
    if line[-1] == "," and _OF_SAME_PERSON.match(nxt) and _opening_re().search(line):
        return True  # 任A，/ 免去其B职务: 其 is the person of the line above, so the wrap is one row
    if not _opening_re().search(line) or _BULLET.match(nxt).end() or verb_at(nxt, 0) or _section(c, a, b):
        return False
    return _person_first(c, a2, b2) is None


# A clause whose person is 其 (免去其…职务, 兼任其…): it continues the row of the line above.
_OF_SAME_PERSON = re.compile(r"(?:并|同时)?(?:免去|不再担任|兼任)其")

# A PDF that letter-spaces a roster prints a space after every character (免 去 黄 志 坚 的 …): six such pairs in a row.
_LETTER_SPACED = re.compile(r"(?:[\u4e00-\u9fff(),;:。、，；（）：] ){6,}[^ ]")
_INNER_SPACE = re.compile(r"(?<=\S) (?=\S)")


def _close_letter_spacing(doc: Doc, m: str, d: str) -> tuple[str, str]:
    """The texts with letter-spaced lines closed up, the spaces moved to the line end, so offsets stay put."""
    if not _LETTER_SPACED.search(m, doc.start, doc.end):
        return m, d
    ms, ds = list(m), list(d)
    for a, b in doc.lines(doc.start, doc.end):
        if not _LETTER_SPACED.search(m, a, b):
            continue
        for text, out in ((m, ms), (d, ds)):
            line = text[a:b]
            closed = _INNER_SPACE.sub("", line)
            out[a:b] = closed + " " * (len(line) - len(closed))
    return "".join(ms), "".join(ds)


# A second title line of a congress list under the issuer's name (淮澄县人民代表大会常务委员会 / 任免名单).
_LIST_HEADING = re.compile(r"[^。;,:]{0,30}(?:任免名单|任免事项|人事任免名单|任免人员名单)")


def _list_heading(doc: Doc) -> bool:
    """True when one of the first lines of the document is a 任免名单 heading."""
    for k, (a, b) in enumerate(doc.lines()):
        if k >= 3:
            return False
        if _LIST_HEADING.fullmatch(squash(doc.text.match[a:b])):
            return True
    return False


# 以上同志中，张三、李四试用期一年 / 上述人员试用期为一年: a note after the rows puts named (or all) appointees
# on probation.
_GROUP_PROBATION = re.compile(
    r"(?:以上|上述)(?:任职|任命|新任|提任)?(?:的)?(?:同志|人员|干部)?中?\s*[,:]?\s*(?P<names>[^。;:,\n]{0,60}?)"
    r"(?:同志)?(?:的)?试用期(?!满)均?为?[一二三两半\d]"
)


def _noted_probation(c: _Ctx, facts: list[dict]) -> None:
    """Set probation on the appointees a trailing note names (以上同志中，张三、李四试用期一年)."""
    for gm in _GROUP_PROBATION.finditer(c.m, c.doc.start, c.doc.end):
        listed = squash(c.d[gm.start("names") : gm.end("names")])
        names = {re.sub(r"同志$", "", n) for n in re.split(r"[、,和及]", listed)}
        names.discard("")
        if names and not all(_name_ok(n, True, c.known) for n in names):
            continue
        for f in facts:
            if f["action"] == "appoint" and (not names or f["person"] in names):
                f["probation"] = True


def parse(doc: Doc, ctx: dict) -> Iterator[dict]:
    """Yield the appointment facts of `doc`: all 任免 rows of a personnel notice, strict rows elsewhere."""
    known = ctx.setdefault("known_names", set())
    title = to_match(squash(doc.title or ""))
    # A file with no 文号 is front matter to the splitter; its title still says whether it is a 任免 notice.
    untitled = bool(doc.extra.get("front_matter")) and classify(doc.title or "") == "appointment"
    titled = any(v.pattern.search(title) for v in _rows("title")) or _list_heading(doc)
    strict = doc.kind != "appointment" and not untitled and not titled
    if strict and not re.search(r"任命|免去|任免|提名|聘任|挂职任|挂任", doc.text.match[doc.start : doc.end]):
        return
    confirm = any(v.pattern.search(title) for v in _rows("context"))
    propose = any(v.pattern.search(title) for v in _rows("propose"))
    seen_posts: set[str] = ctx.setdefault("appointment_posts", set())
    m, d = _close_letter_spacing(doc, doc.text.match, doc.text.disp)
    c = _Ctx(doc=doc, m=m, d=d, known=known, posts_seen=seen_posts,
             stems=_place_stems(doc.issuer), confirm=confirm, strict=strict, propose=propose)
    facts = _parse(c)
    if not strict:
        # Posts printed after an unambiguous name help split the glued ones: read the notice again.
        seen_posts.update(f["post"] for f in facts)
        c.propose = propose
        facts = _parse(c)
        _noted_probation(c, facts)
    yield from facts

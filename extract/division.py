"""Division of labour (领导分工): `oversight` facts — which agencies and areas each leader oversees,
liaises with or assists with, what changed (新增 / 不再), and the AB角 backup pairs.

A leader block opens with a leader line (乔小军 旗委副书记、旗长; 王建林政府三级调研员 glued;
张三（副市长）：… inline) and goes on with sentences led by cues (分管, 联系, 协助…负责, 负责,
新增…, 不再…; the table is extract/data/oversight_verbs.tsv).  A cue's list runs to the next cue or
the end of the sentence; it is split at the 、 and ，that stand outside brackets, one fact per target.
A bracketed alias or scope that ends a target (市文化和旅游局(市文物局), 旗工业和信息化局(对外贸易工作))
is dropped, a bracket inside a name (内蒙古电力(集团)有限责任公司) is kept; "X等Y" keeps X (Y names
the category X belongs to); areas lose their trailing 等方面工作 / 方面工作 / 工作.

Choices where the contract is silent:
- 负责 (a leader's own areas) gives `oversees`: the leader answers for those areas (there is no
  "responsible" relation).  主持/领导…全面工作 and 完成…交办的其它工作 give nothing.
- 协助…分管X gives `assists` X.  协助张三同志工作 (assisting a person, not an area) gives nothing.
- AB角 pairs are symmetric (互为AB角: either stands in for the other), so each pair gives a backup fact in
  both directions; an A角 with two B角 backs up, and is backed up by, each of them.
- Every fact carries `change` (added for 新增, removed for 不再, else null) and `cue` (the cue as printed);
  assists facts carry `assisting`, whom the leader assists as printed (市长, 市委常委、副市长华瑞锋).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from extract.documents import Doc
from extract.names import blank_annotations, ends_with_title, plausible_name, split_name_post, split_post_name
from extract.patterns import ENUMERATOR, split_outside_brackets, with_first_chars
from extract.text import squash, to_match
from extract.vocab import load_lines, load_table

# A cue only opens a clause: at the start of a line or after punctuation or a space (not 其分管领域).
_BOUNDARY = "。;；,，:：\n \t)）—–－"
# A list ends with its sentence or its table cell.
_SENTENCE_END = "。;；|\t"
_OPEN, _CLOSE = "(（[【", ")）]】"
# "X等Y": 等 ends an enumeration, except inside words such as 高等/中等/同等 (高等专科学校) or 等级.
_ETC = re.compile(r"(?<![高中初平同对均])等(?!级|同)")
_AREA_TAIL = re.compile(r"(?:等?方面)?(?:的)?工作$|等?方面$")
_AB_HEADER = re.compile(r"A\s*角.{0,20}?B\s*角")
_AB_INLINE = re.compile(
    r"A\s*角\s*[:：]?\s*(?P<a>[^:：;；B]+?)\s*[,，;；\s]\s*B\s*角\s*[:：]?\s*(?P<b>[^:：;；。]+)"
)
_OWN_BACKUP = re.compile(r"[\s\-•·*■□●○◆◇▲△►▶]*(?:A\s*[、/]?\s*B\s*角|B\s*角)(?:领导)?\s*[:：]\s*")
# "A、B角：张三—李四；王五—赵六": pairs listed after the label, each joined by a dash (or 与/和).
_PAIR_JOIN = re.compile(r"\s*(?:[—–－~～\-]+|与|和)\s*")
_PAIR_ITEM_SEP = re.compile(r"[;；,，。]")
_NAME_SEP = re.compile(r"[、,，/\s]+")
_CELL_SEP = re.compile(r"\t+|\s*\|\s*|[ \u3000]{2,}")
_BULLET = re.compile(r"^[\s\-•·*#>|—–－■□●○◆◇▲△►▶]*")
# The same bullets, for .match at a line's offset (^ would only match at the start of the text).
_LEAD = re.compile(r"[\s\-•·*#>|—–－■□●○◆◇▲△►▶]*")
_MAX_LEADER = 60
_ITEM_MARK = re.compile(r"\s*[■□●○◆◇▲△►▶•]")
# Words that stand before the first name of an AB角 pair sentence (由/请 X与Y互为AB角).
_PAIR_LEAD = re.compile(r"[由请即并将]")
# "，改由副县长张三同志" between a 不再… clause and its cue: someone else takes the targets over.
_TAKEOVER = re.compile(r"[,，\s]*(?:改由|改为由|交由)(?P<who>[^,，。;；]{2,40}?)(?:同志)?\s*")


@dataclass(frozen=True)
class Cue:
    """One row of the cue table."""

    pattern: str
    relation: str
    change: str | None
    list_kind: str


@lru_cache(maxsize=1)
def cues() -> tuple[Cue, ...]:
    """The cue table of extract/data/oversight_verbs.tsv, in file order (first match wins)."""
    return tuple(
        Cue(r["cue"], r["relation"], r["change"] or None, r["list"])
        for r in load_table("extract/data/oversight_verbs.tsv")
        if r["list"] != "not_target"
    )


@lru_cache(maxsize=1)
def _not_target() -> re.Pattern:
    """Targets that name a role rather than an area (全面工作, 常务工作)."""
    rows = [r["cue"] for r in load_table("extract/data/oversight_verbs.tsv") if r["list"] == "not_target"]
    return re.compile("|".join(f"(?:{p})" for p in rows))


@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern:
    """All list cues as one alternation, group c<i> naming row i; the whom groups are renamed per row."""
    alts = []
    for i, c in enumerate(cues()):
        if c.list_kind == "pair":
            continue
        alts.append(f"(?P<c{i}>{c.pattern.replace('(?P<whom>', f'(?P<w{i}>')})")
    return re.compile(with_first_chars("|".join(alts)))


@lru_cache(maxsize=1)
def _pair_re() -> re.Pattern:
    """'X与Y互为AB角': two names joined by 与/和/、 before a pair cue."""
    cue = "|".join(c.pattern for c in cues() if c.list_kind == "pair")
    # A name never runs over its 同志; a post may stand before it (副镇长阿力木江·热合曼).
    # Nor over 与, which would swallow the pair into one side (实行AB角制度，X与Y互为AB角).
    name = r"(?:(?!同志|与)[\u3400-\u9fff\s·]){2,16}?"
    return re.compile(rf"(?P<a>{name})(?:同志)?\s*(?:与|和|、|,|，)\s*(?P<b>{name})(?:同志)?\s*(?:{cue})")


# "原由副市长张三同志联系的市气象局，改由副市长李四同志联系": a handover written as one sentence.
_HANDOVER = re.compile(
    r"原由(?P<old>[^,，。;；:：]{2,30}?)(?:同志)?(?:分管|联系|负责)的(?P<list>[^。;；]{2,120}?)[,，]\s*"
    r"(?:改由|改为由|调整由|交由|现由)(?P<new>[^,，。;；:：]{2,30}?)(?:同志)?(?P<verb>分管|联系|负责)"
)


# "二、农业农村工作改由副镇长李四同志分管": a clause that hands areas over without naming who gave them up.
_HANDOVER_TO = re.compile(
    r"(?P<list>(?:(?!分管|联系|负责|协助)[^,，。;；:：\n]){2,60}?)[,，]?\s*(?:改由|改为由|调整由|交由)(?P<new>[^,，。;；:：]{2,30}?)(?:同志)?"
    r"(?P<verb>分管|联系|负责)\s*[。;；]?\s*"
)


@lru_cache(maxsize=1)
def _leader_tail() -> re.Pattern:
    """The words after a leader named in a sentence (分管工作调整为), from extract/data/division_leader_tails.txt."""
    return re.compile("(?:" + "|".join(load_lines("extract/data/division_leader_tails.txt")) + r")\s*$")


@dataclass
class Leader:
    """The leader a block is about: name and posts as printed after the name."""

    name: str
    post: str | None


def _cue_index(mm: re.Match) -> int:
    """The row of the cue table a match of `_cue_re` comes from (its c<i> group)."""
    return int(next(k for k, v in mm.groupdict().items() if v is not None and k.startswith("c"))[1:])


def _post_name_before(m: str, start: int, end: int) -> bool:
    """Whether m[start:end] ends with a clause that is a post and then a name (（一）副县长王海涛)."""
    cut = max(m.rfind(c, start, end) for c in _BOUNDARY) + 1
    seg = m[max(cut, start) : end]
    enum = ENUMERATOR.match(seg)
    seg = seg[enum.end() :] if enum else seg
    return 3 <= len(seg) <= 20 and split_post_name(seg) is not None


def _name_post_before(m: str, start: int, end: int) -> bool:
    """Whether m[start:end] ends with a clause that is a name and then a post (陈海鹰副市长不再分管…)."""
    cut = max(m.rfind(c, start, end) for c in _BOUNDARY) + 1
    seg = m[max(cut, start) : end]
    enum = ENUMERATOR.match(seg)
    seg = seg[enum.end() :] if enum else seg
    glued = split_name_post(seg) if 4 <= len(seg) <= 20 else None
    return glued is not None and _post_ok(glued[1])


def _find_cues(m: str, start: int, end: int) -> list[tuple[Cue, re.Match]]:
    """Cue matches in m[start:end] that open a clause."""
    out = []
    table = cues()
    for mm in _cue_re().finditer(m, start, end):
        if (mm.start() > start and m[mm.start() - 1] not in _BOUNDARY and m[mm.start() - 2 : mm.start()] != "同志"
                and not _post_name_before(m, start, mm.start()) and not _name_post_before(m, start, mm.start())):
            continue  # …同志不再分管 / 副县长王海涛不再分管: a sentence naming the leader opens the clause too
        out.append((table[_cue_index(mm)], mm))
    return out


def _strip_name(s: str) -> str:
    """A name cell without whitespace, bullets, 同志 and bold markers."""
    s = squash(blank_annotations(_BULLET.sub("", s))).strip("*")
    return s[:-2] if s.endswith("同志") else s


def _post_ok(post: str) -> bool:
    """A post list ends with a title word (副旗长), brackets such as (挂职) aside."""
    core = re.sub(r"[(（][^()（）]*[)）]$", "", post)
    return bool(core) and ends_with_title(core) is not None


def _leader(head: str, known: set[str], inline: bool = False) -> Leader | None:
    """Read a leader line (name and posts, in any of the printed orders), or None.

    `inline`: the head stands before cues on the same line (张三：负责…), where a bare name is enough.
    """
    # Table cells (| 张三 | 副县长 |) and outline markers (一、张三 副县长) frame a leader line.
    head = _BULLET.sub("", head.replace("|", " ").replace("*", "")).strip().rstrip(":：").strip()
    # 副县长：张三 — a colon between the post and the name sets them apart like a space.
    head = re.sub(r"\s*[:：]\s*", " ", blank_annotations(head)).strip()
    enum = ENUMERATOR.match(to_match(head))
    if enum:
        head = head[enum.end() :].strip()
    tail = _leader_tail().search(to_match(head))
    if tail and tail.start():
        head = head[: tail.start()].strip()  # 副市长张三同志分管工作调整为 → 副市长张三同志
    if not head or len(head) > _MAX_LEADER or re.search(r"[。;；,，]", head):
        return None
    # 张三（副市长）
    br = re.fullmatch(r"(?P<n>[^(（]{2,12})[(（](?P<p>.+)[)）]", head)
    if br and plausible_name(_strip_name(br.group("n"))) and _post_ok(squash(br.group("p"))):
        return Leader(_strip_name(br.group("n")), squash(br.group("p")))
    if br and len(squash(br.group("p"))) <= 4 and not plausible_name(_strip_name(br.group("n"))):
        # 副县长任国平（常务）: a qualifier of the post printed after the name.
        got = _leader(br.group("n"), known, inline)
        if got and got.post:
            return Leader(got.name, f"{got.post}({squash(br.group('p'))})")
    toks = head.split()
    if len(toks) >= 2:
        # 乔小军 旗委副书记、旗长 / 李 贵 副旗长 (two-character names are padded with a space)
        for k in (2, 1):
            if len(toks) > k and (k == 1 or all(len(t) == 1 for t in toks[:k])):
                name, post = _strip_name("".join(toks[:k])), squash("".join(toks[k:]))
                if plausible_name(name) and _post_ok(post):
                    return Leader(name, post)
        # 副市长 张三
        name, post = _strip_name(toks[-1]), squash("".join(toks[:-1]))
        if plausible_name(name) and _post_ok(post):
            return Leader(name, post)
    flat = squash(head)
    if flat.endswith("同志") and plausible_name(flat[:-2]):
        return Leader(flat[:-2], None)
    if inline and plausible_name(flat):
        # 副镇长阿力木江·热合曼: a dotted name is plausible at any length, so a post before it must be split off.
        back = split_post_name(flat, known)
        if back and _post_ok(back[0]) and len(back[0]) >= 2:
            return Leader(back[1], back[0])
        return Leader(flat, None)
    if flat.endswith("同志"):
        flat = flat[:-2]  # 副县长马向东同志 (an adjustment notice names the leader in a sentence)
    glued = split_name_post(flat, known)
    if glued and _post_ok(glued[1]):
        return Leader(*glued)
    back = split_post_name(flat, known)
    if back and _post_ok(back[0]) and len(back[0]) >= 2:
        return Leader(back[1], back[0])
    return None




def _drop_etc(m: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of m[a:b] left when each "等Y" category (up to the next ，) is cut out."""
    keep = []
    for s, e in split_outside_brackets(m, a, b, ",，"):
        mm = _ETC.search(m, s, e)
        depth = 0
        while mm:
            # Only a 等 outside brackets ends the enumeration.
            depth = sum(1 if c in _OPEN else -1 if c in _CLOSE else 0 for c in m[s : mm.start()])
            if depth == 0:
                break
            mm = _ETC.search(m, mm.end(), e)
        keep.append((s, mm.start() if mm else e))
    return keep


def _trim(m: str, a: int, b: int, areas: bool) -> tuple[int, int]:
    """Shrink a target span: outer spaces and punctuation, a closing bracket group, an area's 工作 tail."""
    while a < b and m[a] in " \t\n:：、,，|":
        a += 1
    while b > a and m[b - 1] in " \t\n。.;；、,，|":
        b -= 1
    while b > a and m[b - 1] in _CLOSE:
        depth, i = 0, b - 1
        while i >= a:
            depth += 1 if m[i] in _CLOSE else -1 if m[i] in _OPEN else 0
            if depth == 0:
                break
            i -= 1
        # 学生工作部(处): one character in brackets names the same body's twin unit, never an alias.
        if i <= a or b - i == 3:
            break
        b = i
        while b > a and m[b - 1] in " \t\n":
            b -= 1
    # No agency name ends with 工作, so an agency list's 工作 tail marks areas too (协助乡长分管安全生产工作).
    if areas or m[a:b].endswith("工作"):
        tail = _AREA_TAIL.search(squash(m[a:b]))
        if tail:
            drop = len(tail.group(0))
            while drop and b > a:
                if not m[b - 1].isspace():
                    drop -= 1
                b -= 1
    return a, b


def _targets(m: str, a: int, b: int, areas: bool) -> list[tuple[int, int]]:
    """The target spans of the list m[a:b]: 等-categories cut, split at 、，, trimmed."""
    out = []
    for s, e in _drop_etc(m, a, b):
        for x, y in split_outside_brackets(m, s, e, "、,，"):
            x, y = _trim(m, x, y, areas)
            if y - x >= 2 or (y > x and not areas and not m[x:y].isascii()):
                out.append((x, y))
    return out


def _list_end(m: str, a: int, limit: int, areas: bool) -> int:
    """Where a cue's list ends: the sentence end, the next cue (given as limit) or, for areas, 工作."""
    end = limit
    for i in range(a, limit):
        if m[i] in _SENTENCE_END:
            end = i
            break
    if areas:
        w = re.compile(r"工作(?=[。;；,，\n\s]|$)").search(m, a, end)
        if w:
            end = w.end()
    return end


def _whom(cue: Cue, mm: re.Match) -> tuple[int, int] | None:
    """The span of whom an assisting cue names (市长), or None for cues without one."""
    key = f"w{cues().index(cue)}"
    if key not in mm.re.groupindex or mm.group(key) is None:
        return None
    return mm.span(key)


def _head_leader(doc: Doc, a: int, b: int, known: set[str], inline: bool) -> Leader | None:
    """The leader printed in disp[a:b], or in its last sentence (run-on: …如下:苏翠芳 市委常委、副市长)."""
    disp = doc.text.disp
    if b <= a:
        return None
    found = _leader(disp[a:b], known, inline)
    if found is not None:
        return found
    # Run-on text: the rightmost run of 1–4 space-separated tokens that reads as name + posts.
    toks = list(re.finditer(r"\S+", disp[a:b]))
    for j in range(len(toks) - 1, -1, -1):
        for i in range(j, max(-1, j - 4), -1):
            if re.search(r"[。;；,，:：]", toks[i].group()):
                break
            cand = _leader(disp[a + toks[i].start() : a + toks[j].end()], known)
            if cand and cand.post:
                return cand
    return None


def _clause_facts(doc: Doc, cur: list[Leader], a: int, b: int, known: set[str]) -> Iterator[dict]:
    """The facts of the cue clauses in disp[a:b]; a leader printed between two clauses takes over.

    `cur` holds the current leader and is updated in place, since run-on text carries several blocks.
    """
    m, disp = doc.text.match, doc.text.disp
    found = _find_cues(m, a, b)
    prev_end = a
    handed: list[tuple[int, int]] = []
    handed_from = a
    leaders = [(a, cur[0])]  # who leads from where: a pair sentence (与李四互为AB角) pairs with its block's leader
    for k, (cue, mm) in enumerate(found):
        taker = _TAKEOVER.fullmatch(m, prev_end, mm.start()) if k else None
        new = None if taker else _head_leader(doc, prev_end, mm.start(), known, inline=False) if k else None
        if new:
            cur[0] = new
            known.add(new.name)
            leaders.append((prev_end, new))
        leader = cur[0]
        limit = found[k + 1][1].start() if k + 1 < len(found) else b
        areas = cue.list_kind == "areas"
        end = _list_end(m, mm.end(), limit, areas)
        hand = m.find("改由", mm.end(), end)
        end = hand if hand >= 0 else end  # 不再分管X，改由Y分管: X is the list, Y takes it over
        prev_end = end
        # 联系X调整为联系Y / 分管X调整为Y: X is given up, Y taken on.
        swap = m.find("调整为", mm.end(), end) if cue.change is None and not cue.relation.startswith("no_") else -1
        if swap > mm.end():
            rest = swap + 3
            rest += len(mm.group(0)) if m.startswith(mm.group(0), rest) else 0
            pairs = [(f"no_longer_{cue.relation}", "removed", _targets(m, mm.end(), swap, areas)),
                     (cue.relation, "added", _targets(m, rest, end, areas))]
            cue_text = squash(disp[mm.start() : mm.end()])
            for relation, change, spans in pairs:
                for x, y in spans:
                    target = squash(disp[x:y])
                    if target and not _not_target().fullmatch(to_match(target)):
                        yield doc.fact("oversight", (mm.start(), end), person=cur[0].name, person_post=cur[0].post,
                                       relation=relation, target=target, change=change, cue=cue_text)
            continue
        spans = _targets(m, mm.end(), end, areas)
        if taker:
            # "改由副县长马向东同志分管": the one who takes over what the clause before gave up.
            got = _leader(doc.text.disp[taker.start("who") : taker.end("who")], known, inline=True)
            if got is None or spans:
                continue
            leader, spans, start = got, handed, handed_from
        else:
            start = mm.start()
        handed, handed_from = (spans if cue.change == "removed" else []), mm.start()
        whom = _whom(cue, mm)
        # The cue as printed without whom it names: 协助市长负责 → 协助负责.
        cut = whom or (mm.end(), mm.end())
        cue_text = squash(disp[mm.start() : cut[0]] + disp[cut[1] : mm.end()])
        for x, y in spans:
            target = squash(disp[x:y])
            if not target or _not_target().fullmatch(to_match(target)):
                continue
            fact = doc.fact(
                "oversight", (start, end), person=leader.name, person_post=leader.post,
                relation=cue.relation, target=target, change=cue.change,
                cue=cue_text,
            )
            if cue.relation.endswith("assists"):
                fact["assisting"] = (squash(disp[whom[0] : whom[1]]) or None) if whom else None
            yield fact
    for pm in _WITH_PAIR.finditer(m, a, b):
        other = _names(disp[pm.start("b") : pm.end("b")])
        leader = [ld for at, ld in leaders if at <= pm.start()][-1]
        if len(other) == 1:
            yield from _backup(doc, (pm.start(), pm.end()), [leader.name], other, {leader.name: leader.post})
    for pm in _OWN_PAIR.finditer(m, a, b):
        other = _names(disp[pm.start("b") : pm.end("b")])
        leader = [ld for at, ld in leaders if at <= pm.start()][-1]
        if len(other) == 1 and other[0] != leader.name:
            yield from _backup(doc, (pm.start(), pm.end()), [leader.name], other, {leader.name: leader.post})


# "…联系新村社区。与韦丽娟互为AB角。": in a leader's block the pair names only the other one.
_WITH_PAIR = re.compile(
    r"(?:^|(?<=[。;；,，\s]))(?:并|且)?(?:与|和|同)(?P<b>(?:(?!同志|与)[\u3400-\u9fff·]){2,16}?)(?:同志)?\s*互为\s*A\s*B\s*角"
)


# "…联系古井村。AB角：莫春燕。": the leader's own backup named at the end of the block's sentences.
_OWN_PAIR = re.compile(
    r"(?<=[。;；,，])\s*A\s*B\s*角(?:领导)?\s*[:：为]\s*(?P<b>(?:(?!同志)[\u3400-\u9fff·]){2,16}?)(?:同志)?\s*(?=[。;；]|$)"
)


def _names(cell: str) -> list[str]:
    """The plausible names of a table cell or a list (周立明、奇红梅)."""
    out = []
    for tok in _NAME_SEP.split(cell.strip()):
        n = _strip_name(tok)
        back = split_post_name(n) if len(n) > 4 else None
        if back and len(back[0]) >= 2 and _post_ok(back[0]):
            out.append(back[1])  # 副镇长冼小燕: the post before the name
        elif n and plausible_name(n):
            out.append(n)
    # A spaced two-character name (李 贵) splits into two single characters.
    if not out and plausible_name(_strip_name(cell)):
        out.append(_strip_name(cell))
    return out


def _backup(doc: Doc, span: tuple[int, int], a: list[str], b: list[str], posts: dict) -> Iterator[dict]:
    """Backup facts for every A–B pair, in both directions."""
    for x in a:
        for y in b:
            if x == y:
                continue
            for p, q in ((x, y), (y, x)):
                yield doc.fact("oversight", span, person=p, person_post=posts.get(p), relation="backup",
                               target=q, change=None, cue="AB角")


def _listed_pairs(doc: Doc, a: int, b: int, posts: dict) -> Iterator[dict]:
    """Backup facts of pairs listed after an AB角 label (张三—李四；王五—赵六); none unless every item is a pair."""
    disp = doc.text.disp
    out: list[dict] = []
    x = a
    for piece in [*_PAIR_ITEM_SEP.split(disp[a:b]), None]:
        if piece is None:
            break
        y = x + len(piece)
        if piece.strip():
            sides = _PAIR_JOIN.split(piece.strip())
            names = [_names(side) for side in sides]
            if len(sides) != 2 or any(len(n) != 1 for n in names):
                return
            out += _backup(doc, (x, y), names[0], names[1], posts)
        x = y + 1
    yield from out


def _ab_row(line: str) -> tuple[list[str], list[str]] | None:
    """An AB角 table row: two cells of names (孟都巴雅尔 | 周立明、奇红梅)."""
    # A leading row number (序号) is not a name cell.
    cells = [c for c in _CELL_SEP.split(line.strip().strip("|")) if c.strip() and not c.strip().isdigit()]
    if len(cells) != 2:
        return None
    a, b = _names(cells[0]), _names(cells[1])
    return (a, b) if a and b else None


def _paragraph_end(doc: Doc, lines: list[tuple[int, int]], i: int, known: set[str]) -> int:
    """Index of the last line of the paragraph starting at line i: a wrapped line continues below."""
    m = doc.text.match
    j = i
    while j + 1 < len(lines):
        a, b = lines[j]
        if m[a:b].rstrip()[-1:] in "。;；:：":
            break
        if m[a:b].rstrip().endswith("|") or _opens_block(doc, *lines[j + 1], known):
            break
        j += 1
    return j


def _opens_block(doc: Doc, a: int, b: int, known: set[str]) -> bool:
    """True when a line starts something new: a cue, a leader, an AB角 table."""
    m = doc.text.match
    # A bullet mark (● B角：…, ■ 张三 副主任) starts a new item: a wrapped line never begins with one.
    if _OWN_BACKUP.match(m[a:b]) or _ITEM_MARK.match(m[a:b]):
        return True
    found = _find_cues(m, a, b)
    lead = a + len(m[a:b]) - len(_BULLET.sub("", m[a:b]))
    if found and found[0][1].start() == lead:
        return True
    head_end = found[0][1].start() if found else b
    return bool(_leader(doc.text.disp[a:head_end], known, inline=bool(found)) or _AB_HEADER.search(m[a:b]))


# A numbered section heading on leaders' division of labour (二、研究县政府领导分工调整事宜) inside minutes or a
# notice of another kind.
_DIVISION_HEADING = re.compile(
    r"(?m)^[一二三四五六七八九十]{1,3}、[^\n。]{0,16}(?:领导|班子成员)(?:工作)?分工[^\n。]{0,12}$"
    # A web page whose title line is only a heading (云岩街道领导班子成员工作分工) under a breadcrumb line.
    r"|^[^\n。,:;]{0,24}(?:领导|班子成员)(?:工作)?分工(?:情况|调整)?$"
)


# A title naming a division of labour, or an AB角 (backup) arrangement between leaders.
_DIVISION_TITLE = re.compile(r"分工|A\s*B\s*角")


def is_division(doc: Doc) -> bool:
    """A division of labour by kind or title, or a text with two lines opening with 分管/联系/协助 cues.

    Rosters are often followed by 负责… duty sentences (办公室设在X，负责日常工作): those are not leaders'
    areas, so a document qualifies by its kind or by cues that only division texts open lines with.
    """
    if doc.kind == "division_of_labor" or _DIVISION_TITLE.search(to_match(doc.title or "")):
        return True
    n = 0
    if _DIVISION_HEADING.search(doc.text.match, doc.start, doc.end):
        return True  # minutes or a notice with a numbered section on leaders' division of labour
    m, cue_re, table = doc.text.match, _cue_re(), cues()
    for a, b in doc.lines():
        lead = _LEAD.match(m, a, b).end()
        # The first cue of the line starts right after its bullets exactly when a cue matches there.
        mm = cue_re.match(m, lead, b)
        if mm and not table[_cue_index(mm)].pattern.startswith("负责"):
            n += 1
            if n >= 2:
                return True
    return False


@lru_cache(maxsize=1)
def _columns() -> dict[str, str]:
    """Division table column headers → relation (or name / post / backup for the other known columns)."""
    return {r["column"]: r["relation"] for r in load_table("extract/data/division_columns.tsv")}


# An area named in a bare list is a few words (住房城乡建设); a longer item is a sentence without a cue.
_MAX_BARE_AREA = 12
_ROLE_COLUMNS = ("name", "post", "backup", "duty")


def _spaced_cells(m: str, a: int, b: int) -> list[tuple[int, int]]:
    """Cells of a row pasted from .docx with runs of spaces between cells; a spaced name (岩  温) stays one."""
    out: list[tuple[int, int]] = []
    for c in re.finditer(r"\S+(?:\s\S+)*", m[a:b]):
        x, y = a + c.start(), a + c.end()
        if out and y - x == 1 and out[-1][1] - out[-1][0] == 1 and len(out) == 1:
            x = out.pop()[0]  # two lone characters opening the row: a two-character name padded to width
        out.append((x, y))
    return out


def _is_row(m: str, a: int, b: int) -> bool:
    """A table row: cells separated by TAB or |, or by runs of two or more spaces (three cells at least)."""
    return "\t" in m[a:b] or "|" in m[a:b] or len(re.findall(r"\S\s{2,}(?=\S)", m[a:b])) >= 2


def _row_cells(m: str, a: int, b: int) -> list[tuple[int, int]]:
    """Cell spans of a TAB or markdown row, empty cells kept so columns line up."""
    if "\t" not in m[a:b] and "|" not in m[a:b]:
        return _spaced_cells(m, a, b)
    sep = "\t" if "\t" in m[a:b] else "|"
    out, s = [], a
    for k in range(a, b + 1):
        if k == b or m[k] == sep:
            out.append((s, k))
            s = k + 1
    if sep == "|" and m[a:b].strip().startswith("|"):
        out = out[1:-1] if m[a:b].strip().endswith("|") else out[1:]
    return out


def _table_header(heads: list[str]) -> tuple[dict[int, str], int, int, int] | None:
    """(target columns → relation, name column, post column, backup column) of a header row, or None."""
    known = _columns()
    role = {known[h]: k for k, h in reversed(list(enumerate(heads))) if known.get(h) in _ROLE_COLUMNS}
    cols = {k: known[h] for k, h in enumerate(heads) if h in known and known[h] not in _ROLE_COLUMNS}
    if "name" not in role or not (cols or "backup" in role):
        return None
    return cols, role["name"], role.get("post", -1), role.get("backup", -1)


def _cell_items(m: str, a: int, b: int) -> list[tuple[int, int]]:
    """A table cell's items: a web page's <br> inside a cell leaves items separated by spaces only."""
    parts = [(x.start(), x.end()) for x in re.finditer(r"\S+", m[a:b])]
    if len(parts) > 1 and all(y - x >= 3 for x, y in parts):
        return [(a + x, a + y) for x, y in parts]
    return [(a, b)]


def _column_facts(doc: Doc, known: set[str]) -> Iterator[dict]:
    """Targets listed in the 分管部门 / 联系单位 columns (and B角 partners) of a table whose header names them."""
    m, disp = doc.text.match, doc.text.disp
    header: tuple[dict[int, str], int, int, int] | None = None
    duty_cols: list[int] = []
    for a, b in doc.lines():
        if not _is_row(m, a, b):
            header = None
            continue
        cells = _row_cells(m, a, b)
        heads = [squash(m[x:y]) for x, y in cells]
        got = _table_header(heads)
        if got:
            header = got
            duty_cols = [k for k, h in enumerate(heads) if _columns().get(h) == "duty"]
            continue
        if header is None or re.fullmatch(r"[\s|:\-]+", m[a:b]):
            continue
        cols, name_col, post_col, backup_col = header
        if len(cells) <= max([*cols, name_col, post_col, backup_col]):
            continue
        name = _strip_name(disp[cells[name_col][0] : cells[name_col][1]])
        if not (name in known or plausible_name(name)):
            continue
        known.add(name)
        post = squash(disp[cells[post_col][0] : cells[post_col][1]]) if post_col >= 0 else None
        for k, relation in cols.items():
            x0, y0 = cells[k]
            if _find_cues(m, x0, y0):
                continue  # a cell with its own cue words is read as a clause
            for x, y in (t for u, v in _cell_items(m, x0, y0) for t in _targets(m, u, v, areas=False)):
                target = squash(disp[x:y])
                if _not_target().fullmatch(to_match(target)):
                    continue
                yield doc.fact("oversight", (a, b), person=name, person_post=post or None, relation=relation,
                               target=target, change=None, cue=None)
        for k in duty_cols:
            yield from _bare_duty_list(doc, (a, b), cells[k], Leader(name, post or None))
        if backup_col >= 0:
            partners = _names(disp[cells[backup_col][0] : cells[backup_col][1]])
            yield from _backup(doc, (a, b), [name], partners, {name: post or None})


def _bare_duty_list(doc: Doc, row: tuple[int, int], cell: tuple[int, int], leader: Leader) -> Iterator[dict]:
    """A 分管工作 cell that only lists areas (发展改革、财政、国资), without a cue word: areas the leader oversees."""
    m, disp = doc.text.match, doc.text.disp
    x0, y0 = cell
    if _find_cues(m, x0, y0) or re.search(r"[。;；:：]|主持", m[x0:y0]):
        return
    spans = _targets(m, x0, y0, areas=True)
    if not spans or any(y - x > _MAX_BARE_AREA for x, y in spans):
        return
    for x, y in spans:
        target = squash(disp[x:y])
        if not _not_target().fullmatch(to_match(target)):
            yield doc.fact("oversight", row, person=leader.name, person_post=leader.post, relation="oversees",
                           target=target, change=None, cue=None)


def _stacked_tables(doc: Doc, known: set[str]) -> Iterator[tuple[list[tuple[int, int]], list[str]]]:
    """(cell spans, column heads) of each row of a table copied from .docx or a web page one cell a line.

    The header is a run of lines that are each a known column name (姓名 / 职务 / 分工 / 分管站所 …); the rows
    follow as groups of as many lines, each with a name in the name column, until a group has none.
    """
    m, disp = doc.text.match, doc.text.disp
    lines, known_cols = list(doc.lines()), _columns()
    i = 0
    while i < len(lines):
        k = i
        while k < len(lines) and squash(m[lines[k][0] : lines[k][1]]) in known_cols:
            k += 1
        heads = [squash(m[x:y]) for x, y in lines[i:k]]
        header = _table_header(heads) if k - i >= 3 else None
        if header is None:
            i = max(k, i + 1)
            continue
        width, i = k - i, k
        while i + width <= len(lines):
            cells = lines[i : i + width]
            name = _strip_name(disp[cells[header[1]][0] : cells[header[1]][1]])
            if not (name in known or plausible_name(name)) or any("\t" in m[x:y] for x, y in cells):
                break
            yield cells, heads
            i += width


def _stacked_facts(doc: Doc, known: set[str], used: set[int]) -> Iterator[dict]:
    """Facts of one-cell-a-line tables; the display offsets of the lines read are added to `used`."""
    m, disp = doc.text.match, doc.text.disp
    for cells, heads in _stacked_tables(doc, known):
        cols, name_col, post_col, backup_col = _table_header(heads)  # type: ignore[misc]
        span = (cells[0][0], cells[-1][1])
        used.update(x for x, _y in cells)
        name = _strip_name(disp[cells[name_col][0] : cells[name_col][1]])
        post = (squash(disp[cells[post_col][0] : cells[post_col][1]]) if post_col >= 0 else None) or None
        known.add(name)
        for k, relation in cols.items():
            for x, y in (t for u, v in _cell_items(m, *cells[k]) for t in _targets(m, u, v, areas=False)):
                target = squash(disp[x:y])
                if not _not_target().fullmatch(to_match(target)):
                    yield doc.fact("oversight", span, person=name, person_post=post, relation=relation,
                                   target=target, change=None, cue=None)
        for k, head in enumerate(heads):
            if _columns()[head] == "duty":
                yield from _clause_facts(doc, [Leader(name, post)], *cells[k], known)
        if backup_col >= 0:
            partners = _names(disp[cells[backup_col][0] : cells[backup_col][1]])
            yield from _backup(doc, span, [name], partners, {name: post})


def parse(doc: Doc, ctx: dict) -> Iterator[dict]:
    """Yield the oversight facts (分管, 联系, 协助…负责, 负责, 新增/不再…, AB角) of a division of labour."""
    if not is_division(doc):
        return
    known: set[str] = ctx.setdefault("known_names", set())
    yield from _column_facts(doc, known)
    used: set[int] = set()
    yield from _stacked_facts(doc, known, used)
    m, disp = doc.text.match, doc.text.disp
    lines = [ln for ln in doc.lines() if ln[0] not in used]
    posts: dict[str, str | None] = {}
    leader: Leader | None = None
    ab_table = False
    i = 0
    while i < len(lines):
        a, b = lines[i]
        line = m[a:b]
        i += 1
        if _AB_HEADER.search(line) and len(squash(line)) <= 30 and not _AB_INLINE.search(line):
            ab_table, leader = True, None
            continue
        if ab_table:
            row = _ab_row(disp[a:b])
            if row:
                yield from _backup(doc, (a, b), *row, posts)
                continue
            ab_table = False
        yield from _inline_pairs(doc, a, b, posts)
        yield from _handovers(doc, a, b, known)
        own = _OWN_BACKUP.match(line)
        listed = list(_listed_pairs(doc, a + own.end(), b, posts)) if own else []
        if listed:
            yield from listed
            continue
        if own and leader is not None:
            # "AB角：罗慧" under a leader's paragraph: the leader and the person named back each other up.
            yield from _backup(doc, (a, b), [leader.name], _names(disp[a + own.end() : b]), posts)
            continue
        found = _find_cues(m, a, b)
        head_end = found[0][1].start() if found else b
        # "副市长 张三：领导市政府全面工作。负责…": the leader is what stands before the colon.
        colon = m.find(":", a, head_end)
        new = (colon > a and _head_leader(doc, a, colon, known, inline=bool(found))) or _head_leader(
            doc, a, head_end, known, inline=bool(found)
        )
        if not new and not found and i < len(lines):
            new = _name_over_post(doc, (a, b), lines[i], known)
            i += new is not None  # the post line is read with the name
        if new:
            leader = new
            posts.setdefault(new.name, new.post)
            known.add(new.name)
            if not found:
                continue
        if leader is None or not found:
            if len(squash(line)) > 40:
                leader = None
            continue
        j = _paragraph_end(doc, lines, i - 1, known)
        end = lines[j][1]
        i = j + 1
        cur = [leader]
        yield from _clause_facts(doc, cur, head_end if new else a, end, known)
        leader = cur[0]
        posts.setdefault(leader.name, leader.post)


def _name_over_post(doc: Doc, name_line: tuple[int, int], post_line: tuple[int, int], known: set[str]) -> Leader | None:
    """A leader printed as a lone name on one line and the posts alone on the next (run-on web text split)."""
    disp = doc.text.disp
    name = _strip_name(disp[name_line[0] : name_line[1]])
    post_text = disp[post_line[0] : post_line[1]].strip()
    if not name or not (name in known or plausible_name(name)) or _find_cues(doc.text.match, *post_line):
        return None
    if re.search(r"[。;；,，:：]", post_text):
        return None  # a sentence, not a list of posts
    got = _leader(name + " " + post_text, known)
    return got if got is not None and got.name == name and got.post else None


def _handovers(doc: Doc, a: int, b: int, known: set[str]) -> Iterator[dict]:
    """Facts of 原由X分管的Y，改由Z分管 sentences: Z takes Y over and X gives it up."""
    m, disp = doc.text.match, doc.text.disp
    if "原由" not in m[a:b]:
        yield from _handed_to(doc, a, b, known)
        return
    for mm in _HANDOVER.finditer(m, a, b):
        cue = next(c for c in cues() if re.match(c.pattern, mm.group("verb")))
        old = _leader(disp[mm.start("old") : mm.end("old")], known, inline=True)
        new = _leader(disp[mm.start("new") : mm.end("new")], known, inline=True)
        areas = cue.list_kind == "areas"
        for x, y in _targets(m, mm.start("list"), mm.end("list"), areas):
            target = squash(disp[x:y])
            for who, relation, change in ((new, cue.relation, "added"), (old, "no_longer_" + cue.relation, "removed")):
                if who is not None:
                    yield doc.fact("oversight", mm.span(), person=who.name, person_post=who.post,
                                   relation=relation, target=target, change=change, cue=mm.group("verb"))


def _handed_to(doc: Doc, a: int, b: int, known: set[str]) -> Iterator[dict]:
    """Facts of a line that is only 'X工作改由Z同志分管': Z takes X over."""
    m, disp = doc.text.match, doc.text.disp
    enum = ENUMERATOR.match(m[a:b])  # anchored at ^, so matched on the line itself
    mm = _HANDOVER_TO.fullmatch(m, a + enum.end() if enum else a, b)
    if not mm:
        return
    new = _leader(disp[mm.start("new") : mm.end("new")], known, inline=True)
    if new is None:
        return
    cue = next(c for c in cues() if re.match(c.pattern, mm.group("verb")))
    areas = m[mm.start("list") : mm.end("list")].endswith("工作")
    for x, y in _targets(m, mm.start("list"), mm.end("list"), areas):
        target = squash(disp[x:y])
        if target and not _not_target().fullmatch(to_match(target)):
            yield doc.fact("oversight", (a, b), person=new.name, person_post=new.post, relation=cue.relation,
                           target=target, change="added", cue=mm.group("verb"))


# "范国强由薛红梅同志代为履职" / "向美玲同志外出期间，由彭家豪同志代为履职": Y stands in for X (one way only).
_STANDS_IN = re.compile(
    # The name ends at its 同志 (…同志外出学习期间，由…) or right at 由.
    r"(?:^|(?<=[。;；,，:：\s]))(?P<a>(?:(?!同志|由)[\u3400-\u9fff·]){2,16}?)"
    r"(?:同志(?:[^。;；,，]{0,12}?期间)?|(?=由))[,，]?\s*由(?P<b>(?:(?!同志)[\u3400-\u9fff·]){2,16}?)(?:同志)?\s*代为?履(?:职|行职责)"
)


def _stand_ins(doc: Doc, a: int, b: int, posts: dict) -> Iterator[dict]:
    """Backup facts of 'X由Y代为履职': Y is X's backup; the sentence says nothing of the reverse."""
    disp = doc.text.disp
    for mm in _STANDS_IN.finditer(doc.text.match, a, b):
        x, y = _names(disp[mm.start("a") : mm.end("a")]), _names(disp[mm.start("b") : mm.end("b")])
        if len(x) == 1 and len(y) == 1 and x != y:
            yield doc.fact("oversight", mm.span(), person=x[0], person_post=posts.get(x[0]), relation="backup",
                           target=y[0], change=None, cue="代为履职")


def _inline_pairs(doc: Doc, a: int, b: int, posts: dict) -> Iterator[dict]:
    """AB角 pairs written in a sentence: X与Y互为AB角, A角:X，B角:Y; stand-ins (X由Y代为履职)."""
    m = doc.text.match
    if "代为履" in m[a:b] or "代履" in m[a:b]:
        yield from _stand_ins(doc, a, b, posts)
    if m[a:b].rstrip()[-1:] not in "。;；" and b < len(m) and m.startswith("互为", b + 1):
        b = m.find("\n", b + 1) % (len(m) + 1) or len(m)  # a PDF wrap put 互为AB角 on the next line
    disp = doc.text.disp
    for mm in _pair_re().finditer(m, a, b):
        # Names as printed (traditional characters stay traditional), not the folded match text.
        x, y = _names(disp[mm.start("a") : mm.end("a")]), _names(disp[mm.start("b") : mm.end("b")])
        if not x:
            # "由张三同志与李四同志互为AB角": the sentence's preposition runs into the first name.
            x = _names(_PAIR_LEAD.split(disp[mm.start("a") : mm.end("a")])[-1])
        if len(x) == 1 and len(y) == 1:
            yield from _backup(doc, (mm.start(), mm.end()), x, y, posts)
    for mm in _AB_INLINE.finditer(m, a, b):
        x, y = _names(disp[mm.start("a") : mm.end("a")]), _names(disp[mm.start("b") : mm.end("b")])
        if x and y:
            yield from _backup(doc, (mm.start(), mm.end()), x, y, posts)

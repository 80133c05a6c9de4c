"""Posts → canonical agencies and jurisdictions.

A post is printed relative to its issuer: 旗财政局局长 in a 鄂托克旗 document is 鄂托克旗财政局局长; 市 in a
banner document is the banner's city.  A post that names its own place (鄂尔多斯市林草局局长) keeps it.
Abbreviations (住建局, 发改委 …) expand through graph/data/agency_aliases.tsv; places and their parents come
from graph/data/jurisdictions.tsv, and places not listed there still resolve from their printed suffix.
Unknown agencies are kept as printed, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from extract.names import ends_with_title
from extract.text import squash, to_match
from extract.vocab import load_lines, load_table

DATA = "graph/data"
# Organ words that may follow a place name in a post or an issuer (鄂托克旗人民政府, X市委, X县公安局).
_ORGAN_START = ("人民政府", "政府", "委", "党委", "党工委", "人大", "政协", "纪委", "监委", "办事处",
                "人民法院", "人民检察院", "管委会", "管理委员会")
# What a nomination or a candidacy adds after a post (提名为X人选).
_CANDIDATE = re.compile(r"(提名人选|候选人|人选)$")
# A trailing note on a post: (试用期一年), （常务）, (正科级).
_NOTE = re.compile(r"[(（][^()（）]{1,12}[)）]$")
_SPLIT = re.compile(r"[、，,；;]|(?<=[长任记员])兼")


@dataclass(frozen=True)
class Jurisdiction:
    """A place with a government: 鄂托克旗 (banner, parent 鄂尔多斯市)."""

    name: str
    level: str
    parent: str | None = None
    listed: bool = True


@dataclass
class PostRef:
    """One post resolved: its canonical title, agency and jurisdiction, and the text it was printed as."""

    printed: str
    title: str
    rank: str | None
    agency: str | None
    jurisdiction: str | None
    candidate: bool = False
    agency_printed: str | None = None
    notes: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def levels() -> tuple[dict, ...]:
    """Rows of levels.tsv: level, suffix, rank, head; longest suffix first."""
    return tuple(sorted(load_table(f"{DATA}/levels.tsv"), key=lambda r: -len(r["suffix"])))


@lru_cache(maxsize=1)
def table() -> dict[str, Jurisdiction]:
    """The listed jurisdictions by full name."""
    out = {}
    for r in load_table(f"{DATA}/jurisdictions.tsv"):
        out[r["name"]] = Jurisdiction(r["name"], r["level"], r.get("parent") or None)
    return out


@lru_cache(maxsize=1)
def _spellings() -> tuple[tuple[str, str], ...]:
    """(spelling, full name) for every listed name and short form, longest spelling first."""
    pairs = []
    for r in load_table(f"{DATA}/jurisdictions.tsv"):
        pairs.append((r["name"], r["name"]))
        for s in (r.get("short") or "").split(","):
            if s.strip():
                pairs.append((s.strip(), r["name"]))
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=1)
def aliases() -> tuple[tuple[str, str], ...]:
    """(alias, full-name template) longest alias first."""
    rows = load_table(f"{DATA}/agency_aliases.tsv")
    return tuple(sorted(((r["alias"], r["full"]) for r in rows), key=lambda p: -len(p[0])))


@lru_cache(maxsize=1)
def _not_prefixes() -> tuple[str, ...]:
    return load_lines(f"{DATA}/not_prefixes.txt")


@lru_cache(maxsize=1)
def _agency_suffixes() -> tuple[str, ...]:
    return tuple(sorted(load_lines(f"{DATA}/agency_suffixes.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def one_holder_titles() -> frozenset[str]:
    """Titles that one person holds at a time (局长, 旗长 …; never 副局长)."""
    return frozenset(load_lines(f"{DATA}/one_holder_titles.txt"))


def rank_of_level(level: str | None) -> int:
    """4 for a province … 1 for a township; 0 when unknown."""
    for r in levels():
        if r["level"] == level:
            return int(r["rank"])
    return 0


def get(name: str | None) -> Jurisdiction | None:
    """A jurisdiction by full name (listed, or inferred from its suffix)."""
    if not name:
        return None
    if name in table():
        return table()[name]
    lv = _level_of_suffix(name)
    return Jurisdiction(name, lv, _INFERRED.get(name), listed=False) if lv else None


def chain(name: str | None) -> list[str]:
    """The jurisdiction and its ancestors, nearest first."""
    out: list[str] = []
    while name and name not in out:
        out.append(name)
        j = get(name)
        name = j.parent if j else None
    return out


def related(a: str | None, b: str | None) -> str | None:
    """'same', 'lineal' (one contains the other), 'sibling' (a common ancestor below the province),
    'unrelated' (under different provinces), or None when the table does not tell."""
    if not a or not b:
        return None
    if a == b:
        return "same"
    ca, cb = chain(a), chain(b)
    if a in cb or b in ca:
        return "lineal"
    common = [x for x in ca if x in cb]
    if common and rank_of_level(get(common[0]).level) < 4:
        return "sibling"
    tops = (get(ca[-1]), get(cb[-1]))
    if all(t and rank_of_level(t.level) == 4 for t in tops):
        return "unrelated"
    return None


def _level_of_suffix(name: str) -> str | None:
    for r in levels():
        if name.endswith(r["suffix"]) and len(name) > len(r["suffix"]):
            return r["level"]
    return None


def _level_word(s: str) -> tuple[str, str] | None:
    """(suffix, level) when `s` opens with a bare level word used relatively (旗财政局 → 旗)."""
    if any(s.startswith(w) for w in _not_prefixes()):
        return None
    for r in levels():
        suf = r["suffix"]
        if s.startswith(suf) and r.get("relative") == "yes" and len(s) > len(suf):
            return suf, r["level"]
    return None


def _ancestor_at(level: str, of: str | None) -> str | None:
    """The nearest jurisdiction at `level` among `of` and its ancestors."""
    for name in chain(of):
        j = get(name)
        if j and j.level == level:
            return name
    return None


def _unknown_place(s: str, depth: int = 0) -> str | None:
    """An unlisted place name at the start of `s`, accepted only when an organ or another place follows."""
    for r in levels():
        suf = r["suffix"]
        for m in re.finditer(re.escape(suf), s[: 10 + len(suf)]):
            end = m.end()
            if m.start() < 2 or end >= len(s):
                continue
            cand, rest = s[:end], s[end:]
            if re.search(r"[、，,的和与及]", cand) or cand.startswith(_self_named()) or any(
                    full in cand[1:] for full in table()):
                continue
            if rest.startswith(_ORGAN_START) or _known_prefix(rest) or _head_title(rest) or any(
                    rest.startswith(a) for a, _ in aliases() if len(a) >= 2) or (
                    depth < 2 and _unknown_place(rest, depth + 1)):
                return cand
    return None


def _known_prefix(s: str) -> tuple[str, str] | None:
    """(spelling, full name) of a listed place that `s` starts with."""
    for spelling, full in _spellings():
        if s.startswith(spelling):
            return spelling, full
    return None


def _head_title(s: str) -> str | None:
    """The level whose government head `s` is (副旗长, 常务副市长, 代区长, 苏木达), or None."""
    for r in levels():
        if r["head"] and re.fullmatch(r"(?:常务副|副|代)?" + re.escape(r["head"]), s):
            return r["level"]
    return None


def strip_place(s: str, home: str | None) -> tuple[str | None, str, str]:
    """Split the place a post or issuer opens with: (jurisdiction, rest, printed prefix).

    `home` is the issuer's jurisdiction, used for relative prefixes (旗 → the banner, 市 → its city).
    When a short place name is glued to a proper noun (鄂尔多斯银行) the rest keeps it and the prefix is "".
    """
    m = to_match(squash(s))
    jur, consumed = None, 0
    while True:
        rest = m[consumed:]
        if _head_title(rest):
            break
        kp = _known_prefix(rest)
        if kp:
            spelling, full = kp
            if spelling != full and not _after_place_ok(rest[len(spelling):]):
                return full, rest, m[:consumed]
            jur, consumed = full, consumed + len(spelling)
            continue
        unk = _unknown_place(rest)
        if unk:
            _note_parent(unk, jur or home)
            jur, consumed = unk, consumed + len(unk)
            continue
        if consumed == 0:
            lw = _level_word(rest)
            if lw:
                suf, level = lw
                anc = _ancestor_at(level, home)
                return (anc, rest[len(suf):], suf) if anc else (None, rest, "")
        break
    return jur, m[consumed:], m[:consumed]


_INFERRED: dict[str, str] = {}


def _note_parent(place: str, outer: str | None) -> None:
    """Remember the parent of an unlisted place when the text or the issuer shows it (河北省石家庄市)."""
    if place in table() or not outer or place == outer:
        return
    if rank_of_level(_level_of_suffix(place)) < rank_of_level(get(outer).level if get(outer) else None):
        _INFERRED.setdefault(place, outer)


def _after_place_ok(rest: str) -> bool:
    """True when a short place name opens a post (鄂尔多斯林草局) rather than a proper noun (鄂尔多斯银行)."""
    return bool(rest) and not any(w in rest for w in load_lines(f"{DATA}/proper_noun_words.txt"))


def expand_agency(agency: str, jur: str | None) -> str:
    """The canonical name of an agency printed as `agency` in jurisdiction `jur` (aliases expanded)."""
    if agency.startswith(_self_named()) or _known_prefix(agency):
        return agency
    j = jur or ""
    for alias, full in aliases():
        if agency == alias or (agency.startswith(alias) and len(alias) >= 2 and _is_unit(alias)
                               and not agency.startswith(full.replace("{j}", ""))):
            tail = agency[len(alias):]
            base = full.replace("{j}", j) if "{j}" in full else j + full
            return base + tail
    return j + agency


@lru_cache(maxsize=1)
def _self_named() -> tuple[str, ...]:
    return load_lines(f"{DATA}/self_named.txt")


def _is_unit(alias: str) -> bool:
    return alias.endswith(("局", "委", "办", "部", "院", "会", "社", "联"))


def _organ_end(agency: str) -> bool:
    return any(agency.endswith(s) for s in _agency_suffixes())


def split_compound(post: str) -> list[str]:
    """Split a compound post (旗委常委、政府副旗长) into its parts, as printed."""
    parts = [p for p in _SPLIT.split(squash(post)) if p]
    return parts or [squash(post)]


def resolve_post(printed: str, home: str | None) -> list[PostRef]:
    """Resolve a printed (possibly compound) post in a document of jurisdiction `home`."""
    out: list[PostRef] = []
    prev_jur, prev_agency = home, None
    for i, part in enumerate(split_compound(printed)):
        ref = _resolve_part(part, home if i == 0 else prev_jur, prev_agency if i else None)
        out.append(ref)
        prev_jur = ref.jurisdiction or prev_jur
        prev_agency = ref.agency or prev_agency
    return out


def _resolve_part(part: str, home: str | None, prev_agency: str | None) -> PostRef:
    """Resolve one simple post: place, organ, title."""
    part = _NOTE.sub("", part)
    candidate = bool(_CANDIDATE.search(to_match(part)))
    core = _CANDIDATE.sub("", part) if candidate else part
    jur, rest, _prefix = strip_place(core, home)
    explicit = jur is not None
    jur = jur or home
    title = ends_with_title(rest) or ""
    organ = rest[: len(rest) - len(title)] if title else rest
    head_level = _head_title(title) if title and organ == "" else _head_title(rest)
    if head_level:
        # 副市长 in a banner document is the city's: the title itself names the level.
        same = explicit and get(jur) and get(jur).level == head_level
        target = (jur if same else _ancestor_at(head_level, jur)) or jur
        agency = expand_agency("人民政府", target) if target else None
        return PostRef(part, (agency or "") + rest, rest, agency, target, candidate, "政府")
    if not title:
        # No title word: a rank or a position inside the previous part's agency (三级高级监察官).
        base = prev_agency or (expand_agency(organ, jur) if organ and _organ_end(organ) else None)
        title_text = (base or jur or "") + rest
        return PostRef(part, title_text, None, base, jur, candidate)
    if organ and not _organ_end(organ) and prev_agency and not explicit:
        # 纪委书记、监察专员: the second part sits in the first part's organ.
        return PostRef(part, prev_agency + rest, title, prev_agency, jur, candidate, organ)
    if not organ:
        # A bare title (副主席) names no agency of its own unless it continues the previous part's.
        base = prev_agency if prev_agency and not explicit else None
        return PostRef(part, (base or jur or "") + title, title, base, jur, candidate)
    agency = expand_agency(organ, jur)
    return PostRef(part, agency + title, title, agency, jur, candidate, organ)


def jurisdiction_of_issuer(issuer: str | None, title: str | None = None) -> str | None:
    """The jurisdiction of a document from its issuer (鄂尔多斯市东胜区人民政府 → 东胜区) or title."""
    for s in (issuer, title):
        if s:
            jur, _rest, prefix = strip_place(s, None)
            if jur and prefix:
                return jur
    return None


def resolve_agency(printed: str, home: str | None) -> tuple[str, str | None]:
    """(canonical name, jurisdiction) of an agency printed in a document of jurisdiction `home`."""
    core = re.sub(r"[(（][^)）]*[)）]$", "", squash(printed))
    jur, rest, _ = strip_place(core, home)
    jur = jur or home
    if not rest:
        return expand_agency("人民政府", jur) if jur else core, jur
    return expand_agency(rest, jur), jur


def looks_like_agency(s: str) -> bool:
    """True when `s` names an organisation (局, 委员会, 公司 …) rather than an area of work."""
    core = re.sub(r"[(（][^)）]*[)）]$", "", to_match(squash(s)))
    return _organ_end(core) or any(core.endswith(a) for a, _ in aliases())


def is_one_holder(rank: str | None) -> bool:
    """True for a head title (局长, 旗长) held by one person at a time; never for deputies."""
    return bool(rank) and rank in one_holder_titles()


_LEADERSHIP = ("人民政府", "委", "政协", "人大")


def grade(ref: PostRef) -> float | None:
    """A rough civil-service grade of a post: 2×level rank for a government head, minus steps below it.

    Used only to judge whether two posts of one name are a plausible career (副旗长 ≈ 市财政局副局长).
    """
    j = get(ref.jurisdiction)
    lv = rank_of_level(j.level) if j else 0
    if not lv or not ref.rank or not ref.agency or _enterprise(ref.agency):
        return None
    deputy = ref.rank.startswith(("副", "常务副")) or ref.rank in ("常委", "委员")
    leaders = {expand_agency(a, ref.jurisdiction) for a in _LEADERSHIP}
    if j.level == "development_zone":
        leaders.add(f"{ref.jurisdiction}管理委员会")
    if ref.agency in leaders:
        return 2 * lv - (1 if deputy else 0)
    if is_one_holder(ref.rank) or deputy:
        return 2 * lv - (3 if deputy else 2)
    return None


def _enterprise(agency: str) -> bool:
    """Companies have no civil-service grade to compare."""
    return any(w in agency for w in load_lines(f"{DATA}/enterprise_words.txt"))

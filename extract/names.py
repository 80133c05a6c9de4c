"""Knowledge of Chinese personal names and posts: where a name ends and a post begins.

Name boundaries come from vocabularies (surnames, Mongolian name characters, post openings and post
titles), never from offsets in a particular file.  jieba is not used: it splits unknown names.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from extract.text import squash, to_match
from extract.vocab import load_lines

HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_HAN_RUN = re.compile(f"[{HAN}]+")
_DOTTED = re.compile(f"[{HAN}]{{1,8}}(?:[·•・．][{HAN}]{{1,8}}){{1,2}}")
# Gender and ethnicity notes printed after a name (张三（女）, 李四（蒙古族）, 王五（女，回族）): not part of
# the name, and not a post.
ANNOTATION = re.compile(
    rf"[(（]\s*(?:[男女]|[{HAN}]{{1,5}}族)(?:\s*[,，、]\s*(?:[男女]|[{HAN}]{{1,5}}族))?\s*[)）]"
)
# Words that look like names (surname + 1–2 characters) but are not people.
NOT_NAMES = set(load_lines("extract/data/not_names.txt"))


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, two-character compound surnames)."""
    single, double = set(), set()
    for line in load_lines("extract/data/surnames.txt"):
        for tok in line.split():
            (single if len(tok) == 1 else double).add(tok)
    return frozenset(single), frozenset(double)


@lru_cache(maxsize=1)
def mongolian_chars() -> frozenset[str]:
    """Characters that transcribe Mongolian and other non-Han given names."""
    return frozenset("".join(load_lines("extract/data/mongolian_name_chars.txt")).replace(" ", ""))


@lru_cache(maxsize=1)
def post_starts() -> tuple[str, ...]:
    """Openings of a post (jurisdictions, organs, places), longest first."""
    return tuple(sorted(set(load_lines("extract/data/post_starts.txt")), key=len, reverse=True))


@lru_cache(maxsize=1)
def post_titles() -> tuple[str, ...]:
    """Title words that end a post, longest first."""
    return tuple(sorted(set(load_lines("extract/data/post_titles.txt")), key=len, reverse=True))


@lru_cache(maxsize=65536)
def surname_len(s: str) -> int:
    """Length of the surname that `s` starts with (2 for 欧阳, 1 for 王), or 0."""
    single, double = surnames()
    f = to_match(s[:2])
    if f in double:
        return 2
    if f[:1] in single:
        return 1
    return 0


def blank_annotations(s: str) -> str:
    """`s` with gender and ethnicity notes replaced by spaces of the same length (offsets stay valid)."""
    if "族" not in s and "女" not in s and "男" not in s:
        return s
    return ANNOTATION.sub(lambda x: " " * len(x.group(0)), s)


def is_han(s: str) -> bool:
    """True when every character of `s` is a CJK ideograph."""
    return bool(s) and _HAN_RUN.fullmatch(s) is not None


def dotted_name(s: str) -> bool:
    """A name whose parts are joined by a middle dot (阿依古丽·买买提)."""
    return ("·" in s or "•" in s or "・" in s or "．" in s) and _DOTTED.fullmatch(s) is not None


def looks_mongolian(s: str) -> bool:
    """A 3–8 character run of name-transcription characters (孟都巴雅尔, 那顺德力格尔)."""
    chars = mongolian_chars()
    return 3 <= len(s) <= 8 and sum(c in chars for c in to_match(s)) >= len(s) - 1


@cache  # two kinds: maxsize=1 would rebuild the table on every alternating call
def _by_length(kind: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """Vocabulary entries grouped by length, longest first, for prefix/suffix look-ups by slicing."""
    words = post_starts() if kind == "starts" else post_titles()
    lengths = sorted({len(w) for w in words}, reverse=True)
    return tuple((n, frozenset(w for w in words if len(w) == n)) for n in lengths)


@lru_cache(maxsize=65536)
def starts_post(s: str) -> int:
    """Length of the post opening `s` starts with (旗, 市人民政府 → 市), or 0."""
    m = to_match(s[:12])
    for n, words in _by_length("starts"):
        if m[:n] in words:
            return n
    return 0


@lru_cache(maxsize=65536)
def ends_with_title(s: str) -> str | None:
    """The post title word `s` ends with (局长, 副旗长 …), or None."""
    m = to_match(s[-12:])
    for n, words in _by_length("titles"):
        if len(m) >= n and m[-n:] in words:
            return m[-n:]
    return None


@lru_cache(maxsize=65536)
def plausible_name(s: str) -> bool:
    """True when `s` (whitespace removed) can be a person's name as printed in a government document."""
    s = squash(s)
    if "某" in s:
        return False  # 王某某, 李某: a placeholder for a name left out, never a name
    if dotted_name(s):
        return True  # 阿依古丽·买买提: Uyghur and other names join their parts with a middle dot
    if not is_han(s) or s in NOT_NAMES or to_match(s) in NOT_NAMES:
        return False
    if starts_post(s) and starts_post(s) >= 2 and not surname_len(s):
        return False
    if ends_with_title(s) and len(s) >= 3:
        return False
    if 2 <= len(s) <= 3 and surname_len(s):
        return True
    if len(s) == 4 and (surname_len(s) == 2 or looks_mongolian(s) or surname_len(s)):
        return True
    if len(s) == 3:
        # 朝鲁门, 苏日娜: a three-character Mongolian name, every character a transcription character.
        chars = mongolian_chars()
        return all(c in chars for c in to_match(s))
    return 4 <= len(s) <= 8 and looks_mongolian(s)


def split_name_post(s: str, known: set[str] | frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """Split a name glued to its post (金山市人民政府副秘书长 → 金山, 市人民政府副秘书长).

    `known` holds names already seen unambiguously (spaced or tabulated) in the same batch: they win.
    """
    s = squash(s)
    for name in sorted((k for k in known if s.startswith(k)), key=len, reverse=True):
        rest = s[len(name) :]
        if rest and (starts_post(rest) or ends_with_title(rest)):
            return name, rest
    sl = surname_len(s)
    lo = 2 if sl else 3
    hi = min(len(s) - 1, 3 if sl and not looks_mongolian(s[:4]) else 7)
    for k in range(lo, hi + 1):
        name, rest = s[:k], s[k:]
        if starts_post(rest) and plausible_name(name):
            return name, rest
    return None


def split_post_name(s: str, known: set[str] | frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """Split a post followed by a name (旗人民政府副旗长、公安局局长魏振选 → post, 魏振选)."""
    s = squash(s)
    for name in sorted((k for k in known if s.endswith(k)), key=len, reverse=True):
        if ends_with_title(s[: -len(name)]):
            return s[: -len(name)], name
    m = to_match(s)
    best = None
    for t in post_titles():
        pos = m.rfind(t)
        while pos >= 0:
            name = s[pos + len(t) :]
            if name and plausible_name(name) and (best is None or pos + len(t) > len(best[0])):
                best = (s[: pos + len(t)], name)
            pos = m.rfind(t, 0, pos)
    return best

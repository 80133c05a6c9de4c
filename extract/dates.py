"""Dates as Chinese documents print them: 2024年7月4日, 二〇二一年十一月十日, 2024-03-11, 7月18日."""

from __future__ import annotations

import re

_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "O": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9, "两": 2}
CN_NUM = "〇○零Ｏ一二三四五六七八九十两"
# Runs on the folded (half-width) text; Chinese numerals allowed in every part.
DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*"
    r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"(?:\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])?"
)
ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)")
MONTH_DAY = re.compile(
    r"(?<![\d年])(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
)


def cn_int(s: str) -> int | None:
    """Read an Arabic or Chinese numeral (十一, 二十三, 二〇二一) as an int."""
    s = s.strip()
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        tens = _CN_DIGIT.get(a, 1) if a else 1
        ones = _CN_DIGIT.get(b, 0) if b else 0
        return tens * 10 + ones
    total = 0
    for ch in s:
        if ch not in _CN_DIGIT:
            return None
        total = total * 10 + _CN_DIGIT[ch]
    return total


def iso(y: int | None, m: int | None, d: int | None = None) -> str | None:
    """Format a possibly partial date as YYYY, YYYY-MM or YYYY-MM-DD; None when invalid."""
    if y is None or not 1900 <= y <= 2100:
        return None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= 31:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_match(m: re.Match) -> str | None:
    """Turn a DATE or ISO match into an ISO date string (partial when the day is absent)."""
    gd = m.groupdict()
    return iso(cn_int(gd["y"]), cn_int(gd["m"]), cn_int(gd["d"]) if gd.get("d") else None)


def parse_date(s: str) -> str | None:
    """The first full or partial date in `s`, as ISO text."""
    m = DATE.search(s) or ISO.search(s)
    return parse_match(m) if m else None


def standalone_date(line: str) -> str | None:
    """The date when a line is nothing but a date (a signing date line), else None."""
    t = "".join(line.split())  # whitespace removed, as re.sub(r"\s+", "", line)
    t = t.strip("()（）")
    m = DATE.fullmatch(t) or ISO.fullmatch(t)
    if m and m.group("d"):
        return parse_match(m)
    return None

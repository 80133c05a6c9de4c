"""Shapes shared by every component: list separators inside brackets do not split a list."""

from __future__ import annotations

from extract.patterns import outside_brackets, split_outside_brackets


def test_separator_inside_brackets_does_not_split():
    s = "张三（县委常委、副县长）、李四"
    assert [s[a:b] for a, b in split_outside_brackets(s, 0, len(s), "、")] == ["张三（县委常委、副县长）", "李四"]


def test_positions_of_separators_outside_half_width_and_book_brackets():
    s = "甲(乙,丙),《丁,戊》,己"
    assert outside_brackets(s, 0, len(s), ",") == [6, 12]

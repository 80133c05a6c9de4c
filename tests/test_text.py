"""Normalisation keeps every character's original offset: evidence always quotes the file as printed."""

from __future__ import annotations

from extract.text import normalise, to_match


def test_match_view_folds_full_width_and_keeps_length():
    s = "组长：张三（旗长），〔2024〕"
    m = to_match(s)
    assert len(m) == len(s) and m.startswith("组长:张三(旗长),")


def test_match_view_is_simplified_chinese():
    assert to_match("國務院辦公廳關於") == "国务院办公厅关于"


def test_runon_web_line_is_split_at_space_runs():
    raw = "关于某某的通知,   某政发〔2024〕1号   各单位:" + "正文" * 200 + "   某某人民政府   2024年2月21日\n"
    t = normalise(raw)
    lines = t.disp.split("\n")
    assert "某政发〔2024〕1号" in lines and "2024年2月21日" in lines


def test_evidence_maps_back_to_original_line_and_text():
    raw = "标题\n\n组 长：张 勤 旗财政局局长\n"
    t = normalise(raw)
    start = t.disp.index("组")
    ev = t.evidence(start, t.disp.index("\n", start))
    assert ev == {"line": 3, "text": "组 长：张 勤 旗财政局局长"}


def _column_text() -> str:
    body = [
        "近年来，人工智能产业以其强大的技术创",
        "新和广阔的应用前景，引领世界经济的发展潮",
        "流。为加快地区人工智能产业健康有序发展，",
    ]
    return "\n\n".join(body * 20) + "\n"


def test_narrow_column_lines_are_unwrapped():
    t = normalise(_column_text())
    assert "技术创新和广阔" in t.disp


def test_unwrapped_evidence_spans_the_printed_lines():
    t = normalise(_column_text())
    i = t.disp.index("技术创新")
    ev = t.evidence(i, i + 4)
    assert ev["text"].startswith("技术创") and ev["text"].endswith("新") and ev["line"] == 1


def test_page_numbers_and_running_heads_are_dropped():
    raw = "\n".join(["某某旗人民政府公报", "正文一行。", "- 12 -"] * 30) + "\n"
    t = normalise(raw)
    assert "公报" not in t.disp and "12" not in t.disp


def test_a_full_width_roster_row_is_not_joined_with_the_next_row():
    rows = ["成 员：田 伟 东胜区政府办公室干部", "赵海军 东胜区商务局干部"]
    body = ["近年来，人工智能产业以其强大的技术创", "新和广阔的应用前景，引领世界经济的发展潮"] * 30
    t = normalise("\n".join(body + rows) + "\n")
    assert "干部\n赵海军" in t.disp


def test_letter_spaced_pdf_line_is_closed_up_but_cell_gaps_stay():
    t = normalise("副 县 长 周 建 平   县 政 府 办 公 室 主 任 李 四\n")
    assert t.disp == "副县长周建平   县政府办公室主任李四\n"


def test_letter_spaced_evidence_quotes_the_spaced_print():
    t = normalise("组 长 ： 刘 小 山 县 委 副 书 记\n")
    i = t.disp.index("刘小山")
    assert t.evidence(i, i + 3) == {"line": 1, "text": "刘 小 山"}


def test_padded_two_character_names_are_not_letter_spacing():
    t = normalise("副组长：张 勤 旗财政局局长\n")
    assert t.disp == "副组长：张 勤 旗财政局局长\n"


def test_a_breadcrumb_line_is_page_furniture():
    t = normalise("当前位置：首页 > 政务公开 > 人事信息\n某县人民政府关于张三等同志职务任免的通知\n")
    assert t.disp == "某县人民政府关于张三等同志职务任免的通知\n"

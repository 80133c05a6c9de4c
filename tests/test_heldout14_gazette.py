"""Rules read from the round-14 whole-document corpus (tests/fixtures/heldout14_gazette): a run-on web page that
keeps the addressees on its 文号's line, a publication note after a glued signature date, and contents entries
without a 文号 (…会议纪要, …大事记) in a gazette's 目录."""

from __future__ import annotations

from tests.corpus import headers_in

RUNON_PAGE = """宁夏回族自治区人民政府关于印发《城镇老旧小区改造管理办法》的通知
发布时间：2024-02-26 10:15   来源：宁夏回族自治区人民政府办公厅   浏览次数：1367
宁政规发〔2024〕3号   各市、县（区）人民政府，自治区政府各部门：   现将《办法》印发给你们，请遵照执行。
宁夏回族自治区人民政府   2024年2月20日   （此件公开发布）
"""

GAZETTE_WITH_CONTENTS = """琼澜市人民政府公报
2024年第2期
目　录
琼澜市人民政府关于市人民政府领导同志工作分工的通知（琼澜府〔2024〕15号）
琼澜市人民政府第十二次常务会议纪要
2024年2月琼澜市人民政府大事记
琼澜市人民政府关于市人民政府领导同志工作分工的通知
琼澜府〔2024〕15号
各区人民政府：
　　现将市人民政府领导同志工作分工通知如下：略。
琼澜市人民政府
2024年2月6日
琼澜市人民政府第十二次常务会议纪要
　　2024年2月19日，市长林海涛主持召开市政府第十二次常务会议。
琼澜市人民政府办公室
2024年2月21日
2024年2月琼澜市人民政府大事记
　　2月2日　市长林海涛到琼澜港调研港口建设工作。
"""


def test_runon_number_line_with_addressees_gives_the_number():
    (head,) = [h for h in headers_in(RUNON_PAGE) if h[1] and "关于" in h[1]]
    assert head[0] == "宁政规发〔2024〕3号"


def test_signature_date_before_a_publication_note_is_the_date_not_the_posting_day():
    (head,) = [h for h in headers_in(RUNON_PAGE) if h[1] and "关于" in h[1]]
    assert head[3] == "2024-02-20"


def test_contents_entries_without_number_are_no_documents():
    titles = [h[1] for h in headers_in(GAZETTE_WITH_CONTENTS)]
    assert titles.count("琼澜市人民政府第十二次常务会议纪要") == 1
    assert titles.count("2024年2月琼澜市人民政府大事记") == 1


def test_minutes_after_contents_keep_their_own_header():
    heads = {h[1]: h for h in headers_in(GAZETTE_WITH_CONTENTS)}
    assert heads["琼澜市人民政府第十二次常务会议纪要"][2:] == ("琼澜市人民政府办公室", "2024-02-21", "meeting_minutes")

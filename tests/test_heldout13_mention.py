"""Rules found by the thirteenth held-out round of mentions and attendance (tests/fixtures/heldout13_mention)."""

from __future__ import annotations

from tests.corpus import facts_in


def test_a_news_item_opening_with_its_lead_gives_mentions_dated_by_the_lead():
    raw = ("荆湾经济开发区召开招商引资工作推进会\n发布时间：2023-09-15　来源：开发区党政办\n"
           "本网讯 9月14日，开发区召开推进会。管委会副主任阎学军通报了招商引资工作情况。\n")
    assert facts_in(raw, "mention") == [("阎学军", "管委会副主任", "2023-09-14")]


def test_a_table_post_that_already_names_the_unit_is_not_prefixed_with_it():
    raw = ("街道党工委会议纪要\n2023年6月9日，街道召开党工委会议。\n参加人员：\n"
           "单位\t姓名\t职务\n街道党工委\t郑海涛\t党工委副书记\n街道办事处\t黎建新\t党工委委员、办事处副主任\n"
           "一、研究有关事项。\n")
    assert facts_in(raw, "attendance") == [("郑海涛", "参加", "党工委副书记"),
                                           ("黎建新", "参加", "党工委委员、办事处副主任")]


def test_a_list_ends_where_the_body_of_the_minutes_begins():
    raw = ("安全生产联席会议纪要\n2023年3月7日，县安全生产联席会议召开。\n"
           "出席：龙建平（副县长）、彭志强（县应急管理局局长）\n请假：田明辉（县教育局局长，外出学习）\n"
           "会议通报了一季度全县安全生产形势。\n")
    assert ("田明辉", "请假", "县教育局局长") in facts_in(raw, "attendance")


def test_posts_with_a_colon_before_their_names_share_the_post_with_names_on_the_lines_below():
    raw = ("泰溪镇现场办公会议纪要\n5月24日上午，镇党委书记周立群召开现场办公会。\n参加会议的领导有：\n"
           "镇党委书记：周立群\n镇党委委员、副镇长：孙卫东\n　　　　　　　　　　李秀芳\n"
           "会议议定事项如下：\n一、加快道路规划调整。\n")
    assert facts_in(raw, "attendance") == [("周立群", "参加", "镇党委书记"),
                                           ("孙卫东", "参加", "镇党委委员、副镇长"),
                                           ("李秀芳", "参加", "镇党委委员、副镇长")]


def test_a_field_of_the_header_is_not_read_as_a_post_and_its_names():
    raw = ("区政府常务会议纪要\n时　　间：2023年4月14日上午\n地　　点：区政府第一会议室\n"
           "出席人员：副区长　冯立国、邱春梅\n会议听取了汇报。\n")
    assert facts_in(raw, "attendance") == [("冯立国", "出席", "副区长"), ("邱春梅", "出席", "副区长")]

"""Rules read from the round-13 whole-document corpus (tests/fixtures/heldout13_gazette): a 令 printed under its
issuer's name, a chronicle right after short minutes, and a 文号 given only in a web page's metadata table."""

from __future__ import annotations

from tests.corpus import headers_in

DECREE = """洛川市人民政府
令
第18号
《洛川市城市绿化管理办法》已经2025年1月20日市人民政府第三十次常务会议通过，现予公布，自2025年3月1日起施行。
市长  关振宇
2025年1月24日
"""

MINUTES_THEN_CHRONICLE = """云梦泽县人民政府第八次常务会议纪要
〔2025〕1期
2025年1月15日，县长汪德胜主持召开县人民政府第八次常务会议。
出席：柯秀兰　涂军
会议议定事项如下：
一、研究春节期间安全生产工作。
云梦泽县2025年1月大事记
1月22日　副县长涂军带队慰问困难群众。
"""

META_TABLE = """当前位置：首页 > 政府信息公开 > 区政府文件
索引号\tSY0023-0300-2025-00018\t发文机关\t上海市浦滨区人民政府办公室
发文字号\t浦滨府办〔2025〕11号\t成文日期\t2025年3月26日
上海市浦滨区人民政府办公室关于调整浦滨区数字化转型工作领导小组组成人员的通知
各街道办事处：
现将调整后的领导小组组成人员名单通知如下：
上海市浦滨区人民政府办公室
2025年3月26日
"""


def test_decree_printed_under_its_issuer_is_titled_by_the_regulation_it_promulgates():
    (head,) = headers_in(DECREE)
    assert head == ("第18号", "洛川市城市绿化管理办法", "洛川市人民政府", "2025-01-24", "policy")


def test_chronicle_heading_after_short_minutes_starts_its_own_document():
    titles = [(h[1], h[4]) for h in headers_in(MINUTES_THEN_CHRONICLE)]
    assert titles == [
        ("云梦泽县人民政府第八次常务会议纪要", "meeting_minutes"),
        ("云梦泽县2025年1月大事记", "chronicle"),
    ]


def test_number_only_in_the_metadata_table_is_the_documents_number():
    heads = headers_in(META_TABLE)
    assert [h[0] for h in heads if h[1].endswith("的通知")] == ["浦滨府办〔2025〕11号"]


def test_number_of_an_unrelated_metadata_label_is_not_taken():
    raw = META_TABLE.replace("发文字号\t浦滨府办〔2025〕11号", "主题分类\t综合政务")
    heads = headers_in(raw)
    assert [h[0] for h in heads if h[1].endswith("的通知")] == [None]

"""Held-out corpus, eleventh round, for `mention` with the attendance of the same minutes.

tests/fixtures/heldout11_mention/NAME.<suffix> each has NAME.expected in the format of tests/corpus.py (scored
by tests/test_corpora.py).  This round: chronicles of a province, a ministry, a provincial department (month in
the title), a county (traditional), a town (PDF, dotted Uyghur names), a university (HTML table) and an SOE;
a yearbook whose entries open with a 【subject】 heading and date inside the text; minutes with 出席/列席/请假 in
one paragraph, in a Word table (参会人员 cell), GBK-encoded with spaced names, a 街道党工委 meeting of bare
names; news pages (run-on, 院务动态, a breadcrumb ending in 政务要闻) whose datelines (记者从…获悉) name
officials only by post.  Names and places are fictional.
"""

from __future__ import annotations

from tests.corpus import facts_in

MENTION = "mention"


def _chronicle(*lines: str, title: str = "澄北县2024年大事记") -> str:
    return "\n".join((title, *lines)) + "\n"


def test_company_president_is_a_post():
    raw = _chronicle("2月14日　副县长龚一鸣会见中国铁建股份有限公司党委副书记、总裁卞宏超一行。")
    assert ("卞宏超", "中国铁建股份有限公司党委副书记、总裁", "2024-02-14") in facts_in(raw, MENTION)


def test_name_followed_by_organising_ends_there():
    raw = _chronicle("三月", "5日，副镇长马晓燕组织开展学雷锋志愿服务活动。")
    assert facts_in(raw, MENTION) == [("马晓燕", "副镇长", "2024-03-05")]


def test_name_followed_by_reporting_ends_there():
    raw = _chronicle("1月9日　县长邱明远汇报工作。")
    assert facts_in(raw, MENTION) == [("邱明远", "县长", "2024-01-09")]


def test_dotted_name_ends_at_its_follower_not_in_the_place_after_it():
    raw = _chronicle("1月16日，县委常委、统战部部长古丽娜尔·买买提到达坂镇调研。")
    assert facts_in(raw, MENTION) == [("古丽娜尔·买买提", "县委常委、统战部部长", "2024-01-16")]


def test_yearbook_entry_opens_with_a_subject_heading_before_its_date():
    raw = "临澄年鉴（2024）\n【市委全会】　2023年1月6日，市委书记詹远航作工作报告。\n"
    assert facts_in(raw, MENTION) == [("詹远航", "市委书记", "2023-01-06")]


def test_year_printed_in_an_untitled_year_entry_dates_the_entries_after_it():
    raw = "临澄年鉴（2024）\n【市委全会】　2023年1月6日，会议召开。\n【两会】　1月9日，市长骆一舟作政府工作报告。\n"
    assert facts_in(raw, MENTION) == [("骆一舟", "市长", "2023-01-09")]


def test_entry_with_a_month_and_no_day_is_dated_to_the_month():
    raw = _chronicle("5月，市委常委、副市长邵卓然率队赴深圳开展招商活动。")
    assert facts_in(raw, MENTION) == [("邵卓然", "市委常委、副市长", "2024-05")]


def test_title_year_wins_over_a_year_printed_in_an_entry():
    raw = _chronicle("2023年12月30日，县长钱明远出席。", "1月3日，副县长许丹出席。")
    assert ("许丹", "副县长", "2024-01-03") in facts_in(raw, MENTION)


def test_page_titled_as_a_news_channel_is_read_as_dated_items():
    raw = "拉萨市人民医院 院务动态\n更新时间：2024-03-21\n本网讯 3月20日，院党委书记次仁多吉主持学习会。\n"
    assert facts_in(raw, MENTION) == [("次仁多吉", "院党委书记", "2024-03-20")]


def test_title_with_a_word_inside_is_no_news_channel():
    raw = "关于建立动态调整机制的通知\n3月20日，县长钱明远主持召开会议。\n"
    assert facts_in(raw, MENTION) == []


def test_breadcrumb_ending_in_a_news_channel_makes_a_page_of_dated_items():
    raw = ("陇川市人民政府门户网站\n首页 > 政务公开 > 政务要闻\n市领导检查保障房建设\n"
           "发布时间：2024-03-04 17:40   来源：市政府办公室\n3月4日，副市长韦振东带队检查保障房项目。\n")
    assert facts_in(raw, MENTION) == [("韦振东", "副市长", "2024-03-04")]


def test_dateline_naming_officials_only_by_post_gives_no_mention():
    raw = ("首页 > 政务公开 > 政务要闻\n今年新开工保障房3200套\n发布时间：2024-03-06\n"
           "3月5日，记者从市住建局获悉，市住建局主要负责人表示，分管副市长要求压实责任。\n")
    assert facts_in(raw, MENTION) == []

"""Held-out corpus, eighth round, for `mention` (with the attendance of the same minutes).

tests/fixtures/heldout8_mention/NAME.<suffix> each has NAME.expected in the format of tests/corpus.py (scored
by tests/test_corpora.py).  This round: 大事记 of a ministry, provinces' cities, counties, a town, a street, a
开发区, a university and a hospital (江苏 浙江 湖南 湖北 陕西 甘肃 黑龙江 广西 贵州 海南 新疆 四川 福建 山东 河南),
news items (本网讯 5月6日，…), month and year headings, parts of months (1月中旬), bulleted ISO dates on a web
page, bracketed dates, dotted minority names, 某 placeholders, minutes' openings and lists; one file in
traditional characters, one in GBK, one PDF.  Names and places are fictional.
"""

from __future__ import annotations

from tests.conftest import facts_of
from tests.corpus import facts_in

TYPE = "mention"


def _chronicle(*lines: str, title: str = "青岚县2023年大事记") -> str:
    return "\n".join((title, *lines)) + "\n"


def test_year_comes_from_the_title_when_the_document_prints_no_other_date():
    raw = _chronicle("一月", "5日，县委书记周立新主持召开县委常委会会议。")
    assert facts_in(raw, TYPE) == [("周立新", "县委书记", "2023-01-05")]


def test_placeholder_name_with_mou_is_no_person():
    raw = _chronicle("3月4日，省委常委、副省长王某某到我县调研，县委书记孙启明陪同。")
    assert facts_in(raw, TYPE) == [("孙启明", "县委书记", "2023-03-04")]


def test_news_lead_before_the_date_opens_an_entry():
    raw = _chronicle("本网讯  5月13日，县委副书记、县长宋佳明到三道河乡调研春播生产。")
    assert facts_in(raw, TYPE) == [("宋佳明", "县委副书记、县长", "2023-05-13")]


def test_news_page_of_dated_items_is_read_like_a_chronicle():
    raw = "北岭县工作动态\n发布时间：2024-03-02\n3月2日，县委书记高振东到三道河乡调研。\n"
    assert facts_in(raw, TYPE) == [("高振东", "县委书记", "2024-03-02")]


def test_part_of_a_month_dates_the_entry_to_its_month():
    raw = _chronicle("1月", "中旬，县委副书记李德明走访慰问离退休老同志。", "3月下旬，县长郑秋燕带队考察。")
    assert facts_in(raw, TYPE) == [("李德明", "县委副书记", "2023-01"), ("郑秋燕", "县长", "2023-03")]


def test_bulleted_iso_date_opens_an_entry():
    raw = _chronicle("●2024-01-09　市委书记孔祥瑞主持召开市委常委会会议。")
    assert facts_in(raw, TYPE) == [("孔祥瑞", "市委书记", "2024-01-09")]


def test_bracketed_day_and_weekday_open_an_entry():
    raw = _chronicle("1月", "（6日）县委书记罗志坚主持召开会议。", "1月8日（星期五）　县长邓春梅出席。")
    assert facts_in(raw, TYPE) == [("罗志坚", "县委书记", "2023-01-06"), ("邓春梅", "县长", "2023-01-08")]


def test_year_of_the_title_wins_over_a_later_date_in_the_text():
    raw = _chronicle("1月", "9日，县长唐兴国出席2024年工作部署会。", title="青岚县2023年大事记")
    assert facts_in(raw, TYPE) == [("唐兴国", "县长", "2023-01-09")]


def test_bracketed_month_heading_and_chinese_numeral_year_month_heading():
    raw = _chronicle("【一月】", "9日，县长唐兴国调研。", "二〇二四年二月", "3日，县长唐兴国出席。")
    assert facts_in(raw, TYPE) == [("唐兴国", "县长", "2023-01-09"), ("唐兴国", "县长", "2024-02-03")]


def test_dotted_minority_names_longer_than_seven_characters():
    raw = _chronicle("6月20日，县人大常委会主任阿不都热合曼·依明带队开展执法检查。")
    assert facts_in(raw, TYPE) == [("阿不都热合曼·依明", "县人大常委会主任", "2023-06-20")]


def test_name_followed_by_lai_for_a_visit():
    raw = _chronicle("5月12日，市卫健委党组书记、主任林国华来院慰问护理人员。")
    assert facts_in(raw, TYPE) == [("林国华", "市卫健委党组书记、主任", "2023-05-12")]


def test_line_of_a_date_alone_in_ordinary_text_is_no_entry():
    raw = "青岚县人民政府关于表彰先进的通知\n青政发〔2023〕3号\n5日，县长唐兴国出席。\n"
    assert facts_in(raw, TYPE) == []


def test_seed_chronicle_still_dates_its_entries(seed_facts):
    got = facts_of(seed_facts("000"), TYPE, person="高怀京", date="2024-07-01")
    assert [f["post"] for f in got] == ["旗委书记"]

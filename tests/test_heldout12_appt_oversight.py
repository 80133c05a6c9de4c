"""Rules read from the twelfth held-out corpus: appointments and oversight together.

The corpus is tests/fixtures/heldout12_appt_oversight/, scored in tests/test_corpora.py.

Fifteen fictional documents: a 县人大常委会 决定 with 接受辞职 and 罢免 (河北), per-paragraph 任免 (江西),
任命：/免去： headings over name and post lines (安徽), an HTML table with 原任/新任/免去 columns (云南), Tibetan,
Hui and dotted Uyghur names (青海), wrapped PDF posts with a bracketed second post (内蒙古), 村/社区 任职 and
提名 (吉林), university 聘任/解聘 (辽宁), a hospital 试用期满 notice with a new appointment (山西), a 提请 议案
and a 提名 letter (重庆), 挂职 and a 任前公示 in GBK (天津), traditional 政协 (广东), a 镇 division with 包村 and
AB角 (宁夏), a run-on 街道 page with 【字体：大 中 小】 (湖南), 不再分管 adjustments (贵州).
"""

from __future__ import annotations

from tests.corpus import facts_in

NOTICE = "关于有关同志职务任免的通知\n经研究决定：\n"
DIVISION = "红崖镇人民政府关于镇领导班子成员工作分工的通知\n"


def test_a_name_line_and_the_post_line_below_it_make_one_row_under_a_heading():
    raw = NOTICE + "任命：\n孔德伟\n县人民政府办公室副主任\n免去：\n汪立新\n县水利局副局长职务\n"
    assert facts_in(raw, "appointment") == [
        ("孔德伟", "appoint", "县人民政府办公室副主任", "0"), ("汪立新", "remove", "县水利局副局长", "0")]


def test_a_post_line_below_a_name_line_keeps_its_probation_note():
    raw = NOTICE + "任命：\n鲍国庆\n县农业农村局副局长（试用期一年）\n"
    assert facts_in(raw, "appointment") == [("鲍国庆", "appoint", "县农业农村局副局长", "1")]


def test_a_dotted_name_opens_a_row():
    raw = NOTICE + "阿依古丽·买买提同志任州卫生健康委员会副主任；\n"
    assert facts_in(raw, "appointment") == [("阿依古丽·买买提", "appoint", "州卫生健康委员会副主任", "0")]


def test_a_bracket_closing_a_post_that_holds_a_whole_post_names_a_second_post():
    raw = NOTICE + "乌力吉木仁同志任盟发展和改革委员会副主任（盟粮食和物资储备局局长）；\n"
    assert facts_in(raw, "appointment") == [
        ("乌力吉木仁", "appoint", "盟发展和改革委员会副主任", "0"),
        ("乌力吉木仁", "appoint", "盟粮食和物资储备局局长", "0")]


def test_a_bracketed_rank_or_former_post_is_no_second_post():
    raw = NOTICE + "张海同志任县财政局副局长（正科级）；\n李明同志任县审计局局长（原县财政局副局长）；\n"
    got = facts_in(raw, "appointment")
    assert [f[0] for f in got] == ["张海", "李明"]
    assert not any(f[2] in ("正科级", "原县财政局副局长") for f in got)


def test_a_post_on_probation_in_a_confirmation_notice_is_a_new_appointment():
    raw = ("关于贺文斌等同志试用期满正式任职的通知\n院党委研究决定：\n贺文斌同志正式任医务科科长；\n同时决定：\n"
           "任命尉迟红为感染管理科科长（试用期一年）；\n")
    assert facts_in(raw, "appointment") == [
        ("贺文斌", "confirm", "医务科科长", "0"), ("尉迟红", "appoint", "感染管理科科长", "1")]


def test_bao_cun_lists_the_villages_a_town_leader_liaises_with():
    raw = DIVISION + "杨秀芳  镇党委委员、副镇长\n分管水务站。包村：沙坡村、马家湾村。\n"
    got = facts_in(raw, "oversight")
    assert ("杨秀芳", "liaises", "沙坡村") in got and ("杨秀芳", "liaises", "马家湾村") in got


def test_a_bracketed_font_size_widget_does_not_hide_the_title_of_a_web_page():
    raw = ("芙蓉岭街道办事处关于领导班子成员工作分工的通知    发布时间：2024-04-02    【字体：大 中 小】    "
           "芙街办发〔2024〕6号    向美玲：办事处副主任。分管社会事务办公室。    芙蓉岭街道办事处    2024年4月1日\n")
    assert facts_in(raw, "oversight") == [("向美玲", "oversees", "社会事务办公室")]

"""Rules read from the eleventh held-out corpus: appointments and oversight together.

The corpus is tests/fixtures/heldout11_appt_oversight/, scored in tests/test_corpora.py.

Twenty-three fictional documents: a 省政府 任免 with a trailing 试用期 note (江苏), a 人大常委会 任免名单 in a Word
table with a 任免方式 column (湖南), a 市长's 提请任免 议案 (浙江), university, hospital (HTML table with a 任免职务
column) and 国企 PDF 任免 (陕西, 湖北, 四川), 省政府 divisions with wrapped lists and an HTML table (甘肃, 陕西),
协助…分管 (贵州, 湖南), 分工调整 (海南 HTML, 河南 run-on), 镇 AB角 (福建, 四川), a GBK run-on 街道 page (新疆),
traditional 政协 (黑龙江), 挂职 and 试用期满 (河南), a 任前公示 (山东), 国务院 and 省委 任免 news, a spaced
省政府 list (浙江), a 人大 decision with several rows to one verb (福建).
"""

from __future__ import annotations

from tests.corpus import facts_in

NOTICE = "关于有关同志职务任免的通知\n经研究决定：\n"
DIVISION = "石门镇人民政府关于镇领导班子成员工作分工的通知\n"


def test_a_trailing_note_puts_the_appointees_it_names_on_probation():
    raw = (NOTICE + "任命钱立新为省发展和改革委员会副主任；\n任命孙雅婷为省生态环境厅副厅长。\n"
           "以上同志中，孙雅婷试用期一年。\n")
    got = facts_in(raw, "appointment")
    assert ("孙雅婷", "appoint", "省生态环境厅副厅长", "1") in got
    assert ("钱立新", "appoint", "省发展和改革委员会副主任", "0") in got


def test_a_trailing_note_naming_nobody_puts_every_appointee_on_probation():
    raw = NOTICE + "任命：\n陆文彬  省经济和信息化厅副厅长\n以上任命人员试用期均为一年。\n"
    assert facts_in(raw, "appointment") == [("陆文彬", "appoint", "省经济和信息化厅副厅长", "1")]


def test_a_verb_column_acts_on_the_post_column_of_a_congress_list():
    raw = ("县人民代表大会常务委员会任免名单\n姓名\t职务\t任免方式\n刘振华\t县教育局局长\t决定任命\n"
           "彭文斌\t县人民政府副县长\t接受辞职\n")
    got = facts_in(raw, "appointment")
    assert got == [("刘振华", "appoint", "县教育局局长", "0"), ("彭文斌", "resign", "县人民政府副县长", "0")]


def test_a_bare_post_column_without_a_verb_column_is_the_current_post():
    raw = NOTICE + "姓名\t职务\t拟任职务\n舒晴\t护理部副主任\t护理部主任\n"
    assert facts_in(raw, "appointment") == [("舒晴", "appoint", "护理部主任", "0")]


def test_a_clause_column_gives_each_verb_of_its_cell_with_the_rows_remark():
    raw = NOTICE + "姓名\t原职务\t任免职务\t备注\n詹明辉\t医务科科长\t任副院长，免去医务科科长职务\t试用期一年\n"
    got = facts_in(raw, "appointment")
    assert got == [("詹明辉", "appoint", "副院长", "1"), ("詹明辉", "remove", "医务科科长", "0")]


def test_a_proposal_heading_ending_in_a_verb_heads_the_rows_below_it():
    raw = ("关于提请任免王卫东等同志职务的议案\n市人民代表大会常务委员会：\n根据有关规定，提请任命：\n"
           "王卫东为临澄市财政局局长；\n提请免去：\n林建平的临澄市财政局局长职务。\n")
    got = facts_in(raw, "appointment")
    assert got == [("王卫东", "nominate", "临澄市财政局局长", "0"),
                   ("林建平", "nominate_remove", "临澄市财政局局长", "0")]


def test_a_second_name_for_after_a_comma_takes_the_verb_before_it():
    raw = NOTICE + "任命林俊辉为市人民政府副市长，陈思雨为市审计局局长；\n"
    got = facts_in(raw, "appointment")
    assert ("陈思雨", "appoint", "市审计局局长", "0") in got
    assert ("林俊辉", "appoint", "市人民政府副市长", "0") in got


def test_a_title_of_a_court_body_after_a_court_post_takes_the_court_name():
    raw = NOTICE + "任命黄晓军为榕溪市人民法院副院长、审判委员会委员；\n"
    assert ("黄晓军", "appoint", "榕溪市人民法院审判委员会委员", "0") in facts_in(raw, "appointment")


def test_an_acting_head_after_a_deputy_head_takes_the_government_name():
    raw = NOTICE + "决定任命孙立新为淮澄县人民政府副县长、代理县长；\n"
    assert ("孙立新", "appoint", "淮澄县人民政府代理县长", "0") in facts_in(raw, "appointment")


def test_a_party_secretary_and_chairman_of_one_company_stay_one_post_as_printed():
    raw = NOTICE + "赵启明任四川岷江能源投资集团有限公司党委书记、董事长；\n"
    got = facts_in(raw, "appointment")
    assert got == [("赵启明", "appoint", "四川岷江能源投资集团有限公司党委书记、董事长", "0")]


def test_a_removal_from_a_concurrent_post_names_the_person_before_jianren_de():
    raw = NOTICE + "免去方卫东兼任的水利部信息中心主任职务。\n"
    assert facts_in(raw, "appointment") == [("方卫东", "remove", "水利部信息中心主任", "0")]


def test_pairs_listed_with_a_dash_after_an_ab_label_back_each_other_up():
    raw = (DIVISION + "党委副书记、镇长  邓春燕\n负责财政工作。\n党委委员、副镇长  杨小龙\n负责水利工作。\n"
           "A、B角：邓春燕—杨小龙\n")
    got = facts_in(raw, "oversight")
    assert ("邓春燕", "backup", "杨小龙") in got
    assert ("杨小龙", "backup", "邓春燕") in got


def test_a_single_name_after_an_ab_label_is_still_the_leaders_own_partner():
    raw = DIVISION + "林志斌  镇党委副书记、镇长\n负责财政工作。AB角：陈美玲。\n"
    assert ("林志斌", "backup", "陈美玲") in facts_in(raw, "oversight")

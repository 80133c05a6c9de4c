"""Rules read from the tenth held-out corpus: appointments and oversight together.

The corpus is tests/fixtures/heldout10_appt_oversight/, scored in tests/test_corpora.py.

Fifteen fictional documents: a 人大常委会 任免名单 with 代理县长 (江苏), 政协 任免 (浙江 HTML), a university's
党委 and 行政 decisions (湖南), a hospital table with a merged 备注 cell (湖北 HTML), 提名 人选 (陕西), 挂职 and
试用期满 (甘肃), a 任前公示 followed by its decision (黑龙江), a 镇 division with AB角 (广西), a run-on 街道 page
(贵州), an adjustment with 代管 (海南), GBK 任免 with dotted names (新疆), a traditional division (福建), a
开发区 table with rowspan and colspan (四川 HTML), an SOE PDF (山东) and a ministry's run-on page.
"""

from __future__ import annotations

from extract.load import html_text
from tests.corpus import facts_in

NOTICE = "关于有关同志职务任免的通知\n经研究决定：\n"
DIVISION = "榕江镇人民政府关于镇领导班子成员工作分工的通知\n"


def test_a_rowspan_cell_of_an_html_table_is_repeated_on_the_rows_it_spans():
    page = ("<table><tr><th>姓名</th><th>分管部门</th></tr><tr><td rowspan='2'>郭晓静</td><td>财政局</td></tr>"
            "<tr><td>经济发展局</td></tr></table>").encode()
    assert html_text(page).splitlines()[-1].split("\t")[:2] == ["郭晓静", "经济发展局"]


def test_a_colspan_cell_leaves_empty_cells_so_later_columns_keep_their_place():
    page = ("<table><tr><td colspan='2'>主持全面工作</td><td>中和街道</td></tr>"
            "<tr><td>甲</td><td>乙</td><td>丙</td></tr></table>").encode()
    assert html_text(page).splitlines()[0].split("\t")[:3] == ["主持全面工作", "", "中和街道"]


def test_a_leaders_own_ab_partner_at_the_end_of_the_block_is_a_backup_pair():
    raw = DIVISION + "莫春燕  副镇长\n负责农业农村工作。分管农业服务中心。AB角：黄立新。\n"
    got = facts_in(raw, "oversight")
    assert ("莫春燕", "backup", "黄立新") in got
    assert ("黄立新", "backup", "莫春燕") in got


def test_a_heading_line_naming_a_division_of_labour_makes_a_web_page_a_division():
    raw = ("某街道办事处   当前位置：首页 > 信息公开\n云岩街道领导班子成员工作分工\n"
           "田志国  街道党工委副书记  负责党建工作，分管党建工作办公室，联系新华社区。\n")
    assert ("田志国", "liaises", "新华社区") in facts_in(raw, "oversight")


def test_an_assistant_to_the_mayor_is_the_leader_of_his_own_line():
    raw = ("关于调整市政府领导同志工作分工的通知\n一、副市长陈丽雯同志不再联系市供销合作社。\n"
           "二、市长助理李俊峰同志协助副市长陈丽雯负责城市更新工作。\n")
    assert ("李俊峰", "assists", "城市更新") in facts_in(raw, "oversight")


def test_a_removal_of_the_same_person_wrapped_onto_the_next_line_is_read():
    raw = NOTICE + "孙倩同志任集团公司财务部部长（试用期一年），\n免去其集团公司审计部副部长职务；\n"
    assert facts_in(raw, "appointment") == [
        ("孙倩", "appoint", "集团公司财务部部长", "1"), ("孙倩", "remove", "集团公司审计部副部长", "0")]


def test_a_secondment_term_after_the_post_is_no_part_of_it():
    raw = NOTICE + "苏晓琳同志挂任河西市商务局局长助理，挂职期限两年。\n"
    assert facts_in(raw, "appointment") == [("苏晓琳", "appoint", "河西市商务局局长助理", "0")]


def test_a_resignation_heading_ends_the_section_above_it():
    raw = ("淮澄县人民代表大会常务委员会\n任免名单\n三、任命\n任命邵春芳为淮澄县人民检察院检察员。\n"
           "四、接受辞职\n接受周德明辞去淮澄县人民政府县长职务的请求。\n")
    assert facts_in(raw, "appointment") == [
        ("邵春芳", "appoint", "淮澄县人民检察院检察员", "0"), ("周德明", "resign", "淮澄县人民政府县长", "0")]


def test_a_public_notice_of_proposed_posts_gives_no_appointment():
    raw = "干部任前公示\n林国庆，男，1980年3月生，现任区发展和改革局副局长，拟任区统计局局长；\n"
    assert facts_in(raw, "appointment") == []

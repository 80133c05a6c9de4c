"""Appointment facts (人事任免): one fact per person per post, with action, probation, effective date."""

from __future__ import annotations

from extract.pipeline import extract_text
from tests.conftest import facts_of

HEAD = "某县人民政府关于张三等同志职务任免的通知\n某政任发〔2024〕1号\n各乡镇人民政府：\n经研究，决定：\n"
TAIL = "\n某县人民政府\n2024年3月1日\n"


def _appointments(body: str, head: str = HEAD) -> list[tuple]:
    facts = extract_text(head + body + TAIL, "x.txt")
    return [(f["person"], f["action"], f["post"]) for f in facts if f["type"] == "appointment"]


def _one(body: str, **fields) -> dict:
    facts = facts_of(list(extract_text(HEAD + body + TAIL, "x.txt")), "appointment", **fields)
    assert len(facts) == 1, facts
    return facts[0]


# --- short specifications -------------------------------------------------------------------------


def test_tiny_notice_gives_an_appointment_with_probation_and_a_removal():
    body = "任张三为县财政局局长（试用期一年）；\n免去李四县财政局局长职务。"
    assert _appointments(body) == [("张三", "appoint", "县财政局局长"), ("李四", "remove", "县财政局局长")]
    assert _one(body, person="张三")["probation"] is True
    assert _one(body, person="李四")["probation"] is False


def test_appointment_fact_carries_document_and_evidence():
    f = _one("任张三为县财政局局长（试用期一年）；")
    assert f["document"] == "某政任发〔2024〕1号"
    assert f["source"] == {"file": "x.txt", "line": 5, "text": "任张三为县财政局局长（试用期一年）；"}
    assert f["effective"] is None and f["seconded"] is False


def test_name_group_gives_one_fact_per_person():
    assert _appointments("任命张三、李四为县财政局副局长；") == [
        ("张三", "appoint", "县财政局副局长"), ("李四", "appoint", "县财政局副局长")]


def test_person_heading_carries_over_the_items_of_its_line():
    assert _appointments("张三：任县财政局局长；免去县审计局局长职务。") == [
        ("张三", "appoint", "县财政局局长"), ("张三", "remove", "县审计局局长")]


def test_appoint_and_remove_in_one_sentence_are_two_facts():
    assert _appointments("张三同志任县财政局局长，免去其县审计局局长职务；") == [
        ("张三", "appoint", "县财政局局长"), ("张三", "remove", "县审计局局长")]


def test_removal_from_two_posts_is_two_facts():
    assert _appointments("免去王五同志的县教育局局长、县体育局局长职务；") == [
        ("王五", "remove", "县教育局局长"), ("王五", "remove", "县体育局局长")]


def test_bare_title_after_a_post_stays_with_its_organisation():
    assert _appointments("提名赵六为某某集团有限公司纪委书记、监察专员人选；") == [
        ("赵六", "nominate", "某某集团有限公司纪委书记、监察专员")]


def test_concurrent_post_after_a_comma():
    assert _appointments("孙八任县发展和改革委员会主任，兼县粮食和物资储备局局长；") == [
        ("孙八", "appoint", "县发展和改革委员会主任"), ("孙八", "concurrent", "县粮食和物资储备局局长")]


def test_section_headings_give_the_verb_of_the_rows_below():
    body = "一、任命\n张三为县财政局局长；\n二、免职\n王五的县教育局局长职务；"
    assert _appointments(body) == [("张三", "appoint", "县财政局局长"), ("王五", "remove", "县教育局局长")]


def test_heading_and_rows_on_one_line():
    assert _appointments("任命：张三为县财政局局长；李四为县审计局局长。") == [
        ("张三", "appoint", "县财政局局长"), ("李四", "appoint", "县审计局局长")]


def test_resignation_and_hiring():
    assert _appointments("聘任赵六为县医院院长；\n同意钱七辞去县医院副院长职务。") == [
        ("赵六", "appoint", "县医院院长"), ("钱七", "resign", "县医院副院长")]


def test_confirmation_after_probation_inline():
    got = _appointments("周九试用期满，正式任命为县财政局副局长。")
    assert got == [("周九", "confirm", "县财政局副局长")]


def test_confirmation_notice_turns_every_ren_into_confirm():
    head = HEAD.replace("职务任免", "试用期满任职")
    assert _appointments("张三任县财政局副局长；", head) == [("张三", "confirm", "县财政局副局长")]


def test_secondment_sets_seconded_and_its_start():
    f = _one("吴十挂职任县农牧局副局长（挂职时间为一年，2024年1月至2025年1月）；")
    got = (f["action"], f["post"], f["seconded"], f["effective"])
    assert got == ("appoint", "县农牧局副局长", True, "2024-01")


def test_printed_start_date_is_the_effective_date():
    f = _one("决定任命郑一为县财政局局长，任职时间自2024年3月1日起计算。")
    assert (f["post"], f["effective"]) == ("县财政局局长", "2024-03-01")


def test_traditional_characters_are_matched_and_printed_as_is():
    assert _appointments("任命張三為縣財政局局長；\n免去李四縣審計局局長職務。") == [
        ("張三", "appoint", "縣財政局局長"), ("李四", "remove", "縣審計局局長")]


def test_names_glued_to_a_list_of_people():
    assert _appointments("免去张三、李四县财政局副局长职务。") == [
        ("张三", "remove", "县财政局副局长"), ("李四", "remove", "县财政局副局长")]


def test_proposed_appointment_is_not_an_appointment():
    assert _appointments("张三拟任县财政局局长；") == []


def test_office_head_in_a_group_notice_is_not_an_appointment():
    raw = ("某县人民政府办公室关于成立甲工作领导小组的通知\n某政办发〔2024〕2号\n各部门：\n"
           "领导小组办公室设在县财政局，办公室主任由县财政局局长张勤同志兼任。\n某县人民政府办公室\n2024年3月1日\n")
    assert facts_of(list(extract_text(raw, "x.txt")), "appointment") == []


# --- hand-verified facts from the seeds --------------------------------------------------------------


def test_markdown_table_row(seed_facts):
    (f,) = facts_of(seed_facts("001"), "appointment", person="白一琼")
    got = (f["action"], f["post"], f["document"])
    assert got == ("confirm", "旗人民政府办公室副主任", "伊政任发[2024]1号")
    assert f["source"]["line"] == 979
    assert f["source"]["text"] == "| 白一琼 | 任旗人民政府办公室副主任； |"


def test_spaced_and_mongolian_names_in_table_rows(seed_facts):
    facts = facts_of(seed_facts("001"), "appointment", action="confirm")
    assert facts_of(facts, "appointment", person="孙焜", post="旗教育体育事业发展中心副主任")
    assert facts_of(facts, "appointment", person="巴音都仁", post="旗退役军人事务局副局长")
    assert facts_of(facts, "appointment", person="阿希达", post="旗教育体育局副局长")


def test_post_and_concurrent_post_in_one_row(seed_facts):
    got = {(f["action"], f["post"]) for f in facts_of(seed_facts("001"), "appointment", person="杨利平")}
    assert got == {("confirm", "旗民政综合服务中心主任"), ("concurrent", "旗社会救助服务中心主任")}


def test_bullet_nomination_drops_renxuan(seed_facts):
    (f,) = facts_of(seed_facts("001"), "appointment", person="刘柳")
    assert (f["action"], f["post"]) == ("nominate", "伊金霍洛旗文化旅游产业投资集团有限责任公司副总经理")
    assert f["source"]["line"] == 1049


def test_promotion_with_probation_and_removal(seed_facts):
    facts = facts_of(seed_facts("001"), "appointment", person="高小平")
    assert [(f["action"], f["post"], f["probation"]) for f in facts] == [
        ("appoint", "旗公安局乌兰木伦第二派出所所长", True), ("remove", "旗公安局副科级侦查员", False)]


def test_nominated_removal_and_resignation(seed_facts):
    facts = facts_of(seed_facts("001"), "appointment", person="刘志功")
    assert [(f["action"], f["post"]) for f in facts] == [
        ("nominate_remove", "内蒙古圣圆能源集团有限责任公司副总经理"), ("resign", "公职")]


def test_names_glued_to_posts_in_run_on_web_text(seed_facts):
    facts = seed_facts("002")
    for name, post in [("金山", "市人民政府副秘书长"), ("王水云", "市口岸管理办公室主任"),
                       ("苏云高娃", "市科学技术局副局长"),
                       ("白朝格吉乐图", "鄂托克经济开发区管理委员会副主任"),
                       ("斯琴格日勒", "鄂尔多斯高新技术产业开发区综合保障中心主任"),
                       ("刘根外", "恩格贝生态示范区管理委员会副主任")]:
        assert facts_of(facts, "appointment", person=name, action="remove", post=post), name


def test_name_beginning_with_the_verb_character(seed_facts):
    (f,) = facts_of(seed_facts("002"), "appointment", person="任二虎")
    assert (f["action"], f["post"]) == ("appoint", "市就业服务中心主任")


def test_effective_date_and_two_posts_in_a_confirmation(seed_facts):
    facts = facts_of(seed_facts("002"), "appointment", person="奇凤")
    assert [(f["action"], f["post"], f["effective"]) for f in facts] == [
        ("confirm", "市水利局副局长", "2022-09"), ("confirm", "市河湖长制办公室副主任", "2022-09")]
    (f,) = facts_of(seed_facts("002"), "appointment", person="云小平")
    assert f["effective"] == "2023-01"


def test_secondment_in_the_seeds(seed_facts):
    (f,) = facts_of(seed_facts("002"), "appointment", person="钟财富")
    assert (f["action"], f["post"], f["seconded"], f["effective"], f["probation"]) == (
        "appoint", "市发展和改革委员会副主任", True, "2024-01", False)


def test_every_row_of_the_seed_notices_is_read(seed_facts):
    # Counted by hand: rows plus the second post of rows holding two.
    expected = {"伊政任发[2024]1号": 45, "伊政任发〔2024〕2号": 54, "伊政任发[2024]3号": 16,
                "伊政任发[2024]4号": 22, "鄂府任字〔2024〕4号": 20, "鄂府任字〔2024〕3号": 13,
                "鄂府任字〔2024〕1号": 25}
    facts = seed_facts("001") + seed_facts("002")
    for number, n in expected.items():
        assert len(facts_of(facts, "appointment", document=number)) == n, number


def test_no_appointments_where_the_seeds_print_none(seed_facts):
    for prefix in ("000", "003", "004"):
        assert facts_of(seed_facts(prefix), "appointment") == []


def test_a_remark_after_the_closing_zhiwu_is_not_part_of_the_post():
    raw = ("某省人民政府关于赵立新等同志职务任免的通知\n某政任〔2023〕1号\n"
           "免去赵立新的省交通运输厅厅长职务，退休。\n某省人民政府\n2023年5月6日\n")
    got = [(f["person"], f["action"], f["post"]) for f in extract_text(raw, "x.txt") if f["type"] == "appointment"]
    assert got == [("赵立新", "remove", "省交通运输厅厅长")]

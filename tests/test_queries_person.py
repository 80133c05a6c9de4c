"""Person profile, timeline and duty changes: every row carries its evidence; homonyms are never merged."""

from __future__ import annotations

import pytest

from queries.common import Ambiguous, NotFound
from queries.person import duty_changes, person_profile, timeline
from tests.fixtures.stores import mini, seed_store  # noqa: F401 - pytest fixtures


def test_profile_lists_posts_groups_duties_and_meetings(mini):  # noqa: F811
    p = person_profile(mini, "王俊")
    assert [x["post"] for x in p["posts"]] == ["乌兰旗人民政府副旗长"]
    assert {(g["group"], g["role"]) for g in p["groups"]} == {
        ("乌兰旗安全生产工作领导小组", "副组长"),
        ("乌兰旗安全生产工作领导小组", "常务副组长"),
        ("乌兰旗人工智能产业发展工作领导小组", "组长"),
    }
    assert [m["meeting"] for m in p["meetings"]] == ["乌兰旗人民政府2021年第3次常务会议"]
    assert ("backup", "张勤") in {(d["relation"], d["target"]) for d in p["duties"]}


def test_every_profile_row_carries_document_date_and_quoted_text(mini):  # noqa: F811
    p = person_profile(mini, "王俊")
    rows = p["posts"] + p["groups"] + p["duties"] + p["meetings"]
    assert rows and all(r["evidence"]["text"] and r["evidence"]["date"] for r in rows)
    assert p["posts"][0]["evidence"]["document"] == "乌政任字〔2021〕3号"


def test_ambiguous_name_lists_candidates_instead_of_guessing(mini):  # noqa: F811
    with pytest.raises(Ambiguous) as err:
        person_profile(mini, "张勤")
    assert err.value.code == "E031"
    assert {(c["id"], c["jurisdiction"]) for c in err.value.candidates} == {
        ("per:zhangqin", "乌兰旗"),
        ("per:zhangqin2", "达拉特旗"),
    }


def test_homonyms_and_possibly_same_are_listed_apart(mini):  # noqa: F811
    p = person_profile(mini, "per:zhangqin")
    assert [h["id"] for h in p["homonyms"]] == ["per:zhangqin2"]
    assert [s["id"] for s in p["possibly_same"]] == ["per:zhangqin2"]
    assert all(g["group"] != "达拉特旗教育局局长" for g in p["groups"])
    assert [x["post"] for x in p["posts"]] == ["乌兰旗人民政府副旗长"]


def test_traditional_spelling_and_ocr_alias_find_the_person(mini):  # noqa: F811
    assert person_profile(mini, "趙磊")["person"]["id"] == "per:zhaolei"
    assert person_profile(mini, "那顺巴雅儿")["person"]["id"] == "per:nasun"


def test_unknown_name_is_e030(mini):  # noqa: F811
    with pytest.raises(NotFound):
        person_profile(mini, "查无此人")


def test_timeline_orders_appointment_group_and_removal(mini):  # noqa: F811
    events = [(e["date"], e["event"]) for e in timeline(mini, "李红")]
    assert events == [
        ("2021-06-15", "appointed"),
        ("2021-11-10", "observed as"),
        ("2022-03-01", "joined group as 成员"),
        ("2023-03-20", "removed"),
        ("2023-05-10", "left group"),
    ]


def test_timeline_shows_probation_confirmation_and_role_kept(mini):  # noqa: F811
    events = [e["event"] for e in timeline(mini, "那顺巴雅尔")]
    assert events[0] == "appointed (probation)"
    assert "confirmed after probation" in events
    assert "kept in adjusted roster as 成员" in events


def test_timeline_shows_group_role_change(mini):  # noqa: F811
    events = [e["event"] for e in timeline(mini, "王俊")]
    assert "group role changed from 副组长 to 常务副组长" in events


def test_duty_changes_of_an_adjustment(mini):  # noqa: F811
    [change] = duty_changes(mini, "王俊")
    assert change["document"] == "乌政发〔2024〕8号"
    assert [(x["relation"], x["target"]) for x in change["took_over"]] == [
        ("oversees", "乌兰旗卫生健康委员会")
    ]
    assert [(x["relation"], x["target"]) for x in change["gave_up"]] == [("oversees", "乌兰旗教育体育局")]


def test_seed_agencies_su_cuifang_took_over_and_gave_up(seed_store):  # noqa: F811
    # 鄂府办发〔2024〕11号: 新增分管市人民政府外事办公室(市港澳事务办公室)、鄂尔多斯银行股份有限公司。
    # … 不再分管原市行政审批和政务服务局、市口岸管理办公室。
    [change] = [c for c in duty_changes(seed_store, "苏翠芳") if c["document"] == "鄂府办发〔2024〕11号"]
    took = {x["target"] for x in change["took_over"] if x["relation"] == "oversees"}
    gave = {x["target"] for x in change["gave_up"] if x["relation"] == "oversees"}
    assert len(took) == 2
    assert any(t.endswith("外事办公室") for t in took) and any(
        t.endswith("鄂尔多斯银行股份有限公司") for t in took
    )
    assert len(gave) == 2
    assert any(t.endswith("口岸管理办公室") for t in gave) and any(
        t.endswith("行政审批和政务服务局") for t in gave
    )
    assists = {(x["relation"], x["target"]) for x in change["took_over"] if x["relation"] == "assists"}
    assert assists == {("assists", "金融"), ("assists", "外事")}
    assert {x["target"] for x in change["gave_up"] if x["relation"] == "assists"} == {"政务服务"}

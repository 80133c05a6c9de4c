"""Group rosters as of a date in printed order, version diffs, a person's groups, shared members."""

from __future__ import annotations

import pytest

from queries.common import Ambiguous
from queries.groups import groups_of_person, roster, roster_diff, shared_members, versions
from tests.fixtures.stores import mini, seed_store  # noqa: F401 - pytest fixtures

AQ = "乌兰旗安全生产工作领导小组"


def test_latest_roster_in_printed_order(mini):  # noqa: F811
    r = roster(mini, AQ)
    assert [(m["person"], m["role"]) for m in r["members"]] == [
        ("高明", "组长"),
        ("王俊", "常务副组长"),
        ("那顺巴雅尔", "成员"),
        ("赵磊", "成员"),
    ]
    assert r["version"]["document"] == "乌政发〔2023〕9号"


def test_roster_as_of_a_date_before_the_adjustment(mini):  # noqa: F811
    r = roster(mini, AQ, as_of="2022-06")
    assert [m["person"] for m in r["members"]] == ["高明", "王俊", "李红", "那顺巴雅尔"]
    assert r["members"][1]["role"] == "副组长"


def test_roster_has_office_subgroups_and_member_units(mini):  # noqa: F811
    r = roster(mini, AQ)
    assert [(o["agency"], o["office_head"]) for o in r["office"]] == [("乌兰旗应急管理局", "王俊")]
    assert [s["name"] for s in r["subgroups"]] == ["安全生产专项工作组"]
    assert [u["agency"] for u in roster(mini, "人工智能产业发展工作领导小组")["member_units"]] == [
        "乌兰旗工信和科技局"
    ]


def test_versions_are_listed_oldest_first(mini):  # noqa: F811
    assert [v["document"] for v in versions(mini, AQ)] == ["乌政发〔2022〕5号", "乌政发〔2023〕9号"]


def test_diff_of_the_last_two_versions(mini):  # noqa: F811
    d = roster_diff(mini, AQ)
    assert [m["person"] for m in d["joined"]] == ["赵磊"]
    assert [m["person"] for m in d["left"]] == ["李红"]
    assert [(c["person"], c["old_role"], c["new_role"]) for c in d["role_changed"]] == [
        ("王俊", "副组长", "常务副组长")
    ]
    assert d["joined"][0]["evidence"]["document"] == "乌政发〔2023〕9号"


def test_ambiguous_partial_group_name_lists_candidates(mini):  # noqa: F811
    with pytest.raises(Ambiguous) as err:
        roster(mini, "领导小组")
    assert len(err.value.candidates) == 2


def test_groups_of_a_person_now_and_all_versions(mini):  # noqa: F811
    all_rows = groups_of_person(mini, "王俊")
    assert len(all_rows) == 3
    now = groups_of_person(mini, "王俊", current_only=True)
    assert {(g["group"], g["role"]) for g in now} == {
        (AQ, "常务副组长"),
        ("乌兰旗人工智能产业发展工作领导小组", "组长"),
    }


def test_shared_members_of_two_groups(mini):  # noqa: F811
    rows = shared_members(mini, AQ, "乌兰旗人工智能产业发展工作领导小组")
    assert [(r["person"], r["role_a"], r["role_b"]) for r in rows] == [
        ("王俊", "常务副组长", "组长"),
        ("赵磊", "成员", "成员"),
        ("那顺巴雅尔", "成员", "成员"),
    ]


def test_seed_groups_zhang_qin_sits_on_in_etuoke(seed_store):  # noqa: F811
    # 000 (鄂托克旗): 副组长：张 勤 旗财政局局长 (46号), 成员 in 45号, 47号, 56号 and 57号 rosters.
    rows = groups_of_person(seed_store, "张勤", jurisdiction="鄂托克旗")
    got = {(g["evidence"]["document"], g["role"], g["post"]) for g in rows}
    assert got == {
        ("鄂政办发〔2024〕46号", "副组长", "旗财政局局长"),
        ("鄂政办发〔2024〕45号", "成员", "旗财政局局长"),
        ("鄂政办发〔2024〕47号", "成员", "旗财政局局长"),
        ("鄂政办发〔2024〕56号", "成员", "旗财政局局长"),
        ("鄂政办发〔2024〕57号", "成员", "旗财政局局长"),
    }


def test_seed_ai_group_roster_in_printed_order(seed_store):  # noqa: F811
    # 003 东政发〔2024〕1号: 组长 韩 涛; 副组长 吕耀峰, 杜 娟, 高 明, 史雪松, 杨 云, 张 兵, 王 志;
    # 成员 陈 勇 …
    r = roster(seed_store, "人工智能产业发展工作领导小组")
    names = [m["person"] for m in r["members"]]
    assert names[:11] == [
        "韩涛",
        "吕耀峰",
        "杜娟",
        "高明",
        "史雪松",
        "杨云",
        "张兵",
        "王志",
        "陈勇",
        "李鹏",
        "尚秀珍",
    ]
    assert [m["role"] for m in r["members"][:9]] == ["组长"] + ["副组长"] * 7 + ["成员"]
    assert r["version"]["document"] == "东政发〔2024〕1号"
    assert r["members"][0]["evidence"]["text"].startswith("组 长：韩 涛")

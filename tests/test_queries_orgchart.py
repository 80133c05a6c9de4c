"""Post history and the org chart of a jurisdiction (leaders by seniority, what each oversees and chairs)."""

from __future__ import annotations

import pytest

from queries.common import NotFound
from queries.orgchart import leader_rank, orgchart
from queries.posts import post_history
from tests.fixtures.stores import mini, seed_store  # noqa: F401 - pytest fixtures


def test_post_history_in_order_with_the_removal_folded_in(mini):  # noqa: F811
    rows = post_history(mini, "财政局局长")
    assert [(r["person"], r["start"], r["end"]) for r in rows] == [
        ("李红", "2021-06-15", "2023-03-20"),
        ("赵磊", "2023-03-20", None),
    ]
    assert rows[0]["removal_evidence"]["document"] == "乌政任字〔2023〕2号"


def test_agency_name_gives_the_history_of_its_head(mini):  # noqa: F811
    rows = post_history(mini, "乌兰旗教育体育局")
    assert {r["post"] for r in rows} == {"乌兰旗教育体育局局长"}
    assert [r["status"] for r in rows] == ["probation", "confirmed"]


def test_unknown_post_is_e030(mini):  # noqa: F811
    with pytest.raises(NotFound):
        post_history(mini, "不存在的局")


def test_leader_rank_prefers_the_longest_rank_word():
    assert (
        leader_rank("乌兰旗人民政府旗长")
        < leader_rank("乌兰旗人民政府常务副旗长")
        < leader_rank("乌兰旗人民政府副旗长")
    )
    assert leader_rank("旗委副书记") > leader_rank("旗委书记")


def test_orgchart_leaders_duties_and_chaired_groups(mini):  # noqa: F811
    chart = orgchart(mini, "乌兰旗")
    assert [leader["person"] for leader in chart["leaders"]] == ["高明", "张勤", "王俊"]
    wang = chart["leaders"][2]
    assert {d["target"] for d in wang["oversees"]} == {"乌兰旗财政局", "乌兰旗卫生健康委员会"}
    assert [d["target"] for d in wang["assists"]] == ["金融"]
    assert [c["group"] for c in wang["chairs"]] == ["乌兰旗人工智能产业发展工作领导小组"]
    assert [d["target"] for d in chart["leaders"][0]["liaises"]] == ["乌兰旗应急管理局"]


def test_orgchart_as_of_an_earlier_date(mini):  # noqa: F811
    chart = orgchart(mini, "乌兰旗", as_of="2022-01-01")
    wang = next(entry for entry in chart["leaders"] if entry["person"] == "王俊")
    assert {d["target"] for d in wang["oversees"]} == {"乌兰旗财政局", "乌兰旗教育体育局"}
    assert "张勤" not in [entry["person"] for entry in chart["leaders"]]


def test_seed_etuoke_standing_leaders(seed_store):  # noqa: F811
    # 000: 旗委副书记、政府旗长苏智雄;
    # 副旗长 许瑞峰, 李志彪, 那顺德力格尔, 郭朝晖, 石一磊, 乌都, 崔婧, 乌云巴根
    # (杭锦旗人民政府副旗长张振国 is another banner's leader).
    chart = orgchart(seed_store, "鄂托克旗")
    leaders = chart["leaders"]
    assert leaders[0]["person"] == "苏智雄" and leaders[0]["posts"][0]["post"].endswith("旗长")
    deputies = {
        entry["person"] for entry in leaders if any(p["post"].endswith("副旗长") for p in entry["posts"])
    }
    assert deputies == {"许瑞峰", "李志彪", "那顺德力格尔", "郭朝晖", "石一磊", "乌都", "崔婧", "乌云巴根"}
    chairs = {c["evidence"]["document"] for c in leaders[0]["chairs"]}
    assert chairs == {"鄂政办发〔2024〕45号", "鄂政办发〔2024〕47号"}


def test_seed_city_deputy_mayor_oversees_agencies(seed_store):  # noqa: F811
    # 002 鄂府办发〔2024〕11号: 苏翠芳 … 分管市人民政府办公室、市发展和改革委员会 … 市财政局 …
    chart = orgchart(seed_store, "鄂尔多斯市")
    su = next(entry for entry in chart["leaders"] if entry["person"] == "苏翠芳")
    targets = {d["target"] for d in su["oversees"]}
    assert {"鄂尔多斯市财政局", "鄂尔多斯市发展和改革委员会", "鄂尔多斯市统计局"} <= targets
    assert all(d["evidence"]["document"] == "鄂府办发〔2024〕11号" for d in su["oversees"])


def test_seed_agency_name_gives_its_head_not_its_deputies(seed_store):  # noqa: F811
    # 001: "- 张德强 旗财政局局长" (a roster); "杨咏梅 | 任旗财政局副局长" is a deputy, not the head.
    rows = post_history(seed_store, "伊金霍洛旗财政局")
    assert rows and {r["post"] for r in rows} == {"伊金霍洛旗财政局局长"}
    assert "张德强" in {r["person"] for r in rows}
    assert "杨咏梅" in {r["person"] for r in post_history(seed_store, "伊金霍洛旗财政局副局长")}

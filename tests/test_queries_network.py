"""Co-membership analytics (networkx), connection paths between people, and search by partial name."""

from __future__ import annotations

from queries.analytics import centrality, co_membership, communities
from queries.paths import connection
from queries.search import search
from tests.fixtures.stores import mini, seed_store  # noqa: F401 - pytest fixtures


def test_pairs_who_sit_together_most_often(mini):  # noqa: F811
    top = co_membership(mini, limit=3)
    assert {(r["person_a"], r["person_b"]) for r in top} == {
        ("王俊", "赵磊"),
        ("王俊", "那顺巴雅尔"),
        ("赵磊", "那顺巴雅尔"),
    }
    assert all(r["shared"] == 2 and r["evidence"] for r in top)


def test_centrality_ranks_the_people_on_both_groups_first(mini):  # noqa: F811
    rows = centrality(mini)
    assert {r["person"] for r in rows[:3]} == {"王俊", "赵磊", "那顺巴雅尔"}
    assert rows[0]["degree"] == 1.0
    assert rows[-1]["person"] == "张勤"


def test_communities_are_deterministic_and_cover_everyone(mini):  # noqa: F811
    first, again = communities(mini), communities(mini)
    assert first == again
    assert sorted(n for c in first for n in c["member_ids"]) == sorted(
        ["per:gaoming", "per:wangjun", "per:zhangqin", "per:lihong", "per:zhaolei", "per:nasun"]
    )


def test_connection_through_a_shared_group_with_evidence(mini):  # noqa: F811
    r = connection(mini, "李红", "高明")
    assert r["hops"] == 1
    [path] = r["paths"]
    assert path["chain"] == ["李红", "乌兰旗安全生产工作领导小组", "高明"]
    assert [link["evidence"]["document"] for link in path["links"]] == [
        "乌政发〔2022〕5号",
        "乌政发〔2022〕5号",
    ]


def test_connection_two_hops_lists_the_shortest_chains(mini):  # noqa: F811
    r = connection(mini, "李红", "per:zhangqin")
    assert r["hops"] == 2
    assert r["paths"] and all(len(p["chain"]) == 5 for p in r["paths"])
    assert all(link["evidence"]["text"] for p in r["paths"] for link in p["links"])


def test_no_connection_to_a_homonym_in_another_banner(mini):  # noqa: F811
    assert connection(mini, "高明", "per:zhangqin2")["paths"] == []


def test_search_partial_traditional_and_simplified(mini):  # noqa: F811
    assert [r["id"] for r in search(mini, "張勤", kinds=["person"])] == ["per:zhangqin", "per:zhangqin2"]
    assert [r["id"] for r in search(mini, "巴雅兒")] == ["per:nasun"]
    kinds = {r["kind"] for r in search(mini, "安全生產")}
    assert kinds == {"group", "document"}


def test_search_finds_a_document_by_its_number(mini):  # noqa: F811
    assert [r["id"] for r in search(mini, "乌政发〔2023〕9号")] == ["doc:aq2023"]


def test_search_exact_name_first(mini):  # noqa: F811
    assert search(mini, "乌兰旗财政局")[0]["id"] == "ag:czj"


def test_seed_search_traditional_input_finds_the_ai_group(seed_store):  # noqa: F811
    rows = search(seed_store, "人工智能產業發展工作領導小組", kinds=["group"])
    assert [r["name"] for r in rows] == ["人工智能产业发展工作领导小组"]


def test_search_a_document_number_typed_with_other_brackets(mini):  # noqa: F811
    assert [r["id"] for r in search(mini, "乌政发[2023]9号")] == ["doc:aq2023"]

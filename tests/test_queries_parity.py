"""Parity: every question gives the identical answer on LadybugDB and on Neo4j (same Cypher text)."""

from __future__ import annotations

import fcntl

import pytest

from queries.analytics import centrality, co_membership, communities
from queries.groups import groups_of_person, roster, roster_diff, shared_members
from queries.orgchart import orgchart
from queries.paths import connection
from queries.person import duty_changes, person_profile, timeline
from queries.posts import post_history
from queries.search import search
from tests.fixtures.stores import mini, neo4j_store  # noqa: F401 - pytest fixture
from tests.test_store_neo4j import LOCK

pytestmark = pytest.mark.neo4j
AQ = "乌兰旗安全生产工作领导小组"
QUESTIONS = {
    "profile": lambda s: person_profile(s, "王俊"),
    "profile_homonym": lambda s: person_profile(s, "per:zhangqin"),
    "timeline": lambda s: timeline(s, "那顺巴雅尔"),
    "duty_changes": lambda s: duty_changes(s, "王俊"),
    "roster": lambda s: roster(s, AQ),
    "roster_as_of": lambda s: roster(s, AQ, as_of="2022-06"),
    "diff": lambda s: roster_diff(s, AQ),
    "groups_of": lambda s: groups_of_person(s, "王俊"),
    "shared": lambda s: shared_members(s, AQ, "乌兰旗人工智能产业发展工作领导小组"),
    "post": lambda s: post_history(s, "财政局局长"),
    "orgchart": lambda s: orgchart(s, "乌兰旗"),
    "pairs": lambda s: co_membership(s),
    "central": lambda s: centrality(s),
    "communities": lambda s: communities(s),
    "path": lambda s: connection(s, "李红", "per:zhangqin"),
    "search": lambda s: search(s, "張"),
}


@pytest.fixture(scope="module")
def neo():
    """Neo4j holding exactly the mini government (the database is wiped first; skipped when no server)."""
    # The server is shared with other test processes: hold their lock while the database is ours.
    with LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        store = neo4j_store()
        yield store
        store.close()


@pytest.mark.parametrize("name", sorted(QUESTIONS))
def test_same_answer_on_both_stores(name, mini, neo):  # noqa: F811
    assert QUESTIONS[name](neo) == QUESTIONS[name](mini)

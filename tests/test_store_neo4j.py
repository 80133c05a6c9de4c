"""The Neo4j store against the real server of scripts/neo4j-server (fails in CI when it is down)."""

from __future__ import annotations

import fcntl
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest

from extract.errors import OrgkgError

LOCK = Path(tempfile.gettempdir()) / "orgkg-neo4j-tests.lock"

NODES = [
    {"id": "per:a", "label": "Person", "props": {"name": "张勤", "aliases": ["张 勤"]}},
    {"id": "post:a", "label": "Post", "props": {"title": "鄂托克旗财政局局长", "one_holder": True}},
    {"id": "grp:a", "label": "Group", "props": {"name": "鄂托克旗安全生产委员会", "kind": "committee"}},
]
EDGES = [
    {
        "id": "e:h",
        "type": "HOLDS",
        "src": "per:a",
        "dst": "post:a",
        "props": {"start": "2023-01", "status": "appointed", "line": 12, "evidence": "任张勤为旗财政局局长"},
    },
    {"id": "e:m", "type": "MEMBER_OF", "src": "per:a", "dst": "grp:a", "props": {"role": "成员", "order": 3}},
]


def in_ci() -> bool:
    """CI sets CI=true: there a missing Neo4j server is a failure, not a skip."""
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


@pytest.fixture(scope="session")
def _neo4j_session():
    from graph.store_neo4j import Neo4jStore

    try:
        store = Neo4jStore(os.environ.get("NEO4J_URI"))
    except OrgkgError as err:
        if in_ci():
            pytest.fail(f"Neo4j must be up in CI (scripts/neo4j-server start): {err.line()}")
        pytest.skip(f"Neo4j not running (start it with scripts/neo4j-server start): {err.line()}")
    yield store
    store.close()


@contextmanager
def emptied(store):
    """Hold the cross-process test lock (the server is shared) and start from an empty database."""
    with LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        store.wipe()
        yield store


@pytest.fixture
def neo4j_store(_neo4j_session):
    """An emptied Neo4j store, held alone for the test."""
    with emptied(_neo4j_session) as store:
        yield store


pytestmark = pytest.mark.neo4j


def test_merge_is_idempotent(neo4j_store):
    neo4j_store.write(NODES, EDGES)
    first = neo4j_store.checksum()
    neo4j_store.write(NODES, EDGES)
    assert neo4j_store.counts() == {"Person": 1, "Post": 1, "Group": 1, "HOLDS": 1, "MEMBER_OF": 1}
    assert neo4j_store.checksum() == first


def test_uniqueness_constraints_exist_for_every_label(neo4j_store):
    from graph.store import NODE_SCHEMA

    rows = neo4j_store.read_query("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN *")
    unique = {r["labelsOrTypes"][0] for r in rows if r["properties"] == ["id"] and "UNIQUENESS" in r["type"]}
    assert set(NODE_SCHEMA) <= unique


def test_relationships_carry_no_id_constraint(neo4j_store):
    rows = neo4j_store.read_query("SHOW CONSTRAINTS YIELD entityType RETURN entityType")
    assert "RELATIONSHIP" not in {r["entityType"] for r in rows}


def test_a_rewritten_relationship_is_not_duplicated(neo4j_store):
    neo4j_store.write(NODES, EDGES)
    changed = [{**e, "props": {**e.get("props", {}), "line": 99}} for e in EDGES]
    neo4j_store.write(NODES, changed)
    rows = neo4j_store.query("MATCH ()-[e]->() RETURN e.id AS id, e.line AS line")
    assert sorted(r["id"] for r in rows) == sorted(e["id"] for e in EDGES)
    assert {r["line"] for r in rows} == {99}


def test_read_query_refuses_writes(neo4j_store):
    neo4j_store.write(NODES, EDGES)
    with pytest.raises(OrgkgError) as err:
        neo4j_store.read_query("MATCH (p:Person) SET p.name = 'x'")
    assert err.value.code == "E020"
    assert neo4j_store.query("MATCH (p:Person) RETURN p.name AS name") == [{"name": "张勤"}]


def test_values_travel_as_parameters(neo4j_store):
    hostile = "x'}) DETACH DELETE n //"
    neo4j_store.write([{"id": "per:h", "label": "Person", "props": {"name": hostile}}], [])
    assert neo4j_store.query("MATCH (p:Person {name: $n}) RETURN p.id AS id", {"n": hostile}) == [
        {"id": "per:h"}
    ]


def test_a_null_property_removes_it(neo4j_store):
    neo4j_store.write(NODES, EDGES)
    neo4j_store.write([{"id": "per:a", "label": "Person", "props": {"name": "张勤"}}], [])
    assert neo4j_store.query("MATCH (p:Person) RETURN p.aliases AS a") == [{"a": None}]


def test_unreachable_server_is_e021():
    from graph.store_neo4j import Neo4jStore

    with pytest.raises(OrgkgError) as err:
        Neo4jStore("bolt://127.0.0.1:1")
    assert err.value.code == "E021"


def test_every_searched_property_has_a_text_index():
    from graph.store_neo4j import TEXT_INDEXED
    from queries.search import SEARCHED

    assert all(set(props) <= set(TEXT_INDEXED.get(label, [])) for label, props in SEARCHED.items())


def test_partial_name_search_is_answered_from_the_text_index(neo4j_store):
    from queries.search import _statements

    (by_name, by_alias) = _statements("person")
    for statement in (by_name, by_alias):
        plan = neo4j_store._driver.execute_query("EXPLAIN " + statement, {"names": ["勤"]}).summary.plan
        assert "NodeIndexContainsScan" in str(plan), statement


def test_a_person_is_found_by_part_of_an_alias(neo4j_store):
    from graph.store import alias_text
    from queries.search import search

    person = {"name": "菅韧", "aliases": ["营韧"], "alias_text": alias_text(["营韧"])}
    neo4j_store.write([{"id": "per:v", "label": "Person", "props": person}], [])
    assert [(r["id"], r["name"]) for r in search(neo4j_store, "营", kinds=["person"])] == [("per:v", "菅韧")]

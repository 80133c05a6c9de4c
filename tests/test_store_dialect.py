"""Each LadybugDB/Neo4j dialect difference, written through graph.store.Dialect, answers alike on both."""

from __future__ import annotations

import pytest

from extract.errors import OrgkgError
from graph.store import LADYBUG, NEO4J, pad_rows
from tests.test_store_neo4j import _neo4j_session, neo4j_store  # noqa: F401 - fixtures

CHAIN = [
    {"id": "per:a", "label": "Person", "props": {"name": "高怀京", "aliases": ["高 怀京"]}},
    {"id": "grp:g", "label": "Group", "props": {"name": "鄂托克旗安全生产委员会"}},
    {"id": "per:b", "label": "Person", "props": {"name": "魏振选"}},
    {"id": "post:p", "label": "Post", "props": {"title": "鄂托克前旗公安局局长"}},
]
CHAIN_EDGES = [
    {"id": "e:1", "type": "MEMBER_OF", "src": "per:a", "dst": "grp:g", "props": {"role": "主任", "order": 0}},
    {"id": "e:2", "type": "MEMBER_OF", "src": "per:b", "dst": "grp:g", "props": {"role": "委员", "order": 5}},
    {
        "id": "e:3",
        "type": "HOLDS",
        "src": "per:b",
        "dst": "post:p",
        "props": {"start": "2021-06", "end": None},
    },
]


@pytest.fixture(scope="module")
def _ladybug(tmp_path_factory):
    from graph.store_ladybug import LadybugStore

    s = LadybugStore(tmp_path_factory.mktemp("dialect") / "db")
    yield s
    s.close()


@pytest.fixture(params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request, _ladybug):
    """Both engines holding the same small graph."""
    s = _ladybug if request.param == "ladybug" else request.getfixturevalue("neo4j_store")
    s.wipe()
    s.write(CHAIN, CHAIN_EDGES)
    return s


def test_label_of_a_node(store):
    d = store.dialect
    assert store.query(f"MATCH (n {{id: 'post:p'}}) RETURN {d.label_of('n')} AS l") == [{"l": "Post"}]


def test_type_of_a_relationship(store):
    d = store.dialect
    assert store.query(f"MATCH ()-[e {{id: 'e:3'}}]->() RETURN {d.type_of('e')} AS t") == [{"t": "HOLDS"}]


def test_shortest_path(store):
    d = store.dialect
    match = d.shortest_path("(a:Person {id: $a})", "(b:Post {id: $b})", 4)
    rows = store.query(
        f"MATCH {match} RETURN length(p) AS n, {d.list_map('nodes(p)', 'x', 'x.id')} AS ids",
        {"a": "per:a", "b": "post:p"},
    )
    assert rows == [{"n": 3, "ids": ["per:a", "grp:g", "per:b", "post:p"]}]


def test_path_relationships(store):
    d = store.dialect
    match = d.shortest_path("(a:Person {id: 'per:a'})", "(b:Person {id: 'per:b'})", 3, ["MEMBER_OF"])
    rows = store.query(f"MATCH {match} RETURN {d.list_map(d.path_rels('p'), 'r', 'r.role')} AS roles")
    assert rows == [{"roles": ["主任", "委员"]}]


def test_list_map_replaces_list_comprehensions(store):
    d = store.dialect
    rows = store.query(
        f"MATCH (p:Person {{id: 'per:a'}}) WITH p, $s AS s "
        f"RETURN {d.list_map('p.aliases', 'a', 'a + s')} AS l",
        {"s": "!"},
    )
    assert rows == [{"l": ["高 怀京!"]}]
    with pytest.raises(ValueError):
        d.list_map("p.aliases", "a", "a + $s")  # LadybugDB cannot read parameters inside its lambda


def test_variable_length_paths_do_not_reuse_a_relationship(store):
    # per:a -MEMBER_OF- grp:g -MEMBER_OF- per:a is a walk on LadybugDB unless TRAIL is asked for.
    d = store.dialect
    rows = store.query(f"MATCH (a:Person {{id: 'per:a'}}){d.hops(1, 2)}(b:Person) RETURN DISTINCT b.id AS id")
    assert rows == [{"id": "per:b"}]


def test_unbounded_paths_are_refused_before_reaching_the_engine():
    for d in (LADYBUG, NEO4J):
        with pytest.raises(ValueError):
            d.hops(1, None)
        with pytest.raises(ValueError):
            d.shortest_path("(a)", "(b)", 100)


def test_reserved_property_names_are_quoted(store):
    # e.end / e.order do not parse on LadybugDB.
    d = store.dialect
    rows = store.query(f"MATCH ()-[e:MEMBER_OF]->() RETURN {d.prop('e', 'order')} AS o ORDER BY o")
    assert rows == [{"o": 0}, {"o": 5}]
    assert store.query(f"MATCH ()-[e:HOLDS]->() RETURN {d.prop('e', 'end')} AS x") == [{"x": None}]


def test_to_text_and_substring(store):
    d = store.dialect
    rows = store.query(
        f"RETURN {d.to_text('42')} AS t, {d.substring('$s', 3, 2)} AS s", {"s": "鄂托克旗财政局"}
    )
    assert rows == [{"t": "42", "s": "旗财"}]


def test_partial_dates_are_text_that_compares_as_iso(store):
    rows = store.query("MATCH ()-[e:HOLDS]->() WHERE e.start >= $d RETURN e.start AS s", {"d": "2021-01-15"})
    assert rows == [{"s": "2021-06"}]
    assert LADYBUG.date_text(__import__("datetime").date(2021, 6, 1)) == "2021-06-01"


def test_rows_of_one_unwind_get_identical_keys():
    rows, keys = pad_rows([{"id": "a", "name": "x"}, {"id": "b", "aliases": ["y"]}])
    assert [sorted(r) for r in rows] == [["aliases", "id", "name"]] * 2
    assert keys == ["aliases", "name"]


def test_a_batch_whose_list_property_is_all_null_still_writes(store):
    # LadybugDB types a parameter column of nulls as STRING; the adapter CASTs it to the column type.
    store.write([{"id": "per:z", "label": "Person", "props": {"name": "那顺", "aliases": None}}], [])
    assert store.query("MATCH (p:Person {id: 'per:z'}) RETURN p.aliases AS a") == [{"a": None}]


def test_identifiers_cannot_carry_values():
    for d in (LADYBUG, NEO4J):
        with pytest.raises(ValueError):
            d.prop("n", "name` = 'x'")
        with pytest.raises(ValueError):
            d.hops(1, 2, ["HOLDS]-() DETACH DELETE n //"])


def test_unknown_relationship_type_is_refused(store):
    with pytest.raises(OrgkgError):
        store.write([], [{"id": "e:x", "type": "LIKES", "src": "per:a", "dst": "per:b", "props": {}}])

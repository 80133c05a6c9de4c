"""Bulk writes (write(new=True): LadybugDB COPY FROM, Neo4j CREATE) store exactly what MERGE stores, and
read_query gives up after its timeout on both engines."""

from __future__ import annotations

import pytest

from extract.errors import OrgkgError
from graph.ingest import sync
from tests.test_store_neo4j import _neo4j_session, neo4j_store  # noqa: F401 - fixtures

NODES = [
    {"id": "per:a", "label": "Person", "props": {"name": "张勤", "aliases": ["张 勤"], "merge_reasons": []}},
    {"id": "per:b", "label": "Person", "props": {"name": "孟都巴雅尔", "jurisdiction": "鄂托克旗"}},
    {"id": "post:a", "label": "Post", "props": {"title": "鄂托克旗财政局局长", "one_holder": True}},
    {"id": "grp:a", "label": "Group", "props": {"name": "鄂托克旗安全生产委员会", "kind": "committee"}},
    {"id": "ag:a", "label": "Agency", "props": {"name": "鄂托克旗财政局", "printed": ["旗财政局"]}},
    {"id": "area:a", "label": "Area", "props": {"name": "金融"}},
]
EDGES = [
    {
        "id": "e:h",
        "type": "HOLDS",
        "src": "per:a",
        "dst": "post:a",
        "props": {"start": "2023-01", "status": "appointed", "line": 12, "evidence": "任张勤为旗财政局局长"},
    },
    {"id": "e:m", "type": "MEMBER_OF", "src": "per:b", "dst": "grp:a", "props": {"role": "成员", "order": 3}},
    # One type between two label pairs: LadybugDB copies each pair separately.
    {"id": "e:o", "type": "OVERSEES", "src": "per:a", "dst": "ag:a", "props": {"from": "2024-03-01"}},
    {"id": "e:s", "type": "OVERSEES", "src": "per:b", "dst": "area:a", "props": {"relation": "oversees"}},
    {"id": "e:p", "type": "POSSIBLY_SAME", "src": "per:a", "dst": "per:b", "props": {"score": 0.4}},
]
SLOW = "UNWIND range(1, 300000000) AS x RETURN sum(x) AS s"


@pytest.fixture
def copy_always(monkeypatch):
    """Make LadybugDB use COPY FROM for every bulk write, however small."""
    import graph.store_ladybug

    monkeypatch.setattr(graph.store_ladybug, "COPY_MIN_ROWS", 1)


def _ladybug(tmp_path, name):
    from graph.store_ladybug import LadybugStore

    return LadybugStore(tmp_path / name)


def test_ladybug_copy_stores_what_merge_stores(tmp_path, copy_always):
    with _ladybug(tmp_path, "merge") as merged, _ladybug(tmp_path, "copy") as copied:
        merged.write(NODES, EDGES)
        copied.write(NODES, EDGES, new=True)
        assert copied.checksum() == merged.checksum()
        assert copied.counts()["OVERSEES"] == 2


def test_ladybug_copy_adds_a_column_for_a_new_property(tmp_path, copy_always):
    with _ladybug(tmp_path, "db") as store:
        store.write([{"id": "per:x", "label": "Person", "props": {"name": "韩涛", "rank_seen": 3}}], [], new=True)
        assert store.query("MATCH (p:Person) RETURN p.rank_seen AS r") == [{"r": 3}]


def test_ladybug_copy_refuses_an_id_already_stored(tmp_path, copy_always):
    with _ladybug(tmp_path, "db") as store:
        store.write(NODES[:1], [])
        with pytest.raises(OrgkgError):
            store.write(NODES[:1], [], new=True)
        assert store.counts() == {"Person": 1}


def test_sync_bulk_inserts_then_merges_changes(tmp_path, copy_always):
    with _ladybug(tmp_path, "db") as store:
        sync(store, NODES, EDGES, report=lambda _l: None)
        renamed = [{**NODES[0], "props": {**NODES[0]["props"], "name": "张琴"}}, *NODES[1:]]
        stats = sync(store, renamed, EDGES, report=lambda _l: None)
        assert (stats.written_nodes, stats.written_relationships) == (1, 0)
        with _ladybug(tmp_path, "ref") as ref:
            ref.write(renamed, EDGES)
            assert [n["props"]["name"] for n in store.dump()[0] if n["id"] == "per:a"] == ["张琴"]
            assert len(store.dump()[1]) == len(ref.dump()[1]) == len(EDGES)


def test_sync_deletes_a_relabelled_node_under_its_stored_label(tmp_path):
    with _ladybug(tmp_path, "db") as store:
        store.write([{"id": "per:z", "label": "Group", "props": {"name": "误标为小组"}}], [])
        sync(store, [{"id": "per:z", "label": "Person", "props": {"name": "赵栓"}}], [], report=lambda _l: None)
        assert store.counts() == {"Person": 1}


def test_ladybug_read_query_stops_at_its_timeout(tmp_path):
    with _ladybug(tmp_path, "db") as store:
        with pytest.raises(OrgkgError) as err:
            store.read_query(SLOW, timeout=0.05)
        assert err.value.code == "E020" and "timeout" in err.value.detail
        assert store.read_query("RETURN 1 AS one") == [{"one": 1}]  # the limit does not outlive the call


@pytest.mark.neo4j
def test_neo4j_create_stores_what_merge_stores(neo4j_store):  # noqa: F811
    neo4j_store.write(NODES, EDGES)
    merged = neo4j_store.checksum()
    neo4j_store.wipe()
    neo4j_store.write(NODES, EDGES, new=True)
    assert neo4j_store.checksum() == merged


@pytest.mark.neo4j
def test_neo4j_create_refuses_an_id_already_stored(neo4j_store):  # noqa: F811
    neo4j_store.write(NODES[:1], [])
    with pytest.raises(OrgkgError) as err:
        neo4j_store.write(NODES[:1], [], new=True)
    assert err.value.code == "E020"
    assert neo4j_store.counts() == {"Person": 1}


@pytest.mark.neo4j
def test_neo4j_read_query_stops_at_its_timeout(neo4j_store):  # noqa: F811
    with pytest.raises(OrgkgError) as err:
        neo4j_store.read_query(SLOW, timeout=0.2)
    assert err.value.code == "E020" and "timeout" in err.value.detail
    assert neo4j_store.read_query("RETURN 1 AS one", timeout=5) == [{"one": 1}]

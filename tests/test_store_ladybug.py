"""The embedded LadybugDB store: schema from the model, idempotent MERGE, deletes, counts, locking."""

from __future__ import annotations

import subprocess
import sys

import pytest

from extract.errors import OrgkgError
from tests.test_store_neo4j import EDGES, NODES


@pytest.fixture
def store(ladybug_store):
    return ladybug_store


def test_write_then_counts_by_label_and_type(store):
    store.write(NODES, EDGES)
    assert store.counts() == {"Person": 1, "Post": 1, "Group": 1, "HOLDS": 1, "MEMBER_OF": 1}


def test_rewriting_the_same_graph_changes_nothing(store):
    store.write(NODES, EDGES)
    before = store.checksum()
    store.write(NODES, EDGES)
    assert store.checksum() == before
    assert store.all_ids() == ({"per:a", "post:a", "grp:a"}, {"e:h", "e:m"})


def test_every_model_property_is_queryable_on_an_empty_store(store):
    # LadybugDB refuses unknown properties at bind time; the model's are declared up front.
    assert store.query("MATCH (p:Person) RETURN p.jurisdiction AS j, p.merge_reasons AS m") == []
    assert store.query("MATCH ()-[e:OVERSEES]->() RETURN e.`from` AS f, e.until AS u, e.evidence AS ev") == []


def test_a_property_outside_the_model_becomes_a_column(store):
    store.write([{"id": "per:x", "label": "Person", "props": {"name": "白朝格吉乐图", "gender": "男"}}], [])
    assert store.query("MATCH (p:Person) RETURN p.gender AS g") == [{"g": "男"}]


def test_props_are_coerced_to_model_types(store):
    store.write(NODES, [{**EDGES[1], "props": {"role": "成员", "order": "3"}}])
    assert store.query("MATCH ()-[e:MEMBER_OF]->() RETURN e.`order` AS o") == [{"o": 3}]


def test_unknown_label_is_refused(store):
    with pytest.raises(OrgkgError) as err:
        store.write([{"id": "x:1", "label": "Robot", "props": {}}], [])
    assert err.value.code == "E020"


def test_delete_removes_edges_then_nodes_with_their_edges(store):
    store.write(NODES, EDGES)
    store.delete([], ["e:h"])
    assert "HOLDS" not in store.counts()
    store.delete(["per:a"], {})
    assert store.counts() == {"Post": 1, "Group": 1}


def test_read_query_keeps_nothing_it_writes(store):
    store.write(NODES, EDGES)
    store.read_query("MATCH (p:Person) SET p.name = 'x' RETURN p.name AS n")
    assert store.query("MATCH (p:Person) RETURN p.name AS n") == [{"n": "张勤"}]


def test_a_second_writer_process_gets_e022(store):
    code = (
        "import sys\nfrom extract.errors import OrgkgError\nfrom graph.store_ladybug import LadybugStore\n"
        f"try:\n    LadybugStore({str(store.folder)!r})\nexcept OrgkgError as e:\n    print(e.code)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "E022"


def test_read_only_open_of_a_missing_database_is_a_clear_error(tmp_path):
    from graph.store_ladybug import LadybugStore

    with pytest.raises(OrgkgError) as err:
        LadybugStore(tmp_path / "nothing", read_only=True)
    assert "orgkg ingest" in err.value.line()

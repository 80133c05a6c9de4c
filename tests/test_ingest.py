"""Ingest: incremental ledger, idempotent diff sync into the store, bad files skipped, CLI summary."""

from __future__ import annotations

import hashlib

import pytest

from graph.ingest import ingest, sync
from graph.ledger import Ledger

NOTICE = """鄂托克旗人民政府关于张勤等同志职务任免的通知
鄂托政任发〔2024〕3号
经旗人民政府研究决定：
任命张勤为鄂托克旗财政局局长；
免去李军的鄂托克旗教育体育局副局长职务。
鄂托克旗人民政府
2024年3月1日
"""


def _h(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:12]


def toy_build(facts):
    """A stand-in for graph.build: Document, Person and Post nodes, HOLDS edges with provenance."""
    nodes, edges = {}, {}
    for f in facts:
        doc = "doc:" + _h(f["source"]["file"], f.get("document"))
        nodes[doc] = {
            "id": doc,
            "label": "Document",
            "props": {
                "number": f.get("document"),
                "file": f["source"]["file"],
                "sha256": f["source"].get("sha256"),
            },
        }
        if f["type"] != "appointment":
            continue
        per, post = "per:" + _h(f["person"]), "post:" + _h(f["post"])
        nodes[per] = {"id": per, "label": "Person", "props": {"name": f["person"]}}
        nodes[post] = {"id": post, "label": "Post", "props": {"title": f["post"]}}
        eid = "e:" + _h(per, post, f["action"], doc)
        edges[eid] = {
            "id": eid,
            "type": "HOLDS",
            "src": per,
            "dst": post,
            "props": {
                "action": f["action"],
                "doc": doc,
                "doc_number": f.get("document"),
                "file": f["source"]["file"],
                "line": f["source"]["line"],
                "evidence": f["source"]["text"],
            },
        }
    return list(nodes.values()), list(edges.values())


@pytest.fixture
def store(ladybug_store):
    return ladybug_store


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(NOTICE, encoding="utf-8")
    (folder / "b.txt").write_text(NOTICE.replace("张勤", "韩涛").replace("3号", "4号"), encoding="utf-8")
    return folder


def run(corpus, store, tmp_path, **kw):
    with Ledger(tmp_path / "ledger") as ledger:
        return ingest([corpus], store, ledger, builder=toy_build, report=lambda _line: None, **kw)


def names(store) -> list[str]:
    return sorted(r["n"] for r in store.query("MATCH (p:Person) RETURN p.name AS n"))


def test_first_ingest_files_every_document_and_fills_the_store(corpus, store, tmp_path):
    s = run(corpus, store, tmp_path)
    assert (s.new, s.changed, s.unchanged, s.failed) == (2, 0, 0, 0)
    assert names(store) == ["张勤", "李军", "韩涛"]
    assert store.counts()["HOLDS"] == 4


def test_reingesting_the_same_folder_changes_nothing(corpus, store, tmp_path):
    run(corpus, store, tmp_path)
    counts, checksum = store.counts(), store.checksum()
    s = run(corpus, store, tmp_path)
    assert (s.new, s.unchanged) == (0, 2)
    assert (s.sync.written_nodes, s.sync.written_relationships, s.sync.deleted_nodes) == (0, 0, 0)
    assert store.counts() == counts and store.checksum() == checksum


def test_a_changed_file_replaces_its_own_facts_in_the_graph(corpus, store, tmp_path):
    run(corpus, store, tmp_path)
    (corpus / "b.txt").write_text(NOTICE.replace("张勤", "乔小军").replace("3号", "4号"), encoding="utf-8")
    s = run(corpus, store, tmp_path)
    assert (s.changed, s.unchanged) == (1, 1)
    assert names(store) == ["乔小军", "张勤", "李军"]


def test_evidence_travels_to_the_relationship(corpus, store, tmp_path):
    run(corpus, store, tmp_path)
    rows = store.query(
        "MATCH (p:Person {name: $n})-[h:HOLDS]->(x:Post) RETURN h.evidence AS ev, h.line AS line",
        {"n": "张勤"},
    )
    assert rows == [{"ev": "任命张勤为鄂托克旗财政局局长；", "line": 4}]


def test_a_bad_file_is_reported_and_skipped_without_touching_stored_data(corpus, store, tmp_path):
    run(corpus, store, tmp_path)
    before = store.checksum()
    (corpus / "a.txt").write_bytes(b"")  # was fine, is now empty
    (corpus / "c.txt").write_bytes(b"\x00\x01\x02binary")
    lines: list[str] = []
    with Ledger(tmp_path / "ledger") as ledger:
        s = ingest([corpus], store, ledger, builder=toy_build, report=lines.append)
    assert s.failed == 2
    assert [ln.split()[0] for ln in lines] == ["E002", "E003"]
    assert store.checksum() == before


def test_an_interrupted_sync_is_repaired_by_the_next_run(corpus, store, tmp_path, monkeypatch):
    import graph.ingest as ingest_mod

    monkeypatch.setattr(ingest_mod, "_SYNC_CHUNK", 1)  # one node or edge per write call
    calls = {"n": 0}
    real_write = type(store).write

    def flaky(self, nodes, edges, labels=None, **kw):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real_write(self, nodes, edges, labels, **kw)

    monkeypatch.setattr(type(store), "write", flaky)
    with pytest.raises(KeyboardInterrupt):
        run(corpus, store, tmp_path)
    monkeypatch.setattr(type(store), "write", real_write)
    s = run(corpus, store, tmp_path)
    assert s.unchanged == 2 and s.sync.written_nodes > 0
    assert names(store) == ["张勤", "李军", "韩涛"] and store.counts()["HOLDS"] == 4


def test_sync_deletes_what_the_build_no_longer_produces(store):
    nodes = [
        {"id": "per:1", "label": "Person", "props": {"name": "赵栓"}},
        {"id": "per:2", "label": "Person", "props": {"name": "宋晓磊"}},
    ]
    edge = {"id": "e:1", "type": "BACKUP_FOR", "src": "per:1", "dst": "per:2", "props": {}}
    sync(store, nodes, [edge], report=lambda _l: None)
    stats = sync(store, nodes[:1], [], report=lambda _l: None)
    assert (stats.deleted_nodes, stats.deleted_relationships) == (1, 1)
    assert store.all_ids() == ({"per:1"}, set())


def test_an_edge_whose_endpoints_change_is_moved_not_duplicated(store):
    nodes = [
        {"id": f"per:{i}", "label": "Person", "props": {"name": n}} for i, n in enumerate(["甲", "乙", "丙"])
    ]
    sync(store, nodes, [{"id": "e:1", "type": "BACKUP_FOR", "src": "per:0", "dst": "per:1"}], report=print)
    sync(store, nodes, [{"id": "e:1", "type": "BACKUP_FOR", "src": "per:0", "dst": "per:2"}], report=print)
    assert store.query("MATCH (a)-[e:BACKUP_FOR]->(b) RETURN b.id AS b") == [{"b": "per:2"}]


def test_edges_to_nodes_the_build_did_not_produce_are_skipped(store):
    lines: list[str] = []
    stats = sync(
        store,
        [{"id": "per:1", "label": "Person", "props": {}}],
        [{"id": "e:1", "type": "BACKUP_FOR", "src": "per:1", "dst": "per:404"}],
        report=lines.append,
    )
    assert stats.dangling == 1 and "skipped" in lines[0]


def test_cli_ingest_prints_the_summary_and_stats_counts(corpus, tmp_path, monkeypatch, capsys):
    import graph.ingest as ingest_mod
    from ui.cli import main

    monkeypatch.setattr(ingest_mod, "default_builder", lambda: toy_build)
    db = str(tmp_path / "clidb")
    assert main(["ingest", str(corpus), "--db", db, "--no-progress"]) == 0
    assert capsys.readouterr().out.startswith("files: 2 new, 0 changed, 0 unchanged, 0 failed; facts: ")
    assert main(["stats", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Person           3" in out and "HOLDS            4" in out


def test_cli_ingest_exits_1_when_a_file_failed(corpus, tmp_path, monkeypatch, capsys):
    import graph.ingest as ingest_mod
    from ui.cli import main

    monkeypatch.setattr(ingest_mod, "default_builder", lambda: toy_build)
    (corpus / "empty.txt").write_bytes(b"")
    assert main(["ingest", str(corpus), "--db", str(tmp_path / "clidb"), "--no-progress"]) == 1
    assert "E002" in capsys.readouterr().err


def test_the_ledger_holds_exactly_what_extraction_gives_for_a_seed(seeds, seed_facts, tmp_path):
    seed = next(seeds.glob("004*"))
    with Ledger(tmp_path / "ledger") as ledger:
        s = ingest([seed], None, ledger, builder=toy_build, report=lambda _l: None)
        stored = list(ledger.facts())
    expected = seed_facts("004")
    assert s.new == 1 and len(stored) == len(expected)
    # Hand-checked in the seed (line 145): 出席：…旗人民政府副旗长、公安局局长魏振选，…
    wei = [f for f in stored if f["type"] == "attendance" and f.get("person") == "魏振选"][0]
    assert wei["post"] == "旗人民政府副旗长、公安局局长" and wei["source"]["line"] == 145
    assert wei["source"]["sha256"] == hashlib.sha256(seed.read_bytes()).hexdigest()

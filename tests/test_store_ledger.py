"""The fact ledger: facts per file keyed by sha256 and path, one transaction per file."""

from __future__ import annotations

import pytest

from graph.ledger import Ledger


def fact(person: str, file: str = "a.txt") -> dict:
    return {
        "type": "mention",
        "document": None,
        "person": person,
        "post": "旗长",
        "date": None,
        "source": {"file": file, "line": 1, "text": f"旗长{person}"},
    }


@pytest.fixture
def ledger(tmp_path):
    with Ledger(tmp_path / "db") as led:
        yield led


def test_a_file_is_new_then_unchanged_then_changed(ledger, tmp_path):
    path = tmp_path / "a.txt"
    assert ledger.status(path, "sha1") == "new"
    ledger.put(path, "sha1", [fact("乔小军")])
    assert ledger.status(path, "sha1") == "unchanged"
    assert ledger.status(path, "sha2") == "changed"


def test_a_changed_file_replaces_its_own_facts_only(ledger, tmp_path):
    ledger.put(tmp_path / "a.txt", "sha1", [fact("乔小军"), fact("杨颖新")])
    ledger.put(tmp_path / "b.txt", "sha9", [fact("赵栓", "b.txt")])
    ledger.put(tmp_path / "a.txt", "sha2", [fact("宋晓磊")])
    assert sorted(f["person"] for f in ledger.facts()) == ["宋晓磊", "赵栓"]


def test_a_failure_inside_the_transaction_keeps_the_old_facts(ledger, tmp_path, monkeypatch):
    ledger.put(tmp_path / "a.txt", "sha1", [fact("乔小军")])

    def boom(_sha):
        raise RuntimeError("interrupted")

    monkeypatch.setattr(ledger, "_drop_orphan", boom)  # fails after the new rows were inserted
    with pytest.raises(RuntimeError):
        ledger.put(tmp_path / "a.txt", "sha2", [fact("宋晓磊")])
    assert [f["person"] for f in ledger.facts()] == ["乔小军"]
    assert ledger.status(tmp_path / "a.txt", "sha1") == "unchanged"


def test_identical_bytes_under_two_paths_keep_one_copy_of_their_facts(ledger, tmp_path):
    ledger.put(tmp_path / "a.txt", "same", [fact("乔小军")])
    ledger.put(tmp_path / "copy.txt", "same", None)
    assert ledger.count_facts() == 1
    ledger.forget(tmp_path / "a.txt")
    assert [f["person"] for f in ledger.facts()] == ["乔小军"]
    ledger.forget(tmp_path / "copy.txt")
    assert ledger.count_facts() == 0


def test_facts_carry_the_file_sha256(ledger, tmp_path):
    ledger.put(tmp_path / "a.txt", "abc123", [fact("乔小军")])
    assert next(ledger.facts())["source"]["sha256"] == "abc123"


def test_the_ledger_survives_reopening(tmp_path):
    with Ledger(tmp_path / "db") as led:
        led.put(tmp_path / "a.txt", "sha1", [fact("乔小军")])
    with Ledger(tmp_path / "db") as led:
        assert led.files()[0]["name"] == "a.txt"
        assert led.files()[0]["n_facts"] == 1

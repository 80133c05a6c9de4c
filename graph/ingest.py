"""Ingest: files → fact ledger (incremental, per-file transactions) → nodes/edges → sync into a store.

The sync is a diff by deterministic id: nodes and edges whose stored digest differs are MERGEd, ids no
longer produced are deleted. Re-running it on an unchanged ledger writes nothing, and re-running it after
an interruption repairs whatever was left unwritten.
"""

from __future__ import annotations

import hashlib
import inspect
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from extract.errors import OrgkgError
from graph.ledger import Ledger
from graph.store import DIGEST, NODE_SCHEMA, REL_SCHEMA, Store, clean_node_props, clean_props, rel_props

Builder = Callable[[Iterable[dict]], tuple[list[dict], list[dict]]]


@dataclass
class SyncStats:
    """What a sync did to the store."""

    nodes: int = 0
    relationships: int = 0
    written_nodes: int = 0
    written_relationships: int = 0
    deleted_nodes: int = 0
    deleted_relationships: int = 0
    dangling: int = 0


@dataclass
class Summary:
    """The outcome of one ingest run (printed as one line)."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    facts: int = 0
    sync: SyncStats | None = None
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        """`files: 2 new, 0 changed, 3 unchanged, 0 failed; facts: 812; nodes: 301; relationships: …`."""
        head = (
            f"files: {self.new} new, {self.changed} changed, {self.unchanged} unchanged, "
            f"{self.failed} failed; "
            f"facts: {self.facts}"
        )
        s = self.sync
        if s is None:
            return head + "; graph not synced"
        return (
            f"{head}; nodes: {s.nodes}; relationships: {s.relationships} "
            f"(written {s.written_nodes} nodes, {s.written_relationships} relationships; "
            f"deleted {s.deleted_nodes} nodes, {s.deleted_relationships} relationships)"
        )


def _report(line: str) -> None:
    print(line, file=sys.stderr)


def update_ledger(
    paths: Iterable[str | Path],
    ledger: Ledger,
    *,
    reextract: bool = False,
    progress: bool = False,
    report: Callable[[str], None] = _report,
) -> Summary:
    """Extract new and changed files into the ledger; bad files are reported and leave stored data alone."""
    from extract.load import iter_paths, read_bytes, sha256, to_text
    from extract.pipeline import extract_text

    files = list(iter_paths([str(p) for p in paths]))
    summary = Summary()
    for path in _progress(files, progress, "files"):
        try:
            data = read_bytes(path)
            sha = sha256(data)
            status = ledger.status(path, sha)
            if status == "unchanged" and not reextract:
                summary.unchanged += 1
                continue
            if status == "new" and ledger.has_content(sha) and not reextract:
                ledger.put(path, sha, None)  # the same bytes under another name: reuse their facts
                summary.unchanged += 1
                continue
            facts = list(extract_text(to_text(data, str(path)), path.name))
        except OrgkgError as err:
            err.path = err.path or str(path)
            report(err.line())
            summary.failed += 1
            summary.errors.append(err.line())
            continue
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
            err = OrgkgError("E010", detail=f"{type(exc).__name__}: {exc}"[:120], path=str(path))
            report(err.line())
            summary.failed += 1
            summary.errors.append(err.line())
            continue
        ledger.put(path, sha, facts)
        if status == "unchanged":
            summary.unchanged += 1
        else:
            setattr(summary, status, getattr(summary, status) + 1)
    summary.facts = ledger.count_facts()
    return summary


def default_builder() -> Builder | None:
    """graph.build.build when the graph builder is installed, else None (the ledger is still updated)."""
    try:
        from graph.build import build
    except ModuleNotFoundError as exc:
        if exc.name in ("graph.build",):
            return None
        raise
    return build


def ingest(
    paths: Iterable[str | Path],
    store: Store | None,
    ledger: Ledger,
    *,
    builder: Builder | None = None,
    reextract: bool = False,
    progress: bool = False,
    report: Callable[[str], None] = _report,
) -> Summary:
    """Update the ledger from `paths`, then rebuild the graph from all ledger facts and sync it to `store`."""
    summary = update_ledger(paths, ledger, reextract=reextract, progress=progress, report=report)
    builder = builder or default_builder()
    if store is None or builder is None:
        if builder is None:
            report("graph.build is not available yet: facts are in the ledger, the graph was not synced")
        return summary
    if "judgements_path" in inspect.signature(builder).parameters:
        # Human judgements (merge / split / not-same) live beside the ledger and must survive re-ingest.
        from graph.judgements import default_path

        nodes, edges = builder(ledger.facts(), judgements_path=default_path(ledger.folder))
    else:
        nodes, edges = builder(ledger.facts())
    summary.sync = sync(store, nodes, edges, progress=progress, report=report)
    return summary


# ---------------------------------------------------------------------------------------------------------
# Sync


def digest(item: dict) -> str:
    """A stable hash of what a node or edge stores (label/type, endpoints, cleaned properties)."""
    return _cleaned(item)[1]


def _cleaned(item: dict) -> tuple[dict, str]:
    """The item's cleaned properties (without the digest) and its digest, computed once for both."""
    if "label" in item:
        props = clean_node_props(item["label"], item.get("props") or {})
        head = [item["label"]]
    else:
        props = clean_props(item.get("props") or {}, rel_props(item["type"]))
        head = [item["type"], item["src"], item["dst"]]
    props.pop(DIGEST, None)
    # orjson: 5x faster than json.dumps here, which was a third of a no-op resync of 10^5 facts.
    text = orjson.dumps([*head, props], option=orjson.OPT_SORT_KEYS, default=str)
    return props, hashlib.sha256(text).hexdigest()[:32]


def _stamped(item: dict) -> dict:
    # The cleaned properties travel on to the store, whose own cleaning then finds nothing to do.
    props, stamp = _cleaned(item)
    props[DIGEST] = stamp
    return {**item, "props": props}


def _dedupe(items: Iterable[dict], report: Callable[[str], None], kind: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for item in items:
        prev = out.get(item["id"])
        if prev is not None and digest(prev) != digest(item):
            report(f"warning: two different {kind} share id {item['id']}; the later one is kept")
        out[item["id"]] = item
    return out


def sync(
    store: Store,
    nodes: Iterable[dict],
    edges: Iterable[dict],
    *,
    progress: bool = False,
    report: Callable[[str], None] = _report,
) -> SyncStats:
    """Make the store hold exactly these nodes and edges, writing and deleting only what differs."""
    want_nodes = {i: _stamped(n) for i, n in _dedupe(nodes, report, "nodes").items()}
    want_edges = {}
    stats = SyncStats()
    for i, e in _dedupe(edges, report, "relationships").items():
        if e["src"] in want_nodes and e["dst"] in want_nodes:
            want_edges[i] = _stamped(e)
        else:
            stats.dangling += 1
    if stats.dangling:
        report(f"warning: {stats.dangling} relationships name a node the build did not produce; skipped")
    for n in want_nodes.values():
        if n["label"] not in NODE_SCHEMA:
            raise OrgkgError("E020", detail=f"unknown node label {n['label']!r} (not in the model)")
    for e in want_edges.values():
        if e["type"] not in REL_SCHEMA:
            raise OrgkgError("E020", detail=f"unknown relationship type {e['type']!r} (not in the model)")

    have_nodes, have_edges = store.node_inventory(), store.edge_inventory()
    relabelled = {
        i for i, (label, _d) in have_nodes.items() if i in want_nodes and want_nodes[i]["label"] != label
    }
    stale_nodes = [i for i in have_nodes if i not in want_nodes] + sorted(relabelled)
    # An edge whose digest changed is deleted then re-created: its endpoints or type may have changed.
    stale_edges = {
        i: t
        for i, (t, *_r, d) in have_edges.items()
        if i not in want_edges or want_edges[i]["props"][DIGEST] != d
    }
    write_nodes = [
        n
        for i, n in want_nodes.items()
        if i in relabelled or have_nodes.get(i, (None, None))[1] != n["props"][DIGEST]
    ]
    touched = relabelled | set(stale_nodes)
    write_edges = [
        e
        for i, e in want_edges.items()
        if i in stale_edges or i not in have_edges or e["src"] in touched or e["dst"] in touched
    ]

    store.delete({i: have_nodes[i][0] for i in stale_nodes}, stale_edges)
    labels = {i: n["label"] for i, n in want_nodes.items()}
    # After the deletes every edge to write is absent (stale ones and those of deleted nodes went with
    # them), and so is every node not in the inventory: those are bulk-inserted, the rest MERGEd.
    new_nodes = [n for n in write_nodes if n["id"] in relabelled or n["id"] not in have_nodes]
    changed_nodes = [n for n in write_nodes if n["id"] in have_nodes and n["id"] not in relabelled]
    if changed_nodes:
        store.write(changed_nodes, [], labels=labels)
    for chunk_nodes, chunk_edges in _progress_batches(new_nodes, write_edges, progress):
        store.write(chunk_nodes, chunk_edges, labels=labels, new=True)
    stats.nodes, stats.relationships = len(want_nodes), len(want_edges)
    stats.written_nodes, stats.written_relationships = len(write_nodes), len(write_edges)
    stats.deleted_nodes = len(set(stale_nodes) - relabelled)
    stats.deleted_relationships = len([i for i in stale_edges if i not in want_edges])
    return stats


# Rows per write call: big, because a LadybugDB COPY into a non-empty relationship table costs time in
# proportion to the rows already there (~1.5 µs each), however few it adds; still a progress bar moves.
_SYNC_CHUNK = 200_000


def _progress_batches(nodes: list[dict], edges: list[dict], progress: bool):
    """All nodes first, then edges, in chunks a progress bar can follow."""
    chunks = [(nodes[i : i + _SYNC_CHUNK], []) for i in range(0, len(nodes), _SYNC_CHUNK)]
    chunks += [([], edges[i : i + _SYNC_CHUNK]) for i in range(0, len(edges), _SYNC_CHUNK)]
    show = progress and len(chunks) > 1
    return _progress(chunks, show, "graph")


def _progress(items: list, progress: bool, unit: str):
    if not progress or len(items) < 2:
        return items
    from tqdm import tqdm

    return tqdm(
        items,
        unit=unit[:-1] if unit.endswith("s") else unit,
        desc=unit,
        file=sys.stderr,
        leave=False,
        disable=None,
    )

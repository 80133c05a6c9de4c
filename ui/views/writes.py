"""The app's two writes: ingesting uploaded files, and recording a same/different-person judgement.

Both rebuild the graph from the fact ledger with the judgements file of the database folder applied, then
sync the store (graph.ingest.sync writes only what changed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ui.views import common

JUDGEMENT_HEADER = "decision\ta\tb\treason\n"


def judgements_path() -> Path:
    """The judgements file of the configured database folder."""
    from graph import judgements

    return judgements.default_path(common.config().db)


def builder():
    """A graph builder that applies the judgements file (graph.build.build with its path)."""
    from graph.build import build

    path = judgements_path()
    return lambda facts: build(facts, path)


def selector(name: str, evidence: dict) -> str:
    """A judgements selector for one mention: NAME@文号 when the evidence has a number, else NAME@file:line."""
    if evidence.get("document"):
        return f"{name}@{evidence['document']}"
    return f"{name}@{evidence.get('file')}:{evidence.get('line')}"


def append_judgement(decision: str, a: str, b: str, reason: str, path: Path | None = None) -> Path:
    """Append one decision line to the judgements file (created with its header); returns the path."""
    from graph.judgements import DECISIONS

    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {DECISIONS}")
    path = path or judgements_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    clean = [" ".join(str(x).split()) for x in (decision, a, b, reason)]
    new = not path.exists() or path.stat().st_size == 0
    with path.open("a", encoding="utf-8") as f:
        if new:
            f.write(JUDGEMENT_HEADER)
        f.write("\t".join(clean) + "\n")
    return path


def rebuild() -> str:
    """Re-resolve every ledger fact with the judgements applied and sync the store; returns a summary line."""
    from graph.ingest import sync
    from graph.ledger import Ledger

    cfg = common.config()
    with Ledger(cfg.db) as ledger, common.write_store() as store:
        nodes, edges = builder()(ledger.facts())
        stats = sync(store, nodes, edges, report=lambda _line: None)
    return (f"nodes: {stats.nodes}; relationships: {stats.relationships} (written {stats.written_nodes} nodes, "
            f"{stats.written_relationships} relationships; deleted {stats.deleted_nodes} nodes, "
            f"{stats.deleted_relationships} relationships)")


@dataclass
class FileResult:
    """What ingesting one uploaded file gave."""

    name: str
    status: str  # new, changed, unchanged, failed
    facts: dict[str, int] = field(default_factory=dict)
    error: str | None = None


def ingest_files(paths: list[Path], progress: Callable[[float, str], None]) -> tuple[list[FileResult], str]:
    """Extract each file into the ledger (one at a time, errors kept per file), then rebuild and sync once."""
    from graph.ingest import update_ledger
    from graph.ledger import Ledger

    cfg = common.config()
    results = []
    with Ledger(cfg.db) as ledger:
        for i, path in enumerate(paths):
            progress(i / (len(paths) + 1), f"extracting {path.name}")
            errors: list[str] = []
            summary = update_ledger([path], ledger, report=errors.append)
            status = next((s for s in ("new", "changed", "unchanged", "failed") if getattr(summary, s)), "failed")
            results.append(FileResult(path.name, status, error="; ".join(errors) or None))
        _count_facts(ledger, paths, results)
    progress(len(paths) / (len(paths) + 1), "resolving and syncing the graph")
    line = rebuild() if any(r.status != "failed" for r in results) else "graph unchanged"
    progress(1.0, "done")
    return results, line


def _count_facts(ledger, paths: list[Path], results: list[FileResult]) -> None:
    """Fill each result's facts by type, in one pass over the ledger."""
    sha_of = {f["path"]: f["sha256"] for f in ledger.files()}
    wanted = {sha_of.get(ledger.key(p)): r for p, r in zip(paths, results, strict=True)}
    for fact in ledger.facts():
        r = wanted.get((fact.get("source") or {}).get("sha256"))
        if r is not None and r.status != "failed":
            r.facts[fact["type"]] = r.facts.get(fact["type"], 0) + 1

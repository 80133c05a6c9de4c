"""`orgkg ingest` and `orgkg stats`: fill the graph store from documents, and count what it holds."""

from __future__ import annotations

import argparse
import sys

from ui.cli import DEFAULT_INPUT, command, report


def _store_arguments(p: argparse.ArgumentParser) -> None:
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--db",
        metavar="DIR",
        default=None,
        help="LadybugDB folder, also holds the fact ledger (default: .orgkg/db)",
    )
    where.add_argument(
        "--neo4j",
        metavar="URI",
        help="use Neo4j, e.g. bolt://127.0.0.1:7687 (NEO4J_USER / NEO4J_PASSWORD from the environment)",
    )
    p.add_argument(
        "--ledger",
        metavar="DIR",
        default=None,
        help="folder of the fact ledger when using --neo4j (default: .orgkg/db)",
    )


def _db_dir(args: argparse.Namespace):
    from graph.store import DEFAULT_DB

    return args.db or args.ledger or DEFAULT_DB


@command("ingest", "extract documents into the fact ledger and sync the graph store")
def ingest_command(p: argparse.ArgumentParser) -> None:
    """orgkg ingest PATH... [--db DIR | --neo4j URI]"""
    p.add_argument("paths", nargs="*", help="files or folders (default: examples/)")
    _store_arguments(p)
    p.add_argument(
        "--reextract", action="store_true", help="extract unchanged files again (after the extractor changed)"
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run_ingest)


def run_ingest(args: argparse.Namespace) -> int:
    """Ingest, print the one-line summary, exit 1 if any file failed."""
    from graph.ingest import ingest
    from graph.ledger import Ledger
    from graph.store import open_store

    with Ledger(_db_dir(args)) as ledger, open_store(_db_dir(args), args.neo4j) as store:
        summary = ingest(
            args.paths or [DEFAULT_INPUT],
            store,
            ledger,
            reextract=args.reextract,
            progress=not args.no_progress,
            report=report,
        )
    print(summary.line())
    return 1 if summary.failed else 0


@command("stats", "count nodes by label and relationships by type in the graph store")
def stats_command(p: argparse.ArgumentParser) -> None:
    """orgkg stats [--db DIR | --neo4j URI]"""
    _store_arguments(p)
    p.set_defaults(func=run_stats)


def run_stats(args: argparse.Namespace) -> int:
    """Print `label count` lines, nodes first, then relationships."""
    from graph.store import NODE_SCHEMA, open_store

    with open_store(_db_dir(args), args.neo4j, read_only=True) as store:
        counts = store.counts()
    nodes = {k: v for k, v in counts.items() if k in NODE_SCHEMA}
    rels = {k: v for k, v in counts.items() if k not in NODE_SCHEMA}
    out = sys.stdout
    out.write(f"nodes: {sum(nodes.values())}\n")
    for k, v in sorted(nodes.items(), key=lambda kv: (-kv[1], kv[0])):
        out.write(f"  {k:<16} {v}\n")
    out.write(f"relationships: {sum(rels.values())}\n")
    for k, v in sorted(rels.items(), key=lambda kv: (-kv[1], kv[0])):
        out.write(f"  {k:<16} {v}\n")
    return 0

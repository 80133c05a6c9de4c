"""`orgkg resolve --explain NAME`: why the mentions of a name were or were not merged into one person."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ui.cli import command


def _facts(args: argparse.Namespace) -> list[dict]:
    """Facts from the given paths (--from), else from the database's fact ledger."""
    if args.source:
        from extract.load import iter_paths
        from extract.pipeline import extract_path

        return [f for path in iter_paths(args.source) for f in extract_path(path)]
    from graph.ledger import Ledger

    with Ledger(_db_dir(args)) as ledger:
        return list(ledger.facts())


def _db_dir(args: argparse.Namespace) -> str:
    if args.db:
        return args.db
    from graph.store import DEFAULT_DB

    return str(DEFAULT_DB)


def run(args: argparse.Namespace) -> int:
    """Print each person of the name with its mentions, merge reasons, POSSIBLY_SAME links and the log."""
    from graph import judgements
    from graph.build import build_with_resolution

    path = args.judgements or judgements.default_path(_db_dir(args))
    _nodes, _edges, res = build_with_resolution(_facts(args), path)
    name = args.explain
    out = sys.stdout
    people = [p for p in res.persons if p.name == name or name in p.aliases]
    if not people:
        out.write(f"no mention of {name}\n")
    for p in people:
        out.write(f"{p.id}  {p.name}  home={p.jurisdiction or '-'}  aliases={','.join(p.aliases) or '-'}\n")
        for m in sorted(p.mentions, key=lambda m: (m.date or "", m.file, m.line)):
            posts = "、".join(r.title for r in m.posts) or "-"
            where = f"{m.doc_number or '-'} {m.file}:{m.line}"
            out.write(f"    {m.date or '????'}  {m.fact_type:<11} {posts}  [{where}]\n")
        for r in p.merge_reasons:
            out.write(f"    why: {r}\n")
    ids = {p.id for p in people}
    for a, b, score, reasons in res.possibly_same:
        if a in ids or b in ids:
            out.write(f"POSSIBLY_SAME {a} ~ {b}  score {score:.2f}: {'; '.join(reasons)}\n")
    for line in res.explain(name):
        out.write(f"log: {line}\n")
    out.write(f"(judgements file: {path}{'' if Path(path).is_file() else ', absent'})\n")
    return 0 if people else 1


@command("resolve", "explain how the mentions of a person were resolved")
def setup(p: argparse.ArgumentParser) -> None:
    """Arguments of `orgkg resolve`."""
    p.add_argument("--explain", metavar="NAME", required=True, help="the person's name as printed")
    p.add_argument("--db", metavar="DIR", default=None, help="database folder holding the fact ledger")
    p.add_argument("--from", dest="source", nargs="+", metavar="PATH", default=None,
                   help="extract these files instead of reading the ledger")
    p.add_argument("--judgements", metavar="FILE", default=None,
                   help="judgements file (default: judgements.tsv in the database folder)")
    p.set_defaults(func=run)

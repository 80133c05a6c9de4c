"""`orgkg ui`: open the Streamlit app on the embedded store (or Neo4j), headless on 127.0.0.1."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from ui.cli import command, report

APP = Path(__file__).resolve().parent / "app.py"


def streamlit_command(port: int, address: str = "127.0.0.1") -> list[str]:
    """The command line that serves the app headless (no browser opened, no usage statistics, no file watcher)."""
    return [sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless", "true",
            "--server.address", address, "--server.port", str(port), "--browser.gatherUsageStats", "false",
            "--server.fileWatcherType", "none", "--server.runOnSave", "false",
            "--server.maxUploadSize", os.environ.get("ORGKG_UI_MAX_UPLOAD_MB", "50"),
            "--client.toolbarMode", "minimal", "--theme.base", "light"]


def app_environment(db: str | None, neo4j: str | None, ledger: str | None = None) -> dict[str, str]:
    """The environment the app reads its store from (ORGKG_DB: the embedded database and ledger folder, or with
    Neo4j the ledger folder alone; ORGKG_NEO4J_URI)."""
    from graph.store import DEFAULT_DB

    env = dict(os.environ)
    env["ORGKG_DB"] = str(Path(db or ledger or env.get("ORGKG_DB") or DEFAULT_DB).resolve())
    if neo4j:
        env["ORGKG_NEO4J_URI"] = neo4j
    return env


def run(args: argparse.Namespace) -> int:
    """Ingest what --ingest names (if anything), then serve the app until interrupted."""
    env = app_environment(args.db, args.neo4j, args.ledger)
    if args.ingest:
        from graph.ingest import ingest
        from graph.ledger import Ledger
        from graph.store import open_store
        from ui.views.writes import builder

        os.environ["ORGKG_DB"] = env["ORGKG_DB"]  # the judgements file of this database applies
        with Ledger(env["ORGKG_DB"]) as ledger, open_store(env["ORGKG_DB"], args.neo4j) as store:
            summary = ingest(args.ingest, store, ledger, builder=builder(), report=report)
        print(summary.line(), file=sys.stderr)
    print(f"orgkg ui: http://127.0.0.1:{args.port}  ({'Neo4j ' + args.neo4j if args.neo4j else env['ORGKG_DB']})",
          file=sys.stderr)
    try:
        return subprocess.call(streamlit_command(args.port), env=env)
    except KeyboardInterrupt:
        return 130


@command("ui", "open the Streamlit app (search, person, group, org chart, document, ask, ingest)")
def setup(p: argparse.ArgumentParser) -> None:
    """orgkg ui [--db DIR | --neo4j URI [--ledger DIR]] [--port 8501] [--ingest PATH...]"""
    where = p.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="DIR", default=None, help="LadybugDB folder (default: .orgkg/db)")
    where.add_argument("--neo4j", metavar="URI", default=None,
                       help="read Neo4j instead (NEO4J_USER / NEO4J_PASSWORD from the environment)")
    # With Neo4j the ledger still lives in a folder: the Document page reads it, judgements and uploads go there.
    p.add_argument("--ledger", metavar="DIR", default=None,
                   help="folder of the fact ledger when using --neo4j, as given to `orgkg ingest` (default: .orgkg/db)")
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--ingest", nargs="+", metavar="PATH", default=None,
                   help="ingest these files or folders before serving")
    p.set_defaults(func=run)

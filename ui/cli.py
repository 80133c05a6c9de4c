"""The `orgkg` command line: one sub-command per job, errors as coded one-line messages."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from extract.errors import OrgkgError

DEFAULT_INPUT = str(Path(__file__).resolve().parent.parent / "examples")
COMMANDS: dict[str, tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]] = {}


def command(name: str, help_text: str):
    """Register a sub-command: the decorated function adds arguments, `run` executes it."""

    def wrap(fn):
        COMMANDS[name] = (help_text, fn)
        return fn

    return wrap


def report(err: OrgkgError | str) -> None:
    """Print one error line to stderr (never a traceback)."""
    print(err.line() if isinstance(err, OrgkgError) else err, file=sys.stderr)


def _fact_row(f: dict) -> str:
    skip = {"type", "document", "document_title", "source"}
    fields = " ".join(f"{k}={v}" for k, v in f.items() if k not in skip and v not in (None, [], ""))
    return f"{f['type']:<11} {f.get('document') or '-':<22} {fields}  [{f['source']['file']}:{f['source']['line']}]"


def cmd_extract(args: argparse.Namespace) -> int:
    """orgkg extract PATH... : print facts as JSON lines or a table; bad files are reported and skipped."""
    from extract.load import iter_paths
    from extract.pipeline import extract_path

    failed = 0
    out = sys.stdout
    for path in iter_paths(args.paths or [DEFAULT_INPUT]):
        try:
            facts = list(extract_path(path))
        except OrgkgError as err:
            err.path = err.path or str(path)
            report(err)
            failed += 1
            continue
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
            report(OrgkgError("E010", detail=f"{type(exc).__name__}: {exc}"[:120], path=str(path)))
            failed += 1
            continue
        for f in facts:
            out.write((json.dumps(f, ensure_ascii=False) if args.format == "jsonl" else _fact_row(f)) + "\n")
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered sub-command."""
    parser = argparse.ArgumentParser(prog="orgkg", description="Chinese government documents → org knowledge graph")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="extract facts (JSON lines) from documents")
    p.add_argument("paths", nargs="*", help="files or folders (default: examples/)")
    p.add_argument("--format", choices=["jsonl", "table"], default="jsonl")
    p.set_defaults(func=cmd_extract)
    for name, (help_text, fn) in COMMANDS.items():
        fn(sub.add_parser(name, help=help_text))
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `orgkg` console script."""
    _load_plugins()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except OrgkgError as err:
        report(err)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _load_plugins() -> None:
    """Import the modules that register further sub-commands (graph, queries, ui)."""
    import importlib

    for mod in ("ui.commands",):
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name != mod:
                raise


if __name__ == "__main__":
    sys.exit(main())

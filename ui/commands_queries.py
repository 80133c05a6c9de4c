"""Sub-commands that answer the users' questions: person, timeline, group, post, orgchart, path, central,
search, export. Readable tables by default, `--json` for scripts; an ambiguous name lists its candidates."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata

from queries.common import Ambiguous
from ui.cli import command, report


def _store_args(p: argparse.ArgumentParser, json_flag: bool = True) -> None:
    p.add_argument("--db", help="LadybugDB folder (default .orgkg/db)")
    p.add_argument("--neo4j", metavar="URI", help="query a Neo4j server instead (bolt://…)")
    if json_flag:
        p.add_argument("--json", action="store_true", help="print JSON for scripts")


def _open(args: argparse.Namespace):
    from graph.store import open_store

    return open_store(args.db, args.neo4j, read_only=not args.neo4j)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _cell(v) -> str:
    if v is None:
        return "-"
    if isinstance(v, list):
        return "、".join(_cell(x) for x in v) or "-"
    return str(v).replace("\n", " ")


def table(rows: list[dict], cols: list[str], out=None) -> None:
    """Print rows as an aligned table (CJK characters count double)."""
    out = out or sys.stdout
    cells = [[_cell(r.get(c)) for c in cols] for r in rows]
    widths = [max([_width(c)] + [_width(row[i]) for row in cells]) for i, c in enumerate(cols)]
    pad = lambda s, w: s + " " * (w - _width(s))  # noqa: E731
    out.write("  ".join(pad(c, w) for c, w in zip(cols, widths, strict=True)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")


def _ev(r: dict) -> dict:
    """Flatten a row's evidence into columns for a table."""
    if not isinstance(r.get("evidence"), dict):
        return r
    e = r["evidence"]
    return {
        **r,
        "document": e.get("document"),
        "date": e.get("date") or r.get("date"),
        "evidence_text": e.get("text"),
    }


def _answer(args: argparse.Namespace, fn, show) -> int:
    """Run a question, print JSON or a table; list candidates for an ambiguous name."""
    store = _open(args)
    try:
        result = fn(store)
    except Ambiguous as err:
        report(err)
        table(
            err.candidates,
            [c for c in ("id", "name", "jurisdiction", "posts", "kind") if c in err.candidates[0]],
            sys.stderr,
        )
        return 2
    finally:
        store.close()
    if getattr(args, "json", False):
        print(json.dumps(result, ensure_ascii=False, indent=1, default=str))
    else:
        show(result)
    return 0


def _section(title: str, rows: list[dict], cols: list[str]) -> None:
    if rows:
        print(f"\n## {title}")
        table([_ev(r) for r in rows], cols)


@command("person", "profile of a person: posts, groups, duties, meetings (with evidence)")
def _person(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", help="a name (any spelling) or a per: id")
    _store_args(p)

    def run(args):
        from queries.person import person_profile

        def show(r):
            who = r["person"]
            print(f"{who['name']}  ({who['jurisdiction'] or '-'})  {who['id']}")
            _section("posts", r["posts"], ["post", "status", "start", "end", "document", "evidence_text"])
            _section(
                "groups", r["groups"], ["group", "role", "post", "start", "end", "document", "evidence_text"]
            )
            _section(
                "duties", r["duties"], ["relation", "target", "start", "end", "document", "evidence_text"]
            )
            _section("meetings", r["meetings"], ["meeting", "role", "post", "date", "evidence_text"])
            _section("mentions", r["mentions"], ["post", "date", "document", "evidence_text"])
            _section("homonyms (other people of this name)", r["homonyms"], ["id", "name", "jurisdiction"])
            _section(
                "possibly the same person",
                r["possibly_same"],
                ["id", "name", "jurisdiction", "score", "reasons"],
            )

        return _answer(args, lambda s: person_profile(s, args.name), show)

    p.set_defaults(func=run)


@command("timeline", "the dated events of a person's career (with evidence)")
def _timeline(p: argparse.ArgumentParser) -> None:
    p.add_argument("name")
    _store_args(p)

    def run(args):
        from queries.person import timeline

        return _answer(
            args,
            lambda s: timeline(s, args.name),
            lambda rows: table(
                [_ev(r) for r in rows], ["date", "event", "what", "document", "evidence_text"]
            ),
        )

    p.set_defaults(func=run)


@command("group", "roster of a group in printed order (as of a date), or the diff of two versions")
def _group(p: argparse.ArgumentParser) -> None:
    p.add_argument("name")
    p.add_argument("--as-of", help="date (YYYY, YYYY-MM or YYYY-MM-DD); default: the latest roster")
    p.add_argument("--diff", action="store_true", help="compare the last two roster versions")
    p.add_argument("--jurisdiction", help="the group's jurisdiction, when several groups share the name")
    _store_args(p)

    def run(args):
        from queries.groups import roster, roster_diff

        def show_roster(r):
            v = r["version"] or {}
            print(
                f"{r['group']['name']}  ({r['group']['kind']}, {r['group']['jurisdiction'] or '-'})  "
                f"version {v.get('document') or v.get('version') or '-'} {v.get('date') or ''}"
            )
            _section("members", r["members"], ["role", "person", "post", "document", "evidence_text"])
            _section("office", r["office"], ["agency", "office_head", "document", "evidence_text"])
            _section("subgroups", r["subgroups"], ["name", "kind", "document"])
            _section("member units", r["member_units"], ["agency", "document"])
            _section("versions", r["versions"], ["document", "date", "size", "title"])

        def show_diff(r):
            print(
                f"{r['group']['name']}: {(r['old'] or {}).get('document')} → "
                f"{(r['new'] or {}).get('document')}"
            )
            _section("joined", r["joined"], ["role", "person", "post", "evidence_text"])
            _section("left", r["left"], ["role", "person", "post", "evidence_text"])
            _section("role changed", r["role_changed"], ["person", "old_role", "new_role", "evidence_text"])

        if args.diff:
            return _answer(args, lambda s: roster_diff(s, args.name, jurisdiction=args.jurisdiction), show_diff)
        return _answer(args, lambda s: roster(s, args.name, args.as_of, args.jurisdiction), show_roster)

    p.set_defaults(func=run)


@command("post", "who held a post, or headed an agency, over time")
def _post(p: argparse.ArgumentParser) -> None:
    p.add_argument("text", help="a post title or an agency name (partial)")
    _store_args(p)

    def run(args):
        from queries.posts import post_history

        return _answer(
            args,
            lambda s: post_history(s, args.text),
            lambda rows: table(
                [_ev(r) for r in rows],
                ["post", "person", "start", "end", "status", "document", "evidence_text"],
            ),
        )

    p.set_defaults(func=run)


@command("orgchart", "leaders of a jurisdiction with the agencies they oversee and groups they chair")
def _orgchart(p: argparse.ArgumentParser) -> None:
    p.add_argument("jurisdiction")
    p.add_argument("--as-of")
    _store_args(p)

    def run(args):
        from queries.orgchart import orgchart

        def show(r):
            print(r["jurisdiction"]["name"])
            for leader in r["leaders"]:
                posts = "、".join(x["post"] for x in leader["posts"]) or "-"
                print(f"\n{leader['person']}  {posts}")
                for key in ("oversees", "liaises", "assists"):
                    for d in leader[key]:
                        print(f"  {key:<9} {d['target']}  [{d['evidence']['document'] or '-'}]")
                for c in leader["chairs"]:
                    print(f"  chairs    {c['group']} ({c['role']})  [{c['evidence']['document'] or '-'}]")

        return _answer(args, lambda s: orgchart(s, args.jurisdiction, args.as_of), show)

    p.set_defaults(func=run)


@command("path", "how two people are connected through groups, agencies or documents")
def _path(p: argparse.ArgumentParser) -> None:
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--max-hops", type=int, default=3)
    _store_args(p)

    def run(args):
        from queries.paths import connection

        def show(r):
            if not r["paths"]:
                print(f"no connection within {args.max_hops} hops")
            for i, path in enumerate(r["paths"], 1):
                print(f"\n{i}. " + " → ".join(path["chain"]))
                table(
                    [_ev(x) for x in path["links"]],
                    ["person", "kind", "via", "as", "document", "evidence_text"],
                )

        return _answer(args, lambda s: connection(s, args.a, args.b, args.max_hops), show)

    p.set_defaults(func=run)


@command("central", "the most central officials by co-membership (degree, betweenness, community)")
def _central(p: argparse.ArgumentParser) -> None:
    p.add_argument("--jurisdiction")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--pairs", action="store_true", help="list who sits with whom most often instead")
    _store_args(p)

    def run(args):
        from queries.analytics import centrality, co_membership

        if args.pairs:
            return _answer(
                args,
                lambda s: co_membership(s, args.limit, args.jurisdiction),
                lambda rows: table(rows, ["person_a", "person_b", "shared", "groups"]),
            )
        return _answer(
            args,
            lambda s: centrality(s, args.limit, args.jurisdiction),
            lambda rows: table(
                rows, ["person", "groups", "co_members", "degree", "betweenness", "community"]
            ),
        )

    p.set_defaults(func=run)


@command("search", "find people, groups, agencies, posts and documents by partial name")
def _search(p: argparse.ArgumentParser) -> None:
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=50)
    _store_args(p)

    def run(args):
        from queries.search import search

        return _answer(
            args,
            lambda s: search(s, args.text, limit=args.limit),
            lambda rows: table(rows, ["kind", "name", "detail", "id"]),
        )

    p.set_defaults(func=run)


@command("export", "export the graph or a part of it (dot, svg, png, mermaid, graphml, gexf, csv, json, ftm)")
def _export(p: argparse.ArgumentParser) -> None:
    from queries.export import FORMATS

    p.add_argument("format", choices=FORMATS)
    sel = p.add_mutually_exclusive_group()
    sel.add_argument("--jurisdiction")
    sel.add_argument("--group")
    sel.add_argument("--person")
    p.add_argument("-o", "--output", required=True, help="output file (csv: a folder)")
    _store_args(p, json_flag=False)

    def run(args):
        from queries.export import export

        store = _open(args)
        try:
            files = export(store, args.format, args.output, args.jurisdiction, args.group, args.person)
        except Ambiguous as err:
            report(err)
            table(
                err.candidates,
                [c for c in ("id", "name", "jurisdiction", "posts") if c in err.candidates[0]],
                sys.stderr,
            )
            return 2
        finally:
            store.close()
        for f in files:
            print(f)
        return 0

    p.set_defaults(func=run)

"""Latency of each question on generated graphs: p50/p95 per question, size and store; prints, never asserts.

    python bench/queries.py                       # 10^4 and 10^5 nodes on LadybugDB
    python bench/queries.py --neo4j bolt://127.0.0.1:7687   # also on Neo4j (the database is WIPED first)
    python bench/queries.py --sizes 10000 1000000 # 10^6 is optional: minutes to write

The generated government repeats one banner-sized unit (agencies, posts, leaders, groups with two roster
versions, a division of labour, documents) so every question has realistic work at every size.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from queries.analytics import centrality  # noqa: E402
from queries.groups import groups_of_person, roster, roster_diff, shared_members  # noqa: E402
from queries.orgchart import orgchart  # noqa: E402
from queries.paths import connection  # noqa: E402
from queries.person import person_profile, timeline  # noqa: E402
from queries.posts import post_history  # noqa: E402
from queries.search import search  # noqa: E402

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞斌宇浩凯健俊帆志峰亮成云龙"
AGENCIES = [
    "财政局",
    "教育体育局",
    "卫生健康委员会",
    "应急管理局",
    "公安局",
    "民政局",
    "司法局",
    "自然资源局",
    "生态环境局",
    "住房和城乡建设局",
    "交通运输局",
    "水利局",
    "农牧局",
    "商务局",
    "文化旅游局",
    "审计局",
    "统计局",
    "医疗保障局",
    "林业和草原局",
    "市场监督管理局",
]
UNIT_NODES = 1000  # nodes per generated banner
# The lock the Neo4j tests take (tests/test_store_neo4j.py): the shared server has one writer at a time.
LOCK = Path(tempfile.gettempdir()) / "orgkg-neo4j-tests.lock"


def _prov(doc: str, _number: str, _date: str, text: str) -> dict:
    # The document's number and date live on its Document node (docs/MODEL.md).
    return {"doc": doc, "line": 1, "evidence": text}


def generate(n_nodes: int, seed: int = 0) -> tuple[list[dict], list[dict], dict]:
    """A graph of about n_nodes nodes in the interchange format, and the names questions are asked about."""
    rnd = random.Random(seed)
    nodes, edges, probe = [], [], {"people": [], "groups": [], "jurs": [], "posts": []}
    for u in range(max(1, n_nodes // UNIT_NODES)):
        _unit(u, rnd, nodes, edges, probe)
    return nodes, edges, probe


def _unit(u: int, rnd: random.Random, nodes: list, edges: list, probe: dict) -> None:
    jur = f"第{u}旗"
    jid = f"jur:b{u}"
    nodes.append(
        {"id": jid, "label": "Jurisdiction", "props": {"name": jur, "level": "banner", "parent": "测试市"}}
    )
    probe["jurs"].append(jur)
    docs = []
    for d in range(120):
        did, number, date = (
            f"doc:{u}-{d}",
            f"{jur[:2]}政发〔{2020 + d % 5}〕{d}号",
            f"{2020 + d % 5}-0{1 + d % 9}-1{d % 9}",
        )
        nodes.append(
            {
                "id": did,
                "label": "Document",
                "props": {
                    "number": number,
                    "title": f"{jur}人民政府关于事项{d}的通知",
                    "issuer": f"{jur}人民政府",
                    "date": date,
                    "kind": "group",
                    "file": "bench.txt",
                    "sha256": "0" * 64,
                },
            }
        )
        docs.append((did, number, date))
    agencies = [f"ag:{u}-gov"] + [f"ag:{u}-{i}" for i in range(len(AGENCIES))]
    for i, aid in enumerate(agencies):
        name = jur + ("人民政府" if i == 0 else AGENCIES[i - 1])
        nodes.append(
            {
                "id": aid,
                "label": "Agency",
                "props": {"name": name, "jurisdiction": jur, "aliases": [], "printed": [name]},
            }
        )
        edges.append(
            {"id": f"e:{aid}-part", "type": "PART_OF", "src": aid, "dst": jid, "props": _prov(*docs[0], "")}
        )
    posts = [(f"post:{u}-qz", f"{jur}人民政府旗长", agencies[0], "旗长")]
    posts += [(f"post:{u}-fqz", f"{jur}人民政府副旗长", agencies[0], "副旗长")]
    for i, aid in enumerate(agencies[1:]):
        posts += [
            (f"post:{u}-{i}-h", f"{jur}{AGENCIES[i]}局长", aid, "局长"),
            (f"post:{u}-{i}-d", f"{jur}{AGENCIES[i]}副局长", aid, "副局长"),
        ]
    for pid, title, aid, rank in posts:
        nodes.append(
            {
                "id": pid,
                "label": "Post",
                "props": {
                    "title": title,
                    "printed": title,
                    "agency": aid,
                    "rank": rank,
                    "one_holder": rank != "副旗长",
                },
            }
        )
    probe["posts"].append(posts[2][1])
    n_people = UNIT_NODES - len(nodes) % UNIT_NODES - 30 - 1
    people = []
    for k in range(max(10, n_people)):
        pid = f"per:{u}-{k}"
        name = rnd.choice(SURNAMES) + rnd.choice(GIVEN) + (rnd.choice(GIVEN) if k % 3 else "")
        nodes.append(
            {
                "id": pid,
                "label": "Person",
                "props": {"name": name, "jurisdiction": jur, "aliases": [], "merge_reasons": []},
            }
        )
        people.append(pid)
        post = posts[min(k, len(posts) - 1)] if k < len(posts) + 7 else rnd.choice(posts[2:])
        doc = rnd.choice(docs)
        edges.append(
            {
                "id": f"e:h{u}-{k}",
                "type": "HOLDS",
                "src": pid,
                "dst": post[0],
                "props": {
                    **_prov(*doc, f"任命{name}为{post[1]}"),
                    "start": doc[2],
                    "end": None,
                    "status": "appointed",
                    "action": "appoint",
                    "effective": None,
                },
            }
        )
        if k % 4 == 0:
            d2 = rnd.choice(docs)
            edges.append(
                {
                    "id": f"e:n{u}-{k}",
                    "type": "MENTIONED_IN",
                    "src": pid,
                    "dst": d2[0],
                    "props": {**_prov(*d2, f"{post[1]}{name}出席"), "post": post[1]},
                }
            )
    probe["people"].append(people[1])
    for g in range(30):
        gid = f"grp:{u}-{g}"
        name = f"{jur}专项工作{g}领导小组"
        nodes.append(
            {
                "id": gid,
                "label": "Group",
                "props": {"name": name, "canonical": name, "kind": "leading_group", "jurisdiction": jur},
            }
        )
        probe["groups"].append(name)
        members = [people[g % 8]] + rnd.sample(people, 19)
        for v, (doc, end) in enumerate(((docs[g], docs[g + 30][2]), (docs[g + 30], None))):
            for o, pid in enumerate(
                dict.fromkeys(members if v == 0 else members[:15] + rnd.sample(people, 5))
            ):
                role = "组长" if o == 0 else ("副组长" if o < 3 else "成员")
                edges.append(
                    {
                        "id": f"e:m{u}-{g}-{v}-{o}",
                        "type": "MEMBER_OF",
                        "src": pid,
                        "dst": gid,
                        "props": {
                            **_prov(*doc, f"{role}：{pid}"),
                            "role": role,
                            "post": None,
                            "version": doc[0],
                            "order": o,
                            "start": doc[2],
                            "end": end,
                        },
                    }
                )
    for k in range(1, 8):
        for i in rnd.sample(range(1, len(agencies)), 3):
            edges.append(
                {
                    "id": f"e:o{u}-{k}-{i}",
                    "type": "OVERSEES",
                    "src": people[k],
                    "dst": agencies[i],
                    "props": {
                        **_prov(*docs[5], "分管"),
                        "from": docs[5][2],
                        "until": None,
                        "relation": "oversees",
                    },
                }
            )


def _stores(args, tmp: Path):
    from graph.store_ladybug import LadybugStore

    if not args.no_ladybug:
        yield "ladybug", lambda size: LadybugStore(tmp / f"lb{size}")
    if args.neo4j:
        from graph.store_neo4j import Neo4jStore

        yield "neo4j", lambda size: Neo4jStore(args.neo4j)


def questions(probe: dict, rnd: random.Random) -> dict:
    """Each question with a random target drawn from the generated names."""

    def person():
        return rnd.choice(probe["people"])

    def group():
        return rnd.choice(probe["groups"])

    return {
        "1 person_profile": lambda s: person_profile(s, person()),
        "2 timeline": lambda s: timeline(s, person()),
        "3 roster": lambda s: roster(s, group()),
        "3 roster_diff": lambda s: roster_diff(s, group()),
        "4 groups_of_person": lambda s: groups_of_person(s, person()),
        "4 shared_members": lambda s: shared_members(s, group(), group()),
        "5 post_history": lambda s: post_history(s, rnd.choice(probe["posts"])),
        "6 orgchart": lambda s: orgchart(s, rnd.choice(probe["jurs"])),
        "8 connection": lambda s: connection(s, person(), person(), max_hops=2),
        "9 search": lambda s: search(s, rnd.choice(probe["groups"])[-8:], limit=20),
    }


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]


def main(argv: list[str] | None = None) -> int:
    """Generate, load and time; print one line per store, size and question."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--runs", type=int, default=30, help="timed runs per question")
    ap.add_argument("--neo4j", metavar="URI", help="also benchmark this Neo4j server (its data is wiped)")
    ap.add_argument("--no-ladybug", action="store_true", help="benchmark Neo4j only")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            nodes, edges, probe = generate(size)
            for engine, opener in _stores(args, Path(tmp)):
                lock = _neo4j_lock(args.neo4j) if engine == "neo4j" else contextlib.nullcontext()
                with lock:  # wipe the tests' server only while holding their lock
                    _bench_store(engine, opener(size), size, nodes, edges, probe, args.runs)
    return 0


def _neo4j_lock(uri: str):
    """The Neo4j tests' lock file, held (flock) when `uri` is the tests' server; else nothing."""
    from graph.store_neo4j import DEFAULT_URI

    if uri not in (os.environ.get("NEO4J_URI"), DEFAULT_URI):
        return contextlib.nullcontext()

    @contextlib.contextmanager
    def held():
        with LOCK.open("w") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            yield

    return held()


def _bench_store(engine: str, store, size: int, nodes: list, edges: list, probe: dict, runs: int) -> None:
    """Load one generated graph (bulk insert into an emptied store) and time every question on it."""
    if engine == "neo4j":
        store.wipe()
    t = time.perf_counter()
    store.write(nodes, edges, new=True)  # an emptied store: every id is new
    took = time.perf_counter() - t
    size_text = f"{len(nodes):>8} nodes {len(edges):>8} edges"
    print(f"{engine:<8} {size_text}  load {took:6.1f} s", flush=True)
    rnd = random.Random(1)
    qs = questions(probe, rnd)
    if size <= 20_000:
        qs["7 centrality"] = lambda s: centrality(s, sample=200)
    for name, fn in qs.items():
        fn(store)  # warm-up (plan caches)
        times = []
        for _ in range(runs if not name.startswith("7") else 3):
            t = time.perf_counter()
            fn(store)
            times.append((time.perf_counter() - t) * 1000)
        print(
            f"{engine:<8} {len(nodes):>8}  {name:<20} p50 {statistics.median(times):8.1f} ms"
            f"  p95 {_pct(times, 0.95):8.1f} ms",
            flush=True,
        )
    store.close()


if __name__ == "__main__":
    sys.exit(main())

"""Ingest benchmark: realistic generated facts → ledger → nodes/edges → each store; prints rates and sizes.

    python bench/ingest.py                       # 10^4 and 10^5 facts into LadybugDB and Neo4j
    python bench/ingest.py --sizes 1e4,1e5,1e6 --stores ladybug
    python bench/ingest.py --builder build       # resolve with graph.build instead of the template mapping

Facts follow the GUIDE section 4 contract (membership, appointment, oversight rows with Chinese names,
posts and groups of many jurisdictions). The template mapping turns each fact into nodes/edges the way
graph/build.py does, without entity resolution, so the numbers measure the stores. Neo4j is WIPED first (the
tests' server only under their lock file). Each store gets a full sync (new rows: bulk insert), a sync after 1 % of
nodes and relationships changed (MERGE / delete + insert), and a no-op resync (inventory + digests only).
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import os
import random
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# The lock the Neo4j tests take (tests/test_store_neo4j.py): one shared server, one writer at a time.
LOCK = Path(tempfile.gettempdir()) / "orgkg-neo4j-tests.lock"

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
)
GIVEN = "勤军俊涛磊敏静丽强伟芳娜秀英华慧建国明志刚平红燕霞云峰杰鹏飞宇浩瑞雪松梅兰春晓东海波"
MONGOLIAN = ["孟都巴雅尔", "那顺德力格尔", "额登毕力格", "白朝格吉乐图", "苏云高娃", "乌云其木格"]
PLACES = [
    "鄂托克旗",
    "伊金霍洛旗",
    "东胜区",
    "达拉特旗",
    "准格尔旗",
    "杭锦旗",
    "乌审旗",
    "康巴什区",
    "鄂托克前旗",
    "鄂尔多斯市",
    "包头市",
    "呼和浩特市",
    "赛罕区",
    "土默特左旗",
    "准格尔召镇",
]
AGENCIES = [
    "财政局",
    "教育体育局",
    "卫生健康委员会",
    "发展和改革委员会",
    "住房和城乡建设局",
    "公安局",
    "人力资源和社会保障局",
    "林业和草原局",
    "应急管理局",
    "自然资源局",
    "生态环境局",
    "审计局",
]
RANKS = ["局长", "副局长", "主任", "副主任", "党组书记", "二级主任科员"]
TOPICS = [
    "安全生产",
    "人工智能产业发展",
    "乡村振兴",
    "债务风险降级",
    "森林草原防灭火",
    "河湖长制",
    "文明城市创建",
    "营商环境优化",
    "防汛抗旱",
    "招商引资",
]
GROUP_KINDS = ["工作领导小组", "领导小组", "工作专班", "指挥部"]
ROLES = ["组长", "常务副组长", "副组长", "成员", "成员", "成员", "成员"]
AREAS = ["金融", "外事", "统计", "审计", "应急管理", "民族宗教", "科技创新"]


def person(rng: random.Random) -> str:
    """A Han name of 2–3 characters, sometimes a Mongolian name."""
    if rng.random() < 0.05:
        return rng.choice(MONGOLIAN)
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def generate(n: int, seed: int = 7) -> list[dict]:
    """n facts: 60 % roster memberships, 30 % appointments, 10 % oversight lines, in documents of ~40."""
    rng = random.Random(seed)
    people = [person(rng) for _ in range(max(50, n // 8))]
    facts: list[dict] = []
    while len(facts) < n:
        place = rng.choice(PLACES)
        year = rng.randint(2019, 2025)
        number = f"{place[:1]}政发〔{year}〕{rng.randint(1, 400)}号"
        file = f"{place}_{year}_{len(facts) // 40:06d}.txt"
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        facts.append(
            _fact(
                "document",
                number,
                file,
                1,
                f"{place}人民政府关于…的通知",
                number=number,
                title=f"{place}人民政府关于…的通知",
                issuer=f"{place}人民政府",
                date=date,
                kind="group",
            )
        )
        group = f"{place}{rng.choice(TOPICS)}{rng.choice(GROUP_KINDS)}"
        for line in range(2, 42):
            who = rng.choice(people)
            post = f"{place[-1]}{rng.choice(AGENCIES)}{rng.choice(RANKS)}"
            r = rng.random()
            if r < 0.6:
                role = rng.choice(ROLES)
                facts.append(
                    _fact(
                        "membership",
                        number,
                        file,
                        line,
                        f"{role}：{who} {post}",
                        person=who,
                        group=group,
                        role=role,
                        post=post,
                    )
                )
            elif r < 0.9:
                action = rng.choice(["appoint", "appoint", "remove", "concurrent"])
                facts.append(
                    _fact(
                        "appointment",
                        number,
                        file,
                        line,
                        f"任命{who}为{post}",
                        person=who,
                        action=action,
                        post=post,
                        probation=rng.random() < 0.2,
                        effective=None,
                    )
                )
            else:
                relation = rng.choice(["oversees", "liaises", "assists"])
                target = rng.choice(AREAS) if relation == "assists" else place + rng.choice(AGENCIES)
                facts.append(
                    _fact(
                        "oversight",
                        number,
                        file,
                        line,
                        f"{who}分管{target}",
                        person=who,
                        person_post=f"{place}副{place[-1]}长",
                        relation=relation,
                        target=target,
                    )
                )
            if len(facts) >= n:
                break
    return facts


def _fact(type_: str, doc_number: str, file: str, line: int, text: str, **fields) -> dict:
    return {
        "type": type_,
        "document": doc_number,
        **fields,
        "source": {"file": file, "line": line, "text": text},
    }


def _id(prefix: str, *parts) -> str:
    return prefix + ":" + hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


REL = {
    "membership": "MEMBER_OF",
    "appointment": "HOLDS",
    "oversees": "OVERSEES",
    "liaises": "LIAISES_WITH",
    "assists": "ASSISTS",
}


def template_graph(facts: list[dict]) -> tuple[list[dict], list[dict]]:
    """Facts → nodes/edges in the interchange format (one Person per name and place; no resolution)."""
    nodes: dict[str, dict] = {}
    edges: dict[str, dict] = {}
    doc_dates: dict[str, str] = {}

    def node(label: str, nid: str, **props) -> str:
        nodes.setdefault(nid, {"id": nid, "label": label, "props": props})
        return nid

    for f in facts:
        src = f["source"]
        doc = _id("doc", src["file"], f["document"])
        if f["type"] == "document":
            doc_dates[doc] = f["date"]
            node(
                "Document",
                doc,
                number=f["number"],
                title=f["title"],
                issuer=f["issuer"],
                date=f["date"],
                kind=f["kind"],
                file=src["file"],
                sha256=None,
            )
            continue
        place = src["file"].split("_", 1)[0]
        per = node(
            "Person",
            _id("per", f["person"], place),
            name=f["person"],
            jurisdiction=place,
            aliases=[],
            merge_reasons=[],
        )
        prov = {"doc": doc, "line": src["line"], "evidence": src["text"]}
        when = doc_dates.get(doc)
        if f["type"] == "membership":
            grp = node(
                "Group",
                _id("grp", f["group"]),
                name=f["group"],
                canonical=f["group"],
                kind="leading_group",
                jurisdiction=place,
            )
            eid = _id("e", per, grp, doc, f["role"])
            edges[eid] = {
                "id": eid,
                "type": "MEMBER_OF",
                "src": per,
                "dst": grp,
                "props": {
                    **prov,
                    "role": f["role"],
                    "post": f["post"],
                    "version": doc,
                    "order": src["line"],
                    "start": when,
                    "end": None,
                },
            }
        elif f["type"] == "appointment":
            post = node(
                "Post",
                _id("post", place, f["post"]),
                title=place + f["post"][1:],
                printed=f["post"],
                agency=None,
                rank=None,
                one_holder=False,
            )
            eid = _id("e", per, post, doc, f["action"])
            edges[eid] = {
                "id": eid,
                "type": "HOLDS",
                "src": per,
                "dst": post,
                "props": {
                    **prov,
                    "start": when,
                    "end": None,
                    "status": "appointed",
                    "action": f["action"],
                    "effective": f.get("effective"),
                },
            }
        else:
            label = "Area" if f["relation"] == "assists" else "Agency"
            target = node(label, _id("area" if label == "Area" else "ag", f["target"]), name=f["target"])
            eid = _id("e", per, target, doc, f["relation"])
            edges[eid] = {
                "id": eid,
                "type": REL[f["relation"]],
                "src": per,
                "dst": target,
                "props": {**prov, "from": when, "until": None, "relation": f["relation"]},
            }
    return list(nodes.values()), list(edges.values())


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def _mb(n: int | None) -> str:
    return "n/a" if n is None else f"{n / 1e6:.1f} MB"


def revised(nodes: list[dict], edges: list[dict], every: int = 100) -> tuple[list[dict], list[dict]]:
    """The graph with one node and one relationship in `every` edited (a corrected evidence text / name):
    what a re-extraction after an extractor fix produces, so the sync's MERGE/replace path is timed too."""
    nodes = [
        {**n, "props": {**n["props"], "name": n["props"].get("name", "") + "（更正）"}} if i % every == 0 else n
        for i, n in enumerate(nodes)
    ]
    edges = [
        {**e, "props": {**e["props"], "evidence": e["props"]["evidence"] + "（更正）"}} if i % every == 0 else e
        for i, e in enumerate(edges)
    ]
    return nodes, edges


def run(size: int, stores: list[str], builder: str, workdir: Path, neo4j_uri: str | None) -> None:
    """One size: ledger, build, then into each store a full sync, a 1 % update and a no-op resync."""
    from graph.ingest import sync
    from graph.ledger import Ledger

    facts = generate(size)
    folder = workdir / f"n{size}"
    shutil.rmtree(folder, ignore_errors=True)
    t = time.perf_counter()
    with Ledger(folder) as ledger:
        for i in range(0, len(facts), 40):  # one transaction per generated document file
            ledger.put(folder / f"doc{i}.txt", f"sha{i}", facts[i : i + 40])
        ledger_s = time.perf_counter() - t
        t = time.perf_counter()
        if builder == "build":
            from graph.build import build

            nodes, edges = build(ledger.facts())
        else:
            nodes, edges = template_graph(list(ledger.facts()))
        build_s = time.perf_counter() - t
    print(f"\n{size:,} facts → {len(nodes):,} nodes, {len(edges):,} relationships", flush=True)
    print(f"  ledger   {size / ledger_s:>10,.0f} facts/s   ({ledger_s:.1f} s, {_mb(_size(folder))})")
    print(f"  {builder:<8} {size / build_s:>10,.0f} facts/s   ({build_s:.1f} s)", flush=True)
    quiet = lambda _line: None  # noqa: E731
    new_nodes, new_edges = revised(nodes, edges)
    for name in stores:
        with _opened(name, folder, neo4j_uri) as store:
            if store is None:
                continue
            t = time.perf_counter()
            sync(store, nodes, edges, report=quiet)
            secs = time.perf_counter() - t
            spent = dict(store.write_seconds)  # the write phases alone (no inventory, no digests)
            t = time.perf_counter()
            upd = sync(store, new_nodes, new_edges, report=quiet)
            update_s = time.perf_counter() - t
            t = time.perf_counter()
            again = sync(store, new_nodes, new_edges, report=quiet)
            resync = time.perf_counter() - t
            if name == "neo4j":
                disk = f"store {_mb(store.size_on_disk())}, tx logs {_mb(store.size_on_disk('logs'))}"
            else:
                disk = _mb(store.size_on_disk())
        node_rate = len(nodes) / max(spent.get("nodes", 0.0), 1e-9)
        rel_rate = len(edges) / max(spent.get("relationships", 0.0), 1e-9)
        print(
            f"  {name:<8} sync {size / secs:>9,.0f} facts/s {len(edges) / secs:>9,.0f} relationships/s "
            f"({secs:.1f} s end to end); writes alone {node_rate:,.0f} nodes/s, "
            f"{rel_rate:,.0f} relationships/s\n"
            f"  {'':<8} 1% update {update_s:.1f} s ({upd.written_nodes:,} nodes, "
            f"{upd.written_relationships:,} relationships); no-op resync {resync:.1f} s "
            f"(wrote {again.written_relationships}); on disk {disk}",
            flush=True,
        )


@contextmanager
def _opened(name: str, folder: Path, neo4j_uri: str | None):
    """The store, emptied; Neo4j is held under the test lock (the server is shared) until closed."""
    from extract.errors import OrgkgError

    if name == "ladybug":
        from graph.store_ladybug import LadybugStore

        store = LadybugStore(folder / "lbdb")
        try:
            yield store
        finally:
            store.close()
        return
    from graph.store_neo4j import DEFAULT_URI, Neo4jStore

    shared = neo4j_uri in (None, os.environ.get("NEO4J_URI"), DEFAULT_URI)  # the tests' server
    with LOCK.open("w") as lock:
        if shared:
            fcntl.flock(lock, fcntl.LOCK_EX)  # wipe only while holding it
        try:
            store = Neo4jStore(neo4j_uri)
        except OrgkgError as err:
            print(f"  {name:<8} skipped: {err.line()}")
            yield None
            return
        try:
            store.wipe()
            yield store
        finally:
            store.close()


def _warm_up(stores: list[str], workdir: Path, neo4j_uri: str | None) -> None:
    """One small untimed sync per store: a fresh Neo4j JVM compiles its write path during the first
    thousands of rows and would otherwise be measured as several times slower at 10^4."""
    from graph.ingest import sync

    nodes, edges = template_graph(generate(3000, seed=1))
    for name in stores:
        with _opened(name, workdir / "warm-up", neo4j_uri) as store:
            if store is not None:
                sync(store, nodes, edges, report=lambda _line: None)
                store.wipe()
    shutil.rmtree(workdir / "warm-up", ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """Parse flags and run each size."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="1e4,1e5", help="comma-separated fact counts (1e6 takes minutes)")
    p.add_argument("--stores", default="ladybug,neo4j", help="ladybug, neo4j or both")
    p.add_argument("--builder", choices=["template", "build"], default="template")
    p.add_argument("--neo4j-uri", default=None, help="Neo4j server (default NEO4J_URI or bolt://127.0.0.1:7687)")
    p.add_argument(
        "--workdir", default=None, help="where ledgers and LadybugDB files go (default: a temp dir)"
    )
    args = p.parse_args(argv)
    sizes = [int(float(s)) for s in args.sizes.split(",") if s]
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="orgkg-bench-"))
    print(f"workdir {workdir}")
    stores = [s for s in args.stores.split(",") if s]
    _warm_up(stores, workdir, args.neo4j_uri)
    for size in sizes:
        run(size, stores, args.builder, workdir, args.neo4j_uri)
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

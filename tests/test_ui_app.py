"""The Streamlit app, page by page, through streamlit.testing.v1.AppTest, on both stores (no browser:
tests/test_ui_browser.py drives a real one).

One corpus is ingested once: examples/, an adjustment notice of the examples' group (so the group has two roster
versions to compare) and the five seed files when ../shared/seeds exists. The LadybugDB variant reads the embedded
database of that folder; the Neo4j variant syncs the same ledger into the server of scripts/neo4j-server and points
the app at it (ORGKG_NEO4J_URI), holding the cross-process test lock while it runs. Every page test runs on both.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

pytest.importorskip("streamlit.testing.v1")
from streamlit.testing.v1 import AppTest  # noqa: E402

APP = str(ROOT / "ui" / "app.py")
GROUP = "白桦县城老旧小区改造工作领导小组"
# Shared with the other Neo4j tests (tests/test_store_neo4j.py): one test process uses the server at a time.
LOCK = Path(tempfile.gettempdir()) / "orgkg-neo4j-tests.lock"
# The examples' group adjusted half a year later: 赵敏 steps down to 成员, 郑晓光 leaves, 冯立新 joins.
ADJUSTMENT = """白桦县人民政府办公室关于调整
县城老旧小区改造工作领导小组组成人员的通知
白政办发〔2025〕30号

各乡镇人民政府，县直各部门：
因人员变动，经县人民政府研究，决定调整白桦县城老旧小区改造工作领导小组组成人员。调整后的组成人员如下：

组　长：\t林晓东\t县委副书记、政府县长
副组长：\t周明远\t县委常委、政府常务副县长
成　员：\t赵 敏\t县人民政府副县长
\t巴特尔\t县住房和城乡建设局局长
\t钱 进\t县财政局局长
\t孙海燕\t县发展和改革委员会主任
\t吴 刚\t县自然资源局局长
\t冯立新\t县教育体育局局长

领导小组办公室设在县住房和城乡建设局，办公室主任由巴特尔兼任。

白桦县人民政府办公室
2025年9月1日
"""
STORES = ["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)]


@dataclass
class Graph:
    """Where the app under test reads: the ledger folder (ORGKG_DB) and, for Neo4j, the server's URI."""

    db: Path
    neo4j: str | None
    store: object  # a handle for the tests' own look-ups

    def env(self, monkeypatch, db: Path | None = None) -> None:
        """Point the app at this graph (another ledger folder `db` for the tests that write)."""
        monkeypatch.setenv("ORGKG_DB", str(db or self.db))
        if self.neo4j:
            monkeypatch.setenv("ORGKG_NEO4J_URI", self.neo4j)
        else:
            monkeypatch.delenv("ORGKG_NEO4J_URI", raising=False)

    def one(self, statement: str, **params) -> str:
        """The single value of a one-row, one-column look-up."""
        rows = self.store.read_query(statement, params)
        assert len(rows) == 1, rows
        return next(iter(rows[0].values()))


def _ingest(paths: list[Path], folder: Path, store=None):
    """Extract `paths` into the ledger of `folder` and sync the graph into `store` (default: its own LadybugDB)."""
    from graph.ingest import ingest
    from graph.ledger import Ledger
    from graph.store import open_store

    with Ledger(folder) as ledger:
        if store is not None:
            return ingest(paths, store, ledger, report=lambda _line: None)
        with open_store(folder) as own:
            return ingest(paths, own, ledger, report=lambda _line: None)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A ledger folder (with its embedded database) holding examples/, the adjustment notice and the seeds."""
    docs = tmp_path_factory.mktemp("docs")
    for f in (ROOT / "examples").iterdir():
        shutil.copy(f, docs / f.name)  # copied: the Document page reads the files back
    (docs / "白桦县_调整领导小组的通知.txt").write_text(ADJUSTMENT, encoding="utf-8")
    paths = [docs] + ([SEEDS] if SEEDS.is_dir() else [])
    folder = tmp_path_factory.mktemp("db")
    summary = _ingest(paths, folder)
    assert summary.failed == 0, summary.errors
    return folder


def _neo4j():
    """The Neo4j store of NEO4J_URI; a failure in CI (CI=true) when the server is down, a skip elsewhere."""
    from extract.errors import OrgkgError
    from graph.store_neo4j import DEFAULT_URI, Neo4jStore

    uri = os.environ.get("NEO4J_URI") or DEFAULT_URI
    try:
        return Neo4jStore(uri)
    except OrgkgError as err:
        if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
            pytest.fail(f"Neo4j must be up in CI (scripts/neo4j-server start): {err.line()}")
        pytest.skip(f"Neo4j not running (start it with scripts/neo4j-server start): {err.line()}")


@pytest.fixture(scope="module", params=STORES)
def graph(request, corpus) -> Iterator[Graph]:
    """The corpus graph in LadybugDB, or synced into Neo4j (emptied first; the test lock held throughout)."""
    if request.param == "ladybug":
        from graph.store import open_store

        with open_store(corpus, read_only=True) as store:
            yield Graph(corpus, None, store)
        return
    store = _neo4j()
    try:
        with LOCK.open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            store.wipe()
            _ingest([], corpus, store)
            yield Graph(corpus, store.uri, store)
    finally:
        store.close()


@pytest.fixture
def scratch(graph, tmp_path, monkeypatch) -> Iterator[Path]:
    """A copy of the ledger folder for a test that writes; the app points at it. Neo4j is re-synced from the
    untouched ledger afterwards, so the following tests see the corpus graph again."""
    db = tmp_path / "db"
    shutil.copytree(graph.db, db)
    graph.env(monkeypatch, db)
    yield db
    if graph.neo4j:
        import streamlit as st

        _ingest([], graph.db, graph.store)
        st.cache_data.clear()


@pytest.fixture
def app(monkeypatch, graph):
    """A function making an AppTest of the whole app on the corpus graph, with query parameters."""
    graph.env(monkeypatch)

    def make(page: str | None = None, **params) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params.update(params)
        if page is None:
            return at.run()
        return at.run().switch_page(f"views/pages/{page}.py").run()

    return make


def _texts(at: AppTest) -> str:
    """Every markdown, caption, header and table cell on the page, as one text to search."""
    parts = [e.value for kind in ("markdown", "caption", "header", "title", "subheader", "info", "warning",
                                  "success", "error") for e in getattr(at, kind)]
    parts += [df.value.to_string() for df in at.dataframe]
    return "\n".join(str(p) for p in parts)


def _open(graph: Graph, db: Path):
    """A store on another ledger folder of this graph's kind (Neo4j: the same server)."""
    from graph.store import open_store

    return open_store(db, graph.neo4j, read_only=not graph.neo4j)


def _person_id(graph: Graph, name: str, jurisdiction: str) -> str:
    return graph.one("MATCH (p:Person) WHERE p.name = $n AND p.jurisdiction = $j RETURN p.id AS id",
                     n=name, j=jurisdiction)


# ---------------------------------------------------------------------------------------------------------
# Search


def test_search_page_is_the_first_page_and_renders_fast(app, graph):
    started = time.monotonic()
    at = app()
    assert not at.exception
    assert at.title[0].value == "Search 搜索"
    assert time.monotonic() - started < 10  # AppTest overhead included; the browser test checks the 2 s
    text = _texts(at)
    assert ("Neo4j" if graph.neo4j else "LadybugDB") in text  # the sidebar names the store in use
    people = graph.one("MATCH (p:Person) RETURN count(p) AS n")
    assert f"{people} people" in text  # and counts what it holds


def test_an_unreachable_neo4j_is_reported_on_the_page_not_raised(monkeypatch, corpus):
    monkeypatch.setenv("ORGKG_DB", str(corpus))
    monkeypatch.setenv("ORGKG_NEO4J_URI", "bolt://127.0.0.1:1")  # nothing listens on port 1
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert at.title[0].value == "Search 搜索"
    assert any(e.value.startswith("E021") for e in at.error)


def test_search_suggestions_cover_people_groups_and_documents(app):
    box = app().selectbox(key="search_box")
    text = "\n".join(box.options)  # AppTest lists the options as displayed
    assert "林晓东 · 人员 person · 白桦县" in text
    assert f"{GROUP} · 小组 group · 白桦县" in text
    assert "白政办发〔2025〕12号" in text  # documents are suggested with their number


def test_search_accepts_traditional_characters_and_lists_both_homonyms(app):
    at = app(q="林曉東")
    hits = [m.value for m in at.markdown if "林晓东" in m.value and "person" in m.value]
    assert len(hits) == 2  # 白桦县 and 松河市: two people of the same name, not merged


def test_search_result_opens_the_person_page(app):
    at = app(q="孙海燕")
    at.button[0].click().run()
    assert at.title[0].value == "Person 人员"
    assert at.header[0].value == "孙海燕"
    assert at.query_params["id"].startswith("per:")


# ---------------------------------------------------------------------------------------------------------
# Person


def test_person_page_shows_posts_timeline_and_evidence(app, graph):
    at = app("person", id=_person_id(graph, "周明远", "白桦县"))
    assert not at.exception
    assert at.header[0].value == "周明远"
    assert at.get("vega_lite_chart"), "the gantt of posts is drawn"
    assert "白桦县人民政府常务副县长" in _texts(at)
    seats = at.dataframe[1].value  # the Groups tab: one seat per roster version, each citing its notice
    assert set(seats["role"]) == {"副组长"}
    assert {"白政办发〔2025〕12号", "白政办发〔2025〕30号"} <= set(seats["document"])
    assert any(e.startswith("副组长：") and "周明远" in e for e in seats["evidence"])


def test_person_gantt_rows_give_open_intervals_an_end_and_observations_one_day():
    from ui.views.person import gantt_rows, iso_day

    rows = gantt_rows([{"post": "县长", "start": "2024-03", "end": None, "status": "appointed", "evidence": {}},
                       {"post": "副县长", "start": "2023-07-01", "end": "2023-07-01", "status": "observed",
                        "evidence": {"document": "x", "text": "a  b"}}], today="2025-01-01")
    assert rows[0]["start"] == "2024-03-01" and rows[0]["end"] == "2025-01-01"
    assert rows[1]["start"] == rows[1]["end"] == "2023-07-01" and rows[1]["evidence"] == "a b"
    assert iso_day("2024-02", end=True) == "2024-02-29"


def test_same_name_decision_writes_the_judgements_file_and_re_resolves(graph, scratch):
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.query_params["id"] = _person_id(graph, "林晓东", "白桦县")
    at.switch_page("views/pages/person.py").run()
    assert "Same name? (1)" in [t.label for t in at.tabs]
    at.button(key="same-0").click().run()
    assert not at.exception
    assert at.header[0].value == "林晓东" and "Same name? (0)" in [t.label for t in at.tabs]
    lines = (scratch / "judgements.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "decision\ta\tb\treason"
    assert lines[1].startswith("merge\t林晓东@")
    with _open(graph, scratch) as s:
        assert len(s.read_query("MATCH (p:Person {name: '林晓东'}) RETURN p.id AS id")) == 1


# ---------------------------------------------------------------------------------------------------------
# Group


def test_group_page_shows_the_latest_roster_in_printed_order_with_the_network(app):
    at = app(q=GROUP)
    at.button[0].click().run()  # the exact name ranks first
    assert not at.exception
    assert at.header[0].value == GROUP
    roster = at.dataframe[0].value
    assert roster["person"].tolist()[:4] == ["林晓东", "周明远", "赵敏", "巴特尔"]
    assert roster["role"].tolist()[:4] == ["组长", "副组长", "成员", "成员"]
    assert roster["document"].tolist()[0] == "白政办发〔2025〕30号"
    assert "白桦县住房和城乡建设局" in _texts(at)  # the office


def test_group_page_shows_an_earlier_roster_and_the_diff_of_two_versions(app, graph):
    at = app("group", id=graph.one("MATCH (g:`Group`) WHERE g.name = $n RETURN g.id AS id", n=GROUP))
    assert "Versions 版本 (2)" in [t.label for t in at.tabs]
    founding = graph.one("MATCH (d:Document) WHERE d.number = '白政办发〔2025〕12号' RETURN d.id AS id")
    at.selectbox(key="group_version").select(founding).run()  # versions are keyed by their notice
    assert not at.exception
    roster = at.dataframe[0].value
    assert roster["person"].tolist() == ["林晓东", "周明远", "赵敏", "巴特尔", "钱进", "孙海燕", "吴刚", "郑晓光"]
    assert roster["role"].tolist()[:3] == ["组长", "副组长", "副组长"]
    assert set(roster["document"]) == {"白政办发〔2025〕12号"}
    text = _texts(at)
    assert "**Joined** (1)" in text and "**Left** (1)" in text and "**Role changed** (1)" in text
    tables = [df.value for df in at.dataframe]
    joined = next(df for df in tables if "old_role" not in df.columns and "冯立新" in df.to_string())
    assert joined["person"].tolist() == ["冯立新"]
    changed = next(df for df in tables if "old_role" in df.columns)
    assert changed[["person", "old_role", "new_role"]].values.tolist() == [["赵敏", "副组长", "成员"]]


def test_network_elements_link_members_to_the_group_with_their_role():
    from ui.views.group import network

    r = {"group": {"id": "grp:1", "name": "G"}, "subgroups": [], "office": [],
         "members": [{"person_id": "per:1", "person": "甲", "role": "组长", "post": "县长"}]}
    nodes, edges = network(r)
    assert [n["data"]["label"] for n in nodes] == ["Group", "Person"]
    assert edges[0]["data"] | {"id": None} == {"id": None, "source": "per:1", "target": "grp:1", "label": "MEMBER_OF",
                                               "caption": "组长"}


# ---------------------------------------------------------------------------------------------------------
# Org chart


def test_orgchart_page_draws_leaders_and_offers_every_download(app, graph):
    at = app("orgchart", id=graph.one("MATCH (j:Jurisdiction) WHERE j.name = '白桦县' RETURN j.id AS id"))
    assert not at.exception
    assert at.title[0].value == "Org chart 组织架构"
    assert at.selectbox(key="org_jur").value == "白桦县"
    labels = {b.label for b in at.get("download_button")}
    assert {"SVG", "PNG", "GraphML", "GEXF", "FollowTheMoney JSON", "CSV (zip)"} <= labels
    assert "林晓东" in _texts(at)


def test_orgchart_exports_read_back_with_real_parsers(graph):
    import io
    import xml.etree.ElementTree as ET
    import zipfile

    import networkx as nx

    from ui.views.orgchart import _exports

    files = _exports(graph.store, "白桦县")
    assert "林晓东" in files["SVG"].decode("utf-8") and ET.fromstring(files["SVG"]).tag.endswith("svg")
    assert files["PNG"].startswith(b"\x89PNG")
    g = nx.read_graphml(io.BytesIO(files["GraphML"]))
    assert any(d.get("caption") == "林晓东" for _n, d in g.nodes(data=True))
    assert nx.read_gexf(io.BytesIO(files["GEXF"])).number_of_nodes() == g.number_of_nodes()
    assert any('"Person"' in line for line in files["FollowTheMoney JSON"].decode("utf-8").splitlines())
    assert any(n.startswith("nodes_Person") for n in zipfile.ZipFile(io.BytesIO(files["CSV (zip)"])).namelist())


# ---------------------------------------------------------------------------------------------------------
# Document


def test_document_page_highlights_the_facts_in_the_text(app, graph):
    at = app("document", id=graph.one("MATCH (d:Document) WHERE d.number = '白政办发〔2025〕12号' RETURN d.id AS id"))
    assert not at.exception
    page = "\n".join(h.proto.body for h in at.get("html"))
    assert "<mark" in page and "林晓东" in page
    assert "membership" in at.dataframe[0].value["type"].tolist()
    assert "MEMBER_OF" in at.dataframe[1].value["relationship"].tolist()


def test_highlight_marks_evidence_on_its_line_and_escapes_html():
    from ui.views.document import highlight

    html = highlight(["标题<b>", "组长：甲 县长", "成员：乙"], 10,
                     [{"type": "membership", "source": {"line": 11, "text": "组长：甲 县长"}}])
    assert "&lt;b&gt;" in html
    assert '<mark style="background:#ffe08a" title="membership">组长：甲 县长</mark>' in html
    assert html.count("<mark") == 1


# ---------------------------------------------------------------------------------------------------------
# Ask and the console


def test_ask_answers_who_chairs_a_group_with_evidence(app):
    at = app("ask")
    at.text_input(key="question").input(f"{GROUP}组长是谁？")
    at.button[0].click().run()
    assert not at.exception
    rows = at.dataframe[0].value
    assert rows["person"].tolist() == ["林晓东"]
    assert rows["evidence"].tolist()[0].startswith("组 长：")


def test_console_runs_a_read_and_refuses_a_write(app):
    at = app("ask")
    at.text_area(key="cypher").input("MATCH (p:Person) RETURN p.name AS name ORDER BY name")
    at.button[1].click().run()
    assert not at.error
    assert "孙海燕" in at.dataframe[-1].value["name"].tolist()
    assert any(c.value.startswith("200 rows (cut at 200)") for c in at.caption)  # the row limit
    at.text_area(key="cypher").input("MATCH (p:Person) SET p.name = 'x' RETURN p")
    at.button[1].click().run()
    assert at.error[0].value.startswith("E040")


def test_console_stops_a_query_at_the_timeout(graph):
    from extract.errors import OrgkgError
    from ui.console import run

    slow = "MATCH (a:Person), (b:Person), (c:Person) WHERE a.name + b.name + c.name = 'x' RETURN count(*) AS n"
    started = time.monotonic()
    with pytest.raises(OrgkgError) as err:
        run(graph.store, slow, timeout=0.5)
    assert err.value.code == "E020" and "timeout" in err.value.detail
    assert time.monotonic() - started < 5
    # Stopped, not abandoned: the engine is free at once and nothing of the query still runs on a server.
    started = time.monotonic()
    assert run(graph.store, "MATCH (p:Person) RETURN count(p) AS n").rows[0]["n"] > 0
    assert time.monotonic() - started < 1
    if graph.neo4j:
        running = graph.store.read_query("SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery AS q")
        assert not [r for r in running if "a.name + b.name + c.name" in (r["q"] or "")]


def test_console_returns_plain_values_for_nodes(graph):
    from ui.console import run

    result = run(graph.store, "MATCH (g:`Group`) WHERE g.name = $n RETURN g", {"n": GROUP})
    assert result.rows[0]["g"]["name"] == GROUP and not result.truncated


@pytest.mark.parametrize("question,intent,params", [
    ("张勤在哪些领导小组？", "groups_of_person", {"person": "张勤"}),
    ("人工智能产业发展工作领导小组组长是谁？", "role_in_group",
     {"group": "人工智能产业发展工作领导小组", "role": "组长"}),
    ("苏翠芳的职务有哪些变化？", "timeline", {"person": "苏翠芳"}),
    ("請問蘇翠芳的職務有哪些變化", "timeline", {"person": "苏翠芳"}),
    ("鄂托克旗财政局局长是谁？", "post_history", {"post": "鄂托克旗财政局局长"}),
    ("张勤和苏智雄有什么关系？", "path", {"a": "张勤", "b": "苏智雄"}),
])
def test_questions_map_to_their_query(question, intent, params):
    from ui.ask import parse

    assert (intent, params) in parse(question)


def test_ask_on_the_seed_graph_answers_the_three_questions_of_the_issue(seeds, graph):
    from ui.ask import answer

    groups = answer(graph.store, "张勤在哪些领导小组？")
    chair = answer(graph.store, "人工智能产业发展工作领导小组组长是谁？")
    fixed = answer(graph.store, "人工智能领导小组有哪些成员")
    # 000 line 202: 副组长：张 勤 旗财政局局长 under 固定资产清查及实行条码化管理工作领导小组
    assert {"group": "固定资产清查及实行条码化管理工作领导小组", "role": "副组长"} in [
        {"group": r["group"], "role": r["role"]} for r in groups.rows]
    assert all(r["post"] == "旗财政局局长" for r in groups.rows)
    # 003 line 29: 组 长：韩 涛 区委副书记、政府区长
    assert [(r["person"], r["post"]) for r in chair.rows] == [("韩涛", "区委副书记、政府区长")]
    assert chair.rows[0]["evidence"]["document"] == "东政发〔2024〕1号"
    assert fixed.intent == "roster" and fixed.rows[0]["person"] == "韩涛"  # typed without 产业发展工作


def test_console_refuses_every_write_clause_and_accepts_the_words_inside_strings():
    from extract.errors import OrgkgError
    from ui.console import check_read_only, limited

    for q in ("CREATE (n:Person {id: 'x'})", "MATCH (n) DETACH DELETE n", "MATCH (n) SET n.a = 1",
              "MATCH (n) REMOVE n.a", "DROP TABLE Person", "LOAD CSV FROM 'f' AS r RETURN r",
              "CALL dbms.security.createUser('a')", "MERGE (n:Person {id: 'x'})",
              "UNWIND [1] AS x FOREACH (i IN [1] | CREATE (:Person))"):
        with pytest.raises(OrgkgError) as err:
            check_read_only(q)
        assert err.value.code == "E040"
    check_read_only("MATCH (p:Person {name: 'CREATE SET'}) RETURN p.name // DELETE")
    assert limited("MATCH (n) RETURN n", 5) == "MATCH (n) RETURN n LIMIT 6"
    assert limited("MATCH (n) RETURN n LIMIT 3;", 5) == "MATCH (n) RETURN n LIMIT 3"


# ---------------------------------------------------------------------------------------------------------
# Ingest


def test_ingest_page_reports_new_facts_and_per_file_errors(graph, scratch, tmp_path):
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("views/pages/ingest.py").run()
    assert at.title[0].value == "Ingest 导入"
    from ui.views import writes

    good = tmp_path / "notice.txt"
    good.write_text(ADJUSTMENT.replace("冯立新", "冯立强").replace("30号", "31号"), encoding="utf-8")
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    results, line = writes.ingest_files([good, bad], lambda _x, _m: None)
    assert [r.status for r in results] == ["new", "failed"]
    assert results[0].facts["membership"] == 8  # 组长 1, 副组长 1, 成员 6 in the notice
    assert results[1].error.startswith("E002")
    assert "nodes:" in line
    with _open(graph, scratch) as s:
        assert s.read_query("MATCH (p:Person) WHERE p.name = '冯立强' RETURN p.jurisdiction AS j") == [{"j": "白桦县"}]
    assert "people" in _texts(AppTest.from_file(APP, default_timeout=60).run())


def test_upload_names_cannot_leave_the_upload_folder():
    from ui.views.ingest import safe_name

    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("..\\x\\名单.txt") == "名单.txt"
    assert safe_name(".hidden") == "hidden"


def test_orgkg_ui_on_neo4j_reads_the_ledger_folder_given_to_orgkg_ingest(tmp_path, monkeypatch):
    from ui.commands_ui import app_environment

    monkeypatch.delenv("ORGKG_DB", raising=False)
    env = app_environment(None, "bolt://127.0.0.1:7687", str(tmp_path / "ledger"))
    assert env["ORGKG_NEO4J_URI"] == "bolt://127.0.0.1:7687"
    assert env["ORGKG_DB"] == str((tmp_path / "ledger").resolve())

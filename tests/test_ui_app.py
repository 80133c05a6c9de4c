"""The Streamlit app, page by page, through streamlit.testing.v1.AppTest on graphs ingested from examples/ and
two seed files (no browser: tests/test_ui_browser.py drives a real one)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytest.importorskip("streamlit.testing.v1")
from streamlit.testing.v1 import AppTest  # noqa: E402

APP = str(ROOT / "ui" / "app.py")
GROUP = "白桦县城老旧小区改造工作领导小组"


def _ingest(paths: list[Path], folder: Path) -> Path:
    from graph.ingest import ingest
    from graph.ledger import Ledger
    from graph.store import open_store

    with Ledger(folder) as ledger, open_store(folder) as store:
        summary = ingest(paths, store, ledger, report=lambda _line: None)
    assert summary.failed == 0
    return folder


@pytest.fixture(scope="module")
def example_db(tmp_path_factory) -> Path:
    """A database folder holding the graph of examples/ (documents copied, so the Document page can read them)."""
    src = tmp_path_factory.mktemp("docs")
    for f in (ROOT / "examples").iterdir():
        shutil.copy(f, src / f.name)
    return _ingest([src], tmp_path_factory.mktemp("exdb"))


@pytest.fixture(scope="module")
def seed_db(seeds, tmp_path_factory) -> Path:
    """A database of two seed files: the 鄂托克旗 gazette and the 东胜区 documents."""
    files = [next(seeds.glob(f"{p}_*")) for p in ("000", "003")]
    return _ingest(files, tmp_path_factory.mktemp("seeddb"))


@pytest.fixture
def app(monkeypatch, example_db):
    """A function making an AppTest of the whole app on the examples database, with query parameters."""
    monkeypatch.setenv("ORGKG_DB", str(example_db))
    monkeypatch.delenv("ORGKG_NEO4J_URI", raising=False)

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


def _person_id(db: Path, name: str, jurisdiction: str) -> str:
    from graph.store import open_store

    with open_store(db, read_only=True) as s:
        rows = s.read_query("MATCH (p:Person) WHERE p.name = $n AND p.jurisdiction = $j RETURN p.id AS id",
                            {"n": name, "j": jurisdiction})
    return rows[0]["id"]


# ---------------------------------------------------------------------------------------------------------
# Search


def test_search_page_is_the_first_page_and_renders_fast(app):
    started = time.monotonic()
    at = app()
    assert not at.exception
    assert at.title[0].value == "Search 搜索"
    assert time.monotonic() - started < 10  # AppTest overhead included; the browser test checks the 2 s
    assert "people" in _texts(at)  # the sidebar counts what the store holds


def test_search_suggestions_cover_people_groups_and_documents(app):
    box = app().selectbox(key="search_box")
    labels = box.options  # AppTest lists the options as displayed
    text = "\n".join(labels)
    assert "林晓东 · 人员 person · 白桦县" in text
    assert f"{GROUP} · 小组 group · 白桦县" in text


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


def test_person_page_shows_posts_timeline_and_evidence(app, example_db):
    pid = _person_id(example_db, "周明远", "白桦县")
    at = app("person", id=pid)
    assert not at.exception
    assert at.header[0].value == "周明远"
    assert at.get("vega_lite_chart"), "the gantt of posts is drawn"
    text = _texts(at)
    assert "白桦县人民政府常务副县长" in text
    assert "副组长：\t周明远\t县委常委、政府常务副县长" in at.dataframe[1].value["evidence"].tolist()[0] or \
        "周明远" in at.dataframe[1].value.to_string()
    assert "白政办发〔2025〕12号" in at.dataframe[1].value.to_string()  # the group seat cites its notice


def test_person_gantt_rows_give_open_intervals_an_end_and_observations_one_day():
    from ui.views.person import gantt_rows, iso_day

    rows = gantt_rows([{"post": "县长", "start": "2024-03", "end": None, "status": "appointed", "evidence": {}},
                       {"post": "副县长", "start": "2023-07-01", "end": "2023-07-01", "status": "observed",
                        "evidence": {"document": "x", "text": "a  b"}}], today="2025-01-01")
    assert rows[0]["start"] == "2024-03-01" and rows[0]["end"] == "2025-01-01"
    assert rows[1]["start"] == rows[1]["end"] == "2023-07-01" and rows[1]["evidence"] == "a b"
    assert iso_day("2024-02", end=True) == "2024-02-29"


def test_same_name_decision_writes_the_judgements_file_and_re_resolves(monkeypatch, example_db, tmp_path):
    db = tmp_path / "db"
    shutil.copytree(example_db, db)
    monkeypatch.setenv("ORGKG_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.query_params["id"] = _person_id(db, "林晓东", "白桦县")
    at.switch_page("views/pages/person.py").run()
    assert "Same name? (1)" in [t.label for t in at.tabs]
    at.button(key="same-0").click().run()
    assert not at.exception
    assert at.header[0].value == "林晓东" and "Same name? (0)" in [t.label for t in at.tabs]
    lines = (db / "judgements.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "decision\ta\tb\treason"
    assert lines[1].startswith("merge\t林晓东@")
    from graph.store import open_store

    with open_store(db, read_only=True) as s:
        assert len(s.read_query("MATCH (p:Person {name: '林晓东'}) RETURN p.id AS id")) == 1


# ---------------------------------------------------------------------------------------------------------
# Group


def test_group_page_shows_the_roster_in_printed_order_with_the_network(app):
    at = app(q=GROUP)
    at.button[0].click().run()  # the exact name ranks first
    assert not at.exception
    assert at.header[0].value == GROUP
    roster = at.dataframe[0].value
    assert roster["person"].tolist()[:3] == ["林晓东", "周明远", "赵敏"]
    assert roster["role"].tolist()[:3] == ["组长", "副组长", "副组长"]
    assert roster["document"].tolist()[0] == "白政办发〔2025〕12号"
    assert "白桦县住房和城乡建设局" in _texts(at)  # the office


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


def test_orgchart_page_draws_leaders_and_offers_every_download(app):
    at = app("orgchart")
    assert not at.exception
    assert at.title[0].value == "Org chart 组织架构"
    assert at.selectbox(key="org_jur").value == "白桦县"
    labels = {b.label for b in at.get("download_button")}
    assert {"SVG", "PNG", "GraphML", "GEXF", "FollowTheMoney JSON", "CSV (zip)"} <= labels
    assert "林晓东" in _texts(at)


def test_orgchart_exports_read_back_with_real_parsers(example_db, monkeypatch):
    import io
    import xml.etree.ElementTree as ET
    import zipfile

    import networkx as nx

    from graph.store import open_store
    from ui.views.orgchart import _exports

    with open_store(example_db, read_only=True) as s:
        files = _exports(s, "白桦县")
    assert "林晓东" in files["SVG"].decode("utf-8") and ET.fromstring(files["SVG"]).tag.endswith("svg")
    assert files["PNG"].startswith(b"\x89PNG")
    g = nx.read_graphml(io.BytesIO(files["GraphML"]))
    assert any(d.get("caption") == "林晓东" for _n, d in g.nodes(data=True))
    assert nx.read_gexf(io.BytesIO(files["GEXF"])).number_of_nodes() == g.number_of_nodes()
    assert any('"Person"' in line for line in files["FollowTheMoney JSON"].decode("utf-8").splitlines())
    assert any(n.startswith("nodes_Person") for n in zipfile.ZipFile(io.BytesIO(files["CSV (zip)"])).namelist())


# ---------------------------------------------------------------------------------------------------------
# Document


def test_document_page_highlights_the_facts_in_the_text(app, example_db):
    from graph.store import open_store

    with open_store(example_db, read_only=True) as s:
        doc_id = s.read_query("MATCH (d:Document {number: '白政办发〔2025〕12号'}) RETURN d.id AS id")[0]["id"]
    at = app("document", id=doc_id)
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
    assert "孙海燕" in at.dataframe[-1].value["name"].tolist()
    at.text_area(key="cypher").input("MATCH (p:Person) SET p.name = 'x' RETURN p")
    at.button[1].click().run()
    assert at.error[0].value.startswith("E040")


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


def test_ask_on_the_seed_graph_answers_the_three_questions_of_the_issue(seed_db):
    from graph.store import open_store
    from ui.ask import answer

    with open_store(seed_db, read_only=True) as s:
        groups = answer(s, "张勤在哪些领导小组？")
        chair = answer(s, "人工智能产业发展工作领导小组组长是谁？")
        fixed = answer(s, "人工智能领导小组有哪些成员")
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


def test_ingest_page_reports_new_facts_and_per_file_errors(monkeypatch, tmp_path):
    monkeypatch.setenv("ORGKG_DB", str(tmp_path / "db"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("views/pages/ingest.py").run()
    assert at.title[0].value == "Ingest 导入"
    from ui.views import writes

    good = tmp_path / "notice.txt"
    shutil.copy(ROOT / "examples" / "白桦县_成立领导小组的通知.txt", good)
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    results, line = writes.ingest_files([good, bad], lambda _x, _m: None)
    assert [r.status for r in results] == ["new", "failed"]
    assert results[0].facts["membership"] == 8  # 组长 1, 副组长 2, 成员 5 in the notice
    assert results[1].error.startswith("E002")
    assert "nodes:" in line
    assert "people" in _texts(AppTest.from_file(APP, default_timeout=60).run())


def test_upload_names_cannot_leave_the_upload_folder():
    from ui.views.ingest import safe_name

    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("..\\x\\名单.txt") == "名单.txt"
    assert safe_name(".hidden") == "hidden"

"""The question sub-commands: readable tables, --json for scripts, candidates listed for ambiguous names."""

from __future__ import annotations

import json

import pytest

import ui.commands_queries  # noqa: F401 - registers the sub-commands
from tests.fixtures import mini_gov
from ui.cli import main


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """A closed on-disk embedded store holding the mini government (the CLI opens it read-only)."""
    from graph.store_ladybug import LadybugStore

    folder = tmp_path_factory.mktemp("clidb")
    with LadybugStore(folder) as store:
        store.write(*mini_gov.graph())
    return str(folder)


def test_person_table_shows_posts_with_their_documents(db, capsys):
    assert main(["person", "王俊", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.startswith("王俊  (乌兰旗)  per:wangjun")
    assert "乌兰旗人民政府副旗长" in out and "乌政任字〔2021〕3号" in out


def test_group_json_is_machine_readable(db, capsys):
    assert main(["group", "乌兰旗安全生产工作领导小组", "--as-of", "2022-06", "--json", "--db", db]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [m["person"] for m in data["members"]] == ["高明", "王俊", "李红", "那顺巴雅尔"]


def test_ambiguous_name_prints_e031_and_the_candidates(db, capsys):
    assert main(["timeline", "张勤", "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.startswith("E031") and "per:zhangqin2" in err and "达拉特旗" in err


def test_unknown_name_is_e030(db, capsys):
    assert main(["post", "不存在的局", "--db", db]) == 2
    assert capsys.readouterr().err.startswith("E030")


@pytest.mark.parametrize(
    "argv, expect",
    [
        (["orgchart", "乌兰旗"], "王俊"),
        (["path", "李红", "高明"], "乌兰旗安全生产工作领导小组"),
        (["central"], "那顺巴雅尔"),
        (["search", "張勤"], "per:zhangqin2"),
        (["group", "乌兰旗安全生产工作领导小组", "--diff"], "李红"),
    ],
)
def test_each_question_answers_as_a_table(db, capsys, argv, expect):
    assert main([*argv, "--db", db]) == 0
    assert expect in capsys.readouterr().out


def test_export_writes_the_file(db, tmp_path, capsys):
    out = tmp_path / "chart.graphml"
    assert main(["export", "graphml", "--jurisdiction", "乌兰旗", "-o", str(out), "--db", db]) == 0
    assert out.exists() and str(out) in capsys.readouterr().out

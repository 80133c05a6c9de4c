"""Bad input: one clear coded line naming the file, the rest of the batch goes on, exit status 1."""

from __future__ import annotations

import json

from ui.cli import main

GOOD = (
    "某某旗人民政府办公室关于成立甲工作领导小组的通知\n某政办发〔2024〕9号\n"
    "组 长：张 勤 旗财政局局长\n某某旗人民政府办公室\n2024年1月2日\n"
)


def _run(capsys, *args):
    code = main(["extract", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_batch_with_bad_files_reports_each_and_keeps_going(tmp_path, capsys):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.txt").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "c_broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    (tmp_path / "d_good.txt").write_text(GOOD, encoding="gb18030")
    code, out, err = _run(capsys, tmp_path)
    lines = err.strip().split("\n")
    assert code == 1 and len(lines) == 3
    assert lines[0].startswith("E002") and "a_empty.txt" in lines[0]
    assert lines[1].startswith("E003") and "b_binary.txt" in lines[1]
    assert lines[2].startswith("E005") and "c_broken.pdf" in lines[2]
    assert "Traceback" not in err
    docs = [json.loads(x) for x in out.splitlines() if '"document"' in x]
    assert any(d["number"] == "某政办发〔2024〕9号" for d in docs)


def test_missing_file_is_e001(tmp_path, capsys):
    code, _, err = _run(capsys, tmp_path / "nope.txt")
    assert code == 1 and err.startswith("E001") and "nope.txt" in err


def test_a_50mb_single_line_is_processed_without_error(tmp_path, capsys):
    path = tmp_path / "huge.txt"
    path.write_text("正文" * (25 * 1024 * 1024 // 3) + "\n", encoding="utf-8")
    code, _, err = _run(capsys, path)
    assert code == 0 and err == ""


def test_truncated_roster_gives_what_is_there(tmp_path, capsys):
    path = tmp_path / "cut.txt"
    path.write_text(GOOD.split("\n某某旗人民政府办公室\n")[0][:-3], encoding="utf-8")
    code, out, err = _run(capsys, path)
    assert code == 0 and err == ""
    assert any(json.loads(x)["type"] == "document" for x in out.splitlines())


def test_table_format_prints_one_row_per_fact(tmp_path, capsys):
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    code, out, _ = _run(capsys, path, "--format", "table")
    assert code == 0 and out.splitlines()[0].startswith("document")

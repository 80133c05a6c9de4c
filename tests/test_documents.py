"""Splitting files into documents and reading their headers (number, title, issuer, date, kind)."""

from __future__ import annotations

from extract.dates import parse_date, standalone_date
from extract.documents import split
from extract.text import normalise
from tests.conftest import facts_of


def _docs(raw: str):
    return split("x.txt", normalise(raw))


def test_chinese_numeral_dates_are_read():
    assert parse_date("二〇二一年十一月十日") == "2021-11-10"
    assert standalone_date("2024 年 1 月 2日") == "2024-01-02"


def test_partial_dates_keep_their_precision():
    assert parse_date("任职时间从2023年1月起算") == "2023-01"


def test_number_brackets_and_spaces_are_kept_as_printed_without_whitespace():
    raw = (
        "某某县人民政府关于成立甲工作领导小组的通知\n某政发〔2024〕1 号\n"
        "各乡镇：\n正文。\n某某县人民政府\n2024年1月2日\n"
    )
    (doc,) = _docs(raw)
    assert doc.number == "某政发〔2024〕1号"
    assert (doc.issuer, doc.date, doc.kind) == ("某某县人民政府", "2024-01-02", "group")


def test_title_wrapped_over_two_lines_is_joined():
    raw = "某某区人民政府关于成立\n人工智能产业发展工作领导小组的通知\n某政发[2024]3号\n正文。\n"
    (doc,) = _docs(raw)
    assert doc.title == "某某区人民政府关于成立人工智能产业发展工作领导小组的通知"


def test_gazette_is_split_into_its_documents():
    raw = (
        "某某旗人民政府公报\n2024年第1期\n目 录\n某某旗人民政府关于甲的通知.....1\n"
        "某某旗人民政府关于甲的通知\n某政发〔2024〕1号\n正文。\n某某旗人民政府\n2024年1月2日\n"
        "某某旗人民政府办公室关于张三等同志职务任免的通知\n某政办任〔2024〕2号\n任张三为旗财政局局长。\n"
        "某某旗人民政府办公室\n2024年2月3日\n"
    )
    docs = [d for d in _docs(raw) if d.number]
    assert [d.number for d in docs] == ["某政发〔2024〕1号", "某政办任〔2024〕2号"]
    assert docs[1].kind == "appointment" and docs[1].date == "2024-02-03"


def test_document_without_number_still_gets_a_document():
    raw = "某某旗人民政府公报\n2024年第3期\n某某旗人民政府大事记\n7月1日，旗委书记王五调研。\n"
    docs = _docs(raw)
    assert any(d.kind == "chronicle" and d.number is None for d in docs)


def test_minutes_number_above_title_and_chinese_date(seed_facts):
    (doc,) = facts_of(seed_facts("004"), "document", number="〔2021〕36号")
    assert doc["date"] == "2021-11-10" and doc["kind"] == "meeting_minutes"
    assert doc["title"] == "鄂托克前旗人民政府2021年第16次常务会议纪要"


def test_gazette_000_documents(seed_facts):
    docs = facts_of(seed_facts("000"), "document")
    numbered = [d["number"] for d in docs if d["number"]]
    assert numbered == [
        "鄂政办发〔2024〕46号", "鄂政办发〔2024〕48号", "鄂政办发〔2024〕56号", "鄂政办发〔2024〕57号",
        "鄂政发〔2024〕186号", "鄂政办发〔2024〕45号", "鄂政办发〔2024〕47号",
    ]
    assert any(d["kind"] == "chronicle" for d in docs)


def test_web_listing_documents_are_split_from_one_line_each(seed_facts):
    docs = [d for d in facts_of(seed_facts("002"), "document") if d["number"]]
    assert len(docs) == 10
    (d,) = [d for d in docs if d["number"] == "鄂府任字〔2024〕4号"]
    assert d["title"] == "鄂尔多斯市人民政府关于乔建江等职务任免的通知"
    assert (d["issuer"], d["date"], d["kind"]) == ("鄂尔多斯市人民政府", "2024-02-21", "appointment")


def test_narrow_column_documents_and_half_width_numbers(seed_facts):
    numbers = [d["number"] for d in facts_of(seed_facts("003"), "document") if d["number"]]
    assert "东政办发〔2024〕13号" in numbers and len(numbers) == 10
    numbers = [d["number"] for d in facts_of(seed_facts("001"), "document") if d["number"]]
    assert "伊政任发[2024]1号" in numbers and "伊政任发〔2024〕2号" in numbers


def test_every_fact_quotes_its_file_at_its_line(seeds, seed_facts):
    for prefix in ("000", "001", "002", "003", "004"):
        lines = next(seeds.glob(f"{prefix}*")).read_text(encoding="utf-8").split("\n")
        for f in seed_facts(prefix):
            src = f["source"]
            tail = "\n".join(lines[src["line"] - 1 :])
            assert tail.find(src["text"]) != -1 and tail.find(src["text"]) < len(lines[src["line"] - 1]) + 1

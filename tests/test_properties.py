"""Properties: the extractor never raises on arbitrary text, and all evidence quotes the input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.pipeline import extract_text

PIECES = [
    "组 长：", "副组长：", "成 员：", "\t", " ", "\n", "\n\n", "张 勤", "那顺德力格尔", "旗财政局局长",
    "、", "，", "。",
    "某政发〔2024〕1号", "关于成立甲工作领导小组的通知", "任", "免去", "职务", "（试用期一年）", "分管", "联系",
    "协助旗长负责", "出席：", "列席：", "主持", "7月1日，", "大事记", "二〇二一年十一月十日", "《某某办法》",
    "（某发〔2023〕2号）", "|", "- ", "办公室设在旗财政局，办公室主任由张勤兼任", "   ", "A角", "B角",
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(PIECES), max_size=80).map("".join),
)


def _check(raw: str) -> None:
    lines = raw.split("\n")
    for f in extract_text(raw, "p.txt"):
        src = f["source"]
        assert 1 <= src["line"] <= len(lines)
        tail = "\n".join(lines[src["line"] - 1 :])
        assert tail.startswith(src["text"]) or tail.find(src["text"]) <= len(lines[src["line"] - 1])
        assert src["text"] in raw


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extractor_never_raises_and_evidence_is_in_the_input(raw):
    _check(raw)

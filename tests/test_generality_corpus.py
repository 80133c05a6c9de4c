"""Generality corpus: invented documents in the formats other places and levels of government publish.

Each tests/fixtures/generality/NAME.<suffix> has NAME.expected, written by hand from reading the document:
one fact a line, tab-separated, `-` for null, a leading `?` for a fact a careful reader may or may not
count (neither a miss nor a false positive):

    document    number  date  kind
    membership  person  role  post  group
    appointment person  action  post  probation(0/1)
    oversight   person  relation  target
    attendance  person  role  post

NAME.docx.txt and NAME.pdf.txt are built into a .docx / .pdf at test time (lines with a TAB become
table rows), so no binary is committed.  Names and places are fictional.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from extract.pipeline import extract_path, extract_text

CORPUS = Path(__file__).resolve().parent / "fixtures" / "generality"
CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SCORED = ("membership", "appointment", "oversight", "attendance")
FIELDS = {
    "document": ("number", "date", "kind"),
    "membership": ("person", "role", "post", "group"),
    "appointment": ("person", "action", "post", "probation"),
    "oversight": ("person", "relation", "target"),
    "attendance": ("person", "role", "post"),
}
# Files the extractor does not yet read exactly; strict, so a fix must remove the name here.
KNOWN_GAPS: set[str] = set()
KNOWN_HEADER_GAPS: set[str] = set()
# Micro-F1 over the whole corpus must not fall below what the extractor reaches today.
MIN_MICRO_F1 = 0.98


@dataclass
class Score:
    """Expected and extracted facts of one corpus file, compared as tuples of the scored fields."""

    name: str
    expected: set[tuple] = field(default_factory=set)
    optional: set[tuple] = field(default_factory=set)
    got: set[tuple] = field(default_factory=set)
    doc_expected: set[tuple] = field(default_factory=set)
    doc_got: set[tuple] = field(default_factory=set)

    @property
    def tp(self) -> set[tuple]:
        """Expected facts that were extracted."""
        return self.expected & self.got

    @property
    def fn(self) -> set[tuple]:
        """Expected facts that were missed."""
        return self.expected - self.got

    @property
    def fp(self) -> set[tuple]:
        """Extracted facts nobody expected (optional ones excepted)."""
        return self.got - self.expected - self.optional


def _key(fact: dict) -> tuple:
    """The scored fields of an extracted fact, as strings (null as `-`, booleans as 0/1)."""
    vals = []
    for name in FIELDS[fact["type"]]:
        v = fact.get(name)
        vals.append("-" if v is None else str(int(v)) if isinstance(v, bool) else str(v))
    return (fact["type"], *vals)


def _read_expected(path: Path) -> tuple[set[tuple], set[tuple], set[tuple]]:
    """(required, optional, document) expectation tuples of an .expected file."""
    required, optional, docs = set(), set(), set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = tuple(line.split("\t"))
        if cells[0] == "document":
            docs.add(cells)
        elif cells[0].startswith("?"):
            optional.add((cells[0][1:], *cells[1:]))
        else:
            required.add(cells)
    return required, optional, docs


def _source(name: str) -> Path:
    """The document file an .expected file describes."""
    (path,) = [p for p in CORPUS.glob(f"{name}.*") if p.suffix != ".expected"]
    return path


def _build_docx(spec: Path, out: Path) -> Path:
    """A .docx of the spec's lines: paragraphs, and consecutive TAB lines as one table."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    table.cell(i, j).text = cell
            rows.clear()

    for line in spec.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            rows.append(line.split("\t"))
        else:
            flush()
            document.add_paragraph(line)
    flush()
    document.save(out)
    return out


def _build_pdf(spec: Path, out: Path) -> Path:
    """A one-page PDF whose text layer is the spec's lines (pdfium with an embedded CJK font)."""
    if not CJK_FONT.exists():
        pytest.skip("no CJK font to build a PDF with")
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    font = CJK_FONT.read_bytes()
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    buf = (ctypes.c_uint8 * len(font)).from_buffer_copy(font)
    handle = raw.FPDFText_LoadFont(pdf, buf, len(font), raw.FPDF_FONT_TRUETYPE, True)
    y = 800
    for line in spec.read_text(encoding="utf-8").splitlines():
        obj = raw.FPDFPageObj_CreateTextObj(pdf, handle, 11)
        ws = line.strip().encode("utf-16-le") + b"\x00\x00"
        raw.FPDFText_SetText(obj, ctypes.cast(ctypes.create_string_buffer(ws, len(ws)), ctypes.POINTER(raw.FPDF_WCHAR)))
        raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 40 + 22 * (len(line) - len(line.lstrip())) // 4, y)
        raw.FPDFPage_InsertObject(page, obj)
        y -= 18
    raw.FPDFPage_GenerateContent(page)
    pdf.save(str(out))
    return out


def _materialise(path: Path, tmp: Path) -> Path:
    """The file to extract: the fixture itself, or the .docx / .pdf built from its spec."""
    if path.name.endswith(".docx.txt"):
        return _build_docx(path, tmp / path.name.removesuffix(".txt"))
    if path.name.endswith(".pdf.txt"):
        return _build_pdf(path, tmp / path.name.removesuffix(".txt"))
    return path


CASES = sorted(p.stem for p in CORPUS.glob("*.expected"))


def score(name: str, tmp: Path) -> Score:
    """Extract one corpus file and compare it with its expectations."""
    required, optional, docs = _read_expected(CORPUS / f"{name}.expected")
    facts = list(extract_path(_materialise(_source(name), tmp)))
    got = {_key(f) for f in facts if f["type"] in SCORED}
    doc_got = {_key(f) for f in facts if f["type"] == "document"}
    return Score(name, required, optional, got, docs, doc_got)


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[str, Score]:
    """Every corpus file scored once per test run."""
    tmp = tmp_path_factory.mktemp("generality")
    return {name: score(name, tmp) for name in CASES}


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def test_corpus_covers_twenty_documents_with_expectations():
    assert len(CASES) >= 20
    for name in CASES:
        required, _optional, _docs = _read_expected(CORPUS / f"{name}.expected")
        assert required, name


def test_precision_recall_table(scores, capsys):
    tp = fp = fn = 0
    rows = [f"{'file':42} {'exp':>4} {'got':>4} {'P':>5} {'R':>5}"]
    for name, s in scores.items():
        tp, fp, fn = tp + len(s.tp), fp + len(s.fp), fn + len(s.fn)
        p, r = _ratio(len(s.tp), len(s.tp) + len(s.fp)), _ratio(len(s.tp), len(s.expected))
        rows.append(f"{name:42} {len(s.expected):>4} {len(s.got):>4} {p:5.2f} {r:5.2f}")
        rows += [f"    miss {m}" for m in sorted(s.fn)] + [f"    false {m}" for m in sorted(s.fp)]
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    rows.append(f"{'micro':42} {tp + fn:>4} {tp + fp:>4} {p:5.2f} {r:5.2f}  F1 {f1:.3f}")
    with capsys.disabled():
        print("\n" + "\n".join(rows))
    assert f1 >= MIN_MICRO_F1


def _cases(gaps: set[str]) -> list:
    """The corpus names, those in `gaps` expected to fail (strictly)."""
    return [pytest.param(n, marks=pytest.mark.xfail(strict=True)) if n in gaps else n for n in CASES]


@pytest.mark.parametrize("name", _cases(KNOWN_HEADER_GAPS))
def test_document_header_is_read(scores, name):
    s = scores[name]
    assert s.doc_expected <= s.doc_got


@pytest.mark.parametrize("name", _cases(KNOWN_GAPS))
def test_facts_are_exactly_the_expected_ones(scores, name):
    s = scores[name]
    assert (sorted(s.fn), sorted(s.fp)) == ([], [])


# Rules behind the corpus, each on a short input of its own (names and places invented).


def _facts(raw: str, type_: str) -> list[tuple]:
    """The scored tuples of one type extracted from an inline text."""
    return [_key(f)[1:] for f in extract_text(raw, "x.txt") if f["type"] == type_]


def _notice(body: str, title: str = "关于成立石门县防汛指挥部的通知") -> str:
    return f"{title}\n石政发〔2022〕3号\n{body}\n石门县人民政府\n2022年5月1日\n"


def test_prose_roles_keep_all_posts_before_the_name_and_share_the_title_after():
    raw = _notice("县政府决定成立石门县防汛指挥部，由县委副书记、县长王大力任指挥长，"
                  "县委常委、副县长刘小山、张红任副指挥长。")
    assert _facts(raw, "membership") == [
        ("王大力", "指挥长", "县委副书记、县长", "石门县防汛指挥部"),
        ("刘小山", "副指挥长", "县委常委、副县长", "石门县防汛指挥部"),
        ("张红", "副指挥长", "副县长", "石门县防汛指挥部"),
    ]


def test_group_named_after_its_yi_wei_roster():
    raw = _notice("成立以县长王大力为组长，副县长刘小山为副组长的石门县乡村振兴领导小组。",
                  "关于印发石门县乡村振兴实施方案的通知")
    assert _facts(raw, "membership") == [
        ("王大力", "组长", "县长", "石门县乡村振兴领导小组"),
        ("刘小山", "副组长", "副县长", "石门县乡村振兴领导小组"),
    ]


def test_name_comma_post_items_separated_by_semicolons():
    raw = _notice("总指挥：王大力，县长；\n副总指挥：刘小山，副县长；张红，县卫生健康局局长。",
                  "关于成立石门县防疫指挥部的通知")
    assert [(p, post) for p, _r, post, _g in _facts(raw, "membership")] == [
        ("王大力", "县长"), ("刘小山", "副县长"), ("张红", "县卫生健康局局长")]


def test_post_glued_to_next_name_by_a_stop_comma_is_split():
    raw = _notice("组长：王大力 县长\n副组长：刘小山 副县长、张红 县商务局局长", "关于成立石门县招商领导小组的通知")
    assert [(p, post) for p, _r, post, _g in _facts(raw, "membership")] == [
        ("王大力", "县长"), ("刘小山", "副县长"), ("张红", "县商务局局长")]


def test_signature_after_a_roster_is_not_a_member():
    raw = _notice("组长：王大力 县长\n副组长：刘小山 副县长", "关于成立石门县招商领导小组的通知")
    assert [p for p, *_ in _facts(raw, "membership")] == ["王大力", "刘小山"]


def test_roster_rows_printed_post_first():
    raw = _notice("组  长：县委副书记、县长  王大力\n成  员：副县长  刘  山", "关于成立石门县招商领导小组的通知")
    assert [(p, post) for p, _r, post, _g in _facts(raw, "membership")] == [
        ("王大力", "县委副书记、县长"), ("刘山", "副县长")]


def test_pdf_table_with_one_cell_a_line():
    raw = _notice("组长\n王大力\n县长\n副组长\n刘小山\n副县长", "关于成立石门县招商领导小组的通知")
    assert [(p, r, post) for p, r, post, _g in _facts(raw, "membership")] == [
        ("王大力", "组长", "县长"), ("刘小山", "副组长", "副县长")]


def test_attendance_names_set_apart_by_spaces():
    raw = "石门县人民政府常务会议纪要\n〔2022〕2号\n出席：王大力　刘小山　张红\n"
    assert [(p, r, post) for p, r, post in _facts(raw, "attendance")] == [
        ("王大力", "出席", "-"), ("刘小山", "出席", "-"), ("张红", "出席", "-")]


def test_chair_who_presides_in_a_named_room():
    raw = ("石门县人民政府常务会议纪要\n〔2022〕2号\n石门县人民政府办公室    2022年3月2日\n"
           "2022年3月1日，县长王大力在县政府二楼会议室主持召开常务会议。\n出席：刘小山、张红\n")
    assert ("王大力", "主持", "县长") in _facts(raw, "attendance")


def test_congress_list_headed_by_a_verb_and_a_resignation():
    raw = ("石门县人大常委会任免名单\n（2022年3月1日石门县第十届人民代表大会常务委员会第三次会议通过）\n"
           "一、任命：\n刘小山为县人民政府副县长；\n二、接受张红辞去县人民政府副县长职务的请求。\n")
    assert _facts(raw, "appointment") == [
        ("刘小山", "appoint", "县人民政府副县长", "0"), ("张红", "resign", "县人民政府副县长", "0")]


def test_own_backup_line_under_a_leader():
    raw = _notice("王大力  县长\n负责审计工作。分管县审计局。\nB角：刘小山", "关于县政府领导分工的通知")
    assert {("王大力", "backup", "刘小山"), ("刘小山", "backup", "王大力")} <= set(_facts(raw, "oversight"))


def test_web_metadata_between_title_and_number():
    raw = ("关于刘小山职务任免的通知\n发布时间：2022-05-02\n来源：石门县人民政府办公室\n石政任〔2022〕3号\n"
           "任命刘小山为县财政局局长。\n石门县人民政府\n2022年5月1日\n")
    (doc,) = [f for f in extract_text(raw, "x.txt") if f["type"] == "document"]
    assert (doc["number"], doc["title"]) == ("石政任〔2022〕3号", "关于刘小山职务任免的通知")
    assert doc["kind"] == "appointment"


def test_team_heading_and_xiashe_clause_name_subgroups():
    raw = _notice("组长：王大力 县长\n领导小组下设两个工作组：\n综合协调组\n组长：刘小山 副县长\n"
                  "指挥部下设扑救工作组，组长由县应急管理局局长张红担任。", "关于成立石门县招商领导小组的通知")
    assert [(p, g) for p, _r, _post, g in _facts(raw, "membership")] == [
        ("王大力", "石门县招商领导小组"), ("刘小山", "综合协调组"), ("张红", "扑救工作组")]


def test_dash_bullets_open_division_clauses():
    raw = _notice("（一）副县长 刘小山\n——负责财政工作。\n——分管县财政局。", "关于县政府领导分工的通知")
    assert set(_facts(raw, "oversight")) == {("刘小山", "oversees", "财政"), ("刘小山", "oversees", "县财政局")}


def test_roster_of_a_group_without_a_kind_word_is_named_by_the_title():
    raw = _notice("总河长：王大力 县长\n副总河长：刘小山 副县长", "关于调整石门县河长制组织体系的通知")
    assert {g for *_, g in _facts(raw, "membership")} == {"石门县河长制组织体系"}


def test_dotted_and_tibetan_names_in_a_roster():
    raw = _notice("组  长：阿依古丽·买买提  州长\n副组长：扎西顿珠  副州长", "关于成立天山州旅游发展领导小组的通知")
    assert [(p, post) for p, _r, post, _g in _facts(raw, "membership")] == [
        ("阿依古丽·买买提", "州长"), ("扎西顿珠", "副州长")]

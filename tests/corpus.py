"""Corpus machinery shared by tests/test_corpora.py and the rule tests of each corpus.

Each tests/fixtures/FOLDER/NAME.<suffix> has NAME.expected, written by hand from reading the document:
one fact a line, tab-separated, `-` for null, a leading `?` for a fact a careful reader may or may not
count (neither a miss nor a false positive):

    document    number  date  kind
    membership  person  role  post  group
    appointment person  action  post  probation(0/1)
    oversight   person  relation  target
    attendance  person  role  post
    group       name  kind  parent  action          (scored when a corpus lists the type)
    mention     person  post  date
    citation    cited_number
    header      number  title  issuer  date  kind   (a fuller `document` line: checked like it)

NAME.docx.txt and NAME.pdf.txt are built into a .docx / .pdf at test time (lines with a TAB become
table rows), so no binary is committed.  Names and places are fictional.
"""

from __future__ import annotations

import ctypes
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from extract.pipeline import extract_bytes, extract_path, extract_text

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SCORED = ("membership", "appointment", "oversight", "attendance")
FIELDS = {
    "document": ("number", "date", "kind"),
    "membership": ("person", "role", "post", "group"),
    "appointment": ("person", "action", "post", "probation"),
    "oversight": ("person", "relation", "target"),
    "attendance": ("person", "role", "post"),
    "group": ("name", "kind", "parent", "action"),
    "mention": ("person", "post", "date"),
    "citation": ("cited_number",),
    "header": ("number", "title", "issuer", "date", "kind"),
}
HEADER_LINES = ("document", "header")
TXT_AND_HTML = frozenset({".txt", ".html"})


@dataclass(frozen=True)
class Corpus:
    """One folder of documents with .expected files, and how strictly it is scored."""

    folder: str
    types: tuple[str, ...] | None  # fact types scored; None = all four
    min_micro_f1: float  # the corpus micro-F1 must not fall below what the extractor reaches today
    min_documents: int
    formats: frozenset[str] = frozenset()  # suffixes the corpus must include
    # Files the extractor does not yet read exactly; strict xfails, so a fix must remove the name here.
    known_gaps: frozenset[str] = frozenset()
    known_header_gaps: frozenset[str] = frozenset()
    headers: bool = True  # whether document headers (`document` lines) are checked
    # Whether expected facts of unscored types are ignored rather than counted as misses.
    ignore_other_types: bool = False

    @property
    def path(self) -> Path:
        """The corpus folder."""
        return FIXTURES / self.folder

    @property
    def scored(self) -> tuple[str, ...]:
        """The fact types compared."""
        return self.types or SCORED

    def cases(self) -> list[str]:
        """The names of the corpus files that have expectations."""
        return sorted(p.stem for p in self.path.glob("*.expected"))

    def source(self, name: str) -> Path:
        """The document file an .expected file describes."""
        (path,) = [p for p in self.path.glob(f"{name}.*") if p.suffix != ".expected"]
        return path


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


def key(fact: dict, as_type: str | None = None) -> tuple:
    """The scored fields of an extracted fact, as strings (null as `-`, booleans as 0/1)."""
    type_ = as_type or fact["type"]
    vals = []
    for name in FIELDS[type_]:
        v = fact.get(name)
        vals.append("-" if v is None else str(int(v)) if isinstance(v, bool) else str(v))
    return (type_, *vals)


def facts_in(raw: str, type_: str, filename: str = "x.txt") -> list[tuple]:
    """The scored tuples (type left out) of the facts of one type extracted from an inline text."""
    return [key(f)[1:] for f in extract_text(raw, filename) if f["type"] == type_]


def headers_in(raw: str, filename: str = "x.txt") -> list[tuple]:
    """(number, title, issuer, date, kind) of every document read from an inline text (bytes, as a file)."""
    docs = [f for f in extract_bytes(raw.encode(), filename) if f["type"] == "document"]
    return [(d["number"], d["title"], d["issuer"], d["date"], d["kind"]) for d in docs]


def header_in(raw: str, filename: str = "x.txt") -> tuple:
    """The header of the one document an inline text holds."""
    (head,) = headers_in(raw, filename)
    return head


def cited_in(raw: str) -> list[str]:
    """The cited numbers of an inline text, in order."""
    return [f["cited_number"] for f in extract_text(raw, "x.txt") if f["type"] == "citation"]


def groups_by_name(raw: str) -> dict[str, dict]:
    """{name: group fact} of an inline text."""
    return {f["name"]: f for f in extract_text(raw, "x.txt") if f["type"] == "group"}


def members_in(raw: str) -> set[tuple]:
    """(person, role, post, group) of the membership facts of an inline text."""
    return {(f["person"], f["role"], f["post"], f["group"]) for f in extract_text(raw, "x.txt")
            if f["type"] == "membership"}


def read_expected(path: Path) -> tuple[set[tuple], set[tuple], set[tuple]]:
    """(required, optional, document) expectation tuples of an .expected file."""
    required, optional, docs = set(), set(), set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = tuple(line.split("\t"))
        if cells[0] in HEADER_LINES:
            docs.add(cells)
        elif cells[0].startswith("?"):
            optional.add((cells[0][1:], *cells[1:]))
        else:
            required.add(cells)
    return required, optional, docs


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
    """A one-page PDF whose text layer is the spec's lines (pdfium with an embedded CJK font).

    pdfium embeds the collection font without some glyphs (李 立 亮 若 render as .notdef boxes and are missing
    from the text layer): the built PDF itself lacks them, so fixtures avoid those characters."""
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


def materialise(path: Path, tmp: Path) -> Path:
    """The file to extract: the fixture itself, or the .docx / .pdf built from its spec."""
    if path.name.endswith(".docx.txt"):
        return _build_docx(path, tmp / path.name.removesuffix(".txt"))
    if path.name.endswith(".pdf.txt"):
        return _build_pdf(path, tmp / path.name.removesuffix(".txt"))
    return path


def score(corpus: Corpus, name: str, tmp: Path) -> Score:
    """Extract one corpus file and compare its scored facts (and header) with its expectations."""
    required, optional, docs = read_expected(corpus.path / f"{name}.expected")
    if corpus.ignore_other_types:
        required = {f for f in required if f[0] in corpus.scored}
    facts = list(extract_path(materialise(corpus.source(name), tmp)))
    got = {key(f) for f in facts if f["type"] in corpus.scored}
    heads = [f for f in facts if f["type"] == "document"] if corpus.headers else []
    doc_got = {key(f, as_type) for f in heads for as_type in HEADER_LINES}
    return Score(name, required, optional, got, docs, doc_got)


def ratio(a: int, b: int) -> float:
    """a / b, 1.0 when there is nothing to divide by."""
    return a / b if b else 1.0


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """(precision, recall, F1) of counts of true positives, false positives and false negatives."""
    p, r = ratio(tp, tp + fp), ratio(tp, tp + fn)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def micro_by_type(scores: dict[str, Score], types: tuple[str, ...] = SCORED) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) per scored fact type and over all types ("all")."""
    counts: dict[str, Counter] = {t: Counter() for t in (*types, "all")}
    for s in scores.values():
        for kind, facts in (("tp", s.tp), ("fp", s.fp), ("fn", s.fn)):
            for f in facts:
                counts.setdefault(f[0], Counter())[kind] += 1
                counts["all"][kind] += 1
    return {t: (c["tp"], c["fp"], c["fn"]) for t, c in counts.items()}


def report(corpus: Corpus, scores: dict[str, Score]) -> tuple[list[str], float]:
    """The precision/recall table of a corpus (per file, misses and false facts, micro per type) and its micro-F1."""
    width = max([len(n) for n in scores] + [len("micro " + t) for t in corpus.scored]) + 2
    rows = [f"{corpus.folder + ' file':{width}} {'exp':>4} {'got':>4} {'P':>5} {'R':>5}"]
    for name, s in scores.items():
        p, r, _ = f1(len(s.tp), len(s.fp), len(s.fn))
        rows.append(f"{name:{width}} {len(s.expected):>4} {len(s.got):>4} {p:5.2f} {r:5.2f}")
        rows += [f"    miss {m}" for m in sorted(s.fn)] + [f"    false {m}" for m in sorted(s.fp)]
    micro = micro_by_type(scores, corpus.scored)
    for type_, (tp, fp, fn) in micro.items():
        if type_ == "all" and len(micro) == 2:
            continue  # one scored type: its row is the total
        p, r, f = f1(tp, fp, fn)
        rows.append(f"{'micro ' + type_:{width}} {tp + fn:>4} {tp + fp:>4} {p:5.2f} {r:5.2f}  F1 {f:.3f}")
    return rows, f1(*micro["all"])[2]

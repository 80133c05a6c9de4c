"""Read documents of any supported format into text, detecting the encoding rather than assuming it."""

from __future__ import annotations

import hashlib
import io
import os
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from extract.errors import OrgkgError

TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}
MAX_BYTES = 512 * 1024 * 1024
# Block-level elements end a line of text; everything else flows inline.
_BLOCK = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
    "ul", "ol", "dd", "dt", "blockquote", "pre", "hr", "title", "header", "footer",
}
_FURNITURE = {"script", "style", "nav", "noscript", "iframe", "form", "button", "select", "svg", "header", "footer"}
_FURNITURE_HINT = re.compile(r"(nav|menu|footer|header|breadcrumb|sidebar|share|toolbar|copyright|topbar)", re.I)


def iter_paths(paths: list[str]) -> Iterator[Path]:
    """Yield the files named, recursing into folders, in a stable order."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith(".") and Path(f).suffix.lower() in SUPPORTED:
                        yield Path(root) / f
        else:
            yield path


def sha256(data: bytes) -> str:
    """The hex SHA-256 of a file's bytes: a document's identity for idempotent ingest."""
    return hashlib.sha256(data).hexdigest()


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in sample:
        return True
    ctrl = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return ctrl > len(sample) * 0.05


def decode(data: bytes, path: str = "") -> str:
    """Decode text bytes: BOMs, UTF-8, UTF-16, then GB18030 or Big5 by detection."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if _looks_binary(data):
        raise OrgkgError("E003", path=path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = []
    for enc in ("gb18030", "big5"):
        try:
            candidates.append((enc, data.decode(enc)))
        except UnicodeDecodeError:
            continue
    if len(candidates) == 1:
        return candidates[0][1]
    if candidates:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000], cp_isolation=["gb18030", "big5", "utf_8"]).best()
        if best is not None and best.encoding in ("big5", "big5hkscs"):
            return data.decode("big5")
        return candidates[0][1]
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise OrgkgError("E004", path=path)
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise OrgkgError("E004", detail=str(best.encoding), path=path) from exc


def html_text(data: bytes, path: str = "") -> str:
    """The visible text of an HTML page, one block per line, without navigation furniture."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    html = decode_html_bytes(data, path)
    tree = HTMLParser(html)
    for node in tree.css(",".join(sorted(_FURNITURE))):
        node.decompose()
    for node in tree.css("[class], [id]"):
        hint = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _FURNITURE_HINT.search(hint) and len(node.text(strip=True)) < 2000:
            node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    parts: list[str] = []

    def walk(node, in_cell: bool = False) -> None:
        # Inside a data cell, <br> and <p> break a line of the cell, not the row:
        # a space keeps the row (name, post, post) on one line.
        brk = " " if in_cell else "\n"
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                parts.append(child.text_content or "")
            elif tag == "table":
                parts.append(brk)
                walk_table(child)
                parts.append(brk)
            elif tag in ("td", "th"):
                walk(child, _data_cell(child))
                parts.append("\t")
            else:
                if tag in _BLOCK:
                    parts.append(brk)
                walk(child, in_cell)
                if tag in _BLOCK:
                    parts.append(brk)

    def walk_table(table) -> None:
        # A merged cell (rowspan) is repeated on the rows it spans and a colspan leaves empty cells after it,
        # so every row keeps the columns of the header (姓名 | 职务 | 分管部门 | 联系单位).
        spans: dict[int, tuple[int, str]] = {}
        for row in _rows(table):
            parts.append("\n")
            cells = iter(c for c in row.iter() if c.tag in ("td", "th"))
            col = 0
            while True:
                if col in spans:
                    left, text = spans.pop(col)
                    if left > 1:
                        spans[col] = (left - 1, text)
                    parts.append(text + "\t")
                    col += 1
                    continue
                cell = next(cells, None)
                if cell is None:
                    break
                start = len(parts)
                walk(cell, data := _data_cell(cell))
                text = "".join(parts[start:]).replace("\n", " ").replace("\t", " ")
                parts.append("\t")
                down, across = _span(cell, "rowspan"), _span(cell, "colspan")
                for extra in range(across):
                    if extra:
                        parts.append("\t")
                    if down > 1:
                        spans[col + extra] = (down - 1, text if data and not extra else "")
                col += across
            for c in sorted(k for k in spans if k >= col):
                left, text = spans.pop(c)
                if left > 1:
                    spans[c] = (left - 1, text)
                parts.append("\t" * (c - col) + text + "\t")
                col = c + 1
            parts.append("\n")

    walk(root)
    text = "".join(parts)
    text = re.sub(r"[ \t\u00a0]*\n[ \t\u00a0\n]*", "\n", text)
    return text.strip("\n") + "\n"


def _rows(table) -> Iterator:
    """The rows of a table, in order, without the rows of tables nested in its cells."""
    for child in table.iter():
        if child.tag == "tr":
            yield child
        elif child.tag in ("thead", "tbody", "tfoot"):
            yield from _rows(child)


def _span(cell, attr: str) -> int:
    """How many rows or columns a cell spans (1 when the attribute is missing or not a number)."""
    value = (cell.attributes.get(attr) or "1").strip()
    return min(int(value), 50) if value.isdigit() and int(value) > 0 else 1


def _data_cell(td) -> bool:
    """A short cell beside others in its row, holding no table: a cell of a data table, not of a layout."""
    row = td.parent
    cells = [c for c in row.iter() if c.tag in ("td", "th")] if row is not None else []
    return len(cells) >= 2 and td.css_first("table") is None and len(td.text(strip=True)) < 200


def decode_html_bytes(data: bytes, path: str) -> str:
    """Decode an HTML page, honouring a declared charset before detection."""
    m = re.search(rb"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", data[:4096])
    if m:
        enc = m.group(1).decode("ascii", "ignore").lower()
        if enc in ("gb2312", "gbk"):
            enc = "gb18030"
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, path)


def pdf_text(data: bytes, path: str = "") -> str:
    """The text layer of a PDF, page after page (pypdfium2 keeps CJK clean)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except Exception as exc:  # noqa: BLE001 - pdfium raises its own error types
        raise OrgkgError("E005", detail=str(exc).splitlines()[0][:80] if str(exc) else "", path=path) from exc
    pages = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            pages.append(tp.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
            tp.close()
            page.close()
    finally:
        pdf.close()
    text = "\n".join(pages).translate(_unified_ideographs())
    if not text.strip():
        raise OrgkgError("E009", path=path)
    return text


@lru_cache(maxsize=1)
def _unified_ideographs() -> dict[int, str]:
    """Kangxi radicals (⽂) and CJK compatibility ideographs (U+F9E4 理) a PDF font maps glyphs to, as ideographs."""
    from extract.text import _KANGXI

    table = {}
    for o in [*range(0x2E80, 0x2FE0), *range(0xF900, 0xFB00)]:
        n = _KANGXI.get(chr(o)) or unicodedata.normalize("NFKC", chr(o))
        if len(n) == 1 and "\u4e00" <= n <= "\u9fff":
            table[o] = n
    return table


def docx_text(data: bytes, path: str = "") -> str:
    """Paragraphs and table rows (cells joined by tabs) of a .docx, in document order."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises zipfile/KeyError/ValueError
        raise OrgkgError("E006", detail=type(exc).__name__, path=path) from exc
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(block, document).text)
        elif tag == "tbl":
            for row in Table(block, document).rows:
                cells = []
                for c in row.cells:
                    t = c.text.replace("\n", " ").strip()
                    if not cells or cells[-1] != t:
                        cells.append(t)
                lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def read_bytes(path: Path) -> bytes:
    """Read a file's bytes with the errors a user can meet turned into coded errors."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise OrgkgError("E001", path=str(path)) from exc
    if size > MAX_BYTES:
        raise OrgkgError("E008", detail=f"{size} bytes", path=str(path))
    data = path.read_bytes()
    if not data.strip():
        raise OrgkgError("E002", path=str(path))
    return data


def to_text(data: bytes, name: str) -> str:
    """Turn a file's bytes into text according to its suffix; newlines become \\n."""
    suffix = Path(name).suffix.lower()
    if suffix == ".pdf" or data[:5] == b"%PDF-":
        text = pdf_text(data, name)
    elif suffix == ".docx":
        text = docx_text(data, name)
    elif suffix in HTML_SUFFIXES:
        text = html_text(data, name)
    elif suffix in TEXT_SUFFIXES:
        text = decode(data, name)
    else:
        raise OrgkgError("E007", detail=suffix, path=name)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        raise OrgkgError("E002", path=name)
    return text


def load(path: Path) -> tuple[str, str]:
    """Return (text, sha256) of a document file, or raise OrgkgError naming it."""
    data = read_bytes(path)
    return to_text(data, str(path)), sha256(data)

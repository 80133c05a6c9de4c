"""Loading: encodings are detected, formats are read, bad input is a coded one-line error."""

from __future__ import annotations

import io

import pytest

from extract.errors import OrgkgError
from extract.load import decode, docx_text, html_text, pdf_text, to_text

NOTICE = "鄂托克旗人民政府办公室关于成立某某工作领导小组的通知\n组 长：张 勤 旗财政局局长\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk"])
def test_text_encodings_are_detected(encoding):
    assert decode(NOTICE.encode(encoding)) == NOTICE


def test_big5_traditional_text_is_detected():
    text = "國務院辦公廳關於成立領導小組的通知\n組長：張勤\n" * 5
    assert decode(text.encode("big5")) == text


def test_binary_bytes_are_refused_with_e003():
    with pytest.raises(OrgkgError) as err:
        decode(bytes(range(256)) * 10, "blob.txt")
    assert err.value.code == "E003" and "blob.txt" in err.value.line()


def test_empty_file_is_e002():
    with pytest.raises(OrgkgError) as err:
        to_text(b"  \n ", "empty.txt")
    assert err.value.code == "E002"


def test_html_page_text_drops_navigation_and_scripts():
    page = (
        "<html><head><meta charset='utf-8'><script>var x=1;</script></head><body>"
        "<nav>首页 | 政策文件</nav><div class='article'><h1>关于成立领导小组的通知</h1>"
        "<p>组长：张三</p><table><tr><td>副组长</td><td>李四</td></tr></table></div>"
        "<div class='footer'>版权所有</div></body></html>"
    ).encode()
    text = html_text(page)
    assert "关于成立领导小组的通知" in text and "组长：张三" in text and "副组长\t李四" in text
    assert "首页" not in text and "var x" not in text and "版权所有" not in text


def test_html_declared_gbk_charset_is_honoured():
    page = "<html><head><meta charset=gbk></head><body><p>组长：王俊</p></body></html>".encode("gbk")
    assert "组长：王俊" in html_text(page)


def test_broken_pdf_is_e005():
    with pytest.raises(OrgkgError) as err:
        pdf_text(b"%PDF-1.7\n this is not really a pdf", "broken.pdf")
    assert err.value.code == "E005"


def test_docx_paragraphs_and_table_rows_are_read():
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("关于成立领导小组的通知")
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = "组长"
    t.rows[0].cells[1].text = "张三"
    buf = io.BytesIO()
    d.save(buf)
    text = docx_text(buf.getvalue())
    assert "关于成立领导小组的通知" in text and "组长\t张三" in text


def test_broken_docx_is_e006():
    with pytest.raises(OrgkgError) as err:
        docx_text(b"PK\x03\x04 not a zip", "broken.docx")
    assert err.value.code == "E006"


def test_real_pdf_text_layer_is_read(tmp_path):
    pdfium = pytest.importorskip("pypdfium2")
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(200, 200)
    buf = io.BytesIO()
    pdf.save(buf)
    # A page without text: the error says there is no text layer rather than failing obscurely.
    with pytest.raises(OrgkgError) as err:
        pdf_text(buf.getvalue(), "scan.pdf")
    assert err.value.code == "E009"

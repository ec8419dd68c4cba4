"""Clean files: one-revision PDF with embedded fonts and alt texts, DOCX without
author/comments/custom parts, XLSX with text-only cells and no hidden sheets."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from mandaat import demo
from mandaat.export import publish, woo
from mandaat.export.classify import Classifier, find_personal, name_variants
from mandaat.export.doc import Redaction
from mandaat.vault import schema

TODAY = dt.date(2026, 4, 1)


@pytest.fixture
def data() -> publish.Data:
    db = sqlite3.connect(":memory:")
    schema.migrate(db)
    demo.populate(db)
    return publish.load(db)


def test_pdf_is_clean(tmp_path: Path, data: publish.Data) -> None:
    out = publish.export_nota(data, "Enhertu", "woo", tmp_path / "n.pdf", today=TODAY)
    raw = out.read_bytes()
    assert raw.count(b"%%EOF") == 1
    reader = PdfReader(str(out))
    assert not reader.attachments
    for page in reader.pages:
        assert "/Annots" not in page
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if "/DescendantFonts" in font:  # a composite (Type0) font: its CIDFont
                font = font["/DescendantFonts"][0].get_object()
            desc = font.get("/FontDescriptor")
            assert desc is not None and "/FontFile2" in desc.get_object(), "font not embedded"
    meta = reader.metadata or {}
    assert meta.get("/Author", "") == ""
    assert "/Subject" not in meta and "/Keywords" not in meta
    assert b"Helvetica" not in raw
    # the redaction boxes' alt texts: tests/test_export_pdfa.py reads the structure tree


def test_docx_is_clean(tmp_path: Path, data: publish.Data) -> None:
    out = publish.export_nota(data, "Enhertu", "woo", tmp_path / "n.docx", today=TODAY)
    z = zipfile.ZipFile(out)
    names = z.namelist()
    assert not [n for n in names if n.startswith("customXml") or "comments" in n]
    assert "docProps/custom.xml" not in names and "docProps/thumbnail.jpeg" not in names
    core = z.read("docProps/core.xml").decode()
    assert "<dc:creator></dc:creator>" in core or "<dc:creator/>" in core
    assert "python-docx" not in core
    body = z.read("word/document.xml").decode()
    assert "<w:ins " not in body and "<w:del " not in body
    assert "5.1.2e" in body


def test_xlsx_text_only_and_visible(tmp_path: Path) -> None:
    entries = [
        woo.Entry("0001", '=HYPERLINK("x")', "pdf", TODAY, "Deels openbaar", ("5.1.1c", "5.1.2e"),
                  "+1"),
        woo.Entry("0002", "@SUM(A1)", "pdf", TODAY, "Openbaar", (), "-3\tx"),
    ]  # fmt: skip
    path = tmp_path / "inv.xlsx"
    woo.write_inventory(entries, path, TODAY)
    wb = openpyxl.load_workbook(path)
    assert [ws.sheet_state for ws in wb.worksheets] == ["visible"]
    ws = wb.active
    assert [c.value for c in ws[1]] == list(woo.COLUMNS)
    assert ws["E2"].value == '=HYPERLINK("x")' and ws["E2"].data_type == "s"
    assert ws["J2"].value == "5.1.1c; 5.1.2e;"
    sheet = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet
    assert wb.properties.creator in (None, "")


def test_inventory_of_package(tmp_path: Path, data: publish.Data) -> None:
    publish.export_woo(data, tmp_path / "w", ["Enhertu"], today=TODAY)
    ws = openpyxl.load_workbook(tmp_path / "w" / "inventarislijst.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == woo.COLUMNS
    assert len(rows) == 2
    row = dict(zip(woo.COLUMNS, rows[1], strict=True))
    assert row["ID"] == "0001" and (tmp_path / "w" / "0001.pdf").exists()
    assert row["Beoordeling"] in woo.ASSESSMENTS
    assert str(row["Beoordelingsgrond"]).endswith(";")
    assert "5.1.2e;" in str(row["Beoordelingsgrond"])
    # what VWS's publication platform requires
    assert {"ID", "Matter", "Document", "Datum", "Beoordeling", "Beoordelingsgrond"} <= set(row)
    assert row["Datum"] == TODAY.isoformat()  # JJJJ-MM-DD
    assert woo.CONTEXT_CHARS.fullmatch(str(row["Matter"]))
    assert row["Opgeschort"] is None
    assert re.fullmatch(r"(5\.\d\.\d[a-z]?; )*5\.\d\.\d[a-z]?;", str(row["Beoordelingsgrond"]))
    assert sorted(p.name for p in (tmp_path / "w").iterdir()) == [f"{row['ID']}.pdf", woo.INVENTORY]


def test_box_width_does_not_depend_on_value(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    from mandaat.export import doc, render_docx, render_pdf

    images = []
    for label, ground in (("a", "5.1.1c"), ("b" * 90, "5.1.1c")):
        document = doc.Document("T", "woo", "M", "woo")
        document.blocks = [
            doc.Paragraph(("Korting ", Redaction(ground, label), " op de vraagprijs.")),
            doc.Table(("Nr", "Bod"), (((str(1),), (Redaction(ground, label),)),)),
        ]
        render_pdf.render(document, tmp_path / "x.pdf")
        pdf = pdfium.PdfDocument(str(tmp_path / "x.pdf"))
        images.append(pdf[0].render(scale=1).to_pil().tobytes())
        pdf.close()
    assert images[0] == images[1]
    box_text = render_docx.box_text
    assert len(box_text(Redaction("5.1.1c", "x"))) == len(box_text(Redaction("5.1.2e", "y")))


def test_free_text_detection() -> None:
    names = ["A. de Vries", "Jan Jansen"]
    assert "de Vries, A." in name_variants("A. de Vries")
    text = "Bel Jansen, Jan op 06-12345678 of mail j.j@x.example; IBAN NL91ABNA0417164300."
    kinds = [f.kind for f in find_personal(text, names)]
    assert kinds == ["name", "phone", "email", "iban"]
    parts = Classifier("woo", names=names).scan(text)
    assert all(isinstance(p, Redaction) for p in parts[1::2])
    assert Classifier("nota", names=names).scan(text) == (text,)


def test_marking_at_top_and_bottom_of_every_page(tmp_path: Path, data: publish.Data) -> None:
    import pypdfium2 as pdfium
    from docx import Document as DocxDocument

    from mandaat.export.messages import MARKINGS

    out = publish.export_nota(data, "Enhertu", "intern", tmp_path / "n.pdf", today=TODAY)
    pdf = pdfium.PdfDocument(str(out))
    assert len(pdf) >= 2
    for page in pdf:
        text = page.get_textpage().get_text_range()
        assert text.count(MARKINGS["intern"]) == 2, text[:200]
    pdf.close()
    out = publish.export_nota(data, "Enhertu", "intern", tmp_path / "n.docx", today=TODAY)
    section = DocxDocument(str(out)).sections[0]
    assert section.header.paragraphs[0].text == MARKINGS["intern"]
    assert section.footer.paragraphs[0].text.startswith(MARKINGS["intern"])
    assert 'w:instr="PAGE"' in zipfile.ZipFile(out).read("word/footer1.xml").decode()

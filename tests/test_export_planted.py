# ruff: noqa: E501
"""Planted values: every place a hand-edited file can hide a value is searched, and the
numbers of a file's machinery (a theme's colours, a PDF's drawing operators, its version
line) are not mistaken for a withheld value."""

from __future__ import annotations

import gzip
import io
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pikepdf
import pytest
from cli_helpers import run
from pypdf import PdfWriter
from pypdf.generic import NameObject, StreamObject

from mandaat.export import leakcheck
from mandaat.export.classify import Secret, name_variants

NOTE = (
    "De leverancier liet in het gesprek van dinsdag doorschemeren dat een hogere korting "
    "bespreekbaar is wanneer de looptijd wordt verlengd tot vijf jaar en het plafond vervalt"
)
SECRETS = [
    Secret("korting", Decimal("1.4"), "pct"),
    Secret("nettoprijs", Decimal("80000"), "money"),
    Secret("plafond", Decimal("1200000"), "money"),
    Secret("verschil", Decimal("64500000"), "money"),
    *(Secret("naam", v, "name") for v in name_variants("Femke Terpstra")),
    Secret("e-mail", "f.terpstra@minvws.example", "email"),
    Secret("telefoon", "06 1234 5678", "phone"),
    Secret("notitie", NOTE, "text"),
]
EXCERPT = "doorschemeren dat een hogere korting bespreekbaar is wanneer de looptijd"


def fields(path: Path) -> set[str]:
    return {h.field for h in leakcheck.check(path, SECRETS, "")}


def _pdf(
    text: str = "Openbare tekst.", ops: bytes = b"", compress: bool = True, size: str = "12"
) -> bytes:
    """A one-page PDF drawing ``text`` in Helvetica (pikepdf; no renderer of ours)."""
    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(595, 842))
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                              BaseFont=pikepdf.Name.Helvetica)  # fmt: skip
    page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    body = ops + f"BT /F1 {size} Tf 72 700 Td ({escaped}) Tj ET".encode("latin-1")
    page.Contents = pdf.make_stream(body)
    buf = io.BytesIO()
    pdf.save(
        buf,
        compress_streams=compress,
        object_stream_mode=pikepdf.ObjectStreamMode.disable,
        static_id=True,
    )
    return buf.getvalue()


def _zip(parts: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in parts.items():
            z.writestr(name, body)
    return buf.getvalue()


def _xlsx(value: str) -> bytes:
    wb = openpyxl.Workbook()
    wb.active["B2"] = value
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _docx(document: str, **extra: bytes | str) -> bytes:
    body = f"<w:document><w:body>{document}</w:body></w:document>"
    return _zip({"word/document.xml": body, **extra})


CLEAN_THEME = (
    '<a:theme name="Office"><a:lumMod val="80000"/><a:lumOff val="64500000"/>'
    '<a:srgbClr val="1200000"/><a:gs pos="1.4"/></a:theme>'
)
W = "<w:p><w:r><w:t>{}</w:t></w:r></w:p>"

PLANTED: dict[str, tuple[bytes, str]] = {
    "docx: split across runs": (
        _docx("<w:p><w:r><w:t>korting 1,</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>4%</w:t></w:r></w:p>"),
        "korting",
    ),
    "docx: header part": (_docx(W.format("x"), **{"word/header1.xml": W.format("€ 80.000")}), "nettoprijs"),
    "docx: comment": (_docx(W.format("x"), **{"word/comments.xml": W.format("Femke Terpstra")}), "naam"),
    "docx: core properties": (
        _docx(W.format("x"), **{"docProps/core.xml": "<cp:coreProperties><dc:creator>Terpstra, Femke</dc:creator></cp:coreProperties>"}),
        "naam",
    ),
    "docx: custom property": (
        _docx(W.format("x"), **{"docProps/custom.xml": "<Properties><property name='plafond'><vt:lpwstr>1.200.000</vt:lpwstr></property></Properties>"}),
        "plafond",
    ),
    "docx: text-carrying attribute": (_docx('<wp:docPr id="1" descr="netto € 80.000 per patiënt"/>'), "nettoprijs"),
    "docx: attribute in the theme": (
        _docx(W.format("x"), **{"word/theme/theme1.xml": '<a:theme name="f.terpstra@minvws.example"/>'}),
        "e-mail",
    ),
    "docx: XML comment": (_docx(W.format("x") + "<!-- plafond 1,2 mln -->"), "plafond"),
    "docx: CDATA": (_docx(W.format("x") + "<w:x><![CDATA[€ 64,5 mln]]></w:x>"), "verschil"),
    "docx: UTF-16 XML part": (
        _docx(W.format("x"), **{"word/footer1.xml": ("\ufeff<?xml version='1.0' encoding='UTF-16'?>" + W.format("Femke Terpstra")).encode("utf-16-le")}),
        "naam",
    ),
    "docx: UTF-16 part without BOM": (
        _docx(W.format("x"), **{"word/footer2.xml": W.format("1.200.000 euro").encode("utf-16-le")}),
        "plafond",
    ),
    "docx: embedded workbook": (
        _docx(W.format("x"), **{"word/embeddings/Microsoft_Excel_Worksheet.xlsx": _xlsx("80000")}),
        "nettoprijs",
    ),
    "docx: gzip inside": (
        _docx(W.format("x"), **{"word/media/data.gz": gzip.compress(b"tel. 06-12345678")}),
        "telefoon",
    ),
    "docx: binary part with UTF-16 text": (
        _docx(W.format("x"), **{"word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0" + "Femke Terpstra".encode("utf-16-le") + b"\x00\x01"}),
        "naam",
    ),
    "docx: excerpt of a long note": (_docx(W.format(f"Citaat: “{EXCERPT}”.")), "notitie"),
    "xlsx: number cell": (_zip({"xl/worksheets/sheet1.xml": "<c r='A1'><v>80000</v></c>"}), "nettoprijs"),
    "xlsx: hidden sheet": (_zip({"xl/worksheets/sheet2.xml": "<sheetData><c><is><t>f.terpstra@minvws.example</t></is></c></sheetData>"}), "e-mail"),
    "zip comment": (b"", "plafond"),
    "gzip file": (gzip.compress(b"korting 1,4 procent"), "korting"),
    "gzip of a UTF-16 text": (gzip.compress("Femke Terpstra".encode("utf-16")), "naam"),
    "plain text, phone with other separators": (b"bel +31 (0)6 12 34 56 78", "telefoon"),
    "pdf: page text": (_pdf("Korting 1,4% op de lijstprijs."), "korting"),
    "pdf: metadata": (b"", "naam"),
    "pdf: XMP": (b"", "plafond"),
    "pdf: embedded file": (b"", "nettoprijs"),
    "pdf: object after %%EOF": (_pdf() + b"\n99 0 obj\n(verschil 64,5 mln)\nendobj\n", "verschil"),
    "pdf: hex string in an unused object": (
        _pdf() + b"\n98 0 obj\n<FEFF" + "f.terpstra@minvws.example".encode("utf-16-be").hex().encode() + b">\nendobj\n",
        "e-mail",
    ),
}  # fmt: skip


def _special(name: str) -> bytes:
    if name == "zip comment":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("a.txt", "openbaar")
            z.comment = "plafond € 1.200.000".encode()
        return buf.getvalue()
    w = PdfWriter(clone_from=io.BytesIO(_pdf()))
    if name == "pdf: metadata":
        w.add_metadata({"/Author": "Terpstra, Femke"})
    elif name == "pdf: XMP":
        xmp = StreamObject()
        xmp.set_data(
            b"<?xpacket begin='' ?><x:xmpmeta><dc:rights>1.200.000</dc:rights></x:xmpmeta>"
        )
        xmp[NameObject("/Type")] = NameObject("/Metadata")
        w.root_object[NameObject("/Metadata")] = w._add_object(xmp)
    elif name == "pdf: embedded file":
        w.add_attachment("prijzen.xlsx", _xlsx("€ 80.000"))
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


@pytest.mark.parametrize("place", sorted(PLANTED))
def test_a_planted_value_is_found(tmp_path: Path, place: str) -> None:
    data, field = PLANTED[place]
    path = tmp_path / "bestand"
    path.write_bytes(data or _special(place))
    assert field in fields(path), place


def test_machinery_is_not_content(tmp_path: Path) -> None:
    """A theme's colour values, a PDF's version line and drawing operators, a stream's
    length: numbers of the file's machinery, not a withheld value."""
    (tmp_path / "a.docx").write_bytes(
        _docx(W.format("Openbaar"), **{"word/theme/theme1.xml": CLEAN_THEME})
    )
    pdf = _pdf("Openbare tekst", b"0 64.5 m 80000 1200000 l S\n", compress=False, size="1.4")
    pdf = re.sub(rb"^%PDF-1\.\d", b"%PDF-1.4", pdf, count=1)
    assert b"%PDF-1.4" in pdf and b" 64.5 " in pdf
    (tmp_path / "b.pdf").write_bytes(pdf)
    (tmp_path / "c.txt").write_text("ID 0080000; versie 1.4.2; kenmerk 645000001-GMT; 1,45%")
    assert leakcheck.check(tmp_path, SECRETS, "") == []


def test_every_rendering_of_a_figure_but_not_a_longer_number(tmp_path: Path) -> None:
    p = tmp_path / "t.txt"
    for text, hit in [
        ("€ 80.000", True),
        ("80000", True),
        ("80.000,-", True),
        ("€80,000.00", True),
        ("30.000-80.000", True),
        ("180.000", False),
        ("80.0001", False),
        ("1,4 %", True),
        ("1.40%", True),
        ("0,014", True),
        ("11,4%", False),
        ("€ 64,5 mln", True),
        ("64.5 m", True),
        ("1.200.000", True),
        ("1,2 miljoen", True),
        ("12.000.000", False),
    ]:
        p.write_text(f"tekst {text} tekst")
        assert bool(fields(p)) is hit, text


@pytest.mark.parametrize(
    "data",
    [b"PK\x03\x04 kapot", b"%PDF-1.7\n1 0 obj <<>> kapot", b"\x1f\x8b" + b"\xff" * 30],
    ids=["zip", "pdf", "gzip"],
)
def test_a_corrupt_file_fails_the_check(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "x").write_bytes(data)
    hits = leakcheck.check(tmp_path, SECRETS, "")
    assert [h.field for h in hits] == ["bestand niet te controleren"]


def test_leakcheck_on_an_empty_or_missing_folder_is_an_error(tmp_path: Path) -> None:
    from test_export_cli import PW, _vault

    v = _vault(tmp_path)
    (tmp_path / "leeg").mkdir()
    for target in (tmp_path / "leeg", tmp_path / "bestaat-niet"):
        r = run("leakcheck", str(target), str(v), env=PW)
        assert r.returncode == 1, r.stdout
        assert "geslaagd" not in r.stdout + r.stderr
        assert str(target) in r.stderr

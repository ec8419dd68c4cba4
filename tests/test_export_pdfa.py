"""The PDFs are PDF/A-2a and PDF/UA-1, tagged, and every redaction box names its ground.

Read back with pikepdf (qpdf): the XMP conformance markers, the catalogue's MarkInfo,
StructTreeRoot, Lang and ViewerPreferences, the title in XMP and Info, every font
embedded, no JavaScript, no transparency group on a page, one revision; the alternative
texts of the boxes in the structure tree; and the nota's layout (marking at the top and
bottom of every page, page numbers, headings never alone at the foot of a page, a logo).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import zlib
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest

from mandaat import demo
from mandaat.export import doc, publish, render_pdf
from mandaat.export.messages import GROUND_NAMES
from mandaat.vault import schema

TODAY = dt.date(2026, 4, 1)


@pytest.fixture(scope="module")
def data() -> publish.Data:
    db = sqlite3.connect(":memory:")
    schema.migrate(db)
    demo.populate(db)
    return publish.load(db)


@pytest.fixture(scope="module")
def pdfs(data: publish.Data, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A Woo package's PDF and the nota as PDF for each audience."""
    tmp = tmp_path_factory.mktemp("pdfa")
    out = {}
    for audience in ("woo", "nota", "intern"):
        out[f"nota-{audience}"] = publish.export_nota(
            data, "Enhertu", audience, tmp / f"nota-{audience}.pdf", today=TODAY
        )
    publish.export_woo(data, tmp / "woo", today=TODAY)
    out["woo"] = tmp / "woo" / "0001.pdf"
    return out


def _struct(node: object, found: list[tuple[str, str | None]]) -> None:
    """Every structure element below ``node`` as (type, alt text), depth first."""
    if isinstance(node, pikepdf.Dictionary):
        if "/S" in node:
            alt = node.get("/Alt")
            found.append((str(node.S), str(alt) if alt is not None else None))
        kids = node.get("/K")
        if isinstance(kids, pikepdf.Array):
            for kid in kids:
                _struct(kid, found)
        elif kids is not None:
            _struct(kids, found)


def _elements(pdf: pikepdf.Pdf) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    _struct(pdf.Root.StructTreeRoot, found)
    return found


@pytest.mark.parametrize("name", ["woo", "nota-woo", "nota-nota", "nota-intern"])
def test_pdfa2_and_pdfua1_markers(pdfs: dict[str, Path], name: str) -> None:
    path = pdfs[name]
    raw = path.read_bytes()
    assert raw.count(b"%%EOF") == 1 and raw.count(b"startxref") == 1  # one revision
    with pikepdf.open(path) as pdf:
        root = pdf.Root
        meta = pdf.open_metadata(set_pikepdf_as_editor=False)
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "A"
        assert meta["pdfuaid:part"] == "1"
        assert bool(root.MarkInfo.Marked) is True
        assert "/StructTreeRoot" in root and len(_elements(pdf)) > 10
        assert str(root.Lang) == "nl-NL"
        assert bool(root.ViewerPreferences.DisplayDocTitle) is True
        title = str(pdf.docinfo["/Title"])
        assert title and meta["dc:title"] == title
        assert "/OutputIntents" in root  # the sRGB profile PDF/A wants for colour
        assert "/OpenAction" not in root and "/AA" not in root
        assert "/JavaScript" not in root.get("/Names", {})
        assert b"/JavaScript" not in raw and b"/JS" not in raw
        for page in pdf.pages:
            assert "/Group" not in page.obj  # no transparency group
            assert "/Annots" not in page.obj
        fonts = 0
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor":
                fonts += 1
                assert "/FontFile2" in obj or "/FontFile3" in obj or "/FontFile" in obj
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font":
                assert obj.get("/Subtype") != "/Type3"  # no unembedded or drawn fonts
        assert fonts >= 2


def test_headings_and_tables_are_tagged(pdfs: dict[str, Path]) -> None:
    with pikepdf.open(pdfs["woo"]) as pdf:
        kinds = [k for k, _ in _elements(pdf)]
    assert kinds[0] == "/Document"
    assert "/Title" in kinds and "/H1" in kinds
    assert {"/Table", "/TR", "/TH", "/TD"} <= set(kinds)
    assert kinds.index("/Title") < kinds.index("/H1")  # reading order: title first


@pytest.mark.parametrize("name", ["woo", "nota-woo"])
def test_every_box_carries_its_ground_as_alt_text(pdfs: dict[str, Path], name: str) -> None:
    with pikepdf.open(pdfs[name]) as pdf:
        figures = [alt for kind, alt in _elements(pdf) if kind == "/Figure"]
    text = _text(pdfs[name])
    boxes = re.findall(r"5\.\d\.\d[a-z]?", text)
    assert figures and len(figures) >= len([b for b in boxes if b]) // 2
    code = r"5\.\d\.\d[a-z]?"
    for alt in figures:
        m = re.fullmatch(rf"Gelakt — artikel(?:en)? ({code}(?: en {code})*) — (.+)", alt or "")
        assert m, alt
        names = [GROUND_NAMES[c] for c in m.group(1).split(" en ")]
        assert m.group(2) == "; ".join(names), alt
    assert f"Gelakt — artikelen 5.1.1c en 5.1.2b — {GROUND_NAMES['5.1.1c']}; " in "|".join(figures)
    assert "Gelakt — artikel 5.1.2e — persoonlijke levenssfeer" in figures


def test_alt_text_is_in_the_tree_for_each_box(tmp_path: Path) -> None:
    """A document with three known boxes: three figures, in order, with those grounds."""
    document = doc.Document("Proef", "woo", "Openbaar", "woo")
    document.blocks = [
        doc.Heading("1. Proef"),
        doc.Paragraph(("Naam ", doc.Redaction("5.1.2e", "naam"), ", korting ")),
        doc.Table(
            ("Nr", "Korting", "Mandaat"),
            (((("1",), (doc.Redaction("5.1.1c", "k"),), (doc.Redaction("5.1.2b", "m"),))),),
        ),
    ]
    render_pdf.render(document, tmp_path / "p.pdf")
    with pikepdf.open(tmp_path / "p.pdf") as pdf:
        figures = [alt for kind, alt in _elements(pdf) if kind == "/Figure"]
    assert figures == [
        "Gelakt — artikel 5.1.2e — persoonlijke levenssfeer",
        f"Gelakt — artikel 5.1.1c — {GROUND_NAMES['5.1.1c']}",
        f"Gelakt — artikel 5.1.2b — {GROUND_NAMES['5.1.2b']}",
    ]


def _text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def _pages(path: Path) -> list[list[str]]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [
            [ln.strip() for ln in page.get_textpage().get_text_range().splitlines() if ln.strip()]
            for page in pdf
        ]
    finally:
        pdf.close()


def test_nota_marking_and_page_numbers_on_every_page(pdfs: dict[str, Path]) -> None:
    from mandaat.export.messages import MARKINGS

    pdf = pdfium.PdfDocument(str(pdfs["nota-intern"]))
    try:
        assert len(pdf) >= 2
        for n, page in enumerate(pdf, 1):
            height = page.get_height()
            textpage = page.get_textpage()
            search = textpage.search(MARKINGS["intern"])
            tops = []
            while (hit := search.get_next()) is not None:
                tops.append(textpage.get_charbox(hit[0])[3])
            assert len(tops) == 2
            assert max(tops) > height * 0.9 and min(tops) < height * 0.1  # top and bottom
            assert f"Pagina {n} van {len(pdf)}" in textpage.get_text_range()
    finally:
        pdf.close()


def test_nota_header_block_in_the_right_margin(pdfs: dict[str, Path]) -> None:
    pdf = pdfium.PdfDocument(str(pdfs["nota-nota"]))
    try:
        page = pdf[0]
        width = page.get_width()
        textpage = page.get_textpage()
        found = textpage.search("Kenmerk")
        hit = found.get_next()
        assert hit is not None
        left, _, _, _ = textpage.get_charbox(hit[0])
        assert left > width * 0.6  # the header block sits in the right margin
        body = textpage.search("Aanleiding").get_next()
        assert body is not None and textpage.get_charbox(body[0])[0] < width * 0.3
        if len(pdf) > 1:  # later pages repeat the date and reference there
            later = pdf[1].get_textpage().get_text_range()
            assert "Kenmerk" in later and "Datum" in later
    finally:
        pdf.close()


def test_no_heading_alone_at_the_foot_of_a_page(tmp_path: Path) -> None:
    """Headings at every height of the page: none is the last line before the footer."""
    document = doc.Document("Proef", "nota", "Vertrouwelijk", "woo")
    headings = []
    for i in range(1, 40):
        headings.append(f"{i}. Kop nummer {i}")
        document.blocks.append(doc.Heading(headings[-1]))
        document.blocks.append(doc.Paragraph(("Een regel tekst. " * (4 + 7 * (i % 5)),)))
    render_pdf.render(document, tmp_path / "k.pdf")
    pages = _pages(tmp_path / "k.pdf")
    assert len(pages) >= 3
    for lines in pages[:-1]:
        body = [ln for ln in lines if "Vertrouwelijk" not in ln and not ln.startswith("Pagina")]
        assert body[-1] not in headings, body[-3:]


def _png(width: int, height: int, alpha: bool = False) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body).to_bytes(4, "big")
        return len(body).to_bytes(4, "big") + kind + body + crc

    kind = 6 if alpha else 2  # RGBA or RGB
    head = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, kind, 0, 0, 0])
    pixel = bytes([20, 60, 130, 128] if alpha else [20, 60, 130])
    rows = b"".join(b"\x00" + pixel * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", head)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("alpha", [False, True])
def test_logo_from_a_user_file(tmp_path: Path, data: publish.Data, alpha: bool) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png(120, 60, alpha))
    out = publish.export_nota(data, "Enhertu", "nota", tmp_path / "n.pdf", today=TODAY, logo=logo)
    with pikepdf.open(out) as pdf:
        first = pdf.pages[0]
        images = [k for k, v in first.Resources.get("/XObject", {}).items()
                  if v.get("/Subtype") == "/Image"]  # fmt: skip
        assert images
        assert "/Group" not in first.obj  # an alpha channel is a soft mask, not a group
        assert all("/XObject" not in p.Resources or not p.Resources.XObject.keys()
                   for p in pdf.pages[1:])  # fmt: skip
        assert pdf.open_metadata(set_pikepdf_as_editor=False)["pdfaid:part"] == "2"


@pytest.mark.parametrize(
    "body, why",
    [(b"GIF89a....", "geen PNG"), (b"", "geen PNG")],
)
def test_a_logo_that_is_not_png_or_jpeg_is_refused(tmp_path: Path, body: bytes, why: str) -> None:
    logo = tmp_path / "logo.gif"
    logo.write_bytes(body)
    with pytest.raises(render_pdf.LogoError, match=why):
        render_pdf.check_logo(logo)
    with pytest.raises(render_pdf.LogoError):
        render_pdf.check_logo(tmp_path / "missing.png")


def test_the_renderers_metadata_is_not_a_withheld_value(tmp_path: Path) -> None:
    """Typst writes ``<pdf:PDFVersion>1.7`` and ``ISO 14289`` into every file's XMP: a
    withheld discount of 1,7 % or a net price of € 14.289 is not refused for that (the
    renderer's metadata is a fixed text of the export), and is still found as written."""
    from decimal import Decimal

    from mandaat.export import leakcheck
    from mandaat.export.classify import Classifier, Secret
    from mandaat.model import Arrangement, Bid, Party
    from mandaat.vault import store

    db = sqlite3.connect(":memory:")
    schema.migrate(db)
    demo.populate(db)
    d = next(x for x in store.dossiers(db) if x.brand == "Enhertu")
    for arr in (
        Arrangement(discount_pct=Decimal("1.7")),
        Arrangement(net_price_per_patient=Decimal("14289")),
    ):
        store.add_bid(db, Bid(dt.date(2025, 3, 1), dossier_id=d.id, round=7,
                              party=Party.SUPPLIER, arrangement=arr))  # fmt: skip
    db.commit()
    data = publish.load(db)
    assert publish.export_woo(data, tmp_path / "w", ["Enhertu"], today=TODAY)  # not refused
    assert b"<pdf:PDFVersion>1.7<" in (tmp_path / "w" / "0001.pdf").read_bytes()
    assert "14289" in render_pdf.fixed_texts()
    # and the values themselves, written as a document writes them, are still caught
    leaky = doc.Document("Lek", "woo", "Openbaar", "woo")
    leaky.blocks = [doc.Paragraph(("Korting 1,7% en nettoprijs € 14.289 per patiënt.",))]
    render_pdf.render(leaky, tmp_path / "lek.pdf")
    secrets = [
        Secret("korting", Decimal("1.7"), "pct"),
        Secret("nettoprijs", Decimal("14289"), "money"),
    ]
    c = Classifier("woo", data.policy, data.names)
    corpus = publish.public_corpus(c, [d], [TODAY])
    hits = leakcheck.check(tmp_path / "lek.pdf", secrets, corpus)
    assert {h.field for h in hits} == {"korting", "nettoprijs"}

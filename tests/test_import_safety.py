"""Hostile and broken files: refused early, quickly, with a WorkbookError code."""

from __future__ import annotations

import io
import re
import struct
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from mandaat.importing import BID_HEADERS, Limits, WorkbookError, read_workbook, safety
from mandaat.importing.messages import ERROR_MESSAGES, format_workbook_error

BID_ROW = ["Enhertu", "HER2-low", "1-4-2026", 1, "leverancier", "68,5%"]


def good_workbook(tmp_path: Path, rows: int = 1, name: str = "ok.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Biedingen"
    ws.append(list(BID_HEADERS))
    for _ in range(rows):
        ws.append(BID_ROW)
    path = tmp_path / name
    wb.save(path)
    return path


def refused(path: Path, code: str, **kwargs: Any) -> WorkbookError:
    with pytest.raises(WorkbookError) as err:
        read_workbook(path, **kwargs)
    assert err.value.code == code, str(err.value)
    assert format_workbook_error(err.value, str(path))  # every code has a Dutch message
    assert err.value.code in ERROR_MESSAGES
    return err.value


def rewrite(src: Path, dst: Path, change: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, change.get(info.filename, zin.read(info)))
    return dst


def test_missing_file(tmp_path: Path) -> None:
    refused(tmp_path / "nope.xlsx", "file_not_found")


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "bod.xlsx"
    path.write_text("Geneesmiddel;Datum;Korting\nEnhertu;1-4-2026;68,5\n")
    refused(path, "not_a_workbook")
    empty = tmp_path / "leeg.xlsx"
    empty.write_bytes(b"")
    refused(empty, "not_a_workbook")


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "archief.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hallo")
    refused(path, "not_a_workbook")


def test_ods_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "calc.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
    assert refused(path, "unsupported_format").params["format"] == "ods"


def test_legacy_xls_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "oud.xls"
    path.write_bytes(safety.OLE_MAGIC + b"\x00" * 4096)
    refused(path, "unsupported_format")


@pytest.mark.parametrize("fraction", [0.5, 0.9, 0.99])
def test_truncated(tmp_path: Path, fraction: float) -> None:
    data = good_workbook(tmp_path).read_bytes()
    path = tmp_path / "half.xlsx"
    path.write_bytes(data[: int(len(data) * fraction)])
    refused(path, "truncated")


def test_damaged_entry(tmp_path: Path) -> None:
    data = bytearray(good_workbook(tmp_path).read_bytes())
    # flip bytes in the middle of the compressed data of the first entries
    for i in range(200, 260):
        data[i] ^= 0xFF
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(WorkbookError) as err:
        read_workbook(path)
    assert err.value.code in {"corrupt", "truncated", "not_a_workbook"}


def _with_wrong_crc(src: Path, dst: Path, entry: str) -> Path:
    """``src`` with the CRC-32 of ``entry`` wrong in its local header and in the
    central directory: the data inflates fine, only the checksum gives it away."""
    data = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as z:
        info = z.getinfo(entry)
    wrong = struct.pack("<I", info.CRC ^ 0x5A5A5A5A)
    data[info.header_offset + 14 : info.header_offset + 18] = wrong
    name = entry.encode()
    central = bytes(data).rfind(b"PK\x01\x02", 0, bytes(data).rfind(name))
    assert data[central + 46 : central + 46 + len(name)] == name
    data[central + 16 : central + 20] = wrong
    dst.write_bytes(bytes(data))
    return dst


@pytest.mark.parametrize("rows", [1, 3000])
def test_wrong_checksum_of_the_sheet_is_refused(tmp_path: Path, rows: int) -> None:
    """The scan inflates the sheet without checking its CRC (calamine checks it when it
    reads the same bytes): a sheet with a wrong checksum is refused all the same."""
    good = good_workbook(tmp_path, rows=rows)
    bad = _with_wrong_crc(good, tmp_path / "crc.xlsx", "xl/worksheets/sheet1.xml")
    assert len(read_workbook(good).bid_rows) == rows
    refused(bad, "corrupt")


def test_file_too_big(tmp_path: Path) -> None:
    path = good_workbook(tmp_path)
    refused(path, "too_big", limits=Limits(max_file_bytes=1000))


def test_default_limits() -> None:
    limits = Limits()
    assert limits.max_file_bytes == 20 * 1024 * 1024
    assert limits.max_entries == 1000
    assert limits.max_uncompressed_bytes == 200 * 1024 * 1024
    assert limits.max_compression_ratio == 100
    # issue 4: "a 100k-row workbook must import; the row cap sits above that"
    assert limits.max_rows == 120_000 and limits.max_columns == 200
    assert limits.max_rows > 100_000 + 20  # 100k rows under a header found in row 20


def test_zip_bomb_refused_quickly(tmp_path: Path) -> None:
    src = good_workbook(tmp_path)
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
        # 150 MB of spaces compresses to about 150 kB: a 1000:1 ratio
        with zout.open("xl/worksheets/sheet2.xml", "w") as big:
            chunk = b" " * (1024 * 1024)
            for _ in range(150):
                big.write(chunk)
    assert path.stat().st_size < 1024 * 1024
    start = time.monotonic()
    refused(path, "compression_ratio")
    assert time.monotonic() - start < 2


def test_total_uncompressed_size_limit(tmp_path: Path) -> None:
    path = good_workbook(tmp_path)
    refused(path, "too_much_data", limits=Limits(max_uncompressed_bytes=2000))


def test_too_many_entries(tmp_path: Path) -> None:
    src = good_workbook(tmp_path)
    path = tmp_path / "veel.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
        for i in range(1001):
            zout.writestr(f"xl/media/x{i}.bin", b"x")
    refused(path, "too_many_entries")


def test_lying_size_header_is_caught(tmp_path: Path) -> None:
    """An entry that inflates to more than its declared size never gets past zipfile."""
    src = good_workbook(tmp_path)
    big = b"<x>" + b" " * 5_000_000 + b"</x>"
    path = rewrite(src, tmp_path / "lie.xlsx", {"xl/theme/theme1.xml": big})
    raw = bytearray(path.read_bytes())
    # patch the declared uncompressed size (central directory + local header) to 1 kB
    name = b"xl/theme/theme1.xml"
    cd = raw.rfind(b"PK\x01\x02", 0, raw.rfind(name))
    lh = raw.find(b"PK\x03\x04" + bytes(raw[cd + 6 : cd + 10]))
    for offset in (cd + 24, lh + 22):
        raw[offset : offset + 4] = (1024).to_bytes(4, "little")
    path.write_bytes(bytes(raw))
    with pytest.raises(WorkbookError) as err:
        read_workbook(path)
    assert err.value.code in {"corrupt", "compression_ratio", "truncated"}


BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Geneesmiddel</t></is></c>
<c r="B1" t="inlineStr"><is><t>Datum</t></is></c>
<c r="C1" t="inlineStr"><is><t>Korting</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c>
<c r="B2" t="inlineStr"><is><t>1-4-2026</t></is></c><c r="C2"><v>10</v></c></row>
</sheetData></worksheet>"""


@pytest.mark.parametrize(
    "entry", ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "[Content_Types].xml"]
)
def test_billion_laughs_refused_quickly(tmp_path: Path, entry: str) -> None:
    src = good_workbook(tmp_path)
    payload = BILLION_LAUGHS
    if entry != "xl/worksheets/sheet1.xml":
        with zipfile.ZipFile(src) as zf:
            original = zf.read(entry)
        doctype = BILLION_LAUGHS.split(b"?>", 1)[1].split(b"]>")[0] + b"]>"
        if original.startswith(b"<?xml"):
            head, rest = original.split(b"?>", 1)
            payload = head + b"?>" + doctype + rest
        else:
            payload = doctype + original
    path = rewrite(src, tmp_path / "lol.xlsx", {entry: payload})
    start = time.monotonic()
    err = refused(path, "unsafe_xml")
    assert err.params["entry"] == entry
    assert time.monotonic() - start < 2


def test_billion_laughs_in_utf16_refused(tmp_path: Path) -> None:
    src = good_workbook(tmp_path)
    payload = BILLION_LAUGHS.replace(b'encoding="UTF-8"', b'encoding="UTF-16"').decode()
    path = rewrite(
        src, tmp_path / "lol16.xlsx", {"xl/worksheets/sheet1.xml": payload.encode("utf-16")}
    )
    refused(path, "unsafe_xml")


def test_second_line_of_defence_openpyxl_parses_safely(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even without our DOCTYPE scan, openpyxl (via defusedxml) refuses the entities."""
    assert safety.xml_parsers_are_safe()
    monkeypatch.setattr(safety, "_scan_for_dtd", lambda archive, infos: set())
    src = good_workbook(tmp_path)
    path = rewrite(src, tmp_path / "lol.xlsx", {"xl/worksheets/sheet1.xml": BILLION_LAUGHS})
    start = time.monotonic()
    with pytest.raises(WorkbookError) as err:
        read_workbook(path)
    assert err.value.code == "unsafe_xml"
    assert time.monotonic() - start < 2


def test_huge_sheet_dimension_does_not_eat_memory(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(list(BID_HEADERS))
    ws.append(BID_ROW)
    ws.cell(row=1_048_576, column=16_384, value="ver weg")  # dimension A1:XFD1048576
    path = tmp_path / "groot.xlsx"
    wb.save(path)
    start = time.monotonic()
    data = read_workbook(path)
    assert len(data.bid_rows) == 1
    assert time.monotonic() - start < 10


def test_too_many_rows(tmp_path: Path) -> None:
    path = good_workbook(tmp_path, rows=60)
    err = refused(path, "too_many_rows", limits=Limits(max_rows=50))
    assert err.params["limit"] == 50
    assert len(read_workbook(path, limits=Limits(max_rows=61)).bid_rows) == 60


def test_columns_beyond_the_cap_are_not_read(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(list(BID_HEADERS) + [None] * 300 + ["Opmerking"])
    ws.append(BID_ROW)
    path = tmp_path / "breed.xlsx"
    wb.save(path)
    data = read_workbook(path, limits=Limits(max_columns=20))
    assert len(data.bid_rows) == 1


# --- encryption ------------------------------------------------------------------------


def encrypted_workbook(tmp_path: Path, password: str) -> Path:
    from msoffcrypto.format.ooxml import OOXMLFile

    src = good_workbook(tmp_path)
    out = io.BytesIO()
    with open(src, "rb") as fh:
        OOXMLFile(fh).encrypt(password, out)
    path = tmp_path / "geheim.xlsx"
    path.write_bytes(out.getvalue())
    return path


def test_encrypted_workbook(tmp_path: Path) -> None:
    path = encrypted_workbook(tmp_path, "Zeer-Geheim!2026")
    assert path.read_bytes().startswith(safety.OLE_MAGIC)
    refused(path, "password_required")
    refused(path, "password_required", password="")
    refused(path, "wrong_password", password="fout")
    before = sorted(p.name for p in tmp_path.iterdir())
    data = read_workbook(path, password="Zeer-Geheim!2026")
    assert [r.values["drug"] for r in data.bid_rows] == ["Enhertu"]
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written to disk


def test_scan_finds_formula_entries(tmp_path: Path) -> None:
    plain = good_workbook(tmp_path)
    assert safety.check_package(plain.read_bytes(), Limits()).formula_entries == frozenset()
    wb = Workbook()
    ws = wb.active
    ws.append(list(BID_HEADERS))
    ws.append([*BID_ROW[:5], "=10*2"])
    path = tmp_path / "formule.xlsx"
    wb.save(path)
    info = safety.check_package(path.read_bytes(), Limits())
    assert info.formula_entries == frozenset({"xl/worksheets/sheet1.xml"})


# --- the grid calamine builds: bounded before it is built ------------------------------


def test_calamine_refuses_entities_it_does_not_know(tmp_path: Path) -> None:
    """The second line behind the prolog check for calamine: quick-xml never expands
    DTD entities, it fails on them, and the reader reports that as unsafe XML."""
    import python_calamine

    src = good_workbook(tmp_path)
    path = rewrite(src, tmp_path / "lol.xlsx", {"xl/worksheets/sheet1.xml": BILLION_LAUGHS})
    start = time.monotonic()
    with pytest.raises(python_calamine.XmlError) as err:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        book.get_sheet_by_name(book.sheet_names[0]).to_python()
    assert time.monotonic() - start < 2
    assert "entity" in str(err.value)


def test_far_away_row_refused_before_reading(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(list(BID_HEADERS))
    ws.append(BID_ROW)
    ws.cell(row=500_000, column=1, value="ver weg")
    path = tmp_path / "ver.xlsx"
    wb.save(path)
    info = safety.check_package(path.read_bytes(), Limits())
    [scan] = info.sheets.values()
    assert not scan.plain  # read by the streaming reader, which refuses the far row
    start = time.monotonic()
    err = refused(path, "too_many_rows")
    assert err.params["limit"] == Limits().max_rows
    assert time.monotonic() - start < 2


def sheet(cells: str) -> bytes:
    return (
        b'<?xml version="1.0"?><worksheet xmlns="x"><sheetData>'
        + cells.encode()
        + b"</sheetData></worksheet>"
    )


def test_cells_without_references_are_read_by_the_streaming_reader(tmp_path: Path) -> None:
    """Positions implied by counting cannot be bounded up front: such a sheet is read
    row by row (openpyxl), with the same result."""
    src = good_workbook(tmp_path, rows=3)
    with zipfile.ZipFile(src) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml").decode()

    stripped = re.sub(r'<c r="[A-Z]+\d+"', "<c", xml)
    path = rewrite(src, tmp_path / "norefs.xlsx", {"xl/worksheets/sheet1.xml": stripped.encode()})
    info = safety.check_package(path.read_bytes(), Limits())
    assert not info.sheets["xl/worksheets/sheet1.xml"].plain
    data = read_workbook(path)
    assert data.problems == []
    assert [(r.row, r.values["drug"]) for r in data.bid_rows] == [
        (2, "Enhertu"),
        (3, "Enhertu"),
        (4, "Enhertu"),
    ]


# --------------------------------------------------------------------------- the gate


def test_pieces_of_a_sheet_that_keep_it_from_calamine() -> None:
    """One example per rule of the gate; the plain sheet around them goes to calamine."""
    base = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3"><v>1</v></c></row>'
    assert safety.scan_sheet(sheet(base)).plain
    assert safety.scan_sheet(sheet(base + '<row r="2"><c r="Z2" t="inlineStr"/></row>')).plain
    for odd in [
        '<c r="AA1"/>',  # beyond column Z
        '<c r="A120001"><v>1</v></c>',  # beyond max_rows
        '<c r="XFD1048576"><v>1</v></c>',
        '<c r="xfd1048576"><v>1</v></c>',  # any other spelling of a reference
        "<c r='A1'><v>1</v></c>",
        '<c r = "A1"/>',
        '<c r="A1" r="XFD1048576"/>',
        '<c r="&#88;FD1048576"/>',
        '<c s="1" r="A1"/>',  # attributes in another order
        '<c r="A1" t="e"><v>#N/A</v></c>',  # an error value
        '<c r="A1"><f>1+1</f><v>2</v></c>',  # a formula
        "<c><v>1</v></c>",  # no reference
        '<x:c r="A1"/>',  # a namespace prefix
        '<!-- <c r="A1"> -->',  # comment, CDATA, processing instruction
        "<![CDATA[x]]>",
        "<?pi x?>",
    ]:
        assert not safety.scan_sheet(sheet(base + f'<row r="2">{odd}</row>')).plain, odd


def test_styled_cells_of_a_plain_sheet_are_listed() -> None:
    cells = '<row r="2"><c r="A2" s="9"/><c r="F2" s="12"><v>1</v></c><c r="F3" s="1"/></row>'
    scan = safety.scan_sheet(sheet(cells), styles=frozenset({9, 12}))
    assert scan.plain and dict(scan.styled) == {0: frozenset({2}), 5: frozenset({2})}

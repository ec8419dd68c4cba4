"""The hostile corpus of issue 13, built here: every file goes through the isolated
reader (:func:`~mandaat.importing.apply.read_import`) and ends in a refusal with the
expected code or in a correct import, within the wall-time limit given to the child
(2 s, 10 s for the large ones: the child is killed after it, which would show as
``time_limit``), with the parent alive and nothing stored anywhere."""

from __future__ import annotations

import io
import random
import string
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from mandaat.importing import BID_HEADERS, Limits, WorkbookError
from mandaat.importing.apply import read_import

FAST = Limits(max_seconds=2.0, max_cpu_seconds=2)
LARGE = Limits(max_seconds=10.0, max_cpu_seconds=10)
SHEET = "xl/worksheets/sheet1.xml"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


HEADER = '<row r="1">' + "".join(_inline(f"{chr(65 + i)}1", h) for i, h in enumerate(BID_HEADERS))
HEADER += "</row>"
BID = (
    '<row r="2">'
    + _inline("A2", "Enhertu")
    + _inline("C2", "1-4-2026")
    + '<c r="F2" t="n"><v>40</v></c></row>'
)


def sheet_xml(extra: str = "", root: str = "worksheet", xmlns: str = f'xmlns="{MAIN}"') -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><{root} {xmlns}><sheetData>'
        f"{HEADER}{BID}{extra}</sheetData></{root}>"
    ).encode()


def base(folder: Path) -> Path:
    wb = Workbook()
    wb.active.title = "Biedingen"
    wb.active["A1"] = "x"
    path = folder / "base.xlsx"
    wb.save(path)
    return path


def package(folder: Path, parts: dict[str, bytes], name: str = "vijandig.xlsx") -> Path:
    """The base workbook with ``parts`` replaced or added."""
    out = folder / name
    with (
        zipfile.ZipFile(base(folder)) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for info in zin.infolist():
            if info.filename not in parts:
                zout.writestr(info.filename, zin.read(info))
        for part, data in parts.items():
            zout.writestr(part, data)
    return out


def outcome(path: Path, limits: Limits = FAST, password: str | None = None) -> str:
    """``ok:<rows>`` or the refusal's code; never a time-out, never a crash."""
    try:
        data, _ = read_import(path, password=password, limits=limits)
    except WorkbookError as err:
        assert err.code != "time_limit", path
        return err.code
    assert data.bid_rows[0].values.get("drug") == "Enhertu"
    return f"ok:{len(data.bid_rows)}"


# --------------------------------------------------------------------------- far cells


FAR_SPELLINGS = {
    "plain": '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
    "first column": '<row r="1048576"><c r="A1048576"><v>1</v></c></row>',
    "lower case": '<row r="1048576"><c r="xfd1048576"><v>1</v></c></row>',
    "mixed case": '<row r="1048576"><c r="Xfd1048576"><v>1</v></c></row>',
    "single quotes": "<row r='1048576'><c r='XFD1048576'><v>1</v></c></row>",
    "spaces": '<row r="1048576"><c  r = "XFD1048576" ><v>1</v></c></row>',
    "entity": '<row r="1048576"><c r="&#88;FD1048576"><v>1</v></c></row>',
    "two references": '<row r="1048576"><c r="A3" r="XFD1048576"><v>1</v></c></row>',
    "style first": '<row r="1048576"><c s="0" r="XFD1048576"><v>1</v></c></row>',
    "row only": '<row r="1048576"><c><v>1</v></c></row>',
    "prefixed": f'<row r="1048576"><x:c xmlns:x="{MAIN}" r="XFD1048576"><x:v>1</x:v></x:c></row>',
    "error value": '<row r="1048576"><c r="XFD1048576" t="e"><v>#N/A</v></c></row>',
    "in a comment": '<!-- <c r="XFD1048576"><v>1</v></c> -->',
    "escaped text": '<row r="3">' + _inline("J3", "&lt;c r=&quot;XFD1048576&quot;&gt;") + "</row>",
    "empty far cell": '<row r="1048576"><c r="XFD1048576"/></row>',
}


@pytest.mark.parametrize("spelling", sorted(FAR_SPELLINGS))
def test_far_cells_in_every_spelling(tmp_path: Path, spelling: str) -> None:
    path = package(tmp_path, {SHEET: sheet_xml(FAR_SPELLINGS[spelling])})
    got = outcome(path)
    if spelling in ("in a comment", "empty far cell"):
        assert got == "ok:1"  # a comment and an empty cell are no far values
    elif spelling == "escaped text":
        assert got == "ok:2"  # a text in row 3 (a row without a drug: a problem)
    elif spelling in ("first column", "row only"):
        assert got == "too_many_rows"  # a value in column A beyond the last row allowed
    else:  # column XFD is beyond the columns read; refused when read as row 1048576
        assert got in ("too_many_rows", "ok:1", "corrupt"), spelling


# --------------------------------------------------------------------------- sizes


def _patch_sizes(path: Path, entry: str, size: int) -> Path:
    """Rewrite the uncompressed size of ``entry`` in its local and central headers."""
    data = bytearray(path.read_bytes())
    name = entry.encode()
    local = data.find(b"PK\x03\x04" + bytes(0))
    while local >= 0:
        name_len = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30 : local + 30 + name_len] == name:
            struct.pack_into("<I", data, local + 22, size)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_len] == name:
            struct.pack_into("<I", data, central + 24, size)
        central = data.find(b"PK\x01\x02", central + 4)
    out = path.with_name("gelogen-" + path.name)
    out.write_bytes(bytes(data))
    return out


@pytest.mark.parametrize(
    ("size", "codes"), [(100, {"corrupt"}), (300 << 20, {"too_much_data", "compression_ratio"})]
)
def test_lying_sizes(tmp_path: Path, size: int, codes: set[str]) -> None:
    path = package(tmp_path, {SHEET: sheet_xml()})
    assert outcome(_patch_sizes(path, SHEET, size)) in codes


def test_huge_shared_string_table(tmp_path: Path) -> None:
    """200,000 unique shared strings (some 5 MB), one of them used: read correctly."""
    rnd = random.Random(13)
    strings = [
        "Enhertu",
        *("".join(rnd.choices(string.ascii_letters, k=20)) for _ in range(200_000)),
    ]
    sst = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(strings)}" '
        f'uniqueCount="{len(strings)}">'
        + "".join(f"<si><t>{s}</t></si>" for s in strings)
        + "</sst>"
    ).encode()
    xml = sheet_xml().replace(_inline("A2", "Enhertu").encode(), b'<c r="A2" t="s"><v>0</v></c>')
    parts = {SHEET: xml, "xl/sharedStrings.xml": sst}
    rels = "xl/_rels/workbook.xml.rels"
    with zipfile.ZipFile(base(tmp_path)) as z:
        types = z.read("[Content_Types].xml")
        links = z.read(rels)
    parts["[Content_Types].xml"] = types.replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    parts[rels] = links.replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    assert outcome(package(tmp_path, parts), LARGE) == "ok:1"


#: reads a workbook through the isolated reader in a fresh process, started by a small
#: launcher (a fork would carry the test process's high-water mark into ru_maxrss):
#: prints the rows read and the peak resident memory of the import, in MB, which Linux
#: reports as the largest of the process and its reaped children (the reader)
_MEASURE = """
import json, os, subprocess, sys
code = ("import sys; from mandaat.importing.apply import read_import; "
        "from mandaat.importing import Limits; "
        "data, _ = read_import(sys.argv[1], limits=Limits(max_seconds=10.0, max_cpu_seconds=10)); "
        "print(len(data.bid_rows), len(data.problems))")
proc = subprocess.Popen([sys.executable, "-c", code, sys.argv[1]], stdout=subprocess.PIPE)
out = proc.stdout.read().decode()
_, status, usage = os.wait4(proc.pid, 0)
print(json.dumps({"out": out.split(), "rc": status, "peak": usage.ru_maxrss / 1024}))
"""


def test_a_hundred_thousand_rows_stay_in_bounds(tmp_path: Path) -> None:
    """A large honest sheet is read in the child; the import's peak memory (the larger
    of the process and its reader child) stays under 300 MB."""
    import json
    import subprocess
    import sys

    rows = "".join(
        f'<row r="{r}">{_inline(f"A{r}", "Enhertu")}{_inline(f"C{r}", "1-4-2026")}'
        f'<c r="F{r}"><v>{r % 90}</v></c></row>'
        for r in range(3, 100_003)
    )
    path = package(tmp_path, {SHEET: sheet_xml(rows)})
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)], capture_output=True, check=True, timeout=60
    )
    report = json.loads(done.stdout)
    assert report["rc"] == 0 and report["out"] == ["100001", "0"]
    assert report["peak"] < 300, report


# --------------------------------------------------------------------------- entities


def test_entity_tricks(tmp_path: Path) -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
        b'<sst xmlns="' + MAIN.encode() + b'"><si><t>&lol2;</t></si></sst>'
    )
    assert outcome(package(tmp_path, {"xl/sharedStrings.xml": laughs})) == "unsafe_xml"
    external = sheet_xml().replace(
        b"<worksheet", b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet'
    )
    assert outcome(package(tmp_path, {SHEET: external}, "extern.xlsx")) == "unsafe_xml"
    utf16 = (
        sheet_xml()
        .decode()
        .replace("UTF-8", "UTF-16")
        .replace("<worksheet", '<!DOCTYPE x [<!ENTITY e "x">]><worksheet')
    )
    assert outcome(package(tmp_path, {SHEET: utf16.encode("utf-16")}, "u16.xlsx")) == "unsafe_xml"
    unknown = sheet_xml('<row r="3">' + _inline("J3", "&lol;") + "</row>")
    assert outcome(package(tmp_path, {SHEET: unknown}, "onbekend.xlsx")) in (
        "unsafe_xml",
        "corrupt",
    )
    numeric = sheet_xml('<row r="3">' + _inline("J3", "&#60;c&#62;") + "</row>")
    assert outcome(package(tmp_path, {SHEET: numeric}, "numeriek.xlsx")) == "ok:2"  # a text


# --------------------------------------------------------------------------- formats


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


RENAMED: dict[str, tuple[Callable[[], bytes], str]] = {
    "csv": (lambda: b"Geneesmiddel;Datum\nEnhertu;1-4-2026\n", "not_a_workbook"),
    "pdf": (lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n", "not_a_workbook"),
    "empty": (lambda: b"", "not_a_workbook"),
    "ods": (
        lambda: _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
        "unsupported_format",
    ),
    "docx": (
        lambda: _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"}),
        "not_a_workbook",
    ),
    "xlsb": (
        lambda: _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.bin": b"\0"}),
        "unsupported_format",
    ),
    "xls": (
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096,
        "unsupported_format",
    ),
}


@pytest.mark.parametrize("kind", sorted(RENAMED))
def test_renamed_formats(tmp_path: Path, kind: str) -> None:
    make, code = RENAMED[kind]
    path = tmp_path / f"eigenlijk-{kind}.xlsx"
    path.write_bytes(make())
    assert outcome(path) == code


def test_encrypted_files(tmp_path: Path) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = package(tmp_path, {SHEET: sheet_xml()})
    out = io.BytesIO()
    with open(plain, "rb") as fh:
        OOXMLFile(fh).encrypt("Geheim!2026", out)
    locked = tmp_path / "slot.xlsx"
    locked.write_bytes(out.getvalue())
    assert outcome(locked) == "password_required"
    assert outcome(locked, password="fout") == "wrong_password"
    assert outcome(locked, LARGE, password="Geheim!2026") == "ok:1"
    # an encrypted package with a hostile sheet inside is checked after decryption
    crafted = package(tmp_path, {SHEET: sheet_xml(FAR_SPELLINGS["first column"])}, "ver.xlsx")
    out = io.BytesIO()
    with open(crafted, "rb") as fh:
        OOXMLFile(fh).encrypt("Geheim!2026", out)
    locked.write_bytes(out.getvalue())
    assert outcome(locked, LARGE, password="Geheim!2026") == "too_many_rows"

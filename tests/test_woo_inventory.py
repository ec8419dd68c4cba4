"""The Woo package as VWS's publication platform reads it (its productierapport).

The platform (minvws/nl-rdo-woo-web, its inventory reader) maps each column by one of a
few accepted names, case-insensitively; ID, Matter, Document, Beoordeling and
Beoordelingsgrond are required, Datum (JJJJ-MM-DD), Family ID, File type, Email Thread ID,
Opgeschort, Toelichting, Publieke link, Gerelateerd ID and Zaaknummer optional. A file
whose name is not ``<ID>.pdf`` is dropped; an ID is unique together with its matter;
grounds are written ``5.1.2e``, separated by ``;``. Matter and Publicatiecontext are
never both in one report (the platform refuses that combination).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import openpyxl
import pikepdf

from mandaat import demo
from mandaat.export import publish, woo
from mandaat.vault import schema

TODAY = dt.date(2026, 4, 1)

#: The platform's accepted column names per field (lower case), required ones marked.
PLATFORM = {
    "id": (True, {"id"}),
    "matter": (True, {"matter", "matter / marjoleinnummer"}),
    "document": (True, {"document", "document id", "documentnr", "document nr", "omschrijving"}),
    "judgement": (True, {"beoordeling", "openbaarmaking"}),
    "ground": (True, {"beoordelingsgrond", "grond", "beoordelingsgrond (; gescheiden)"}),
    "date": (False, {"date", "datum"}),
    "family": (False, {"family", "familie", "family id"}),
    "sourcetype": (False, {"file type", "filetype"}),
    "threadid": (False, {"thread id", "email thread id", "email thread"}),
    "casenr": (False, {"zaaknr", "casenr", "zaak", "case", "zaaknummer"}),
    "suspended": (False, {"opgeschort", "suspended"}),
    "link": (False, {"publieke link", "publiekelink", "publicatielink", "publicatie link"}),
    "remark": (False, {"toelichting", "opmerking"}),
    "refers_to": (False, {"gerelateerd id"}),
}


def _package(tmp_path: Path) -> tuple[Path, list[dict[str, object]]]:
    db = sqlite3.connect(":memory:")
    schema.migrate(db)
    demo.populate(db)
    data = publish.load(db)
    out = tmp_path / "w"
    publish.export_woo(data, out, today=TODAY)
    ws = openpyxl.load_workbook(out / woo.INVENTORY).active
    rows = list(ws.iter_rows(values_only=True))
    return out, [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def test_every_column_is_one_the_platform_reads(tmp_path: Path) -> None:
    _, rows = _package(tmp_path)
    columns = [c.lower() for c in woo.COLUMNS]
    fields = {}
    for col in columns:
        matched = [f for f, (_, names) in PLATFORM.items() if col in names]
        assert len(matched) == 1, col
        fields[matched[0]] = col
    assert all(f in fields for f, (required, _) in PLATFORM.items() if required)
    assert "publicatiecontext" not in columns  # never beside Matter
    assert len(rows) >= 3


def test_files_named_by_id_ids_unique_with_matter(tmp_path: Path) -> None:
    out, rows = _package(tmp_path)
    keys = [(r["ID"], r["Matter"]) for r in rows]
    assert len(set(keys)) == len(keys)
    assert all(woo.CONTEXT_CHARS.fullmatch(str(r["Matter"])) for r in rows)
    pdfs = sorted(p.name for p in out.glob("*.pdf"))
    assert pdfs == sorted(f"{r['ID']}.pdf" for r in rows)  # exactly, no file left over
    for r in rows:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(r["Datum"]))
        assert r["Beoordeling"] in woo.ASSESSMENTS
        with pikepdf.open(out / f"{r['ID']}.pdf") as pdf:
            assert str(pdf.docinfo["/Title"]) == r["Document"]  # the title the platform shows


def test_grounds_in_the_platforms_spelling(tmp_path: Path) -> None:
    _, rows = _package(tmp_path)
    for r in rows:
        grounds = str(r["Beoordelingsgrond"] or "")
        if r["Beoordeling"] == "Openbaar":
            assert grounds == ""
            continue
        assert re.fullmatch(r"(5\.\d\.\d[a-z]?; )*5\.\d\.\d[a-z]?;", grounds), grounds
        assert not re.search(r"5\.\d\.\d\.[a-z]", grounds)  # never 5.1.2.e
        assert len(set(grounds.split())) == len(grounds.split())
    assert woo.grounds_text(["5.1.1c", "5.1.2e"]) == "5.1.1c; 5.1.2e;"

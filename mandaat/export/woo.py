"""The Woo package: per dossier a redacted PDF, and the inventory ``inventarislijst.xlsx``.

The inventory has the 14 columns of VWS's Woo publication platform; every cell is
written as text (a value starting with ``= + - @`` or a tab is never a formula), the
workbook has one visible sheet and neutral properties.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mandaat.export import doc as m
from mandaat.export import ooxml

INVENTORY = "inventarislijst.xlsx"
COLUMNS: tuple[str, ...] = (
    "ID",
    "Matter",
    "Family ID",
    "Email Thread ID",
    "Document",
    "File type",
    "Datum",
    "Beoordeling",
    "Opgeschort",
    "Beoordelingsgrond",
    "Toelichting",
    "Publieke link",
    "Gerelateerd ID",
    "Zaaknummer",
)
ASSESSMENTS = ("Openbaar", "Deels openbaar", "Niet openbaar", "Reeds openbaar")
MATTER = "Woo-besluit prijsonderhandelingen sluisgeneesmiddelen"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Entry:
    """One document of the package, as listed in the inventory."""

    id: str
    title: str
    file_type: str
    date: dt.date
    assessment: str
    grounds: tuple[str, ...]
    note: str
    case: str = ""


def document_id(n: int) -> str:
    """The ID of the ``n``-th document of the package; its PDF is named ``<ID>.pdf``."""
    return f"{n:04d}"


def grounds_text(grounds: Sequence[str]) -> str:
    """``5.1.1c; 5.1.2e;`` (each ground followed by a semicolon)."""
    return " ".join(f"{g};" for g in grounds)


def entry_for(doc_id: str, document: m.Document, when: dt.date, case: str = "") -> Entry:
    grounds = tuple(document.grounds())
    assessment = "Deels openbaar" if grounds else "Openbaar"
    labels = list(dict.fromkeys(w.label for w in document.withheld))
    note = ("Gelakt: " + "; ".join(labels) + ".") if labels else ""
    return Entry(doc_id, document.title, "pdf", when, assessment, grounds, note, case)


def _text_cell(ws: object, row: int, col: int, value: str) -> None:
    """Write ``value`` as a text cell, never as a formula."""
    from openpyxl.styles.cell_style import StyleArray

    cell = ws.cell(row=row, column=col)  # type: ignore[attr-defined]
    cell.value = value
    cell.data_type = "s"
    if value.startswith(FORMULA_START):
        style = StyleArray()
        style.quotePrefix = 1
        cell._style = style


def write_inventory(entries: Sequence[Entry], path: Path, when: dt.date) -> None:
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Inventarislijst"
    ws.sheet_state = "visible"
    for col, name in enumerate(COLUMNS, 1):
        _text_cell(ws, 1, col, name)
        ws.cell(row=1, column=col).font = Font(bold=True)
    for r, e in enumerate(entries, 2):
        values = (
            e.id,
            MATTER,
            e.id,
            "",
            e.title,
            e.file_type,
            f"{e.date:%d-%m-%Y}",
            e.assessment,
            "Nee",
            grounds_text(e.grounds),
            e.note,
            "",
            "",
            e.case,
        )
        for col, value in enumerate(values, 1):
            _text_cell(ws, r, col, value)
    widths = (8, 40, 10, 10, 48, 8, 12, 16, 10, 22, 60, 14, 12, 12)
    for col, width in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width = width
    stamp = dt.datetime(when.year, when.month, when.day)
    props = wb.properties
    props.creator = ""
    props.lastModifiedBy = ""
    props.title = "Inventarislijst"
    props.subject = ""
    props.description = ""
    props.keywords = ""
    props.category = ""
    props.created = stamp
    props.modified = stamp
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(ooxml.clean(buf.getvalue(), when))

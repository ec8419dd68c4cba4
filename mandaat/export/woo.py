"""The Woo package: per dossier a redacted PDF, and the inventory ``inventarislijst.xlsx``.

The inventory has the 14 columns of VWS's Woo publication platform (its
*productierapport*: ID, Matter, Document, Datum as JJJJ-MM-DD, Beoordeling and
Beoordelingsgrond required; each PDF named exactly ``<ID>.pdf``; grounds as
``5.1.1c; 5.1.2e;``); every cell is
written as text (a value starting with ``= + - @`` or a tab is never a formula), the
workbook has one visible sheet and neutral properties.
"""

from __future__ import annotations

import datetime as dt
import io
import re
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
#: The platform's characters for a publication context (and so for Matter, which it
#: turns into one): letters, digits, ``- . _ ~``; no spaces.
CONTEXT_CHARS = re.compile(r"[A-Za-z0-9._~-]{1,255}")


def matter(when: dt.date) -> str:
    """The matter of a package (``sluis-woo-2026-04-01``): with the ID it identifies a
    document on the platform, so IDs ``0001``… of packages of other days do not clash."""
    return f"sluis-woo-{when:%Y-%m-%d}"


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
            matter(when),
            "",  # Family ID: links e-mails and their attachments; none here
            "",
            e.title,
            e.file_type,
            e.date.isoformat(),  # JJJJ-MM-DD
            e.assessment,
            "",  # Opgeschort: empty when not suspended
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

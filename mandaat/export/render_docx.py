"""Render the redacted document model to DOCX with python-docx.

A redaction is a run of fixed width (a monospaced code centred in a fixed number of
characters) in white on a black highlight: the box replaces the value, it does not
cover it. The file is cleaned afterwards: no author, comments, custom XML, thumbnail
or tracked changes; the core properties carry the title and the export date only.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.shared import Mm, Pt, RGBColor

from mandaat.export import doc as m
from mandaat.export import ooxml

BOX_CHARS = 14  # every box is this many monospaced characters wide
NBSP = "\u00a0"


def box_text(r: m.Redaction) -> str:
    code = r.ground if len(r.ground) <= BOX_CHARS - 2 else r.ground[: BOX_CHARS - 2]
    return code.center(BOX_CHARS).replace(" ", NBSP)


def _add_parts(
    paragraph: Any,
    parts: m.Parts,
    *,
    bold: bool = False,
    italic: bool = False,
    size: Any = None,
) -> None:
    for p in parts:
        if isinstance(p, m.Redaction):
            run = paragraph.add_run(box_text(p))
            run.font.name = "Courier New"
            run.font.bold = True
            run.font.size = Pt(8)
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            run.font.highlight_color = WD_COLOR_INDEX.BLACK
        else:
            run = paragraph.add_run(p)
            run.bold = bold or None
            run.italic = italic or None
            if size is not None:
                run.font.size = size


def _table(d: Any, t: m.Table) -> None:
    """A table, row by row: each row object is kept from ``add_row`` (``table.rows[i]``
    would rebuild the row list on every access, quadratic in the number of rows)."""
    table = d.add_table(rows=1, cols=len(t.header))
    table.style = "Table Grid"
    small = Pt(8)
    for cell, h in zip(table.rows[0].cells, t.header, strict=True):
        _add_parts(cell.paragraphs[0], (h,), bold=True, size=small)
    for row in t.rows:
        cells = table.add_row().cells
        for cell, parts in zip(cells, row, strict=True):
            _add_parts(cell.paragraphs[0], parts, size=small)


def _page_field() -> Any:
    """A ``PAGE`` field (Word fills in the page number)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    return parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
    )


def _marking(section: Any, marking: str, logo: Path | None) -> None:
    """The marking at the top and the foot of every page, with the page number; the
    logo (a user's file) above the marking on the first page only."""
    section.header.paragraphs[0].text = marking
    footer = section.footer.paragraphs[0]
    footer.text = marking + "\t\tPagina "  # the marking at the foot too
    footer._p.append(_page_field())
    if logo is None:
        return
    section.different_first_page_header_footer = True
    first = section.first_page_header.paragraphs[0]
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    first.add_run().add_picture(str(logo), height=Mm(18))
    section.first_page_header.add_paragraph(marking)
    foot = section.first_page_footer.paragraphs[0]
    foot.text = marking + "\t\tPagina "
    foot._p.append(_page_field())


def render(document: m.Document, path: Path, *, when: dt.date, logo: Path | None = None) -> None:
    """Write ``document`` as DOCX to ``path``; ``when`` is the only date in the file;
    ``logo``: a PNG or JPEG on top of the first page."""
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Verdana"
    normal.font.size = Pt(9.5)
    _marking(d.sections[0], document.marking, logo)
    if document.kind == "nota":
        for line in document.top:
            p = d.add_paragraph()
            _add_parts(p, (line,), bold=line in ("nota", "TER BESLISSING", "TER INFORMATIE"))
        table = d.add_table(rows=len(document.header), cols=2)
        for i, (label, parts) in enumerate(document.header):
            _add_parts(table.rows[i].cells[0].paragraphs[0], (label,), bold=True)
            _add_parts(table.rows[i].cells[1].paragraphs[0], parts)
    d.add_heading(document.title, level=0 if document.kind == "woo" else 1)
    for b in document.blocks:
        if isinstance(b, m.Heading):
            d.add_heading(b.text, level=1 if b.level == 1 else 2)
        elif isinstance(b, m.Paragraph):
            p = d.add_paragraph()
            _add_parts(p, b.parts, italic=b.style == "italic")
        else:
            _table(d, b)
    cp = d.core_properties
    stamp = dt.datetime(when.year, when.month, when.day, tzinfo=dt.UTC)
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    cp.title = document.title
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""
    cp.content_status = ""
    cp.identifier = ""
    cp.language = "nl-NL"
    cp.version = ""
    cp.revision = 1
    cp.created = stamp
    cp.modified = stamp
    cp.last_printed = stamp
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(clean(buf.getvalue(), when))


def clean(data: bytes, when: dt.date | None = None) -> bytes:
    """Drop custom XML, thumbnail, comments, theme and their references; no tracked
    changes (see :func:`mandaat.export.ooxml.clean`)."""
    return ooxml.clean(data, when or dt.date(1980, 1, 1))

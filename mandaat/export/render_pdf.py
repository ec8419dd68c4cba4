"""Render the redacted document model to PDF with reportlab.

Why reportlab: it is pure Python (no Qt, no external binary), long maintained, already
a dependency, embeds TrueType fonts as subsets and writes a file in one revision.
Text is laid out here word by word (:class:`RichText`), so a redaction is not a box
drawn over text but a box *instead of* text: a black rectangle of fixed width carrying
the ground code, wrapped in a marked-content span with an ``/Alt`` text ("Gelakt —
artikel 5.1.2e — persoonlijke levenssfeer") for screen readers.

Fonts: Bitstream Vera, which ships inside reportlab (``reportlab/fonts``), registered
as a TrueType font and therefore embedded; the base-14 Helvetica is never referenced.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import reportlab
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from mandaat.export import doc as m

FONT, BOLD, ITALIC = "MandaatSans", "MandaatSans-Bold", "MandaatSans-Italic"
_FONT_FILES = {FONT: "Vera.ttf", BOLD: "VeraBd.ttf", ITALIC: "VeraIt.ttf"}
BOX_WIDTH = 60.0  # points; the same for every redaction in running text
BOX_FONT = 7.0
INK = colors.black


def register_fonts() -> None:
    folder = Path(os.path.dirname(reportlab.__file__)) / "fonts"
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file in _FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))


def _pdf_text(text: str) -> str:
    """A PDF text string in UTF-16BE with BOM, as hex (safe for any character)."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


class RichText(Flowable):  # type: ignore[misc]
    """A paragraph of text and fixed-width redaction boxes, wrapped word by word."""

    def __init__(
        self, parts: m.Parts, font: str = FONT, size: float = 9.5, leading: float | None = None
    ) -> None:
        super().__init__()
        merged: list[m.Inline] = []
        for p in parts:  # adjacent texts form one run, so "(" stays with its word
            if isinstance(p, str) and merged and isinstance(merged[-1], str):
                merged[-1] += p
            else:
                merged.append(p)
        self.parts = tuple(merged)
        self.font = font
        self.size = size
        self.leading = leading or size * 1.35
        self._lines: list[list[tuple[str | m.Redaction, float]]] = []

    def _tokens(self) -> list[tuple[str | m.Redaction, float]]:
        out: list[tuple[str | m.Redaction, float]] = []
        for p in self.parts:
            if isinstance(p, m.Redaction):
                out.append((p, -1.0))
                continue
            for tok in re.findall(r"\n|[^\S\n]+|[^\s]+", p):
                out.append((tok, pdfmetrics.stringWidth(tok, self.font, self.size)))
        return out

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        box_w = min(BOX_WIDTH, avail_width)
        self._box_w = box_w
        lines: list[list[tuple[str | m.Redaction, float]]] = [[]]
        x = 0.0
        for tok, w in self._tokens():
            if isinstance(tok, m.Redaction):
                w = box_w
            elif tok == "\n":
                lines.append([])
                x = 0.0
                continue
            elif not tok.strip() and not lines[-1]:
                continue
            if x + w > avail_width and lines[-1]:
                while (
                    lines[-1] and isinstance(lines[-1][-1][0], str) and not lines[-1][-1][0].strip()
                ):
                    lines[-1].pop()
                lines.append([])
                x = 0.0
                if isinstance(tok, str) and not tok.strip():
                    continue
            lines[-1].append((tok, w))
            x += w
        self._lines = [ln for ln in lines if ln] or [[]]
        self.width = avail_width
        self.height = len(self._lines) * self.leading
        return avail_width, self.height

    def draw(self) -> None:
        c = self.canv
        y = self.height - self.size
        for line in self._lines:
            x = 0.0
            run, run_x = "", 0.0
            for tok, w in line:
                if isinstance(tok, m.Redaction):
                    self._text(run_x, y, run)
                    run = ""
                    draw_box(c, x, y, w, self.size, tok)
                    run_x = x + w
                else:
                    run += tok
                x += w
            self._text(run_x, y, run)
            y -= self.leading

    def _text(self, x: float, y: float, text: str) -> None:
        """One run of text between boxes: one string, so that extraction reads words."""
        if text:
            self.canv.setFillColor(INK)
            self.canv.setFont(self.font, self.size)
            self.canv.drawString(x, y, text)


def draw_box(c: Any, x: float, y: float, w: float, size: float, r: m.Redaction) -> None:
    """A black box of width ``w`` on baseline ``y`` with the ground code, and its alt text."""
    c.addLiteral(f"/Span <</Alt {_pdf_text(r.alt_text)}>> BDC")
    c.setFillColor(colors.black)
    c.rect(x, y - size * 0.25, w - 2, size * 1.15, stroke=0, fill=1)
    fs = BOX_FONT
    while fs > 4 and pdfmetrics.stringWidth(r.ground, BOLD, fs) > w - 6:
        fs -= 0.5
    c.setFillColor(colors.white)
    c.setFont(BOLD, fs)
    c.drawCentredString(
        x + (w - 2) / 2, y + (size * 1.15 - fs) / 2 - size * 0.25 + fs * 0.15, r.ground
    )
    c.setFillColor(INK)
    c.addLiteral("EMC")


def _table(t: m.Table, width: float) -> Table:
    rel = t.widths or tuple(1.0 for _ in t.header)
    total = sum(rel)
    widths = [width * w / total for w in rel]
    data: list[list[Any]] = [[RichText((h,), BOLD, 7.5) for h in t.header]]
    data += [[RichText(cell, FONT, 7.5) for cell in row] for row in t.rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.7, 0.7, 0.7)),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.92, 0.95)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _nota_top(document: m.Document, width: float) -> Table:
    left: list[Any] = []
    for i, line in enumerate(document.top):
        bold = line in ("TER BESLISSING", "TER INFORMATIE", "nota")
        left.append(RichText((line,), BOLD if bold else FONT, 11 if line == "nota" else 9.5))
        if i in (1, 2, 4):
            left.append(Spacer(1, 6))
    left.append(RichText((document.title,), BOLD, 12))
    right: list[Any] = []
    for label, parts in document.header:
        if label:
            right.append(RichText((label,), BOLD, 7.5))
        right.append(RichText(parts if label else ("\n".join(str(p) for p in parts),), FONT, 7.5))
        right.append(Spacer(1, 5))
    t = Table([[left, right]], colWidths=[width * 0.62, width * 0.38])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t


def render(document: m.Document, path: Path) -> None:
    """Write ``document`` as a PDF to ``path`` (one revision, fonts embedded)."""
    register_fonts()
    left = 22 * mm
    frame_width = A4[0] - 2 * left
    story: list[Any] = []
    if document.kind == "nota":
        story += [_nota_top(document, frame_width), Spacer(1, 14)]
    else:
        story += [RichText((document.title,), BOLD, 14), Spacer(1, 8)]
    for b in document.blocks:
        if isinstance(b, m.Heading):
            heading = RichText(
                (b.text,), BOLD if b.level == 1 else ITALIC, 10.5 if b.level == 1 else 9.5
            )
            after = Spacer(1, 3)
            heading.keepWithNext = after.keepWithNext = True  # never alone at a page's foot
            story += [Spacer(1, 8 if b.level == 1 else 4), heading, after]
        elif isinstance(b, m.Paragraph):
            font = ITALIC if b.style == "italic" else FONT
            story += [RichText(b.parts, font, 8 if b.style == "small" else 9.5), Spacer(1, 5)]
        else:
            story += [_table(b, frame_width), Spacer(1, 6)]

    def on_page(canvas: Any, template: Any) -> None:
        canvas.saveState()
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(colors.Color(0.55, 0, 0) if document.audience != "woo" else INK)
        canvas.drawString(left, A4[1] - 12 * mm, document.marking)
        canvas.drawString(left, 12 * mm, document.marking)  # top and bottom of every page
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(INK)
        canvas.drawRightString(A4[0] - left, 12 * mm, f"Pagina {template.page}")
        canvas.restoreState()

    pdf = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=left,
        rightMargin=left,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=document.title,
        author="",
        subject="",
        keywords="",
        creator="Mandaat",
        producer="Mandaat",
        invariant=1,
        lang="nl-NL",
        initialFontName=FONT,
        initialFontSize=9.5,
    )
    use_a85 = rl_config.useA85
    rl_config.useA85 = 0  # streams Flate-compressed only: smaller, and quicker to check
    try:
        pdf.build(story, onFirstPage=on_page, onLaterPages=on_page)
    finally:
        rl_config.useA85 = use_a85

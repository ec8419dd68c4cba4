"""Render the redacted document model to PDF/A-2a + PDF/UA-1 (tagged) with Typst.

Why Typst (``typst`` on PyPI; docs/export.md compares it with WeasyPrint): one
self-contained native library on Linux, Windows and macOS (no system Pango or GTK), and
one compile writes PDF/A-2a *and* PDF/UA-1 together: a structure tree in reading order,
``/Lang nl-NL``, the title in the metadata shown as the window title, every font embedded
as a subset, one revision. A redaction is a figure whose alternative text names the
ground ("Gelakt — artikel 5.1.2e — persoonlijke levenssfeer"); what it draws is a box
*instead of* the value, never a box over text.

The layout is ``resources/layout/document.typ``; the model goes to it as JSON (a value,
never markup). This module decides nothing about what is withheld: it writes the
:class:`~mandaat.export.doc.Document` it is given. Fonts are DejaVu Sans from
``resources/fonts`` (open; the Rijksoverheid fonts are licensed and not shipped); the
machine's own fonts are never used, so a PDF is the same on every machine.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import re
import threading
from pathlib import Path
from typing import Any

from mandaat.export import doc as m

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
FONTS = RESOURCES / "fonts"
LAYOUT = RESOURCES / "layout" / "document.typ"
#: The standards every PDF claims (XMP ``pdfaid:part 2``/``A`` and ``pdfuaid:part 1``).
STANDARDS = ["a-2a", "ua-1"]
#: Labels of the nota's header block repeated in the page header of every later page.
REPEATED = ("Datum", "Kenmerk")
#: The logo: PNG or JPEG (magic bytes), at most this many bytes.
LOGO_MAX_BYTES = 5 * 1024 * 1024
_LOGO_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")

_lock = threading.Lock()
_compiler: Any = None


class LogoError(ValueError):
    """The logo file cannot be used (missing, too large, not PNG or JPEG).

    ``reason``: ``unreadable``, ``too_big`` or ``not_image`` (the window words it)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def check_logo(path: Path) -> None:
    """Refuse a logo that is not a readable PNG or JPEG of at most 5 MB (before any export)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as e:
        raise LogoError(f"{path}: niet te lezen", "unreadable") from e
    if not path.is_file() or size > LOGO_MAX_BYTES:
        raise LogoError(f"{path}: geen bestand van hoogstens 5 MB", "too_big")
    if not head.startswith(_LOGO_MAGIC):
        raise LogoError(f"{path}: geen PNG- of JPEG-afbeelding", "not_image")


def _parts(parts: m.Parts) -> list[Any]:
    return [p if isinstance(p, str) else {"ground": p.ground, "alt": p.alt_text} for p in parts]


def _lines(parts: m.Parts) -> m.Parts:
    """The parts of an unlabelled header entry (the directorate), one to a line."""
    out: list[m.Inline] = []
    for p in parts:
        out += ["\n", p] if out else [p]
    return tuple(out)


def _block(b: m.Block) -> dict[str, Any]:
    if isinstance(b, m.Heading):
        return {"type": "heading", "text": b.text, "level": b.level}
    if isinstance(b, m.Paragraph):
        return {"type": "paragraph", "parts": _parts(b.parts), "style": b.style}
    return {
        "type": "table",
        "header": list(b.header),
        "rows": [[_parts(cell) for cell in row] for row in b.rows],
        "widths": list(b.widths),
    }


def payload(document: m.Document, logo: str | None = None) -> str:
    """The document model as the JSON the layout reads (nothing else goes in)."""
    header = [
        [label, _parts(parts if label else _lines(parts))] for label, parts in document.header
    ]
    return json.dumps(
        {
            "title": document.title,
            "audience": document.audience,
            "marking": document.marking,
            "kind": document.kind,
            "top": document.top,
            "header": header,
            "repeat": [h for h in header if h[0] in REPEATED],
            "blocks": [_block(b) for b in document.blocks],
            "logo": logo,
        },
        ensure_ascii=False,
    )


def _get_compiler() -> Any:
    global _compiler
    if _compiler is None:
        import typst

        _compiler = typst.Compiler(font_paths=[str(FONTS)], ignore_system_fonts=True)
    return _compiler


def _compile(document: m.Document, when: dt.date | None, logo: Path | None) -> bytes:
    day = when or dt.date(2000, 1, 1)
    stamp = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    root = RESOURCES
    logo_ref = None
    if logo is not None:
        check_logo(logo)
        root = logo.resolve().parent
        logo_ref = "/" + logo.resolve().name
    with _lock:  # one compiler, used by one thread at a time
        pdf: bytes = _get_compiler().compile(
            input=LAYOUT.read_bytes(),
            format="pdf",
            sys_inputs={"doc": payload(document, logo_ref)},
            pdf_standards=STANDARDS,
            root=str(root),
            timestamp=stamp,
            pdf_tags=True,
        )
    return pdf


def render(
    document: m.Document,
    path: Path,
    *,
    when: dt.date | None = None,
    logo: Path | None = None,
) -> None:
    """Write ``document`` as a PDF/A-2a, PDF/UA-1 file to ``path``.

    ``when``: the creation date in the metadata (default 2000-01-01, so that a file does
    not depend on the clock); ``logo``: a PNG or JPEG placed at the top of the first page
    (checked with :func:`check_logo`).
    """
    path.write_bytes(_compile(document, when, logo))


@functools.cache
def fixed_texts() -> str:
    """The words Typst itself writes into every PDF's metadata (XMP: the PDF version
    ``1.7``, the creator tool, the PDF/A extension schemas naming ``ISO 14289``): the
    renderer's machinery, the same in every file, read off an empty document. The leak
    check takes them as fixed texts of the export (the public corpus), as it does the
    column names and markings: a bare ``1.7`` there is a version, not a discount."""
    pdf = _compile(m.Document("Mandaat", "woo", "", "woo"), None, None)
    found = re.search(rb"<x:xmpmeta.*?</x:xmpmeta>", pdf, re.S)
    if found is None:
        return ""
    xmp = found.group().decode("utf-8", "replace")
    return html.unescape(re.sub(r"<[^>]*>", "\n", xmp))

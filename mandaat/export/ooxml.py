"""Clean an Office Open XML package (DOCX, XLSX) after python-docx / openpyxl wrote it.

Only what the document needs stays: custom XML, thumbnails, comments, custom
properties, the stock theme (optional in both formats: the numbers in it are colours,
not content) and the styles-with-effects copy are dropped with their relationships and
content types; no tracked changes or revision ids; ``docProps/app.xml`` names only
the application; the core properties carry the export date, not the clock.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

_DROP = re.compile(
    r"^(customXml/|docProps/thumbnail|docProps/custom\.xml|word/comments|word/theme/|"
    r"xl/theme/|word/stylesWithEffects\.xml|word/webSettings\.xml)"
)
_DROP_REL = re.compile(
    rb"<Relationship [^>]*Target=\"[^\"]*(customXml|thumbnail|comments|custom\.xml|theme/|"
    rb"stylesWithEffects|webSettings)[^\"]*\"[^>]*/>"
)
_DROP_TYPE = re.compile(
    rb"<Override PartName=\"/(customXml|docProps/custom|docProps/thumbnail|word/comments|"
    rb"word/theme|xl/theme|word/stylesWithEffects|word/webSettings)[^\"]*\"[^>]*/>"
)
APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'extended-properties"><Application>Mandaat</Application></Properties>'
)
_W3CDTF = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def clean(data: bytes, when: dt.date) -> bytes:
    """The package ``data`` without the parts it does not need (see the module doc)."""
    stamp = f"{when:%Y-%m-%d}T00:00:00Z".encode()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            name = info.filename
            if _DROP.match(name):
                continue
            body = src.read(name)
            if name.endswith(".rels"):
                body = _DROP_REL.sub(b"", body)
            elif name == "[Content_Types].xml":
                body = _DROP_TYPE.sub(b"", body)
            elif name == "word/settings.xml":
                body = re.sub(rb"<w:trackRevisions[^>]*/>", b"", body)
                body = re.sub(rb"<w:attachedTemplate[^>]*/>", b"", body)
                body = re.sub(rb"<w:rsids>.*?</w:rsids>", b"", body, flags=re.S)
                body = re.sub(rb"<w:savePreviewPicture/>", b"", body)
            elif name == "docProps/app.xml":
                body = APP_XML
            elif name == "docProps/core.xml":
                body = _W3CDTF.sub(rb"\g<1>" + stamp + rb"\g<2>", body)
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, body)
    return out.getvalue()

"""Checks on an untrusted file before any spreadsheet parser sees it.

The file is read into memory once (after a size check), decrypted in memory when
it is an encrypted OOXML package, and its zip structure is inspected: number of
entries, declared uncompressed sizes, compression ratios. Every entry is then
streamed once (bounded by the declared sizes, which :mod:`zipfile` enforces while
inflating) to refuse any XML with a document type declaration: OOXML never has
one, and a ``<!DOCTYPE`` is how billion-laughs and external-entity attacks start.

On top of that openpyxl parses with defusedxml's ``iterparse`` (worksheets,
shared strings) and with lxml using ``resolve_entities=False`` for the other
parts; :func:`xml_parsers_are_safe` checks that this is still so. We deliberately
do not call ``defusedxml.defuse_stdlib()``: it monkey-patches the standard library
for the whole process.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from mandaat.importing.errors import WorkbookError

OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC: Final = b"PK"


@dataclass(frozen=True)
class Limits:
    """Bounds on what an import may cost; defaults suit a few dozen dossiers."""

    max_file_bytes: int = 20 * 1024 * 1024
    max_entries: int = 1_000
    max_uncompressed_bytes: int = 200 * 1024 * 1024
    max_compression_ratio: int = 100
    #: the ratio check only applies to entries (and totals) at least this large:
    #: tiny parts (a 2 kB styles.xml) legitimately compress better than 100:1.
    ratio_check_min_bytes: int = 1024 * 1024
    max_rows: int = 100_000
    max_columns: int = 200
    header_search_rows: int = 20


DEFAULT_LIMITS: Final = Limits()

_DTD_PATTERNS: Final[tuple[bytes, ...]] = tuple(
    word.encode(enc)
    for word in ("<!doctype", "<!entity")
    for enc in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)
_OVERLAP: Final = 64
#: a formula element (<f>, <f t="shared" ...>, <x:f>) in UTF-8 XML
_FORMULA: Final = re.compile(rb"<(?:[a-z_][\w.-]{0,30}:)?f[\s>/]")
_UTF8_BOM: Final = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class PackageInfo:
    """What the pre-parse scan learned: the entries that may hold formulas."""

    formula_entries: frozenset[str]


_CHUNK: Final = 256 * 1024


def read_limited(path: Path, limits: Limits) -> bytes:
    """Read the whole file, refusing it (without reading) when it is too big."""
    try:
        size = os.stat(path).st_size
        if size > limits.max_file_bytes:
            raise WorkbookError("too_big", size=size, limit=limits.max_file_bytes)
        with open(path, "rb") as fh:
            data = fh.read(limits.max_file_bytes + 1)
    except FileNotFoundError as exc:
        raise WorkbookError("file_not_found") from exc
    except IsADirectoryError as exc:
        raise WorkbookError("unreadable", reason="directory") from exc
    except OSError as exc:
        raise WorkbookError("unreadable", reason=exc.strerror or type(exc).__name__) from exc
    if len(data) > limits.max_file_bytes:
        raise WorkbookError("too_big", size=len(data), limit=limits.max_file_bytes)
    return data


def decrypt_if_needed(data: bytes, password: str | None) -> bytes:
    """Return the OOXML zip bytes: as given, or decrypted in memory.

    An OLE compound file is either an encrypted OOXML workbook (decrypted with
    msoffcrypto, nothing written to disk) or a legacy ``.xls`` (refused).
    """
    if not data.startswith(OLE_MAGIC):
        return data
    import msoffcrypto
    from msoffcrypto.format.ooxml import OOXMLFile

    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
    except Exception as exc:  # msoffcrypto raises many kinds on garbage
        raise WorkbookError("unsupported_format", format="ole") from exc
    if not isinstance(office, OOXMLFile):
        raise WorkbookError("unsupported_format", format="xls")
    try:
        encrypted = office.is_encrypted()
    except Exception as exc:
        raise WorkbookError("corrupt") from exc
    if not encrypted:  # pragma: no cover - an OLE-wrapped OOXML is always encrypted
        raise WorkbookError("unsupported_format", format="ole")
    if not password:
        raise WorkbookError("password_required")
    out = io.BytesIO()
    try:
        office.load_key(password=password, verify_password=True)
        office.decrypt(out, verify_integrity=getattr(office, "type", "") == "agile")
    except Exception as exc:
        from msoffcrypto import exceptions as mexc

        if isinstance(exc, mexc.InvalidKeyError):
            raise WorkbookError("wrong_password") from exc
        if isinstance(exc, mexc.DecryptionError | mexc.ParseError | mexc.FileFormatError):
            # msoffcrypto reports a bad password as a DecryptionError for some schemes
            if "password" in str(exc).lower() or "key" in str(exc).lower():
                raise WorkbookError("wrong_password") from exc
            raise WorkbookError("corrupt") from exc
        raise WorkbookError("corrupt") from exc
    return out.getvalue()


def check_package(data: bytes, limits: Limits) -> PackageInfo:
    """Refuse bombs, non-workbooks and DTDs before any XML parser sees the package."""
    if not data.startswith(ZIP_MAGIC):
        raise WorkbookError("not_a_workbook")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise WorkbookError("truncated") from exc
    if len(infos) > limits.max_entries:
        raise WorkbookError("too_many_entries", count=len(infos), limit=limits.max_entries)
    total = 0
    total_compressed = 0
    for info in infos:
        total += info.file_size
        total_compressed += info.compress_size
        if info.file_size >= limits.ratio_check_min_bytes and (
            info.file_size > limits.max_compression_ratio * max(info.compress_size, 1)
        ):
            raise WorkbookError(
                "compression_ratio", entry=info.filename, limit=limits.max_compression_ratio
            )
    if total > limits.max_uncompressed_bytes:
        raise WorkbookError("too_much_data", size=total, limit=limits.max_uncompressed_bytes)
    if total >= limits.ratio_check_min_bytes and total > limits.max_compression_ratio * max(
        total_compressed, 1
    ):
        raise WorkbookError("compression_ratio", entry="*", limit=limits.max_compression_ratio)
    names = {info.filename for info in infos}
    if "mimetype" in names:
        try:
            mimetype = archive.read("mimetype")[:100]
        except Exception as exc:
            raise WorkbookError("corrupt") from exc
        if b"opendocument" in mimetype:
            raise WorkbookError("unsupported_format", format="ods")
    if "xl/workbook.bin" in names:
        raise WorkbookError("unsupported_format", format="xlsb")
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise WorkbookError("not_a_workbook")
    with archive:
        return PackageInfo(frozenset(_scan_for_dtd(archive, infos)))


def _scan_for_dtd(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> set[str]:
    """Stream every entry once; refuse DTDs; return the entries with formulas."""
    formulas: set[str] = set()
    for info in infos:
        if info.is_dir():
            continue
        tail = b""
        first = True
        try:
            with archive.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    if first and not _looks_like_utf8_xml(info.filename, chunk):
                        formulas.add(info.filename)  # cannot tell: assume formulas
                    first = False
                    window = (tail + chunk).lower()
                    if any(p in window for p in _DTD_PATTERNS):
                        raise WorkbookError("unsafe_xml", entry=info.filename)
                    if _FORMULA.search(window):
                        formulas.add(info.filename)
                    tail = window[-_OVERLAP:]
        except WorkbookError:
            raise
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            raise WorkbookError("corrupt", entry=info.filename) from exc
        except Exception as exc:  # zlib.error, NotImplementedError (odd compression)
            raise WorkbookError("corrupt", entry=info.filename) from exc
    return formulas


_BINARY_PARTS: Final = (
    "xl/media/",
    "xl/embeddings/",
    "xl/printerSettings/",
    "docProps/thumbnail",
)


def _looks_like_utf8_xml(name: str, head: bytes) -> bool:
    if name.startswith(_BINARY_PARTS) or name.endswith("vbaProject.bin"):
        return True  # never parsed by openpyxl in read-only mode
    return head.removeprefix(_UTF8_BOM).lstrip().startswith(b"<")


def xml_parsers_are_safe() -> bool:
    """True when openpyxl parses worksheets with defusedxml and lxml without entities."""
    import openpyxl
    from openpyxl.xml import functions

    if not getattr(openpyxl, "DEFUSEDXML", False):
        return False
    return "defusedxml" in (getattr(functions.iterparse, "__module__", "") or "")

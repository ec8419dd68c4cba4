"""Checks on an untrusted file before any spreadsheet parser sees it.

The file is read into memory once (after a size check), decrypted in memory when
it is an encrypted OOXML package, and its zip structure is inspected: number of
entries, declared uncompressed sizes, compression ratios. Then the prolog of every
XML entry (bounded by the declared sizes, which :mod:`zipfile` enforces while
inflating) is checked for a document type declaration: OOXML never has one, and a
``<!DOCTYPE`` is how billion-laughs and external-entity attacks start. Worksheets
are read whole once for :func:`scan_sheet`, the gate: a sheet whose cell tags are all
in the plain form Excel writes, within bounds, goes to calamine; any other to the
streaming reader. All of this runs in the reader's child process
(:mod:`mandaat.importing.isolation`), whose memory and time are capped: a parser
that misbehaves despite these checks takes down the child, not the application.

Behind that, the parsers themselves are safe: calamine (quick-xml) never expands
DTD entities (an entity reference is an error), our own reading of ``workbook.xml``,
its relationships and ``styles.xml`` uses defusedxml, and the openpyxl fallback
parses with defusedxml's ``iterparse`` (worksheets, shared strings) and with lxml
using ``resolve_entities=False``; :func:`xml_parsers_are_safe` checks that this is
still so. We deliberately do not call ``defusedxml.defuse_stdlib()``: it
monkey-patches the standard library for the whole process.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import posixpath
import re
import stat
import unicodedata
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

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
    #: the highest row number (as Excel shows it) a sheet may use: a 100k-row
    #: workbook (plus header and title rows) imports
    max_rows: int = 120_000
    max_columns: int = 200
    header_search_rows: int = 20
    #: the most cells (rows x columns of the used area) a sheet may span before it is
    #: read cell by cell instead of as one grid (bounds calamine's memory: ~32 B a cell)
    max_grid_cells: int = 4_000_000
    #: the reader's child process: its address space (``RLIMIT_AS``: ~100-170 MB of it
    #: is the interpreter and its libraries; 100k rows peak at ~215 MB resident, on the
    #: streaming path too), CPU seconds, wall seconds, and the largest answer it may
    #: send back
    max_memory_bytes: int = 448 * 1024 * 1024
    #: problems kept (a dense sheet of errors counts the rest without keeping them)
    max_problems: int = 1000
    max_cpu_seconds: int = 60
    max_seconds: float = 90.0
    max_result_bytes: int = 128 * 1024 * 1024


DEFAULT_LIMITS: Final = Limits()
DEFAULT_MAX_ROWS: Final = DEFAULT_LIMITS.max_rows

_DTD_PATTERNS: Final[tuple[bytes, ...]] = tuple(
    word.encode(enc)
    for word in ("<!doctype", "<!entity")
    for enc in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)
_OVERLAP: Final = 64
_UTF8_BOM: Final = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class PackageInfo:
    """What the pre-parse scan learned: the entries that may hold formulas, and for
    every worksheet part (by entry name) its :class:`SheetScan`."""

    formula_entries: frozenset[str]
    sheets: Mapping[str, SheetScan] = field(default_factory=dict)


_CHUNK: Final = 256 * 1024
#: bytes read from the start of each entry to find its root element
_HEAD: Final = 64 * 1024


def check_regular_file(path: Path) -> None:
    """Refuse what is not a plain file (a pipe or a device would make the reader wait
    until its time limit): ``file_not_found`` / ``unreadable``."""
    try:
        st = os.stat(path)
    except FileNotFoundError as exc:
        raise WorkbookError("file_not_found") from exc
    except OSError as exc:
        raise WorkbookError("unreadable", reason=exc.strerror or type(exc).__name__) from exc
    if stat.S_ISDIR(st.st_mode):
        raise WorkbookError("unreadable", reason="directory")
    if not stat.S_ISREG(st.st_mode):
        raise WorkbookError("unreadable", reason="geen gewoon bestand")


def read_limited(path: Path, limits: Limits) -> bytes:
    """Read the whole file, refusing it (without reading) when it is too big."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
            # a pipe or a device would block the reader until its time limit
            raise WorkbookError("unreadable", reason="geen gewoon bestand")
        size = st.st_size
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


#: ``styles(archive)``: the style indices whose cells :func:`scan_sheet` should list
#: (:attr:`SheetScan.styled`); called once, after the DTD check, before the first sheet
StylesOf = Callable[[zipfile.ZipFile], frozenset[int]]


def check_package(
    data: bytes,
    limits: Limits,
    styles: StylesOf | None = None,
) -> PackageInfo:
    """Refuse bombs, non-workbooks and DTDs before any XML parser sees the package.

    Entry names and relationship targets must be canonical (``damaged``); every
    worksheet gets the gate's :class:`SheetScan`; ``styles`` (optional) says which
    styled cells the scans of plain sheets collect.
    """
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
    canonical = check_entry_names(infos)
    with archive:
        formulas = _scan_for_dtd(archive, infos)
        check_relationships(archive, infos, canonical)
        sheets = _scan_sheets(archive, infos, styles, limits.max_rows)
    formulas |= {name for name, scan in sheets.items() if scan.formulas}
    return PackageInfo(frozenset(formulas), sheets)


# --------------------------------------------------------------------------- names

#: a percent-encoded dot, slash or backslash in a part name or target
_ENCODED_SEPARATOR: Final = re.compile(r"%(?:2e|2f|5c)", re.I)


def _name_key(name: str) -> str:
    """Two part names that differ only in case or Unicode normalisation are the same
    part to some readers (OPC compares part names case-insensitively)."""
    return unicodedata.normalize("NFC", name).casefold()


def _is_canonical(name: str, directory: bool = False) -> bool:
    """A part name as Excel writes it: relative, ``/``-separated, no empty, ``.`` or
    ``..`` segments, no backslash, no control character, no encoded separator."""
    if directory and name.endswith("/"):
        name = name[:-1]
    if not name or "\\" in name or _ENCODED_SEPARATOR.search(name):
        return False
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        return False
    return all(seg not in ("", ".", "..") for seg in name.split("/"))


def check_entry_names(infos: list[zipfile.ZipInfo]) -> dict[str, str]:
    """Refuse (``damaged``) a package with an entry name that is not canonical, or two
    entries whose names differ only in case or normalisation (or not at all): which of
    them a reader takes is then the reader's choice. Returns name key -> name."""
    seen: dict[str, str] = {}
    for info in infos:
        name = info.filename
        if not _is_canonical(name, directory=info.is_dir()):
            raise WorkbookError("damaged", entry=name)
        key = _name_key(name)
        if key in seen:
            raise WorkbookError("damaged", entry=name)
        seen[key] = name
    return seen


_REL_TAG: Final = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def check_relationships(
    archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], canonical: Mapping[str, str]
) -> None:
    """Refuse (``damaged``) a relationship whose internal target is not canonical: one
    leading ``/`` (absolute) or only leading ``..`` segments (``../drawings/…``, as
    Excel writes them), then a canonical name inside the package; and a target that
    names an entry only up to case or normalisation. Every reader then finds the same
    part by it, or none."""
    from defusedxml import ElementTree

    for info in infos:
        name = info.filename
        if info.is_dir() or not name.endswith(".rels"):
            continue
        folder = posixpath.dirname(posixpath.dirname(name))  # "xl/_rels/x.rels" -> "xl"
        with _reading(info):
            root = ElementTree.fromstring(archive.read(info))
        for rel in root.iter(_REL_TAG):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            resolved = _resolve_target(folder, target)
            if resolved is None:
                raise WorkbookError("damaged", entry=name)
            found = canonical.get(_name_key(resolved))
            if found is not None and found != resolved:
                raise WorkbookError("damaged", entry=name)


def _resolve_target(folder: str, target: str) -> str | None:
    """The part a canonical relationship target names, or None."""
    if target.startswith("/"):
        rest = target[1:]
        return rest if _is_canonical(rest) else None
    parts = folder.split("/") if folder else []
    segments = target.split("/")
    while segments and segments[0] == ".." and parts:
        segments.pop(0)
        parts.pop()
    rest = "/".join(segments)
    if not _is_canonical(rest):
        return None
    return "/".join([*parts, rest])


def _is_binary_part(name: str) -> bool:
    return name.startswith(_BINARY_PARTS) or name.endswith("vbaProject.bin")


def _scan_for_dtd(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> set[str]:
    """Refuse DTDs in every entry; return the entries that may hold formulas.

    A UTF-8 XML entry is only read up to its root element: a document type
    declaration is only allowed in the prolog, before the root element (XML 1.0,
    production ``prolog``). Anywhere else it makes the document not well-formed: the
    parsers that read these parts refuse it (expat behind defusedxml), or never expand
    entities at all (quick-xml behind calamine reports an unknown entity). So the
    prolog is where billion laughs and external entities must be stopped, and
    streaming megabytes of cell data for it would add nothing. Entries that are not
    recognisably UTF-8 XML (UTF-16, garbage) are still streamed whole for
    ``<!DOCTYPE`` / ``<!ENTITY`` in every Unicode encoding.
    """
    formulas: set[str] = set()
    for info in infos:
        if info.is_dir() or _is_binary_part(info.filename):
            continue  # binary parts are never given to an XML parser
        with _reading(info), archive.open(info) as stream:
            head = stream.read(_HEAD)
            root = _prolog_root(head) if head else b"-"
            if root is None:
                raise WorkbookError("unsafe_xml", entry=info.filename)
            if root == b"":  # not UTF-8 XML, or a prolog longer than the head
                formulas.add(info.filename)  # cannot tell: assume formulas
                _stream_for_dtd(info.filename, head, stream)
    return formulas


def _scan_sheets(
    archive: zipfile.ZipFile,
    infos: list[zipfile.ZipInfo],
    styles_of: StylesOf | None,
    max_rows: int,
) -> dict[str, SheetScan]:
    """:func:`scan_sheet` for every entry whose root element is a worksheet."""
    sheets: dict[str, SheetScan] = {}
    styles: frozenset[int] | None = None
    for info in infos:
        if info.is_dir() or _is_binary_part(info.filename):
            continue
        with _reading(info), archive.open(info) as stream:
            head = stream.read(_HEAD)
        root = _prolog_root(head)
        if not root or not _is_worksheet_root(root):
            continue
        with _reading(info):
            whole = archive.read(info)
        if styles is None:
            styles = styles_of(archive) if styles_of is not None else frozenset()
        sheets[info.filename] = scan_sheet(whole, b":" in root, styles, max_rows)
        del whole
    return sheets


def _is_worksheet_root(root: bytes) -> bool:
    return root.rsplit(b":", 1)[-1] in (b"worksheet", b"dialogsheet", b"macrosheet")


@contextlib.contextmanager
def _reading(info: zipfile.ZipInfo) -> Iterator[None]:
    """Map what zipfile / zlib raise on a damaged entry to ``corrupt``."""
    try:
        yield
    except WorkbookError:
        raise
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise WorkbookError("corrupt", entry=info.filename) from exc
    except Exception as exc:  # zlib.error, NotImplementedError (odd compression)
        raise WorkbookError("corrupt", entry=info.filename) from exc


def _stream_for_dtd(name: str, head: bytes, stream: io.BufferedIOBase | Any) -> None:
    tail = b""
    chunk = head
    while chunk:
        window = (tail + chunk).lower()
        if any(p in window for p in _DTD_PATTERNS):
            raise WorkbookError("unsafe_xml", entry=name)
        tail = window[-_OVERLAP:]
        chunk = stream.read(_CHUNK)


_PROLOG_SKIP: Final = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->)", re.S)
_ROOT_NAME: Final = re.compile(rb"<([A-Za-z_][\w.:-]*)")


def _prolog_root(head: bytes) -> bytes | None:
    """The root element's name; ``None`` for a DTD (or other ``<!``) in the prolog;
    ``b""`` when ``head`` is not UTF-8 XML or ends inside the prolog."""
    pos = 3 if head.startswith(_UTF8_BOM) else 0
    while m := _PROLOG_SKIP.match(head, pos):
        if m.end() == pos:
            break
        pos = m.end()
    while pos < len(head) and head[pos] in b" \t\r\n":
        pos += 1
    if head.startswith(b"<!", pos):
        return None
    root = _ROOT_NAME.match(head, pos)
    return root.group(1) if root else b""


@dataclass(frozen=True)
class SheetScan:
    """The gate's verdict on one worksheet, from a few byte-level searches.

    ``plain``: every cell tag is in the one form Excel (and openpyxl, LibreOffice)
    writes (``<c r="B7" s="3" t="s">``: a reference of upper-case letters and digits,
    then perhaps a style, then perhaps a type other than an error), every reference is
    in columns A–Z and within ``max_rows``, and the sheet has no formula, no element
    with a namespace prefix, no comment, CDATA section or processing instruction. Such
    a sheet can be read by calamine: its grid is bounded by the references we saw.
    Any other sheet goes to the streaming reader (a real XML parser). The scan does not
    try to read anything the way calamine would: a tag it does not recognise is simply
    not plain.
    """

    plain: bool
    #: whether the sheet has a formula (the streaming reader then also reads them)
    formulas: bool = False
    #: column index (0-based) -> rows (1-based) of the cells whose style is one of the
    #: ``styles`` given to :func:`scan_sheet` (only for a plain sheet)
    styled: Mapping[int, frozenset[int]] = field(default_factory=dict, hash=False)


#: the plain form of a cell tag (types: shared string, number, boolean, text, inline)
_PLAIN_CELL: Final = re.compile(
    rb'<c r="[A-Z]{1,3}[1-9][0-9]{0,6}"(?: s="[0-9]{1,5}")?(?: t="(?:s|n|b|str|inlineStr)")?/?>'
)
#: what a plain sheet does not have: a comment / CDATA / processing instruction, a
#: formula, an element with a namespace prefix
_NOT_PLAIN: Final = re.compile(rb"<[!?]")
_FORMULA: Final = re.compile(rb"<f[\s/>]")
#: what lies between ``<`` and the ``:`` of an element name with a namespace prefix
_PREFIX: Final = re.compile(rb"/?[A-Za-z_][\w.-]*")
#: references beyond column Z, or with a row number of six digits or more
_WIDE: Final = re.compile(rb'<c r="[A-Z]{2}')
_FAR_ROW: Final = '<c r="[A-Z]{{1,3}}([0-9]{{{digits},}})"'  # digits: those of max_rows
#: a cell tag that starts otherwise than ``<c `` (any other spelling is no cell to any
#: reader: ``<col``, ``<cfRule`` …)
_OTHER_CELL_START: Final = re.compile(rb"<c[>/\t\n\r]")


def _has_prefixed_element(data: bytes, start: int, end: int) -> bool:
    """Whether an element name with a namespace prefix (``<x:c``, ``</x:c``) lies in
    ``data[start:end]``: each ``:`` is looked at from the ``<`` before it (a colon in
    text or in an attribute such as ``xml:space`` has a space or ``>`` in between)."""
    colon = data.find(b":", start, end)
    while colon >= 0:
        opening = data.rfind(b"<", start, colon)
        if opening >= 0 and _PREFIX.fullmatch(data, opening + 1, colon):
            return True
        colon = data.find(b":", colon + 1, end)
    return False


@functools.lru_cache(maxsize=8)
def _far_rows(max_rows: int) -> re.Pattern[bytes]:
    """Cell references with as many digits as ``max_rows`` or more."""
    return re.compile(_FAR_ROW.format(digits=len(str(max_rows))).encode())


def column_number(letters: bytes | str) -> int:
    """``A`` -> 1, ``Z`` -> 26, ``AA`` -> 27."""
    n = 0
    for ch in letters.upper() if isinstance(letters, str) else letters.decode().upper():
        n = n * 26 + ord(ch) - 64
    return n


def scan_sheet(
    data: bytes,
    prefixed: bool = False,
    styles: frozenset[int] = frozenset(),
    max_rows: int = DEFAULT_MAX_ROWS,
) -> SheetScan:
    """Decide whether a worksheet is plain (see :class:`SheetScan`) and, for a plain
    one, list its cells with one of ``styles`` (the reader asks for the percent
    formats). ``prefixed``: the root element has a namespace prefix."""
    start = data.find(b"<sheetData")
    end = data.rfind(b"</sheetData")  # the last end tag: every cell lies in between
    if start < 0 or end < start:  # no cells (``<sheetData/>``), or not well-formed
        no_cells = b"<c " not in data and _OTHER_CELL_START.search(data) is None
        return SheetScan(plain=not prefixed and no_cells)
    formulas = _FORMULA.search(data, start, end) is not None
    plain = (
        not prefixed
        and not formulas
        and _OTHER_CELL_START.search(data, start, end) is None
        and len(_PLAIN_CELL.findall(data, start, end)) == data.count(b"<c ", start, end)
        and _NOT_PLAIN.search(data, start, end) is None
        and not _has_prefixed_element(data, start, end)
        and _WIDE.search(data, start, end) is None
        and all(int(row) <= max_rows for row in _far_rows(max_rows).findall(data, start, end))
    )
    if not plain or not styles:
        return SheetScan(plain, formulas)
    ids = b"|".join(str(i).encode() for i in sorted(styles))
    styled_cell = re.compile(rb'<c r="([A-Z])([0-9]+)" s="(?:' + ids + rb')"[ />]')
    rows_of: dict[bytes, list[int]] = {}
    for letter, row in styled_cell.findall(data, start, end):
        rows_of.setdefault(letter, []).append(int(row))
    return SheetScan(
        plain, formulas, {letter[0] - 65: frozenset(rows) for letter, rows in rows_of.items()}
    )


_BINARY_PARTS: Final = (
    "xl/media/",
    "xl/embeddings/",
    "xl/printerSettings/",
    "docProps/thumbnail",
)


def xml_parsers_are_safe() -> bool:
    """True when openpyxl parses worksheets with defusedxml and lxml without entities."""
    import openpyxl
    from openpyxl.xml import functions

    if not getattr(openpyxl, "DEFUSEDXML", False):
        return False
    return "defusedxml" in (getattr(functions.iterparse, "__module__", "") or "")

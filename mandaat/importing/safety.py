"""Checks on an untrusted file before any spreadsheet parser sees it.

The file is read into memory once (after a size check), decrypted in memory when
it is an encrypted OOXML package, and its zip structure is inspected: number of
entries, declared uncompressed sizes, compression ratios. Then the prolog of every
XML entry (bounded by the declared sizes, which :mod:`zipfile` enforces while
inflating) is checked for a document type declaration: OOXML never has one, and a
``<!DOCTYPE`` is how billion-laughs and external-entity attacks start. Worksheets
are read whole once for :func:`scan_sheet`, which bounds the cell grid the reader
may ask calamine to build.

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
    #: the reader's child process: its address space (``RLIMIT_AS``; ~180 MB of it is
    #: the interpreter and its libraries), CPU seconds, wall seconds, and the largest
    #: answer it may send back
    max_memory_bytes: int = 1024 * 1024 * 1024
    max_cpu_seconds: int = 60
    max_seconds: float = 90.0
    max_result_bytes: int = 128 * 1024 * 1024


DEFAULT_LIMITS: Final = Limits()

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


#: ``visit(archive, entry, xml, scan)``: called with every worksheet's XML while it is
#: in memory for the scan, so that a reader needs not inflate it a second time
SheetVisitor = Callable[[zipfile.ZipFile, str, bytes, "SheetScan"], None]
#: ``styles(archive)``: the style indices whose cells :func:`scan_sheet` should list
#: (:attr:`SheetScan.styled`); called once, after the DTD check, before the first sheet
StylesOf = Callable[[zipfile.ZipFile], frozenset[int]]


def check_package(
    data: bytes,
    limits: Limits,
    visit: SheetVisitor | None = None,
    styles: StylesOf | None = None,
) -> PackageInfo:
    """Refuse bombs, non-workbooks and DTDs before any XML parser sees the package.

    ``visit`` (optional) sees each worksheet once all entries have passed the DTD
    check; ``styles`` (optional) says which styled cells the sheet scans collect.
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
        sheets = _scan_sheets(archive, infos, visit, styles)
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
    visit: SheetVisitor | None = None,
    styles_of: StylesOf | None = None,
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
        with _reading(info), archive.open(info) as stream:  # whole, without a copy
            # the CRC of a worksheet is checked by whoever parses it (calamine:
            # "Invalid checksum"; the streaming openpyxl reader through zipfile, once
            # it reaches the end of the entry), not twice: inflating the same bytes
            # gives the scan the same XML either way (~30 ms at 100k rows)
            if hasattr(stream, "_expected_crc"):
                stream._expected_crc = None
            whole = stream.read()
        if styles is None:
            styles = styles_of(archive) if styles_of is not None else frozenset()
        scan = sheets[info.filename] = scan_sheet(whole, prefixed=b":" in root, styles=styles)
        if visit is not None:
            visit(archive, info.filename, whole, scan)
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
    """What a byte-level pass over a worksheet's ``sheetData`` learned.

    calamine builds a dense grid from the first to the last non-empty cell before
    anything can look at it, so one cell at XFD1048576 would make it allocate
    hundreds of gigabytes (and abort the process). The reader therefore only hands
    a sheet to calamine when this scan bounds the grid: every cell and row carries an
    explicit ``r="…"`` reference as its first attribute (so no position is implied by
    counting) and no element has a namespace prefix; then ``max_row`` / ``max_col``
    bound every cell. Other sheets go to the streaming openpyxl reader.
    """

    explicit: bool
    #: an upper bound on the row (1-based) of any cell; exact at or above BIG_ROW
    max_row: int
    #: an upper bound on the column (1-based) of any cell
    max_col: int
    formulas: bool
    errors: bool
    #: (row, column) of non-empty cells at or below row BIG_ROW (1-based)
    far_cells: tuple[tuple[int, int], ...] = ()
    #: column index (0-based) -> rows (1-based) of the cells whose style is one of the
    #: ``styles`` given to :func:`scan_sheet`
    styled: Mapping[int, frozenset[int]] = field(default_factory=dict, hash=False)


#: rows below this number are not looked at one by one (they cannot break a limit)
BIG_ROW: Final = 100_000
#: the start of a cell tag as Excel, LibreOffice and openpyxl write it: a reference of
#: one letter and up to five digits, then perhaps a style and a type, nothing else
_CANONICAL: Final = (  # possessive: nothing to give back, and ~20 % faster
    rb'[A-Z]\d{1,5}+"(?: s="(?!STYLES")(?:0|[1-9]\d{0,4}+)")?+'
    rb'(?: t="(?!e")[a-zA-Z]{1,9}+")?+/?+>'
)
#: the rest of such a tag after its reference (groups: style, type)
_CANONICAL_REST: Final = re.compile(rb'"(?: s="(\d{1,5})")?(?: t="([a-zA-Z]{1,9})")?/?>')


@functools.lru_cache(maxsize=16)
def _odd_pattern(styles: frozenset[int]) -> re.Pattern[bytes]:
    """What a normal sheet hardly ever has: a cell tag that is not canonical (see
    :data:`_CANONICAL`: a column past ``Z``, a row at or below BIG_ROW, a reference that
    is not upper-case letters and digits — calamine also reads ``xfd1048576`` —, any
    other attribute or spelling, a second ``r``), or that has one of ``styles`` or an
    error value (``t="e"``); a cell or row without a leading ``r="…"``; a formula; a
    comment, CDATA section or processing instruction (``<!``, ``<?``: the cells in them
    are not cells, which a byte-level scan cannot tell). All alternatives start with
    ``<c``, ``<row``, ``<f``, ``<!`` or ``<?``: ``re`` fails fast on ``<v>``, ``</c>``,
    ``<is>``…; every match is looked at again."""
    ids = _alternatives([str(i).encode() for i in sorted(styles)]) if styles else b"(?!)"
    canonical = _CANONICAL.replace(b"STYLES", ids)
    return re.compile(
        rb'<(?:c(?: r="(?!' + canonical + rb")|(?! r=\")[\s>/])"
        rb'|row(?! r=")[\s>/]|f[\s>/]|[!?])'
    )


_CELL_REF: Final = re.compile(rb"([A-Z]+)(\d+)")
#: how a cell with a leading reference starts
CELL_OPEN: Final = b'<c r="'
#: an error value (``t="e"``), in any of the ways XML allows an attribute to be written:
#: where the reader looks for the error cells of a sheet whose scan found one (every
#: candidate is checked against the attributes of its own cell)
ERROR_ATTR: Final = re.compile(rb"t\s*=\s*[\"']e[\"']")
#: one attribute of a start tag: name and value (double or single quotes)
_ATTRIBUTE: Final = re.compile(rb"""\s*([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
#: an element with a namespace prefix (``<x:c``), looked for in reversed bytes: the
#: literal ``:`` leads, which ``re`` finds fast, where ``<\w{1,20}:`` is tried at
#: every ``<`` of the sheet
_PREFIXED_REVERSED: Final = re.compile(rb":\w{1,20}<")
#: the longest match of ``_PREFIXED_REVERSED``: reversed chunks overlap by this much
_PREFIXED_SPAN: Final = 22
_REVERSE_CHUNK: Final = 4 * 1024 * 1024


def _alternatives(words: list[bytes]) -> bytes:
    """A regular expression for any of ``words``, as a trie (``1(?:0|2)?|9``): ``re``
    tries the branches one by one, so a long flat list would cost per character."""
    trie: dict[int, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[-1] = {}

    def emit(node: dict[int, Any]) -> bytes:
        parts = [re.escape(bytes([ch])) + emit(child) for ch, child in node.items() if ch >= 0]
        if not parts:
            return b""
        body = parts[0] if len(parts) == 1 else b"(?:" + b"|".join(parts) + b")"
        if -1 in node:
            return (b"(?:" + body + b")?") if len(parts) > 1 or len(body) > 1 else body + b"?"
        return body

    return b"(?:" + emit(trie) + b")"


def column_number(letters: bytes | str) -> int:
    """``A`` -> 1, ``Z`` -> 26, ``AA`` -> 27."""
    n = 0
    for ch in letters.upper() if isinstance(letters, str) else letters.decode().upper():
        n = n * 26 + ord(ch) - 64
    return n


def scan_sheet(
    data: bytes, prefixed: bool = False, styles: frozenset[int] = frozenset()
) -> SheetScan:
    """One regex pass (:func:`_odd_pattern`; prefix ``<c``/``<row``/``<f``: fast in
    ``re``) and a pass over the reversed bytes for namespace prefixes (only when the
    sheet has a ``:`` at all). A canonical cell in a one-letter column, above
    :data:`BIG_ROW`, without one of ``styles`` and without an error value is not
    matched at all, so a normal sheet yields few matches; every other cell tag is read
    attribute by attribute, as calamine reads it. ``styles``: the style indices whose
    cells are listed in :attr:`SheetScan.styled` (the reader asks for the percent
    formats).
    """
    start = data.find(b"sheetData")
    end = data.rfind(b"sheetData")
    if start < 0 or end <= start:
        return SheetScan(explicit=not prefixed, max_row=0, max_col=0, formulas=False, errors=False)
    explicit = not prefixed and not _has_prefixed_element(data, start, end)
    max_row = BIG_ROW - 1
    max_col = 26
    formulas = errors = False
    far: list[tuple[int, int]] = []
    rows_of: dict[bytes, list[bytes]] = {}  # column letters -> styled rows as written
    for m in _odd_pattern(styles).finditer(data, start, end):
        at = m.start()
        if not data.startswith(CELL_OPEN, at):
            if data[at + 1] == 102:  # <f
                formulas = True
            else:  # a cell or row without a leading r="…", a comment, CDATA, a PI
                explicit = False
            continue
        ref = _CELL_REF.match(data, at + len(CELL_OPEN))
        if ref is None:  # a malformed reference: the streaming reader copes with it
            explicit = False
            continue
        letters, digits = ref.groups()
        col = letters[0] - 64 if len(letters) == 1 else column_number(letters)
        row = int(digits)
        max_col = max(max_col, col)
        if row >= BIG_ROW:
            max_row = max(max_row, row)
            if not _self_closing(data, _tag_close(data, at, end)):
                far.append((row, col))
        rest = _CANONICAL_REST.match(data, ref.end())
        if rest is not None:
            style, kind = rest.groups()
        else:  # read the tag's attributes one by one, as calamine does
            attributes, repeated = _cell_attributes(data, at)
            if repeated or attributes.get(b"r") != letters + digits:
                explicit = False  # not well-formed, or a reference calamine reads otherwise
                continue
            style, kind = attributes.get(b"s"), attributes.get(b"t")
            if style is not None and not style.isdigit():
                explicit = False  # s=" 1", s="&#49;": left to a real XML parser
                continue
        errors = errors or kind == b"e"
        if style is not None and styles and style.isdigit() and int(style) in styles:
            rows_of.setdefault(letters, []).append(digits)
    styled = {column_number(letters) - 1: set(map(int, rows)) for letters, rows in rows_of.items()}
    return SheetScan(
        explicit,
        max_row,
        max_col,
        formulas,
        errors,
        tuple(far),
        {col: frozenset(rows) for col, rows in styled.items()},
    )


def cell_attributes(data: bytes, at: int) -> dict[bytes, bytes]:
    """The attributes of the cell start tag at ``at`` (``<c …>``), as written: name ->
    value (the last of two equal names, as calamine reads them). Read one by one, so
    that a ``>`` or a quote inside a value cannot mislead."""
    return _cell_attributes(data, at)[0]


def _cell_attributes(data: bytes, at: int) -> tuple[dict[bytes, bytes], bool]:
    """:func:`cell_attributes`, and whether a name occurs twice."""
    pos = at + 2  # after "<c"
    out: dict[bytes, bytes] = {}
    repeated = False
    while (m := _ATTRIBUTE.match(data, pos)) is not None:
        name = m.group(1)
        repeated = repeated or name in out
        out[name] = m.group(2) if m.group(2) is not None else m.group(3)
        pos = m.end()
    return out, repeated


def _tag_close(data: bytes, at: int, end: int) -> int:
    """The ``>`` that closes the cell start tag at ``at`` (-1 if none before ``end``):
    the tag is read attribute by attribute, so a ``>`` inside a value does not end it."""
    pos = at + 2  # after "<c"
    while (m := _ATTRIBUTE.match(data, pos)) is not None:
        pos = m.end()
    return data.find(b">", pos, end)


def _self_closing(data: bytes, close: int) -> bool:
    return close > 0 and data[close - 1] == 47  # "/>"


def cell_end(data: bytes, at: int, end: int) -> int:
    """Where the cell whose start tag is at ``at`` ends (after ``/>`` or ``</c>``), so
    that a self-closing cell is not taken to run on into the next one."""
    close = _tag_close(data, at, end)
    if close < 0:
        return end
    if _self_closing(data, close):
        return close + 1
    finish = data.find(b"</c>", close, end)
    return end if finish < 0 else finish + 4


def _has_prefixed_element(data: bytes, start: int, end: int) -> bool:
    """Whether ``data[start:end]`` holds ``<`` + 1-20 word characters + ``:`` (an
    element with a namespace prefix), searched in reversed chunks (see
    :data:`_PREFIXED_REVERSED`) that overlap so that no match is cut in two."""
    if data.find(b":", start, end) < 0:
        return False
    hi = end
    while True:
        lo = max(start, hi - _REVERSE_CHUNK)
        if _PREFIXED_REVERSED.search(data[lo:hi][::-1]):
            return True
        if lo == start:
            return False
        hi = lo + _PREFIXED_SPAN


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

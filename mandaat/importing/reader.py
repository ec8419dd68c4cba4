"""Reading an import workbook into typed rows and a list of problems.

No Qt, no vault: the caller matches rows against the vault (unknown drug, net
price above the asking price...) after this layer has done its work.
"""

from __future__ import annotations

import io
import itertools
import os
import posixpath
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

import python_calamine
from defusedxml import ElementTree as DefusedET

from mandaat.importing import values as v
from mandaat.importing.errors import WorkbookError
from mandaat.importing.headers import (
    BID_LOOKUP,
    DOSSIER_LOOKUP,
    normalise_header,
)
from mandaat.importing.safety import (
    DEFAULT_LIMITS,
    Limits,
    SheetScan,
    check_package,
    decrypt_if_needed,
    read_limited,
)

SheetKind = Literal["dossiers", "bids"]


@dataclass(frozen=True)
class Row:
    """One data row: ``row`` is the row number Excel shows.

    ``values`` holds only the cells that were filled in and could be read, keyed by
    canonical field name; a cell that could not be read has a :class:`Problem`.
    ``troubled``: the reader found a problem in the row (kept or only counted).
    """

    sheet: str
    row: int
    values: Mapping[str, object] = field(hash=False)
    troubled: bool = False


@dataclass(frozen=True)
class Problem:
    """Something wrong with one cell (or row, or sheet) of the workbook.

    ``column`` is the column letter ("F"), ``header`` the header text as written in
    the file, ``value`` the cell as the user typed it; all three are ``""`` when
    they do not apply. ``code`` and ``params`` feed :mod:`mandaat.importing.messages`.
    """

    file: str
    sheet: str
    row: int
    column: str
    header: str
    value: str
    code: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)


@dataclass
class WorkbookData:
    #: the data rows of the recognised sheets, in sheet and row order
    rows: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: sheet name -> "dossiers" / "bids", for the sheets that were recognised
    sheets: dict[str, SheetKind] = field(default_factory=dict)
    #: sheet name -> canonical field -> (column letter, header text as written), for
    #: the recognised sheets: lets later checks (against the vault) name the cell
    columns: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    #: problems found beyond the first ``Limits.max_problems`` (not kept)
    more_problems: int = 0

    def rows_of(self, kind: SheetKind) -> list[Row]:
        """The data rows of the sheets of ``kind``."""
        return [row for row in self.rows if self.sheets.get(row.sheet) == kind]

    @property
    def dossier_rows(self) -> list[Row]:
        return self.rows_of("dossiers")

    @property
    def bid_rows(self) -> list[Row]:
        return self.rows_of("bids")

    def count(self, kind: SheetKind) -> int:
        return sum(1 for row in self.rows if self.sheets.get(row.sheet) == kind)

    @property
    def problem_count(self) -> int:
        """Every problem found, kept or not."""
        return len(self.problems) + self.more_problems


Parser = Callable[[Any, str | None], object]


def _text(value: object, fmt: str | None) -> str:
    return v.check_text(value.strip()) if isinstance(value, str) else v.display(value, fmt)


def _money(value: object, fmt: str | None) -> object:
    return v.parse_money(value)


_PARSERS: Final[dict[str, Parser]] = {
    "drug": _text,
    "substance": _text,
    "indication": _text,
    "supplier": _text,
    "required_reduction_text": _text,
    "reference": _text,
    "note": _text,
    "contact_person": _text,
    "sluis_date": lambda x, f: v.parse_date(x),
    "advice_date": lambda x, f: v.parse_date(x),
    "date": lambda x, f: v.parse_date(x),
    "asking_price": _money,
    "budget_impact_y3": _money,
    "net_price": _money,
    "annual_cap": _money,
    "patients_per_year": lambda x, f: v.parse_whole(x, minimum=0),
    "round": lambda x, f: v.parse_round(x),
    "party": lambda x, f: v.parse_party(x),
    "discount_pct": v.parse_percent,
    "duration_years": lambda x, f: v.parse_duration(x),
    "tiers": lambda x, f: v.parse_tiers(x),
    "tier_mode": lambda x, f: v.parse_tier_mode(x),
    "product": _text,
    "product_wide": lambda x, f: v.parse_yes_no(x),
}
#: fields whose parser looks at the number format of a numeric cell (a percent
#: format turns 0.685 into 68.5, and a number in a text field is shown as formatted)
_FORMAT_FIELDS: Final = frozenset(
    name for name, parser in _PARSERS.items() if parser is _text or name == "discount_pct"
)
_NUMBER_TYPES: Final = (int, float)
#: problems found by looking at the cell before parsing it; they come first in a row
_CELL_CODES: Final = frozenset({"error_value", "formula_without_value"})
#: a parsed value (True, value) or the problem (False, ValueProblem)
_Parsed = tuple[bool, object]
#: distinct values remembered per column (free text is unique and cheap to parse:
#: the memo simply stops growing)
_MEMO_SIZE: Final = 4096

_BID_TERMS: Final = ("discount_pct", "net_price", "annual_cap", "tiers")
_DOSSIER_SPECIFIC: Final = frozenset(
    {
        "substance",
        "supplier",
        "sluis_date",
        "advice_date",
        "required_reduction_text",
        "asking_price",
        "budget_impact_y3",
        "patients_per_year",
        "reference",
        "product",
    }
)


@dataclass(frozen=True)
class _Header:
    kind: SheetKind
    row: int
    #: column index (0-based, absolute: 0 is column A) -> (field, header as written)
    columns: dict[int, tuple[str, str]]

    def column_of(self, field_name: str) -> int | None:
        for idx, (name, _) in self.columns.items():
            if name == field_name:
                return idx
        return None


def _match(
    cells: Sequence[object], offset: int, limit: int, lookup: Mapping[str, str]
) -> dict[int, tuple[str, str]]:
    found: dict[int, tuple[str, str]] = {}
    seen: set[str] = set()
    for pos, raw in enumerate(cells):
        idx = pos + offset
        if idx >= limit:
            break
        if not isinstance(raw, str) or not raw.strip():
            continue
        name = lookup.get(normalise_header(raw))
        if name is not None and name not in seen:  # the first column of a kind wins
            seen.add(name)
            found[idx] = (name, " ".join(raw.split()))
    return found


def _detect_header(
    cells: Sequence[object], rownum: int, offset: int = 0, limit: int = 1 << 30
) -> _Header | None:
    """The header of a sheet, if row ``rownum`` is one. ``cells[i]`` is the value of
    column ``offset + i``; columns from ``limit`` on are not looked at."""
    bids = _match(cells, offset, limit, BID_LOOKUP)
    dossiers = _match(cells, offset, limit, DOSSIER_LOOKUP)
    bid_fields = {name for name, _ in bids.values()}
    dossier_fields = {name for name, _ in dossiers.values()}
    is_bids = "date" in bid_fields and any(t in bid_fields for t in _BID_TERMS)
    is_dossiers = "drug" in dossier_fields and len(dossier_fields & _DOSSIER_SPECIFIC) >= 2
    if is_bids and (not is_dossiers or len(bids) >= len(dossiers)):
        return _Header("bids", rownum, bids)
    if is_dossiers:
        return _Header("dossiers", rownum, dossiers)
    return None


def _letter(idx: int) -> str:
    """0 -> ``A``, 25 -> ``Z``, 26 -> ``AA``."""
    letters = ""
    n = idx + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


#: (code, value as shown) of a cell that is an error value or a formula without a
#: cached value, per column index (the streaming reader finds them)
Specials = Mapping[int, tuple[str, str]]
#: the number format that matters of a numeric cell: ``"0%"`` or None
FormatOf = Callable[[int, int], str | None]


def _no_format(row: int, idx: int) -> str | None:
    return None


class _SheetReader:
    """Turns the rows below a header into :class:`Row` and :class:`Problem` objects,
    one row at a time (:meth:`read_row`).

    ``offset`` is the column index of a row's first value (calamine rows start at the
    first used column; openpyxl rows at column A).
    """

    def __init__(
        self,
        file: str,
        title: str,
        header: _Header,
        out: WorkbookData,
        limits: Limits,
        offset: int = 0,
        format_of: FormatOf = _no_format,
    ) -> None:
        self.file = file
        self.title = title
        self.header = header
        self.out = out
        self.max_problems = limits.max_problems
        self.format_of = format_of
        #: (column index, position in a row, field, parser, memo of parsed values,
        #: whether a number's format matters)
        self.slots: list[tuple[int, int, str, Parser, dict[object, _Parsed], bool]] = [
            (idx, idx - offset, name, _PARSERS[name], {}, name in _FORMAT_FIELDS)
            for idx, (name, _) in sorted(header.columns.items())
            if idx >= offset
        ]
        #: memos for numeric cells with a percent format, per field
        self.percent_memo: dict[str, dict[object, _Parsed]] = {}
        self.is_bids = header.kind == "bids"

    def problem(
        self, row: int, idx: int | None, value: str, code: str, params: Mapping[str, object]
    ) -> None:
        if len(self.out.problems) >= self.max_problems:
            self.out.more_problems += 1
            return
        column = header = ""
        if idx is not None:
            column = _letter(idx)
            header = self.header.columns[idx][1] if idx in self.header.columns else ""
        self.out.problems.append(
            Problem(self.file, self.title, row, column, header, value, code, dict(params))
        )

    def read_row(
        self, rownum: int, cells: Sequence[object], specials: Specials | None = None
    ) -> None:
        """Parse one row; ``cells`` holds at least every mapped position. The row is
        kept when anything in it was filled in (its problems are recorded)."""
        parsed: dict[str, object] = {}
        failed: list[tuple[int, str, str, str, Mapping[str, object]]] | None = None
        filled = False
        for idx, pos, name, parser, memo, formatted in self.slots:
            value = cells[pos]
            if specials is not None and idx in specials:
                code, shown = specials[idx]
                if code == "error_value" or _is_blank(value):
                    failed = failed or []
                    failed.insert(
                        sum(1 for f in failed if f[3] in _CELL_CODES), (idx, name, shown, code, {})
                    )
                    filled = True
                    continue
            cls = value.__class__
            fmt = None
            if cls is str:
                if not value or value.isspace():  # type: ignore[attr-defined]
                    continue
            elif value is None:
                continue
            elif formatted and (cls is float or cls is int):
                fmt = self.format_of(rownum, idx)
                if fmt is not None:
                    memo = self.percent_memo.setdefault(name, {})
            filled = True
            # the same value in the same column parses the same way: spreadsheets
            # repeat drugs, parties, rounds, discounts; bools and zeros are not looked
            # up (True == 1 == 1.0 and -0.0 == 0 as dict keys)
            hit = memo.get(value) if cls is not bool and value else None
            if hit is None:
                try:
                    hit = (True, parser(value, fmt))
                except v.ValueProblem as exc:
                    hit = (False, exc)
                if cls is not bool and value and len(memo) < _MEMO_SIZE:
                    memo[value] = hit
            ok, result = hit
            if ok:
                if result.__class__ is not str or result:  # "" is nothing to keep
                    parsed[name] = result
                continue
            assert isinstance(result, v.ValueProblem)
            if fmt is None and cls in _NUMBER_TYPES:
                fmt = self.format_of(rownum, idx)
            failed = failed or []
            shown = "" if result.code == "control_character" else v.display(value, fmt)
            failed.append((idx, name, shown, result.code, result.params))
        if not filled:
            return
        troubled = bool(failed)
        if failed:
            for idx, _, shown, code, params in failed:
                self.problem(rownum, idx, shown, code, params)
            self._check_row(rownum, parsed, {f[1] for f in failed})
        elif "drug" not in parsed or (
            self.is_bids and ("date" not in parsed or not _has_terms(parsed))
        ):
            troubled = True
            self._check_row(rownum, parsed, set())
        self.out.rows.append(Row(self.title, rownum, parsed, troubled))

    def _check_row(self, rownum: int, parsed: dict[str, object], failed: set[str]) -> None:
        if "drug" not in parsed and "drug" not in failed:
            self.problem(rownum, self.header.column_of("drug"), "", "missing_drug", {})
        if not self.is_bids:
            return
        if "date" not in parsed and "date" not in failed:
            self.problem(rownum, self.header.column_of("date"), "", "missing_date", {})
        if not any(t in parsed or t in failed for t in _BID_TERMS):
            self.problem(rownum, None, "", "no_terms", {})


def _has_terms(parsed: Mapping[str, object]) -> bool:
    return any(t in parsed for t in _BID_TERMS)


# --------------------------------------------------------------------------- entry


def read_workbook(
    path: str | os.PathLike[str],
    password: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> WorkbookData:
    """Read the Dossiers and Biedingen sheets of an import workbook, in this process.

    Raises :class:`WorkbookError` when the file as a whole cannot be read; every
    problem with a single cell or row is collected in ``WorkbookData.problems``.
    The password is only used to decrypt in memory; it is not kept. An untrusted
    workbook is read through :func:`~mandaat.importing.isolation.read_isolated`
    (:func:`~mandaat.importing.apply.read_import`), which runs this in a child process.
    """
    file = str(path)
    data = read_limited(Path(path), limits)
    data = decrypt_if_needed(data, password)
    try:
        return _Workbook(file, data, limits).read()
    except WorkbookError:
        raise
    except Exception as exc:  # calamine / openpyxl / defusedxml on a damaged workbook
        if _is_unsafe_xml(exc):
            raise WorkbookError("unsafe_xml") from exc
        raise WorkbookError("corrupt", reason=type(exc).__name__) from exc


def _is_unsafe_xml(exc: BaseException) -> bool:
    """defusedxml refused a DTD (openpyxl wraps it in a ValueError: look down the
    chain), or calamine met an entity it does not know (it never expands DTD ones)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if type(current).__module__.startswith("defusedxml"):
            return True
        if isinstance(current, python_calamine.XmlError) and "entity" in str(current):
            return True
        current = current.__cause__ or current.__context__
    return False


# --------------------------------------------------------------------------- package

_REL_NS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_STRICT_REL_NS: Final = "http://purl.oclc.org/ooxml/officeDocument/relationships"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _resolve(base_dir: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(base_dir, target))


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, target part) of ``part``."""
    folder, name = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", name + ".rels")
    try:
        root = DefusedET.fromstring(archive.read(rels_name))
    except KeyError:
        return {}
    out: dict[str, tuple[str, str]] = {}
    for rel in root:
        if _local(rel.tag) == "Relationship" and rel.get("TargetMode") != "External":
            out[rel.get("Id", "")] = (rel.get("Type", ""), _resolve(folder, rel.get("Target", "")))
    return out


@dataclass(frozen=True)
class _Package:
    #: sheet name -> worksheet part
    parts: dict[str, str]
    styles: str | None


def _package(archive: zipfile.ZipFile) -> _Package:
    workbook = "xl/workbook.xml"
    for rel_type, target in _relationships(archive, "").values():
        if rel_type.endswith("/officeDocument"):
            workbook = target
    rels = _relationships(archive, workbook)
    parts: dict[str, str] = {}
    root = DefusedET.fromstring(archive.read(workbook))
    for el in root.iter():
        if _local(el.tag) != "sheet":
            continue
        rid = el.get(f"{{{_REL_NS}}}id") or el.get(f"{{{_STRICT_REL_NS}}}id") or ""
        if rid in rels:
            parts[el.get("name", "")] = rels[rid][1]
    styles = next((t for k, t in rels.values() if k.endswith("/styles")), None)
    return _Package(parts, styles)


_BUILTIN_PERCENT: Final = frozenset({9, 10})


def _percent_styles(archive: zipfile.ZipFile, part: str | None) -> frozenset[int]:
    """The cell style indices (``s="…"``) whose number format is a percentage."""
    if part is None:
        return frozenset()
    try:
        root = DefusedET.fromstring(archive.read(part))
    except KeyError:
        return frozenset()
    percent_ids = set(_BUILTIN_PERCENT)
    xfs: list[int] = []
    for el in root:
        name = _local(el.tag)
        if name == "numFmts":
            for fmt in el:
                if v.is_percent_format(fmt.get("formatCode")):
                    percent_ids.add(int(fmt.get("numFmtId", "-1")))
        elif name == "cellXfs":
            xfs = [int(xf.get("numFmtId", "0")) for xf in el]
    return frozenset(i for i, fmt_id in enumerate(xfs) if fmt_id in percent_ids)


# --------------------------------------------------------------------------- workbook


class _Workbook:
    def __init__(self, file: str, data: bytes, limits: Limits) -> None:
        self.file = file
        self.data = data
        self.limits = limits
        self.out = WorkbookData()
        self._openpyxl: tuple[Any, Any] | None = None
        self._package: _Package | None = None

    def _percent_styles(self, archive: zipfile.ZipFile) -> frozenset[int]:
        """For the gate (:func:`check_package`): the styles whose cells the scan lists."""
        self._package = _package(archive)
        return _percent_styles(archive, self._package.styles)

    def read(self) -> WorkbookData:
        info = check_package(self.data, self.limits, self._percent_styles)
        self.formula_entries = info.formula_entries
        archive = zipfile.ZipFile(io.BytesIO(self.data))
        try:
            package = self._package or _package(archive)
        finally:
            archive.close()
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(self.data))
        titles = []
        try:
            for meta in book.sheets_metadata:
                if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
                    continue
                titles.append(meta.name)
                part = package.parts.get(meta.name)
                scan = info.sheets.get(part) if part is not None else None
                if scan is not None and scan.plain:
                    kind = self._read_sheet_calamine(book, meta.name, scan)
                else:
                    kind = self._read_sheet_openpyxl(meta.name)
                if kind is not None:
                    self.out.sheets[meta.name] = kind
        finally:
            book.close()
            if self._openpyxl is not None:
                for wb in self._openpyxl:
                    if wb is not None:
                        wb.close()
        if not self.out.sheets:
            raise WorkbookError("no_header", sheets=titles)
        return self.out

    def _reader(
        self, title: str, header: _Header, offset: int, format_of: FormatOf
    ) -> _SheetReader | None:
        reader = _SheetReader(self.file, title, header, self.out, self.limits, offset, format_of)
        self.out.columns[title] = {
            name: (_letter(idx), text) for idx, (name, text) in header.columns.items()
        }
        if header.kind == "bids" and header.column_of("drug") is None:
            reader.problem(header.row, None, "", "missing_column", {"header": "Geneesmiddel"})
            return None
        return reader

    # -- calamine, for the plain sheets (see safety.SheetScan) --

    def _read_sheet_calamine(self, book: Any, title: str, scan: SheetScan) -> SheetKind | None:
        limits = self.limits
        sheet = book.get_sheet_by_name(title)
        start = sheet.start
        if start is None:
            return None

        def format_of(row: int, idx: int) -> str | None:
            rows = scan.styled.get(idx)
            return "0%" if rows is not None and row in rows else None

        # python-calamine's iter_rows() yields every row from row 1 (the empty ones
        # above the used area too) but each row only from the first used column on:
        # row numbers are counted from 1, column indices from ``start[1]``
        offset = start[1]
        reader: _SheetReader | None = None
        for rownum, cells in enumerate(sheet.iter_rows(), start=1):
            if rownum > limits.max_rows:  # the gate bounds the rows of a plain sheet
                if any(not _is_blank(c) for c in cells[: limits.max_columns - offset]):
                    raise WorkbookError("too_many_rows", sheet=title, limit=limits.max_rows)
                continue
            if reader is None:
                if rownum > limits.header_search_rows:
                    return None
                header = _detect_header(cells, rownum, offset, limits.max_columns)
                if header is None:
                    continue
                reader = self._reader(title, header, offset, format_of)
                if reader is None:
                    return header.kind
                continue
            reader.read_row(rownum, cells)
        return None if reader is None else reader.header.kind

    # -- the streaming openpyxl reader, for every other sheet --

    def _load_openpyxl(self) -> tuple[Any, Any]:
        if self._openpyxl is None:
            from openpyxl import load_workbook

            def load(data_only: bool) -> Any:
                return load_workbook(
                    io.BytesIO(self.data),
                    read_only=True,
                    data_only=data_only,
                    keep_vba=False,
                    keep_links=False,
                )

            formulas = load(False) if self.formula_entries else None
            self._openpyxl = (load(True), formulas)
        return self._openpyxl

    def _read_sheet_openpyxl(self, title: str) -> SheetKind | None:
        """Row by row, with openpyxl in read-only mode: slow, but memory stays flat
        whatever the sheet's shape (a cell at XFD1048576, cells without references)."""
        limits = self.limits
        wb_values, wb_formulas = self._load_openpyxl()
        ws_v = wb_values[title]
        ws_f = wb_formulas[title] if wb_formulas is not None else None

        def rows(ws: Any) -> Iterator[tuple[Any, ...]]:
            # every row, to the last: a far cell must be seen to be refused (openpyxl
            # fills a gap with one shared empty row, so gaps cost next to nothing)
            return iter(ws.iter_rows(min_row=1, max_col=limits.max_columns))

        formula_rows: Iterator[tuple[Any, ...]] = (
            rows(ws_f) if ws_f is not None else itertools.repeat(())
        )
        reader: _SheetReader | None = None
        formats: dict[int, str | None] = {}
        blank_row: object = None
        for rownum, (cells, formulas) in enumerate(
            zip(rows(ws_v), formula_rows, strict=False), start=1
        ):
            if cells is blank_row:  # a gap in the sheet: nothing to look at
                if reader is None and rownum > limits.header_search_rows:
                    return None
                continue
            if rownum > limits.max_rows:
                if any(not _is_blank(c.value) for c in cells):
                    raise WorkbookError("too_many_rows", sheet=title, limit=limits.max_rows)
                blank_row = cells
                continue
            if all(c.value is None for c in cells):
                blank_row = cells  # openpyxl yields one tuple for every row of a gap
            values: list[object] = [c.value for c in cells]
            if len(values) < limits.max_columns:
                values.extend([None] * (limits.max_columns - len(values)))
            if reader is None:
                if rownum > limits.header_search_rows:
                    return None
                header = _detect_header(values, rownum, 0, limits.max_columns)
                if header is None:
                    continue
                reader = self._reader(title, header, 0, lambda row, idx: formats.get(idx))
                if reader is None:
                    return header.kind
                continue
            specials: dict[int, tuple[str, str]] = {}
            formats.clear()
            for idx in reader.header.columns:
                if idx >= len(cells):
                    continue
                cell = cells[idx]
                fcell = formulas[idx] if idx < len(formulas) else None
                if getattr(cell, "data_type", None) == "e":
                    specials[idx] = ("error_value", str(cell.value))
                elif _is_blank(cell.value):
                    if fcell is not None and getattr(fcell, "data_type", None) == "f":
                        specials[idx] = ("formula_without_value", str(fcell.value))
                else:
                    fmt = getattr(cell, "number_format", None)
                    formats[idx] = "0%" if v.is_percent_format(fmt) else None
            reader.read_row(rownum, values, specials or None)
        return None if reader is None else reader.header.kind

"""Reading an import workbook into typed rows and a list of problems.

No Qt, no vault: the caller matches rows against the vault (unknown drug, net
price above the asking price...) after this layer has done its work.
"""

from __future__ import annotations

import io
import itertools
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

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
    """

    sheet: str
    row: int
    values: Mapping[str, object] = field(hash=False)


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
    dossier_rows: list[Row] = field(default_factory=list)
    bid_rows: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: sheet name -> "dossiers" / "bids", for the sheets that were recognised
    sheets: dict[str, SheetKind] = field(default_factory=dict)


_TEXT: Final = "text"
Parser = Callable[[Any, str | None], object]


def _text(value: object, fmt: str | None) -> str:
    return value.strip() if isinstance(value, str) else v.display(value, fmt)


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
    "asking_price": lambda x, f: v.parse_money(x),
    "budget_impact_y3": lambda x, f: v.parse_money(x),
    "net_price": lambda x, f: v.parse_money(x),
    "annual_cap": lambda x, f: v.parse_money(x),
    "patients_per_year": lambda x, f: v.parse_whole(x, minimum=0),
    "round": lambda x, f: v.parse_round(x),
    "party": lambda x, f: v.parse_party(x),
    "discount_pct": v.parse_percent,
    "duration_years": lambda x, f: v.parse_duration(x),
}

_BID_TERMS: Final = ("discount_pct", "net_price", "annual_cap")
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
    }
)


@dataclass(frozen=True)
class _Header:
    kind: SheetKind
    row: int
    #: column index (0-based) -> (field, header text as written)
    columns: dict[int, tuple[str, str]]

    def column_of(self, field_name: str) -> int | None:
        for idx, (name, _) in self.columns.items():
            if name == field_name:
                return idx
        return None


def _match(cells: Sequence[Any], lookup: Mapping[str, str]) -> dict[int, tuple[str, str]]:
    found: dict[int, tuple[str, str]] = {}
    seen: set[str] = set()
    for idx, cell in enumerate(cells):
        raw = cell.value
        if not isinstance(raw, str) or not raw.strip():
            continue
        name = lookup.get(normalise_header(raw))
        if name is not None and name not in seen:  # the first column of a kind wins
            seen.add(name)
            found[idx] = (name, " ".join(raw.split()))
    return found


def _detect_header(cells: Sequence[Any], rownum: int) -> _Header | None:
    bids = _match(cells, BID_LOOKUP)
    dossiers = _match(cells, DOSSIER_LOOKUP)
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
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(idx + 1))


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class _SheetReader:
    def __init__(self, file: str, title: str, header: _Header, out: WorkbookData) -> None:
        self.file = file
        self.title = title
        self.header = header
        self.out = out

    def problem(
        self, row: int, idx: int | None, value: str, code: str, params: Mapping[str, object]
    ) -> None:
        column = header = ""
        if idx is not None:
            column = _letter(idx)
            header = self.header.columns[idx][1] if idx in self.header.columns else ""
        self.out.problems.append(
            Problem(self.file, self.title, row, column, header, value, code, dict(params))
        )

    def read_row(self, rownum: int, cells: Sequence[Any], formulas: Sequence[Any]) -> None:
        raw: dict[int, tuple[object, str | None]] = {}
        pending: list[tuple[int, str, str]] = []
        for idx in self.header.columns:
            cell = cells[idx]
            value = cell.value
            fcell = formulas[idx] if idx < len(formulas) else None
            if getattr(cell, "data_type", None) == "e":
                pending.append((idx, str(value), "error_value"))
                continue
            if _is_blank(value):
                if fcell is not None and getattr(fcell, "data_type", None) == "f":
                    pending.append((idx, str(fcell.value), "formula_without_value"))
                continue
            raw[idx] = (value, getattr(cell, "number_format", None))
        if not raw and not pending:
            return
        for idx, shown, code in pending:
            self.problem(rownum, idx, shown, code, {})
        failed = {self.header.columns[idx][0] for idx, _, _ in pending}
        parsed: dict[str, object] = {}
        for idx, (value, fmt) in raw.items():
            name = self.header.columns[idx][0]
            try:
                result = _PARSERS[name](value, fmt)
            except v.ValueProblem as exc:
                self.problem(rownum, idx, v.display(value, fmt), exc.code, exc.params)
                failed.add(name)
                continue
            if result == "":
                continue
            parsed[name] = result
        self._check_row(rownum, parsed, failed)
        row = Row(self.title, rownum, parsed)
        if self.header.kind == "bids":
            self.out.bid_rows.append(row)
        else:
            self.out.dossier_rows.append(row)

    def _check_row(self, rownum: int, parsed: dict[str, object], failed: set[str]) -> None:
        if "drug" not in parsed and "drug" not in failed:
            self.problem(rownum, self.header.column_of("drug"), "", "missing_drug", {})
        if self.header.kind != "bids":
            return
        if "date" not in parsed and "date" not in failed:
            self.problem(rownum, self.header.column_of("date"), "", "missing_date", {})
        if not any(t in parsed or t in failed for t in _BID_TERMS):
            self.problem(rownum, None, "", "no_terms", {})


def _rows(ws: Any, limits: Limits) -> Iterator[tuple[Any, ...]]:
    return iter(ws.iter_rows(min_row=1, max_row=limits.max_rows + 1, max_col=limits.max_columns))


def _load(data: bytes, data_only: bool) -> Any:
    from openpyxl import load_workbook

    return load_workbook(
        io.BytesIO(data), read_only=True, data_only=data_only, keep_vba=False, keep_links=False
    )


def read_workbook(
    path: str | os.PathLike[str],
    password: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> WorkbookData:
    """Read the Dossiers and Biedingen sheets of an import workbook.

    Raises :class:`WorkbookError` when the file as a whole cannot be read; every
    problem with a single cell or row is collected in ``WorkbookData.problems``.
    The password is only used to decrypt in memory; it is not kept.
    """
    file = str(path)
    data = read_limited(Path(path), limits)
    data = decrypt_if_needed(data, password)
    package = check_package(data, limits)
    try:
        return _read(file, data, limits, with_formulas=bool(package.formula_entries))
    except WorkbookError:
        raise
    except Exception as exc:  # openpyxl / lxml / defusedxml on a damaged workbook
        if _caused_by_defusedxml(exc):
            raise WorkbookError("unsafe_xml") from exc
        raise WorkbookError("corrupt", reason=type(exc).__name__) from exc


def _caused_by_defusedxml(exc: BaseException) -> bool:
    """openpyxl wraps parser errors in a ValueError; look down the chain."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if type(current).__module__.startswith("defusedxml"):
            return True
        current = current.__cause__ or current.__context__
    return False


def _read(file: str, data: bytes, limits: Limits, with_formulas: bool) -> WorkbookData:
    """Read cached values; when the package has formulas, read the formulas alongside.

    Two passes over the same sheets (``data_only=True`` and ``False``) are the only
    way openpyxl tells "formula without a cached value" from "empty cell". They are
    skipped when the pre-parse scan found no formula element in the package.
    """
    out = WorkbookData()
    wb_values = _load(data, data_only=True)
    wb_formulas = _load(data, data_only=False) if with_formulas else None
    try:
        titles = []
        for i, ws_v in enumerate(wb_values.worksheets):
            titles.append(str(ws_v.title))
            ws_f = wb_formulas.worksheets[i] if wb_formulas is not None else None
            kind = _read_sheet(file, ws_v, ws_f, limits, out)
            if kind is not None:
                out.sheets[str(ws_v.title)] = kind
    finally:
        wb_values.close()
        if wb_formulas is not None:
            wb_formulas.close()
    if not out.sheets:
        raise WorkbookError("no_header", sheets=titles)
    return out


def _read_sheet(
    file: str, ws_v: Any, ws_f: Any, limits: Limits, out: WorkbookData
) -> SheetKind | None:
    title = str(ws_v.title)
    reader: _SheetReader | None = None
    formula_rows: Iterator[tuple[Any, ...]] = (
        _rows(ws_f, limits) if ws_f is not None else itertools.repeat(())
    )
    for rownum, (cells, formulas) in enumerate(
        zip(_rows(ws_v, limits), formula_rows, strict=False), start=1
    ):
        if reader is None:
            if rownum > limits.header_search_rows:
                return None
            header = _detect_header(cells, rownum)
            if header is None:
                continue
            reader = _SheetReader(file, title, header, out)
            if header.kind == "bids" and header.column_of("drug") is None:
                reader.problem(rownum, None, "", "missing_column", {"header": "Geneesmiddel"})
                return header.kind
            continue
        if rownum > limits.max_rows:
            if any(not _is_blank(c.value) for c in cells):
                raise WorkbookError("too_many_rows", sheet=title, limit=limits.max_rows)
            break
        reader.read_row(rownum, cells, formulas)
    return reader.header.kind if reader is not None else None

"""Reading an import workbook into typed rows and a list of problems.

No Qt, no vault: the caller matches rows against the vault (unknown drug, net
price above the asking price...) after this layer has done its work.
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import html
import io
import itertools
import operator
import os
import posixpath
import re
import threading
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, Literal, cast

import python_calamine
from defusedxml import ElementTree as DefusedET

from mandaat.importing import safety
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


@dataclass(frozen=True)
class RowBlock:
    """Consecutive data rows of one sheet, column by column.

    ``rows[i]`` is the row number Excel shows of the i-th row and
    ``columns[field][i]`` its value, None when the cell was empty or could not be
    read (a :class:`Problem` says which); fields without a column in the sheet are
    not in ``columns``. Kept this way (rather than a dict per row) so that checking
    a hundred thousand rows can look up what repeats column by column.
    """

    sheet: str
    kind: SheetKind
    rows: Sequence[int]
    columns: Mapping[str, Sequence[object]] = field(hash=False)

    def __len__(self) -> int:
        return len(self.rows)

    def row(self, i: int) -> Row:
        """The i-th row as a :class:`Row` (only its filled fields)."""
        return Row(
            self.sheet,
            self.rows[i],
            {name: col[i] for name, col in self.columns.items() if col[i] is not None},
        )

    def as_rows(self) -> list[Row]:
        return [self.row(i) for i in range(len(self.rows))]


@dataclass
class WorkbookData:
    #: the data rows of the recognised sheets, in sheet and row order
    blocks: list[RowBlock] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: sheet name -> "dossiers" / "bids", for the sheets that were recognised
    sheets: dict[str, SheetKind] = field(default_factory=dict)
    #: sheet name -> canonical field -> (column letter, header text as written), for
    #: the recognised sheets: lets later checks (against the vault) name the cell
    columns: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    #: problems found beyond those kept in ``problems`` (see ``Limits.max_problems``)
    more_problems: int = 0

    def blocks_of(self, kind: SheetKind) -> list[RowBlock]:
        return [b for b in self.blocks if b.kind == kind]

    def rows_of(self, kind: SheetKind) -> list[Row]:
        """Every data row of the sheets of ``kind`` as a :class:`Row`."""
        return [row for block in self.blocks_of(kind) for row in block.as_rows()]

    @property
    def dossier_rows(self) -> list[Row]:
        """The dossier rows, made anew from the blocks at every call (a view)."""
        return self.rows_of("dossiers")

    @property
    def bid_rows(self) -> list[Row]:
        """The bid rows, made anew from the blocks at every call (a view)."""
        return self.rows_of("bids")

    def count(self, kind: SheetKind) -> int:
        return sum(len(b) for b in self.blocks_of(kind))


Parser = Callable[[Any, str | None], object]


def _text(value: object, fmt: str | None) -> str:
    return value.strip() if isinstance(value, str) else v.display(value, fmt)


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

#: :meth:`_SheetReader.read_rows`: a cell for :meth:`parse_row`; a miss
_ODD: Final = object()
_MISSING: Final = object()
_NONES: Final = itertools.repeat(None)
_ODDS: Final = itertools.repeat(_ODD)
_MISSES: Final = itertools.repeat(_MISSING)
_STR_ONLY: Final = {str}
_FLOAT_ONLY: Final = {float}
_CENTS: Final = itertools.repeat(v.CENT)
_NONE_FOR_EMPTY: Final[dict[str, None]] = {"": None}
#: rows read column by column at a time (bounds the memory of the columns)
_CHUNK_ROWS: Final = 4096

_BID_TERMS: Final = ("discount_pct", "net_price", "annual_cap")
#: more percent styles than this and the sheets are read by the streaming reader
_MAX_PERCENT_STYLES: Final = 256
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


#: (code, value as shown) of a cell calamine reads as empty: an error value or a
#: formula without a cached value; per row number, per column index
Specials = dict[int, dict[int, tuple[str, str]]]
#: the number format that matters of a numeric cell: ``"0%"`` or None
FormatOf = Callable[[int, int], str | None]


def _no_format(row: int, idx: int) -> str | None:
    return None


class _SheetReader:
    """Turns the rows below a header into :class:`RowBlock` and :class:`Problem`
    objects (:meth:`read_rows` a chunk at a time, :meth:`read_row` one row at a time;
    :meth:`flush` ends the sheet).

    ``offset`` is the column index of a row's first value (calamine rows start at the
    first used column; openpyxl rows at column A).
    """

    def __init__(
        self,
        file: str,
        title: str,
        header: _Header,
        out: WorkbookData,
        offset: int = 0,
        format_of: FormatOf = _no_format,
        percent: Mapping[int, frozenset[int]] | None = None,
    ) -> None:
        self.file = file
        self.title = title
        self.header = header
        self.out = out
        self.format_of = format_of
        #: rows read one by one (:meth:`read_row`) that are not yet in a block
        self.pending: list[tuple[int, dict[str, object]]] = []
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
        #: for :meth:`read_rows`: memos of final values per field (``"%" + field`` for
        #: numbers with a percent format), and the percent-formatted rows per column
        self.fast_memo: dict[str, dict[object, object]] = {}
        self.percent: Mapping[int, frozenset[int]] = percent or {}
        self.percent_lists: dict[int, list[int]] = {}
        #: fields whose memo holds a value for :meth:`parse_row` (``_ODD``)
        self.odd_fields: set[str] = set()

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

    def read_row(
        self,
        rownum: int,
        cells: Sequence[object],
        specials: Mapping[int, tuple[str, str]] | None = None,
    ) -> None:
        """Parse one row (see :meth:`parse_row`) and keep it for the next block."""
        parsed = self.parse_row(rownum, cells, specials)
        if parsed is not None:
            self.pending.append((rownum, parsed))
            if len(self.pending) >= _CHUNK_ROWS:
                self.flush()

    def flush(self) -> None:
        """Turn the rows read one by one into a :class:`RowBlock`."""
        if not self.pending:
            return
        rows = [rownum for rownum, _ in self.pending]
        columns = {
            slot[2]: [values.get(slot[2]) for _, values in self.pending] for slot in self.slots
        }
        self.pending = []
        self.out.blocks.append(RowBlock(self.title, self.header.kind, rows, columns))

    def parse_row(
        self,
        rownum: int,
        cells: Sequence[object],
        specials: Mapping[int, tuple[str, str]] | None = None,
    ) -> dict[str, object] | None:
        """Parse one row; ``cells`` holds at least every mapped position. Returns the
        values read (problems are recorded), or None for a row with nothing in it."""
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
                if result != "":
                    parsed[name] = result
                continue
            assert isinstance(result, v.ValueProblem)
            if fmt is None and cls in _NUMBER_TYPES:
                fmt = self.format_of(rownum, idx)
            failed = failed or []
            failed.append((idx, name, v.display(value, fmt), result.code, result.params))
        if not filled:
            return None
        if failed:
            for idx, _, shown, code, params in failed:
                self.problem(rownum, idx, shown, code, params)
            self._check_row(rownum, parsed, {f[1] for f in failed})
        elif "drug" not in parsed or (
            self.is_bids and ("date" not in parsed or not _has_terms(parsed))
        ):
            self._check_row(rownum, parsed, set())
        return parsed

    def read_rows(
        self, first: int, chunk: Sequence[Sequence[object]], specials: Specials | None = None
    ) -> None:
        """:meth:`read_row` for consecutive rows (``chunk[0]`` is row ``first``), with
        the same values, problems and order, but column by column into one
        :class:`RowBlock`: each column's values are looked up in a memo of parsed
        values at C speed (``map``), and only the values never seen go through a
        parser. Rows with anything unusual (a problem, an error or formula cell, a
        boolean, a text cell that parses to nothing) go through :meth:`parse_row`."""
        n = len(chunk)
        if not n or not self.slots:
            for i, cells in enumerate(chunk):
                self.read_row(first + i, cells, specials.get(first + i) if specials else None)
            return
        self.flush()
        last = first + n - 1
        odd: set[int] = set()
        if specials:
            odd.update(r - first for r in specials if first <= r <= last)
        positions = [slot[1] for slot in self.slots]
        columns: list[Sequence[object]]
        if positions == list(range(len(chunk[0]))):  # every column of the rows is read
            columns = list(zip(*chunk, strict=True))
        elif len(positions) == 1:
            columns = [[cells[positions[0]] for cells in chunk]]
        else:
            columns = list(zip(*map(operator.itemgetter(*positions), chunk), strict=True))
        results: dict[str, list[object]] = {}
        for (idx, _, name, parser, _, formatted), column in zip(self.slots, columns, strict=True):
            memo = self.fast_memo.get(name)
            if memo is None:
                memo = self.fast_memo[name] = {None: None, "": None}
            # True == 1 == 1.0 as dict keys: a boolean must not find a number's entry
            if (0 in memo or 1 in memo) and bool in set(map(type, column)):
                odd.update(i for i, x in enumerate(column) if x.__class__ is bool)
            is_text = parser is _text
            if is_text and len(memo) >= _MEMO_SIZE and set(map(type, column)) == _STR_ONLY:
                # free text that hardly repeats (notes: the memo is full), every cell
                # a string ('' when empty): stripped at C speed. Text that repeats
                # (drugs, parties) goes through the memo, which also makes equal
                # values one object: later lookups compare them by identity.
                stripped: list[Any] = list(map(str.strip, column))  # type: ignore[arg-type]
                if "" in stripped:
                    stripped = list(map(_NONE_FOR_EMPTY.get, stripped, stripped))
                results[name] = stripped
                continue
            parsed = list(map(memo.get, column, _MISSES))
            if parser is _money and len(memo) >= _MEMO_SIZE:  # amounts that hardly repeat
                _whole_amounts(column, parsed)
            for i in itertools.compress(range(n), map(operator.is_, parsed, _MISSES)):
                value = column[i]
                cls = value.__class__
                if cls is bool:
                    odd.add(i)
                    continue
                result: object = memo.get(value, _MISSING)  # seen earlier in this chunk
                if result is not _MISSING:
                    parsed[i] = result
                    continue
                if cls is str and is_text:  # unique text (notes) is common: no call
                    result = value.strip() or None  # type: ignore[attr-defined]
                elif cls is str and value.isspace():  # type: ignore[attr-defined]
                    result = None
                else:
                    try:
                        result = parser(value, None)
                    except v.ValueProblem:
                        result = _ODD
                    else:
                        if result == "":  # filled, but nothing to keep: parse_row
                            result = _ODD
                    if result is _ODD:
                        self.odd_fields.add(name)
                if value and len(memo) < _MEMO_SIZE:  # not 0: -0.0 == 0 as a key
                    memo[value] = result
                parsed[i] = result
            if formatted:
                self._percent_cells(idx, name, parser, first, column, parsed)
            if name in self.odd_fields:  # only columns that ever had one are looked at
                odd.update(itertools.compress(range(n), map(operator.is_, parsed, _ODDS)))
            results[name] = parsed
        self._finish_block(first, chunk, specials, results, odd)

    def _percent_cells(
        self,
        idx: int,
        name: str,
        parser: Parser,
        first: int,
        column: Sequence[object],
        parsed: list[object],
    ) -> None:
        """Parse again the numbers of ``column`` whose cell has a percent format."""
        rows = self.percent_rows(idx)
        if not rows:
            return
        pmemo = self.fast_memo.setdefault("%" + name, {})
        lo = bisect.bisect_left(rows, first)
        hi = bisect.bisect_right(rows, first + len(column) - 1)
        # the positions, their values and what the memo knows of them, at C speed
        places = list(map(operator.sub, rows[lo:hi], itertools.repeat(first)))
        values = list(map(column.__getitem__, places))
        known = list(map(pmemo.get, values, _MISSES))
        for i, value, result in zip(places, values, known, strict=True):
            if value.__class__ not in _NUMBER_TYPES:
                continue
            if result is _MISSING or not value:  # zeros are not remembered
                try:
                    result = parser(value, "0%")
                except v.ValueProblem:
                    result = _ODD
                else:
                    if result == "":
                        result = _ODD
                if result is _ODD:
                    self.odd_fields.add(name)
                if value and len(pmemo) < _MEMO_SIZE:
                    pmemo[value] = result
            parsed[i] = result

    def _finish_block(
        self,
        first: int,
        chunk: Sequence[Sequence[object]],
        specials: Specials | None,
        columns: dict[str, list[object]],
        odd: set[int],
    ) -> None:
        """The row checks of :meth:`parse_row` for the rows that need one, in row
        order (the odd rows parsed again whole, the rows without a drug, a date or
        terms), empty rows dropped; then the block is stored."""
        n = len(chunk)
        everything = range(n)
        look = set(odd)

        def unfilled(name: str) -> Iterator[int]:
            col = columns.get(name)
            if col is None:
                return iter(everything)
            return itertools.compress(everything, map(operator.is_, col, _NONES))

        look.update(unfilled("drug"))
        if self.is_bids:
            look.update(unfilled("date"))
            terms = [columns[t] for t in _BID_TERMS if t in columns]
            if terms:
                look.update(i for i in unfilled(_BID_TERMS[0]) if all(c[i] is None for c in terms))
            else:
                look.update(everything)
        drop: list[int] = []
        for i in sorted(look):
            rownum = first + i
            if i in odd:
                special = specials.get(rownum) if specials else None
                values = self.parse_row(rownum, chunk[i], special)
                if values is None:
                    drop.append(i)
                    continue
                for name, col in columns.items():
                    col[i] = values.get(name)
                continue
            values = {name: col[i] for name, col in columns.items() if col[i] is not None}
            if not values:
                drop.append(i)
                continue
            if "drug" not in values or (
                self.is_bids and ("date" not in values or not _has_terms(values))
            ):
                self._check_row(rownum, values, set())
        rows: Sequence[int] = range(first, first + n)
        if drop:
            keep = [True] * n
            for i in drop:
                keep[i] = False
            rows = list(itertools.compress(rows, keep))
            columns = {name: list(itertools.compress(col, keep)) for name, col in columns.items()}
        if rows:
            self.out.blocks.append(RowBlock(self.title, self.header.kind, rows, columns))

    def percent_rows(self, idx: int) -> list[int]:
        """The rows (sorted) whose cell in column ``idx`` has a percent format."""
        rows = self.percent_lists.get(idx)
        if rows is None:
            rows = self.percent_lists[idx] = sorted(self.percent.get(idx, ()))
        return rows

    def _check_row(self, rownum: int, parsed: dict[str, object], failed: set[str]) -> None:
        if "drug" not in parsed and "drug" not in failed:
            self.problem(rownum, self.header.column_of("drug"), "", "missing_drug", {})
        if not self.is_bids:
            return
        if "date" not in parsed and "date" not in failed:
            self.problem(rownum, self.header.column_of("date"), "", "missing_date", {})
        if not any(t in parsed or t in failed for t in _BID_TERMS):
            self.problem(rownum, None, "", "no_terms", {})


def _whole_amounts(column: Sequence[object], parsed: list[object]) -> None:
    """Fill in ``parsed`` for the cells of ``column`` not found in the memo (``_MISSING``)
    when all of them hold whole euros (as floats, the way calamine reads numbers),
    at C speed: :func:`~mandaat.importing.values.parse_money` would give the same
    amounts one call at a time. Anything else is left to the parser."""
    missed = list(itertools.compress(range(len(parsed)), map(operator.is_, parsed, _MISSES)))
    values = list(map(column.__getitem__, missed))
    if not values or set(map(type, values)) != _FLOAT_ONLY:
        return
    floats = cast("list[float]", values)
    if not 0 <= min(floats) <= max(floats) < v.TOO_LARGE_FLOAT:
        return
    if not all(map(float.is_integer, floats)):
        return
    amounts = map(Decimal.quantize, map(Decimal, map(int, floats)), _CENTS)
    for i, amount in zip(missed, amounts, strict=True):
        parsed[i] = amount


def _has_terms(parsed: Mapping[str, object]) -> bool:
    return "discount_pct" in parsed or "net_price" in parsed or "annual_cap" in parsed


# --------------------------------------------------------------------------- entry

_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a workbook is read or planned.

    A 100k-row import creates some 600k small objects that live until the import is
    done (rows, bids, plan items) and no reference cycles; every few thousand of them
    the collector would walk all of them again (about a fifth of the import's time,
    for nothing collected). Reference counting still frees everything as usual. The
    collector is re-enabled when the last pause (of any thread) ends, and only if it
    was enabled when the first began; the objects made meanwhile are then put in the
    oldest generation (``gc.freeze()`` + ``gc.unfreeze()``), where a long-lived object
    ends up anyway, without being walked on the way.
    """
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                # what was made during the pause lives on (rows, plan): straight into
                # the oldest generation, rather than walked by the first collection
                # after the pause (some 30 ms at 100k rows) and again when promoted
                gc.freeze()
                gc.unfreeze()
                gc.enable()


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
    try:
        with gc_paused():
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


# --------------------------------------------------------------------------- sheet XML

_CELL_REF: Final = re.compile(rb'<c r="([A-Z]{1,3})(\d+)"')
_FORMULA_AT: Final = re.compile(rb"<f[\s>/]")
_FORMULA_TEXT: Final = re.compile(rb"<f(?:\s[^>]*)?>(.*?)</f>", re.S)
_CACHED: Final = re.compile(rb"<v>[^<]|<is>")
_VALUE: Final = re.compile(rb"<v>([^<]*)</v>")


def _cells_at(data: bytes, pattern: re.Pattern[bytes]) -> Iterator[tuple[int, int, bytes]]:
    """(row, column index, cell XML) of every cell containing ``pattern``."""
    start = data.find(b"sheetData")  # the same bounds as the scan's
    end = data.rfind(b"sheetData")
    pos = start
    while (m := pattern.search(data, pos, end)) is not None:
        pos = m.end()
        cell_start = data.rfind(safety.CELL_OPEN, start, m.start())
        ref = _CELL_REF.match(data, cell_start) if cell_start >= 0 else None
        if ref is None:
            continue
        cell_end = safety.cell_end(data, cell_start, end)
        if m.start() >= cell_end:
            continue  # not inside a cell (a row's attribute, text between cells)
        pos = cell_end
        row = int(ref.group(2))
        yield row, safety.column_number(ref.group(1)) - 1, data[cell_start:cell_end]


def _specials(data: bytes, formulas: bool, errors: bool) -> Specials:
    """Error cells and formula cells without a cached value, which calamine reads as
    empty; only called for sheets whose scan found formulas or error values."""
    out: Specials = {}
    if formulas:
        for row, idx, cell in _cells_at(data, _FORMULA_AT):
            if _CACHED.search(cell):
                continue
            text = _FORMULA_TEXT.search(cell)
            formula = html.unescape(text.group(1).decode("utf-8", "replace")) if text else ""
            out.setdefault(row, {})[idx] = ("formula_without_value", "=" + formula)
    if errors:
        for row, idx, cell in _cells_at(data, safety.ERROR_ATTR):
            if safety.cell_attributes(cell, 0).get(b"t") != b"e":
                continue  # text that looks like the attribute, or another attribute's tail
            value = _VALUE.search(cell)
            shown = html.unescape(value.group(1).decode("utf-8", "replace")) if value else ""
            out.setdefault(row, {})[idx] = ("error_value", shown)
    return out


# --------------------------------------------------------------------------- workbook


class _Workbook:
    def __init__(self, file: str, data: bytes, limits: Limits) -> None:
        self.file = file
        self.data = data
        self.limits = limits
        self.out = WorkbookData()
        self.formula_entries: frozenset[str] = frozenset()
        self.scans: Mapping[str, safety.SheetScan] = {}
        self._openpyxl: tuple[Any, Any] | None = None
        self._package: _Package | None = None
        self._percent: frozenset[int] = frozenset()
        #: worksheet entry -> what calamine does not tell about its cells
        self.facts: dict[str, _SheetFacts] = {}

    def _visit(
        self, archive: zipfile.ZipFile, entry: str, xml: bytes, scan: safety.SheetScan
    ) -> None:
        """Called by :func:`check_package` with each worksheet's XML (after the DTD
        check of every entry): collect error cells and formulas without a value, so
        the XML is inflated only once. The percent-formatted cells were listed by the
        scan itself (:meth:`_styles`)."""
        specials = _specials(xml, scan.formulas, scan.errors) if scan.explicit else {}
        percent = scan.styled if scan.explicit else {}
        self.facts[entry] = _SheetFacts(specials, percent)

    def _styles(self, archive: zipfile.ZipFile) -> frozenset[int]:
        """The percent styles, for the sheet scans of :func:`check_package` (called
        after the DTD check of every entry, before the first sheet is scanned)."""
        if self._package is None:
            self._package = _package(archive)
            self._percent = _percent_styles(archive, self._package.styles)
        if not self._scan_styles():
            return frozenset()  # the sheets are read by the streaming reader
        return self._percent

    def _scan_styles(self) -> bool:
        """Whether the scan can list the percent-formatted cells: not when style 0
        (that of every cell without an ``s``) is a percent format, nor when there are
        more percent styles than an honest workbook has (the scan would crawl)."""
        return 0 not in self._percent and len(self._percent) <= _MAX_PERCENT_STYLES

    def read(self) -> WorkbookData:
        package_info = check_package(self.data, self.limits, self._visit, self._styles)
        self.formula_entries = package_info.formula_entries
        self.scans = package_info.sheets
        archive = zipfile.ZipFile(io.BytesIO(self.data))
        try:
            package = self._package or _package(archive)
            book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(self.data))
            titles = []
            try:
                for meta in book.sheets_metadata:
                    if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
                        continue
                    titles.append(meta.name)
                    part = package.parts.get(meta.name)
                    kind = self._read_sheet(book, meta.name, part)
                    if kind is not None:
                        self.out.sheets[meta.name] = kind
            finally:
                book.close()
        finally:
            archive.close()
            if self._openpyxl is not None:
                for wb in self._openpyxl:
                    if wb is not None:
                        wb.close()
        if not self.out.sheets:
            raise WorkbookError("no_header", sheets=titles)
        return self.out

    def _read_sheet(self, book: Any, title: str, part: str | None) -> SheetKind | None:
        limits = self.limits
        scan = self.scans.get(part) if part is not None else None
        if scan is not None:  # refused before anything is read
            for row, col in scan.far_cells:
                if row > limits.max_rows and col <= limits.max_columns:
                    raise WorkbookError("too_many_rows", sheet=title, limit=limits.max_rows)
        if (
            scan is None
            or not scan.explicit
            or scan.max_row * scan.max_col > limits.max_grid_cells
            or not self._scan_styles()
        ):
            return self._read_sheet_openpyxl(title)
        assert part is not None
        facts = self.facts.get(part, _SheetFacts({}, {}))
        sheet = book.get_sheet_by_name(title)
        start = sheet.start
        if start is None:
            return None
        # python-calamine's iter_rows() yields every row from row 1 (the empty ones
        # above the used area too) but each row only from the first used column on:
        # row numbers are counted from 1, column indices from ``start[1]``
        # (tests/test_import_reader.py::test_column_map_is_returned_with_the_rows).
        offset = start[1]
        reader: _SheetReader | None = None
        rows = iter(sheet.iter_rows())
        rownum = 0
        for cells in rows:
            rownum += 1
            if rownum > limits.header_search_rows:
                return None
            header = _detect_header(cells, rownum, offset, limits.max_columns)
            if header is None:
                continue
            reader = self._reader(title, header, offset, facts.format_of, facts.percent)
            if reader is None:
                return header.kind
            break
        if reader is None:
            return None
        specials = facts.specials
        while chunk := list(itertools.islice(rows, _CHUNK_ROWS)):
            first = rownum + 1
            rownum += len(chunk)
            if rownum > limits.max_rows:
                keep = max(limits.max_rows - first + 1, 0)
                reader.read_rows(first, chunk[:keep], specials)
                beyond = chunk[keep]  # row max_rows + 1
                if any(not _is_blank(c) for c in beyond[: max(limits.max_columns - offset, 0)]):
                    raise WorkbookError("too_many_rows", sheet=title, limit=limits.max_rows)
                break
            reader.read_rows(first, chunk, specials)
        reader.flush()
        return reader.header.kind

    def _reader(
        self,
        title: str,
        header: _Header,
        offset: int,
        format_of: FormatOf,
        percent: Mapping[int, frozenset[int]] | None = None,
    ) -> _SheetReader | None:
        reader = _SheetReader(self.file, title, header, self.out, offset, format_of, percent)
        self.out.columns[title] = {
            name: (_letter(idx), text) for idx, (name, text) in header.columns.items()
        }
        if header.kind == "bids" and header.column_of("drug") is None:
            reader.problem(header.row, None, "", "missing_column", {"header": "Geneesmiddel"})
            return None
        return reader

    # -- the streaming openpyxl reader, for sheets calamine cannot be trusted with --

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
            return iter(
                ws.iter_rows(min_row=1, max_row=limits.max_rows + 1, max_col=limits.max_columns)
            )

        formula_rows: Iterator[tuple[Any, ...]] = (
            rows(ws_f) if ws_f is not None else itertools.repeat(())
        )
        reader: _SheetReader | None = None
        formats: dict[int, str | None] = {}
        for rownum, (cells, formulas) in enumerate(
            zip(rows(ws_v), formula_rows, strict=False), start=1
        ):
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
            if rownum > limits.max_rows:
                if any(not _is_blank(x) for x in values):
                    raise WorkbookError("too_many_rows", sheet=title, limit=limits.max_rows)
                break
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
        if reader is None:
            return None
        reader.flush()
        return reader.header.kind


@dataclass(frozen=True)
class _SheetFacts:
    """What calamine does not give for a sheet, read from its XML by the scan."""

    specials: Specials
    #: column index -> rows whose cell in that column has a percent number format
    percent: Mapping[int, frozenset[int]]

    def format_of(self, row: int, idx: int) -> str | None:
        """``"0%"`` when the cell has a percent number format (the only format the
        parsers look at), else None."""
        rows = self.percent.get(idx)
        return "0%" if rows is not None and row in rows else None

"""The tables a negotiator takes to Excel (issues 17 and 18): the bid overview of a
dossier, the per-year money of a bid and its sensitivity table, as one ``.xlsx``.

Written with openpyxl (already a runtime dependency; pandas stays a dev-only
dependency: see docs/export.md, "Naar Excel"). Numbers are real numbers, not text:
money as euros with a whole-euro format, percentages as fractions with a percent
format, so that Excel shows them in the user's own (Dutch) separators and sums them.
Every sheet has a header row, frozen panes, an auto-filter and column widths.

The workbook is confidential (bid money, verdicts, the sensitivity against the mandate):
it is written owner-only (0600) and atomically, like a confidential export. The words in
it are Dutch, like the nota's.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Literal

from mandaat import engine
from mandaat.model import Bid, Dossier, Party

Kind = Literal["text", "int", "eur", "pct", "pp", "patients", "number", "date"]

#: Excel number formats per kind (the file always holds "." and ","; Excel shows the
#: user's locale: € 1.234 and 68,50% in a Dutch Excel).
FORMATS: dict[str, str] = {
    "int": "0",
    "eur": '"€" #,##0;"€" -#,##0',
    "pct": "0.00%",
    "pp": '+0.00" pp";-0.00" pp";0.00" pp"',
    "patients": "#,##0.00",
    "number": "General",
    "date": "dd-mm-yyyy",
}

VERDICT_WORDS = {
    "meets": "voldoet",
    "fails": "voldoet niet",
    "depends": "hangt af",
    "judgement": "oordeel nodig",
}
SCENARIO_WORDS = {"low": "laag", "expected": "verwacht", "high": "hoog"}
PARTY_WORDS = {Party.SUPPLIER: "leverancier", Party.VWS: "VWS (tegenbod)"}
#: the assumptions of the sensitivity table: (key, Dutch name, unit)
ASSUMPTIONS: tuple[tuple[str, str, str], ...] = (
    ("volume", "volume", "% van verwacht"),
    ("growth", "groei", "% per jaar"),
    ("p4p_nonresponse", "P4P-non-respons", "%"),
    ("duration", "looptijd", "jaar"),
)


@dataclass(frozen=True)
class Col:
    """One column: its Dutch heading, the kind of its values and its width (characters)."""

    title: str
    kind: Kind
    width: int = 14


Cell = str | int | Decimal | dt.date | None


@dataclass(frozen=True)
class Sheet:
    """One worksheet: a header row from ``columns``, then ``rows`` (one value per column;
    a percentage as percent, e.g. 68.5, money in euros)."""

    name: str
    columns: tuple[Col, ...]
    rows: tuple[tuple[Cell, ...], ...]


def _verdict(code: str | None) -> str:
    return "—" if code is None else VERDICT_WORDS.get(code, code)


def _sorted(pairs: Iterable[tuple[Dossier, Bid]]) -> list[tuple[Dossier, Bid]]:
    """In the order of ``mandaat check``: drug, date, round."""
    return sorted(pairs, key=lambda p: (p[0].brand, p[1].date, p[1].round))


# --------------------------------------------------------------------------- the sheets

OVERVIEW_COLUMNS = (
    Col("Geneesmiddel", "text", 16),
    Col("Indicatie", "text", 22),
    Col("Datum", "date", 12),
    Col("Ronde", "int", 7),
    Col("Partij", "text", 15),
    Col("Looptijd (jaar)", "int", 9),
    Col("Effectief verwacht", "pct", 12),
    Col("Effectief laag", "pct", 12),
    Col("Effectief hoog", "pct", 12),
    Col("Oordeel mandaat", "text", 15),
    Col("Marge (pp)", "pp", 12),
    Col("Tekort per jaar", "eur", 15),
    Col("Tekort over de looptijd", "eur", 15),
    Col("Oordeel advies", "text", 15),
    Col("Opmerking", "text", 30),
)


def overview_sheet(pairs: Iterable[tuple[Dossier, Bid]]) -> Sheet:
    """Every bid with its verdicts (the bids tab as a table)."""
    rows: list[tuple[Cell, ...]] = []
    for d, b in _sorted(pairs):
        head: tuple[Cell, ...] = (
            d.brand,
            d.indication,
            b.date,
            b.round,
            PARTY_WORDS[b.party],
            b.duration_years,
        )
        try:
            a = engine.assess(d, b)
        except engine.EngineError as exc:
            rows.append((*head, None, None, None, None, None, None, None, None, exc.message))
            continue
        m = a.mandate

        def pct(name: str, a: engine.Assessment = a) -> Decimal | None:
            s = a.scenarios.get(name)
            return None if s is None else s.effective_pct

        rows.append(
            (
                *head,
                pct("expected"),
                pct("low"),
                pct("high"),
                _verdict(m.code if m else None),
                None if m is None else m.margin_pp,
                None if m is None else m.gap_eur_per_year,
                None if m is None else m.gap_eur_total,
                _verdict(a.advice.code if a.advice else None),
                None,
            )
        )
    return Sheet("Biedingen", OVERVIEW_COLUMNS, tuple(rows))


YEAR_COLUMNS = (
    Col("Geneesmiddel", "text", 16),
    Col("Datum bod", "date", 12),
    Col("Ronde", "int", 7),
    Col("Scenario", "text", 10),
    Col("Jaar", "text", 7),
    Col("Patiënten", "patients", 11),
    Col("Uitgaven tegen lijstprijs", "eur", 16),
    Col("Netto vóór plafond", "eur", 16),
    Col("Terugbetaling plafond", "eur", 16),
    Col("Terugbetaling P4P", "eur", 16),
    Col("Netto-uitgaven", "eur", 16),
    Col("Besparing op lijstprijs", "eur", 16),
)


def year_rows(ys: Sequence[engine.YearMoney]) -> list[tuple[str, tuple[Decimal, ...]]]:
    """("1", figures), …, ("totaal", sums): the per-year table of one scenario, figures
    in the order patients, list spend, net before cap, cap repayment, p4p refund, net
    spend, saving (exact)."""

    def figures(y: engine.YearMoney) -> tuple[Decimal, ...]:
        return (
            y.patients,
            y.list_spend,
            y.net_before_cap,
            y.cap_repayment,
            y.p4p_refund,
            y.net_spend,
            y.saving,
        )

    out = [(str(y.year), figures(y)) for y in ys]
    if ys:
        totals = tuple(sum(col, Decimal(0)) for col in zip(*(f for _, f in out), strict=True))
        out.append(("totaal", totals))
    return out


def years_sheet(pairs: Iterable[tuple[Dossier, Bid]]) -> Sheet:
    """Per bid and scenario the year-by-year money with a totals row."""
    rows: list[tuple[Cell, ...]] = []
    for d, b in _sorted(pairs):
        try:
            money = engine.year_money(d, b.arrangement, duration_years=b.duration_years)
        except engine.EngineError:
            continue
        for scenario, ys in money.items():
            for label, figures in year_rows(ys):
                rows.append(
                    (d.brand, b.date, b.round, SCENARIO_WORDS.get(scenario, scenario), label)
                    + figures
                )
    return Sheet("Per jaar", YEAR_COLUMNS, tuple(rows))


SENSITIVITY_COLUMNS = (
    Col("Geneesmiddel", "text", 16),
    Col("Datum bod", "date", 12),
    Col("Ronde", "int", 7),
    Col("Aanname", "text", 16),
    Col("Waarde", "number", 9),
    Col("Eenheid", "text", 14),
    Col("Oordeel mandaat", "text", 15),
    Col("Effectieve korting", "pct", 12),
    Col("Ander oordeel", "text", 10),
)


def sensitivity_points(
    s: engine.Sensitivity,
) -> list[tuple[str, str, str, engine.SensitivityPoint]]:
    """(key, Dutch name, unit, point) for every point of the table, the base first."""
    out = [("base", "basis", "", s.base)]
    table = {
        "volume": s.volume_pct,
        "growth": s.growth_pct,
        "p4p_nonresponse": s.p4p_nonresponse_pct,
        "duration": s.duration_years,
    }
    for key, name, unit in ASSUMPTIONS:
        out += [(key, name, unit, p) for p in table[key]]
    return out


def sensitivity_of(d: Dossier, b: Bid) -> engine.Sensitivity | None:
    """The bid's sensitivity against the dossier's mandate; None without a mandate or
    when the bid cannot be computed."""
    m = d.effective_mandate
    if m is None:
        return None
    try:
        return engine.sensitivity(m, d, b.arrangement, duration_years=b.duration_years)
    except engine.EngineError:
        return None


def sensitivity_sheet(pairs: Iterable[tuple[Dossier, Bid]]) -> Sheet:
    """Per bid its sensitivity table: every point, its verdict, and whether it turns."""
    rows: list[tuple[Cell, ...]] = []
    for d, b in _sorted(pairs):
        s = sensitivity_of(d, b)
        if s is None:
            continue
        for key, name, unit, p in sensitivity_points(s):
            turns = "" if key == "base" else ("ja" if p.verdict != s.base.verdict else "nee")
            rows.append(
                (
                    d.brand,
                    b.date,
                    b.round,
                    name,
                    None if key == "base" else p.value,
                    unit,
                    _verdict(p.verdict),
                    p.effective_pct,
                    turns,
                )
            )
    return Sheet("Gevoeligheid", SENSITIVITY_COLUMNS, tuple(rows))


def all_sheets(pairs: Iterable[tuple[Dossier, Bid]]) -> list[Sheet]:
    """The overview, per-year and sensitivity sheets of the same bids."""
    items = list(pairs)
    return [overview_sheet(items), years_sheet(items), sensitivity_sheet(items)]


# --------------------------------------------------------------------------- the file

_CENT = Decimal("0.01")
_PCT_PLACES = Decimal("0.000001")  # a fraction to 0.0001 pp


def _cell_value(value: Cell, kind: Kind) -> object:
    """What openpyxl writes: numbers as numbers (never text), rounded only to what the
    format can show and a little more (money to the cent, percentages to 0.0001 pp)."""
    if value is None or isinstance(value, str | dt.date) or kind in ("text", "date"):
        return value
    number = Decimal(value)
    if kind == "pct":
        number = (number / 100).quantize(_PCT_PLACES, rounding=ROUND_HALF_UP)
    elif kind in ("eur", "patients", "pp", "number"):
        number = number.quantize(_CENT, rounding=ROUND_HALF_UP)
    if number == number.to_integral_value():
        return int(number)
    return float(number)


def workbook_bytes(sheets: Sequence[Sheet]) -> bytes:
    """The ``.xlsx`` of ``sheets`` (an empty sheet keeps its header row)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.creator = "Mandaat"
    wb.properties.lastModifiedBy = "Mandaat"
    wb.properties.title = "Biedingen, geld per jaar en gevoeligheid"
    bold = Font(bold=True)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name)
        ws.append([c.title for c in sheet.columns])
        for cell in ws[1]:
            cell.font = bold
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in sheet.rows:
            ws.append([_cell_value(v, c.kind) for v, c in zip(row, sheet.columns, strict=True)])
        for i, c in enumerate(sheet.columns, start=1):
            letter = get_column_letter(i)
            ws.column_dimensions[letter].width = c.width
            fmt = FORMATS.get(c.kind)
            if fmt is not None:
                for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                    cell.number_format = fmt
        ws.freeze_panes = "A2"
        if sheet.rows:
            ws.auto_filter.ref = ws.dimensions
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def write_xlsx(path: Path, sheets: Sequence[Sheet]) -> None:
    """Write the workbook owner-only (0600), atomically: a crash leaves the old file or
    the new one, never half of it."""
    from mandaat.vault.atomic import atomic_write

    data = workbook_bytes(sheets)
    try:
        atomic_write(path, data, backups=0)
    except OSError as exc:  # name the file the user asked for, not our temp file
        raise OSError(exc.errno, exc.strerror, str(path)) from None

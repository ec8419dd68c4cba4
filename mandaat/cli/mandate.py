"""``mandaat threshold`` and ``mandaat check``: the engine on the command line."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from mandaat.cli.words import NL
from mandaat.errors import MandaatError


class CheckError(MandaatError):
    pass


#: bids assessed per call of ``engine.check_rows`` while ``check --json`` streams
JSON_CHUNK = 2000


def _json_rows(
    db: sqlite3.Connection, dossiers: list[Any], ids: set[Any], **analyses: Any
) -> Iterator[Any]:
    """The rows of ``engine.check_rows`` in its order (drug, date, round; ties in the
    store's order), made drug by drug and :data:`JSON_CHUNK` bids at a time, so that
    ``check --json`` never holds every bid or row. Each bid is assessed once."""
    from mandaat import engine
    from mandaat.vault import store

    by_drug: dict[str, list[Any]] = {}
    for d in sorted((d for d in dossiers if d.id in ids), key=lambda d: d.id):
        by_drug.setdefault(str(d.brand), []).append(d)
    for drug in sorted(by_drug):
        group = by_drug[drug]
        bids = [b for d in group for b in store.bids(db, d.id)]  # the store's order
        bids.sort(key=lambda b: (b.date.isoformat(), int(str(b.round))))  # stable, as check_rows
        for start in range(0, len(bids), JSON_CHUNK):
            # every dossier: a product-wide bid is judged on each linked indication
            yield from engine.check_rows(dossiers, bids[start : start + JSON_CHUNK], **analyses)


#: One row as JSON text: no indent, so that json's C encoder writes it (with an indent
#: json runs its pure-Python encoder, a sixth of the time of ``check --json``).
_ROW_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _write_json(rows: Iterable[Any], out: TextIO) -> None:
    """The rows as one JSON array, one row per line, written one row at a time without
    holding the list or its text: the same keys and values, in the same order, as
    ``json.dumps(list(rows), ensure_ascii=False)`` (the keys are the contract, the
    whitespace is not)."""
    first = True
    for row in rows:
        out.write(("[\n" if first else ",\n") + _ROW_ENCODER.encode(row))
        first = False
    out.write("[]\n" if first else "\n]\n")


def cmd_threshold(args: argparse.Namespace) -> int:
    from mandaat.cli.words import for_language
    from mandaat.thresholds import ThresholdError, parse_threshold, threshold_command

    text = " ".join(args.text)
    if args.json:
        code, output = threshold_command(text, True)
        if code == 0 or not output.startswith("Fout:"):
            print(output)
        else:
            print(f"mandaat: {output}", file=sys.stderr)
        return code
    words = for_language()
    try:
        t = parse_threshold(text)
    except ThresholdError as exc:
        if exc.code != "ambiguous":
            print(f"mandaat: Fout: {exc.message}", file=sys.stderr)
            return 1
        print(words.text("cli.ambiguous"))  # the candidates to pick from
        for i, c in enumerate(exc.candidates, 1):
            print(f"  {i}. {words.threshold(c.threshold)}  (\u201c{c.text}\u201d)")
        return 1
    print(words.text("cli.required", threshold=words.threshold(t)))
    return 0


#: The words of ``check``'s table (``--lang en``: English words and number notation).
_WORDS: Any = None


def _words() -> Any:
    from mandaat.cli.words import for_language

    global _WORDS
    _WORDS = for_language()
    return _WORDS


def _english() -> bool:
    from mandaat.cli.words import language

    return language() == "en"


def _notation(text: str) -> str:
    from mandaat.cli.words import notation

    return notation(text)


def _fmt_pct(value: Any) -> str:
    if value is None:
        return "—"
    return _notation(f"{value:.2f}%".replace(".", ","))


def _fmt_pp(value: Any) -> str:
    if value is None:
        return "—"
    return _notation(f"{value:+.2f} pp".replace(".", ","))


def _fmt_eur(value: Any) -> str:
    """Whole euros, as a negotiator reads them (the engine's cent stays in the JSON)."""
    if value is None:
        return "—"
    text = f"{round(value):,d}".replace(",", ".")
    return ("€" if _english() else "€ ") + _notation(text)


def _fmt_bound(bound: Any) -> str:
    """ "−5,00 pp · € 3.200.000/jr onder 35%": a distance with the bound it is measured to."""
    words = _WORDS or _words()
    pct = _notation(f"{bound['pct']:g}".replace(".", ",")) + "%"
    where = words.text("cli.check.below" if not bound["met"] else "cli.check.above")
    text = _fmt_pp(bound["margin_pp"])
    if not bound["met"]:
        text += f" · {_fmt_eur(bound['gap_per_year'])}{words.text('cli.check.per_year')}"
    return f"{text} {where} {pct}"


def cmd_check(args: argparse.Namespace) -> int:
    from mandaat import engine
    from mandaat.cli.common import unlock_kwargs
    from mandaat.vault import store
    from mandaat.vault.file import Vault

    xlsx = _xlsx_target(args.xlsx)
    vault = Vault.open(Path(args.vault), read_only=True, **unlock_kwargs(args))  # type: ignore[arg-type]
    try:
        dossiers = store.dossiers(vault.db)
        if args.dossier:
            wanted: list[Any] = []
            for name in args.dossier:
                found = [d for d in dossiers if str(d.id) == name] or store.find_dossiers(
                    vault.db, name
                )
                if not found:
                    raise CheckError("unknown_dossier", name=name)
                wanted += found
            ids = {d.id for d in wanted}
        else:
            ids = {d.id for d in dossiers}
        analyses = {
            "years": args.years,
            "what_it_takes": args.what_it_takes,
            "sensitivity": args.sensitivity,
            "horizon": args.horizon,
        }
        if xlsx is not None:
            chosen = [b for b in store.bids(vault.db) if b.dossier_id in ids]
            _write_xlsx(xlsx, dossiers, chosen, every=args.sensitivity)
        if args.json:
            _write_json(_json_rows(vault.db, dossiers, ids, **analyses), sys.stdout)
            return 0
        bids = [b for b in store.bids(vault.db) if b.dossier_id in ids]
    finally:
        vault.close()
    if xlsx is not None:
        print(f"Tabellen naar Excel geschreven: {xlsx}")
    words = _words()
    rows = engine.check_rows(dossiers, bids, **analyses)
    if not rows:
        print(words.text("cli.no_bids"))
        return 0
    w = {k: words.text(f"cli.check.{k}") for k in ("drug", "date", "round", "effective")}
    header = (
        f"{w['drug']:<14} {w['date']:<10} {w['round']:>5} {w['effective']:>10}"
        f" {words.text('cli.check.verdict'):<14}  {words.text('cli.check.bounds')}"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        verdict = words.verdict(None if r.get("verdict") is None else str(r.get("verdict")))
        if r.get("error"):
            error = str(r["error"])
            reason = words.text(f"cli.engine.{error}") if f"cli.engine.{error}" in NL else error
            verdict = words.text("cli.cannot_compute", reason=reason)
        bounds = "; ".join(_fmt_bound(b) for b in r.get("bounds") or []) or "—"  # type: ignore[attr-defined]
        worst = r.get("worst")
        if r.get("reason") == "scenarios_differ" and isinstance(worst, dict):
            scen = words.scenario(str(worst["scenario"]))
            bounds += f" (scenario {scen}: {_fmt_pp(worst['margin_pp'])}"
            bounds += f" · {_fmt_eur(worst['gap_per_year'])}{words.text('cli.check.per_year')})"
        print(
            f"{str(r['drug'])[:14]:<14} {r['date']!s:<10} {r['round']!s:>5}"
            f" {_fmt_pct(r['effective_reduction']):>10} {verdict:<14}  {bounds}"
        )
        _print_analyses(r)
    return 0


def _xlsx_target(name: str | None) -> Path | None:
    """``--xlsx FILE``: refused (usage, exit 2) before the vault is opened unless the
    name ends in .xlsx."""
    if name is None:
        return None
    from mandaat.cli.common import UsageError

    path = Path(name)
    if path.suffix.lower() != ".xlsx":
        raise UsageError(f"--xlsx {name}: de naam moet op .xlsx eindigen")
    return path


def _write_xlsx(path: Path, dossiers: list[Any], bids: list[Any], *, every: bool) -> None:
    """The bid overview and per-year sheets of ``bids`` and the sensitivity sheet of the
    latest bid of each dossier, or of every bid with ``every`` (``--sensitivity``: some
    20 verdicts a bid, about 15 times an assessment), owner-only."""
    from mandaat.export import tables

    by_id = {d.id: d for d in dossiers}
    pairs = [(by_id[b.dossier_id], b) for b in bids]
    latest: dict[Any, Any] = {}
    for d, b in pairs:
        if d.id not in latest or (b.date, b.round) >= (latest[d.id][1].date, latest[d.id][1].round):
            latest[d.id] = (d, b)
    tables.write_xlsx(
        path,
        [
            tables.overview_sheet(pairs),
            tables.years_sheet(pairs),
            tables.sensitivity_sheet(pairs if every else latest.values()),
        ],
    )


#: columns of ``check --years``, in order (their headings: ``cli.analysis.col.*``)
YEAR_COLUMNS = (
    "patients",
    "list_spend",
    "net_before_cap",
    "p4p_refund",
    "cap_repayment",
    "net_spend",
    "saving",
)


def _fmt_amount(text: Any) -> str:
    """An exact decimal string from the engine in whole euros (patients: 2 decimals)."""
    from decimal import Decimal

    return _fmt_eur(Decimal(str(text)))


def _fmt_patients(text: Any) -> str:
    from decimal import ROUND_HALF_UP, Decimal

    value = Decimal(str(text)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return _notation(f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", "."))


def _engine_short(words: Any, code: Any) -> str:
    key = f"cli.analysis.engine.{code}"
    return str(words.text(key)) if key in NL else str(code)


def _print_as_written(r: dict[str, Any]) -> None:
    """The horizon and the per-indication results below a bid's line."""
    words = _WORDS or _words()
    h = r.get("horizon")
    if isinstance(h, dict):
        if h.get("error"):
            text = words.text("cli.cannot_compute", reason=_engine_short(words, h["error"]))
        else:
            text = f"{words.verdict(h['verdict'])} ({_fmt_pct(h['effective_reduction'])})"
        after_key = f"cli.analysis.after_{h.get('after_end')}"
        after = words.text(after_key) if after_key in NL else ""
        years = words.count("years", h["years"]) if isinstance(h["years"], int) else h["years"]
        print("  " + words.text("cli.analysis.horizon", years=years, after=after, text=text))
    for ind in r.get("indications") or []:
        if ind.get("error"):
            text = words.text("cli.cannot_compute", reason=_engine_short(words, ind["error"]))
        else:
            text = f"{words.verdict(ind['verdict'])} ({_fmt_pct(ind['effective_pct'])})"
        line = words.text(
            "cli.analysis.indication", drug=ind["drug"], indication=ind["indication"], text=text
        )
        print("  " + line)


def _print_analyses(r: dict[str, Any]) -> None:
    """The optional analyses below a bid's line (confidential: for the user only)."""
    words = _WORDS or _words()
    _print_as_written(r)
    years = r.get("years")
    if isinstance(years, dict):
        totals = r.get("years_total") or {}
        for scenario, rows in years.items():
            print("  " + words.text("cli.analysis.per_year", scenario=words.scenario(scenario)))
            heads = [words.text(f"cli.analysis.col.{k}") for k in YEAR_COLUMNS]
            print(f"    {words.text('cli.analysis.year'):>6}" + "".join(f" {h:>15}" for h in heads))
            lines = [(str(y["year"]), y) for y in rows]
            if scenario in totals:
                lines.append((words.text("cli.analysis.total"), totals[scenario]))
            for label, y in lines:
                cells = [
                    _fmt_patients(y[k]) if k == "patients" else _fmt_amount(y[k])
                    for k in YEAR_COLUMNS
                ]
                print(f"    {label:>6}" + "".join(f" {c:>15}" for c in cells))
    if "extra_discount_pct" in r:
        extra = r["extra_discount_pct"]
        if extra is None:
            print("  " + words.text("cli.analysis.no_extra"))
        else:
            parts = []
            for b in extra["per_bound"]:
                pct = _notation(f"{b['pct']:g}".replace(".", ",")) + "%"
                parts.append(
                    words.text(
                        "cli.analysis.extra_bound",
                        pct=pct,
                        expected=_fmt_pct(b["expected"]),
                        worst=_fmt_pct(b["worst"]),
                    )
                )
            print("  " + words.text("cli.analysis.extra", parts="; ".join(parts)))
        binds = r.get("cap_binds_from_patients")
        if binds is not None:
            print("  " + words.text("cli.analysis.cap_binds", patients=_fmt_patients(binds)))
    sens = r.get("sensitivity")
    if isinstance(sens, dict):
        keys = ("volume", "growth", "p4p_nonresponse", "duration")
        names = {k: words.text(f"cli.analysis.sens.{k}") for k in keys}
        base = words.verdict(sens["base"]["verdict"])
        print("  " + words.text("cli.analysis.sensitivity", verdict=base))
        for key, word in names.items():
            points = sens[key]
            if not points:
                continue
            unit = words.text("cli.analysis.years_unit") if key == "duration" else "%"
            cells = []
            for p in points:
                value = (
                    p["years"]
                    if key == "duration"
                    else _notation(f"{p['pct']:g}".replace(".", ","))
                )
                cells.append(
                    f"{value}{unit}: {words.verdict(p['verdict'])}"
                    f" ({_fmt_pct(p['effective_reduction'])})"
                )
            print(f"    {word}: " + "; ".join(cells))
        turns = ", ".join(names[k] for k in sens["turns_verdict"])
        turns = turns or words.text("cli.analysis.turns_none")
        print("    " + words.text("cli.analysis.turns", names=turns))


def _horizon_years(text: str) -> int:
    try:
        years = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen geheel aantal jaren: {text!r}") from None
    if not 1 <= years <= 50:
        raise argparse.ArgumentTypeError(f"de horizon is 1 tot 50 jaar (was {years})")
    return years


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from mandaat.cli.common import add_unlock

    p = sub.add_parser("threshold", help="lees de vereiste prijsverlaging uit de tekst van ZIN")
    p.add_argument("text", nargs="+", help="de zin uit het advies, zoals geschreven")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_threshold)

    p = sub.add_parser("check", help="toets elk bod aan mandaat en advies")
    p.add_argument("vault")
    p.add_argument("--json", action="store_true")
    p.add_argument("--dossier", action="append", metavar="D", help="geneesmiddel of dossier-id")
    p.add_argument("--years", action="store_true", help="geld per jaar en scenario")
    p.add_argument(
        "--what-it-takes", action="store_true", help="extra korting nodig; waar het plafond knelt"
    )
    p.add_argument("--sensitivity", action="store_true", help="welke aanname het oordeel draait")
    p.add_argument(
        "--horizon",
        type=_horizon_years,
        metavar="JAREN",
        help="het oordeel over zoveel jaar, ook na het einde van de regeling",
    )
    p.add_argument(
        "--xlsx",
        metavar="FILE",
        help="schrijf biedingen en geld per jaar naar een Excel-bestand, met de gevoeligheid "
        "van het laatste bod per dossier (met --sensitivity: van elk bod)",
    )
    add_unlock(p)
    p.set_defaults(handler=cmd_check)

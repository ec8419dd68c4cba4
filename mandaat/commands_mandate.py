"""``mandaat threshold`` and ``mandaat check``: the engine on the command line."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from mandaat.errors import MandaatError

VERDICT_WORDS = {
    "meets": "voldoet",
    "fails": "voldoet niet",
    "depends": "hangt af",
    "judgement": "oordeel nodig",
    None: "—",
}


SCENARIO_WORDS = {"low": "laag", "expected": "verwacht", "high": "hoog"}

ENGINE_ERRORS = {
    "no_asking_price": "geen vraagprijs bekend",
    "no_volume": "geen patiëntaantal of budgetimpact",
    "no_units": "eenheden per patiënt ontbreken",
}


class CheckError(MandaatError):
    pass


#: bids assessed per call of ``engine.check_rows`` while ``check --json`` streams
JSON_CHUNK = 2000


def _json_rows(db: sqlite3.Connection, dossiers: list[Any], ids: set[Any]) -> Iterator[Any]:
    """The rows of ``engine.check_rows`` in its order (drug, date, round; ties in the
    store's order), made drug by drug and :data:`JSON_CHUNK` bids at a time, so that
    ``check --json`` never holds every bid or row. Each bid is assessed once."""
    from mandaat import engine, store

    by_drug: dict[str, list[Any]] = {}
    for d in sorted((d for d in dossiers if d.id in ids), key=lambda d: d.id):
        by_drug.setdefault(str(d.brand), []).append(d)
    for drug in sorted(by_drug):
        group = by_drug[drug]
        bids = [b for d in group for b in store.bids(db, d.id)]  # the store's order
        bids.sort(key=lambda b: (b.date.isoformat(), int(str(b.round))))  # stable, as check_rows
        for start in range(0, len(bids), JSON_CHUNK):
            yield from engine.check_rows(group, bids[start : start + JSON_CHUNK])


def _write_json(rows: Iterable[Any], out: TextIO) -> None:
    """What ``print(json.dumps(list(rows), ensure_ascii=False, indent=1))`` writes, one row
    at a time, without holding the list or its text."""
    first = True
    for row in rows:
        text = json.dumps(row, ensure_ascii=False, indent=1).replace("\n", "\n ")
        out.write(("[\n " if first else ",\n ") + text)
        first = False
    out.write("[]\n" if first else "\n]\n")


def cmd_threshold(args: argparse.Namespace) -> int:
    from mandaat.thresholds import threshold_command

    code, output = threshold_command(" ".join(args.text), args.json)
    if code == 0 or not output.startswith("Fout:"):  # an answer, or the candidates to pick
        print(output)
    else:
        import sys

        print(f"mandaat: {output}", file=sys.stderr)
    return code


def _fmt_pct(value: Any) -> str:
    if value is None:
        return "—"
    return f"{value:.2f}%".replace(".", ",")


def _fmt_pp(value: Any) -> str:
    if value is None:
        return "—"
    return f"{value:+.2f} pp".replace(".", ",")


def _fmt_eur(value: Any) -> str:
    """Whole euros, as a negotiator reads them (the engine's cent stays in the JSON)."""
    if value is None:
        return "—"
    text = f"{round(value):,d}".replace(",", ".")
    return f"€ {text}"


def _fmt_bound(bound: Any) -> str:
    """ "−5,00 pp · € 3.200.000/jr onder 35%": a distance with the bound it is measured to."""
    pct = f"{bound['pct']:g}".replace(".", ",") + "%"
    where = "onder" if not bound["met"] else "boven"
    text = _fmt_pp(bound["margin_pp"])
    if not bound["met"]:
        text += f" · {_fmt_eur(bound['gap_per_year'])}/jr"
    return f"{text} {where} {pct}"


def cmd_check(args: argparse.Namespace) -> int:
    from mandaat import engine, store
    from mandaat.cli import _unlock_kwargs
    from mandaat.vault import Vault

    vault = Vault.open(Path(args.vault), read_only=True, **_unlock_kwargs(args))  # type: ignore[arg-type]
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
        if args.json:
            _write_json(_json_rows(vault.db, dossiers, ids), sys.stdout)
            return 0
        bids = [b for b in store.bids(vault.db) if b.dossier_id in ids]
    finally:
        vault.close()
    rows = engine.check_rows(dossiers, bids)
    if not rows:
        print("Geen biedingen.")
        return 0
    header = (
        f"{'Geneesmiddel':<14} {'Datum':<10} {'Ronde':>5} {'Effectief':>10} {'Oordeel':<14}"
        f"  Afstand tot elke grens van het mandaat"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        verdict = VERDICT_WORDS.get(r.get("verdict"), str(r.get("verdict")))  # type: ignore[call-overload]
        if r.get("error"):
            verdict = f"niet te berekenen: {ENGINE_ERRORS.get(str(r['error']), r['error'])}"
        bounds = "; ".join(_fmt_bound(b) for b in r.get("bounds") or []) or "—"  # type: ignore[attr-defined]
        worst = r.get("worst")
        if r.get("reason") == "scenarios_differ" and isinstance(worst, dict):
            scen = SCENARIO_WORDS.get(str(worst["scenario"]), worst["scenario"])
            bounds += f" (scenario {scen}: {_fmt_pp(worst['margin_pp'])}"
            bounds += f" · {_fmt_eur(worst['gap_per_year'])}/jr)"
        print(
            f"{str(r['drug'])[:14]:<14} {r['date']!s:<10} {r['round']!s:>5}"
            f" {_fmt_pct(r['effective_reduction']):>10} {verdict:<14}  {bounds}"
        )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from mandaat.cli import _add_unlock

    p = sub.add_parser("threshold", help="lees de vereiste prijsverlaging uit de tekst van ZIN")
    p.add_argument("text", nargs="+", help="de zin uit het advies, zoals geschreven")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_threshold)

    p = sub.add_parser("check", help="toets elk bod aan mandaat en advies")
    p.add_argument("vault")
    p.add_argument("--json", action="store_true")
    p.add_argument("--dossier", action="append", metavar="D", help="geneesmiddel of dossier-id")
    _add_unlock(p)
    p.set_defaults(handler=cmd_check)

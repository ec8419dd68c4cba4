"""The ``mandaat template`` and ``mandaat import`` sub-commands (Excel import, issue 4).

``mandaat template FILE.xlsx`` writes the empty import template; it never overwrites.
``mandaat import VAULT FILE [--dry-run]`` checks every row of the workbook against the
vault and stores all of it in one transaction, or nothing at all: one problem refuses
the whole import (exit 1) and the vault file stays byte-identical. The workbook's
password (``--password-file`` or a prompt) is used in memory only.

What the commands share comes from :mod:`mandaat.cli.common`, which imports no command
module (no import circle); it is imported inside the functions to keep startup light.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import os
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Final

from mandaat.model import Party

if TYPE_CHECKING:
    from mandaat.importing.apply import (
        BidItem,
        ColumnMap,
        DossierItem,
        ImportPlan,
        ImportResult,
    )
    from mandaat.importing.reader import WorkbookData

#: whole-file errors of the isolated reader that end ``mandaat import`` with exit 1
CHILD_REFUSALS: Final = frozenset({"memory_limit", "time_limit", "reader_failed"})
#: problems printed one per line; the rest is counted
MAX_PROBLEM_LINES: Final = 50
#: rows shown per sheet by ``--dry-run``
MAX_TABLE_ROWS: Final = 50

#: the statuses of a row in ``--dry-run``'s table (worded by ``cli.import.status.*``)
_STATUS: Final = ("new", "updated", "present", "refused")


# --------------------------------------------------------------------------- template


def cmd_template(args: argparse.Namespace) -> int:
    from mandaat.cli.common import EXIT_OK, UsageError
    from mandaat.importing import write_template

    path = Path(args.file)
    if path.suffix.lower() != ".xlsx":
        raise UsageError(f"{path}: geef een bestandsnaam die op .xlsx eindigt")
    if path.exists() or path.is_symlink():
        raise UsageError(f"{path}: bestaat al; kies een andere naam (er wordt niets overschreven)")
    # reserve the name (O_EXCL: never overwrite), write beside it, then move into place
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise UsageError(f"{path}: bestaat al; kies een andere naam") from None
    except OSError as exc:
        raise UsageError(f"{path}: kan niet schrijven ({exc.strerror})") from None
    os.close(fd)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write_template(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        for leftover in (tmp, path):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise UsageError(f"{path}: kan niet schrijven ({exc.strerror})") from None
    except BaseException:
        for leftover in (tmp, path):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    print(f"Sjabloon geschreven: {path}")
    return EXIT_OK


# --------------------------------------------------------------------------- import


def _read_password_file(path: str) -> str:
    from mandaat.cli.common import UsageError

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise UsageError(f"{path}: kan het wachtwoordbestand niet lezen ({reason})") from None
    return text.splitlines()[0] if text else ""


def _read(path: Path, password: str | None) -> tuple[WorkbookData, ColumnMap]:
    """Read the workbook; prompt for its password when it has one and we may ask."""
    from mandaat.cli.common import interactive
    from mandaat.importing import WorkbookError
    from mandaat.importing.apply import read_import

    try:
        return read_import(path, password)
    except WorkbookError as err:
        if err.code != "password_required" or password is not None or not interactive():
            raise
    password = getpass.getpass(f"Wachtwoord van de werkmap {path.name}: ")
    return read_import(path, password)


def cmd_import(args: argparse.Namespace) -> int:
    from mandaat.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, unlock_kwargs
    from mandaat.cli.words import for_language
    from mandaat.cli.words_io import workbook_error_line
    from mandaat.errors import VaultError
    from mandaat.importing import WorkbookError
    from mandaat.importing.apply import apply_import, plan_import
    from mandaat.vault.file import Vault

    vault_path = Path(args.vault)
    if not vault_path.exists():
        raise VaultError("not_found", path=str(vault_path))
    path = Path(args.file)
    password = _read_password_file(args.password_file) if args.password_file else None
    try:
        data, columns = _read(path, password)
    except WorkbookError as err:
        message = workbook_error_line(err, str(path))
        if err.code == "password_required":
            message += f" ({for_language().text('cli.import.password_hint')})"
        print(f"mandaat: {message}", file=sys.stderr)
        # the isolated reader refused the workbook (it crashed, asked too much memory
        # or time): exit 1, as for any refused import; other whole-file errors: 2
        return EXIT_REFUSED if err.code in CHILD_REFUSALS else EXIT_USAGE
    unlock = unlock_kwargs(args)
    vault = Vault.open(vault_path, read_only=args.dry_run, **unlock)  # type: ignore[arg-type]
    try:
        plan = plan_import(vault.db, data, columns, file=str(path))
        if args.dry_run:
            _print_preview(plan)
        _print_problems(plan)
        if args.dry_run:
            print(_dry_run_summary(plan))
            return EXIT_OK if plan.ok else EXIT_REFUSED
        if not plan.ok:
            print(
                for_language().text(
                    "cli.import.refused", problems=_problems(plan.problem_count), file=path.name
                )
            )
            return EXIT_REFUSED
        result = apply_import(vault, plan)
    finally:
        vault.close()
    print(_summary(result))
    return EXIT_OK


# --------------------------------------------------------------------------- output


def _problems(n: int) -> str:
    from mandaat.cli.words import for_language

    return for_language().text(f"cli.import.problems.{'one' if n == 1 else 'other'}", n=n)


def _text(key: str, **params: object) -> str:
    from mandaat.cli.words import for_language

    return for_language().text(key, **params)


def _english() -> bool:
    from mandaat.cli.words import language

    return language() == "en"


def _notation(text: str) -> str:
    from mandaat.cli.words import notation

    return notation(text)


def _money(amount: Decimal | None) -> str:
    from mandaat.importing.apply import money_text

    if amount is None:
        return ""
    return ("€" if _english() else "€ ") + _notation(money_text(amount))


def _pct(value: Decimal) -> str:
    text = f"{value.normalize():f}" if value == value.to_integral_value() else str(value)
    return _notation(text.replace(".", ",")) + "%"


def _date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return value.isoformat() if _english() else f"{value.day}-{value.month}-{value.year}"


def _status(code: str) -> str:
    return _text(f"cli.import.status.{code}")


def _terms(item: BidItem) -> str:
    bid = item.bid  # built on every access: once
    if bid is None:
        return ""
    a = bid.arrangement
    parts = []
    if a.discount_pct is not None:
        parts.append(_text("cli.import.terms.discount", pct=_pct(a.discount_pct)))
    if a.net_price_per_patient is not None:
        parts.append(_text("cli.import.terms.net", money=_money(a.net_price_per_patient)))
    if a.annual_cap is not None:
        parts.append(_text("cli.import.terms.cap", money=_money(a.annual_cap)))
    from mandaat.cli.words import for_language

    parts.append(for_language().count("years", bid.duration_years))
    return " · ".join(parts)


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return [
        "  " + "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]


def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _dossier_rows(items: list[DossierItem]) -> list[list[str]]:
    heads = ("row", "drug", "indication", "asking", "reduction", "status")
    rows = [[_text(f"cli.import.col.{h}") for h in heads]]
    for it in items:
        d = it.dossier
        rows.append(
            [
                str(it.row),
                _short(it.drug, 24),
                _short(it.indication, 30),
                _money(d.asking_price) if d else "",
                _short(d.advice_text) if d else "",
                _status(it.status),
            ]
        )
    return rows


def _bid_rows(plan: ImportPlan, items: list[BidItem]) -> list[list[str]]:
    heads = ("row", "drug", "date", "round", "party", "terms", "status")
    rows = [[_text(f"cli.import.col.{h}") for h in heads]]
    for it in items:
        b = it.bid
        # the dossier the bid goes to, spelled as in the dossier
        drug = it.drug if it.target is None else plan.targets[it.target].brand
        rows.append(
            [
                str(it.row),
                _short(drug, 24),
                _date(b.date) if b else "",
                str(b.round) if b else "",
                _text(f"cli.import.party.{'vws' if b.party is Party.VWS else 'supplier'}")
                if b
                else "",
                _terms(it),
                _status(it.status),
            ]
        )
    return rows


def _counts(statuses: list[str]) -> str:
    counts = {k: statuses.count(k) for k in _STATUS}
    parts = [f"{n} {_status(k)}" for k, n in counts.items() if n or k != "updated"]
    return ", ".join(parts)


def _print_preview(plan: ImportPlan) -> None:
    print(_text("cli.import.preview", file=Path(plan.file).name))
    for sheet, kind in plan.sheets.items():
        print()
        if kind == "dossiers":
            ditems = [i for i in plan.dossier_items if i.sheet == sheet]
            counts = _counts([i.status for i in ditems])
            print(_text("cli.import.sheet.dossiers", sheet=sheet, n=len(ditems), counts=counts))
            rows = _dossier_rows(ditems[:MAX_TABLE_ROWS])
            more = len(ditems) - MAX_TABLE_ROWS
        else:
            bitems = [i for i in plan.bid_items if i.sheet == sheet]
            counts = _counts([i.status for i in bitems])
            print(_text("cli.import.sheet.bids", sheet=sheet, n=len(bitems), counts=counts))
            rows = _bid_rows(plan, bitems[:MAX_TABLE_ROWS])
            more = len(bitems) - MAX_TABLE_ROWS
        if len(rows) > 1:
            print("\n".join(_table(rows)))
        if more > 0:
            print("  " + _text("cli.import.more_rows", n=more))
    print()


def _print_problems(plan: ImportPlan) -> None:
    from mandaat.cli.words import for_language
    from mandaat.cli.words_io import problem_line

    if plan.ok:
        return
    words = for_language()
    print(words.text("cli.import.problems", n=plan.problem_count))
    for problem in plan.problems[:MAX_PROBLEM_LINES]:
        print(problem_line(problem, with_file=True))
    rest = plan.problem_count - min(len(plan.problems), MAX_PROBLEM_LINES)
    if rest > 0:
        print(words.text("cli.import.more", problems=_problems(rest)))


def _dry_run_summary(plan: ImportPlan) -> str:
    from mandaat.cli.words import for_language

    counts = {
        "new": plan.new_count,
        "updated": plan.updated_count,
        "present": plan.present_count,
    }
    if plan.ok:
        return for_language().text("cli.import.dry_ok", **counts)
    problems = _problems(plan.problem_count)
    return for_language().text("cli.import.dry_refused", problems=problems, **counts)


def _summary(result: ImportResult) -> str:
    from mandaat.cli.words import for_language

    key = "cli.import.summary." + ("committed" if result.committed else "nothing")
    return for_language().text(
        key,
        file=Path(result.file).name,
        new=result.new_count,
        updated=result.dossiers_updated,
        present=result.present_count,
        d_new=result.dossiers_new,
        d_updated=result.dossiers_updated,
        d_present=result.dossiers_present,
        b_new=result.bids_new,
        b_present=result.bids_present,
    )


# --------------------------------------------------------------------------- parser


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``template`` and ``import`` to the ``mandaat`` command line."""
    from mandaat.cli.common import add_unlock

    p = subparsers.add_parser("template", help="schrijf het lege importsjabloon (.xlsx)")
    p.add_argument("file", metavar="BESTAND.xlsx")
    p.set_defaults(handler=cmd_template)

    p = subparsers.add_parser(
        "import",
        help="importeer dossiers en biedingen uit een Excel-werkmap",
        description=(
            "Importeer de bladen Dossiers en Biedingen. Alles of niets: bij één probleem "
            "wordt niets opgeslagen. Een bestaand dossier wordt alleen aangevuld, nooit "
            "overschreven; een bod dat er al is wordt overgeslagen."
        ),
    )
    p.add_argument("vault", metavar="KLUIS")
    p.add_argument("file", metavar="WERKMAP")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="toon wat geïmporteerd zou worden en de problemen; wijzig niets",
    )
    p.add_argument(
        "--password-file",
        metavar="FILE",
        help="lees het wachtwoord van een beveiligde werkmap uit FILE",
    )
    add_unlock(p)
    p.set_defaults(handler=cmd_import)

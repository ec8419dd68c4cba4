"""Dutch messages for import problems and whole-file errors.

The reading core only produces codes with parameters; this catalogue turns them
into one Dutch line each, e.g.::

    Biedingen, rij 7, kolom F (Korting (%)): korting moet tussen 0 en 100% liggen
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import PurePath
from typing import Final

from mandaat.importing.errors import WorkbookError
from mandaat.importing.reader import Problem

PROBLEM_MESSAGES: Final[dict[str, str]] = {
    "invalid_number": "geen geldig bedrag of getal (bijvoorbeeld 104.000,50)",
    "negative_amount": "bedrag mag niet negatief zijn",
    "number_too_large": "getal te groot (zestien cijfers of meer voor de komma)",
    "invalid_percentage": "geen geldig percentage (bijvoorbeeld 68,5%)",
    "ambiguous_percentage": (
        "onduidelijk percentage: een getal tussen 0 en 1 kan een fractie of een "
        "percentage zijn; schrijf het percentage met een %-teken (bijvoorbeeld 68,5%)"
    ),
    "percentage_out_of_range": "korting moet tussen 0 en 100% liggen",
    "invalid_whole_number": "geen geldig geheel getal",
    "number_too_small": "getal moet minstens {minimum} zijn",
    "invalid_duration": "geen geldige looptijd in jaren",
    "duration_not_positive": "looptijd moet groter dan 0 jaar zijn",
    "invalid_date": "geen geldige datum (schrijf dag-maand-jaar, bijvoorbeeld 1-4-2026)",
    "impossible_date": "deze datum bestaat niet",
    "unknown_party": "partij moet 'leverancier' of 'VWS' zijn",
    "control_character": (
        "de tekst bevat een onzichtbaar stuurteken of een teken dat de schrijfrichting "
        "omkeert ({char}); verwijder het"
    ),
    "formula_without_value": (
        "formule zonder berekende waarde; open het bestand in Excel, sla het op en "
        "importeer opnieuw"
    ),
    "error_value": "de cel bevat een Excel-foutwaarde",
    "missing_drug": "geneesmiddel ontbreekt",
    "missing_date": "datum van het bod ontbreekt",
    "no_terms": ("bod zonder voorwaarden: vul korting, nettoprijs, uitgavenplafond of staffel in"),
    "unknown_tier_mode": (
        "staffelsoort onbekend: schrijf 'per schijf' (alleen eenheden boven de drempel) of "
        "'alle eenheden'"
    ),
    "invalid_tiers": (
        "staffel niet te lezen: schrijf drempel (patiënten per jaar) en korting, "
        "bijvoorbeeld 100: 40%; 200: 50%"
    ),
    "duplicate_tier": "staffel: de drempel {threshold} staat er twee keer in",
    "unknown_product_wide": "productbreed: schrijf 'ja' of 'nee'",
    "product_wide_no_product": (
        "een productbreed bod vraagt een product bij het dossier: vul de kolom Product in "
        "op het blad Dossiers"
    ),
    "product_wide_cap": (
        "een productbreed bod met een uitgavenplafond wordt niet per indicatie verdeeld: "
        "leg het plafond per indicatie vast"
    ),
    "product_wide_net_price": (
        "een productbreed bod met een nettoprijs per patiënt past niet op elke indicatie: "
        "geef een korting"
    ),
    "missing_column": "kolom '{header}' ontbreekt; het blad is overgeslagen",
    # checks against the vault (mandaat.importing.apply)
    "unknown_drug": "onbekend geneesmiddel: geen dossier in de kluis of in dit bestand",
    "unknown_indication": (
        "geen dossier van {drug} voor deze indicatie (bekende indicaties: {known})"
    ),
    "ambiguous_drug": (
        "{drug} heeft meerdere dossiers ({known}); vul de indicatie in zoals in het dossier"
    ),
    "dossier_conflict": (
        "dossier bestaat al met andere gegevens (in de kluis: {stored}); "
        "een import overschrijft niets — wijzig het dossier in Mandaat"
    ),
    "dossier_conflict_in_file": (
        "blad {other_sheet}, rij {other_row} geeft voor hetzelfde dossier een andere waarde "
        "({stored})"
    ),
    "unparseable_reduction": "vereiste prijsverlaging niet herkend: {reason}",
    "net_price_above_asking": "nettoprijs ligt boven de vraagprijs van het dossier (€ {asking})",
    "fractional_duration": "looptijd moet een geheel aantal jaren zijn (bijvoorbeeld 3)",
    "date_far_future": "datum ligt meer dan een jaar in de toekomst (tikfout?)",
}

ERROR_MESSAGES: Final[dict[str, str]] = {
    "file_not_found": "het bestand bestaat niet",
    "unreadable": "het bestand kan niet worden gelezen",
    "too_big": "het bestand is te groot (meer dan {limit_mb} MB)",
    "not_a_workbook": "dit is geen Excel-werkmap (.xlsx of .xlsm)",
    "truncated": "het bestand is onvolledig of beschadigd (afgebroken download?)",
    "corrupt": "het bestand is beschadigd en kan niet worden gelezen",
    "unsupported_format": (
        "dit bestandsformaat ({format}) wordt niet ondersteund; sla het in Excel op als .xlsx"
    ),
    "password_required": "de werkmap is met een wachtwoord beveiligd; geef het wachtwoord op",
    "wrong_password": "het wachtwoord is onjuist",
    "too_many_entries": "het bestand bevat te veel onderdelen ({count}); geweigerd",
    "too_much_data": "het bestand pakt uit tot te veel gegevens; geweigerd",
    "compression_ratio": "het bestand is verdacht sterk gecomprimeerd (zipbom?); geweigerd",
    "unsafe_xml": "het bestand bevat onveilige XML (DOCTYPE/entiteiten); geweigerd",
    "too_many_rows": "blad {sheet} heeft meer dan {limit} rijen",
    "damaged": "het bestand is beschadigd: onderdeel {entry} heeft geen geldige naam; geweigerd",
    "memory_limit": "het werkboek is geweigerd: het vraagt meer geheugen dan toegestaan",
    "time_limit": "het werkboek is geweigerd: het lezen duurt langer dan toegestaan",
    "reader_failed": "het werkboek kon niet worden gelezen",
    "no_header": (
        "geen blad met herkenbare kolomkoppen gevonden (verwacht de koppen van het "
        "sjabloon, bijvoorbeeld Geneesmiddel, Datum, Korting (%))"
    ),
}


def _fmt_param(value: object) -> str:
    if isinstance(value, Decimal):
        return str(value).replace(".", ",")
    return str(value)


def render(template: str, params: Mapping[str, object]) -> str:
    """``template`` filled in with ``params`` (decimals with a comma); a template that does
    not fit is shown as it is. The window renders its translated templates with it."""
    safe = {k: _fmt_param(val) for k, val in params.items()}
    try:
        return template.format(**safe)
    except (KeyError, IndexError, ValueError):
        return template


def problem_text(problem: Problem) -> str:
    """The explanation part of a problem, without its location."""
    template = PROBLEM_MESSAGES.get(problem.code)
    if template is None:
        return f"onbekend probleem ({problem.code})"
    return render(template, problem.params)


def format_problem(problem: Problem, with_file: bool = False) -> str:
    """One Dutch line: ``Blad, rij N, kolom X (Kop): uitleg``. The line names the
    cell, never the value in it (a bid's figures are confidential, and a control
    character must not reach a terminal)."""
    where = f"{problem.sheet}, rij {problem.row}"
    if problem.column:
        where += f", kolom {problem.column}"
        if problem.header:
            where += f" ({problem.header})"
    if with_file:
        where = f"{PurePath(problem.file).name}: {where}"
    return f"{where}: {problem_text(problem)}"


def format_workbook_error(error: WorkbookError, file: str | None = None) -> str:
    """One Dutch line for a whole-file failure."""
    params = dict(error.params)
    limit = params.get("limit")
    if error.code == "too_big" and isinstance(limit, int):
        params["limit_mb"] = limit // (1024 * 1024)
    template = ERROR_MESSAGES.get(error.code)
    text = render(template, params) if template else f"onbekende fout ({error.code})"
    return f"{PurePath(file).name}: {text}" if file else text

"""The import template: an empty workbook people fill in by hand."""

from __future__ import annotations

import os
from typing import Any, Final

from mandaat.importing.headers import (
    BID_HEADERS,
    BIDS_SHEET,
    DOSSIER_HEADERS,
    DOSSIERS_SHEET,
    INSTRUCTIONS_SHEET,
)

TEMPLATE_ROWS: Final = 1000  # data validation covers rows 2..1001
DATE_FORMAT: Final = "d-m-yyyy"
MONEY_FORMAT: Final = '"€" #,##0.00'
PERCENT_FORMAT: Final = "0.0#"  # a plain number: the header says (%)

_WIDTHS: Final[dict[str, int]] = {
    "Geneesmiddel": 22,
    "Werkzame stof": 22,
    "Indicatie": 34,
    "Leverancier": 22,
    "Sluis sinds": 13,
    "ZIN-advies": 13,
    "Vereiste prijsverlaging": 40,
    "Vraagprijs per patiënt (€)": 24,
    "Budgetimpact jaar 3 (€)": 24,
    "Patiënten per jaar": 18,
    "Kenmerk": 18,
    "Datum": 13,
    "Ronde": 8,
    "Partij": 13,
    "Korting (%)": 13,
    "Nettoprijs per patiënt (€)": 24,
    "Uitgavenplafond per jaar (€)": 26,
    "Looptijd (jaren)": 16,
    "Opmerking": 44,
    "Contactpersoon": 22,
    "Staffel": 30,
    "Staffelsoort": 18,
    "Productbreed": 14,
    "Product": 18,
}

_INSTRUCTIONS: Final[tuple[str, ...]] = (
    "Mandaat — importsjabloon",
    "",
    "Dit bestand heeft twee bladen om in te vullen: 'Dossiers' en 'Biedingen'. "
    "U mag één van beide leeg laten of verwijderen.",
    "Laat de kopregel (rij 1) staan. Extra kolommen worden genegeerd; lege rijen ook.",
    "",
    "Dossiers (één rij per geneesmiddel en indicatie)",
    "• Geneesmiddel: de merknaam, bijvoorbeeld Enhertu. Verplicht.",
    "• Werkzame stof, Indicatie, Leverancier: tekst.",
    "• Sluis sinds: de datum waarop het middel in de sluis is geplaatst.",
    "• ZIN-advies: de datum van het advies van het Zorginstituut.",
    "• Vereiste prijsverlaging: de tekst van het advies zoals geschreven, "
    "bijvoorbeeld 'met fors meer dan 68% moet dalen'.",
    "• Vraagprijs per patiënt (€), Budgetimpact jaar 3 (€): bedragen in euro's.",
    "• Patiënten per jaar: een geheel getal.",
    "• Kenmerk: uw eigen dossierkenmerk (tekst).",
    "",
    "Biedingen (één rij per bod)",
    "• Geneesmiddel en Indicatie: zoals in het dossier. Geneesmiddel is verplicht.",
    "• Datum: de datum van het bod. Verplicht.",
    "• Ronde: 1, 2, 3, …",
    "• Partij: 'leverancier' of 'VWS' (wie het bod doet).",
    "• Korting (%): een getal tussen 0 en 100, bijvoorbeeld 68,5 of 68,5%.",
    "• Nettoprijs per patiënt (€), Uitgavenplafond per jaar (€): bedragen in euro's.",
    "• Vul per bod minstens één van Korting, Nettoprijs, Uitgavenplafond of Staffel in.",
    "• Looptijd (jaren): een geheel aantal jaren, bijvoorbeeld 3.",
    "• Opmerking, Contactpersoon: tekst.",
    "• Staffel: drempels in patiënten per jaar met hun extra korting, gescheiden door "
    "een puntkomma, bijvoorbeeld 100: 40%; 200: 50%.",
    "• Staffelsoort: 'per schijf' (staffel per schijf: alleen de eenheden boven de drempel "
    "krijgen de korting, zoals belastingschijven) of 'alle eenheden' (staffel over alle "
    "eenheden: boven de drempel krijgt elke eenheid de korting). Leeg: per schijf.",
    "• Productbreed: 'ja' als de korting geldt voor alle indicaties van het product (elke "
    "indicatie wordt tegen haar eigen mandaat beoordeeld), anders 'nee'. Leeg: nee. Een "
    "productbreed bod vraagt een Product op het blad Dossiers en heeft geen plafond of "
    "nettoprijs per patiënt.",
    "• Product (blad Dossiers): de naam van het product; dossiers met hetzelfde product "
    "zijn de indicaties van één product.",
    "",
    "Schrijfwijzen",
    "• Datums: 1-4-2026, 01-04-2026, 2026-04-01, 1 april 2026 of 1 apr 2026 "
    "(altijd dag eerst) of een Excel-datum.",
    "• Bedragen: € 104.000, 104.000,50 of 1.234.567,89. Een punt gevolgd door precies "
    "drie cijfers is een duizendtal.",
    "• Percentages: 68,5 of 68,5%. Een getal kleiner dan 1 zonder %-teken "
    "(bijvoorbeeld 0,685) wordt niet geraden: schrijf 68,5% of 0,685%.",
    "• Formules zijn toegestaan; Mandaat leest de berekende waarde. Sla het bestand "
    "in Excel op voordat u het importeert.",
    "• Tekst die met = + - of @ begint wordt als gewone tekst bewaard.",
    "",
    "Vertrouwelijk: biedingen en kortingen zijn vertrouwelijk. Bewaar een ingevuld "
    "sjabloon niet langer dan nodig en niet buiten de beveiligde omgeving.",
)


def _validation(**kwargs: Any) -> Any:
    from openpyxl.worksheet.datavalidation import DataValidation

    dv = DataValidation(allow_blank=True, showErrorMessage=True, showInputMessage=True, **kwargs)
    dv.errorTitle = "Ongeldige waarde"
    return dv


def _date_validation() -> Any:
    dv = _validation(
        type="date", operator="between", formula1="DATE(1990,1,1)", formula2="DATE(2199,12,31)"
    )
    dv.error = "Vul een datum in, bijvoorbeeld 1-4-2026."
    return dv


def _money_validation() -> Any:
    dv = _validation(type="decimal", operator="greaterThanOrEqual", formula1="0")
    dv.error = "Vul een bedrag in euro's in (0 of meer)."
    return dv


def _column_specs() -> dict[str, tuple[Any, str | None]]:
    whole0 = _validation(type="whole", operator="greaterThanOrEqual", formula1="0")
    whole0.error = "Vul een geheel getal in (0 of meer)."
    round_dv = _validation(type="whole", operator="greaterThanOrEqual", formula1="1")
    round_dv.error = "Vul het rondenummer in: 1, 2, 3, …"
    party = _validation(type="list", formula1='"leverancier,VWS"')
    party.error = "Kies 'leverancier' of 'VWS'."
    pct = _validation(type="decimal", operator="between", formula1="0", formula2="100")
    pct.error = "Vul een korting tussen 0 en 100 in."
    tier_mode = _validation(type="list", formula1='"per schijf,alle eenheden"')
    tier_mode.error = "Kies 'per schijf' of 'alle eenheden'."
    yes_no = _validation(type="list", formula1='"ja,nee"')
    yes_no.error = "Kies 'ja' of 'nee'."
    duration = _validation(type="whole", operator="greaterThanOrEqual", formula1="1")
    duration.error = "Vul een looptijd in hele jaren in (1 of meer)."
    return {
        "Sluis sinds": (_date_validation(), DATE_FORMAT),
        "ZIN-advies": (_date_validation(), DATE_FORMAT),
        "Datum": (_date_validation(), DATE_FORMAT),
        "Vraagprijs per patiënt (€)": (_money_validation(), MONEY_FORMAT),
        "Budgetimpact jaar 3 (€)": (_money_validation(), MONEY_FORMAT),
        "Nettoprijs per patiënt (€)": (_money_validation(), MONEY_FORMAT),
        "Uitgavenplafond per jaar (€)": (_money_validation(), MONEY_FORMAT),
        "Patiënten per jaar": (whole0, "0"),
        "Ronde": (round_dv, "0"),
        "Partij": (party, None),
        "Korting (%)": (pct, PERCENT_FORMAT),
        "Looptijd (jaren)": (duration, "0"),
        "Vereiste prijsverlaging": (None, "@"),
        "Kenmerk": (None, "@"),
        "Staffel": (None, "@"),
        "Staffelsoort": (tier_mode, None),
        "Productbreed": (yes_no, None),
        "Product": (None, "@"),
    }


def _data_sheet(ws: Any, headers: tuple[str, ...]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="154273")  # Rijksoverheid dark blue
    specs = _column_specs()
    for col, header in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=col, value=header)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = _WIDTHS.get(header, 18)
        dv, fmt = specs.get(header, (None, None))
        target = f"{letter}2:{letter}{TEMPLATE_ROWS + 1}"
        if dv is not None:
            dv.add(target)
            ws.add_data_validation(dv)
        if fmt is not None:
            for row in range(2, TEMPLATE_ROWS + 2):
                ws.cell(row=row, column=col).number_format = fmt
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}1"
    ws.row_dimensions[1].height = 30


def write_template(path: str | os.PathLike[str]) -> None:
    """Write the import template (.xlsx) with Dossiers, Biedingen and Toelichting."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    dossiers = wb.active
    dossiers.title = DOSSIERS_SHEET
    _data_sheet(dossiers, DOSSIER_HEADERS)
    _data_sheet(wb.create_sheet(BIDS_SHEET), BID_HEADERS)
    info = wb.create_sheet(INSTRUCTIONS_SHEET)
    info.column_dimensions["A"].width = 110
    for row, line in enumerate(_INSTRUCTIONS, start=1):
        cell = info.cell(row=row, column=1, value=line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if row == 1:
            cell.font = Font(bold=True, size=14)
        elif line and not line.startswith("•") and len(line) < 60:
            cell.font = Font(bold=True)
    wb.active = 0
    wb.save(os.fspath(path))

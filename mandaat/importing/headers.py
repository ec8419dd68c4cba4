"""Column headers of the import template and the synonyms the reader accepts.

Headers are matched after :func:`normalise_header`: case, accents, spacing,
punctuation and a unit suffix such as ``(€)``, ``(%)``, ``(EUR)`` or ``(jaren)``
are ignored, so ``"Vraagprijs per patiënt (€)"``, ``"vraagprijs per patient"`` and
``"Asking price per patient (EUR)"`` all map to ``asking_price``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

DOSSIERS_SHEET: Final = "Dossiers"
BIDS_SHEET: Final = "Biedingen"
INSTRUCTIONS_SHEET: Final = "Toelichting"

DOSSIER_HEADERS: Final[tuple[str, ...]] = (
    "Geneesmiddel",
    "Werkzame stof",
    "Indicatie",
    "Leverancier",
    "Sluis sinds",
    "ZIN-advies",
    "Vereiste prijsverlaging",
    "Vraagprijs per patiënt (€)",
    "Budgetimpact jaar 3 (€)",
    "Patiënten per jaar",
    "Kenmerk",
    "Product",
)

BID_HEADERS: Final[tuple[str, ...]] = (
    "Geneesmiddel",
    "Indicatie",
    "Datum",
    "Ronde",
    "Partij",
    "Korting (%)",
    "Nettoprijs per patiënt (€)",
    "Uitgavenplafond per jaar (€)",
    "Looptijd (jaren)",
    "Opmerking",
    "Contactpersoon",
    "Staffel",
    "Staffelsoort",
    "Productbreed",
)

DOSSIER_FIELDS: Final[tuple[str, ...]] = (
    "drug",
    "substance",
    "indication",
    "supplier",
    "sluis_date",
    "advice_date",
    "required_reduction_text",
    "asking_price",
    "budget_impact_y3",
    "patients_per_year",
    "reference",
    "product",
)

BID_FIELDS: Final[tuple[str, ...]] = (
    "drug",
    "indication",
    "date",
    "round",
    "party",
    "discount_pct",
    "net_price",
    "annual_cap",
    "duration_years",
    "note",
    "contact_person",
    "tiers",
    "tier_mode",
    "product_wide",
)

#: canonical field -> the template header (per kind)
DOSSIER_HEADER_OF: Final[dict[str, str]] = dict(zip(DOSSIER_FIELDS, DOSSIER_HEADERS, strict=True))
BID_HEADER_OF: Final[dict[str, str]] = dict(zip(BID_FIELDS, BID_HEADERS, strict=True))

_COMMON_SYNONYMS: dict[str, tuple[str, ...]] = {
    "drug": (
        "geneesmiddel",
        "middel",
        "naam geneesmiddel",
        "geneesmiddelnaam",
        "merknaam",
        "product",
        "drug",
        "drug name",
        "medicine",
        "medicinal product",
        "brand name",
    ),
    "indication": ("indicatie", "indication"),
}

_DOSSIER_SYNONYMS: dict[str, tuple[str, ...]] = {
    **_COMMON_SYNONYMS,
    # on the Dossiers sheet "Product" is the product that links indications (issue 17),
    # not the drug's name
    "drug": tuple(w for w in _COMMON_SYNONYMS["drug"] if w != "product"),
    "substance": (
        "werkzame stof",
        "werkzaam bestanddeel",
        "stofnaam",
        "active substance",
        "active ingredient",
        "substance",
        "inn",
    ),
    "supplier": (
        "leverancier",
        "fabrikant",
        "registratiehouder",
        "firma",
        "bedrijf",
        "supplier",
        "manufacturer",
        "company",
        "marketing authorisation holder",
    ),
    "sluis_date": (
        "sluis sinds",
        "in sluis sinds",
        "sluisdatum",
        "datum sluis",
        "sluis",
        "sluis date",
        "lock date",
        "locked since",
        "in lock since",
    ),
    "advice_date": (
        "zin advies",
        "zin advies datum",
        "datum zin advies",
        "advies zin",
        "adviesdatum",
        "datum advies",
        "zorginstituut advies",
        "zin advice",
        "zin advice date",
        "advice date",
        "advice",
    ),
    "required_reduction_text": (
        "vereiste prijsverlaging",
        "benodigde prijsverlaging",
        "vereiste prijsdaling",
        "prijsverlaging",
        "required price reduction",
        "required reduction",
        "price reduction",
    ),
    "asking_price": (
        "vraagprijs per patient",
        "vraagprijs",
        "asking price per patient",
        "asking price",
        "list price per patient",
        "list price",
    ),
    "budget_impact_y3": (
        "budgetimpact jaar 3",
        "budget impact jaar 3",
        "budgetimpact",
        "budget impact",
        "budget impact year 3",
        "budget impact y3",
        "budget impact third year",
    ),
    "patients_per_year": (
        "patienten per jaar",
        "aantal patienten per jaar",
        "aantal patienten",
        "patients per year",
        "number of patients per year",
        "number of patients",
        "patients",
    ),
    "reference": (
        "kenmerk",
        "ons kenmerk",
        "referentie",
        "dossiernummer",
        "reference",
        "ref",
        "dossier number",
    ),
    "product": ("product", "productnaam", "product name"),
}

_BID_SYNONYMS: dict[str, tuple[str, ...]] = {
    **_COMMON_SYNONYMS,
    "date": ("datum", "datum bod", "biedingsdatum", "date", "bid date", "offer date"),
    "round": ("ronde", "biedronde", "round", "bid round"),
    "party": ("partij", "van", "door", "party", "bidder", "from", "by"),
    "discount_pct": (
        "korting",
        "kortingspercentage",
        "korting percentage",
        "discount",
        "discount percentage",
        "discount pct",
        "rebate",
    ),
    "net_price": (
        "nettoprijs per patient",
        "netto prijs per patient",
        "nettoprijs",
        "netto prijs",
        "net price per patient",
        "net price",
    ),
    "annual_cap": (
        "uitgavenplafond per jaar",
        "uitgavenplafond",
        "plafond per jaar",
        "plafond",
        "annual cap",
        "spending cap",
        "expenditure cap",
        "budget cap",
        "cap",
    ),
    "duration_years": (
        "looptijd",
        "looptijd in jaren",
        "duur",
        "duration",
        "term",
        "contract duration",
    ),
    "note": (
        "opmerking",
        "opmerkingen",
        "toelichting",
        "note",
        "notes",
        "remark",
        "remarks",
        "comment",
        "comments",
    ),
    "contact_person": ("contactpersoon", "contact", "contact person"),
    "tiers": ("staffel", "staffelkorting", "staffels", "tiers", "tiered discount"),
    "tier_mode": ("staffelsoort", "soort staffel", "staffeltype", "tier mode", "tier type"),
    "product_wide": ("productbreed", "geldt voor het product", "product wide", "product-wide"),
}

_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_TRAILING_UNIT = re.compile(r"(?:\s+(?:in|eur|euro|euros|pct|procent|percent))+$")


def normalise_header(text: str) -> str:
    """Fold a header to a comparable key: lower case, no accents, no unit suffix."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    folded = _PAREN.sub(" ", folded)
    folded = folded.replace("€", " ").replace("%", " ")
    folded = _NON_ALNUM.sub(" ", folded).strip()
    return _TRAILING_UNIT.sub("", folded).strip()


def _build(synonyms: dict[str, tuple[str, ...]], headers: dict[str, str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for field_name, words in synonyms.items():
        for word in (*words, headers[field_name]):
            table.setdefault(normalise_header(word), field_name)
    return table


DOSSIER_LOOKUP: Final[dict[str, str]] = _build(_DOSSIER_SYNONYMS, DOSSIER_HEADER_OF)
BID_LOOKUP: Final[dict[str, str]] = _build(_BID_SYNONYMS, BID_HEADER_OF)

"""Dutch texts of the export: ground names, motivations, field labels, error messages."""

from __future__ import annotations

from typing import Any

from mandaat.errors import MandaatError

#: Short name of each Woo ground (used in alt text and in section 5).
GROUND_NAMES: dict[str, str] = {
    "5.1.1c": "vertrouwelijk verstrekte bedrijfs- en fabricagegegevens",
    "5.1.2b": "economische of financiële belangen van de Staat",
    "5.1.2e": "persoonlijke levenssfeer",
    "5.1.2f": "concurrentiegevoelige bedrijfs- en fabricagegegevens",
    "5.1.2i": "goed functioneren van de Staat",
    "5.1.5": "onevenredige benadeling",
    "5.2.1": "persoonlijke beleidsopvattingen in intern beraad",
}

#: Article reference written out (section 5, inventory).
GROUND_ARTICLES: dict[str, str] = {
    "5.1.1c": "artikel 5.1, eerste lid, onder c, Woo",
    "5.1.2b": "artikel 5.1, tweede lid, onder b, Woo",
    "5.1.2e": "artikel 5.1, tweede lid, onder e, Woo",
    "5.1.2f": "artikel 5.1, tweede lid, onder f, Woo",
    "5.1.2i": "artikel 5.1, tweede lid, onder i, Woo",
    "5.1.5": "artikel 5.1, vijfde lid, Woo",
    "5.2.1": "artikel 5.2, eerste lid, Woo",
}

#: Default motivation per ground (the Woo asks one for every 5.1.2 ground).
DEFAULT_MOTIVATIONS: dict[str, str] = {
    "5.1.1c": (
        "De leverancier heeft de voorwaarden van zijn biedingen vertrouwelijk aan het "
        "ministerie meegedeeld; deze bedrijfsgegevens worden niet openbaar gemaakt."
    ),
    "5.1.2b": (
        "Openbaarmaking van het mandaat, de onderhandelingsruimte en de interne "
        "doorrekeningen zou de onderhandelingspositie van de Staat in deze en toekomstige "
        "prijsonderhandelingen schaden. Dat belang weegt zwaarder dan het belang van "
        "openbaarheid."
    ),
    "5.1.2e": (
        "Tot personen herleidbare gegevens zijn onleesbaar gemaakt vanwege de bescherming "
        "van de persoonlijke levenssfeer. Dat belang weegt zwaarder dan het belang van "
        "openbaarheid."
    ),
    "5.1.2f": (
        "De uit de biedingen afgeleide effectieve kortingen en toetsingen zijn "
        "concurrentiegevoelig: openbaarmaking geeft andere partijen inzicht in de "
        "prijsstrategie van de leverancier. Dat belang weegt zwaarder dan het belang van "
        "openbaarheid."
    ),
    "5.1.2i": "Openbaarmaking zou het goed functioneren van de Staat schaden.",
    "5.1.5": "Openbaarmaking zou tot onevenredige benadeling leiden.",
    "5.2.1": (
        "Persoonlijke beleidsopvattingen in een document opgesteld voor intern beraad "
        "worden niet openbaar gemaakt."
    ),
}

#: Dutch label per (entity, field): what kind of information a redaction hides.
FIELD_LABELS: dict[tuple[str, str], str] = {
    ("dossier", "mandate_threshold"): "het onderhandelingsmandaat",
    ("dossier", "expected_patients"): "het verwachte aantal patiënten in de doorrekening",
    ("dossier", "growth_pct_per_year"): "de verwachte groei in de doorrekening",
    ("dossier", "people"): "namen en contactgegevens van betrokkenen",
    ("person", "name"): "namen van ambtenaren en medewerkers van de leverancier",
    ("person", "role"): "functies van ambtenaren en medewerkers van de leverancier",
    ("person", "email"): "e-mailadressen",
    ("person", "phone"): "telefoonnummers",
    ("bid", "date"): "data van de biedingen",
    ("bid", "round"): "onderhandelingsrondes",
    ("bid", "party"): "de partij die een bod deed",
    ("bid", "arrangement"): "de voorwaarden van de biedingen",
    ("bid", "duration_years"): "looptijden van de biedingen",
    ("bid", "start_date"): "ingangsdata van de biedingen",
    ("bid", "end_date"): "einddata van de biedingen",
    ("bid", "conditions"): "voorwaarden bij de biedingen",
    ("bid", "note"): "interne aantekeningen bij de biedingen",
    ("bid", "contact_person"): "contactpersonen",
    ("arrangement", "discount_pct"): "kortingspercentages",
    ("arrangement", "net_price_per_patient"): "nettoprijzen",
    ("arrangement", "list_price_cut_pct"): "lijstprijsverlagingen",
    ("arrangement", "tiers"): "staffelkortingen",
    ("arrangement", "annual_cap"): "uitgavenplafonds",
    ("arrangement", "p4p_refund_share_pct"): "pay-for-performance-voorwaarden",
    ("arrangement", "patient_cap_units"): "plafonds per patiënt",
    ("arrangement", "free_initial_units"): "gratis startdoses",
    ("arrangement", "starters_pct"): "aannames over nieuwe patiënten in de doorrekening",
    ("arrangement", "patient_cap_months"): "plafonds op de behandelduur",
    ("arrangement", "treatment_months"): "aannames over de behandelduur in de doorrekening",
    ("arrangement", "after_end_net_price"): "prijzen na afloop van de regeling",
    ("assessment", "years"): "de geldstromen per jaar van een bod",
    ("assessment", "extra_discount_pct"): "de korting die nog nodig is voor het mandaat",
    ("assessment", "cap_binds_from_patients"): "interne scenarioberekeningen",
    ("assessment", "sensitivity"): "interne scenarioberekeningen",
    ("assessment", "indications"): "de toetsing per indicatie aan het mandaat",
    ("assessment", "horizon"): "de toetsing over een langere periode",
    ("assessment", "effective_reduction"): "effectieve kortingen van de biedingen",
    ("assessment", "scenarios"): "interne scenarioberekeningen",
    ("assessment", "advice_verdict"): "de toetsing van biedingen aan het advies",
    ("assessment", "mandate_verdict"): "de toetsing van biedingen aan het mandaat",
    ("assessment", "margin_pp"): "het verschil tussen bod en mandaat",
    ("assessment", "gap_eur_per_year"): "het financiële verschil tussen bod en mandaat",
    ("assessment", "gap_eur_total"): "het financiële verschil tussen bod en mandaat",
    ("nota_header", "kind"): "de soort nota",
    ("nota_header", "title"): "de titel van de nota",
    ("nota_header", "deadline"): "de deadline van de nota",
    ("nota_header", "kenmerk"): "het kenmerk van de nota",
    ("nota_header", "attachments"): "de bijlagen van de nota",
    ("nota_header", "author"): "namen van de opstellers van de nota",
    ("text", "email"): "e-mailadressen",
    ("text", "phone"): "telefoonnummers",
    ("text", "iban"): "bankrekeningnummers",
    ("text", "name"): "namen van personen",
}
for _c in "abcdefgh":
    FIELD_LABELS[("dossier", f"nota_{_c}")] = f"toelichting {_c} van de nota"

MARKINGS: dict[str, str] = {
    "intern": "Departementaal vertrouwelijk",
    "nota": "Vertrouwelijk — bevat niet-openbare gegevens, zie paragraaf 5",
    "woo": "Openbaar gemaakt op grond van de Wet open overheid",
}

_ERRORS: dict[str, str] = {
    "leak": ("Lekcontrole: {file} bevat de waarde van '{field}' ({where}); niets weggeschreven"),
    "leaks": "Lekcontrole: {count} treffer(s) in {outdir}",
    "bad_extension": "{path}: kies een bestandsnaam die eindigt op .docx of .pdf",
    "outdir_not_empty": "{path}: de map bestaat al en is niet leeg; kies een nieuwe map",
    "ambiguous_dossier": (
        "'{name}' past op meer dan één dossier (id {ids}); geef het dossier-id op"
    ),
    "bad_policy": "Classificatie: {detail}",
    "no_dossiers": "Geen dossiers om te exporteren",
    "not_a_dir": "{path}: geen map en geen exportbestand",
    "empty_dir": "{path}: de map bevat geen bestanden; er valt niets te controleren",
    "bad_logo": "Logo: {detail}; niets weggeschreven",
}


def export_message(code: str, params: dict[str, Any]) -> str:
    template = _ERRORS.get(code, code)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


class ExportError(MandaatError):
    """An export refused: a code and safe parameters (field names, never values)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, **params)
        self.args = (export_message(code, params),)

    def __str__(self) -> str:
        return export_message(self.code, self.params)

"""Words for the core's codes: verdicts, reasons, thresholds, terms, problems, engine
errors, timeline events, audit-log entries and plurals, in Dutch and English.

The core returns codes with parameters; this module turns them into sentences. It has
two catalogues, :data:`NL` (the default) and :data:`EN`, keyed by a message key; a
:class:`Words` words everything from one catalogue *lookup* (key → template), so the
command line uses a catalogue directly (:func:`for_language`) and the window passes a
lookup that goes through Qt's ``tr()`` (``ui/words.py``). Templates use ``{name}``
placeholders; whole sentences stay in one template so a language can reorder words.

Documents (nota, Woo) do not use this module: they keep their Dutch wording in
:mod:`mandaat.export.messages` and :func:`mandaat.thresholds.describe_threshold`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from decimal import Decimal

from mandaat.describe import Problem, TimelineEvent, dutch_money, dutch_pct, dutch_points
from mandaat.engine import _MESSAGES as _ENGINE_MESSAGES
from mandaat.engine import EngineError, Verdict
from mandaat.errors import _MESSAGES as _ERROR_MESSAGES
from mandaat.errors import MandaatError
from mandaat.model import COMPARATOR_KINDS, Arrangement, Party, Pct, Threshold
from mandaat.thresholds import _MESSAGES as _THRESHOLD_MESSAGES
from mandaat.thresholds import ThresholdError, pct_text
from mandaat.vault import audit

__all__ = ["EN", "LANGUAGES", "NL", "Words", "for_language", "language"]

Lookup = Callable[[str], str]
Formatter = Callable[[Decimal], str]

LANGUAGES = ("nl", "en")

#: Dutch: the source language, and the command line's default.
NL: dict[str, str] = {
    # verdicts and why
    "verdict.meets": "voldoet",
    "verdict.fails": "voldoet niet",
    "verdict.depends": "hangt af",
    "verdict.judgement": "oordeel nodig",
    "reason.in_range": (
        "de effectieve korting ligt tussen de onder- en bovengrens van de bandbreedte"
    ),
    "reason.within_tolerance": (
        "de effectieve korting ligt net onder het richtgetal, binnen de marge"
    ),
    "reason.scenarios_differ": "het oordeel verschilt per volumescenario (laag, verwacht, hoog)",
    "reason.substantially": (
        "het getal wordt gehaald, maar het advies vraagt om fors meer: "
        "beoordeel of de marge groot genoeg is"
    ),
    "reason.no_number": "de drempel heeft geen getal: een oordeel is nodig",
    "reason.comparator": "de drempel vergelijkt met een andere behandeling: een oordeel is nodig",
    "scenario.low": "laag",
    "scenario.expected": "verwacht",
    "scenario.high": "hoog",
    "party.supplier": "leverancier",
    "party.vws": "VWS (tegenbod)",
    # the required price reduction, as a civil servant writes it
    "threshold.at_least": "prijsverlaging van ten minste {pct}",
    "threshold.at_least.fors": "forse prijsverlaging van ten minste {pct}",
    "threshold.more_than": "prijsverlaging van meer dan {pct}",
    "threshold.more_than.fors": "prijsverlaging van fors meer dan {pct}",
    "threshold.approximately": "prijsverlaging van ongeveer {pct} (marge {margin} procentpunt)",
    "threshold.approximately.fors": (
        "forse prijsverlaging van ongeveer {pct} (marge {margin} procentpunt)"
    ),
    "threshold.range": "prijsverlaging van {low} tot {high}",
    "threshold.range.fors": "forse prijsverlaging van {low} tot {high}",
    "threshold.qualitative": "prijsverlaging zonder getal (oordeel)",
    "threshold.qualitative.fors": "forse prijsverlaging zonder getal (oordeel)",
    "threshold.comparator_net_price": "nettoprijs niet hoger dan de standaardbehandeling (oordeel)",
    # the same, short (a chart's legend, a list of readings to pick from)
    "short.at_least": "ten minste {pct}",
    "short.at_least.fors": "fors, ten minste {pct}",
    "short.more_than": "meer dan {pct}",
    "short.more_than.fors": "fors meer dan {pct}",
    "short.approximately": "ongeveer {pct} (marge {margin} procentpunt)",
    "short.approximately.fors": "fors, ongeveer {pct} (marge {margin} procentpunt)",
    "short.range": "{low} tot {high}",
    "short.range.fors": "fors, {low} tot {high}",
    "short.qualitative": "zonder getal (oordeel)",
    "short.qualitative.fors": "fors, zonder getal (oordeel)",
    "threshold.cost_neutral": "kostenneutraal (oordeel)",
    "threshold.cost_saving": "kostenbesparend (oordeel)",
    "threshold.parity": "prijspariteit met de standaardbehandeling (oordeel)",
    # the terms of a bid, in the order the engine applies them
    "terms.net": "nettoprijs {money} p.p.",
    "terms.net_discount": "nettoprijs {money} p.p. + korting {pct}",
    "terms.cut": "lijstprijs −{pct}",
    "terms.cut_discount": "lijstprijs −{cut} + korting {pct}",
    "terms.discount": "korting {pct}",
    "terms.tiers.one": "staffel 1 trede ({basis})",
    "terms.tiers.other": "staffel {n} treden ({basis})",
    "terms.basis.volume": "volume",
    "terms.basis.spend": "uitgaven",
    "terms.basis.volume_all": "volume, alle eenheden",
    "terms.basis.spend_all": "uitgaven, alle eenheden",
    "terms.cap": "plafond {money}/jr",
    "terms.p4p": "P4P {share}",
    "terms.p4p_rate": "P4P {share} × {rate}",
    "terms.none": "geen voorwaarden",
    # what is wrong with a bid as typed
    "problem.pct_range.discount_pct": "De korting moet tussen 0 en 100% liggen",
    "problem.pct_range.list_price_cut_pct": "De lijstprijsverlaging moet tussen 0 en 100% liggen",
    "problem.pct_range.p4p_refund_share_pct": (
        "Het terugbetaalde deel moet tussen 0 en 100% liggen"
    ),
    "problem.pct_range.p4p_nonresponse_rate_pct": (
        "Het aandeel non-responders moet tussen 0 en 100% liggen"
    ),
    "problem.pct_range.tiers": "Trede {tier}: de extra korting moet 0–100% zijn",
    "problem.negative.net_price_per_patient": "De nettoprijs kan niet negatief zijn",
    "problem.negative.annual_cap": "Het plafond kan niet negatief zijn",
    "problem.net_and_cut": (
        "Een nettoprijs en een lijstprijsverlaging samen kan niet: "
        "de nettoprijs vervangt de lijstprijs"
    ),
    "problem.p4p_incomplete": (
        "Pay-for-performance vraagt beide getallen: terugbetaald deel en non-respons"
    ),
    "problem.tier_mode": "Een staffel is marginaal of over alle eenheden",
    "problem.tier_threshold": "Trede {tier}: de drempel moet boven 0",
    "problem.tier_duplicate": "Trede {tier}: deze drempel staat er al",
    "problem.net_above_asking": (
        "De nettoprijs ligt boven de vraagprijs per patiënt: dat is geen korting"
    ),
    "problem.empty": (
        "Vul ten minste één onderdeel in: korting, nettoprijs, lijstprijsverlaging, "
        "staffel, plafond, pay-for-performance of een plafond per patiënt"
    ),
    "problem.bad_duration": "De looptijd is minstens 1 jaar",
    "problem.negative.patient_cap_units": "Het plafond in eenheden per patiënt kan niet negatief zijn",  # noqa: E501
    "problem.negative.free_initial_units": "Het aantal gratis startdoses kan niet negatief zijn",
    "problem.negative.patient_cap_months": "Het plafond op de behandelduur kan niet negatief zijn",
    "problem.negative.after_end_net_price": "De nettoprijs na het einde kan niet negatief zijn",
    "problem.pct_range.starters_pct": "Het aandeel starters moet tussen 0 en 100% liggen",
    "problem.no_starters": "Gratis startdoses vragen welk deel van de patiënten per jaar start",
    "problem.not_positive": "De behandelduur moet boven 0 liggen",
    "problem.no_treatment_months": "Een plafond op de behandelduur vraagt de verwachte behandelduur per patiënt",  # noqa: E501
    "problem.product_wide_cap": "Een productbreed bod met een uitgavenplafond wordt niet per indicatie verdeeld: leg het plafond per indicatie vast",  # noqa: E501
    "problem.product_wide_net_price": "Een productbreed bod met een nettoprijs per patiënt past niet op elke indicatie: geef een korting",  # noqa: E501
    "problem.after_end": "Na het einde: vraagprijs of nettoprijs",
    "problem.no_after_end_price": "Vul de nettoprijs per patiënt na het einde in",
    "problem.after_end_price_unused": "Een nettoprijs na het einde hoort bij 'na het einde: nettoprijs'",  # noqa: E501
    "problem.patient_units_need_units": "Een plafond of gratis startdoses in eenheden vraagt een vraagprijs per eenheid met het aantal eenheden per patiënt (bij het dossier)",  # noqa: E501
    "problem.duration_cap_per_year": "Een plafond op de behandelduur bij een prijs per jaar kan niet worden doorgerekend: daarvoor zijn de startjaren van de patiënten nodig",  # noqa: E501
    "problem.no_product": "Een productbreed bod vraagt een product bij het dossier: koppel eerst de indicaties van het product",  # noqa: E501
    "terms.patient_cap_units": "max {n} eenheden p.p.",
    "terms.free_units": "{n} startdoses gratis",
    "terms.free_units_starters": "{n} startdoses gratis ({pct} starters)",
    "terms.patient_cap_months": "max {n} mnd p.p.",
    "terms.patient_cap_months_of": "max {n} mnd p.p. (van {of})",
    "terms.product_wide": "productbreed",
    "terms.after_list": "daarna vraagprijs",
    "terms.after_net": "daarna {money} p.p.",
    "problem.bad_round": "De ronde is minstens 1",
    # a verdict explained, line by line
    "explain.mandate": "Mandaat: {threshold} — {verdict}",
    "explain.advice": "Advies: {threshold} — {verdict}",
    "explain.effective": "Effectieve korting (verwacht): {pct}",
    "explain.margin": "Marge ten opzichte van {pct}: {points}",
    "explain.gap": "Tekort tot {pct}: {year} per jaar, {total} over de looptijd",
    "explain.worst": (
        "Minst gunstig scenario ({scenario}): {points} onder {pct}, tekort {year} per jaar"
    ),
    "explain.reason": "Reden: {reason}",
    "explain.per_scenario": "Per scenario: {list}",
    # a dossier's moments
    "timeline.sluis": "In de sluis",
    "timeline.sluis_ref": "In de sluis ({ref})",
    "timeline.advice": "Advies Zorginstituut",
    "timeline.bid": "Bod ronde {round}",
    "timeline.counter": "Tegenbod VWS ronde {round}",
    "timeline.start": "Start regeling ronde {round}",
    "timeline.end": "Einde regeling ronde {round}",
    # the audit log: what happened (action) and to what (detail)
    "audit.vault_created": "kluis aangemaakt",
    "audit.vault_created.detail": "formaat {version}",
    "audit.schema_updated": "schema bijgewerkt",
    "audit.schema_updated.detail": "naar versie {version}",
    "audit.passphrase_changed": "wachtwoord gewijzigd",
    "audit.recovery_key_replaced": "nieuwe herstelsleutel",
    "audit.remember_on": "onthouden op deze computer aangezet",
    "audit.remember_off": "onthouden op deze computer uitgezet",
    "audit.dossier_added": "dossier toegevoegd",
    "audit.dossier_added.detail": "{brand} ({indication})",
    "audit.product_linked": "product gekoppeld",
    "audit.product_linked.detail": "{dossiers}",
    "audit.product_unlinked": "product ontkoppeld",
    "audit.product_unlinked.detail": "{dossiers}",
    "audit.dossier_changed": "dossier gewijzigd",
    "audit.dossier_changed.detail": "{brand} ({indication})",
    "audit.dossier_deleted": "dossier verwijderd",
    "audit.dossier_deleted.detail": "{brand} ({indication}), {bids}",
    "audit.dossier_restored": "dossier teruggezet",
    "audit.dossier_restored.detail": "{brand} ({indication})",
    "audit.bid_added": "bod toegevoegd",
    "audit.bid_added.detail": "{brand}, ronde {round}, {date}",
    "audit.bid_changed": "bod gewijzigd",
    "audit.bid_changed.detail": "{brand}, ronde {round}, {date}",
    "audit.bid_deleted": "bod verwijderd",
    "audit.bid_deleted.detail": "{brand}, ronde {round}, {date}",
    "audit.woo_grounds_changed": "weigeringsgrond gewijzigd",
    "audit.woo_grounds_changed.detail": "{brand}: {field} → {grounds}",
    "audit.woo_grounds_public.detail": "{brand}: {field} → openbaar",
    "audit.woo_grounds_default.detail": "{brand}: {field} → standaard",
    "audit.nota_header_changed": "nota-kop gewijzigd",
    "audit.nota_header_changed.detail": "{brand}",
    "audit.demo_filled": "demo gevuld",
    "audit.demo_filled.detail": "{dossiers} met FICTIEVE biedingen",
    "audit.import": "import",
    "audit.import.detail": (
        "{file}: dossiers {new} nieuw, {updated} bijgewerkt; biedingen {bids} nieuw; "
        "{present} al aanwezig"
    ),
    "audit.export": "export",
    "audit.export_nota.detail": "nota, publiek {audience}: {file}",
    "audit.export_woo.detail": "woo: {folder} ({files})",
    # counted things
    "count.bids.one": "1 bod",
    "count.bids.other": "{n} biedingen",
    "count.dossiers.one": "1 dossier",
    "count.dossiers.other": "{n} dossiers",
    "count.minutes.one": "1 minuut",
    "count.minutes.other": "{n} minuten",
    "count.files.one": "1 bestand",
    "count.files.other": "{n} bestanden",
    "count.years.one": "1 jaar",
    "count.years.other": "{n} jaar",
    "count.days.one": "1 dag",
    "count.days.other": "{n} dagen",
    "count.rows.one": "1 rij",
    "count.rows.other": "{n} rijen",
    "count.lines.one": "1 regel",
    "count.lines.other": "{n} regels",
    # the command line's own lines
    "cli.log_intact": "Logboek intact: {lines}, hashketen klopt.",
    "cli.no_bids": "Geen biedingen.",
    "cli.cannot_compute": "niet te berekenen: {reason}",
    "cli.check.drug": "Geneesmiddel",
    "cli.check.date": "Datum",
    "cli.check.round": "Ronde",
    "cli.check.effective": "Effectief",
    "cli.check.verdict": "Oordeel",
    "cli.check.bounds": "Afstand tot elke grens van het mandaat",
    "cli.check.below": "onder",
    "cli.check.above": "boven",
    "cli.check.per_year": "/jr",
    "cli.engine.no_asking_price": "geen vraagprijs bekend",
    "cli.engine.no_volume": "geen patiëntaantal of budgetimpact",
    "cli.engine.no_units": "eenheden per patiënt ontbreken",
    "cli.required": "Vereist: {threshold}",
    "cli.ambiguous": "Niet eenduidig; mogelijke lezingen:",
    # the import's lines around its problems (the problems: mandaat.cli.words_io)
    "cli.import.problems": "Problemen ({n}):",
    "cli.import.problems.one": "{n} probleem",
    "cli.import.problems.other": "{n} problemen",
    "cli.import.more": "… en nog {problems}",
    "cli.import.refused": "Import geweigerd: {problems} in {file}; er is niets opgeslagen.",
    "cli.import.password_hint": "met --password-file BESTAND",
    "cli.import.preview": "Proefimport van {file}: er wordt niets opgeslagen.",
    "cli.import.sheet.dossiers": "Blad {sheet} (dossiers): {n} rijen — {counts}",
    "cli.import.sheet.bids": "Blad {sheet} (biedingen): {n} rijen — {counts}",
    "cli.import.more_rows": "… en nog {n} rijen",
    "cli.import.status.new": "nieuw",
    "cli.import.status.updated": "bijgewerkt",
    "cli.import.status.present": "al aanwezig",
    "cli.import.status.refused": "geweigerd",
    "cli.import.col.row": "rij",
    "cli.import.col.drug": "geneesmiddel",
    "cli.import.col.indication": "indicatie",
    "cli.import.col.asking": "vraagprijs",
    "cli.import.col.reduction": "vereiste prijsverlaging",
    "cli.import.col.status": "status",
    "cli.import.col.date": "datum",
    "cli.import.col.round": "ronde",
    "cli.import.col.party": "partij",
    "cli.import.col.terms": "voorwaarden",
    "cli.import.party.supplier": "leverancier",
    "cli.import.party.vws": "VWS",
    "cli.import.terms.discount": "korting {pct}",
    "cli.import.terms.net": "nettoprijs {money}",
    "cli.import.terms.cap": "plafond {money}/jaar",
    "cli.import.dry_ok": (
        "Proefimport: {new} nieuw, {updated} bijgewerkt, {present} al aanwezig; "
        "geen problemen. Er is niets opgeslagen."
    ),
    "cli.import.dry_refused": (
        "Proefimport: {new} nieuw, {updated} bijgewerkt, {present} al aanwezig; {problems}"
        " — de import zou worden geweigerd. Er is niets opgeslagen."
    ),
    "cli.import.summary.committed": (
        "Geïmporteerd uit {file}: {new} nieuw, {updated} bijgewerkt, {present} al aanwezig"
        " (dossiers: {d_new} nieuw, {d_updated} bijgewerkt, {d_present} al aanwezig;"
        " biedingen: {b_new} nieuw, {b_present} al aanwezig)."
    ),
    "cli.import.summary.nothing": (
        "Niets nieuws uit {file}: {new} nieuw, {updated} bijgewerkt, {present} al aanwezig"
        " (dossiers: {d_new} nieuw, {d_updated} bijgewerkt, {d_present} al aanwezig;"
        " biedingen: {b_new} nieuw, {b_present} al aanwezig)."
    ),
    # the export's and the leak check's lines (the refusals: mandaat.cli.words_io)
    "cli.export.nota": "Nota geschreven ({audience}): {file} — lekcontrole geslaagd",
    "cli.export.woo": "Woo-pakket geschreven: {folder} ({n} bestanden) — lekcontrole geslaagd",
    "cli.leakcheck.ok": "Lekcontrole geslaagd: {folder}",
    "cli.leakcheck.hit": "LEK  {file}: {field} ({where})",
    "cli.leakcheck.hits": "lekcontrole: {n} treffer(s) in {folder}",
    # check's optional analyses below a bid's line
    "cli.analysis.horizon": "Over {years}{after}: {text}",
    "cli.analysis.after_list": ", daarna de vraagprijs",
    "cli.analysis.after_net": ", daarna de vastgelegde nettoprijs",
    "cli.analysis.indication": "Indicatie {drug} — {indication}: {text}",
    "cli.analysis.per_year": "Per jaar, scenario {scenario}:",
    "cli.analysis.year": "Jaar",
    "cli.analysis.total": "totaal",
    "cli.analysis.col.patients": "Patiënten",
    "cli.analysis.col.list_spend": "Lijstprijs",
    "cli.analysis.col.net_before_cap": "Vóór plafond",
    "cli.analysis.col.p4p_refund": "P4P terug",
    "cli.analysis.col.cap_repayment": "Plafond terug",
    "cli.analysis.col.net_spend": "Netto",
    "cli.analysis.col.saving": "Besparing",
    "cli.analysis.no_extra": "Extra korting nodig: —",
    "cli.analysis.extra": "Extra korting nodig (bovenop de nettoprijs): {parts}",
    "cli.analysis.extra_bound": "tot {pct}: {expected} verwacht, {worst} in elk scenario",
    "cli.analysis.cap_binds": "Plafond gaat knellen vanaf {patients} patiënten per jaar",
    "cli.analysis.sensitivity": "Gevoeligheid (scenario verwacht: {verdict}):",
    "cli.analysis.sens.volume": "volume",
    "cli.analysis.sens.growth": "groei",
    "cli.analysis.sens.p4p_nonresponse": "P4P-non-respons",
    "cli.analysis.sens.duration": "looptijd",
    "cli.analysis.years_unit": "jr",
    "cli.analysis.turns": "Draait het oordeel om: {names}",
    "cli.analysis.turns_none": "geen",
    "cli.analysis.engine.no_asking_price": "geen vraagprijs bekend",
    "cli.analysis.engine.no_volume": "geen patiëntaantal of budgetimpact",
    "cli.analysis.engine.no_units": "eenheden per patiënt ontbreken",
    "cli.analysis.engine.patient_units_need_units": (
        "plafond per patiënt in eenheden vraagt een prijs per eenheid"
    ),
    "cli.analysis.engine.no_starters": "aandeel starters ontbreekt bij gratis startdoses",
    "cli.analysis.engine.no_treatment_months": (
        "verwachte behandelduur ontbreekt bij een plafond op de duur"
    ),
    "cli.analysis.engine.duration_cap_per_year": "plafond op de behandelduur bij een prijs per jaar",  # noqa: E501
    "cli.analysis.engine.no_after_end": "niet vastgelegd wat na het einde geldt",
    "cli.analysis.engine.product_wide_cap": "productbreed bod met een plafond",
    "cli.analysis.engine.product_wide_net_price": (
        "productbreed bod met een nettoprijs per patiënt"
    ),
}

#: English, for the same keys.
EN: dict[str, str] = {
    "verdict.meets": "meets",
    "verdict.fails": "does not meet",
    "verdict.depends": "depends",
    "verdict.judgement": "judgement needed",
    "reason.in_range": (
        "the effective discount lies between the lower and upper bound of the range"
    ),
    "reason.within_tolerance": (
        "the effective discount is just below the target, within the margin"
    ),
    "reason.scenarios_differ": "the verdict differs per volume scenario (low, expected, high)",
    "reason.substantially": (
        "the figure is reached, but the advice asks for substantially more: "
        "judge whether the margin is large enough"
    ),
    "reason.no_number": "the threshold has no figure: a judgement is needed",
    "reason.comparator": "the threshold compares with another treatment: a judgement is needed",
    "scenario.low": "low",
    "scenario.expected": "expected",
    "scenario.high": "high",
    "party.supplier": "supplier",
    "party.vws": "VWS (counter-offer)",
    "threshold.at_least": "price reduction of at least {pct}",
    "threshold.at_least.fors": "substantial price reduction of at least {pct}",
    "threshold.more_than": "price reduction of more than {pct}",
    "threshold.more_than.fors": "price reduction of substantially more than {pct}",
    "threshold.approximately": (
        "price reduction of approximately {pct} (margin {margin} percentage points)"
    ),
    "threshold.approximately.fors": (
        "substantial price reduction of approximately {pct} (margin {margin} percentage points)"
    ),
    "threshold.range": "price reduction of {low} to {high}",
    "threshold.range.fors": "substantial price reduction of {low} to {high}",
    "threshold.qualitative": "price reduction without a figure (judgement)",
    "threshold.qualitative.fors": "substantial price reduction without a figure (judgement)",
    "threshold.comparator_net_price": (
        "net price no higher than the standard treatment (judgement)"
    ),
    "threshold.cost_neutral": "cost-neutral (judgement)",
    "short.at_least": "at least {pct}",
    "short.at_least.fors": "substantially, at least {pct}",
    "short.more_than": "more than {pct}",
    "short.more_than.fors": "substantially more than {pct}",
    "short.approximately": "approximately {pct} (margin {margin} percentage points)",
    "short.approximately.fors": (
        "substantially, approximately {pct} (margin {margin} percentage points)"
    ),
    "short.range": "{low} to {high}",
    "short.range.fors": "substantially, {low} to {high}",
    "short.qualitative": "without a figure (judgement)",
    "short.qualitative.fors": "substantially, without a figure (judgement)",
    "threshold.cost_saving": "cost-saving (judgement)",
    "threshold.parity": "price parity with the standard treatment (judgement)",
    "terms.net": "net price {money} per patient",
    "terms.net_discount": "net price {money} per patient + discount {pct}",
    "terms.cut": "list price −{pct}",
    "terms.cut_discount": "list price −{cut} + discount {pct}",
    "terms.discount": "discount {pct}",
    "terms.tiers.one": "tiered, 1 step ({basis})",
    "terms.tiers.other": "tiered, {n} steps ({basis})",
    "terms.basis.volume": "volume",
    "terms.basis.spend": "spend",
    "terms.basis.volume_all": "volume, all units",
    "terms.basis.spend_all": "spend, all units",
    "terms.cap": "cap {money}/yr",
    "terms.p4p": "P4P {share}",
    "terms.p4p_rate": "P4P {share} × {rate}",
    "terms.none": "no terms",
    "problem.pct_range.discount_pct": "The discount must be between 0 and 100%",
    "problem.pct_range.list_price_cut_pct": "The list price cut must be between 0 and 100%",
    "problem.pct_range.p4p_refund_share_pct": "The refunded share must be between 0 and 100%",
    "problem.pct_range.p4p_nonresponse_rate_pct": (
        "The share of non-responders must be between 0 and 100%"
    ),
    "problem.pct_range.tiers": "Step {tier}: the extra discount must be 0–100%",
    "problem.negative.net_price_per_patient": "The net price cannot be negative",
    "problem.negative.annual_cap": "The cap cannot be negative",
    "problem.net_and_cut": (
        "A net price and a list price cut together are not possible: "
        "the net price replaces the list price"
    ),
    "problem.p4p_incomplete": (
        "Pay-for-performance needs both figures: refunded share and non-response"
    ),
    "problem.tier_mode": "A tiered discount is marginal or over all units",
    "problem.tier_threshold": "Step {tier}: the threshold must be above 0",
    "problem.tier_duplicate": "Step {tier}: this threshold is already there",
    "problem.net_above_asking": (
        "The net price is above the asking price per patient: that is no discount"
    ),
    "problem.empty": (
        "Fill in at least one part: discount, net price, list price cut, "
        "tiers, cap, pay-for-performance or a cap per patient"
    ),
    "problem.bad_duration": "The term is at least 1 year",
    "problem.negative.patient_cap_units": "The cap in units per patient cannot be negative",
    "problem.negative.free_initial_units": "The number of free initiation doses cannot be negative",
    "problem.negative.patient_cap_months": "The cap on the treatment duration cannot be negative",
    "problem.negative.after_end_net_price": "The net price after the end cannot be negative",
    "problem.pct_range.starters_pct": "The share of starters must be between 0 and 100%",
    "problem.no_starters": "Free initiation doses need the share of patients who start each year",
    "problem.not_positive": "The treatment duration must be above 0",
    "problem.no_treatment_months": "A cap on the treatment duration needs the expected treatment duration per patient",  # noqa: E501
    "problem.product_wide_cap": "A product-wide bid with a spending cap is not divided per indication: set the cap per indication",  # noqa: E501
    "problem.product_wide_net_price": "A product-wide bid with a net price per patient does not fit every indication: give a discount",  # noqa: E501
    "problem.after_end": "After the end: asking price or net price",
    "problem.no_after_end_price": "Fill in the net price per patient after the end",
    "problem.after_end_price_unused": "A net price after the end belongs with 'after the end: net price'",  # noqa: E501
    "problem.patient_units_need_units": "A cap or free initiation doses in units need an asking price per unit with the number of units per patient (in the dossier)",  # noqa: E501
    "problem.duration_cap_per_year": "A cap on the treatment duration with a price per year cannot be calculated: that needs the patients' starting years",  # noqa: E501
    "problem.no_product": "A product-wide bid needs a product in the dossier: first link the indications of the product",  # noqa: E501
    "terms.patient_cap_units": "max {n} units per patient",
    "terms.free_units": "{n} initiation doses free",
    "terms.free_units_starters": "{n} initiation doses free ({pct} starters)",
    "terms.patient_cap_months": "max {n} months per patient",
    "terms.patient_cap_months_of": "max {n} months per patient (of {of})",
    "terms.product_wide": "product-wide",
    "terms.after_list": "then the asking price",
    "terms.after_net": "then {money} per patient",
    "problem.bad_round": "The round is at least 1",
    "explain.mandate": "Mandate: {threshold} — {verdict}",
    "explain.advice": "Advice: {threshold} — {verdict}",
    "explain.effective": "Effective discount (expected): {pct}",
    "explain.margin": "Margin over {pct}: {points}",
    "explain.gap": "Shortfall to {pct}: {year} a year, {total} over the term",
    "explain.worst": (
        "Least favourable scenario ({scenario}): {points} below {pct}, shortfall {year} a year"
    ),
    "explain.reason": "Reason: {reason}",
    "explain.per_scenario": "Per scenario: {list}",
    "timeline.sluis": "In the lock procedure",
    "timeline.sluis_ref": "In the lock procedure ({ref})",
    "timeline.advice": "Advice of the Zorginstituut",
    "timeline.bid": "Bid round {round}",
    "timeline.counter": "VWS counter-offer round {round}",
    "timeline.start": "Arrangement starts, round {round}",
    "timeline.end": "Arrangement ends, round {round}",
    "threshold_error.no_reduction": "No required price reduction found in the text",
    "threshold_error.empty": "The text is empty",
    "threshold_error.out_of_range": (
        "A price reduction of {value}% is not possible: choose a value from 0 to 100"
    ),
    "threshold_error.ambiguous": (
        "The text can be read in more than one way ({readings}); choose the intended reading"
    ),
    "engine.no_asking_price": (
        "{drug}: no asking price known; the effective discount cannot be computed"
    ),
    "engine.no_volume": (
        "{drug}: no expected number of patients and no budget impact known; needed for a "
        "cap or tiers"
    ),
    "engine.no_units": "{drug}: price per unit without a number of units per patient",
    "engine.unknown_dossier": "bid {bid}: dossier {dossier} does not exist",
    "engine.bad_duration": "the term must be at least 1 year (was {years})",
    "engine.burden_out_of_range": "burden of disease {burden} lies outside 0.10–1.00",
    "engine.bad_growth": "a growth of {growth}% a year is not possible",
    "engine.patient_units_need_units": "{drug}: a cap or free initiation doses in units need a price per unit with the number of units per patient",  # noqa: E501
    "engine.no_starters": "{drug}: free initiation doses without the share of starters per year",  # noqa: E501
    "engine.no_treatment_months": "{drug}: a cap on the treatment duration without the expected treatment duration per patient",  # noqa: E501
    "engine.duration_cap_per_year": "{drug}: a cap on the treatment duration with a price per year needs the patients' starting years; not calculated",  # noqa: E501
    "engine.no_after_end": "{drug}: not stated what applies after the end of the arrangement; the horizon of {years} years goes beyond it",  # noqa: E501
    "engine.bad_horizon": "the horizon must be at least 1 year (was {years})",  # noqa: E501
    "engine.product_wide_cap": "{drug}: a product-wide bid with a spending cap is not divided per indication; not calculated",  # noqa: E501
    "engine.product_wide_net_price": "{drug}: a product-wide bid with a net price per patient does not fit every indication; not calculated",  # noqa: E501
    "audit.vault_created": "vault created",
    "audit.vault_created.detail": "format {version}",
    "audit.schema_updated": "schema updated",
    "audit.schema_updated.detail": "to version {version}",
    "audit.passphrase_changed": "passphrase changed",
    "audit.recovery_key_replaced": "new recovery key",
    "audit.remember_on": "remember on this computer switched on",
    "audit.remember_off": "remember on this computer switched off",
    "audit.dossier_added": "dossier added",
    "audit.dossier_added.detail": "{brand} ({indication})",
    "audit.product_linked": "product linked",
    "audit.product_linked.detail": "{dossiers}",
    "audit.product_unlinked": "product unlinked",
    "audit.product_unlinked.detail": "{dossiers}",
    "error.bad_product": "A product name is one line of at most 200 characters ('{name}')",  # noqa: E501
    "error.product_wide_bids": "Dossier {name} has product-wide bids: first set them back to one indication",  # noqa: E501
    "audit.dossier_changed": "dossier changed",
    "audit.dossier_changed.detail": "{brand} ({indication})",
    "audit.dossier_deleted": "dossier deleted",
    "audit.dossier_deleted.detail": "{brand} ({indication}), {bids}",
    "audit.dossier_restored": "dossier restored",
    "audit.dossier_restored.detail": "{brand} ({indication})",
    "audit.bid_added": "bid added",
    "audit.bid_added.detail": "{brand}, round {round}, {date}",
    "audit.bid_changed": "bid changed",
    "audit.bid_changed.detail": "{brand}, round {round}, {date}",
    "audit.bid_deleted": "bid deleted",
    "audit.bid_deleted.detail": "{brand}, round {round}, {date}",
    "audit.woo_grounds_changed": "ground for refusal changed",
    "audit.woo_grounds_changed.detail": "{brand}: {field} → {grounds}",
    "audit.woo_grounds_public.detail": "{brand}: {field} → public",
    "audit.woo_grounds_default.detail": "{brand}: {field} → default",
    "audit.nota_header_changed": "memo header changed",
    "audit.nota_header_changed.detail": "{brand}",
    "audit.demo_filled": "demo filled",
    "audit.demo_filled.detail": "{dossiers} with FICTITIOUS bids",
    "audit.import": "import",
    "audit.import.detail": (
        "{file}: dossiers {new} new, {updated} updated; bids {bids} new; {present} already present"
    ),
    "audit.export": "export",
    "audit.export_nota.detail": "memo, audience {audience}: {file}",
    "audit.export_woo.detail": "Woo: {folder} ({files})",
    "count.bids.one": "1 bid",
    "count.bids.other": "{n} bids",
    "count.dossiers.one": "1 dossier",
    "count.dossiers.other": "{n} dossiers",
    "count.minutes.one": "1 minute",
    "count.minutes.other": "{n} minutes",
    "count.files.one": "1 file",
    "count.files.other": "{n} files",
    "count.years.one": "1 year",
    "count.years.other": "{n} years",
    "count.days.one": "1 day",
    "count.days.other": "{n} days",
    "count.rows.one": "1 row",
    "count.rows.other": "{n} rows",
    "count.lines.one": "1 line",
    "count.lines.other": "{n} lines",
    # errors of the core (mandaat.errors), by code
    "error.not_found": "{path}: file does not exist",
    "error.empty_file": "{path}: the file is empty — not a Mandaat vault",
    "error.foreign_file": "{path}: not a Mandaat vault (unknown file type)",
    "error.newer_version": (
        "{path}: vault format version {version} is newer than this Mandaat supports (up to "
        "{supported}); update Mandaat"
    ),
    "error.corrupt_header": "{path}: the vault's header is damaged ({detail})",
    "error.truncated": "{path}: the vault is truncated ({size} of {expected} bytes)",
    "error.kdf_too_costly": (
        "{path}: the key derivation in this vault asks an unreasonable amount ({detail}); refused"
    ),
    "error.wrong_key": "{path}: wrong passphrase or recovery key",
    "error.tampered": (
        "{path}: the file has been changed or damaged: the key slot opens, the contents do not "
        "(authentication failed)"
    ),
    "error.integrity": "{path}: the database in the vault is not intact ({detail})",
    "error.locked": "{path}: the vault is in use by another Mandaat process",
    "error.changed_on_disk": (
        "{path}: the vault was changed on disk since it was opened; not overwritten"
    ),
    "error.write_failed": "{path}: saving failed ({detail}); the previous version is intact",
    "error.no_slot": "{path}: the vault has no key slot of this kind ({detail})",
    "error.empty_passphrase": "The passphrase must not be empty",
    "error.passphrase_mismatch": "The two passphrases are not the same",
    "error.no_passphrase": (
        "No passphrase: give it at the prompt, in MANDAAT_PASSPHRASE or with --passphrase-file"
    ),
    "error.bad_recovery_key": "The recovery key does not have the right form ({detail})",
    "error.exists": "{path}: already exists; choose another name",
    "error.keyring_unavailable": (
        "Remember on this computer is not available: {detail}. Mandaat never keeps a key "
        "unencrypted"
    ),
    "error.keyring_missing": (
        "{path}: the key for this computer is not (or no longer) in the keyring"
    ),
    "error.audit_broken": "{path}: the log is not intact from line {entry}",
    "error.unknown_dossier": "No dossier found for '{name}'",
    "error.bid_refused": "Bid refused: {detail}",
    "error.short_passphrase": (
        "The passphrase is too short: at least {minimum} characters (a sentence works well)"
    ),
    "error.read_only": "{path}: opened read-only; nothing is saved",
    "error.needs_passphrase": "{path}: unlock with the passphrase to make a new recovery key",
    "error.lock_not_file": "{path}: the lock file is not a regular file (a link?); refused",
    "error.lock_failed": "{path}: cannot create the lock file ({detail})",
    "error.kdf_slow": (
        "{path}: the key derivation of this vault takes about {seconds} s and {memory} MiB of "
        "memory here, far more than usual; not started"
    ),
    "error.older_state": (
        "{path}: this is an older state of the vault than this computer saw before (generation "
        "{found}, seen: {seen}); refused"
    ),
    "error.diverged_state": (
        "{path}: this state of the vault does not continue what this computer saw before "
        "(generation {found}, seen: {seen}); refused"
    ),
    "error.state_unverified": (
        "{path}: this computer saw another state of this vault (from before a key change, or the "
        "register was changed); refused"
    ),
    "error.schema_too_new": (
        "{path}: the database in the vault has schema version {version}, newer than {supported}"
    ),
    "cli.log_intact": "Log intact: {lines}, the hash chain holds.",
    "cli.no_bids": "No bids.",
    "cli.cannot_compute": "cannot be computed: {reason}",
    "cli.check.drug": "Medicine",
    "cli.check.date": "Date",
    "cli.check.round": "Round",
    "cli.check.effective": "Effective",
    "cli.check.verdict": "Verdict",
    "cli.check.bounds": "Distance to each bound of the mandate",
    "cli.check.below": "below",
    "cli.check.above": "above",
    "cli.check.per_year": "/yr",
    "cli.engine.no_asking_price": "no asking price known",
    "cli.engine.no_volume": "no number of patients or budget impact",
    "cli.engine.no_units": "units per patient missing",
    "cli.required": "Required: {threshold}",
    "cli.ambiguous": "Ambiguous; possible readings:",
    "cli.import.problems": "Problems ({n}):",
    "cli.import.problems.one": "{n} problem",
    "cli.import.problems.other": "{n} problems",
    "cli.import.more": "… and {problems} more",
    "cli.import.refused": "Import refused: {problems} in {file}; nothing has been saved.",
    "cli.import.password_hint": "with --password-file FILE",
    "cli.import.preview": "Trial import of {file}: nothing will be saved.",
    "cli.import.sheet.dossiers": "Sheet {sheet} (dossiers): {n} rows — {counts}",
    "cli.import.sheet.bids": "Sheet {sheet} (bids): {n} rows — {counts}",
    "cli.import.more_rows": "… and {n} more rows",
    "cli.import.status.new": "new",
    "cli.import.status.updated": "updated",
    "cli.import.status.present": "already present",
    "cli.import.status.refused": "refused",
    "cli.import.col.row": "row",
    "cli.import.col.drug": "medicine",
    "cli.import.col.indication": "indication",
    "cli.import.col.asking": "asking price",
    "cli.import.col.reduction": "required price reduction",
    "cli.import.col.status": "status",
    "cli.import.col.date": "date",
    "cli.import.col.round": "round",
    "cli.import.col.party": "party",
    "cli.import.col.terms": "terms",
    "cli.import.party.supplier": "supplier",
    "cli.import.party.vws": "VWS",
    "cli.import.terms.discount": "discount {pct}",
    "cli.import.terms.net": "net price {money}",
    "cli.import.terms.cap": "cap {money}/year",
    "cli.import.dry_ok": (
        "Trial import: {new} new, {updated} updated, {present} already present; "
        "no problems. Nothing has been saved."
    ),
    "cli.import.dry_refused": (
        "Trial import: {new} new, {updated} updated, {present} already present; {problems}"
        " — the import would be refused. Nothing has been saved."
    ),
    "cli.import.summary.committed": (
        "Imported from {file}: {new} new, {updated} updated, {present} already present"
        " (dossiers: {d_new} new, {d_updated} updated, {d_present} already present;"
        " bids: {b_new} new, {b_present} already present)."
    ),
    "cli.import.summary.nothing": (
        "Nothing new from {file}: {new} new, {updated} updated, {present} already present"
        " (dossiers: {d_new} new, {d_updated} updated, {d_present} already present;"
        " bids: {b_new} new, {b_present} already present)."
    ),
    "cli.export.nota": "Memo written ({audience}): {file} — leak check passed",
    "cli.export.woo": "Woo package written: {folder} ({n} files) — leak check passed",
    "cli.leakcheck.ok": "Leak check passed: {folder}",
    "cli.leakcheck.hit": "LEAK  {file}: {field} ({where})",
    "cli.leakcheck.hits": "leak check: {n} hit(s) in {folder}",
    "cli.analysis.horizon": "Over {years}{after}: {text}",
    "cli.analysis.after_list": ", then the asking price",
    "cli.analysis.after_net": ", then the agreed net price",
    "cli.analysis.indication": "Indication {drug} — {indication}: {text}",
    "cli.analysis.per_year": "Per year, scenario {scenario}:",
    "cli.analysis.year": "Year",
    "cli.analysis.total": "total",
    "cli.analysis.col.patients": "Patients",
    "cli.analysis.col.list_spend": "List price",
    "cli.analysis.col.net_before_cap": "Before cap",
    "cli.analysis.col.p4p_refund": "P4P refund",
    "cli.analysis.col.cap_repayment": "Cap refund",
    "cli.analysis.col.net_spend": "Net",
    "cli.analysis.col.saving": "Saving",
    "cli.analysis.no_extra": "Extra discount needed: —",
    "cli.analysis.extra": "Extra discount needed (on top of the net price): {parts}",
    "cli.analysis.extra_bound": "to {pct}: {expected} expected, {worst} in every scenario",
    "cli.analysis.cap_binds": "The cap starts to bind from {patients} patients a year",
    "cli.analysis.sensitivity": "Sensitivity (expected scenario: {verdict}):",
    "cli.analysis.sens.volume": "volume",
    "cli.analysis.sens.growth": "growth",
    "cli.analysis.sens.p4p_nonresponse": "P4P non-response",
    "cli.analysis.sens.duration": "duration",
    "cli.analysis.years_unit": "yr",
    "cli.analysis.turns": "Turns the verdict: {names}",
    "cli.analysis.turns_none": "none",
    "cli.analysis.engine.no_asking_price": "no asking price known",
    "cli.analysis.engine.no_volume": "no number of patients or budget impact",
    "cli.analysis.engine.no_units": "units per patient missing",
    "cli.analysis.engine.patient_units_need_units": (
        "a cap per patient in units needs a price per unit"
    ),
    "cli.analysis.engine.no_starters": "share of starters missing for free initial doses",
    "cli.analysis.engine.no_treatment_months": (
        "expected treatment duration missing for a cap on the duration"
    ),
    "cli.analysis.engine.duration_cap_per_year": "cap on the treatment duration with a price per year",  # noqa: E501
    "cli.analysis.engine.no_after_end": "not stated what applies after the end",
    "cli.analysis.engine.product_wide_cap": "product-wide bid with a cap",
    "cli.analysis.engine.product_wide_net_price": ("product-wide bid with a net price per patient"),
}

#: The core's errors: their Dutch is the core's own (the exception's text), one source.
NL.update({f"error.{code}": text for code, text in _ERROR_MESSAGES.items()})
NL.update({f"engine.{code}": text for code, text in _ENGINE_MESSAGES.items()})
NL.update({f"threshold_error.{code}": text for code, text in _THRESHOLD_MESSAGES.items()})

_CATALOGUES: dict[str, Mapping[str, str]] = {"nl": NL, "en": EN}

#: Audit parameters that hold a count, worded with a plural (param → count key).
_COUNTED = {"bids": "bids", "files": "files", "dossiers": "dossiers"}


def language(explicit: str | None = None) -> str:
    """``explicit`` (``--lang``), else ``MANDAAT_LANG``, else Dutch; unknown → Dutch.
    The system's ``LANG`` is not used: Dutch stays the default output everywhere."""
    lang = (explicit or os.environ.get("MANDAAT_LANG", "")).strip().lower()
    return lang if lang in _CATALOGUES else "nl"


def notation(text: str) -> str:
    """A number written in Dutch notation (``1.234,56``) as the chosen language writes
    it: unchanged in Dutch, ``1,234.56`` with ``--lang en``."""
    if language() != "en":
        return text
    return text.replace(".", "\0").replace(",", ".").replace("\0", ",")


def _english_share(value: Pct | None) -> str:
    return pct_text(value).replace(",", ".")


def _english_pct(value: Decimal) -> str:
    return dutch_pct(value).replace(".", "\0").replace(",", ".").replace("\0", ",")


def _english_money(value: Decimal) -> str:
    return (
        dutch_money(value)
        .replace("€ ", "€")
        .replace(".", "\0")
        .replace(",", ".")
        .replace("\0", ",")
    )


def _english_points(value: Decimal) -> str:
    return dutch_points(value).replace(",", ".")


def for_language(lang: str | None = None) -> Words:
    """The command line's words: :func:`language` chooses the catalogue."""
    chosen = language(lang)
    catalogue = _CATALOGUES[chosen]
    if chosen == "en":
        return Words(
            catalogue.__getitem__,
            pct=_english_pct,
            money=_english_money,
            points=_english_points,
            share=_english_share,
        )
    return Words(catalogue.__getitem__)


class Words:
    """Sentences for the core's codes, from one catalogue lookup and number formatters.

    ``pct``/``money``/``points`` format Decimals (Dutch notation by default); ``share``
    formats a threshold's percentage, which may be an exact :class:`~fractions.Fraction`.
    """

    def __init__(
        self,
        lookup: Lookup,
        *,
        pct: Formatter = dutch_pct,
        money: Formatter = dutch_money,
        points: Formatter = dutch_points,
        share: Callable[[Pct | None], str] = pct_text,
    ) -> None:
        self.lookup = lookup
        self.pct = pct
        self.money = money
        self.points = points
        self.share = share

    def text(self, key: str, **params: object) -> str:
        """The template of ``key`` filled in; a template that does not fit its parameters
        is shown as it is rather than failing."""
        template = self.lookup(key)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template

    def count(self, what: str, n: int) -> str:
        """``1 bod`` / ``2 biedingen``: ``what`` is ``bids``, ``dossiers``, ``minutes``,
        ``files`` or ``lines``."""
        return self.text(f"count.{what}.{'one' if n == 1 else 'other'}", n=n)

    # -- verdicts -----------------------------------------------------------------

    def verdict(self, code: str | None) -> str:
        """The word for a verdict code; ``—`` for no verdict."""
        if code is None:
            return "—"
        return self.text(f"verdict.{code}") if f"verdict.{code}" in NL else code

    def reason(self, code: str) -> str:
        return self.text(f"reason.{code}") if f"reason.{code}" in NL else code

    def scenario(self, name: str) -> str:
        return self.text(f"scenario.{name}") if f"scenario.{name}" in NL else name

    def party(self, party: Party) -> str:
        return self.text("party.supplier" if party is Party.SUPPLIER else "party.vws")

    # -- thresholds ---------------------------------------------------------------

    def threshold(self, t: Threshold, *, short: bool = False) -> str:
        """ "prijsverlaging van fors meer dan 68%", "forse prijsverlaging van ten minste
        92%", "prijsverlaging van 35% tot 55%": "fors" where a civil servant puts it.
        ``short``: without the noun, for a chart's legend ("fors meer dan 68%")."""
        fors = ".fors" if t.substantially else ""
        head = "short" if short else "threshold"
        if t.kind in COMPARATOR_KINDS:
            return self.text(f"threshold.{t.kind}")
        if t.kind in ("at_least", "more_than"):
            kind = "more_than" if t.is_strict else "at_least"
            return self.text(f"{head}.{kind}{fors}", pct=self.share(t.low))
        if t.kind == "approximately":
            margin = self.share(t.tolerance).removesuffix("%")
            return self.text(f"{head}.approximately{fors}", pct=self.share(t.low), margin=margin)
        if t.kind == "range":
            return self.text(f"{head}.range{fors}", low=self.share(t.low), high=self.share(t.high))
        if t.kind == "qualitative":
            return self.text(f"{head}.qualitative{fors}")
        return t.kind  # pragma: no cover - every kind is worded above

    # -- terms --------------------------------------------------------------------

    def arrangement(self, a: Arrangement) -> str:
        """The blocks in the order the engine applies them: ``korting 45%`` · ``nettoprijs
        € 34.000 p.p.`` · ``staffel 2 treden (volume)`` · ``plafond € 20.000.000/jr``."""
        parts: list[str] = []
        if a.net_price_per_patient is not None:
            money = self.money(a.net_price_per_patient)
            if a.discount_pct is not None:
                parts.append(
                    self.text("terms.net_discount", money=money, pct=self.pct(a.discount_pct))
                )
            else:
                parts.append(self.text("terms.net", money=money))
        elif a.list_price_cut_pct is not None:
            cut = self.pct(a.list_price_cut_pct)
            if a.discount_pct is not None:
                parts.append(self.text("terms.cut_discount", cut=cut, pct=self.pct(a.discount_pct)))
            else:
                parts.append(self.text("terms.cut", pct=cut))
        elif a.discount_pct is not None:
            parts.append(self.text("terms.discount", pct=self.pct(a.discount_pct)))
        if a.tiers:
            n = len(a.tiers)
            basis_key = "volume" if a.tier_basis == "volume" else "spend"
            if a.tier_mode == "all_units":
                basis_key += "_all"
            basis = self.text(f"terms.basis.{basis_key}")
            parts.append(self.text(f"terms.tiers.{'one' if n == 1 else 'other'}", n=n, basis=basis))
        if a.annual_cap is not None:
            parts.append(self.text("terms.cap", money=self.money(a.annual_cap)))
        if a.p4p_refund_share_pct is not None and a.p4p_nonresponse_rate_pct is not None:
            parts.append(
                self.text(
                    "terms.p4p_rate",
                    share=self.pct(a.p4p_refund_share_pct),
                    rate=self.pct(a.p4p_nonresponse_rate_pct),
                )
            )
        elif a.p4p_refund_share_pct is not None:
            parts.append(self.text("terms.p4p", share=self.pct(a.p4p_refund_share_pct)))
        parts += self._written_terms(a)
        return " · ".join(parts) if parts else self.text("terms.none")

    def _written_terms(self, a: Arrangement) -> list[str]:
        """Per-patient terms, product-wide and after the end (issue 17)."""

        def count(value: Decimal) -> str:
            return self.pct(value).removesuffix("%")

        out: list[str] = []
        if a.patient_cap_units is not None:
            out.append(self.text("terms.patient_cap_units", n=count(a.patient_cap_units)))
        if a.free_initial_units is not None:
            n = count(a.free_initial_units)
            if a.starters_pct is None:
                out.append(self.text("terms.free_units", n=n))
            else:
                out.append(
                    self.text("terms.free_units_starters", n=n, pct=self.pct(a.starters_pct))
                )
        if a.patient_cap_months is not None:
            n = count(a.patient_cap_months)
            if a.treatment_months is None:
                out.append(self.text("terms.patient_cap_months", n=n))
            else:
                of = count(a.treatment_months)
                out.append(self.text("terms.patient_cap_months_of", n=n, of=of))
        if a.product_wide:
            out.append(self.text("terms.product_wide"))
        if a.after_end == "list":
            out.append(self.text("terms.after_list"))
        elif a.after_end == "net" and a.after_end_net_price is not None:
            out.append(self.text("terms.after_net", money=self.money(a.after_end_net_price)))
        return out

    def problem(self, p: Problem) -> str:
        key = f"problem.{p.code}.{p.field}"
        if key not in NL:
            key = f"problem.{p.code}"
        if key not in NL:
            return p.code
        return self.text(key, **p.params)

    # -- verdicts explained -------------------------------------------------------

    def explain(self, verdict: Verdict, what: str) -> str:
        """Several lines: the verdict against ``what`` (``mandate`` / ``advice``), the
        threshold, the margin, the gap, the reason and the scenarios."""
        lines = [
            self.text(
                f"explain.{what}",
                threshold=self.threshold(verdict.required),
                verdict=self.verdict(verdict.code),
            ),
            self.text("explain.effective", pct=self.pct(verdict.effective_pct)),
        ]
        for gap in verdict.bounds:
            bound = self.pct(gap.pct)
            lines.append(self.text("explain.margin", pct=bound, points=self.points(gap.margin_pp)))
            if not gap.met:
                lines.append(
                    self.text(
                        "explain.gap",
                        pct=bound,
                        year=self.money(gap.gap_per_year),
                        total=self.money(gap.gap_total),
                    )
                )
        worst = verdict.worst
        if verdict.reason == "scenarios_differ" and worst is not None and not worst.bound.met:
            lines.append(
                self.text(
                    "explain.worst",
                    scenario=self.scenario(worst.scenario),
                    points=self.points(worst.bound.margin_pp),
                    pct=self.pct(worst.bound.pct),
                    year=self.money(worst.bound.gap_per_year),
                )
            )
        if verdict.reason:
            lines.append(self.text("explain.reason", reason=self.reason(verdict.reason)))
        if verdict.scenario_codes:
            per = ", ".join(
                f"{self.scenario(name)} {self.verdict(code)}"
                for name, code in verdict.scenario_codes.items()
            )
            lines.append(self.text("explain.per_scenario", list=per))
        return "\n".join(lines)

    # -- timeline, engine errors --------------------------------------------------

    def event(self, e: TimelineEvent) -> str:
        if e.kind == "sluis":
            return (
                self.text("timeline.sluis_ref", ref=e.ref) if e.ref else self.text("timeline.sluis")
            )
        return self.text(f"timeline.{e.kind}", round=e.round)

    def threshold_error(self, exc: ThresholdError) -> str:
        """Why ZIN's sentence gave no single requirement."""
        key = f"threshold_error.{exc.code}"
        if key not in NL:
            return exc.message
        readings = "; ".join(self.threshold(c.threshold) for c in exc.candidates)
        return self.text(key, **{**exc.params, "readings": readings})

    def error(self, exc: MandaatError) -> str:
        """A core error (:mod:`mandaat.errors`) as one line; an error of another catalogue
        (the export's, the import's) keeps its own Dutch line."""
        key = f"error.{exc.code}"
        problems = getattr(exc, "problems", None)
        if exc.code == "bid_refused" and problems:  # BidRefused: the problems worded here
            return self.text(key, detail="; ".join(self.problem(p) for p in problems))
        if key not in NL or type(exc).__str__ is not MandaatError.__str__:
            return str(exc)
        return self.text(key, **exc.params)

    def engine_error(self, exc: EngineError) -> str:
        key = f"engine.{exc.code}"
        return self.text(key, **exc.params) if key in NL else exc.message

    # -- the audit log ------------------------------------------------------------

    def audit_entry(self, action: str, detail: str) -> tuple[str, str]:
        """(what happened, to what) for an entry of the audit log: an entry stored as a
        code with parameters (:func:`mandaat.vault.audit.coded`) is worded here; an older
        entry stored as text is shown as it was written."""
        coded = audit.decode(detail)
        if coded is None or f"audit.{coded[0]}" not in NL:
            return action, detail  # written as text by an older Mandaat: shown as stored
        code, params = coded
        words: dict[str, object] = dict(params)
        for name, what in _COUNTED.items():
            if isinstance(words.get(name), int):
                words[name] = self.count(what, int(words[name]))  # type: ignore[call-overload]
        if code == "woo_grounds_changed" and params.get("grounds") is None:
            key = "audit.woo_grounds_default.detail"
        elif code == "woo_grounds_changed" and not params.get("grounds"):
            key = "audit.woo_grounds_public.detail"
        elif code == "export":
            key = f"audit.export_{params.get('kind')}.detail"
        else:
            key = f"audit.{code}.detail"
        grounds = params.get("grounds")
        if isinstance(grounds, list):
            words["grounds"] = "; ".join(str(g) for g in grounds)
        shown = self.text(key, **words) if key in NL else ""
        return self.text(f"audit.{code}"), shown

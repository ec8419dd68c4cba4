"""The window's words for the core's codes, through Qt's ``tr()``.

The sentences are built by :class:`mandaat.cli.words.Words` (one place for word order and
plurals); this module gives it a catalogue lookup that translates each Dutch template in
the context ``Words`` (``resources/i18n/mandaat_en.ts``), and the window's number formats
(``QLocale``). So English mode shows English verdicts, terms, problems, timeline events
and audit-log entries. ``tests/test_words.py`` checks that the templates here are the
command line's Dutch catalogue, and that the ``.ts`` gives the command line's English.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import PurePath
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from mandaat.cli.words import Words
from mandaat.errors import MandaatError
from mandaat.export.messages import ExportError
from mandaat.model import Pct
from mandaat.thresholds import pct_text
from ui import formatting as fmt

if TYPE_CHECKING:  # the import's modules load with the import, not with the window
    from mandaat.importing.errors import WorkbookError
    from mandaat.importing.reader import Problem

#: The Dutch template of every key (the command line's own lines excepted).
SOURCES: dict[str, str] = {
    "verdict.meets": QT_TRANSLATE_NOOP("Words", "voldoet"),
    "verdict.fails": QT_TRANSLATE_NOOP("Words", "voldoet niet"),
    "verdict.depends": QT_TRANSLATE_NOOP("Words", "hangt af"),
    "verdict.judgement": QT_TRANSLATE_NOOP("Words", "oordeel nodig"),
    "reason.in_range": QT_TRANSLATE_NOOP(
        "Words", "de effectieve korting ligt tussen de onder- en bovengrens van de bandbreedte"
    ),
    "reason.within_tolerance": QT_TRANSLATE_NOOP(
        "Words", "de effectieve korting ligt net onder het richtgetal, binnen de marge"
    ),
    "reason.scenarios_differ": QT_TRANSLATE_NOOP(
        "Words", "het oordeel verschilt per volumescenario (laag, verwacht, hoog)"
    ),
    "reason.substantially": QT_TRANSLATE_NOOP(
        "Words",
        "het getal wordt gehaald, maar het advies vraagt om fors meer: beoordeel of de marge groot genoeg is",  # noqa: E501
    ),
    "reason.no_number": QT_TRANSLATE_NOOP(
        "Words", "de drempel heeft geen getal: een oordeel is nodig"
    ),
    "reason.comparator": QT_TRANSLATE_NOOP(
        "Words", "de drempel vergelijkt met een andere behandeling: een oordeel is nodig"
    ),
    "scenario.low": QT_TRANSLATE_NOOP("Words", "laag"),
    "scenario.expected": QT_TRANSLATE_NOOP("Words", "verwacht"),
    "scenario.high": QT_TRANSLATE_NOOP("Words", "hoog"),
    "party.supplier": QT_TRANSLATE_NOOP("Words", "leverancier"),
    "party.vws": QT_TRANSLATE_NOOP("Words", "VWS (tegenbod)"),
    "threshold.at_least": QT_TRANSLATE_NOOP("Words", "prijsverlaging van ten minste {pct}"),
    "threshold.at_least.fors": QT_TRANSLATE_NOOP(
        "Words", "forse prijsverlaging van ten minste {pct}"
    ),
    "threshold.more_than": QT_TRANSLATE_NOOP("Words", "prijsverlaging van meer dan {pct}"),
    "threshold.more_than.fors": QT_TRANSLATE_NOOP(
        "Words", "prijsverlaging van fors meer dan {pct}"
    ),
    "threshold.approximately": QT_TRANSLATE_NOOP(
        "Words", "prijsverlaging van ongeveer {pct} (marge {margin} procentpunt)"
    ),
    "threshold.approximately.fors": QT_TRANSLATE_NOOP(
        "Words", "forse prijsverlaging van ongeveer {pct} (marge {margin} procentpunt)"
    ),
    "threshold.range": QT_TRANSLATE_NOOP("Words", "prijsverlaging van {low} tot {high}"),
    "threshold.range.fors": QT_TRANSLATE_NOOP("Words", "forse prijsverlaging van {low} tot {high}"),
    "threshold.qualitative": QT_TRANSLATE_NOOP("Words", "prijsverlaging zonder getal (oordeel)"),
    "threshold.qualitative.fors": QT_TRANSLATE_NOOP(
        "Words", "forse prijsverlaging zonder getal (oordeel)"
    ),
    "threshold.comparator_net_price": QT_TRANSLATE_NOOP(
        "Words", "nettoprijs niet hoger dan de standaardbehandeling (oordeel)"
    ),
    "threshold.cost_neutral": QT_TRANSLATE_NOOP("Words", "kostenneutraal (oordeel)"),
    "threshold.cost_saving": QT_TRANSLATE_NOOP("Words", "kostenbesparend (oordeel)"),
    "threshold.parity": QT_TRANSLATE_NOOP(
        "Words", "prijspariteit met de standaardbehandeling (oordeel)"
    ),
    "terms.net": QT_TRANSLATE_NOOP("Words", "nettoprijs {money} p.p."),
    "terms.net_discount": QT_TRANSLATE_NOOP("Words", "nettoprijs {money} p.p. + korting {pct}"),
    "terms.cut": QT_TRANSLATE_NOOP("Words", "lijstprijs −{pct}"),
    "terms.cut_discount": QT_TRANSLATE_NOOP("Words", "lijstprijs −{cut} + korting {pct}"),
    "terms.discount": QT_TRANSLATE_NOOP("Words", "korting {pct}"),
    "terms.tiers.one": QT_TRANSLATE_NOOP("Words", "staffel 1 trede ({basis})"),
    "terms.tiers.other": QT_TRANSLATE_NOOP("Words", "staffel {n} treden ({basis})"),
    "terms.basis.volume": QT_TRANSLATE_NOOP("Words", "volume"),
    "terms.basis.spend": QT_TRANSLATE_NOOP("Words", "uitgaven"),
    "terms.basis.volume_all": QT_TRANSLATE_NOOP("Words", "volume, alle eenheden"),
    "terms.basis.spend_all": QT_TRANSLATE_NOOP("Words", "uitgaven, alle eenheden"),
    "terms.cap": QT_TRANSLATE_NOOP("Words", "plafond {money}/jr"),
    "terms.p4p": QT_TRANSLATE_NOOP("Words", "P4P {share}"),
    "terms.p4p_rate": QT_TRANSLATE_NOOP("Words", "P4P {share} × {rate}"),
    "terms.none": QT_TRANSLATE_NOOP("Words", "geen voorwaarden"),
    "problem.pct_range.discount_pct": QT_TRANSLATE_NOOP(
        "Words", "De korting moet tussen 0 en 100% liggen"
    ),
    "problem.pct_range.list_price_cut_pct": QT_TRANSLATE_NOOP(
        "Words", "De lijstprijsverlaging moet tussen 0 en 100% liggen"
    ),
    "problem.pct_range.p4p_refund_share_pct": QT_TRANSLATE_NOOP(
        "Words", "Het terugbetaalde deel moet tussen 0 en 100% liggen"
    ),
    "problem.pct_range.p4p_nonresponse_rate_pct": QT_TRANSLATE_NOOP(
        "Words", "Het aandeel non-responders moet tussen 0 en 100% liggen"
    ),
    "problem.pct_range.tiers": QT_TRANSLATE_NOOP(
        "Words", "Trede {tier}: de extra korting moet 0–100% zijn"
    ),
    "problem.negative.net_price_per_patient": QT_TRANSLATE_NOOP(
        "Words", "De nettoprijs kan niet negatief zijn"
    ),
    "problem.negative.annual_cap": QT_TRANSLATE_NOOP("Words", "Het plafond kan niet negatief zijn"),
    "problem.net_and_cut": QT_TRANSLATE_NOOP(
        "Words",
        "Een nettoprijs en een lijstprijsverlaging samen kan niet: de nettoprijs vervangt de lijstprijs",  # noqa: E501
    ),
    "problem.p4p_incomplete": QT_TRANSLATE_NOOP(
        "Words", "Pay-for-performance vraagt beide getallen: terugbetaald deel en non-respons"
    ),
    "problem.tier_mode": QT_TRANSLATE_NOOP(
        "Words", "Een staffel is marginaal of over alle eenheden"
    ),
    "problem.tier_threshold": QT_TRANSLATE_NOOP("Words", "Trede {tier}: de drempel moet boven 0"),
    "problem.tier_duplicate": QT_TRANSLATE_NOOP("Words", "Trede {tier}: deze drempel staat er al"),
    "problem.net_above_asking": QT_TRANSLATE_NOOP(
        "Words", "De nettoprijs ligt boven de vraagprijs per patiënt: dat is geen korting"
    ),
    "problem.empty": QT_TRANSLATE_NOOP(
        "Words",
        "Vul ten minste één onderdeel in: korting, nettoprijs, lijstprijsverlaging, staffel, plafond, pay-for-performance of een plafond per patiënt",  # noqa: E501
    ),
    "problem.bad_duration": QT_TRANSLATE_NOOP("Words", "De looptijd is minstens 1 jaar"),
    "problem.negative.patient_cap_units": QT_TRANSLATE_NOOP(
        "Words", "Het plafond in eenheden per patiënt kan niet negatief zijn"
    ),  # noqa: E501
    "problem.negative.free_initial_units": QT_TRANSLATE_NOOP(
        "Words", "Het aantal gratis startdoses kan niet negatief zijn"
    ),  # noqa: E501
    "problem.negative.patient_cap_months": QT_TRANSLATE_NOOP(
        "Words", "Het plafond op de behandelduur kan niet negatief zijn"
    ),  # noqa: E501
    "problem.negative.after_end_net_price": QT_TRANSLATE_NOOP(
        "Words", "De nettoprijs na het einde kan niet negatief zijn"
    ),  # noqa: E501
    "problem.pct_range.starters_pct": QT_TRANSLATE_NOOP(
        "Words", "Het aandeel starters moet tussen 0 en 100% liggen"
    ),  # noqa: E501
    "problem.no_starters": QT_TRANSLATE_NOOP(
        "Words", "Gratis startdoses vragen welk deel van de patiënten per jaar start"
    ),  # noqa: E501
    "problem.not_positive": QT_TRANSLATE_NOOP("Words", "De behandelduur moet boven 0 liggen"),  # noqa: E501
    "problem.no_treatment_months": QT_TRANSLATE_NOOP(
        "Words", "Een plafond op de behandelduur vraagt de verwachte behandelduur per patiënt"
    ),  # noqa: E501
    "problem.product_wide_cap": QT_TRANSLATE_NOOP(
        "Words",
        "Een productbreed bod met een uitgavenplafond wordt niet per indicatie verdeeld: leg het plafond per indicatie vast",  # noqa: E501
    ),  # noqa: E501
    "problem.product_wide_net_price": QT_TRANSLATE_NOOP(
        "Words",
        "Een productbreed bod met een nettoprijs per patiënt past niet op elke indicatie: geef een korting",  # noqa: E501
    ),  # noqa: E501
    "problem.after_end": QT_TRANSLATE_NOOP("Words", "Na het einde: vraagprijs of nettoprijs"),  # noqa: E501
    "problem.no_after_end_price": QT_TRANSLATE_NOOP(
        "Words", "Vul de nettoprijs per patiënt na het einde in"
    ),  # noqa: E501
    "problem.after_end_price_unused": QT_TRANSLATE_NOOP(
        "Words", "Een nettoprijs na het einde hoort bij 'na het einde: nettoprijs'"
    ),  # noqa: E501
    "problem.patient_units_need_units": QT_TRANSLATE_NOOP(
        "Words",
        "Een plafond of gratis startdoses in eenheden vraagt een vraagprijs per eenheid met het aantal eenheden per patiënt (bij het dossier)",  # noqa: E501
    ),  # noqa: E501
    "problem.duration_cap_per_year": QT_TRANSLATE_NOOP(
        "Words",
        "Een plafond op de behandelduur bij een prijs per jaar kan niet worden doorgerekend: daarvoor zijn de startjaren van de patiënten nodig",  # noqa: E501
    ),  # noqa: E501
    "problem.no_product": QT_TRANSLATE_NOOP(
        "Words",
        "Een productbreed bod vraagt een product bij het dossier: koppel eerst de indicaties van het product",  # noqa: E501
    ),  # noqa: E501
    "terms.patient_cap_units": QT_TRANSLATE_NOOP("Words", "max {n} eenheden p.p."),  # noqa: E501
    "terms.free_units": QT_TRANSLATE_NOOP("Words", "{n} startdoses gratis"),  # noqa: E501
    "terms.free_units_starters": QT_TRANSLATE_NOOP(
        "Words", "{n} startdoses gratis ({pct} starters)"
    ),  # noqa: E501
    "terms.patient_cap_months": QT_TRANSLATE_NOOP("Words", "max {n} mnd p.p."),  # noqa: E501
    "terms.patient_cap_months_of": QT_TRANSLATE_NOOP("Words", "max {n} mnd p.p. (van {of})"),  # noqa: E501
    "terms.product_wide": QT_TRANSLATE_NOOP("Words", "productbreed"),  # noqa: E501
    "terms.after_list": QT_TRANSLATE_NOOP("Words", "daarna vraagprijs"),  # noqa: E501
    "terms.after_net": QT_TRANSLATE_NOOP("Words", "daarna {money} p.p."),  # noqa: E501
    "problem.bad_round": QT_TRANSLATE_NOOP("Words", "De ronde is minstens 1"),
    "explain.mandate": QT_TRANSLATE_NOOP("Words", "Mandaat: {threshold} — {verdict}"),
    "explain.advice": QT_TRANSLATE_NOOP("Words", "Advies: {threshold} — {verdict}"),
    "explain.effective": QT_TRANSLATE_NOOP("Words", "Effectieve korting (verwacht): {pct}"),
    "explain.margin": QT_TRANSLATE_NOOP("Words", "Marge ten opzichte van {pct}: {points}"),
    "explain.gap": QT_TRANSLATE_NOOP(
        "Words", "Tekort tot {pct}: {year} per jaar, {total} over de looptijd"
    ),
    "explain.worst": QT_TRANSLATE_NOOP(
        "Words", "Minst gunstig scenario ({scenario}): {points} onder {pct}, tekort {year} per jaar"
    ),
    "explain.reason": QT_TRANSLATE_NOOP("Words", "Reden: {reason}"),
    "explain.per_scenario": QT_TRANSLATE_NOOP("Words", "Per scenario: {list}"),
    "timeline.sluis": QT_TRANSLATE_NOOP("Words", "In de sluis"),
    "timeline.sluis_ref": QT_TRANSLATE_NOOP("Words", "In de sluis ({ref})"),
    "timeline.advice": QT_TRANSLATE_NOOP("Words", "Advies Zorginstituut"),
    "timeline.bid": QT_TRANSLATE_NOOP("Words", "Bod ronde {round}"),
    "timeline.counter": QT_TRANSLATE_NOOP("Words", "Tegenbod VWS ronde {round}"),
    "timeline.start": QT_TRANSLATE_NOOP("Words", "Start regeling ronde {round}"),
    "timeline.end": QT_TRANSLATE_NOOP("Words", "Einde regeling ronde {round}"),
    "engine.no_asking_price": QT_TRANSLATE_NOOP(
        "Words", "{drug}: geen vraagprijs bekend; de effectieve korting kan niet worden berekend"
    ),
    "engine.no_volume": QT_TRANSLATE_NOOP(
        "Words",
        "{drug}: geen verwacht aantal patiënten en geen budgetimpact bekend; nodig voor een plafond of staffel",  # noqa: E501
    ),
    "engine.no_units": QT_TRANSLATE_NOOP(
        "Words", "{drug}: prijs per eenheid zonder aantal eenheden per patiënt"
    ),
    "engine.unknown_dossier": QT_TRANSLATE_NOOP(
        "Words", "bod {bid}: dossier {dossier} bestaat niet"
    ),
    "engine.bad_duration": QT_TRANSLATE_NOOP(
        "Words", "looptijd moet minstens 1 jaar zijn (was {years})"
    ),
    "engine.burden_out_of_range": QT_TRANSLATE_NOOP(
        "Words", "ziektelast {burden} ligt buiten 0,10–1,00"
    ),
    "engine.bad_growth": QT_TRANSLATE_NOOP("Words", "een groei van {growth}% per jaar kan niet"),
    "engine.patient_units_need_units": QT_TRANSLATE_NOOP(
        "Words",
        "{drug}: een plafond of gratis startdoses in eenheden vraagt een prijs per eenheid met het aantal eenheden per patiënt",  # noqa: E501
    ),  # noqa: E501
    "engine.no_starters": QT_TRANSLATE_NOOP(
        "Words", "{drug}: gratis startdoses zonder het aandeel starters per jaar"
    ),  # noqa: E501
    "engine.no_treatment_months": QT_TRANSLATE_NOOP(
        "Words",
        "{drug}: een plafond op de behandelduur zonder de verwachte behandelduur per patiënt",
    ),  # noqa: E501
    "engine.duration_cap_per_year": QT_TRANSLATE_NOOP(
        "Words",
        "{drug}: een plafond op de behandelduur bij een prijs per jaar vraagt de startjaren van de patiënten; niet berekend",  # noqa: E501
    ),  # noqa: E501
    "engine.no_after_end": QT_TRANSLATE_NOOP(
        "Words",
        "{drug}: niet vastgelegd wat na het einde van de regeling geldt; de horizon van {years} jaar gaat daar voorbij",  # noqa: E501
    ),  # noqa: E501
    "engine.bad_horizon": QT_TRANSLATE_NOOP(
        "Words", "de horizon moet minstens 1 jaar zijn (was {years})"
    ),  # noqa: E501
    "engine.product_wide_cap": QT_TRANSLATE_NOOP(
        "Words",
        "{drug}: een productbreed bod met een uitgavenplafond wordt niet per indicatie verdeeld; niet berekend",  # noqa: E501
    ),  # noqa: E501
    "engine.product_wide_net_price": QT_TRANSLATE_NOOP(
        "Words",
        "{drug}: een productbreed bod met een nettoprijs per patiënt past niet op elke indicatie; niet berekend",  # noqa: E501
    ),  # noqa: E501
    "audit.vault_created": QT_TRANSLATE_NOOP("Words", "kluis aangemaakt"),
    "audit.vault_created.detail": QT_TRANSLATE_NOOP("Words", "formaat {version}"),
    "audit.schema_updated": QT_TRANSLATE_NOOP("Words", "schema bijgewerkt"),
    "audit.schema_updated.detail": QT_TRANSLATE_NOOP("Words", "naar versie {version}"),
    "audit.passphrase_changed": QT_TRANSLATE_NOOP("Words", "wachtwoord gewijzigd"),
    "audit.recovery_key_replaced": QT_TRANSLATE_NOOP("Words", "nieuwe herstelsleutel"),
    "audit.remember_on": QT_TRANSLATE_NOOP("Words", "onthouden op deze computer aangezet"),
    "audit.remember_off": QT_TRANSLATE_NOOP("Words", "onthouden op deze computer uitgezet"),
    "audit.dossier_added": QT_TRANSLATE_NOOP("Words", "dossier toegevoegd"),
    "audit.dossier_added.detail": QT_TRANSLATE_NOOP("Words", "{brand} ({indication})"),
    "audit.product_linked": QT_TRANSLATE_NOOP("Words", "product gekoppeld"),  # noqa: E501
    "audit.product_linked.detail": QT_TRANSLATE_NOOP("Words", "{dossiers}"),  # noqa: E501
    "audit.product_unlinked": QT_TRANSLATE_NOOP("Words", "product ontkoppeld"),  # noqa: E501
    "audit.product_unlinked.detail": QT_TRANSLATE_NOOP("Words", "{dossiers}"),  # noqa: E501
    "error.bad_product": QT_TRANSLATE_NOOP(
        "Words", "Een productnaam is één regel van hooguit 200 tekens ('{name}')"
    ),  # noqa: E501
    "error.product_wide_bids": QT_TRANSLATE_NOOP(
        "Words", "Dossier {name} heeft productbrede biedingen: zet die eerst terug op één indicatie"
    ),  # noqa: E501
    "audit.dossier_changed": QT_TRANSLATE_NOOP("Words", "dossier gewijzigd"),
    "audit.dossier_changed.detail": QT_TRANSLATE_NOOP("Words", "{brand} ({indication})"),
    "audit.dossier_deleted": QT_TRANSLATE_NOOP("Words", "dossier verwijderd"),
    "audit.dossier_deleted.detail": QT_TRANSLATE_NOOP("Words", "{brand} ({indication}), {bids}"),
    "audit.dossier_restored": QT_TRANSLATE_NOOP("Words", "dossier teruggezet"),
    "audit.dossier_restored.detail": QT_TRANSLATE_NOOP("Words", "{brand} ({indication})"),
    "audit.bid_added": QT_TRANSLATE_NOOP("Words", "bod toegevoegd"),
    "audit.bid_added.detail": QT_TRANSLATE_NOOP("Words", "{brand}, ronde {round}, {date}"),
    "audit.bid_changed": QT_TRANSLATE_NOOP("Words", "bod gewijzigd"),
    "audit.bid_changed.detail": QT_TRANSLATE_NOOP("Words", "{brand}, ronde {round}, {date}"),
    "audit.bid_deleted": QT_TRANSLATE_NOOP("Words", "bod verwijderd"),
    "audit.bid_deleted.detail": QT_TRANSLATE_NOOP("Words", "{brand}, ronde {round}, {date}"),
    "audit.woo_grounds_changed": QT_TRANSLATE_NOOP("Words", "weigeringsgrond gewijzigd"),
    "audit.woo_grounds_changed.detail": QT_TRANSLATE_NOOP("Words", "{brand}: {field} → {grounds}"),
    "audit.woo_grounds_public.detail": QT_TRANSLATE_NOOP("Words", "{brand}: {field} → openbaar"),
    "audit.woo_grounds_default.detail": QT_TRANSLATE_NOOP("Words", "{brand}: {field} → standaard"),
    "audit.nota_header_changed": QT_TRANSLATE_NOOP("Words", "nota-kop gewijzigd"),
    "audit.nota_header_changed.detail": QT_TRANSLATE_NOOP("Words", "{brand}"),
    "audit.demo_filled": QT_TRANSLATE_NOOP("Words", "demo gevuld"),
    "audit.demo_filled.detail": QT_TRANSLATE_NOOP("Words", "{dossiers} met FICTIEVE biedingen"),
    "audit.import": QT_TRANSLATE_NOOP("Words", "import"),
    "audit.import.detail": QT_TRANSLATE_NOOP(
        "Words",
        "{file}: dossiers {new} nieuw, {updated} bijgewerkt; biedingen {bids} nieuw; {present} al aanwezig",  # noqa: E501
    ),
    "audit.export": QT_TRANSLATE_NOOP("Words", "export"),
    "audit.export_nota.detail": QT_TRANSLATE_NOOP("Words", "nota, publiek {audience}: {file}"),
    "audit.export_woo.detail": QT_TRANSLATE_NOOP("Words", "woo: {folder} ({files})"),
    "count.bids.one": QT_TRANSLATE_NOOP("Words", "1 bod"),
    "count.bids.other": QT_TRANSLATE_NOOP("Words", "{n} biedingen"),
    "count.dossiers.one": QT_TRANSLATE_NOOP("Words", "1 dossier"),
    "count.dossiers.other": QT_TRANSLATE_NOOP("Words", "{n} dossiers"),
    "count.minutes.one": QT_TRANSLATE_NOOP("Words", "1 minuut"),
    "count.minutes.other": QT_TRANSLATE_NOOP("Words", "{n} minuten"),
    "count.files.one": QT_TRANSLATE_NOOP("Words", "1 bestand"),
    "count.files.other": QT_TRANSLATE_NOOP("Words", "{n} bestanden"),
    "count.years.one": QT_TRANSLATE_NOOP("Words", "1 jaar"),
    "count.years.other": QT_TRANSLATE_NOOP("Words", "{n} jaar"),
    "count.days.one": QT_TRANSLATE_NOOP("Words", "1 dag"),
    "count.days.other": QT_TRANSLATE_NOOP("Words", "{n} dagen"),
    "count.rows.one": QT_TRANSLATE_NOOP("Words", "1 rij"),
    "count.rows.other": QT_TRANSLATE_NOOP("Words", "{n} rijen"),
    "count.lines.one": QT_TRANSLATE_NOOP("Words", "1 regel"),
    "count.lines.other": QT_TRANSLATE_NOOP("Words", "{n} regels"),
    "threshold_error.no_reduction": QT_TRANSLATE_NOOP(
        "Words", "Geen vereiste prijsverlaging gevonden in de tekst"
    ),
    "threshold_error.empty": QT_TRANSLATE_NOOP("Words", "De tekst is leeg"),
    "threshold_error.out_of_range": QT_TRANSLATE_NOOP(
        "Words", "Een prijsverlaging van {value}% kan niet: kies een waarde van 0 tot 100"
    ),
    "threshold_error.ambiguous": QT_TRANSLATE_NOOP(
        "Words", "De tekst is op meer dan één manier te lezen ({readings}); kies de bedoelde lezing"
    ),
    "short.at_least": QT_TRANSLATE_NOOP("Words", "ten minste {pct}"),
    "short.at_least.fors": QT_TRANSLATE_NOOP("Words", "fors, ten minste {pct}"),
    "short.more_than": QT_TRANSLATE_NOOP("Words", "meer dan {pct}"),
    "short.more_than.fors": QT_TRANSLATE_NOOP("Words", "fors meer dan {pct}"),
    "short.approximately": QT_TRANSLATE_NOOP(
        "Words", "ongeveer {pct} (marge {margin} procentpunt)"
    ),
    "short.approximately.fors": QT_TRANSLATE_NOOP(
        "Words", "fors, ongeveer {pct} (marge {margin} procentpunt)"
    ),
    "short.range": QT_TRANSLATE_NOOP("Words", "{low} tot {high}"),
    "short.range.fors": QT_TRANSLATE_NOOP("Words", "fors, {low} tot {high}"),
    "short.qualitative": QT_TRANSLATE_NOOP("Words", "zonder getal (oordeel)"),
    "short.qualitative.fors": QT_TRANSLATE_NOOP("Words", "fors, zonder getal (oordeel)"),
    "error.not_found": QT_TRANSLATE_NOOP("Words", "{path}: bestand bestaat niet"),
    "error.empty_file": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: het bestand is leeg — geen Mandaat-kluis",
    ),
    "error.foreign_file": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: geen Mandaat-kluis (onbekend bestandstype)",
    ),
    "error.newer_version": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: kluisformaat versie {version} is nieuwer dan deze Mandaat ondersteunt (tot en met {supported}); werk Mandaat bij",  # noqa: E501
    ),
    "error.corrupt_header": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: de kop van de kluis is beschadigd ({detail})",
    ),
    "error.truncated": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: de kluis is afgekapt ({size} van {expected} bytes)",
    ),
    "error.kdf_too_costly": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: de sleutelafleiding in deze kluis vraagt onredelijk veel ({detail}); geweigerd",
    ),
    "error.wrong_key": QT_TRANSLATE_NOOP("Words", "{path}: onjuist wachtwoord of herstelsleutel"),
    "error.tampered": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: het bestand is gewijzigd of beschadigd: het sleutelvak opent, de inhoud niet (authenticatie mislukt)",  # noqa: E501
    ),
    "error.integrity": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: de database in de kluis is niet intact ({detail})",
    ),
    "error.locked": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: de kluis is in gebruik door een ander Mandaat-proces",
    ),
    "error.changed_on_disk": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: de kluis is op schijf gewijzigd sinds hij werd geopend; niet overschreven",
    ),
    "error.write_failed": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: opslaan mislukt ({detail}); de vorige versie is intact",
    ),
    "error.no_slot": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: de kluis heeft geen sleutelvak van dit soort ({detail})",
    ),
    "error.empty_passphrase": QT_TRANSLATE_NOOP("Words", "Het wachtwoord mag niet leeg zijn"),
    "error.passphrase_mismatch": QT_TRANSLATE_NOOP(
        "Words",
        "De twee wachtwoorden zijn niet gelijk",
    ),
    "error.no_passphrase": QT_TRANSLATE_NOOP(
        "Words",
        "Geen wachtwoord: geef het op bij de prompt, in MANDAAT_PASSPHRASE of met --passphrase-file",  # noqa: E501
    ),
    "error.bad_recovery_key": QT_TRANSLATE_NOOP(
        "Words",
        "De herstelsleutel heeft niet de juiste vorm ({detail})",
    ),
    "error.exists": QT_TRANSLATE_NOOP("Words", "{path}: bestaat al; kies een andere naam"),
    "error.keyring_unavailable": QT_TRANSLATE_NOOP(
        "Words",
        "Onthouden op deze computer is niet beschikbaar: {detail}. Mandaat bewaart nooit een sleutel onversleuteld",  # noqa: E501
    ),
    "error.keyring_missing": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: de sleutel voor deze computer staat niet (meer) in de sleutelbos",
    ),
    "error.audit_broken": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: het logboek is niet intact vanaf regel {entry}",
    ),
    "error.unknown_dossier": QT_TRANSLATE_NOOP("Words", "Geen dossier gevonden voor '{name}'"),
    "error.bid_refused": QT_TRANSLATE_NOOP("Words", "Bod geweigerd: {detail}"),
    "error.short_passphrase": QT_TRANSLATE_NOOP(
        "Words",
        "Het wachtwoord is te kort: minstens {minimum} tekens (een zin werkt goed)",
    ),
    "error.read_only": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: alleen-lezen geopend; er wordt niets opgeslagen",
    ),
    "error.needs_passphrase": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: ontgrendel met het wachtwoord om een nieuwe herstelsleutel te maken",
    ),
    "error.lock_not_file": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: het slotbestand is geen gewoon bestand (een link?); geweigerd",
    ),
    "error.lock_failed": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: kan het slotbestand niet aanmaken ({detail})",
    ),
    "error.kdf_slow": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: de sleutelafleiding van deze kluis kost hier ongeveer {seconds} s en {memory} MiB geheugen, veel meer dan gewoon; niet begonnen",  # noqa: E501
    ),
    "error.older_state": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: dit is een oudere stand van de kluis dan deze computer eerder zag (generatie {found}, gezien: {seen}); geweigerd",  # noqa: E501
    ),
    "error.diverged_state": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: deze stand van de kluis zet niet voort wat deze computer eerder zag (generatie {found}, gezien: {seen}); geweigerd",  # noqa: E501
    ),
    "error.state_unverified": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: deze computer zag een andere stand van deze kluis (van vóór een sleutelwissel, of het register is gewijzigd); geweigerd",  # noqa: E501
    ),
    "error.schema_too_new": QT_TRANSLATE_NOOP(
        "Words",
        "{path}: de database in de kluis heeft schemaversie {version}, nieuwer dan {supported}",
    ),
}


def _lookup(key: str) -> str:
    return QCoreApplication.translate("Words", SOURCES[key])


def _share(value: Pct | None) -> str:
    text = pct_text(value)
    return text.replace(",", QLocale().decimalPoint()) if "," in text else text


def _pct(value: Decimal) -> str:
    return fmt.percent(value)


def _money(value: Decimal) -> str:
    """Whole euros (a strict bound's extra cent never shows); cents below € 100."""
    cents = abs(value) < 100 and value != value.to_integral_value()
    return fmt.money(value, cents=cents)


def _points(value: Decimal) -> str:
    return fmt.points(value)


#: Words in the window's language: each call translates through the installed translator
#: and formats through the current ``QLocale``, so one instance serves both languages.
WORDS = Words(_lookup, pct=_pct, money=_money, points=_points, share=_share)


# --------------------------------------------------------------------------- Woo words

#: The export's Dutch names of the kinds of information a redaction hides
#: (:data:`mandaat.export.messages.FIELD_LABELS`), shown in the window in its language; the
#: documents keep the Dutch. ``tests/test_ui_words.py`` checks that none is missing.
FIELD_LABEL_SOURCES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Woo", "bankrekeningnummers"),
    QT_TRANSLATE_NOOP("Woo", "contactpersonen"),
    QT_TRANSLATE_NOOP("Woo", "data van de biedingen"),
    QT_TRANSLATE_NOOP("Woo", "de bijlagen van de nota"),
    QT_TRANSLATE_NOOP("Woo", "de deadline van de nota"),
    QT_TRANSLATE_NOOP("Woo", "de partij die een bod deed"),
    QT_TRANSLATE_NOOP("Woo", "de soort nota"),
    QT_TRANSLATE_NOOP("Woo", "de titel van de nota"),
    QT_TRANSLATE_NOOP("Woo", "de toetsing van biedingen aan het advies"),
    QT_TRANSLATE_NOOP("Woo", "de toetsing van biedingen aan het mandaat"),
    QT_TRANSLATE_NOOP("Woo", "de verwachte groei in de doorrekening"),
    QT_TRANSLATE_NOOP("Woo", "de voorwaarden van de biedingen"),
    QT_TRANSLATE_NOOP("Woo", "e-mailadressen"),
    QT_TRANSLATE_NOOP("Woo", "effectieve kortingen van de biedingen"),
    QT_TRANSLATE_NOOP("Woo", "einddata van de biedingen"),
    QT_TRANSLATE_NOOP("Woo", "functies van ambtenaren en medewerkers van de leverancier"),
    QT_TRANSLATE_NOOP("Woo", "het financiële verschil tussen bod en mandaat"),
    QT_TRANSLATE_NOOP("Woo", "het kenmerk van de nota"),
    QT_TRANSLATE_NOOP("Woo", "het onderhandelingsmandaat"),
    QT_TRANSLATE_NOOP("Woo", "het verschil tussen bod en mandaat"),
    QT_TRANSLATE_NOOP("Woo", "het verwachte aantal patiënten in de doorrekening"),
    QT_TRANSLATE_NOOP("Woo", "ingangsdata van de biedingen"),
    QT_TRANSLATE_NOOP("Woo", "interne aantekeningen bij de biedingen"),
    QT_TRANSLATE_NOOP("Woo", "interne scenarioberekeningen"),
    QT_TRANSLATE_NOOP("Woo", "kortingspercentages"),
    QT_TRANSLATE_NOOP("Woo", "lijstprijsverlagingen"),
    QT_TRANSLATE_NOOP("Woo", "looptijden van de biedingen"),
    QT_TRANSLATE_NOOP("Woo", "namen en contactgegevens van betrokkenen"),
    QT_TRANSLATE_NOOP("Woo", "namen van ambtenaren en medewerkers van de leverancier"),
    QT_TRANSLATE_NOOP("Woo", "namen van de opstellers van de nota"),
    QT_TRANSLATE_NOOP("Woo", "namen van personen"),
    QT_TRANSLATE_NOOP("Woo", "nettoprijzen"),
    QT_TRANSLATE_NOOP("Woo", "onderhandelingsrondes"),
    QT_TRANSLATE_NOOP("Woo", "pay-for-performance-voorwaarden"),
    QT_TRANSLATE_NOOP("Woo", "staffelkortingen"),
    QT_TRANSLATE_NOOP("Woo", "telefoonnummers"),
    QT_TRANSLATE_NOOP("Woo", "toelichting a van de nota"),
    QT_TRANSLATE_NOOP("Woo", "toelichting b van de nota"),
    QT_TRANSLATE_NOOP("Woo", "toelichting c van de nota"),
    QT_TRANSLATE_NOOP("Woo", "toelichting d van de nota"),
    QT_TRANSLATE_NOOP("Woo", "toelichting e van de nota"),
    QT_TRANSLATE_NOOP("Woo", "toelichting f van de nota"),
    QT_TRANSLATE_NOOP("Woo", "toelichting g van de nota"),
    QT_TRANSLATE_NOOP("Woo", "toelichting h van de nota"),
    QT_TRANSLATE_NOOP("Woo", "uitgavenplafonds"),
    QT_TRANSLATE_NOOP("Woo", "voorwaarden bij de biedingen"),
    QT_TRANSLATE_NOOP("Woo", "aannames over de behandelduur in de doorrekening"),
    QT_TRANSLATE_NOOP("Woo", "aannames over nieuwe patiënten in de doorrekening"),
    QT_TRANSLATE_NOOP("Woo", "de geldstromen per jaar van een bod"),
    QT_TRANSLATE_NOOP("Woo", "de korting die nog nodig is voor het mandaat"),
    QT_TRANSLATE_NOOP("Woo", "de toetsing over een langere periode"),
    QT_TRANSLATE_NOOP("Woo", "de toetsing per indicatie aan het mandaat"),
    QT_TRANSLATE_NOOP("Woo", "gratis startdoses"),
    QT_TRANSLATE_NOOP("Woo", "plafonds op de behandelduur"),
    QT_TRANSLATE_NOOP("Woo", "plafonds per patiënt"),
    QT_TRANSLATE_NOOP("Woo", "prijzen na afloop van de regeling"),
)

#: The Woo's grounds by code (:data:`mandaat.export.messages.GROUND_NAMES`), likewise.
GROUND_NAME_SOURCES: dict[str, str] = {
    "5.1.1c": QT_TRANSLATE_NOOP("Woo", "vertrouwelijk verstrekte bedrijfs- en fabricagegegevens"),
    "5.1.2b": QT_TRANSLATE_NOOP("Woo", "economische of financiële belangen van de Staat"),
    "5.1.2e": QT_TRANSLATE_NOOP("Woo", "persoonlijke levenssfeer"),
    "5.1.2f": QT_TRANSLATE_NOOP("Woo", "concurrentiegevoelige bedrijfs- en fabricagegegevens"),
    "5.1.2i": QT_TRANSLATE_NOOP("Woo", "goed functioneren van de Staat"),
    "5.1.5": QT_TRANSLATE_NOOP("Woo", "onevenredige benadeling"),
    "5.2.1": QT_TRANSLATE_NOOP("Woo", "persoonlijke beleidsopvattingen in intern beraad"),
}


def field_label(dutch: str) -> str:
    """The export's Dutch label of a kind of information, in the window's language."""
    return QCoreApplication.translate("Woo", dutch)


def ground_name(code: str) -> str:
    """The name of a Woo ground, in the window's language; the code when unknown."""
    source = GROUND_NAME_SOURCES.get(code)
    return code if source is None else QCoreApplication.translate("Woo", source)


# --------------------------------------------------------------------------- the import's words

#: The import's Dutch problem and whole-file messages (:mod:`mandaat.importing.messages`),
#: listed for lupdate; the window shows them in its language. Checked complete by
#: ``tests/test_ui_words.py``.
IMPORT_SOURCES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ImportProblems", "geen geldig bedrag of getal (bijvoorbeeld 104.000,50)"),
    QT_TRANSLATE_NOOP("ImportProblems", "bedrag mag niet negatief zijn"),
    QT_TRANSLATE_NOOP("ImportProblems", "getal te groot (zestien cijfers of meer voor de komma)"),
    QT_TRANSLATE_NOOP("ImportProblems", "geen geldig percentage (bijvoorbeeld 68,5%)"),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "onduidelijk percentage: een getal tussen 0 en 1 kan een fractie of een percentage zijn; schrijf het percentage met een %-teken (bijvoorbeeld 68,5%)",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("ImportProblems", "korting moet tussen 0 en 100% liggen"),
    QT_TRANSLATE_NOOP("ImportProblems", "geen geldig geheel getal"),
    QT_TRANSLATE_NOOP("ImportProblems", "getal moet minstens {minimum} zijn"),
    QT_TRANSLATE_NOOP("ImportProblems", "geen geldige looptijd in jaren"),
    QT_TRANSLATE_NOOP("ImportProblems", "looptijd moet groter dan 0 jaar zijn"),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "geen geldige datum (schrijf dag-maand-jaar, bijvoorbeeld 1-4-2026)",
    ),
    QT_TRANSLATE_NOOP("ImportProblems", "deze datum bestaat niet"),
    QT_TRANSLATE_NOOP("ImportProblems", "partij moet 'leverancier' of 'VWS' zijn"),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "de tekst bevat een onzichtbaar stuurteken of een teken dat de schrijfrichting omkeert ({char}); verwijder het",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "formule zonder berekende waarde; open het bestand in Excel, sla het op en importeer opnieuw",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("ImportProblems", "de cel bevat een Excel-foutwaarde"),
    QT_TRANSLATE_NOOP("ImportProblems", "geneesmiddel ontbreekt"),
    QT_TRANSLATE_NOOP("ImportProblems", "datum van het bod ontbreekt"),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "bod zonder voorwaarden: vul korting, nettoprijs, uitgavenplafond of staffel in",
    ),
    QT_TRANSLATE_NOOP("ImportProblems", "kolom '{header}' ontbreekt; het blad is overgeslagen"),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "onbekend geneesmiddel: geen dossier in de kluis of in dit bestand",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "geen dossier van {drug} voor deze indicatie (bekende indicaties: {known})",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "{drug} heeft meerdere dossiers ({known}); vul de indicatie in zoals in het dossier",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "dossier bestaat al met andere gegevens (in de kluis: {stored}); een import overschrijft niets — wijzig het dossier in Mandaat",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "blad {other_sheet}, rij {other_row} geeft voor hetzelfde dossier een andere waarde ({stored})",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("ImportProblems", "vereiste prijsverlaging niet herkend: {reason}"),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "nettoprijs ligt boven de vraagprijs van het dossier (€ {asking})",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "looptijd moet een geheel aantal jaren zijn (bijvoorbeeld 3)",
    ),
    QT_TRANSLATE_NOOP("ImportProblems", "datum ligt meer dan een jaar in de toekomst (tikfout?)"),
    QT_TRANSLATE_NOOP("ImportProblems", "het bestand bestaat niet"),
    QT_TRANSLATE_NOOP("ImportProblems", "het bestand kan niet worden gelezen"),
    QT_TRANSLATE_NOOP("ImportProblems", "het bestand is te groot (meer dan {limit_mb} MB)"),
    QT_TRANSLATE_NOOP("ImportProblems", "dit is geen Excel-werkmap (.xlsx of .xlsm)"),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "het bestand is onvolledig of beschadigd (afgebroken download?)",
    ),
    QT_TRANSLATE_NOOP("ImportProblems", "het bestand is beschadigd en kan niet worden gelezen"),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "dit bestandsformaat ({format}) wordt niet ondersteund; sla het in Excel op als .xlsx",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "de werkmap is met een wachtwoord beveiligd; geef het wachtwoord op",
    ),
    QT_TRANSLATE_NOOP("ImportProblems", "het wachtwoord is onjuist"),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "het bestand bevat te veel onderdelen ({count}); geweigerd",
    ),
    QT_TRANSLATE_NOOP("ImportProblems", "het bestand pakt uit tot te veel gegevens; geweigerd"),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "het bestand is verdacht sterk gecomprimeerd (zipbom?); geweigerd",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "het bestand bevat onveilige XML (DOCTYPE/entiteiten); geweigerd",
    ),
    QT_TRANSLATE_NOOP("ImportProblems", "blad {sheet} heeft meer dan {limit} rijen"),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "het bestand is beschadigd: onderdeel {entry} heeft geen geldige naam; geweigerd",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "het werkboek is geweigerd: het vraagt meer geheugen dan toegestaan",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "het werkboek is geweigerd: het lezen duurt langer dan toegestaan",
    ),
    QT_TRANSLATE_NOOP("ImportProblems", "het werkboek kon niet worden gelezen"),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "geen blad met herkenbare kolomkoppen gevonden (verwacht de koppen van het sjabloon, bijvoorbeeld Geneesmiddel, Datum, Korting (%))",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "staffelsoort onbekend: schrijf 'per schijf' (alleen eenheden boven de drempel) of 'alle eenheden'",  # noqa: E501
    ),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "staffel niet te lezen: schrijf drempel (patiënten per jaar) en korting, bijvoorbeeld 100: 40%; 200: 50%",  # noqa: E501
    ),  # noqa: E501
    QT_TRANSLATE_NOOP("ImportProblems", "staffel: de drempel {threshold} staat er twee keer in"),  # noqa: E501
    # issue 17: product-wide bids in the import
    QT_TRANSLATE_NOOP("ImportProblems", "productbreed: schrijf 'ja' of 'nee'"),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "een productbreed bod vraagt een product bij het dossier: vul de kolom Product in op het blad Dossiers",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "een productbreed bod met een uitgavenplafond wordt niet per indicatie verdeeld: leg het plafond per indicatie vast",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblems",
        "een productbreed bod met een nettoprijs per patiënt past niet op elke indicatie: geef een korting",  # noqa: E501
    ),
)


def import_problem_text(problem: Problem) -> str:
    """The explanation of an import problem (without its cell), in the window's language."""
    from mandaat.importing.messages import PROBLEM_MESSAGES, problem_text, render

    template = PROBLEM_MESSAGES.get(problem.code)
    if template is None:
        return problem_text(problem)
    return render(QCoreApplication.translate("ImportProblems", template), problem.params)


def workbook_error_text(error: WorkbookError, file: str | None = None) -> str:
    """A whole-file failure of the import, in the window's language."""
    from mandaat.importing.messages import ERROR_MESSAGES, format_workbook_error, render

    template = ERROR_MESSAGES.get(error.code)
    if template is None:
        return format_workbook_error(error, file)
    params = dict(error.params)
    limit = params.get("limit")
    if error.code == "too_big" and isinstance(limit, int):
        params["limit_mb"] = limit // (1024 * 1024)
    text = render(QCoreApplication.translate("ImportProblems", template), params)
    return f"{PurePath(file).name}: {text}" if file else text


# --------------------------------------------------------------------------- errors

#: The export's refusals (:mod:`mandaat.export.messages`), listed for lupdate; the window
#: shows them in its language (``tests/test_ui_words.py`` checks none is missing).
EXPORT_ERROR_SOURCES: dict[str, str] = {
    "bad_logo": QT_TRANSLATE_NOOP("ExportErrors", "Logo: {detail}; niets weggeschreven"),
    "leak": QT_TRANSLATE_NOOP(
        "ExportErrors",
        "Lekcontrole: {file} bevat de waarde van '{field}' ({where}); niets weggeschreven",
    ),
    "leaks": QT_TRANSLATE_NOOP("ExportErrors", "Lekcontrole: {count} treffer(s) in {outdir}"),
    "bad_extension": QT_TRANSLATE_NOOP(
        "ExportErrors",
        "{path}: kies een bestandsnaam die eindigt op .docx of .pdf",
    ),
    "outdir_not_empty": QT_TRANSLATE_NOOP(
        "ExportErrors",
        "{path}: de map bestaat al en is niet leeg; kies een nieuwe map",
    ),
    "ambiguous_dossier": QT_TRANSLATE_NOOP(
        "ExportErrors",
        "'{name}' past op meer dan één dossier (id {ids}); geef het dossier-id op",
    ),
    "bad_policy": QT_TRANSLATE_NOOP("ExportErrors", "Classificatie: {detail}"),
    "no_dossiers": QT_TRANSLATE_NOOP("ExportErrors", "Geen dossiers om te exporteren"),
    "not_a_dir": QT_TRANSLATE_NOOP("ExportErrors", "{path}: geen map en geen exportbestand"),
    "empty_dir": QT_TRANSLATE_NOOP(
        "ExportErrors",
        "{path}: de map bevat geen bestanden; er valt niets te controleren",
    ),
}


#: Why a logo file is refused (:class:`mandaat.export.render_pdf.LogoError`'s ``reason``).
LOGO_REASONS: dict[str, str] = {
    "unreadable": QT_TRANSLATE_NOOP("ExportErrors", "niet te lezen"),
    "too_big": QT_TRANSLATE_NOOP("ExportErrors", "geen bestand van hoogstens 5 MB"),
    "not_image": QT_TRANSLATE_NOOP("ExportErrors", "geen PNG- of JPEG-afbeelding"),
}


def error_line(exc: MandaatError) -> str:
    """A refusal of the core as one line in the window's language: the core's errors
    (:mod:`mandaat.errors`, a refused bid) and the export's."""
    template = EXPORT_ERROR_SOURCES.get(exc.code)
    if isinstance(exc, ExportError) and template is not None:
        text = QCoreApplication.translate("ExportErrors", template)
        params = dict(exc.params)
        reason = LOGO_REASONS.get(str(params.get("reason", "")))
        if exc.code == "bad_logo" and reason is not None:  # the reason in the window's words
            why = QCoreApplication.translate("ExportErrors", reason)
            params["detail"] = f"{params['path']}: {why}" if params.get("path") else why
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text
    return WORDS.error(exc)

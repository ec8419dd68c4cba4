"""Build the redacted document model from the data, per audience.

Only the builder sees the data. Every value that comes from a classified field goes
through :meth:`Classifier.redaction` (withheld → a box) and every free text through
:meth:`Classifier.scan`; in a Woo release the *structure* of the document (which
sentences appear) never depends on a withheld value, so the layout betrays nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from mandaat import engine
from mandaat.export import fmt
from mandaat.export.classify import Classifier
from mandaat.export.doc import (
    Block,
    Document,
    Heading,
    Inline,
    Paragraph,
    Parts,
    Redaction,
    Table,
    Withheld,
    plain,
)
from mandaat.export.messages import (
    DEFAULT_MOTIVATIONS,
    GROUND_ARTICLES,
    GROUND_NAMES,
    MARKINGS,
)
from mandaat.model import (
    Arrangement,
    Bid,
    Dossier,
    NotaHeader,
    NotaKind,
    Party,
    Phase,
    PriceBasis,
    Threshold,
)
from mandaat.thresholds import describe_threshold

DIRECTORATE = (
    "Directoraat-Generaal Curatieve Zorg",
    "Directie Geneesmiddelen en Medische Technologie",
    "Buro Financiële Arrangementen Geneesmiddelen",
)
TOELICHTING = {
    "a": "Draagvlak politiek, maatschappelijk en eenduidige communicatie",
    "b": "Arbeidsmarkteffecten zorg- en welzijnsveld",
    "c": "Gevolgen administratieve lasten",
    "d": "Financiële en personele gevolgen VWS en uitvoeringsorganisaties",
    "e": "Juridische aspecten haalbaarheid",
    "f": "Afstemming (intern, interdepartementaal en met veldpartijen)",
    "g": "Toezeggingen",
    "h": "Fraudetoets",
}
PHASE_WORDS = {
    Phase.INDIENING: "ingediend",
    Phase.BEOORDELING: "in beoordeling bij het Zorginstituut",
    Phase.ONDERHANDELING: "in onderhandeling",
    Phase.AKKOORD: "akkoord: opgenomen in het basispakket",
    Phase.SLUIS_GECONTINUEERD: "sluis gecontinueerd",
    Phase.HERBEOORDELING: "herbeoordeling",
    Phase.GEEN_AKKOORD: "geen akkoord",
    Phase.INGETROKKEN: "ingetrokken",
}
VERDICTS = {
    "meets": "voldoet",
    "fails": "voldoet niet",
    "depends": "hangt af",
    "judgement": "vraagt een oordeel",
}
#: Why a verdict depends or asks for judgement, as the nota says it (engine.REASON_CODES).
REASONS = {
    "in_range": "ligt binnen de bandbreedte",
    "within_tolerance": "ligt binnen de marge onder het richtgetal",
    "scenarios_differ": "hangt af van het patiëntvolume",
    "substantially": "het advies vraagt fors meer",
    "no_number": "het advies noemt geen getal",
    "comparator": "vergelijking met de standaardbehandeling ontbreekt",
}


def verdict_words(v: engine.Verdict | None) -> str:
    """The verdict as the nota writes it, with the reason that applies."""
    if v is None:
        return "—"
    word = VERDICTS[v.code]
    reason = REASONS.get(v.reason)
    return f"{word} ({reason})" if reason else word


def bound_words(gap: engine.BoundGap) -> str:
    """A distance to a named bound: "5 procentpunt en € 3,2 mln per jaar onder 55%"."""
    where = "onder" if not gap.met else "boven"
    margin = fmt.number(abs(engine.present(gap.margin_pp)))
    text = f"{margin} procentpunt"
    if not gap.met:
        text += f" en {fmt.money_short(gap.gap_per_year)} per jaar"
    return f"{text} {where} {fmt.pct(gap.pct)}"


BID_COLUMNS = ("Ronde", "Datum", "Partij", "Voorwaarden", "Effectief", "Mandaat", "Advies")
BID_WIDTHS = (0.75, 1.1, 0.9, 2.45, 1.0, 1.1, 1.1)


SCENARIO_WORDS = {"low": "laag", "expected": "verwacht", "high": "hoog"}
#: the nota's per-year table (issue 17), in the order of tables.year_rows
YEAR_COLUMNS = (
    "Jaar",
    "Patiënten",
    "Lijstprijs",
    "Netto vóór plafond",
    "Plafond terug",
    "P4P terug",
    "Netto",
    "Besparing",
)
YEAR_WIDTHS = (0.6, 0.85, 1.15, 1.15, 1.0, 1.0, 1.15, 1.15)


def _whole(value: Decimal) -> Decimal:
    """Whole euros, as the nota's table prints them (and the leak check looks for them)."""
    return value.quantize(Decimal(1), rounding=ROUND_HALF_UP)


def _decided(d: Dossier) -> bool:
    return d.phase in (Phase.AKKOORD, Phase.SLUIS_GECONTINUEERD, Phase.GEEN_AKKOORD)


def _continued(d: Dossier) -> bool:
    return d.phase in (Phase.SLUIS_GECONTINUEERD, Phase.GEEN_AKKOORD)


def nota_title(d: Dossier) -> str:
    if _continued(d):
        return f"Kamerbrief continueren sluis {d.brand}"
    if d.phase is Phase.AKKOORD:
        return f"Kamerbrief onderhandelresultaat {d.brand}"
    return f"Stand van de prijsonderhandeling {d.brand}"


#: Days from the nota's date to its deadline when the header sets none.
DEADLINE_DAYS = 12
KIND_WORDS = {NotaKind.TER_BESLISSING: "TER BESLISSING", NotaKind.TER_INFORMATIE: "TER INFORMATIE"}


def nota_kind(d: Dossier, header: NotaHeader | None = None) -> NotaKind:
    """The header's kind, or by the phase: a decided dossier asks a decision."""
    if header is not None and header.kind is not None:
        return header.kind
    return NotaKind.TER_BESLISSING if _decided(d) else NotaKind.TER_INFORMATIE


def nota_deadline(today: dt.date, header: NotaHeader | None = None) -> dt.date:
    """The header's deadline, or :data:`DEADLINE_DAYS` after the nota's date."""
    if header is not None and header.deadline is not None:
        return header.deadline
    return today + dt.timedelta(days=DEADLINE_DAYS)


def nota_attachments(d: Dossier, header: NotaHeader | None = None) -> str:
    """The header's attachments, or the Kamerbrief of a decided dossier ("" for none)."""
    if header is not None and header.attachments:
        return header.attachments
    return f"1: {nota_title(d)}" if _decided(d) else ""


def arrangement_text(a: Arrangement) -> str:
    """A short Dutch summary of an arrangement's terms."""
    terms: list[str] = []
    if a.list_price_cut_pct is not None:
        terms.append(f"lijstprijsverlaging {fmt.pct(a.list_price_cut_pct)}")
    if a.net_price_per_patient is not None:
        terms.append(f"nettoprijs {fmt.money(a.net_price_per_patient)} per patiënt")
    if a.discount_pct is not None:
        terms.append(f"korting {fmt.pct(a.discount_pct)}")
    for t in a.tiers:
        unit = "patiënten" if a.tier_basis == "volume" else "omzet"
        amount = fmt.number(t.threshold) if a.tier_basis == "volume" else fmt.money(t.threshold)
        scope = " op alle eenheden" if a.tier_mode == "all_units" else ""
        terms.append(f"staffel boven {amount} {unit}: {fmt.pct(t.discount_pct)}{scope}")
    if a.p4p_refund_share_pct is not None:
        terms.append(f"pay-for-performance {fmt.pct(a.p4p_refund_share_pct)}")
    if a.annual_cap is not None:
        terms.append(f"plafond {fmt.money(a.annual_cap)} per jaar")
    terms += _written_terms(a)
    return "; ".join(terms) or "geen voorwaarden"


def _written_terms(a: Arrangement) -> list[str]:
    """Issue 17's terms: per-patient caps, free initiation doses, product-wide, after the
    end (their assumptions, starters and treatment length, are the State's)."""
    out: list[str] = []
    if a.patient_cap_units is not None:
        out.append(f"plafond {fmt.number(a.patient_cap_units)} eenheden per patiënt")
    if a.free_initial_units is not None:
        out.append(f"eerste {fmt.number(a.free_initial_units)} eenheden gratis")
    if a.patient_cap_months is not None:
        out.append(f"plafond {fmt.number(a.patient_cap_months)} maanden behandeling per patiënt")
    if a.product_wide:
        out.append("geldt voor alle indicaties van het product")
    if a.after_end == "list":
        out.append("na afloop de vraagprijs")
    elif a.after_end == "net" and a.after_end_net_price is not None:
        out.append(f"na afloop {fmt.money(a.after_end_net_price)} per patiënt")
    return out


class Builder:
    """Builds the nota and the Woo summary of one dossier for one audience."""

    def __init__(
        self,
        c: Classifier,
        dossier: Dossier,
        bids: Sequence[Bid],
        *,
        today: dt.date,
        kenmerk: str = "",
        header: NotaHeader | None = None,
        assess: bool = True,
    ) -> None:
        """``kenmerk``: given (the CLI's ``--kenmerk``) it wins over the header's.
        ``assess=False``: the bid table's figures are left out ("—"), for a preview that
        only asks what is withheld (a cell's box does not depend on its text)."""
        self.assess = assess
        self.c = c
        self.d = dossier
        self.bids = list(bids)
        self.today = today
        self.header = header if header is not None else NotaHeader()
        self.kenmerk = kenmerk or self.header.kenmerk

    # -- helpers ---------------------------------------------------------------------

    def val(self, entity: str, name: str, text: str, *, party: Party | None = None) -> Inline:
        """``text`` (a rendering of the field) or the box that replaces it."""
        r = self.c.redaction(self.d.id, entity, name, party=party)
        return r if r is not None else text

    def head(self, name: str, text: str) -> Parts:
        """A field of the nota's header: its box when withheld, else the text (scanned
        for personal data in woo)."""
        r = self.c.redaction(self.d.id, "nota_header", name)
        return (r,) if r is not None else self.c.scan(text)

    def authors(self) -> Parts:
        """*Opgesteld door*: the header's names, else the VWS people of the dossier."""
        by: list[Inline] = []
        if self.header.authors:
            for i, name in enumerate(self.header.authors):
                if i:
                    by.append(", ")
                by.append(self.val("nota_header", "author", name))
            return tuple(by)
        d = self.d
        people = [p for p in d.people if "VWS" in p.organisation.upper()] or list(d.people[:1])
        for i, person in enumerate(people):
            if i:
                by.append(", ")
            by.append(self.val("person", "name", person.name))
        return tuple(by)

    def title(self) -> str:
        """The header's title (personal data in it as its code in woo), else the default."""
        if not self.header.title:
            return nota_title(self.d)
        return plain(self.head("title", self.header.title))

    def pub(self, name: str, text: str) -> Parts:
        """A public dossier field (free text: scanned for personal data in woo)."""
        r = self.c.redaction(self.d.id, "dossier", name)
        return (r,) if r is not None else self.c.scan(text)

    def _assess(self, b: Bid) -> engine.Assessment | None:
        try:
            return engine.assess(self.d, b)
        except engine.EngineError:
            return None

    def _mandate_text(self) -> str:
        t: Threshold | None = self.d.effective_mandate
        if t is None:
            return "geen mandaat vastgelegd"
        text = describe_threshold(t)
        if self.d.mandate_threshold is None:
            text += " (gelijk aan het advies)"
        return text

    def bid_rows(self) -> tuple[tuple[Parts, ...], ...]:
        rows: list[tuple[Parts, ...]] = []
        for b in self.bids:
            p = b.party
            a = self._assess(b) if self.assess else None
            eff = "—" if a is None else fmt.pct(engine.present(a.effective_pct))
            mv = "—" if a is None else verdict_words(a.mandate)
            av = "—" if a is None else verdict_words(a.advice)
            terms = arrangement_text(b.arrangement) + f"; looptijd {b.duration_years} jaar"
            rows.append(
                (
                    (self.val("bid", "round", str(b.round), party=p),),
                    (self.val("bid", "date", fmt.date(b.date), party=p),),
                    (
                        self.val(
                            "bid",
                            "party",
                            "leverancier" if p is Party.SUPPLIER else "VWS (tegenbod)",
                            party=p,
                        ),
                    ),
                    (self.val("bid", "arrangement", terms, party=p),),
                    (self.val("assessment", "effective_reduction", eff, party=p),),
                    (self.val("assessment", "mandate_verdict", mv, party=p),),
                    (self.val("assessment", "advice_verdict", av, party=p),),
                )
            )
        return tuple(rows)

    def _public_facts(self) -> list[tuple[str, Parts]]:
        d = self.d
        basis = {
            PriceBasis.PER_YEAR: "per patiënt per jaar",
            PriceBasis.PER_TREATMENT: "per patiënt per behandeling",
            PriceBasis.PER_UNIT: "per eenheid",
        }[d.price_basis]
        facts: list[tuple[str, Parts]] = [
            ("Geneesmiddel", self.pub("brand", d.brand)),
            ("Werkzame stof", self.pub("substance", d.substance or "—")),
            ("Indicatie", self.pub("indication", d.indication or "—")),
            ("Leverancier", self.pub("supplier", d.supplier or "—")),
            (
                "In de sluis sinds",
                self.pub("sluis_date", fmt.date(d.sluis_date) if d.sluis_date else "—"),
            ),
            ("Staatscourant", self.pub("stcrt_ref", d.stcrt_ref or "—")),
            (
                "Advies Zorginstituut",
                self.pub("advice_date", fmt.date(d.advice_date) if d.advice_date else "—"),
            ),
            ("Therapeutische waarde", self.pub("therapeutic_value", d.therapeutic_value or "—")),
            ("Vergelijkingsbehandeling", self.pub("comparator", d.comparator or "—")),
            (
                "Vraagprijs",
                self.pub(
                    "asking_price",
                    f"{fmt.money(d.asking_price)} {basis}" if d.asking_price else "—",
                ),
            ),
            (
                "Budgetimpact jaar 3",
                self.pub(
                    "budget_impact_y3", fmt.money(d.budget_impact_y3) if d.budget_impact_y3 else "—"
                ),
            ),
            (
                "Vereiste prijsverlaging",
                self.pub(
                    "advice_threshold",
                    describe_threshold(d.advice_threshold) if d.advice_threshold else "—",
                ),
            ),
            ("Stand", self.pub("phase", PHASE_WORDS[d.phase])),
        ]
        return facts

    # -- the nota --------------------------------------------------------------------

    def nota_blocks(self) -> list[Block]:
        d = self.d
        blocks: list[Block] = []
        # 1 Aanleiding
        blocks.append(Heading("1. Aanleiding"))
        intro: list[Inline] = [d.brand]
        if d.substance:
            intro += [" (stofnaam: ", *self.pub("substance", d.substance), ")"]
        intro.append(" is een sluisgeneesmiddel")
        if d.indication:
            intro += [" voor ", *self.pub("indication", d.indication)]
        intro.append(" dat")
        if d.sluis_date:
            intro += [" sinds ", *self.pub("sluis_date", fmt.date(d.sluis_date))]
            if d.stcrt_ref:
                intro += [" (", *self.pub("stcrt_ref", d.stcrt_ref), ")"]
        intro.append(" is uitgesloten van het verzekerde basispakket. Het Zorginstituut heeft u")
        if d.advice_date:
            intro += [" op ", *self.pub("advice_date", fmt.date(d.advice_date))]
        intro.append(
            " geadviseerd om het geneesmiddel op te nemen in het basispakket, mits na een "
            "succesvolle onderhandeling een prijsverlaging mogelijk is in lijn met het advies. "
        )
        supplier: Parts = self.pub("supplier", d.supplier) if d.supplier else ("de leverancier",)
        if _continued(d):
            intro += [
                "De prijsonderhandeling met de leverancier (",
                *supplier,
                ") heeft echter niet geleid tot een positief resultaat. De leverancier is niet "
                "bereid om een financieel arrangement af te sluiten dat in lijn is met het "
                "afgegeven mandaat op basis van het advies van het Zorginstituut.",
            ]
        elif d.phase is Phase.AKKOORD:
            intro += [
                "De prijsonderhandeling met de leverancier (",
                *supplier,
                ") heeft geleid tot een financieel arrangement dat in lijn is met het "
                "afgegeven mandaat op basis van het advies van het Zorginstituut.",
            ]
        else:
            intro += [
                "De prijsonderhandeling met de leverancier (",
                *supplier,
                ") loopt. Met deze nota informeren wij u over de stand van zaken.",
            ]
        blocks.append(Paragraph(tuple(intro)))
        # 2 Geadviseerd besluit
        blocks.append(Heading("2. Geadviseerd besluit"))
        if _continued(d):
            advice = (
                "Wij adviseren u om bijgaande brief aan de Tweede Kamer te sturen. Daarmee "
                "informeert u de Tweede Kamer over de uitkomst van de prijsonderhandeling voor "
                f"{d.brand} en onderbouwt u uw conclusie dat dit geneesmiddel vooralsnog niet "
                "opgenomen kan worden in het basispakket."
            )
        elif d.phase is Phase.AKKOORD:
            advice = (
                "Wij adviseren u om in te stemmen met het financieel arrangement en bijgaande "
                f"brief aan de Tweede Kamer te sturen over de opname van {d.brand} in het "
                "basispakket."
            )
        else:
            advice = "Wij adviseren u kennis te nemen van de stand van de onderhandeling."
        blocks.append(Paragraph((advice,)))
        # 3 Kernpunten
        blocks.append(Heading("3. Kernpunten"))
        blocks += self._kernpunten()
        # 4 Toelichting
        blocks.append(Heading("4. Toelichting"))
        for letter, title in TOELICHTING.items():
            blocks.append(Heading(f"{letter}. {title}", 2))
            text = getattr(d, f"nota_{letter}").strip()
            r = self.c.redaction(d.id, "dossier", f"nota_{letter}")
            if not text and r is None:
                blocks.append(Paragraph(("N.v.t.",)))
                continue
            # withheld: one box, empty or not (the box does not tell that there is a text)
            for para in [p for p in text.split("\n\n") if p.strip()] if r is None else [""]:
                blocks.append(Paragraph((r,) if r is not None else self.c.scan(para.strip())))
        return blocks

    def _kernpunten(self) -> list[Block]:
        d = self.d
        out: list[Block] = []
        first: list[Inline] = [
            f"Het uitgangspunt voor de onderhandeling over de prijs van {d.brand} is het advies "
            "van het Zorginstituut."
        ]
        if d.therapeutic_value:
            first += [
                " Het Zorginstituut concludeerde dat het geneesmiddel een therapeutische ",
                *self.pub("therapeutic_value", d.therapeutic_value),
                " heeft",
            ]
            if d.comparator:
                first += [" ten opzichte van ", *self.pub("comparator", d.comparator)]
            first.append(".")
        if d.asking_price:
            first += [
                " De vraagprijs bedraagt ",
                *self.pub("asking_price", fmt.money(d.asking_price)),
            ]
            first.append(
                " per eenheid." if d.price_basis is PriceBasis.PER_UNIT else " per patiënt."
            )
        if d.budget_impact_y3:
            first += [
                " De budgetimpact in het derde jaar na opname is ",
                *self.pub("budget_impact_y3", fmt.money(d.budget_impact_y3)),
                ".",
            ]
        if d.advice_threshold is not None:
            first += [
                " Het Zorginstituut vraagt een ",
                *self.pub("advice_threshold", describe_threshold(d.advice_threshold)),
                ".",
            ]
        first += [" Stand van het dossier: ", *self.pub("phase", PHASE_WORDS[d.phase]), "."]
        out.append(Paragraph(tuple(first)))
        if d.advice_text:
            out.append(
                Paragraph(
                    ("Uit het advies: “", *self.pub("advice_text", d.advice_text), "”"), "italic"
                )
            )
        out += self._negotiation()
        closing = {
            True: (
                "Wij adviseren u daarom met bijgaande brief de Tweede Kamer te informeren dat de "
                "sluisplaatsing voor dit geneesmiddel wordt gecontinueerd. Dit betekent dat het "
                "geneesmiddel voor deze behandeling vooralsnog niet wordt opgenomen in het "
                "basispakket."
            ),
            False: "",
        }[_continued(d)]
        if closing:
            out.append(Paragraph((closing,)))
        return out

    def _negotiation(self) -> list[Block]:
        d = self.d
        out: list[Block] = []
        woo = self.c.audience == "woo"
        if not self.bids:
            out.append(Paragraph(("Er zijn nog geen biedingen vastgelegd.",)))
            return out
        first = self.bids[0]
        rounds = len({b.round for b in self.bids})
        out.append(
            Paragraph(
                (
                    "Vanaf ",
                    self.val("bid", "date", fmt.month(first.date), party=first.party),
                    " is het ministerie van VWS in onderhandeling met de leverancier. Er zijn ",
                    str(len(self.bids)),  # public: the bid table has a row per bid
                    " biedingen en tegenbiedingen uitgewisseld in ",
                    self.val("bid", "round", str(rounds), party=first.party),
                    " rondes.",
                )
            )
        )
        supplier_bids = [b for b in self.bids if b.party is Party.SUPPLIER]
        last = supplier_bids[-1] if supplier_bids else self.bids[-1]
        a = self._assess(last)
        p = last.party
        mandate = self.val("dossier", "mandate_threshold", self._mandate_text())
        if a is None:
            eff: Inline = self.val(
                "assessment", "effective_reduction", "niet te berekenen", party=p
            )
        else:
            eff = self.val(
                "assessment",
                "effective_reduction",
                fmt.pct(engine.present(a.effective_pct)),
                party=p,
            )
        verdict = "—" if a is None else verdict_words(a.mandate)
        parts: list[Inline] = [
            "Het laatste bod van de leverancier, van ",
            self.val("bid", "date", fmt.date(last.date), party=p),
            ", komt bij het verwachte patiëntvolume neer op een effectieve korting van ",
            eff,
            " op de vraagprijs. Het mandaat vraagt ",
            mandate,
            "; getoetst aan het mandaat: ",
            self.val("assessment", "mandate_verdict", verdict, party=p),
            ".",
        ]
        m = None if a is None else a.mandate
        if woo or (m is not None and m.margin_pp is not None and m.code != "meets"):
            # every distance names its bound: "5 procentpunt en € 3,2 mln per jaar onder 35%;
            # 25 procentpunt en € 16 mln per jaar onder 55%" (one part for one bound)
            distances = "—" if m is None else "; ".join(bound_words(g) for g in m.bounds)
            parts += [
                " Afstand tot het mandaat: ",
                self.val("assessment", "gap_eur_per_year", distances or "—", party=p),
                ".",
            ]
            worst = None if m is None else m.worst
            if not woo and m is not None and m.reason == "scenarios_differ" and worst is not None:
                parts += [
                    f" In het minst gunstige volumescenario ({SCENARIO_WORDS[worst.scenario]}): ",
                    self.val("assessment", "gap_eur_per_year", bound_words(worst.bound), party=p),
                    ".",
                ]
        out.append(Paragraph(tuple(parts)))
        out += self._years_table(last)
        if not woo and engine.mandate_weaker_than_advice(d):
            out.append(Paragraph(("Let op: het mandaat is minder streng dan het advies.",)))
        if not woo:
            out += self._ce_check()
        out.append(Table(BID_COLUMNS, self.bid_rows(), BID_WIDTHS))
        return out

    def _years_table(self, bid: Bid) -> list[Block]:
        """Issue 17: the bid's money per year (expected scenario) as a small table; one box
        where the audience withholds it (business-confidential), whatever the figures."""
        out: list[Block] = [
            Paragraph(("Geld per jaar bij dit bod, bij het verwachte patiëntvolume:",), "small")
        ]
        box = self.c.redaction(self.d.id, "assessment", "years", party=bid.party)
        if box is not None:
            out.append(Paragraph((box,)))
            return out
        try:
            money = engine.year_money(self.d, bid.arrangement, duration_years=bid.duration_years)
        except engine.EngineError:
            out.append(Paragraph(("Niet te berekenen.",), "small"))
            return out
        from mandaat.export.tables import year_rows

        rows: list[tuple[Parts, ...]] = []
        for label, figures in year_rows(money["expected"]):
            patients, *amounts = figures
            rows.append(
                (
                    (label,),
                    (fmt.number(patients),),
                    *((fmt.money(_whole(a)),) for a in amounts),
                )
            )
        out.append(Table(YEAR_COLUMNS, tuple(rows), YEAR_WIDTHS))
        return out

    def _ce_check(self) -> list[Block]:
        """The cost-effectiveness cross-check from ZIN's public figures, with a warning
        when the advice or the mandate would accept less than it requires."""
        d = self.d
        try:
            ce = engine.ce_required_pct(d)
        except engine.EngineError:
            ce = None
        if ce is None:
            return []
        text = (
            "Uit de openbare cijfers van het Zorginstituut (ΔC, ΔQALY, referentiewaarde) volgt "
            f"dat kosteneffectiviteit een prijsverlaging van {fmt.pct(engine.present(ce))} vraagt."
        )
        out: list[Block] = [Paragraph((text,))]
        weak = [
            name
            for name, t in (
                ("het advies", d.advice_threshold),
                ("het mandaat", d.effective_mandate),
            )
            if engine.asks_less_than_ce(t, ce)
        ]
        if weak:
            out.append(
                Paragraph(
                    (
                        f"Let op: {' en '.join(weak)} "
                        f"{'vragen' if len(weak) > 1 else 'vraagt'} minder dan "
                        "kosteneffectiviteit vereist.",
                    )
                )
            )
        return out

    def nota(self) -> Document:
        d = self.d
        h = self.header
        kind = KIND_WORDS[nota_kind(d, h)]
        deadline = fmt.date(nota_deadline(self.today, h))
        attachments = nota_attachments(d, h)
        doc = Document(
            title=self.title(),
            audience=self.c.audience,
            marking=MARKINGS[self.c.audience],
            kind="nota",
            top=[
                "Aan",
                "Minister van VWS",
                "Deadline: " + (plain(self.head("deadline", deadline)) if h.deadline else deadline),
                "nota",
                plain(self.head("kind", kind)) if h.kind is not None else kind,
            ],
            header=[
                ("", tuple(DIRECTORATE)),
                ("Opgesteld door", self.authors() or ("—",)),
                ("Datum", (fmt.date(self.today),)),
                ("Kenmerk", self.head("kenmerk", self.kenmerk) if self.kenmerk else ("—",)),
                (
                    "Bijlage(n)",
                    (self.head("attachments", attachments) if h.attachments else (attachments,))
                    if attachments
                    else ("—",),
                ),
            ],
        )
        doc.blocks = self.nota_blocks()
        withheld = self._withheld_list()
        doc.withheld = withheld
        doc.blocks.append(Heading("5. Informatie die niet openbaar gemaakt kan worden"))
        doc.blocks += section5(withheld)
        return doc

    def _withheld_list(self) -> list[Withheld]:
        """What a Woo release of this nota withholds (section 5 in every audience)."""
        woo = Builder(
            Classifier("woo", self.c.policy, self.c.names),
            self.d,
            self.bids,
            today=self.today,
            kenmerk=self.kenmerk,
            header=self.header,
            assess=self.assess,
        )
        blocks = woo.nota_blocks()
        doc = Document("", "woo", "", "nota", blocks=blocks)
        doc.header = [
            ("", tuple(woo.val("person", "name", p.name) for p in self.d.people)),
            ("Opgesteld door", woo.authors()),
        ]
        h = self.header
        for name, value in (
            ("title", h.title),
            ("kenmerk", self.kenmerk),
            ("attachments", h.attachments),
            ("deadline", fmt.date(h.deadline) if h.deadline else ""),
            ("kind", KIND_WORDS[h.kind] if h.kind else ""),
        ):
            if value:
                doc.header.append((name, woo.head(name, value)))
        return withheld_from(doc.redactions(), self)

    # -- the Woo summary -------------------------------------------------------------

    def woo_summary(self) -> Document:
        d = self.d
        doc = Document(
            title=f"Samenvatting en biedingsgeschiedenis {d.brand}",
            audience=self.c.audience,
            marking=MARKINGS[self.c.audience],
            kind="woo",
        )
        blocks: list[Block] = [
            Paragraph(
                (
                    f"Dit document vat het dossier {d.brand} samen zoals vastgelegd bij het "
                    "Buro Financiële Arrangementen Geneesmiddelen, met de biedingen in de "
                    f"prijsonderhandeling. Stand per {fmt.date(self.today)}.",
                )
            ),
            Heading("1. Dossier"),
            Table(
                ("Gegeven", "Waarde"), tuple(((k,), v) for k, v in self._public_facts()), (1, 2.4)
            ),
            Heading("2. Advies van het Zorginstituut"),
            Paragraph(self.pub("advice_text", d.advice_text) or ("—",)),
            Heading("3. Mandaat"),
            Paragraph(
                (
                    "Onderhandelingsmandaat: ",
                    self.val("dossier", "mandate_threshold", self._mandate_text()),
                    ".",
                )
            ),
            Heading("4. Biedingen"),
        ]
        if self.bids:
            blocks.append(Table(BID_COLUMNS, self.bid_rows(), BID_WIDTHS))
            extra: list[tuple[Parts, ...]] = []
            for n, b in enumerate(self.bids, 1):
                extra.append(
                    (
                        (str(n),),
                        (
                            self.val(
                                "bid", "conditions", b.conditions.strip() or "—", party=b.party
                            ),
                        ),
                        (
                            self.val(
                                "bid", "contact_person", b.contact_person or "—", party=b.party
                            ),
                        ),
                        (self.val("bid", "note", b.note.strip() or "—", party=b.party),),
                    )
                )
            blocks.append(
                Table(
                    ("Bod", "Voorwaarden", "Contactpersoon", "Aantekening"),
                    tuple(extra),
                    (0.5, 2, 1.3, 2),
                )
            )
        else:
            blocks.append(Paragraph(("Er zijn geen biedingen vastgelegd.",)))
        blocks.append(Heading("5. Betrokkenen"))
        if d.people:
            rows = tuple(
                (
                    (self.val("person", "name", p.name),),
                    (self.val("person", "role", p.role or "—"),),
                    (self.val("person", "organisation", p.organisation or "—"),),
                    (self.val("person", "email", p.email or "—"),),
                    (self.val("person", "phone", p.phone or "—"),),
                )
                for p in d.people
            )
            blocks.append(
                Table(
                    ("Naam", "Functie", "Organisatie", "E-mail", "Telefoon"),
                    rows,
                    (1.2, 1.2, 1, 1.3, 1),
                )
            )
        else:
            blocks.append(Paragraph(("Geen betrokkenen vastgelegd.",)))
        doc.blocks = blocks
        doc.withheld = withheld_from(doc.redactions(), self)
        doc.blocks.append(Heading("6. Toegepaste weigeringsgronden"))
        doc.blocks += section5(doc.withheld)
        return doc


def withheld_from(redactions: Sequence[Redaction], b: Builder) -> list[Withheld]:
    """The redaction list: one entry per (ground, label), in order of first use."""
    seen: dict[tuple[str, str], Withheld] = {}
    for r in redactions:
        for ground in r.ground.split("; "):
            key = (ground, r.label)
            if key not in seen:
                seen[key] = Withheld(r.label, ground, DEFAULT_MOTIVATIONS.get(ground, ""))
    policy = b.c.policy.overrides.get(b.d.id or -1, {})
    for choice in policy.values():
        for g in choice.grounds:
            for key, w in list(seen.items()):
                if key[0] == g and choice.motivation:
                    seen[key] = Withheld(w.label, g, choice.motivation)
    return list(seen.values())


def section5(withheld: Sequence[Withheld]) -> list[Block]:
    """Section 5: per ground what is withheld and why, generated from the redaction list."""
    if not withheld:
        return [Paragraph(("Deze nota bevat geen informatie die niet openbaar kan worden.",))]
    out: list[Block] = []
    for ground in sorted({w.ground for w in withheld}):
        items = [w for w in withheld if w.ground == ground]
        labels = ", ".join(dict.fromkeys(w.label for w in items))
        motivations = " ".join(dict.fromkeys(w.motivation for w in items if w.motivation))
        out.append(
            Paragraph(
                (
                    f"{ground} — {GROUND_NAMES.get(ground, ground)} "
                    f"({GROUND_ARTICLES.get(ground, ground)}): {labels}. {motivations}",
                )
            )
        )
    return out


def _unused(_: Decimal) -> None:  # pragma: no cover - keeps Decimal import for typing
    return None

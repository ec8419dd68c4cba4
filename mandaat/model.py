"""Values of the mandate engine: dossiers, bids, arrangements, thresholds.

Pure values only: frozen dataclasses and enums, no I/O, no Qt. Money and percentages
are :class:`~decimal.Decimal`; a percentage is a percent value (``Decimal("68.5")``
means 68.5 %). Names are English; the enum *values* that reach users or files are Dutch
where the domain word is Dutch.

Every stored field carries a confidentiality class (:data:`FIELD_CLASSES`,
:func:`field_class`); every export uses it to decide what an audience may see.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from typing import Literal

# --------------------------------------------------------------------------- enums


class Confidentiality(StrEnum):
    """Confidentiality class of a stored field (decides redaction per audience)."""

    PUBLIC = "public"
    BUSINESS = "business_confidential"  # Woo 5.1.1c / 5.1.2f
    STATE = "state_financial"  # Woo 5.1.2b
    PERSONAL = "personal"  # Woo 5.1.2e
    OPINION = "internal_opinion"  # Woo 5.2.1


class Phase(StrEnum):
    """Where a dossier stands. Values are Dutch (they are shown and stored)."""

    INDIENING = "indiening"
    BEOORDELING = "beoordeling"
    ONDERHANDELING = "onderhandeling"
    AKKOORD = "akkoord"
    SLUIS_GECONTINUEERD = "sluis_gecontinueerd"
    HERBEOORDELING = "herbeoordeling"
    GEEN_AKKOORD = "geen_akkoord"
    INGETROKKEN = "ingetrokken"


class Party(StrEnum):
    """Who made a bid: the supplier, or VWS (a counter-offer, *tegenbod*)."""

    SUPPLIER = "leverancier"
    VWS = "vws"


class PriceBasis(StrEnum):
    """What the asking price is quoted per.

    ``per_year`` and ``per_treatment``: the asking price is the cost per patient (per
    year of treatment, or per one-off treatment such as a CAR-T infusion).
    ``per_unit``: the asking price is per unit (vial, pack) and a patient uses
    ``units_per_patient`` units; the cost per patient is their product.
    """

    PER_YEAR = "per_year"
    PER_TREATMENT = "per_treatment"
    PER_UNIT = "per_unit"


TierBasis = Literal["volume", "spend"]
#: How a staffel applies: ``marginal`` (only the part above a threshold gets its
#: discount, like tax brackets) or ``all_units`` (above a threshold every unit does).
TierMode = Literal["marginal", "all_units"]
TIER_MODES: tuple[str, ...] = ("marginal", "all_units")
#: What is paid after the arrangement ends: the asking price (``list``) or a stated net
#: price per patient (``net``, :attr:`Arrangement.after_end_net_price`).
AfterEnd = Literal["list", "net"]
AFTER_END: tuple[str, ...] = ("list", "net")

#: A percentage of a threshold: a Decimal, or an exact Fraction when it has no finite
#: decimal form ("een derde" = 100/3 %).
Pct = Decimal | Fraction

#: Threshold kinds with a number (the reduction on the asking price, in percent).
NUMERIC_KINDS: frozenset[str] = frozenset({"at_least", "more_than", "approximately", "range"})
#: Threshold kinds measured against a comparator (need data the engine does not have).
COMPARATOR_KINDS: frozenset[str] = frozenset(
    {"comparator_net_price", "cost_neutral", "cost_saving", "parity"}
)
THRESHOLD_KINDS: frozenset[str] = NUMERIC_KINDS | COMPARATOR_KINDS | {"qualitative"}

#: Tolerance for "approximately" when the text does not state one, in percentage points.
DEFAULT_TOLERANCE_PP = Decimal("2.5")


# --------------------------------------------------------------------------- arrangement


@dataclass(frozen=True)
class Tier:
    """One step of a tiered (*staffel*) discount.

    Above ``threshold`` (patients per year, or € list spend per year, see
    :attr:`Arrangement.tier_basis`) the extra ``discount_pct`` applies — by
    :attr:`Arrangement.tier_mode`: marginally (only to the part above the threshold, like
    tax brackets) or to all units once the volume is above the threshold.
    """

    threshold: Decimal
    discount_pct: Decimal


@dataclass(frozen=True)
class Arrangement:
    """A financial arrangement: combinable building blocks, all optional.

    The engine applies them per year in this order (see ``docs/mandate.md``):

    1. price per patient = ``net_price_per_patient`` if given, else the asking price
       less ``list_price_cut_pct`` (public list-price cut);
    2. ``discount_pct`` (confidential discount) on top of that price;
    3. ``tiers``: ``tier_mode`` ``"marginal"`` (extra discount on the part above each
       threshold) or ``"all_units"`` (above the highest threshold passed, every unit);
    4. pay-for-performance: the supplier refunds ``p4p_refund_share_pct`` of the
       spend for the expected ``p4p_nonresponse_rate_pct`` of non-responders;
    5. ``annual_cap``: net spend above the cap in a year is repaid.

    Per-patient terms (a cost-sharing scheme) scale step 2's price per patient by the
    share of a patient's use the payer pays (see ``docs/mandate.md``, "Per-patient
    caps"): ``patient_cap_units`` (units per patient the payer pays at most, per the
    dossier's ``units_per_patient``; the supplier pays beyond), ``free_initial_units``
    (the first N units of a patient who starts are free; ``starters_pct`` of a year's
    patients start that year) and ``patient_cap_months`` (months of treatment the payer
    pays at most, of ``treatment_months`` expected per patient).

    ``product_wide``: the terms apply to the product across every linked indication
    (dossiers with the same :attr:`Dossier.product`). ``after_end``: what is paid after
    the end of the arrangement (``"list"``, or ``"net"``: ``after_end_net_price`` per
    patient); None: not stated (a horizon beyond the end cannot be computed).
    """

    discount_pct: Decimal | None = None
    net_price_per_patient: Decimal | None = None
    list_price_cut_pct: Decimal | None = None
    tiers: tuple[Tier, ...] = ()
    tier_basis: TierBasis = "volume"
    annual_cap: Decimal | None = None
    p4p_refund_share_pct: Decimal | None = None
    p4p_nonresponse_rate_pct: Decimal | None = None
    tier_mode: TierMode = "marginal"
    patient_cap_units: Decimal | None = None
    free_initial_units: Decimal | None = None
    starters_pct: Decimal | None = None
    patient_cap_months: Decimal | None = None
    treatment_months: Decimal | None = None
    product_wide: bool = False
    after_end: AfterEnd | None = None
    after_end_net_price: Decimal | None = None

    def is_empty(self) -> bool:
        """True when the arrangement has no terms at all."""
        return (
            self.discount_pct is None
            and self.net_price_per_patient is None
            and self.list_price_cut_pct is None
            and not self.tiers
            and self.annual_cap is None
            and self.p4p_refund_share_pct is None
            and not self.has_patient_terms()
        )

    def has_patient_terms(self) -> bool:
        """True when a per-patient cap or free initiation units are set."""
        return (
            self.patient_cap_units is not None
            or self.free_initial_units is not None
            or self.patient_cap_months is not None
        )


# --------------------------------------------------------------------------- threshold


@dataclass(frozen=True)
class Threshold:
    """A required price reduction, as ZIN worded it (or as a mandate sets it).

    ``kind`` is one of :data:`THRESHOLD_KINDS`. For ``at_least``, ``more_than`` and
    ``approximately`` the value is ``low`` (``high`` is None); for ``range`` both are
    set (``low`` < ``high``); for ``qualitative`` and the comparator kinds both are
    None. ``substantially`` marks "fors", "sterk", "substantially". ``tolerance_pp``
    is the band for ``approximately`` (None: :data:`DEFAULT_TOLERANCE_PP`).
    ``strict_override`` overrides by hand whether the single bound of ``at_least`` /
    ``more_than`` is strict (ZIN mixes ≥ and > for the same advice).
    """

    kind: str
    low: Pct | None = None
    high: Pct | None = None
    substantially: bool = False
    tolerance_pp: Decimal | None = None
    source_text: str = ""
    strict_override: bool | None = None

    def __post_init__(self) -> None:
        if self.kind not in THRESHOLD_KINDS:
            raise ValueError(f"unknown threshold kind: {self.kind!r}")

    @property
    def is_numeric(self) -> bool:
        return self.kind in NUMERIC_KINDS and self.low is not None

    @property
    def is_strict(self) -> bool:
        """Whether the single bound must be exceeded (> rather than ≥)."""
        if self.strict_override is not None:
            return self.strict_override
        return self.kind == "more_than"

    @property
    def tolerance(self) -> Decimal:
        return DEFAULT_TOLERANCE_PP if self.tolerance_pp is None else self.tolerance_pp

    def with_strictness(self, strictness: Literal["at_least", "more_than"]) -> Threshold:
        """The same threshold read as ≥ (``"at_least"``) or > (``"more_than"``)."""
        if strictness not in ("at_least", "more_than"):
            raise ValueError(f"strictness must be 'at_least' or 'more_than': {strictness!r}")
        return dataclasses.replace(self, strict_override=strictness == "more_than")


# --------------------------------------------------------------------------- dossier


@dataclass(frozen=True)
class Person:
    """A contact: an official or a member of the supplier's staff."""

    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class Dossier:
    """One drug for one indication in the sluis.

    ``asking_price`` is per patient (per year or per treatment) unless ``price_basis``
    is ``per_unit``; then it is per unit and ``units_per_patient`` gives the units a
    patient uses. ``mandate_threshold`` None means the mandate is the advice.
    """

    brand: str
    id: int | None = None
    substance: str = ""
    #: the product this indication belongs to: dossiers with the same (non-empty) product
    #: are the indications of one product (a product-wide bid applies to all of them)
    product: str = ""
    indication: str = ""
    supplier: str = ""
    phase: Phase = Phase.BEOORDELING
    sluis_date: dt.date | None = None
    stcrt_ref: str = ""
    advice_date: dt.date | None = None
    advice_refs: tuple[str, ...] = ()
    comparator: str = ""
    therapeutic_value: str = ""
    asking_price: Decimal | None = None
    price_basis: PriceBasis = PriceBasis.PER_YEAR
    units_per_patient: Decimal | None = None
    expected_patients: Decimal | None = None
    budget_impact_y3: Decimal | None = None
    icer: Decimal | None = None
    reference_value: Decimal | None = None
    disease_burden: Decimal | None = None
    advice_text: str = ""
    advice_threshold: Threshold | None = None
    mandate_threshold: Threshold | None = None
    growth_pct_per_year: Decimal | None = None
    # the cost-effectiveness cross-check's inputs, ZIN's public figures: incremental cost
    # and QALYs per patient, and the drug's cost in ΔC (default: the asking price)
    ce_delta_cost: Decimal | None = None
    ce_delta_qaly: Decimal | None = None
    ce_drug_cost: Decimal | None = None
    people: tuple[Person, ...] = ()
    nota_a: str = ""  # draagvlak politiek, maatschappelijk en eenduidige communicatie
    nota_b: str = ""  # arbeidsmarkteffecten zorg- en welzijnsveld
    nota_c: str = ""  # gevolgen administratieve lasten
    nota_d: str = ""  # financiële en personele gevolgen VWS en uitvoeringsorganisaties
    nota_e: str = ""  # juridische aspecten haalbaarheid
    nota_f: str = ""  # afstemming
    nota_g: str = ""  # toezeggingen
    nota_h: str = ""  # fraudetoets

    @property
    def effective_mandate(self) -> Threshold | None:
        """The mandate, which defaults to the advice."""
        return (
            self.mandate_threshold
            if self.mandate_threshold is not None
            else (self.advice_threshold)
        )


# --------------------------------------------------------------------------- bid


def add_years(start: dt.date, years: int) -> dt.date:
    """``start`` moved ``years`` calendar years; 29 February becomes 28 February."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)


@dataclass(frozen=True)
class Bid:
    """A bid (*bod*) of the supplier, or a counter-offer (*tegenbod*) of VWS."""

    date: dt.date
    id: int | None = None
    dossier_id: int | None = None
    round: int = 1
    party: Party = Party.SUPPLIER
    arrangement: Arrangement = field(default_factory=Arrangement)
    duration_years: int = 3
    start_date: dt.date | None = None
    conditions: str = ""
    note: str = ""
    contact_person: str = ""

    @property
    def end_date(self) -> dt.date | None:
        """Last day of the arrangement: start + duration in years, less one day."""
        if self.start_date is None:
            return None
        return add_years(self.start_date, self.duration_years) - dt.timedelta(days=1)


# --------------------------------------------------------------------------- nota header


class NotaKind(StrEnum):
    """What the minister is asked: a decision, or to take note. Values are stored."""

    TER_BESLISSING = "ter_beslissing"
    TER_INFORMATIE = "ter_informatie"


#: Longest text accepted per header field (a header is a few lines on the first page).
NOTA_HEADER_LIMITS: dict[str, int] = {
    "title": 300,
    "kenmerk": 100,
    "attachments": 500,
    "author": 500,
}


@dataclass(frozen=True)
class NotaHeader:
    """The header of a dossier's nota to the minister (as seed 002), stored per dossier.

    Every field is optional; an empty value means the export's default: ``kind`` None
    follows the phase (decided: TER BESLISSING), ``title`` "" the generated title,
    ``deadline`` None twelve days after the nota's date, ``attachments`` "" the Kamerbrief
    when decided, ``author`` "" the VWS people of the dossier. ``author`` (*Opgesteld
    door*) holds names separated by ``;``; it is personal data (5.1.2e in a Woo release).
    Raises :class:`ValueError` for a wrong type, a line break in a one-line field or a
    text that is too long (:data:`NOTA_HEADER_LIMITS`).
    """

    kind: NotaKind | None = None
    title: str = ""
    deadline: dt.date | None = None
    kenmerk: str = ""
    attachments: str = ""
    author: str = ""

    def __post_init__(self) -> None:
        if self.kind is not None and not isinstance(self.kind, NotaKind):
            try:
                object.__setattr__(self, "kind", NotaKind(self.kind))
            except ValueError:
                raise ValueError(f"unknown nota kind: {self.kind!r}") from None
        if self.deadline is not None and (
            not isinstance(self.deadline, dt.date) or isinstance(self.deadline, dt.datetime)
        ):
            raise ValueError("deadline must be a date")
        for name, limit in NOTA_HEADER_LIMITS.items():
            value = getattr(self, name)
            if not isinstance(value, str):
                raise ValueError(f"{name} must be text")
            if "\n" in value or "\r" in value:
                raise ValueError(f"{name} must be one line")
            if len(value) > limit:
                raise ValueError(f"{name} is longer than {limit} characters")

    def normalized(self) -> NotaHeader:
        """The same header as stored: texts trimmed, authors as ``"a; b"``."""
        return dataclasses.replace(
            self,
            title=self.title.strip(),
            kenmerk=self.kenmerk.strip(),
            attachments=self.attachments.strip(),
            author="; ".join(self.authors),
        )

    @property
    def authors(self) -> tuple[str, ...]:
        """The names in ``author`` (separated by ``;``), without empty ones."""
        return tuple(n.strip() for n in self.author.split(";") if n.strip())

    def is_empty(self) -> bool:
        """True when every field is the default (nothing stored)."""
        return self == NotaHeader()


# --------------------------------------------------------------------------- classes

_P = Confidentiality.PUBLIC
_B = Confidentiality.BUSINESS
_S = Confidentiality.STATE
_N = Confidentiality.PERSONAL
_O = Confidentiality.OPINION

#: Confidentiality class per (entity, field). Derived values that exports show
#: (effective reduction, verdicts, gaps) are listed under "assessment".
FIELD_CLASSES: dict[tuple[str, str], Confidentiality] = {
    # dossier: the public record (sluis, ZIN advice, outcome)
    ("dossier", "id"): _P,
    ("dossier", "brand"): _P,
    ("dossier", "substance"): _P,
    ("dossier", "product"): _P,
    ("dossier", "indication"): _P,
    ("dossier", "supplier"): _P,
    ("dossier", "phase"): _P,
    ("dossier", "sluis_date"): _P,
    ("dossier", "stcrt_ref"): _P,
    ("dossier", "advice_date"): _P,
    ("dossier", "advice_refs"): _P,
    ("dossier", "comparator"): _P,
    ("dossier", "therapeutic_value"): _P,
    ("dossier", "asking_price"): _P,
    ("dossier", "price_basis"): _P,
    ("dossier", "units_per_patient"): _P,
    ("dossier", "budget_impact_y3"): _P,
    ("dossier", "icer"): _P,
    ("dossier", "ce_delta_cost"): _P,
    ("dossier", "ce_delta_qaly"): _P,
    ("dossier", "ce_drug_cost"): _P,
    ("dossier", "reference_value"): _P,
    ("dossier", "disease_burden"): _P,
    ("dossier", "advice_text"): _P,
    ("dossier", "advice_threshold"): _P,
    # dossier: the State's side (mandate, scenario assumptions)
    ("dossier", "mandate_threshold"): _S,
    ("dossier", "expected_patients"): _S,
    ("dossier", "growth_pct_per_year"): _S,
    # dossier: people
    ("dossier", "people"): _N,
    # dossier: the nota's section 4 (internal deliberation); d is the State's money
    ("dossier", "nota_a"): _O,
    ("dossier", "nota_b"): _O,
    ("dossier", "nota_c"): _O,
    ("dossier", "nota_d"): _S,
    ("dossier", "nota_e"): _O,
    ("dossier", "nota_f"): _O,
    ("dossier", "nota_g"): _O,
    ("dossier", "nota_h"): _O,
    # the nota's header: public in a released nota, except who wrote it
    ("nota_header", "kind"): _P,
    ("nota_header", "title"): _P,
    ("nota_header", "deadline"): _P,
    ("nota_header", "kenmerk"): _P,
    ("nota_header", "attachments"): _P,
    ("nota_header", "author"): _N,
    # person
    ("person", "name"): _N,
    ("person", "role"): _N,
    ("person", "email"): _N,
    ("person", "phone"): _N,
    ("person", "organisation"): _P,
    # bid: everything the supplier offers is business-confidential
    ("bid", "id"): _B,
    ("bid", "dossier_id"): _B,
    ("bid", "date"): _B,
    ("bid", "round"): _B,
    ("bid", "party"): _B,
    ("bid", "arrangement"): _B,
    ("bid", "duration_years"): _B,
    ("bid", "start_date"): _B,
    ("bid", "end_date"): _B,
    ("bid", "conditions"): _B,
    ("bid", "note"): _O,
    ("bid", "contact_person"): _N,
    # arrangement (part of a bid)
    ("arrangement", "discount_pct"): _B,
    ("arrangement", "net_price_per_patient"): _B,
    ("arrangement", "list_price_cut_pct"): _B,
    ("arrangement", "tiers"): _B,
    ("arrangement", "tier_basis"): _B,
    ("arrangement", "tier_mode"): _B,
    ("arrangement", "annual_cap"): _B,
    ("arrangement", "p4p_refund_share_pct"): _B,
    ("arrangement", "p4p_nonresponse_rate_pct"): _B,
    # the arrangement as written (issue 17): per-patient terms, product-wide, after the end
    ("arrangement", "patient_cap_units"): _B,
    ("arrangement", "free_initial_units"): _B,
    ("arrangement", "starters_pct"): _S,  # the State's assumption of starters per year
    ("arrangement", "patient_cap_months"): _B,
    ("arrangement", "treatment_months"): _S,  # the State's assumption of treatment length
    ("arrangement", "product_wide"): _B,
    ("arrangement", "after_end"): _B,
    ("arrangement", "after_end_net_price"): _B,
    # derived figures shown in exports
    ("assessment", "effective_reduction"): _B,
    ("assessment", "scenarios"): _S,
    ("assessment", "advice_verdict"): _B,
    ("assessment", "mandate_verdict"): _S,
    ("assessment", "margin_pp"): _S,
    ("assessment", "gap_eur_per_year"): _S,
    ("assessment", "gap_eur_total"): _S,
    # issue 17's analyses (shown to the user only, never in a Woo export)
    ("assessment", "years"): _B,  # per-year bid money
    ("assessment", "extra_discount_pct"): _S,
    ("assessment", "cap_binds_from_patients"): _S,
    ("assessment", "sensitivity"): _S,
    ("assessment", "indications"): _S,  # each indication's verdict against its mandate
    ("assessment", "horizon"): _S,  # the verdict over a horizon beyond the arrangement
}


def field_class(entity: str, field_name: str) -> Confidentiality:
    """The confidentiality class of ``entity.field_name``.

    Raises :class:`KeyError` for a field nobody classified: an export must never guess.
    """
    return FIELD_CLASSES[(entity, field_name)]

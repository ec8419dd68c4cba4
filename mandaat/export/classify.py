"""Classification → audience: which field is withheld, on which Woo ground.

Every field's confidentiality class (:data:`mandaat.model.FIELD_CLASSES`) maps to a
ground code; a :class:`Policy` can override it per dossier with a motivation. For an
audience, :meth:`Classifier.redaction` returns the :class:`~mandaat.export.doc.Redaction`
that replaces a field (or None when the audience may see it), and :func:`secrets`
lists every withheld value with its field name: the leak check looks for those.

Free text that stays visible in a Woo release is scanned (:meth:`Classifier.scan`) for
e-mail addresses, phone numbers, IBANs and the names of every person the vault knows.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Literal

from mandaat.export.doc import Inline, Parts, Redaction
from mandaat.export.messages import DEFAULT_MOTIVATIONS, FIELD_LABELS, GROUND_NAMES, ExportError
from mandaat.model import (
    FIELD_CLASSES,
    Arrangement,
    Bid,
    Confidentiality,
    Dossier,
    NotaHeader,
    Party,
    Person,
    field_class,
)

Audience = Literal["intern", "nota", "woo"]
AUDIENCES: tuple[Audience, ...] = ("intern", "nota", "woo")

#: Default ground per class. Business data supplied by the supplier is 5.1.1c; business
#: figures *derived* by VWS (effective reduction, verdicts) are 5.1.2f; see ground_for.
DEFAULT_GROUNDS: dict[Confidentiality, tuple[str, ...]] = {
    Confidentiality.PUBLIC: (),
    Confidentiality.BUSINESS: ("5.1.1c",),
    Confidentiality.STATE: ("5.1.2b",),
    Confidentiality.PERSONAL: ("5.1.2e",),
    Confidentiality.OPINION: ("5.2.1",),
}
DERIVED_BUSINESS = ("5.1.2f",)
#: A counter-offer of VWS is not data supplied by a company: the State's interest.
VWS_BID = ("5.1.2b",)

#: What the nota audience (the minister) does not see: contact details only.
NOTA_WITHHELD = frozenset({("person", "email"), ("person", "phone")})


@dataclass(frozen=True)
class GroundChoice:
    """An override for one field: its grounds (empty: public) and the motivation."""

    grounds: tuple[str, ...]
    motivation: str = ""


@dataclass
class Policy:
    """Per-dossier overrides: ``overrides[dossier_id]["entity.field"]``."""

    overrides: dict[int, dict[str, GroundChoice]] = field(default_factory=dict)

    def choice(self, dossier_id: int | None, key: str) -> GroundChoice | None:
        if dossier_id is None:
            return None
        return self.overrides.get(dossier_id, {}).get(key)

    def validate(self) -> None:
        """Every override passes :func:`check_choice` (known field and codes, 5.1.5 never
        combined, a motivation for every 5.1.2 ground)."""
        for per in self.overrides.values():
            for key, c in per.items():
                check_choice(key, c)

    def merged(self, other: Policy | None) -> Policy:
        """This policy with ``other`` on top: per dossier and field, ``other`` wins."""
        out = Policy({did: dict(per) for did, per in self.overrides.items()})
        for did, per in (other.overrides if other is not None else {}).items():
            out.overrides.setdefault(did, {}).update(per)
        return out

    @classmethod
    def load(cls, path: Path) -> Policy:
        """JSON: ``{"<dossier id>": {"bid.conditions": {"grounds": [...], "motivation": ""}}}``."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ExportError("bad_policy", detail=f"{path}: {exc}") from None
        policy = cls()
        try:
            for did, per in data.items():
                policy.overrides[int(did)] = {
                    str(key): GroundChoice(
                        tuple(str(g) for g in v.get("grounds", ())), str(v.get("motivation", ""))
                    )
                    for key, v in per.items()
                }
        except (AttributeError, TypeError, ValueError):
            raise ExportError(
                "bad_policy",
                detail=f"{path}: verwacht {{dossier-id: {{veld: {{grounds, motivation}}}}}}",
            ) from None
        policy.validate()
        return policy


def needs_motivation(ground: str) -> bool:
    """The Woo asks a motivation (the weighing of interests) for every 5.1.2 ground."""
    return ground.startswith("5.1.2")


def check_choice(key: str, choice: GroundChoice) -> None:
    """Refuse an override the Woo does not allow: an unknown field ``entity.field`` or
    ground code, 5.1.5 combined with another ground, a 5.1.2 ground without motivation.
    Raises :class:`ExportError` ``bad_policy`` (field names and codes only)."""
    entity, _, name = key.partition(".")
    try:
        field_class(entity, name)
    except KeyError:
        raise ExportError("bad_policy", detail=f"onbekend veld {key}") from None
    for g in choice.grounds:
        if g not in GROUND_NAMES:
            raise ExportError("bad_policy", detail=f"onbekende grond {g}")
    if len(set(choice.grounds)) != len(choice.grounds):
        raise ExportError("bad_policy", detail=f"{key}: een grond staat er dubbel in")
    if "5.1.5" in choice.grounds and len(choice.grounds) > 1:
        raise ExportError("bad_policy", detail=f"{key}: 5.1.5 niet combineren met een andere grond")
    missing = [g for g in choice.grounds if needs_motivation(g)]
    if missing and not choice.motivation.strip():
        raise ExportError("bad_policy", detail=f"{key}: {', '.join(missing)} vraagt een motivering")


def default_grounds(entity: str, name: str, *, party: Party | None = None) -> tuple[str, ...]:
    """The ground codes of a field when no policy overrides it (empty: public)."""
    cls = field_class(entity, name)
    if cls is Confidentiality.BUSINESS:
        if party is Party.VWS and entity in ("bid", "arrangement", "assessment"):
            return VWS_BID
        if entity == "assessment":
            return DERIVED_BUSINESS
    return DEFAULT_GROUNDS[cls]


def release_grounds(entity: str, name: str) -> tuple[str, ...]:
    """The grounds a release prints for a field: for a bid's figures the grounds of a
    supplier's bid and of a VWS counter-offer together (``5.1.1c; 5.1.2b``), the same on
    every row, so that the code in a box does not tell who made the bid."""
    supplier = default_grounds(entity, name, party=Party.SUPPLIER)
    vws = default_grounds(entity, name, party=Party.VWS)
    return supplier if supplier == vws else tuple(sorted(set(supplier) | set(vws)))


#: Fields nothing renders or that only identify a row: not offered for an override.
_NOT_CLASSIFIABLE = frozenset(
    {
        ("dossier", "id"),
        ("dossier", "people"),
        ("bid", "id"),
        ("bid", "dossier_id"),
        ("arrangement", "tier_basis"),
        ("arrangement", "tier_mode"),
        ("arrangement", "product_wide"),
        ("arrangement", "after_end"),
    }
)

#: The fields a negotiator may give another ground per dossier (those a Woo release
#: withholds by default), as ``entity.field`` in the order of FIELD_CLASSES.
CLASSIFIABLE_FIELDS: tuple[str, ...] = tuple(
    f"{entity}.{name}"
    for (entity, name), cls in FIELD_CLASSES.items()
    if cls is not Confidentiality.PUBLIC and (entity, name) not in _NOT_CLASSIFIABLE
)


def motivation(ground: str, choice: GroundChoice | None = None) -> str:
    if choice is not None and choice.motivation:
        return choice.motivation
    return DEFAULT_MOTIVATIONS.get(ground, "")


# --------------------------------------------------------------------------- free text

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
PHONE_RE = re.compile(
    r"(?<![\w.,])(?:\+31[\s-]?(?:\(0\)[\s-]?)?|0031[\s-]?|0)[1-9](?:[\s-]?\d){8}(?![\d])"
)


def name_variants(name: str) -> list[str]:
    """A person's name in both orders: "A. de Vries" → "de Vries, A.", "de Vries A."."""
    base = re.sub(r"\s*\([^)]*\)", "", name).strip()
    out = {name.strip(), base}
    if "," in base:
        last, _, first = base.partition(",")
        out |= {f"{first.strip()} {last.strip()}", f"{last.strip()} {first.strip()}"}
    else:
        tokens = base.split()
        if len(tokens) >= 2:
            # the surname starts at the first token after the given names / initials
            i = len(tokens) - 1
            while i > 1 and tokens[i - 1].lower() in {
                "de",
                "van",
                "der",
                "den",
                "ten",
                "ter",
                "het",
            }:
                i -= 1
            first, last = " ".join(tokens[:i]), " ".join(tokens[i:])
            out |= {f"{last}, {first}", f"{last} {first}"}
    return sorted((v for v in out if len(v) >= 3), key=len, reverse=True)


def known_names(
    dossiers: Iterable[Dossier], bids: Iterable[Bid], headers: Iterable[NotaHeader] = ()
) -> list[str]:
    """Every person the vault knows: the people of every dossier, bid contacts and the
    authors in the nota headers."""
    names: set[str] = {n for h in headers for n in h.authors}
    for d in dossiers:
        for p in d.people:
            if p.name.strip():
                names.add(p.name.strip())
    for b in bids:
        if b.contact_person.strip():
            names.add(b.contact_person.strip())
    return sorted(names)


@functools.lru_cache(maxsize=8)
def _name_patterns(names: tuple[str, ...]) -> list[tuple[str, re.Pattern[str]]]:
    """Every variant of every name, lower-cased, with its whole-word pattern."""
    variants = sorted({v for n in names for v in name_variants(n)}, key=len, reverse=True)
    return [
        (v.lower(), re.compile(r"(?<!\w)" + re.escape(v) + r"(?!\w)", re.IGNORECASE))
        for v in variants
    ]


@dataclass(frozen=True)
class Found:
    """Personal data found in free text: its kind (email/phone/iban/name) and span."""

    kind: str
    start: int
    end: int


def find_personal(text: str, names: Iterable[str]) -> list[Found]:
    """Spans of e-mail addresses, IBANs, phone numbers and known names in ``text``."""
    spans: list[Found] = []
    for kind, rx in (("email", EMAIL_RE), ("iban", IBAN_RE), ("phone", PHONE_RE)):
        spans += [Found(kind, m.start(), m.end()) for m in rx.finditer(text)]
    lower = text.lower()
    for v, rx in _name_patterns(tuple(names)):
        if v in lower:  # a fast pre-filter before the (compiled once) pattern
            spans += [Found("name", m.start(), m.end()) for m in rx.finditer(text)]
    spans.sort(key=lambda f: (f.start, -(f.end - f.start)))
    merged: list[Found] = []
    for f in spans:
        if merged and f.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Found(last.kind, last.start, max(last.end, f.end))
        else:
            merged.append(f)
    return merged


# --------------------------------------------------------------------------- classifier


@dataclass(frozen=True)
class Secret:
    """A value the audience may not see, with the field it came from (safe to print)."""

    field: str
    value: str | Decimal | dt.date
    kind: Literal["text", "name", "email", "phone", "pct", "money", "number", "date", "years"]


@dataclass
class Classifier:
    """Decides per field and audience; collects what it withheld (for section 5)."""

    audience: Audience
    policy: Policy = field(default_factory=Policy)
    names: list[str] = field(default_factory=list)

    def grounds(
        self, dossier_id: int | None, entity: str, name: str, *, party: Party | None = None
    ) -> tuple[str, ...]:
        """The ground codes of a field for a Woo release (empty: public)."""
        choice = self.policy.choice(dossier_id, f"{entity}.{name}")
        if choice is not None:
            return choice.grounds
        return release_grounds(entity, name)

    def withholds(
        self, dossier_id: int | None, entity: str, name: str, *, party: Party | None = None
    ) -> bool:
        if self.audience == "intern":
            return False
        if self.audience == "nota":
            return (entity, name) in NOTA_WITHHELD
        return bool(self.grounds(dossier_id, entity, name, party=party))

    def redaction(
        self, dossier_id: int | None, entity: str, name: str, *, party: Party | None = None
    ) -> Redaction | None:
        """The box replacing this field for the audience, or None when it is visible."""
        if not self.withholds(dossier_id, entity, name, party=party):
            return None
        codes = self.grounds(dossier_id, entity, name, party=party) or ("5.1.2e",)
        return Redaction("; ".join(codes), FIELD_LABELS.get((entity, name), name))

    def scan(self, text: str) -> Parts:
        """Free text for the audience: in ``woo`` personal data becomes a 5.1.2e box."""
        if self.audience != "woo" or not text:
            return (text,) if text else ()
        parts: list[Inline] = []
        pos = 0
        for f in find_personal(text, self.names):
            if f.start > pos:
                parts.append(text[pos : f.start])
            parts.append(Redaction("5.1.2e", FIELD_LABELS[("text", f.kind)]))
            pos = f.end
        if pos < len(text):
            parts.append(text[pos:])
        return tuple(parts)


# --------------------------------------------------------------------------- secrets


def _threshold_values(field_name: str, t: object) -> list[Secret]:
    from mandaat.model import Threshold

    out: list[Secret] = []
    if isinstance(t, Threshold):
        for v in (t.low, t.high):
            if isinstance(v, Fraction):  # an exact third: as it is printed, 33,33%
                v = (Decimal(v.numerator) / Decimal(v.denominator)).quantize(Decimal("0.01"))
            if v is not None:
                out.append(Secret(field_name, v, "pct"))
        if t.source_text.strip():
            out.append(Secret(field_name, t.source_text.strip(), "text"))
    return out


def _person_secrets(label: str, p: Person, c: Classifier, did: int | None) -> list[Secret]:
    out: list[Secret] = []
    if c.withholds(did, "person", "name") and p.name.strip():
        out += [Secret(f"{label}: naam", v, "name") for v in name_variants(p.name)]
    if c.withholds(did, "person", "email") and p.email.strip():
        out.append(Secret(f"{label}: e-mail", p.email.strip(), "email"))
    if c.withholds(did, "person", "phone") and p.phone.strip():
        out.append(Secret(f"{label}: telefoon", p.phone.strip(), "phone"))
    if c.withholds(did, "person", "role") and len(p.role.strip()) >= 6:
        out.append(Secret(f"{label}: functie", p.role.strip(), "text"))
    return out


def _header_secrets(who: str, h: NotaHeader, c: Classifier, did: int | None) -> list[Secret]:
    """The withheld fields of a nota header: the authors' names (5.1.2e by default) in
    every order, contact data typed with them, and any field a policy withholds."""
    out: list[Secret] = []
    if h.author.strip() and c.withholds(did, "nota_header", "author"):
        for name in h.authors:
            out += [Secret(f"{who}: opgesteld door", v, "name") for v in name_variants(name)]
        for f in find_personal(h.author, ()):
            out.append(
                Secret(f"{who}: opgesteld door ({f.kind})", h.author[f.start : f.end], "text")
            )
    for name, label in (("title", "titel"), ("kenmerk", "kenmerk"), ("attachments", "bijlagen")):
        text = getattr(h, name).strip()
        if len(text) >= 4 and c.withholds(did, "nota_header", name):
            out.append(Secret(f"{who}: nota {label}", text, "text"))
    if h.deadline is not None and c.withholds(did, "nota_header", "deadline"):
        out.append(Secret(f"{who}: nota deadline", h.deadline, "date"))
    return out


_WRITTEN_TERMS: tuple[tuple[str, Literal["pct", "money", "number"]], ...] = (
    ("patient_cap_units", "number"),
    ("free_initial_units", "number"),
    ("starters_pct", "pct"),
    ("patient_cap_months", "number"),
    ("treatment_months", "number"),
    ("after_end_net_price", "money"),
)


def _written_secrets(label: str, a: Arrangement, wb: Callable[[str, str], bool]) -> list[Secret]:
    """The arrangement's terms as written (issue 17): per-patient caps, free initiation
    doses and their assumptions, the net price after the end."""
    out: list[Secret] = []
    for name, kind in _WRITTEN_TERMS:
        value = getattr(a, name)
        if value is not None and wb("arrangement", name):
            out.append(Secret(f"{label}: {name}", value, kind))
    return out


def _analysis_secrets(
    label: str,
    dossier: Dossier,
    b: Bid,
    wb: Callable[[str, str], bool],
    others: Iterable[Dossier],
) -> list[Secret]:
    """Issue 17's figures of one bid, each by its class: the per-year money of the
    expected scenario (business-confidential), the extra discount it would take, the
    volume from which the cap binds and the sensitivity table (state-financial), and for
    a product-wide bid each indication's effective reduction (state-financial)."""
    from mandaat import engine

    out: list[Secret] = []
    a = b.arrangement
    years = b.duration_years
    try:
        if wb("assessment", "years"):
            money = engine.year_money(dossier, a, duration_years=years).get("expected", [])
            for y in money:
                for name in ("net_spend", "net_before_cap", "cap_repayment", "saving"):
                    value = getattr(y, name)
                    if value != 0:
                        out.append(Secret(f"{label}: jaar {y.year} {name}", value, "money"))
            if money:
                total = sum((y.net_spend for y in money), Decimal(0))
                out.append(Secret(f"{label}: netto over de looptijd", total, "money"))
        m = dossier.effective_mandate
        if m is not None and wb("assessment", "extra_discount_pct"):
            extra = engine.extra_discount(m, dossier, a, duration_years=years)
            if extra is not None:
                for e in (extra[0], *extra[1]):
                    for value in (e.expected, e.worst):
                        if value is not None and value != 0:
                            out.append(Secret(f"{label}: extra korting", value, "pct"))
        if a.annual_cap is not None and wb("assessment", "cap_binds_from_patients"):
            binds = engine.cap_binds_from_patients(dossier, a)
            if binds is not None:
                out.append(Secret(f"{label}: plafond knelt vanaf", binds, "number"))
        if m is not None and wb("assessment", "sensitivity"):
            s = engine.sensitivity(m, dossier, a, duration_years=years)
            points = (*s.volume_pct, *s.growth_pct, *s.p4p_nonresponse_pct, *s.duration_years)
            for p in points:
                out.append(Secret(f"{label}: gevoeligheid", p.effective_pct, "pct"))
    except engine.EngineError:
        pass
    if a.product_wide and wb("assessment", "indications"):
        prod = engine.product_wide([dossier, *others], dossier, b)
        for r in prod.indications:
            if r.effective_pct is not None:
                out.append(
                    Secret(f"{label}: indicatie {r.dossier.indication}", r.effective_pct, "pct")
                )
        if prod.effective_pct is not None:
            out.append(Secret(f"{label}: productbreed", prod.effective_pct, "pct"))
        if prod.net_per_patient is not None:
            out.append(Secret(f"{label}: productbrede nettoprijs", prod.net_per_patient, "money"))
    return out


def _year_secrets(label: str, dossier: Dossier, b: Bid) -> list[Secret]:
    """The bid's money per year (expected scenario) as the nota prints it: the net
    figures and the saving per year and in total, whole euros (the list spend is the
    public asking price times the patients, which are a secret of their own)."""
    from decimal import ROUND_HALF_UP

    from mandaat import engine
    from mandaat.export.tables import year_rows

    try:
        money = engine.year_money(dossier, b.arrangement, duration_years=b.duration_years)
    except engine.EngineError:
        return []
    out: list[Secret] = []
    for _year, figures in year_rows(money["expected"]):
        for v in figures[2:]:
            whole = v.quantize(Decimal(1), rounding=ROUND_HALF_UP)
            if whole != 0:
                out.append(Secret(f"{label}: geld per jaar", whole, "money"))
    return out


def secrets(
    c: Classifier,
    dossier: Dossier,
    bids: Iterable[Bid],
    public_texts: Mapping[str, str] | None = None,
    header: NotaHeader | None = None,
    others: Iterable[Dossier] = (),
) -> list[Secret]:
    """Every value of ``dossier`` and its bids that ``c.audience`` may not see.

    ``public_texts`` are the free texts that stay visible; personal data found in them
    is a secret too. Derived figures (effective reduction, margin, gap) are included,
    and the withheld fields of the nota's ``header`` (its authors in a Woo release).
    Issue 17's figures are included by their class (:func:`_analysis_secrets`); ``others``
    are the other dossiers, for a product-wide bid's per-indication figures.
    """
    from mandaat import engine

    did = dossier.id
    who = dossier.brand
    out: list[Secret] = []
    w = c.withholds
    if w(did, "dossier", "mandate_threshold"):
        out += _threshold_values(f"{who}: mandaat", dossier.mandate_threshold)
    if w(did, "dossier", "expected_patients") and dossier.expected_patients is not None:
        out.append(Secret(f"{who}: verwacht aantal patiënten", dossier.expected_patients, "number"))
    if w(did, "dossier", "growth_pct_per_year") and dossier.growth_pct_per_year is not None:
        out.append(Secret(f"{who}: groei per jaar", dossier.growth_pct_per_year, "pct"))
    for letter in "abcdefgh":
        text = getattr(dossier, f"nota_{letter}").strip()
        if text and w(did, "dossier", f"nota_{letter}"):
            out.append(Secret(f"{who}: nota toelichting {letter}", text, "text"))
    for i, p in enumerate(dossier.people, 1):
        out += _person_secrets(f"{who}: persoon {i}", p, c, did)
    if header is not None:
        out += _header_secrets(who, header, c, did)
    for n, b in enumerate(bids, 1):
        label = f"{who}: bod {n}"
        party = b.party
        a = b.arrangement

        def wb(entity: str, name: str, party: Party = party) -> bool:
            return w(did, entity, name, party=party)

        for name, kind in (
            ("discount_pct", "pct"),
            ("list_price_cut_pct", "pct"),
            ("net_price_per_patient", "money"),
            ("annual_cap", "money"),
            ("p4p_refund_share_pct", "pct"),
            ("p4p_nonresponse_rate_pct", "pct"),
        ):
            value = getattr(a, name)
            if value is not None and wb("arrangement", name):
                out.append(Secret(f"{label}: {name}", value, kind))  # type: ignore[arg-type]
        out += _written_secrets(label, a, wb)
        if a.tiers and wb("arrangement", "tiers"):
            for t in a.tiers:
                out.append(Secret(f"{label}: staffel drempel", t.threshold, "number"))
                out.append(Secret(f"{label}: staffel korting", t.discount_pct, "pct"))
        if wb("bid", "date"):
            out.append(Secret(f"{label}: datum", b.date, "date"))
        if b.start_date is not None and wb("bid", "start_date"):
            out.append(Secret(f"{label}: ingangsdatum", b.start_date, "date"))
        if b.end_date is not None and wb("bid", "end_date"):
            out.append(Secret(f"{label}: einddatum", b.end_date, "date"))
        if wb("bid", "duration_years"):
            out.append(Secret(f"{label}: looptijd", Decimal(b.duration_years), "years"))
        for name in ("conditions", "note"):
            text = getattr(b, name).strip()
            if len(text) >= 4 and wb("bid", name):
                out.append(Secret(f"{label}: {name}", text, "text"))
        if b.contact_person.strip() and wb("bid", "contact_person"):
            out += [
                Secret(f"{label}: contactpersoon", v, "name")
                for v in name_variants(b.contact_person)
            ]
        try:
            a_ = engine.assess(dossier, b)
        except engine.EngineError:
            continue
        if wb("assessment", "effective_reduction"):
            for s in a_.scenarios.values():
                out.append(Secret(f"{label}: effectieve korting", s.effective_pct, "pct"))
        out += _analysis_secrets(label, dossier, b, wb, others)
        m = a_.mandate
        if m is not None:
            if m.margin_pp is not None and wb("assessment", "margin_pp"):
                out.append(Secret(f"{label}: marge", abs(m.margin_pp), "pct"))
            for name in ("gap_eur_per_year", "gap_eur_total"):
                value = getattr(m, name)
                if value is not None and value != 0 and wb("assessment", name):
                    out.append(Secret(f"{label}: {name}", value, "money"))
        if wb("assessment", "years"):  # the nota's per-year table, in whole euros
            out += _year_secrets(label, dossier, b)
    for key, text in (public_texts or {}).items():
        if c.audience != "woo":
            break
        for f in find_personal(text, c.names):
            out.append(Secret(f"{who}: {key} ({f.kind})", text[f.start : f.end], "text"))
    return out

"""Parse ZIN's required price reduction, as written, into a :class:`Threshold`.

The parser takes the whole sentence (Dutch or English) and finds the reduction in it,
ignoring other numbers (euro per QALY, years, lines of therapy, patient counts): only
a number followed by ``%`` / ``procent`` / ``percent``, a range ending in one, or a
number word ("de helft", "driekwart", …) counts. See ``docs/mandate.md`` for the rules.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal

from mandaat.model import COMPARATOR_KINDS, Threshold

__all__ = [
    "ThresholdError",
    "describe_threshold",
    "format_threshold",
    "parse_threshold",
    "threshold_command",
    "threshold_to_dict",
]

_MESSAGES: dict[str, str] = {
    "no_reduction": "Geen prijsverlaging gevonden in de tekst",
    "empty": "De tekst is leeg",
    "out_of_range": "Een prijsverlaging van {value}% kan niet: kies een waarde van 0 tot 100",
}


class ThresholdError(ValueError):
    """The text holds no usable reduction. ``code`` is one of the keys of the messages."""

    def __init__(self, code: str, **params: str) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """A one-line Dutch message."""
        return _MESSAGES.get(self.code, self.code).format(**self.params)


# --------------------------------------------------------------------------- patterns

_NUM = r"\d+(?:[.,]\d+)?"
# "procent" but not "procentpunt"; "%" but not "%-punt"
_PCT_UNIT = r"(?:%(?!\s*-?\s*punt)|\bprocent\b|\bpercent\b|\bpct\b)"
_PCT_RE = re.compile(rf"(?<![\d.,])(?P<n>{_NUM})\s*{_PCT_UNIT}")
_RANGE_DASH_RE = re.compile(
    rf"(?<![\d.,])(?P<a>{_NUM})\s*{_PCT_UNIT}?\s*(?:-|tot en met|tot|to|through)\s*"
    rf"(?P<b>{_NUM})\s*{_PCT_UNIT}"
)
_RANGE_BETWEEN_RE = re.compile(
    rf"\b(?:tussen|between)\s+(?P<a>{_NUM})\s*{_PCT_UNIT}?\s*(?:en|and)\s*"
    rf"(?P<b>{_NUM})\s*{_PCT_UNIT}"
)
_TOLERANCE_RE = re.compile(
    rf"(?:marge(?:\s+van)?|±|\+/-|plus of min|plus or minus|tolerance(?:\s+of)?)\s*"
    rf"(?P<n>{_NUM})\s*(?:procentpunten|procentpunt|percentage points?|pp\b|%\s*-?\s*punten?)"
)

#: Number words → percent. A third is rounded *up* to two decimals (33.34, 66.67)
#: so that the bound read from the words is never weaker than the words.
_WORD_NUMBERS: tuple[tuple[str, Decimal], ...] = (
    (r"\bdrie\s*kwart\b", Decimal("75")),
    (r"\bthree[\s-]quarters\b", Decimal("75")),
    (r"\btwee\s*derde\b", Decimal("66.67")),
    (r"\btwo[\s-]thirds\b", Decimal("66.67")),
    (r"\b(?:een|één)\s+kwart\b", Decimal("25")),
    (r"\b(?:a|one)\s+quarter\b", Decimal("25")),
    (r"\b(?:een|één)\s+derde\b", Decimal("33.34")),
    (r"\b(?:a|one)\s+third\b", Decimal("33.34")),
    (r"\bde\s+helft\b", Decimal("50")),
    (r"\b(?:ge)?halveerd\b|\bhalveren\b|\bhalvering\b|\bhalved\b|\bhalving\b", Decimal("50")),
    (r"\b(?:by|in)\s+(?:a\s+)?half\b", Decimal("50")),
)

_AT_LEAST = (
    r"ten\s+minste|tenminste|minimaal|minstens|zeker|op\s+zijn\s+minst|op\s+z'n\s+minst"
    r"|at\s+least|no\s+less\s+than|a\s+minimum\s+of|minimum\s+of"
)
_MORE_THAN = r"meer\s+dan|ruim|more\s+than|in\s+excess\s+of|upwards\s+of"
_APPROX = (
    r"ongeveer|circa|ca\.?|zo'n|rond\s+de|omstreeks|approximately|approx\.?|about|around"
    r"|roughly"
)
_QUALIFIER_RE = re.compile(
    rf"\b(?:(?P<at_least>{_AT_LEAST})|(?P<more_than>{_MORE_THAN})|(?P<approximately>{_APPROX}))"
    r"(?![a-z])"
)
_OR_MORE_RE = re.compile(r"^\s*(?:of\s+meer|of\s+hoger|or\s+more|or\s+higher)\b")

_SUBSTANTIALLY_RE = re.compile(
    r"\b(?:fors|forse|sterk|sterke|drastisch|drastische|substantially|substantial"
    r"|significantly|aanzienlijk|aanzienlijke|flink|flinke)\b"
)

_REDUCTION_RE = re.compile(
    r"dalen|daalt|daling|omlaag|naar\s+beneden|verlag|verlaagd|lager|goedkoper|korting"
    r"|reductie|prijsverlaging|prijsdaling|reduc|lower|decrease|discount|cheaper|cut\b"
    r"|halver|gehalveerd|halved"
)
_INCREASE_RE = re.compile(r"stijg|omhoog|verhog|hoger|toename|groei|increase|rise|raise|higher")
_NOT_ABOUT_PRICE_RE = re.compile(
    r"^\s*(?:van\s+(?:de\s+|alle\s+)?|of\s+(?:the\s+|all\s+)?)"
    r"(?:patiënt|patient|gevallen|cases|mensen|people|deelnemers|participants|respond)"
)
# Price reduction asked without a number.
_QUALITATIVE_RE = re.compile(
    r"prijs\w*\s+(?:\w+\s+){0,4}?(?:omlaag|naar\s+beneden|dalen|verlaagd|verlaagde|lager)"
    r"|prijsverlaging|prijsdaling|lagere\s+prijs|verlaagde\s+prijs|korting"
    r"|price\s+(?:reduction|cut|decrease)|reduc\w*\s+(?:\w+\s+){0,3}?price"
    r"|price\s+(?:\w+\s+){0,4}?(?:lower|reduced|cut|fall|decrease|come\s+down|go\s+down)"
    r"|lower\s+(?:\w+\s+)?price|substantial\s+reduction|discount"
)
_COMPARATOR_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "comparator_net_price",
        re.compile(
            r"niet\s+hoger\b.{0,60}?\b(?:standaardbehandeling|standaardzorg|vergelijk\w*"
            r"|comparator|huidige\s+behandeling)"
            r"|(?:not|no)\s+(?:be\s+)?higher\s+than\b.{0,60}?\b(?:standard|comparator|current)"
        ),
    ),
    (
        "cost_neutral",
        re.compile(r"kosten-?\s?neutraal|budget-?\s?neutraal|(?:cost|budget)[- ]neutral"),
    ),
    ("cost_saving", re.compile(r"kosten-?\s?besparend|cost[- ]saving")),
    (
        "parity",
        re.compile(
            r"prijspariteit|pariteit|parity|gelijke\s+prijs|dezelfde\s+prijs|same\s+price"
            r"|gelijk\s+(?:zijn\s+)?aan\s+(?:die|de\s+prijs)\s+van"
        ),
    ),
)

_WINDOW = 40  # characters before a number searched for its qualifier


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    low: Decimal
    high: Decimal | None  # set for a range


def _dec(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def _normalise(text: str) -> str:
    text = text.lower()
    for a, b in (
        ("\u00a0", " "),
        ("\u2009", " "),
        ("\u202f", " "),
        ("\u2013", "-"),
        ("\u2014", "-"),
        ("\u2212", "-"),
        ("\u2019", "'"),
        ("\u2018", "'"),
    ):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text)


def _candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for regex in (_RANGE_BETWEEN_RE, _RANGE_DASH_RE):
        for m in regex.finditer(text):
            if not free(m.start(), m.end()):
                continue
            a, b = _dec(m["a"]), _dec(m["b"])
            low, high = min(a, b), max(a, b)
            found.append(_Candidate(m.start(), m.end(), low, high if high > low else None))
            taken.append((m.start(), m.end()))
    for m in _TOLERANCE_RE.finditer(text):
        taken.append((m.start(), m.end()))
    for m in _PCT_RE.finditer(text):
        if not free(m.start(), m.end()) or _NOT_ABOUT_PRICE_RE.match(text, m.end()):
            continue
        found.append(_Candidate(m.start(), m.end(), _dec(m["n"]), None))
        taken.append((m.start(), m.end()))
    if not found:
        for pattern, value in _WORD_NUMBERS:
            for m in re.finditer(pattern, text):
                if free(m.start(), m.end()):
                    found.append(_Candidate(m.start(), m.end(), value, None))
                    taken.append((m.start(), m.end()))
    return sorted(found, key=lambda c: c.start)


def _choose(text: str, found: list[_Candidate]) -> _Candidate:
    """The candidate nearest a word of reduction (the first one on a tie)."""
    if len(found) == 1:
        return found[0]
    cues = [m.start() for m in _REDUCTION_RE.finditer(text)]
    if not cues:
        return found[0]

    def distance(c: _Candidate) -> int:
        return min(min(abs(q - c.start), abs(q - c.end)) for q in cues)

    return min(found, key=distance)


def _qualifier(text: str, chosen: _Candidate, found: list[_Candidate]) -> str | None:
    floor = max([c.end for c in found if c.end <= chosen.start], default=0)
    window = text[max(floor, chosen.start - _WINDOW) : chosen.start]
    last: tuple[int, str] | None = None
    for m in _QUALIFIER_RE.finditer(window):
        kind = m.lastgroup
        if kind is not None and (last is None or m.end() >= last[0]):
            last = (m.end(), kind)
    if last is not None:
        return last[1]
    if _OR_MORE_RE.match(text[chosen.end :]):
        return "at_least"
    return None


def parse_threshold(text: str) -> Threshold:
    """Read the required reduction from ZIN's sentence, as written.

    Raises :class:`ThresholdError` (code ``"no_reduction"``) when the text asks for no
    reduction, ``"out_of_range"`` when the percentage is above 100, ``"empty"`` for an
    empty text.
    """
    if not text or not text.strip():
        raise ThresholdError("empty")
    norm = _normalise(text)
    substantially = _SUBSTANTIALLY_RE.search(norm) is not None
    found = _candidates(norm)
    if found:
        chosen = _choose(norm, found)
        for value in (chosen.low, chosen.high):
            if value is not None and not Decimal(0) <= value <= Decimal(100):
                raise ThresholdError("out_of_range", value=_fmt_number(value))
        if not _REDUCTION_RE.search(norm) and _INCREASE_RE.search(norm):
            raise ThresholdError("no_reduction")
        if chosen.high is not None:
            return Threshold(
                kind="range",
                low=chosen.low,
                high=chosen.high,
                substantially=substantially,
                source_text=text,
            )
        kind = _qualifier(norm, chosen, found) or "at_least"
        tolerance: Decimal | None = None
        if kind == "approximately":
            tm = _TOLERANCE_RE.search(norm)
            tolerance = _dec(tm["n"]) if tm else None
        return Threshold(
            kind=kind,
            low=chosen.low,
            substantially=substantially,
            tolerance_pp=tolerance,
            source_text=text,
        )
    for kind, regex in _COMPARATOR_RES:
        if regex.search(norm):
            return Threshold(kind=kind, source_text=text)
    if _QUALITATIVE_RE.search(norm):
        return Threshold(kind="qualitative", substantially=substantially, source_text=text)
    raise ThresholdError("no_reduction")


# --------------------------------------------------------------------------- output


def _fmt_number(value: Decimal) -> str:
    """Dutch notation without trailing zeros: 68 → "68", 12.50 → "12,5"."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _pct(value: Decimal | None) -> str:
    return f"{_fmt_number(value if value is not None else Decimal(0))}%"


def format_threshold(t: Threshold) -> str:
    """A Dutch sentence that :func:`parse_threshold` reads back to the same threshold."""
    fors = "fors " if t.substantially else ""
    if t.kind == "range":
        head = f"De vraagprijs moet {fors}dalen, met" if fors else "De vraagprijs moet met"
        tail = "." if fors else " dalen."
        return f"{head} {_pct(t.low)} tot {_pct(t.high)}{tail}"
    if t.kind == "more_than":
        return f"De vraagprijs moet met {fors}meer dan {_pct(t.low)} dalen."
    if t.kind == "at_least":
        if fors:
            return f"De vraagprijs moet fors dalen, met ten minste {_pct(t.low)}."
        return f"De vraagprijs moet met ten minste {_pct(t.low)} dalen."
    if t.kind == "approximately":
        marge = f" (marge {_fmt_number(t.tolerance_pp)} procentpunt)" if t.tolerance_pp else ""
        if fors:
            return f"De vraagprijs moet fors dalen, met ongeveer {_pct(t.low)}{marge}."
        return f"De vraagprijs moet met ongeveer {_pct(t.low)} dalen{marge}."
    if t.kind == "qualitative":
        return f"De prijs moet {fors}omlaag."
    if t.kind == "comparator_net_price":
        return "De nettoprijs mag niet hoger zijn dan die van de standaardbehandeling."
    if t.kind == "cost_neutral":
        return "Opname in het basispakket moet kostenneutraal zijn."
    if t.kind == "cost_saving":
        return "Opname in het basispakket moet kostenbesparend zijn."
    if t.kind == "parity":
        return "De prijs moet gelijk zijn aan die van de standaardbehandeling (prijspariteit)."
    raise ValueError(f"unknown threshold kind: {t.kind!r}")  # pragma: no cover


def describe_threshold(t: Threshold) -> str:
    """A short Dutch description for a screen or a CLI line."""
    fors = ", fors" if t.substantially else ""
    if t.kind == "at_least":
        text = f"ten minste {_pct(t.low)}" if not t.is_strict else f"meer dan {_pct(t.low)}"
    elif t.kind == "more_than":
        text = f"meer dan {_pct(t.low)}" if t.is_strict else f"ten minste {_pct(t.low)}"
    elif t.kind == "approximately":
        text = f"ongeveer {_pct(t.low)} (marge {_fmt_number(t.tolerance)} procentpunt)"
    elif t.kind == "range":
        text = f"{_pct(t.low)} tot {_pct(t.high)}"
    elif t.kind == "qualitative":
        return f"prijsverlaging zonder getal{fors} (oordeel)"
    elif t.kind in COMPARATOR_KINDS:
        names = {
            "comparator_net_price": "nettoprijs niet hoger dan de standaardbehandeling",
            "cost_neutral": "kostenneutraal",
            "cost_saving": "kostenbesparend",
            "parity": "prijspariteit met de standaardbehandeling",
        }
        return f"{names[t.kind]} (oordeel)"
    else:  # pragma: no cover
        text = t.kind
    return f"prijsverlaging {text}{fors}"


def _json_number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(str(value))


def threshold_to_dict(t: Threshold) -> dict[str, object]:
    """The JSON contract: ``{"kind", "low", "high", "substantially"}``."""
    return {
        "kind": t.kind,
        "low": _json_number(t.low),
        "high": _json_number(t.high),
        "substantially": t.substantially,
    }


def threshold_command(text: str, as_json: bool) -> tuple[int, str]:
    """``mandaat threshold``: (exit code, output). Exit 1 with a Dutch line on error."""
    try:
        t = parse_threshold(text)
    except ThresholdError as exc:
        return 1, f"Fout: {exc.message}"
    if as_json:
        return 0, json.dumps(threshold_to_dict(t), ensure_ascii=False)
    return 0, f"Vereist: {describe_threshold(t)}"

"""Parsing cell values into exact, typed values.

Every parser takes the raw cell value as calamine (or openpyxl) gives it (``str``,
``int``, ``float``, ``bool``, ``date``, ``datetime``...) plus, where it matters, the
cell's number format, and returns a typed value, or raises :class:`ValueProblem`
carrying a problem code and parameters. Floats are never used for arithmetic: a
float is turned into ``Decimal(repr(x))`` first. Regular expressions are compiled
once; the reader remembers each column's parsed values, so a parser runs once per
distinct value.

Decisions (where people's spreadsheets are ambiguous):

* Amounts are read Dutch first. ``1.234`` (one dot, exactly three digits after it)
  is one thousand two hundred and thirty-four; ``1,234`` (one comma) is 1.234.
  When both separators occur, the last one is the decimal separator
  (``1,234,567.89`` and ``1.234.567,89`` both work). Several equal separators are
  thousands separators (``1.234.567`` / ``1,234,567``). Thousands groups must be
  three digits. Amounts are quantized to cents (half up).
* Percentages: ``68,5%``, ``68,5 %``, ``68.5%`` and a plain ``68,5`` mean 68.5 %.
  A numeric cell whose number format contains ``%`` holds a fraction (0.685 ->
  68.5). A plain numeric cell (no ``%`` format) strictly between 0 and 1 is refused
  as ``ambiguous_percentage``: 0.685 could mean 68.5 % or 0.685 %; the user must
  write ``68,5%`` or ``0,685%``. Text gets the same rule: ``0,685`` without a ``%``
  is refused too. Percentages keep at most 4 decimals.
* Text: control characters (C0 except tab and newline, DEL, C1) and bidirectional
  overrides (U+202A–U+202E, U+2066–U+2069) are refused (``control_character``):
  they would reach a terminal through ``mandaat check`` and break the exports.
* Dates are always day first. Numbers in a date column (an Excel serial without a
  date format) are refused, because the user never saw a date.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Final

from mandaat.dates import DateTextError, parse_date_text

CENT: Final = Decimal("0.01")
#: numbers from this size on are refused (``number_too_large``): no amount, share or
#: count in a bid comes near it, and exact arithmetic in cents stays within the
#: 28 digits of the default decimal context
TOO_LARGE: Final = Decimal(10) ** 15
#: the same bound for floats (below it a whole float is exactly its integer)
TOO_LARGE_FLOAT: Final = float(TOO_LARGE)
PCT_QUANTUM: Final = Decimal("0.0001")
HUNDRED: Final = Decimal(100)


class ValueProblem(Exception):
    """A cell value that cannot be used; ``code`` is a message-catalogue key."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, object] = params


def strip_trailing_zeros(value: Decimal) -> Decimal:
    """68.500 -> 68.5, 100.00 -> 100 (never exponent notation)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def number_to_decimal(value: int | float) -> Decimal:
    """Exact Decimal from an openpyxl number: floats go through ``repr``."""
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueProblem("invalid_number")
        return _bounded(Decimal(repr(value)))
    return _bounded(Decimal(value))


def _bounded(number: Decimal) -> Decimal:
    if abs(number) >= TOO_LARGE:
        raise ValueProblem("number_too_large")
    return number


def is_percent_format(number_format: str | None) -> bool:
    return bool(number_format) and "%" in _strip_literals(number_format or "")


_QUOTED: Final = re.compile(r'"[^"]*"')
_ESCAPED: Final = re.compile(r"\\.")


def _strip_literals(fmt: str) -> str:
    # a "%" inside quotes or escaped (\%) is literal text, not the percent format
    return _ESCAPED.sub("", _QUOTED.sub("", fmt))


_SPACES = re.compile(r"[\s\u00a0\u202f\u2007']+")
_CURRENCY = re.compile(r"(€|\beur(?:o|os)?\b)", re.IGNORECASE)
_DIGITS = re.compile(r"^\d+$")
_NUMBER_CHARS: Final = re.compile(r"[\d.,]+")
_PERCENT_SUFFIX: Final = re.compile(r"(%|procent|percent|pct\.?)$", re.IGNORECASE)
_PERCENT_TEXT: Final = re.compile(r"([-+\u2212]?)(\d+)(?:[.,](\d+))?")
_ROUND_TEXT: Final = re.compile(
    r"(?:ronde|round|r)?\s*(\d+)\s*(?:e|de|ste|nd|rd|th|st)?\s*(?:ronde|round)?", re.IGNORECASE
)
_YEARS_SUFFIX: Final = re.compile(r"\s*(jaren|jaar|years?|jr\.?)$", re.IGNORECASE)


def _parse_number_text(text: str) -> Decimal:
    """Parse a Dutch-first number string (no currency, no percent sign)."""
    s = _SPACES.sub("", text)
    if s.endswith((",-", ".-", ",--", ".--")):
        s = s.rstrip("-")[:-1]
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1]
    if s[:1] in "-+\u2212" and s:
        negative, s = s[0] != "+", s[1:]
    if not s or not _NUMBER_CHARS.fullmatch(s) or not s[0].isdigit():
        raise ValueProblem("invalid_number")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec_sep = "." if s.rfind(".") > s.rfind(",") else ","
        thou_sep = "," if dec_sep == "." else "."
        if s.count(dec_sep) != 1:
            raise ValueProblem("invalid_number")
        int_part, frac = s.split(dec_sep)
        groups = int_part.split(thou_sep)
    elif dots > 1 or commas > 1:
        sep = "." if dots else ","
        groups, frac = s.split(sep), ""
    elif dots == 1:
        int_part, frac = s.split(".")
        if len(frac) == 3 and int_part != "0":  # Dutch thousands: 104.000
            groups, frac = [int_part, frac], ""
        else:
            groups = [int_part]
    elif commas == 1:
        int_part, frac = s.split(",")
        groups = [int_part]
    else:
        groups, frac = [s], ""
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        raise ValueProblem("invalid_number")
    if not all(_DIGITS.match(g) for g in groups) or (frac and not _DIGITS.match(frac)):
        raise ValueProblem("invalid_number")
    if dots + commas and not frac and len(groups) == 1:  # "12." or "12,"
        raise ValueProblem("invalid_number")
    try:
        result = Decimal("".join(groups) + ("." + frac if frac else ""))
    except InvalidOperation as exc:  # pragma: no cover - guarded by the regexes
        raise ValueProblem("invalid_number") from exc
    return -result if negative else result


def parse_decimal(value: object) -> Decimal:
    """Any number: a numeric cell or a Dutch-first string."""
    if isinstance(value, bool):
        raise ValueProblem("invalid_number")
    if isinstance(value, int | float):
        return number_to_decimal(value)
    if isinstance(value, str):
        return _bounded(_parse_number_text(value))
    raise ValueProblem("invalid_number")


def parse_money(value: object) -> Decimal:
    """An amount in euros, quantized to cents; negative amounts are refused."""
    # the common cases made cheap: a whole number of euros (calamine reads every
    # number as a float) needs no rounding
    if value.__class__ is float and 0 <= value < TOO_LARGE_FLOAT and value.is_integer():
        return Decimal(int(value)).quantize(CENT)
    if value.__class__ is int:
        if value < 0:
            raise ValueProblem("negative_amount")
        return _bounded(Decimal(value)).quantize(CENT)
    if isinstance(value, str):
        value = _CURRENCY.sub("", value)
    amount = parse_decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
    if amount < 0:
        raise ValueProblem("negative_amount")
    return amount.copy_abs()  # -0.00 (from "-0" or a float -0.0) is 0.00


def parse_percent(value: object, number_format: str | None = None) -> Decimal:
    """A percentage 0-100 (see the module docstring for the fraction rule)."""
    if isinstance(value, bool):
        raise ValueProblem("invalid_percentage")
    if isinstance(value, int | float):
        pct = number_to_decimal(value)
        if is_percent_format(number_format):
            pct *= HUNDRED
        elif 0 < pct < 1:
            raise ValueProblem(
                "ambiguous_percentage",
                as_fraction=strip_trailing_zeros(pct * HUNDRED),
                as_written=strip_trailing_zeros(pct),
            )
    elif isinstance(value, str):
        s = _SPACES.sub("", value)
        s, suffixes = _PERCENT_SUFFIX.subn("", s)
        m = _PERCENT_TEXT.fullmatch(s)
        if not m:
            raise ValueProblem("invalid_percentage")
        sign = "-" if m.group(1) in ("-", "\u2212") else ""
        pct = _bounded(Decimal(f"{sign}{m.group(2)}.{m.group(3) or '0'}"))
        if not suffixes and 0 < pct < 1:  # "0,685": the same rule as the number 0.685
            raise ValueProblem(
                "ambiguous_percentage",
                as_fraction=strip_trailing_zeros(pct * HUNDRED),
                as_written=strip_trailing_zeros(pct),
            )
    else:
        raise ValueProblem("invalid_percentage")
    pct = strip_trailing_zeros(pct.quantize(PCT_QUANTUM, rounding=ROUND_HALF_UP))
    if not 0 <= pct <= HUNDRED:
        raise ValueProblem("percentage_out_of_range", value=pct)
    return pct.copy_abs()  # -0 % is 0 %


def parse_whole(value: object, minimum: int = 0) -> int:
    """A whole number (``1.200`` is twelve hundred) not below ``minimum``."""
    try:
        number = parse_decimal(value)
    except ValueProblem as exc:
        raise ValueProblem("invalid_whole_number") from exc
    if number != number.to_integral_value():
        raise ValueProblem("invalid_whole_number")
    if number < minimum:
        raise ValueProblem("number_too_small", minimum=minimum)
    return int(number)


def parse_round(value: object) -> int:
    """A bid round: ``2``, ``"2"``, ``"ronde 2"``, ``"2e"``, ``"2e ronde"``."""
    if isinstance(value, str):
        m = _ROUND_TEXT.fullmatch(value.strip())
        if m:
            value = m.group(1)
    return parse_whole(value, minimum=1)


def parse_duration(value: object) -> Decimal:
    """A contract duration in years, strictly positive (``1,5`` allowed)."""
    if isinstance(value, str):
        value = _YEARS_SUFFIX.sub("", value.strip())
    try:
        years = parse_decimal(value)
    except ValueProblem as exc:
        raise ValueProblem("invalid_duration") from exc
    if years <= 0:
        raise ValueProblem("duration_not_positive")
    return strip_trailing_zeros(years.quantize(CENT, rounding=ROUND_HALF_UP))


def parse_date(value: object) -> dt.date:
    """A date: an Excel date cell or day-first text (``1-4-2026``, ``1 april 2026``...);
    the text rule is the window's too (:func:`mandaat.dates.parse_date_text`)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueProblem("invalid_date")
    try:
        return parse_date_text(value)
    except DateTextError as exc:
        raise ValueProblem(exc.code) from None


PARTIES: Final[dict[str, str]] = {
    "leverancier": "supplier",
    "fabrikant": "supplier",
    "bedrijf": "supplier",
    "firma": "supplier",
    "supplier": "supplier",
    "company": "supplier",
    "vws": "vws",
    "ministerie": "vws",
    "ministerie van vws": "vws",
    "staat": "vws",
    "bfag": "vws",
    "ministry": "vws",
    "state": "vws",
}


def parse_party(value: object) -> str:
    """``leverancier``/``VWS`` (and synonyms) -> ``"supplier"`` / ``"vws"``."""
    if not isinstance(value, str):
        raise ValueProblem("unknown_party")
    key = " ".join(value.strip().lower().split())
    party = PARTIES.get(key)
    if party is None:
        raise ValueProblem("unknown_party")
    return party


#: what the "Productbreed" column accepts (folded: lower case)
YES_NO_WORDS: Final[dict[str, bool]] = {
    "ja": True,
    "j": True,
    "yes": True,
    "nee": False,
    "n": False,
    "no": False,
}


def parse_yes_no(value: object) -> bool:
    """``ja`` or ``nee`` (an Excel TRUE/FALSE too); anything else is a problem, not a
    guess."""
    if isinstance(value, bool):
        return value
    if not isinstance(value, str):
        raise ValueProblem("unknown_product_wide")
    answer = YES_NO_WORDS.get(value.strip().lower())
    if answer is None:
        raise ValueProblem("unknown_product_wide")
    return answer


#: what the "Staffelsoort" column accepts (folded: lower case, single spaces)
TIER_MODE_WORDS: Final[dict[str, str]] = {
    "per schijf": "marginal",
    "staffel per schijf": "marginal",
    "marginaal": "marginal",
    "marginal": "marginal",
    "alle eenheden": "all_units",
    "over alle eenheden": "all_units",
    "staffel over alle eenheden": "all_units",
    "all units": "all_units",
}


def parse_tier_mode(value: object) -> str:
    """``per schijf`` (marginal: only the units above a threshold get its discount) or
    ``alle eenheden`` (all units, once above it); anything else is a problem, not a guess."""
    if not isinstance(value, str):
        raise ValueProblem("unknown_tier_mode")
    mode = TIER_MODE_WORDS.get(" ".join(value.strip().lower().replace("-", " ").split()))
    if mode is None:
        raise ValueProblem("unknown_tier_mode")
    return mode


_TIER_STEP: Final = re.compile(
    r"\s*(?:boven\s+)?([^:]+?)\s*(?:patiënten|patienten)?\s*:\s*(.+?)\s*"
)


def parse_tiers(value: object) -> tuple[tuple[int, Decimal], ...]:
    """A staffel as written in one cell: ``100: 40%; 200: 50%`` (above 100 patients a year
    40 % extra, above 200 50 %); thresholds whole patients ≥ 1, each once, discounts
    0–100 % (see :func:`parse_percent`). Sorted by threshold."""
    if not isinstance(value, str):
        raise ValueProblem("invalid_tiers")
    steps: dict[int, Decimal] = {}
    for part in value.split(";"):
        if not part.strip():
            continue
        m = _TIER_STEP.fullmatch(part)
        if m is None:
            raise ValueProblem("invalid_tiers")
        try:
            threshold = parse_whole(m.group(1), minimum=1)
            pct = parse_percent(m.group(2))
        except ValueProblem:
            raise ValueProblem("invalid_tiers") from None
        if threshold in steps:
            raise ValueProblem("duplicate_tier", threshold=threshold)
        steps[threshold] = pct
    if not steps:
        raise ValueProblem("invalid_tiers")
    return tuple(sorted(steps.items()))


#: C0 controls except tab, newline (and carriage return, which Excel writes with a
#: newline), DEL, C1 controls, and the bidirectional embeddings, overrides and isolates
_FORBIDDEN_TEXT: Final = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
)


def check_text(text: str) -> str:
    """``text`` unchanged, or :class:`ValueProblem` ``control_character`` naming the
    first forbidden character by its code point (never the text around it)."""
    if text.isascii() and text.isprintable():  # the common case, at C speed
        return text
    bad = _FORBIDDEN_TEXT.search(text)
    if bad is not None:
        raise ValueProblem("control_character", char=f"U+{ord(bad.group()):04X}")
    return text


def parse_text(value: object) -> str:
    """Free text, kept verbatim (only surrounding whitespace is removed).

    Text that starts with ``= + - @`` stays a plain string: it is never evaluated.
    Exporters that write it back into a spreadsheet must neutralise it themselves.
    """
    if isinstance(value, str):
        return check_text(value.strip())
    if isinstance(value, bool):
        return "WAAR" if value else "ONWAAR"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, int | float):
        return str(strip_trailing_zeros(number_to_decimal(value)))
    return str(value)


def display(value: object, number_format: str | None = None) -> str:
    """The cell as the user (roughly) sees it, for problem messages."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            number = number_to_decimal(value)
        except ValueProblem:
            return repr(value)
        suffix = ""
        if is_percent_format(number_format):
            number, suffix = number * HUNDRED, "%"
        return str(strip_trailing_zeros(number)).replace(".", ",") + suffix
    if isinstance(value, dt.datetime | dt.date):
        d = value.date() if isinstance(value, dt.datetime) else value
        return f"{d.day}-{d.month}-{d.year}"
    return parse_text(value)

"""Dutch renderings of money, percentages and dates (used by the document builders)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def _group(integer: str) -> str:
    """ "1234567" → "1.234.567"."""
    out = ""
    while len(integer) > 3:
        out = "." + integer[-3:] + out
        integer = integer[:-3]
    return integer + out


def number(value: Decimal, decimals: int = 2, *, strip: bool = True) -> str:
    """Dutch notation: thousands with ".", decimals with ","; trailing zeros stripped."""
    q = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    text = format(abs(q), "f")
    whole, _, frac = text.partition(".")
    if strip:
        frac = frac.rstrip("0")
    return sign + _group(whole) + ("," + frac if frac else "")


def money(value: Decimal) -> str:
    """€ 1.234.567,89; whole amounts without cents: € 104.000."""
    q = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if q == q.to_integral_value():
        return "€ " + number(q, 0)
    return "€ " + number(q, 2, strip=False)


def pct(value: Decimal) -> str:
    """68.5 → "68,5%" (at most two decimals)."""
    return number(value, 2) + "%"


def date(value: dt.date) -> str:
    """11 februari 2021."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def month(value: dt.date) -> str:
    """februari 2021."""
    return f"{MONTHS[value.month - 1]} {value.year}"


def money_short(value: Decimal) -> str:
    """Money as a sentence reads it: whole euros (€ 104.000), or millions with one
    decimal from € 1 mln (€ 3,2 mln); never the cent of a strict bound."""
    if abs(value) >= Decimal(1_000_000):
        m = (value / Decimal(1_000_000)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        return "€ " + number(m, 1) + " mln"
    return "€ " + number(value.quantize(Decimal(1), rounding=ROUND_HALF_UP), 0)

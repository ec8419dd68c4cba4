"""Numbers, money, percentages and dates for the screen, through QLocale (Dutch default).

``€ 1.234,56``, ``68,5%``, ``1 april 2026``. Values come from the core as Decimal; they are
formatted from their exact decimal text, never through float arithmetic.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QDate, QLocale

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def locale() -> QLocale:
    return QLocale()


def _group(integer_digits: str, loc: QLocale) -> str:
    sep = loc.groupSeparator()
    out = []
    for i, ch in enumerate(reversed(integer_digits)):
        if i and i % 3 == 0:
            out.append(sep)
        out.append(ch)
    return "".join(reversed(out))


def number(
    value: Decimal, decimals: int = 2, loc: QLocale | None = None, trim: bool = False
) -> str:
    """Exact decimal text in the locale's separators (no float in between)."""
    loc = loc or locale()
    q = Decimal(1).scaleb(-decimals)
    v = value.quantize(q, rounding=ROUND_HALF_UP)
    sign = "-" if v < 0 else ""
    text = f"{abs(v):f}"
    whole, _, frac = text.partition(".")
    if trim:
        frac = frac.rstrip("0")
    body = _group(whole, loc)
    if frac:
        body += loc.decimalPoint() + frac
    return sign + body


def money(value: Decimal | None, loc: QLocale | None = None, cents: bool = True) -> str:
    if value is None:
        return "—"
    loc = loc or locale()
    text = number(value, 2 if cents else 0, loc)
    if loc.language() == QLocale.Language.Dutch:
        return f"€ {text}"
    return f"€{text}"


def percent(value: Decimal | None, decimals: int = 2, loc: QLocale | None = None) -> str:
    """``68,5%``: up to ``decimals`` decimals, trailing zeros dropped."""
    if value is None:
        return "—"
    return number(value, decimals, loc, trim=True) + "%"


def points(value: Decimal | None, loc: QLocale | None = None) -> str:
    """A margin in percentage points, signed: ``+7 pp``, ``−1,06 pp``."""
    if value is None:
        return "—"
    text = number(abs(value), 2, loc, trim=True)
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return f"{sign}{text} pp"


def date(value: dt.date | None, loc: QLocale | None = None) -> str:
    if value is None:
        return "—"
    loc = loc or locale()
    return loc.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def parse_decimal(text: str, loc: QLocale | None = None) -> Decimal | None:
    """Read what the user typed (``68,5``, ``104.000``, ``€ 1.234,56``) as an exact Decimal."""
    loc = loc or locale()
    cleaned = text.replace("€", "").replace("%", "").replace("\u00a0", "").strip()
    cleaned = cleaned.replace(" ", "")
    if not cleaned:
        return None
    group, point = re.escape(loc.groupSeparator()), re.escape(loc.decimalPoint())
    # a group separator only between groups of three digits: "0,43" in an English window
    # is refused, never read as 43 (and "0.43" in a Dutch one, never as 43)
    shape = rf"[+-]?(?:\d{{1,3}}(?:{group}\d{{3}})+|\d+)(?:{point}\d+)?"
    if not re.fullmatch(shape, cleaned):
        return None
    cleaned = cleaned.replace(loc.groupSeparator(), "").replace(loc.decimalPoint(), ".")
    try:
        return Decimal(cleaned)
    except ArithmeticError:
        return None

"""Dates as a Dutch user types them: one rule for the window and the Excel import.

Day first, always: ``1-10-2025``, ``01-10-2025``, ``1/10/2025``, ``1.10.2025`` are
1 October 2025, never 10 January or 1 December. Also ``1 okt 2025``, ``1 oktober 2025``,
``1 okt. 2025`` (Dutch and English month names) and ISO ``2025-10-01``. A two-digit year
is read as 20xx. Anything else is refused with a code; nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

MONTHS: Final[dict[str, int]] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "february": 2, "febr": 2,
    "maart": 3, "mrt": 3, "mar": 3, "march": 3, "mrt.": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "augustus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_NUMERIC_DATE = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_WORD_DATE = re.compile(r"(\d{1,2})\s*([a-z]+)\.?\s*(\d{4})")


class DateTextError(ValueError):
    """Text that is not a date: ``code`` is ``invalid_date`` (not read) or
    ``impossible_date`` (read, but no such day, e.g. 31-2-2025)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _make_date(year: int, month: int, day: int) -> dt.date:
    if not 1900 <= year <= 2199:
        raise DateTextError("invalid_date")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateTextError("impossible_date") from None


def parse_date_text(text: str) -> dt.date:
    """The date ``text`` names, day first (see the module's docstring)."""
    s = " ".join(text.strip().lower().split())
    if m := _ISO_DATE.fullmatch(s):
        return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _NUMERIC_DATE.fullmatch(s):
        year = int(m.group(4))
        if len(m.group(4)) == 2:
            year += 2000
        return _make_date(year, int(m.group(3)), int(m.group(1)))
    if m := _WORD_DATE.fullmatch(s):
        month = MONTHS.get(m.group(2))
        if month is None:
            raise DateTextError("invalid_date")
        return _make_date(int(m.group(3)), month, int(m.group(1)))
    raise DateTextError("invalid_date")

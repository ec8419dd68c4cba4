from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QLocale

from ui import formatting as f

NL = f.DUTCH


def test_dutch_money_percent_date() -> None:
    assert f.money(Decimal("1234.56"), NL) == "€ 1.234,56"
    assert f.money(Decimal("104000"), NL) == "€ 104.000,00"
    assert f.percent(Decimal("68.5"), loc=NL) == "68,5%"
    assert f.percent(Decimal("92.00"), loc=NL) == "92%"
    assert f.points(Decimal("-1.06"), NL) == "−1,06 pp"
    assert f.date(dt.date(2026, 4, 1), NL) == "1 april 2026"
    assert f.parse_decimal("€ 1.234,56", NL) == Decimal("1234.56")
    assert f.parse_decimal("68,5", NL) == Decimal("68.5")
    assert f.parse_decimal("abc", NL) is None


def test_english_locale() -> None:
    en = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert f.money(Decimal("1234.5"), en) == "€1,234.50"
    assert f.date(dt.date(2026, 4, 1), en) == "1 April 2026"


def test_numbers_are_read_in_the_window_locale_and_never_misread() -> None:
    en = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    # a decimal comma in an English window is refused, never read as 43
    assert f.parse_decimal("0,43", en) is None
    assert f.parse_decimal("0.43", en) == Decimal("0.43")
    assert f.parse_decimal("1,234.5", en) == Decimal("1234.5")
    assert f.parse_decimal("104,000", en) == Decimal("104000")
    # and the other way round in a Dutch one
    assert f.parse_decimal("0.43", NL) is None
    assert f.parse_decimal("0,43", NL) == Decimal("0.43")
    assert f.parse_decimal("104.000", NL) == Decimal("104000")
    assert f.parse_decimal("1.04.000", NL) is None
    assert f.parse_decimal("-12,5", NL) == Decimal("-12.5")

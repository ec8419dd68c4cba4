"""The threshold parser: ZIN's sentences as written, Dutch and English."""

from __future__ import annotations

import json
from decimal import Decimal as D
from fractions import Fraction

import pytest

from mandaat.model import Threshold
from mandaat.thresholds import (
    ThresholdError,
    describe_threshold,
    format_threshold,
    parse_threshold,
    threshold_command,
    threshold_to_dict,
)

# The three advices of the Kamerbrief (seed 001), whole sentences as written.
XENPOZYME = (
    "Op basis van de beoordeling van de kosteneffectiviteit en de maatschappelijke weging "
    "adviseerde het Zorginstituut dat de vraagprijs met ten minste 92% moet dalen om op een "
    "maatschappelijk niveau te komen."
)
CARVYKTI = (
    "Op basis van de beoordeling van de kosteneffectiviteit en de maatschappelijke weging "
    "adviseerde het Zorginstituut dat de vraagprijs met minstens 35% tot 55% moet dalen om op "
    "een maatschappelijk niveau te komen, afhankelijk van vertrouwelijke kortingen op andere "
    "middelen."
)
ENHERTU = (
    "Het Zorginstituut adviseerde op basis van de beoordeling van de kosteneffectiviteit en de "
    "maatschappelijke weging, dat de vraagprijs met fors meer dan 68% moet dalen om op een "
    "maatschappelijk niveau te komen."
)

CASES: list[tuple[str, str, D | None, D | None, bool]] = [
    (XENPOZYME, "at_least", D(92), None, False),
    (CARVYKTI, "range", D(35), D(55), False),
    (ENHERTU, "more_than", D(68), None, True),
    # at_least wordings
    ("de vraagprijs moet met tenminste 40% dalen", "at_least", D(40), None, False),
    ("een prijsverlaging van minimaal 50 procent", "at_least", D(50), None, False),
    ("de prijs moet met zeker 30% omlaag", "at_least", D(30), None, False),
    ("de prijs moet op zijn minst 20% lager", "at_least", D(20), None, False),
    ("The price should be reduced by at least 45%.", "at_least", D(45), None, False),
    ("een prijsverlaging van 43%", "at_least", D(43), None, False),
    ("een korting van 12,5% of meer", "at_least", D("12.5"), None, False),
    ("a discount of 12.5 percent", "at_least", D("12.5"), None, False),
    # more_than
    ("een prijsverlaging van meer dan 50 procent", "more_than", D(50), None, False),
    ("de vraagprijs moet met ruim 40% dalen", "more_than", D(40), None, False),
    ("de prijs moet meer dan gehalveerd worden", "more_than", D(50), None, False),
    ("a price reduction of more than 60 percent", "more_than", D(60), None, False),
    # approximately
    ("een prijsverlaging van ongeveer 35%", "approximately", D(35), None, False),
    ("de prijs moet met circa 30 procent dalen", "approximately", D(30), None, False),
    ("de prijs moet met ca. 25% omlaag", "approximately", D(25), None, False),
    ("een korting van zo'n 40%", "approximately", D(40), None, False),
    ("a reduction of approximately 70%", "approximately", D(70), None, False),
    ("a discount of about 20 percent", "approximately", D(20), None, False),
    ("a price cut of around 33%", "approximately", D(33), None, False),
    # ranges
    ("de prijs moet 60 tot 85 procent omlaag", "range", D(60), D(85), False),
    ("een prijsverlaging tussen 40 en 60 procent", "range", D(40), D(60), False),
    ("een prijsverlaging van 35\u201355%", "range", D(35), D(55), False),
    ("een prijsverlaging van 35-55%", "range", D(35), D(55), False),
    ("een prijsverlaging van 35 tot 55%", "range", D(35), D(55), False),
    ("the price must fall from 60 to 85 percent", "range", D(60), D(85), False),
    ("a reduction between 40% and 60%", "range", D(40), D(60), False),
    # words
    ("de prijs moet met de helft omlaag", "at_least", D(50), None, False),
    ("de prijs moet met driekwart dalen", "at_least", D(75), None, False),
    ("de prijs moet met ten minste een kwart dalen", "at_least", D(25), None, False),
    ("de prijs moet met meer dan een derde dalen", "more_than", Fraction(100, 3), None, False),
    ("de prijs moet met twee derde dalen", "at_least", Fraction(200, 3), None, False),
    ("the price must be cut by half", "at_least", D(50), None, False),
    ("the price must be reduced by three quarters", "at_least", D(75), None, False),
    # substantially
    ("de vraagprijs moet sterk dalen, met minstens 80%", "at_least", D(80), None, True),
    ("een drastische prijsverlaging van meer dan 70%", "more_than", D(70), None, True),
    ("the price must be reduced substantially, by more than 50%", "more_than", D(50), None, True),
    # qualitative
    ("de prijs moet fors omlaag", "qualitative", None, None, True),
    ("Het Zorginstituut adviseert een prijsverlaging.", "qualitative", None, None, False),
    ("a substantial reduction of the price is needed", "qualitative", None, None, True),
    ("the price must be significantly lower", "qualitative", None, None, True),
    # comparator kinds
    (
        "opname als de prijs niet hoger is dan die van de standaardbehandeling",
        "comparator_net_price",
        None,
        None,
        False,
    ),
    ("opname mits kostenneutraal", "cost_neutral", None, None, False),
    ("admission only if cost-saving", "cost_saving", None, None, False),
    ("prijspariteit met de standaardbehandeling", "parity", None, None, False),
]


@pytest.mark.parametrize(("text", "kind", "low", "high", "substantially"), CASES)
def test_parse_table(text: str, kind: str, low: D | None, high: D | None, substantially: bool):
    t = parse_threshold(text)
    assert (t.kind, t.low, t.high, t.substantially) == (kind, low, high, substantially)
    assert t.source_text == text


@pytest.mark.parametrize(
    "text",
    [
        # other numbers in the sentence are ignored
        "Bij een referentiewaarde van 80.000 euro per QALY moet de vraagprijs in 2025 met "
        "ten minste 92% dalen voor de 120 patiënten.",
        "Na 3 eerdere behandellijnen (2024) moet de prijs met ten minste 92 procent omlaag.",
        "At a reference value of EUR 80,000 per QALY, after 3 prior lines, the price must be "
        "reduced by at least 92%.",
        # a percentage of patients is not the reduction
        "Bij 60% van de patiënten werkt het middel; de prijs moet met minimaal 92% dalen.",
    ],
)
def test_ignores_other_numbers(text: str) -> None:
    t = parse_threshold(text)
    assert (t.kind, t.low, t.high) == ("at_least", D(92), None)


def test_half_a_year_is_not_a_half() -> None:
    text = "Het middel verlengt het leven met een half jaar; de prijs moet met meer dan 68% dalen."
    t = parse_threshold(text)
    assert (t.kind, t.low) == ("more_than", D(68))


def test_tolerance_is_read() -> None:
    t = parse_threshold("De vraagprijs moet met ongeveer 35% dalen (marge 5 procentpunt).")
    assert (t.kind, t.low, t.tolerance_pp) == ("approximately", D(35), D(5))
    assert parse_threshold("ongeveer 35%").tolerance == D("2.5")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Het Zorginstituut adviseert opname in het basispakket.", "no_reduction"),
        ("80.000 euro per QALY in 2024 bij 3 eerdere lijnen", "no_reduction"),
        ("De uitgaven stijgen met 10%.", "no_reduction"),
        ("", "empty"),
        ("   ", "empty"),
        ("de prijs moet met 120% dalen", "out_of_range"),
    ],
)
def test_errors(text: str, code: str) -> None:
    with pytest.raises(ThresholdError) as info:
        parse_threshold(text)
    assert info.value.code == code
    assert info.value.message  # Dutch, one line
    assert "\n" not in info.value.message


ROUND_TRIPS = [
    Threshold("at_least", D(92)),
    Threshold("at_least", D("12.5"), substantially=True),
    Threshold("more_than", D(68), substantially=True),
    Threshold("more_than", D("0.01")),
    Threshold("approximately", D(35)),
    Threshold("approximately", D(35), substantially=True),
    Threshold("range", D(35), D(55)),
    Threshold("range", D("35.5"), D(100), substantially=True),
    Threshold("qualitative"),
    Threshold("qualitative", substantially=True),
    Threshold("comparator_net_price"),
    Threshold("cost_neutral"),
    Threshold("cost_saving"),
    Threshold("parity"),
]


@pytest.mark.parametrize("t", ROUND_TRIPS, ids=lambda t: format_threshold(t))
def test_format_round_trips(t: Threshold) -> None:
    back = parse_threshold(format_threshold(t))
    assert (back.kind, back.low, back.high, back.substantially) == (
        t.kind,
        t.low,
        t.high,
        t.substantially,
    )


def test_format_is_dutch() -> None:
    assert format_threshold(Threshold("more_than", D(68), substantially=True)) == (
        "De vraagprijs moet met fors meer dan 68% dalen."
    )
    assert format_threshold(Threshold("at_least", D("12.50"))) == (
        "De vraagprijs moet met ten minste 12,5% dalen."
    )
    t = Threshold("approximately", D(35), tolerance_pp=D(5))
    assert parse_threshold(format_threshold(t)).tolerance_pp == D(5)


def test_to_dict_contract() -> None:
    assert threshold_to_dict(parse_threshold(ENHERTU)) == {
        "kind": "more_than",
        "low": 68,
        "high": None,
        "substantially": True,
    }
    d = threshold_to_dict(parse_threshold(CARVYKTI))
    assert d == {"kind": "range", "low": 35, "high": 55, "substantially": False}
    assert isinstance(d["low"], int)
    d = threshold_to_dict(parse_threshold("een korting van 12,5%"))
    assert d["low"] == 12.5 and isinstance(d["low"], float)
    d = threshold_to_dict(parse_threshold("de prijs moet fors omlaag"))
    assert d == {"kind": "qualitative", "low": None, "high": None, "substantially": True}
    assert list(d) == ["kind", "low", "high", "substantially"]


def test_command_json_and_human() -> None:
    code, out = threshold_command(XENPOZYME, as_json=True)
    assert code == 0
    assert json.loads(out) == {"kind": "at_least", "low": 92, "high": None, "substantially": False}
    code, out = threshold_command(ENHERTU, as_json=False)
    assert code == 0
    assert out == "Vereist: prijsverlaging van fors meer dan 68%"
    code, out = threshold_command("Het Zorginstituut adviseert opname.", as_json=True)
    assert code == 1
    assert out == "Fout: Geen vereiste prijsverlaging gevonden in de tekst"
    assert "\n" not in out


def test_strictness_override() -> None:
    t = parse_threshold("minimaal 50 procent")
    assert not t.is_strict
    strict = t.with_strictness("more_than")
    assert strict.is_strict and strict.kind == "at_least" and strict.low == D(50)
    assert describe_threshold(strict) == "prijsverlaging van meer dan 50%"
    loose = parse_threshold("meer dan 50 procent").with_strictness("at_least")
    assert not loose.is_strict
    with pytest.raises(ValueError):
        t.with_strictness("roughly")  # type: ignore[arg-type]


def test_unknown_kind_rejected() -> None:
    with pytest.raises(ValueError):
        Threshold("at_most", D(5))

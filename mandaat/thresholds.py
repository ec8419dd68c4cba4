"""Read ZIN's required price reduction, as written, into a :class:`Threshold`.

The reader looks for **the requirement**, not for a number. It finds every mention of a
percentage in the text (a number with ``%``/``procent``/``percent``, a range, a number
written out — "zestig procent", "twee derde", "de helft"), and judges each one by its
words:

* a **requirement cue** ("ten minste", "minimaal", "adviseert", "acht … nodig", "vereist",
  "moet", "required", "should", "must", …) marks a mention as the requirement;
* a **distractor** marks it as something else: a supplier's offer, an insufficient
  discount, a growth rate, an ICER's excess over the reference value, a discount rate,
  a rate of patients, responses, risk or survival, a price cut already made, an upper
  bound on the discount;
* a price stated as **what remains** ("een prijs van hooguit 40% van de vraagprijs") is a
  reduction of 100 − 40.

When exactly one reading remains it is returned. When more than one remains, the reader
does not guess: :class:`ThresholdError` with code ``"ambiguous"`` carries the candidates.
When none remains, code ``"no_reduction"``. See ``docs/mandate.md`` for the rules.

Exactness: a percentage is a :class:`~decimal.Decimal`; a fraction that has no finite
decimal form ("een derde" = 100/3 %) is kept as a :class:`~fractions.Fraction`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

from mandaat.model import COMPARATOR_KINDS, Pct, Threshold

__all__ = [
    "Candidate",
    "ThresholdError",
    "describe_threshold",
    "format_threshold",
    "parse_threshold",
    "pct_text",
    "threshold_command",
    "threshold_to_dict",
]

_MESSAGES: dict[str, str] = {
    "no_reduction": "Geen vereiste prijsverlaging gevonden in de tekst",
    "empty": "De tekst is leeg",
    "out_of_range": "Een prijsverlaging van {value}% kan niet: kies een waarde van 0 tot 100",
    "ambiguous": (
        "De tekst is op meer dan één manier te lezen ({readings}); kies de bedoelde lezing"
    ),
}


@dataclass(frozen=True)
class Candidate:
    """One possible reading of the text: the threshold and the words it was read from."""

    threshold: Threshold
    text: str


class ThresholdError(ValueError):
    """The text holds no single usable requirement. ``code`` is a key of the messages;
    for ``"ambiguous"``, :attr:`candidates` lists the readings to choose from."""

    def __init__(self, code: str, candidates: tuple[Candidate, ...] = (), **params: str) -> None:
        self.code = code
        self.params = params
        self.candidates = candidates
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """A one-line Dutch message."""
        params = dict(self.params)
        if self.code == "ambiguous":
            params["readings"] = "; ".join(describe_threshold(c.threshold) for c in self.candidates)
        return _MESSAGES.get(self.code, self.code).format(**params)


# --------------------------------------------------------------------------- numbers

_NUM = r"\d+(?:[.,]\d+)?"
# "procent" but not "procentpunt"; "%" but not "%-punt"
_UNIT = (
    r"(?:%(?!\s*-?\s*punt)|(?<![a-z])procent\b(?!\s*punt)|(?<![a-z])percent\b(?!age\s+point)"
    r"|(?<![a-z])pct\b|\bper\s+cent\b(?!age\s+point)|(?<![a-z])pc\b)"
)

_NL_UNITS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5,
    "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
}  # fmt: skip
_NL_TEENS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "honderd": 100,
}  # fmt: skip
_NL_TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
    "zeventig": 70, "tachtig": 80, "negentig": 90,
}  # fmt: skip
_EN_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
_EN_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "hundred": 100,
    "one hundred": 100, "a hundred": 100,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip


def _alt(words: object) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))  # type: ignore[attr-defined]


_WORD_NUMBER = (
    rf"(?:(?:{_alt(_NL_UNITS)})(?:en|ën))?(?:{_alt(_NL_TENS)})"
    rf"|(?:{_alt(_EN_TENS)})(?:[\s-](?:{_alt(_EN_UNITS)}))?"
    rf"|{_alt(_NL_TEENS)}|{_alt(_EN_TEENS)}|{_alt(_NL_UNITS)}|{_alt(_EN_UNITS)}"
)


def _word_number_value(text: str) -> int:
    text = re.sub(r"\s+", " ", text.strip())
    for table in (_NL_TEENS, _EN_TEENS, _NL_TENS, _NL_UNITS, _EN_UNITS, _EN_TENS):
        if text in table:
            return table[text]
    m = re.fullmatch(rf"({_alt(_NL_UNITS)})(?:en|ën)({_alt(_NL_TENS)})", text)
    if m:
        return _NL_UNITS[m[1]] + _NL_TENS[m[2]]
    m = re.fullmatch(rf"({_alt(_EN_TENS)})[\s-]({_alt(_EN_UNITS)})", text)
    if m:
        return _EN_TENS[m[1]] + _EN_UNITS[m[2]]
    raise ValueError(text)  # pragma: no cover - the regex admits only these


# Nouns after which "een derde" / "a third" is an ordinal ("een derde behandellijn").
_ORDINAL_NOUN = (
    r"(?!\s*(?:\w+\s+)?(?:lijn|lijns|behandellijn|behandeling|jaar|kwartaal|fase|dosis"
    r"|ronde|keer|generatie|optie|middel|cyclus|kuur|partij|deel|line|year|dose|round"
    r"|time|generation|option|party|parties|cycle|phase|quarter|month|maand|week|dag|day)\b)"
)
#: Fractions written in words → percent (exact).
_FRACTIONS: tuple[tuple[str, Fraction], ...] = (
    (r"\bdrie\s*kwart\b|\bthree[\s-]quarters?\b|\bthree[\s-]fourths\b", Fraction(75)),
    (rf"\btwee\s*derden?\b{_ORDINAL_NOUN}|\btwo[\s-]thirds\b", Fraction(200, 3)),
    (rf"\b(?:een|één)\s+kwart\b{_ORDINAL_NOUN}|\b(?:a|one)[\s-]quarter\b{_ORDINAL_NOUN}",
     Fraction(25)),
    (rf"\b(?:een|één)\s+derde\b{_ORDINAL_NOUN}|\b(?:a|one)[\s-]third\b{_ORDINAL_NOUN}",
     Fraction(100, 3)),
    (rf"\b(?:een|één)\s+vijfde\b{_ORDINAL_NOUN}|\b(?:a|one)[\s-]fifth\b{_ORDINAL_NOUN}",
     Fraction(20)),
    (r"\btwee\s*vijfden?\b|\btwo[\s-]fifths\b", Fraction(40)),
    (r"\bdrie\s*vijfden?\b|\bthree[\s-]fifths\b", Fraction(60)),
    (r"\bvier\s*vijfden?\b|\bfour[\s-]fifths\b", Fraction(80)),
    (rf"\b(?:een|één)\s+tiende\b{_ORDINAL_NOUN}|\b(?:a|one)[\s-]tenth\b{_ORDINAL_NOUN}",
     Fraction(10)),
    (r"\bnegen\s*tienden?\b|\bnine[\s-]tenths\b", Fraction(90)),
    (r"\bde\s+helft\b|\b(?:a|one)[\s-]half\b|\bhalf\b(?!\s+(?:a|an|year|jaar|of\s+(?:the\s+)?patients|of\s+all))"
     r"|\b(?:ge)?halveerd\b|\bhalveren\b|\bhalvering\b|\bhalved\b|\bhalving\b",
     Fraction(50)),
)  # fmt: skip
_FRACTION_RE = re.compile("|".join(f"(?:{p})" for p, _ in _FRACTIONS))


def _fraction_value(text: str) -> Fraction:
    for pattern, value in _FRACTIONS:
        if re.fullmatch(f"(?:{pattern})", text):
            return value
    raise ValueError(text)  # pragma: no cover


# An atom: a number with a unit, a number word with a unit, a fraction word; or (only as
# the first end of a range) a bare number or number word.
_ATOM = (
    rf"(?P<{{n}}frac>{_FRACTION_RE.pattern})"
    rf"|(?P<{{n}}num>(?<![\d.,])\d+(?:[.,]\d+)?(?![.,]?\d))"
    rf"|(?P<{{n}}word>\b(?:{_WORD_NUMBER})\b)"
)
_BRACKET = r"(?:\s*\([^()]{0,80}\))?"
_RANGE_RE = re.compile(
    rf"(?P<between>\b(?:tussen|between)\s+(?:de\s+)?)?"
    rf"(?:{_ATOM.format(n='a')})\s*(?P<ua>{_UNIT})?{_BRACKET}\s*"
    rf"(?P<conn>tot\s+en\s+met|tot|à|á|a|-|to|through|until|en|and)\s*?"
    rf"(?:\s*(?:maximaal|hooguit|ten\s+hoogste|at\s+most|up\s+to)\s+)?"
    rf"\s*(?:{_ATOM.format(n='b')})\s*(?P<ub>{_UNIT})?"
)
#: "met een percentage van minimaal 60", "een percentage tussen 25 en 45": the unit first.
_PERCENTAGE_OF_RE = re.compile(
    r"\bpercentage\s+(?:van\s+|of\s+)?(?:(?:minimaal|ten\s+minste|minstens|at\s+least|meer\s+dan"
    r"|more\s+than|ongeveer|circa|about)\s+)?(?P<a>\d+(?:[.,]\d+)?)(?!\d|[.,]\d)(?!\s*(?:%|procent))"
    r"(?:\s+(?:en|tot|and|to)\s+(?P<b>\d+(?:[.,]\d+)?)(?!\d|[.,]\d))?"
)
_PERCENTAGE_BETWEEN_RE = re.compile(
    r"\bpercentage\s+(?:van\s+)?(?:tussen|between)\s+(?:de\s+)?(?P<a>\d+(?:[.,]\d+)?)\s+(?:en|and)\s+"
    r"(?P<b>\d+(?:[.,]\d+)?)(?!\d|[.,]\d)(?!\s*(?:%|procent))"
)
#: "33 1/3%": a whole number and a fraction.
_MIXED_RE = re.compile(rf"(?<![\d.,])(?P<w>\d+)\s+(?P<n>[1-9])\s*/\s*(?P<d>[2-9])\s*{_UNIT}")
#: "minimaal 45 en bij voorkeur 60 procent": the first number shares the unit.
_SHARED_UNIT_RE = re.compile(
    rf"(?<![\d.,])(?P<a>\d+(?:[.,]\d+)?)(?!\s*{_UNIT})\s+(?:en|of|and|or)\s+"
    rf"(?:[a-z]+\s+){{0,3}}?\d+(?:[.,]\d+)?\s*{_UNIT}"
)
#: "minimaal 35% en maximaal 55%", "at least 35%, and up to 55%": a range.
_RANGE_MINMAX_RE = re.compile(
    rf"(?:ten\s+minste|minimaal|minstens|at\s+least|no\s+less\s+than)\s+(?P<a>{_NUM})\s*"
    rf"{_UNIT}?\s*(?:\(\s*)?,?\s*(?:en|and|tot|to)\b[^;.]{{0,90}}?\b(?:maximaal|hooguit|ten\s+hoogste"
    rf"|at\s+most|up\s+to|no\s+more\s+than)\s+(?P<b>{_NUM})\s*{_UNIT}"
)
_SINGLE_RE = re.compile(
    rf"(?<![\d.,])(?P<num>\d+(?:[.,]\d+)?)\s*{_UNIT}"
    rf"|\b(?P<word>{_WORD_NUMBER})\s*{_UNIT}"
    rf"|(?P<frac>{_FRACTION_RE.pattern})"
)
_TOLERANCE_RE = re.compile(
    rf"(?:marge(?:\s+van)?|±|\+/-|plus\s+of\s+min|plus\s+or\s+minus|tolerance(?:\s+of)?)\s*"
    rf"(?P<n>{_NUM})\s*(?:procentpunten|procentpunt|percentage\s+points?|pp\b|%\s*-?\s*punten?)"
)


def _dec(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def _atom_value(m: re.Match[str], n: str) -> Pct:
    if m[f"{n}num"]:
        return Decimal(m[f"{n}num"].replace(",", "."))
    if m[f"{n}word"]:
        return Decimal(_word_number_value(m[f"{n}word"]))
    return _norm_pct(_fraction_value(m[f"{n}frac"]))


def _norm_pct(value: Fraction | Decimal) -> Pct:
    """A Fraction with a finite decimal form becomes a Decimal; others stay exact."""
    if isinstance(value, Decimal):
        return value
    d = value.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d == 1:
        return Decimal(value.numerator) / Decimal(value.denominator)
    return value


# --------------------------------------------------------------------------- words

_AT_LEAST = (
    r"ten\s+minste|tenminste|minimaal|minstens|zeker|op\s+zijn\s+minst|op\s+z'n\s+minst"
    r"|minimum\s+van|at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of"
    r"|minimum\s+of|minimally|niet\s+minder\s+dan|≥|>="
)
_MORE_THAN = (
    r"(?<!niet\s)(?<!not\s)(?<!no\s)(?<!geen\s)"
    r"(?:meer\s+dan|een\s+ruime|ruim|more\s+than|in\s+excess\s+of|upwards\s+of|over|above|boven\s+de"
    r"|(?:hoger|groter)\s+(?:zijn\s+|is\s+|worden\s+)?dan|greater\s+than|higher\s+than"
    r"|exceed(?:s|ing)?|>(?!=))"
)
_APPROX = (
    r"ongeveer|circa|ca\.?|zo'n|rond\s+de|rondom|omstreeks|ruwweg|pakweg|nagenoeg"
    r"|in\s+de\s+orde\s+van(?:\s+grootte\s+van)?|approximately|approx\.?|about|around"
    r"|roughly|some|in\s+the\s+order\s+of|of\s+the\s+order\s+of|naar\s+schatting"
    r"|bij\s+benadering|bijna|een\s+slordige|tegen\s+de|plusminus|plus\s+minus|±|~|nearly"
    r"|almost|an\s+estimated|estimated|om\s+en\s+nabij|≈|een\s+kleine|een\s+goede|just\s+under"
    r"|circa"
)
#: An upper bound: on a reduction it is no requirement; on a price it is what remains.
_UPPER = (
    r"hooguit|hoogstens|maximaal|ten\s+hoogste|niet\s+meer\s+dan|niet\s+hoger\s+dan|no\s+more\s+than"
    r"|not\s+more\s+than|at\s+most|not\s+exceed(?:ing)?|a\s+maximum\s+of|maximum\s+of"
    r"|up\s+to|tot\s+maximaal|maximum|no\s+higher\s+than|not\s+higher\s+than"
)
_UPPER_STRICT = (
    r"(?<!niet\s)(?<!not\s)(?<!no\s)(?:minder\s+dan|less\s+than|lower\s+than"
    r"|lager\s+(?:zijn\s+|is\s+|liggen\s+)?dan|below|onder\s+de|under|<(?!=))"
)
_QUALIFIER_RE = re.compile(
    rf"(?:(?P<upper>{_UPPER})|(?P<upper_strict>{_UPPER_STRICT})|(?P<at_least>{_AT_LEAST})"
    rf"|(?P<more_than>{_MORE_THAN})|(?P<approximately>{_APPROX}))"
    r"(?![a-zà-ÿ])"
)
_OR_MORE_RE = re.compile(
    r"^\s*(?:\([^()]{0,80}\)\s*)?(?:of\s+meer|of\s+hoger|or\s+more|or\s+higher|or\s+greater"
    r"|als\s+minimum|at\s+minimum|at\s+a\s+minimum)\b"
)
_REMAINS_TAIL_RE = re.compile(
    r"^\s*(?:\([^()]{0,80}\)\s*)?(?:van|of)\s+(?:de|het|the|its|zijn|haar|hun|their)?\s*"
    r"(?:huidige\s+|current\s+|oorspronkelijke\s+|original\s+|gevraagde\s+|geldende\s+)?"
    r"(?:vraagprijs|lijstprijs|catalogusprijs|prijs|list\s+price|asking\s+price|price"
    r"|listprice|niveau|prijsniveau|bedrag|level|amount|price\s+level)\b"
)
_PRICE_LEAD_RE = re.compile(
    r"(?:\bprijs|\bprice|bedragen|bedraagt|amount\s+to|set\s+at|vastgesteld\s+op|costs?"
    r"|kosten|\bbe\b|\bzijn\b|\bis\b)\W+(?:\w+\W+){0,3}$"
)
_REDUCTION_LEAD_RE = re.compile(
    r"(?:korting|verlaging|reductie|daling|discount|reduction|\bcut\b|decrease|dalen|daalt"
    r"|verlaagd|verlagen|lowered|reduced|reduce|omlaag|lower(?:ed)?\s+by|fall|drop)"
    r"\W+(?:\w+\W+){0,3}$"
)

#: Marks a requirement when it is in the same clause as the percentage.
_CUE_RE = re.compile(
    r"\b(?:ten\s+minste|tenminste|minimaal|minstens|zeker|adviseer\w*|advisee\w*|advies"
    r"|adviseren|acht\w*|nodig|noodzakelijk|vereis\w*|verplicht|moet|moeten|dient|dienen"
    r"|pas\s+(?:bij|vanaf|als|wanneer|met)|required?|requires|requiring|should|must"
    r"|needs?\s+to|needed|necessary|recommend\w*|advise[sd]?|has\s+to|have\s+to"
    r"|only\s+(?:at|from|if|with|when)|at\s+least|no\s+less\s+than|minimum|benodigd\w*"
    r"|gaat\s+uit\s+van|eis|eist|eisen|requirement|would\s+have\s+to|will\s+have\s+to"
    r"|volstaat|volstaan|suffices?|sufficient|voldoende|mits|provided\s+that|op\s+voorwaarde"
    r"|alleen\s+(?:bij|als|indien|wanneer|met)|tenzij|unless)\b"
)
_NEGATED_CUE_RE = re.compile(
    r"\b(?:niet|geen)\b[^.;]{0,40}?\b(?:nodig|noodzakelijk|vereist|verplicht)\b"
    r"|\bhoeft\b[^.;]{0,30}?\bniet\b|\bniet\s+hoeven\b"
    r"|\b(?:not|no|never)\b[^.;]{0,40}?\b(?:required|needed|necessary)\b"
    r"|\bneed\s+not\b|\bdoes\s+not\s+need\b|\bdo\s+not\s+need\b|\bno\s+need\b"
    r"|\b(?:geen|no|geen\s+sprake\s+van\s+(?:een\s+)?)\s*(?:\w+\s+)?"
    r"(?:prijsverlaging|prijsdaling|korting|price\s+reduction|reduction|discount|price\s+cut"
    r"|noodzaak|need)\b"
    r"|\b(?:zonder|without)\s+(?:\w+\s+)?(?:prijsverlaging|prijsdaling|korting|price\s+reduction"
    r"|reduction|discount|price\s+cut)\b(?![^.;]{0,40}\d)"
)

#: Words that make a percentage something other than the requirement (checked near it).
_DISTRACTORS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "offer",
        re.compile(
            r"\b(?:bod|bood|boden|biedt|bieden|geboden|aangeboden|aanbod|aanbiedt|aanbood"
            r"|voorstel|voorgesteld\w*|stelde\w*\s+voor|stelt\s+voor|offer\w*|proposed?"
            r"|proposal|proposes|bid|bids|tegenbod|counter-?offer|toegezegd|promised|argued"
            r"|argues|pleit\w*|voorstander|asked\s+for|requested|verzocht|vroeg\s+om|wilde"
            r"|wanted|claimed|claimde|stelt\s+voor)\b"
        ),
    ),
    (
        "insufficient",
        re.compile(
            r"\b(?:onvoldoende|ontoereikend\w*|niet\s+(?:voldoende|genoeg|toereikend)"
            r"|te\s+(?:weinig|beperkt|laag|klein|duur)|too\s+(?:small|little|low|expensive|limited)"
            r"|insufficient|not\s+(?:enough|sufficient)|falls?\s+short|schiet\w*\s+tekort"
            r"|niet\s+kosteneffectief|not\s+cost[- ]effective|geen\s+kosteneffectie\w*"
            r"|blijft\s+\w+\s+te|remains?\s+too|still\s+too|nog\s+(?:steeds\s+)?te"
            r"|volstaat\s+niet|niet\s+volstaat|volstaan\s+niet|voldoet\s+niet|not\s+suffice"
            r"|does\s+not\s+suffice|would\s+not\s+suffice|is\s+not\s+(?:sufficient|enough)"
            r"|not\s+be\s+(?:sufficient|enough)|niet\s+(?:zou\s+)?volstaan|zou\s+niet\s+volstaan"
            r"|not\s+(?:\S+\s+){0,8}?(?:sufficient|enough)|niet\s+(?:\S+\s+){0,4}?(?:voldoende|genoeg))\b"
        ),
    ),
    (
        "already",
        re.compile(
            r"\b(?:reeds|already|previously|eerder|inmiddels|huidige\s+korting|bestaande"
            r"|existing|current\s+discount|al\s+(?:met|een)|vorig\w*|last\s+year|vorig\s+jaar)\b"
        ),
    ),
    (
        "growth",
        re.compile(
            r"\b(?:groei\w*|stijg\w*|gestegen|toename|toeneemt|neemt\s+\w*\s*toe|toenemen"
            r"|groeien|growth|grow\w*|increase\w*|rise|rises|rising|risen|inflatie|inflation"
            r"|indexatie|indexation|volumegroei|uptake|omhoog|verhoog\w*|verhogen|verhoging"
            r"|duurder|more\s+expensive|raised?|raises)\b"
        ),
    ),
    (
        "icer",
        re.compile(
            r"\b(?:icer|referentiewaarde\w*|reference\s+value|drempelwaarde|per\s+qaly"
            r"|kosten\s+per\s+qaly|kosteneffectiviteitsratio|willingness\s+to\s+pay)\b"
            r"[^;]{0,60}\b(?:boven|hoger|above|exceed\w*|overschrijd\w*|over|higher|ligt)\b"
            r"|\b(?:boven|hoger\s+dan|above|exceed\w*|overschrijd\w*|higher\s+than)\b"
            r"[^;]{0,40}\b(?:referentiewaarde\w*|reference\s+value|drempelwaarde|threshold)\b"
        ),
    ),
    (
        "other_rate",
        re.compile(
            r"\b(?:patiënt\w*|patient\w*|gevallen|cases|mensen|people|deelnemers|participants"
            r"|respons\w*|respond\w*|overleving\w*|survival|overlijden|death|mortalit\w*"
            r"|sterfte|risico\w*|risk\w*|hazard|kans|probability|marktaandeel|market\s+share"
            r"|btw|vat|rente|interest|disconte\w*|discount(?:ing|ed)?\s+(?:rate|at)"
            r"|discontovoet|effectiviteit|efficacy|bijwerking\w*|side\s+effects?|adverse"
            r"|ziektelast|burden|quality\s+of\s+life|kwaliteit\s+van\s+leven|symptom\w*"
            r"|progressie\w*|progression|remissie|remission|uitval|dropout|kosten\s+van\s+de"
            r"|budget(?:impact)?\s+(?:stijgt|groeit)|zorgkosten\s+stijgen|kosten\s+stijgen)\b"
        ),
    ),
    (
        "upper_bound",
        re.compile(rf"(?:{_UPPER})\s*$"),
    ),
)
_DISTRACTOR_BY_NAME = dict(_DISTRACTORS)
#: "bij een referentiewaarde van € 80.000 per QALY": a setting, not an analysis.
_REFERENCE_PHRASE_RE = re.compile(
    r"\b(?:bij|at|met|with|given)\s+(?:een\s+|a\s+|the\s+|de\s+)?(?:referentiewaarde|reference"
    r"\s+value)\s+(?:van\s+|of\s+)?[^,;]{0,30}?(?:per\s+qaly|/\s*qaly)"
)
#: Words that make an *uncued* percentage doubtful (a sentence about analysis or a party).
_SOFT_RE = re.compile(
    r"\b(?:icer|qaly|referentiewaarde|kosteneffectiv\w*|kosteneffectie\w*|cost[- ]effective\w*"
    r"|reference\s+value|fabrikant|leverancier|firma|supplier|manufacturer|company|bedrijf"
    r"|zou|would|could|kan|kunnen|might|scenario\w*|bij\s+een|at\s+a|als|if|indien)\b"
)

_REDUCTION_RE = re.compile(
    r"dalen|daalt|daling|omlaag|naar\s+beneden|verlag|verlaagd|lager|goedkoper|korting"
    r"|reductie|prijsverlaging|prijsdaling|reduc|lower|decrease|discount|cheaper|\bcut\b"
    r"|halver|gehalveerd|halved|\bfall\b|\bdrop\b"
)
_SUBSTANTIALLY_WORD = (
    r"fors|forse|sterk|sterke|drastisch|drastische|substantially|substantial|significantly"
    r"|significant|aanzienlijk|aanzienlijke|flink|flinke|considerably|considerable|sharply"
    r"|steeply|markedly|fiks|fikse|stevig|stevige|substantieel|substantiële|substantiele"
    r"|veel(?=\s+meer\s+dan)|much(?=\s+more\s+than)|far(?=\s+more\s+than)"
)
_SUBSTANTIALLY_RE = re.compile(rf"\b(?:{_SUBSTANTIALLY_WORD})\b")
_PRICE_REDUCTION_WORD_RE = re.compile(
    r"\b(?:prijsverlaging\w*|prijsdaling\w*|korting\w*|dalen|daalt|daling|omlaag"
    r"|verlaagd\w*|verlagen|verlaging|lager\w*|goedkoper|reductie|discount\w*|reduc\w*"
    r"|lower\w*|decrease\w*|cut\w*|cheaper|fall|drop|price|down|come\s+down)\b"
)
_NON_PRICE_SUBJECT_RE = re.compile(
    r"\b(?:kwaliteit\s+van\s+leven|quality\s+of\s+life|levensverwachting|life\s+expectancy"
    r"|symptom\w*|risico\w*|risk\w*|ziektelast|overleving|survival|functie|function"
    r"|patiënt\w*|patient\w*|ziekte|disease|mortalit\w*|sterfte|gezondheid|health|icer|qaly"
    r"|budget\w*|uitgaven|spending)\b"
)

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
            r"(?:niet\s+hoger|niet\s+duurder|niet\s+meer\s+kosten)\b.{0,60}?\b(?:standaardbehandeling"
            r"|standaardzorg|vergelijk\w*|comparator|huidige\s+behandeling|apotheekbereiding"
            r"|behandeling)"
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

# Clause boundaries: end of sentence, semicolon, colon, and contrasting conjunctions.
_CLAUSE_RE = re.compile(
    r"(?<!\d)[.!?](?!\d)|;|:(?!\d)|\s(?:maar|echter|terwijl|doch|daarentegen|but|however"
    r"|whereas|while|although|hoewel|ofschoon)\b"
)
_SEGMENT_RE = re.compile(r",(?!\d)|\s(?:en|and|dus|so)\s|\s[-–—]\s|\(|\)")
_QUALIFIER_WINDOW = 45


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class _Mention:
    start: int  # where its words start (the qualifier, if any)
    atom_start: int
    end: int
    kind: str
    low: Pct
    high: Pct | None
    status: str  # "clean" (cued), "plain" (no cue, no doubt), "contested", "excluded"
    remains: bool = False


def _normalise(text: str) -> str:
    """Lower case, one kind of space, dash and apostrophe; *same length* as ``text`` so
    that positions found in it point into the original."""
    out = []
    for ch in text:
        low = ch.lower()
        if len(low) != 1:
            low = ch
        if low in "\u00a0\u2009\u202f\u2007\t\n\r\f\v":
            low = " "
        elif low in "\u2010\u2011\u2012\u2013\u2014\u2212":
            low = "-"
        elif low in "\u2019\u2018\u00b4`":
            low = "'"
        out.append(low)
    return "".join(out)


_ABBREVIATIONS = frozenset(
    {
        "ca",
        "circa",
        "approx",
        "bijv",
        "bv",
        "o.a",
        "a.o",
        "e.g",
        "i.e",
        "vs",
        "resp",
        "nr",
        "no",
        "art",
        "jl",
        "ev",
        "incl",
        "excl",
        "max",
        "min",
        "mln",
        "mld",
        "drs",
        "dr",
        "mr",
        "prof",
        "st",
        "stcrt",
        "etc",
        "zgn",
        "m.b.t",
        "t.o.v",
        "i.v.m",
    }
)


def _cut(text: str, m: re.Match[str]) -> bool:
    """Whether a clause ends at ``m``: a full stop ends one only when a space or the end
    follows it and it does not close an abbreviation ("ca.", "bijv.")."""
    if m.group() != ".":
        return True
    if m.end() < len(text) and not text[m.end()].isspace():
        return False
    word = re.search(r"([\w.]+)$", text[: m.start()])
    return word is None or word.group(1) not in _ABBREVIATIONS


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.start() for m in regex.finditer(text) if _cut(text, m)] + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False)]


def _around(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in spans:
        if a <= pos < b:
            return a, b
    return spans[-1]


_OTHER_RATE_AFTER_RE = re.compile(
    r"^\s*(?:\([^()]{0,80}\)\s*)?(?:van|of)\s+(?:de\s+|het\s+|the\s+|alle\s+|all\s+)?"
    r"(?:\w+\s+){0,2}?(?:patiënt\w*|patient\w*|gevallen|cases|mensen|people|deelnemers"
    r"|participants|behandelde\w*|respond\w*|subjects|vrouwen|mannen|women|men|kinderen|children)"
)


_RATE_BEFORE_RE = re.compile(
    r"\b(?:respons\w*|response\w*|overleving\w*|survival|risico\w*|risk\w*|kans|probability"
    r"|marktaandeel|market\s+share|btw|vat|rente|interest|disconte\w*|discontovoet"
    r"|discount(?:ing|ed)?\s+(?:rate|at)|effectiviteit|efficacy|mortalit\w*|sterfte"
    r"|bijwerking\w*|side\s+effects?|remissie|remission|uitval|dropout|hazard)\b"
)


def _rate_word(before: str) -> bool:
    """A rate word just before the figure ("respons van 45%"), with no price between."""
    found = list(_RATE_BEFORE_RE.finditer(before[-24:]))
    if not found:
        return False
    return _PRICE_WORD_RE.search(before[-24:][found[-1].end() :]) is None


def _distractor(text: str) -> str | None:
    """The first kind of distractor in ``text`` (a rate of something else is found only
    right beside the percentage, see :func:`_read`)."""
    for name, regex in _DISTRACTORS:
        if name in ("upper_bound", "other_rate"):
            continue
        if regex.search(text):
            return name
    return None


_Atom = tuple[int, int, Pct, Pct | None]


def _find_atoms(norm: str) -> list[_Atom]:
    """(start, end, low, high) of every percentage or range, left to right."""
    found: list[tuple[int, int, Pct, Pct | None]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _RANGE_MINMAX_RE.finditer(norm):
        a: Pct = _dec(m["a"])
        b: Pct = _dec(m["b"])
        if a < b:
            found.append((m.start(), m.end(), a, b))
            taken.append((m.start(), m.end()))
    for m in _RANGE_RE.finditer(norm):
        if not free(m.start(), m.end()):
            continue
        conn = m["conn"]
        if conn in ("en", "and") and not m["between"]:
            continue
        has_unit = bool(m["ua"] or m["ub"])
        words = bool(m["afrac"] and m["bfrac"])
        if not (has_unit or words):
            continue
        if bool(m["afrac"]) != bool(m["bfrac"]):
            continue
        if m["bnum"] is not None and not m["ub"] and not m["bfrac"]:
            continue  # "35% tot 2025": the second end is no percentage
        if conn in ("a", "-") and m["bword"]:
            continue
        if bool(m["aword"]) != bool(m["bword"]):
            continue  # "van 10% in jaar één tot 40%": a number word and a figure
        ends: list[Pct] = sorted((_atom_value(m, "a"), _atom_value(m, "b")))
        found.append((m.start(), m.end(), ends[0], ends[1] if ends[1] > ends[0] else None))
        taken.append((m.start(), m.end()))
    for m in _TOLERANCE_RE.finditer(norm):
        taken.append((m.start(), m.end()))
    for m in _PERCENTAGE_BETWEEN_RE.finditer(norm):
        if free(m.start("a"), m.end("b")):
            lo, hi = sorted((_dec(m["a"]), _dec(m["b"])))
            if lo < hi:
                found.append((m.start("a"), m.end("b"), lo, hi))
                taken.append((m.start("a"), m.end("b")))
    for m in _PERCENTAGE_OF_RE.finditer(norm):
        if m["b"] is None and free(m.start("a"), m.end("a")):
            found.append((m.start("a"), m.end("a"), _dec(m["a"]), None))
            taken.append((m.start("a"), m.end("a")))
    for m in _MIXED_RE.finditer(norm):
        if free(m.start(), m.end()):
            mixed = _norm_pct(Fraction(int(m["w"])) + Fraction(int(m["n"]), int(m["d"])))
            found.append((m.start(), m.end(), mixed, None))
            taken.append((m.start(), m.end()))
    for m in _SHARED_UNIT_RE.finditer(norm):
        if free(m.start("a"), m.end("a")):
            found.append((m.start("a"), m.end("a"), _dec(m["a"]), None))
            taken.append((m.start("a"), m.end("a")))
    for m in _SINGLE_RE.finditer(norm):
        if not free(m.start(), m.end()):
            continue
        if m["num"]:
            value: Pct = Decimal(m["num"].replace(",", "."))
        elif m["word"]:
            value = Decimal(_word_number_value(m["word"]))
        else:
            value = _norm_pct(_fraction_value(m["frac"]))
        found.append((m.start(), m.end(), value, None))
        taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f[0])


def _complement(value: Pct) -> Pct:
    return _norm_pct(Fraction(100) - Fraction(value))


_TO_LEAD_RE = re.compile(
    r"\b(?:tot|naar|to|down\s+to|terug\s+naar)\s+(?:(?:hoogstens|hooguit|maximaal|ten\s+hoogste"
    r"|ongeveer|circa|rond\s+de|around|about|approximately|at\s+most|no\s+more\s+than"
    r"|roughly|less\s+than|minder\s+dan)\s+)?$"
)
_PRICE_WORD_RE = re.compile(r"prijs|price|korting|discount|tarief|pricing|vergoeding|rebate")
#: A fall or rise that has happened or was observed: no requirement.
_HAPPENED_RE = re.compile(
    r"\b(?:is|zijn|was|waren|werd|werden|has|have|had|were|has\s+been|have\s+been)\s+"
    r"(?:(?!moet|moeten|must|should|dient|dienen|needs?|has|have|be\b|worden\b|to\b)\S+\s+){0,7}?"
    r"(?:gedaald|afgenomen|verminderd|verlaagd|gezakt|decreased|reduced|declined"
    r"|dropped|fallen|lowered|cut|gestegen|increased)\b"
    r"|(?<!be\s)(?<!been\s)\b(?:daalde|daalden|zakte|zakten|decreased|declined|fell|dropped"
    r"|lowered)\b|\b(?:nam|namen)\s+(?:\S+\s+){0,4}?af\b|\bwas\s+observed\b"
    r"|\bwerd\s+(?:\w+\s+){0,4}?(?:waargenomen|gezien|gemeten)\b"
)
#: Something reported, asked, agreed elsewhere or superseded: no requirement of this advice.
_REPORTED_RE = re.compile(
    r"\b(?:bedongen|overeengekomen|afgesproken|opgelegd|gerealiseerd|behaald"
    r"|gemeld|meldde|agreed|negotiated|obtained|achieved|imposed|reported|waarom|why"
    r"|vroeg\s+of|vroegen\s+of|asked\s+(?:whether|if)|haalbaar|feasible|whether"
    r"|in\s+(?:duitsland|belgië|belgie|frankrijk|engeland|het\s+verenigd\s+koninkrijk"
    r"|germany|belgium|france|england|the\s+uk|scotland|schotland|denemarken|denmark)"
    r"|(?:eerdere|oude|previous|earlier|former|prior)(?!\s+(?:\w+\s+)?(?:behandel\w*|lijn\w*"
    r"|therap\w*|lines?|treatments?|studie\w*|stud(?:y|ies)|onderzoek\w*|trials?))"
    r"|vervallen|superseded|destijds|toenmalige|toentertijd|at\s+the\s+time|gold|golden"
    r"|bij\s+voorkeur|preferably|liefst|wenselijk\w*|desirable|ideally|streef\w*|loopt\s+op"
    r"|oplopen\w*|(?:onderzoek\w*|beoordel\w*|gevraagd|vraagt|vroeg|vragen|nagaan|bekijk\w*"
    r"|weet\s+niet|examin\w*|investigat\w*|assess\w*|consider\w*\s+whether)\s+(?:\S+\s+){0,8}?"
    r"(?:of|whether|if)"
    r"|wet\s+geneesmiddelenprijzen|wgp|los\s+van\s+het\s+advies|extra|additional"
    r"|aanvullend\w*|bovenop|on\s+top\s+of|nog\s+eens|nogmaals|a\s+further|another)\b"
)
#: A statement of fact: with no cue, the figure in it describes, it does not require.
_STATEMENT_RE = re.compile(
    r"\b(?:bedraagt|bedragen|bedroeg|bedroegen|ligt|liggen|lag|lagen|lopen|loopt|ontvangen"
    r"|ontvangt|krijgen|krijgt|kreeg|geldt|gelden|gold|hebben|heeft|had|varieert|variëren"
    r"|uiteen|available|priced|receive[sd]?|get|gets|range[sd]?|ranging|vary|varies"
    r"|amounts?\s+to|stands?\s+at|are|were|is|was|zijn|waren)\b"
)
#: Outcomes other than the price, for a percentage that has no cue of its own.
_OUTCOME_RE = re.compile(
    r"\b(?:aantal|number\s+of|opnames?|ziekenhuisopnames?|admissions?|aanvallen|attacks"
    r"|exacerbaties|exacerbations|recidief|relapse|events|uitgaven|spending|expenditure"
    r"|ziekteprogressie|progressie|progression|tumou?r\w*|pijn|pain|symptom\w*|mortalit\w*"
    r"|sterfte|overlijden|death|risico\w*|risk\w*|ziektelast|budget\w*|volume\w*|wachttijd\w*"
    r"|waiting|hba1c|bloeddruk|blood\s+pressure|cholesterol|gewicht|weight|omvang|size"
    r"|dosering|dosis|dose|doses|ligduur|opnameduur|length\s+of\s+stay|verbruik|consumption"
    r"|gebruik|use|usage|co2|uitstoot|emissions?|personeel|staff|fte|ziekteverzuim|verzuim"
    r"|absenteeism|sick\s+leave)\b"
)
_COMPARISON_AFTER_RE = re.compile(
    r"^\s*(?:goedkoper|duurder|cheaper|more\s+expensive|less|minder|meer|lager|hoger|lower"
    r"|higher)\b"
)
#: "9 2%": a number right before the percentage's own number — garbled, never guessed.
_GARBLED_BEFORE_RE = re.compile(r"(?<![\d.,/])\d+\s+$")
#: Words anywhere in the text that make every reading doubtful: the text says it has no
#: figure, or compares with another drug's advice.
_DOUBT_RE = re.compile(
    r"\b(?:niet\s+vergelijkbaar|not\s+comparable|nog\s+geen\s+(?:advies|percentage|getal)"
    r"|geen\s+(?:percentage|getal)|noemt\s+geen|no\s+(?:figure|percentage)|in\s+tegenstelling"
    r"|unlike|in\s+het\s+midden|onduidelijk|unclear|nog\s+niet\s+bekend|not\s+yet\s+known"
    r"|not\s+yet\s+(?:issued|published)|nog\s+niet\s+uitgebracht|no\s+advice|onzeker|uncertain"
    r"|het\s+is\s+de\s+vraag|de\s+vraag\s+is|mogelijk|possibly|perhaps|maybe|misschien|wellicht"
    r"|nog\s+niet\s+(?:vastgesteld|bepaald|bekend)|not\s+yet\s+(?:established|determined|known)"
    r"|(?:wordt|worden)\s+(?:nog\s+)?onderzocht|is\s+being\s+(?:investigated|assessed|examined)"
    r"|niet\s+langer|no\s+longer|denkt|dacht|meent|meende|thinks|believes|believed|expects"
    r"|tot\s+(?:en\s+met\s+)?(?:19|20)\d\d|until\s+(?:19|20)\d\d)\b"
    r"|^\s*(?:of|whether)\s"
)
_REDUCTION_NOUN_RE = re.compile(r"\b(?:reductie|reduction|prijsreductie|verlaging|rebate)\b")
_CONDITIONAL_RE = re.compile(
    r"\b(?:if|als|indien|wanneer|mits|tenzij|when|unless|zodra|once|provided|only)\b"
)
#: "bij een ziektelast van 0,8": a condition on the figure, not its subject.
_CONDITION_PHRASE_RE = re.compile(
    r"\b(?:bij|at|for|voor|with|in)\s+(?:een\s+|a\s+|de\s+|the\s+|alle\s+|all\s+)?\w+"
)
_CURRENCY_RE = re.compile(r"€|\beur\b|\beuro\b|\beuros\b")
_ALL_DISTRACTORS: tuple[tuple[str, re.Pattern[str]], ...] = (
    *(d for d in _DISTRACTORS if d[0] not in ("upper_bound", "other_rate")),
    ("happened", _HAPPENED_RE),
    ("reported", _REPORTED_RE),
)


def _attribute(norm: str, clauses: list[tuple[int, int]], atoms: list[_Atom]) -> list[set[str]]:
    """Every distractor word, attributed to one percentage of its clause: the one in the
    same part of the clause (between commas, dashes, brackets); for a word in an aside
    without a percentage, the next percentage after it, else the nearest before it."""
    flagged: list[set[str]] = [set() for _ in atoms]
    for c_start, c_end in clauses:
        inside = [i for i, a in enumerate(atoms) if c_start <= a[0] < c_end]
        if not inside:
            continue
        clause = norm[c_start:c_end]
        segments = [(c_start + a, c_start + b) for a, b in _spans(_SEGMENT_RE, clause)]
        conditional = _CONDITIONAL_RE.search(clause) is not None
        for name, regex in _ALL_DISTRACTORS:
            if name == "happened" and conditional:
                continue  # "only if the price is reduced by 30%": a condition, not a fact
            for m in regex.finditer(clause):
                w_start, w_end = c_start + m.start(), c_start + m.end()
                seg = _around(segments, w_start)
                same = [i for i in inside if seg[0] <= atoms[i][0] < seg[1]]
                if same:
                    target = min(same, key=lambda i: _gap(atoms[i], w_start, w_end))
                else:
                    after = [i for i in inside if atoms[i][0] >= w_end]
                    pool = after or inside
                    target = min(pool, key=lambda i: _gap(atoms[i], w_start, w_end))
                flagged[target].add(name)
    return flagged


def _gap(atom: _Atom, w_start: int, w_end: int) -> int:
    return max(atom[0] - w_end, w_start - atom[1], 0)


def _read(norm: str) -> list[_Mention]:
    clauses = _spans(_CLAUSE_RE, norm)
    atoms = _find_atoms(norm)
    flagged = _attribute(norm, clauses, atoms)
    mentions: list[_Mention] = []
    prev_end = 0
    for index, (start, end, low, high) in enumerate(atoms):
        c_start, c_end = _around(clauses, start)
        clause = norm[c_start:c_end]
        segments = _spans(_SEGMENT_RE, norm[c_start:c_end])
        s_start, s_end = _around(segments, start - c_start)
        seg_start, seg_end = c_start + s_start, c_start + s_end
        segments_abs = [(c_start + a, c_start + b) for a, b in segments]
        segment = norm[seg_start:seg_end]
        # the qualifier: the last one in the words just before the percentage
        w_start = max(prev_end, c_start, start - _QUALIFIER_WINDOW)
        window = norm[w_start:start]
        qual: re.Match[str] | None = None
        for m in _QUALIFIER_RE.finditer(window):
            if re.fullmatch(r"[\s(),]*(?:\w+\s+){0,2}", window[m.end() :]):
                qual = m
        kind_word = qual.lastgroup if qual is not None else None
        tail = norm[end:c_end]
        remains = _REMAINS_TAIL_RE.match(tail) is not None and high is None
        lead = norm[max(c_start, start - 60) : start]
        m_start = w_start + qual.start() if qual is not None else start
        before = norm[max(c_start, start - 32) : start]
        seg_cue = kind_word == "at_least" or (_CUE_RE.search(segment) is not None)
        # a distractor attributed to this percentage counts when it lies in the mention's own
        # part of the clause, or (when that part carries no cue of its own) close by
        lo = seg_start if seg_cue else max(c_start, start - 60)
        hi = seg_end if seg_cue else min(c_end, end + 60)
        reach = norm[lo:hi]
        dis: str | None = None
        for name, regex in _ALL_DISTRACTORS:
            # what is superseded, agreed elsewhere or reported counts in the whole clause
            where = clause if name == "reported" else reach
            if name in flagged[index] and regex.search(where):
                dis = name
                break
        if dis is None and not seg_cue and _CUE_RE.search(clause) is None:
            # with no cue at all, any doubt in the clause counts
            dis = next((n for n, rx in _ALL_DISTRACTORS if rx.search(clause)), None)
        if _OTHER_RATE_AFTER_RE.match(tail) or _rate_word(before):
            dis = dis or "other_rate"
        if not seg_cue and (
            _OUTCOME_RE.search(_CONDITION_PHRASE_RE.sub(" ", segment))
            or _COMPARISON_AFTER_RE.match(tail)
        ):
            dis = dis or "other_rate"
        if _NEGATED_CUE_RE.search(clause):
            dis = "negated"
        cue = _CUE_RE.search(clause) is not None
        strong = kind_word == "at_least"
        readings: list[tuple[str, Pct, Pct | None, bool]] = []
        if remains:
            to_price = _TO_LEAD_RE.search(lead) is not None
            by_price = (
                to_price
                or kind_word in ("upper", "upper_strict")
                or (
                    _PRICE_LEAD_RE.search(lead) is not None
                    and _REDUCTION_LEAD_RE.search(lead) is None
                )
            )
            by_reduction = (
                not to_price
                and kind_word not in ("upper", "upper_strict")
                and _REDUCTION_LEAD_RE.search(lead) is not None
            )
            kind = {"upper_strict": "more_than", "approximately": "approximately"}.get(
                kind_word or "", "at_least"
            )
            if by_price and not by_reduction:
                readings.append((kind, _complement(low), None, True))
                dis = dis if dis not in ("other_rate", "happened") else None
            elif by_reduction and not by_price:
                readings.append(("at_least" if kind_word is None else kind_word, low, None, False))
            else:  # cannot tell a price from a reduction: offer both
                readings.append((kind, _complement(low), None, True))
                readings.append(("at_least", low, None, False))
            strong = strong or by_price
        elif high is not None:
            readings.append(("range", low, high, False))
        elif kind_word in ("upper", "upper_strict"):
            dis = dis or "upper_bound"
            readings.append(("at_least", low, None, False))
        else:
            if kind_word is None and _OR_MORE_RE.match(tail):
                kind_word = "at_least"
            readings.append((kind_word or "at_least", low, None, False))
        if low == 0 and high is None and not remains and kind_word is None:
            dis = "zero"
        bare = len(re.findall(r"\w+", clause)) <= 5
        # the part of the clause the figure belongs to; a figure in brackets belongs to the
        # words before them as well ("de uitgaven moeten … (circa 20%) omlaag")
        host = segment
        if seg_start > c_start and norm[seg_start : seg_start + 1] == "(":
            host = norm[_around(segments_abs, seg_start - 1)[0] : seg_end]
        # the percentage must be about the price: a price word in its clause, or in the
        # sentence while its clause names no other outcome (risk, volume, spending, …)
        priced = bool(
            bare
            or _PRICE_WORD_RE.search(clause)
            or (
                (
                    _PRICE_WORD_RE.search(norm)
                    or _REDUCTION_NOUN_RE.search(norm)
                    or _REDUCTION_RE.search(clause)
                )
                and not _OUTCOME_RE.search(_CONDITION_PHRASE_RE.sub(" ", host))
            )
        )
        if not priced or (
            not (cue or strong or bare)
            and not (_PRICE_WORD_RE.search(norm) or _REDUCTION_NOUN_RE.search(norm))
        ):
            dis = dis or "not_price"  # an uncued figure needs the price named somewhere
        if norm[c_end : c_end + 1] == "?":
            dis = "question"
        if not (cue or strong) and _STATEMENT_RE.search(clause):
            dis = dis or "statement"
        if _GARBLED_BEFORE_RE.search(norm[max(0, start - 8) : start]):
            dis = "garbled"
        status = _status(dis, strong, cue, clause, bare)
        if len(readings) > 1 and status in ("clean", "plain"):
            status = "contested"
        for kind, r_low, r_high, rem in readings:
            mentions.append(_Mention(m_start, start, end, kind, r_low, r_high, status, rem))
        prev_end = end
    return mentions


def _status(dis: str | None, strong: bool, cue: bool, clause: str, bare: bool) -> str:
    """How far a percentage is the requirement: "clean" (cued, nothing against it), "plain"
    (no cue, nothing against it), "contested" (for and against), "excluded"."""
    if dis in ("negated", "zero", "upper_bound", "not_price", "question"):
        return "excluded"
    if dis == "garbled":
        return "contested"
    if dis is not None:
        if (
            dis in ("other_rate", "growth", "icer", "happened", "reported", "statement")
            and not strong
        ):
            return "excluded"
        return "contested" if (strong or cue) else "excluded"
    if cue or strong:
        return "clean"
    if not (_PRICE_WORD_RE.search(clause) or _REDUCTION_RE.search(clause) or bare):
        return "excluded"
    if _SOFT_RE.search(_REFERENCE_PHRASE_RE.sub(" ", clause)):
        return "soft"  # nothing against it, but said in a setting that makes it doubtful
    return "plain"


def _substantially(norm: str, mentions: list[_Mention]) -> bool:
    """True when a word such as "fors" qualifies the reduction itself."""
    clauses = _spans(_CLAUSE_RE, norm)
    excluded = [(m.start, m.end) for m in mentions if m.status == "excluded"]
    for m in _SUBSTANTIALLY_RE.finditer(norm):
        c_start, c_end = _around(clauses, m.start())
        clause = norm[c_start:c_end]
        if _NEGATED_CUE_RE.search(clause):
            continue
        after = norm[m.end() : m.end() + 30]
        before = norm[max(c_start, m.start() - 30) : m.start()]
        # "fors meer dan 68%", "met fors 40%": right before a wanted percentage
        # "fors meer dan 68%", "fors, met minimaal 70%", ">68% (substantially)"
        direct = any(
            (
                x.start >= m.end()
                and (
                    x.start - m.end() <= 3
                    or 0 <= x.atom_start - m.end() <= 12
                    or re.fullmatch(r"[\s,]*(?:met|by|with|van|of)?[\s,]*", norm[m.end() : x.start])
                    is not None
                )
            )
            or (
                x.end <= m.start()
                and re.fullmatch(r"\s*\(\s*", norm[x.end : m.start()]) is not None
            )
            for x in mentions
            if x.status != "excluded"
        )
        segments = _spans(_SEGMENT_RE, clause)
        s_start, s_end = _around(segments, m.start() - c_start)
        segment = clause[s_start:s_end]
        if any(c_start <= a < c_end for a, _ in excluded) and not direct:
            continue
        if _distractor(segment) and not direct:
            continue
        # beside a word of price reduction: one of the two words after it, or the one before
        adjacent = any(_PRICE_REDUCTION_WORD_RE.match(w) for w in after.split()[:2]) or any(
            _PRICE_REDUCTION_WORD_RE.search(w) for w in before.split()[-1:]
        )
        if direct:
            return True
        if (
            adjacent
            and re.search(
                r"prijs|price|korting|discount|kosten|cost|reduction|reductie|verlaging", clause
            )
            and not _NON_PRICE_SUBJECT_RE.search(segment)
        ):
            return True
    return False


def _threshold(
    m: _Mention, substantially: bool, source: str, tolerance: Decimal | None
) -> Threshold:
    for value in (m.low, m.high):
        if value is not None and not 0 <= value <= 100:
            raise ThresholdError("out_of_range", value=pct_text(value).rstrip("%"))
    if m.kind == "range":
        return Threshold("range", m.low, m.high, substantially, source_text=source)
    kind = m.kind if m.kind in ("at_least", "more_than", "approximately") else "at_least"
    return Threshold(
        kind,
        m.low,
        substantially=substantially,
        tolerance_pp=tolerance if kind == "approximately" else None,
        source_text=source,
    )


def _key(m: _Mention) -> tuple[str, Fraction, Fraction | None]:
    return (m.kind, Fraction(m.low), None if m.high is None else Fraction(m.high))


def _distinct(mentions: list[_Mention]) -> list[_Mention]:
    seen: dict[tuple[str, Fraction, Fraction | None], _Mention] = {}
    for m in mentions:
        seen.setdefault(_key(m), m)
    return list(seen.values())


_CLAIM_RE = re.compile(
    r"\b(?:claim\w*|volgens|aldus|stelt|states?|stated|according|bereid|willing|biedt|bieden"
    r"|aangeboden|offers?|offered|bod|voorstel|prijsvoorstel|proposal|leverancier\s+is)\b"
)
_COMPARATOR_CUE_RE = re.compile(
    r"\b(?:mag|mogen|moet|moeten|dient|mits|alleen|only|provided|should|must|may|adviseer\w*"
    r"|advise[sd]?|recommend\w*|voorwaarde|condition|vereist|required?|opname|admission"
    r"|toelating|inclusion)\b"
)


def _comparator(norm: str) -> str | None:
    """A comparator requirement ("mag niet duurder zijn dan de standaardbehandeling",
    "opname mits kostenneutraal"), in a clause that requires it — not a supplier's claim or
    offer, not a statement of fact."""
    if _NEGATED_CUE_RE.search(norm):
        return None
    for a, b in _spans(_CLAUSE_RE, norm):
        clause = norm[a:b]
        for kind, regex in _COMPARATOR_RES:
            if (
                regex.search(clause)
                and (_COMPARATOR_CUE_RE.search(clause) or len(re.findall(r"\w+", clause)) <= 6)
                and not _CLAIM_RE.search(clause)
            ):
                return kind
    return None


def parse_threshold(text: str) -> Threshold:
    """Read the required reduction from ZIN's sentence, as written.

    Raises :class:`ThresholdError`: ``"empty"`` for an empty text; ``"no_reduction"`` when
    the text asks for no reduction; ``"ambiguous"`` (with ``candidates``) when more than
    one reading remains; ``"out_of_range"`` when the requirement is above 100 %.
    """
    if not text or not text.strip():
        raise ThresholdError("empty")
    norm = _normalise(text)
    mentions = _read(norm)
    substantially = _substantially(norm, mentions)
    tm = _TOLERANCE_RE.search(norm)
    tolerance = Decimal(tm["n"].replace(",", ".")) if tm else None

    if _DOUBT_RE.search(norm):
        mentions = [
            replace(m, status="contested") if m.status in ("clean", "plain", "soft") else m
            for m in mentions
        ]
    clean = _distinct([m for m in mentions if m.status == "clean"])
    plain = _distinct([m for m in mentions if m.status == "plain"])
    soft = _distinct([m for m in mentions if m.status == "soft"])
    contested = _distinct([m for m in mentions if m.status == "contested"])
    # one cued reading, or one plain reading with nothing in doubt beside it: the answer;
    # anything else in doubt: the candidates, for the user to choose from
    comparator = _comparator(norm)
    if comparator is not None and not clean:
        return Threshold(kind=comparator, source_text=text)
    if comparator is None:
        if len(clean) == 1 and all(_key(p) == _key(clean[0]) for p in plain + soft):
            return _threshold(clean[0], substantially, text, tolerance)
        if len(plain) == 1 and not clean and not contested and not soft:
            return _threshold(plain[0], substantially, text, tolerance)
    chosen = _distinct(clean + plain + soft) if clean else _distinct(plain + soft + contested)
    if chosen:
        cands = tuple(
            Candidate(_threshold(m, substantially, text, tolerance), text[m.start : m.end].strip())
            for m in chosen
        )
        if comparator is not None:
            cands += (Candidate(Threshold(kind=comparator, source_text=text), text.strip()),)
        raise ThresholdError("ambiguous", candidates=cands)
    # no percentage is the requirement: a comparator, a reduction without a number, or none
    clauses = [norm[a:b] for a, b in _spans(_CLAUSE_RE, norm)]
    if comparator is not None:  # pragma: no cover - returned above
        return Threshold(kind=comparator, source_text=text)
    for clause in clauses:
        if (
            not _SINGLE_RE.search(clause)
            and not _CURRENCY_RE.search(clause)
            and not _DOUBT_RE.search(norm)
            and "?" not in norm
            and _QUALITATIVE_RE.search(clause)
            and _CUE_RE.search(clause)
            and not _NEGATED_CUE_RE.search(clause)
            and _distractor(clause) is None
        ):
            return Threshold(kind="qualitative", substantially=substantially, source_text=text)
    raise ThresholdError("no_reduction")


# --------------------------------------------------------------------------- output


def _fmt_number(value: Decimal) -> str:
    """Dutch notation without trailing zeros: 68 → "68", 12.50 → "12,5"."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


_VULGAR = {3: {1: "⅓", 2: "⅔"}, 6: {1: "⅙", 5: "⅚"}, 9: {1: "⅑"}}


def pct_text(value: Pct | None) -> str:
    """A percentage as a Dutch reader writes it: "68%", "12,5%", "33⅓%" (exact thirds)."""
    if value is None:
        value = Decimal(0)
    if isinstance(value, Fraction):
        whole, rest = divmod(value.numerator, value.denominator)
        frac = Fraction(rest, value.denominator)
        glyph = _VULGAR.get(frac.denominator, {}).get(frac.numerator)
        if glyph:
            return f"{whole}{glyph}%"
        return f"{_fmt_number(Decimal(value.numerator) / Decimal(value.denominator))}%"
    return f"{_fmt_number(value)}%"


_pct = pct_text


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
    """A short Dutch description, as a civil servant writes it: "prijsverlaging van fors
    meer dan 68%", "forse prijsverlaging van ten minste 92%", "prijsverlaging van 35% tot
    55%". The documents' wording (nota, Woo) and the command line's default; the window
    and ``--lang en`` word a threshold through their own catalogues."""
    fors = t.substantially
    if t.kind in ("at_least", "more_than"):
        if t.is_strict:
            return f"prijsverlaging van {'fors ' if fors else ''}meer dan {_pct(t.low)}"
        text = f"prijsverlaging van ten minste {_pct(t.low)}"
    elif t.kind == "approximately":
        text = (
            f"prijsverlaging van ongeveer {_pct(t.low)} "
            f"(marge {_fmt_number(t.tolerance)} procentpunt)"
        )
    elif t.kind == "range":
        text = f"prijsverlaging van {_pct(t.low)} tot {_pct(t.high)}"
    elif t.kind == "qualitative":
        text = "prijsverlaging zonder getal (oordeel)"
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
    return f"forse {text}" if fors else text


def _json_number(value: Pct | None) -> int | float | None:
    """JSON has no fractions: an exact third prints as the nearest float (33.333…)."""
    if value is None:
        return None
    if isinstance(value, Fraction):
        return float(value)
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
    """``mandaat threshold``: (exit code, output). Exit 1 with a Dutch line on error; an
    ambiguous text gives exit 1 and its candidates (JSON: ``{"kind": "ambiguous", …}``)."""
    try:
        t = parse_threshold(text)
    except ThresholdError as exc:
        if exc.code == "ambiguous":
            if as_json:
                doc = {
                    "kind": "ambiguous",
                    "candidates": [
                        {**threshold_to_dict(c.threshold), "text": c.text} for c in exc.candidates
                    ],
                }
                return 1, json.dumps(doc, ensure_ascii=False)
            lines = ["Niet eenduidig; mogelijke lezingen:"] + [
                f"  {i}. {describe_threshold(c.threshold)}  (\u201c{c.text}\u201d)"
                for i, c in enumerate(exc.candidates, 1)
            ]
            return 1, "\n".join(lines)
        return 1, f"Fout: {exc.message}"
    if as_json:
        return 0, json.dumps(threshold_to_dict(t), ensure_ascii=False)
    return 0, f"Vereist: {describe_threshold(t)}"


def with_reading(t: Threshold, **changes: object) -> Threshold:
    """The same threshold with some fields changed (for a user's correction)."""
    return replace(t, **changes)  # type: ignore[arg-type]

"""A growing table of sentences as ZIN, VWS and suppliers write them, with what the
requirement is. Written from the seeds, DOMAIN.md and realistic compositions.

Each entry: (text, expected). ``expected`` is a tuple (kind, low, high, substantially)
when the sentence states one requirement; ``NONE`` when it states no required reduction
(a refusal or ``ambiguous`` is right, a number is wrong); ``ASK`` when it can be read in
more than one way (``ambiguous`` or a refusal is right, a number is wrong).
"""

from decimal import Decimal as D
from fractions import Fraction as F

NONE = "none"
ASK = "ask"

SENTENCES: list[tuple[str, object]] = [
    # --- the seeds, verbatim and close to it
    (
        "Op basis van de beoordeling van de kosteneffectiviteit en de maatschappelijke weging "
        "adviseerde het Zorginstituut dat de vraagprijs met ten minste 92% moet dalen om op een "
        "maatschappelijk niveau te komen.",
        ("at_least", D(92), None, False),
    ),
    (
        "Op basis van de beoordeling van de kosteneffectiviteit en de maatschappelijke weging "
        "adviseerde het Zorginstituut dat de vraagprijs met minstens 35% tot 55% moet dalen om "
        "op een maatschappelijk niveau te komen, afhankelijk van vertrouwelijke kortingen op "
        "andere middelen.",
        ("range", D(35), D(55), False),
    ),
    (
        "Het Zorginstituut adviseerde op basis van de beoordeling van de kosteneffectiviteit en "
        "de maatschappelijke weging, dat de vraagprijs met fors meer dan 68% moet dalen om op "
        "een maatschappelijk niveau te komen.",
        ("more_than", D(68), None, True),
    ),
    # --- cues win over proximity: offers, insufficient discounts
    (
        "Met 25% korting blijft het middel te duur; pas vanaf ten minste 62% is het middel "
        "kosteneffectief.",
        ("at_least", D(62), None, False),
    ),
    (
        "De fabrikant bood 25% korting, maar het Zorginstituut acht een korting van 62% nodig.",
        ("at_least", D(62), None, False),
    ),
    (
        "De fabrikant heeft een korting van 30% aangeboden. Het Zorginstituut adviseert een "
        "prijsverlaging van ten minste 75%.",
        ("at_least", D(75), None, False),
    ),
    (
        "A discount of 25%, as offered by the company, is insufficient; a reduction of at "
        "least 60% is required.",
        ("at_least", D(60), None, False),
    ),
    (
        "Het door de leverancier voorgestelde kortingspercentage van 20% is onvoldoende; de "
        "vraagprijs moet met minimaal 55% dalen.",
        ("at_least", D(55), None, False),
    ),
    (
        "Een prijsverlaging van 40%, zoals door de firma voorgesteld, is ontoereikend. Het "
        "Zorginstituut adviseert een prijsverlaging van ten minste 70%.",
        ("at_least", D(70), None, False),
    ),
    (
        "The manufacturer offered a 15% discount, but the price must fall by at least 50%.",
        ("at_least", D(50), None, False),
    ),
    (
        "Ook met de aangeboden korting van 35% is het middel niet kosteneffectief; het "
        "Zorginstituut acht een prijsverlaging van ten minste 80% noodzakelijk.",
        ("at_least", D(80), None, False),
    ),
    ("Het aangeboden bod van 20% is onvoldoende.", NONE),
    ("De fabrikant bood een korting van 25%.", NONE),
    ("The company has offered a confidential discount of 18 percent.", NONE),
    # --- growth, ICER, other rates as distractors
    (
        "De uitgaven groeien met 10% per jaar; de prijs moet met ten minste 50% omlaag.",
        ("at_least", D(50), None, False),
    ),
    (
        "Het aantal patiënten neemt naar verwachting jaarlijks met 8% toe. De vraagprijs moet "
        "met ten minste 45% dalen.",
        ("at_least", D(45), None, False),
    ),
    (
        "De ICER ligt 40% boven de referentiewaarde van € 80.000 per QALY; de vraagprijs moet "
        "daarom met ten minste 60% dalen.",
        ("at_least", D(60), None, False),
    ),
    ("De ICER ligt 40% boven de referentiewaarde.", NONE),
    ("The ICER at the current price exceeds the reference value by 150%.", NONE),
    ("De ICER bedraagt € 120.000 per QALY bij de huidige vraagprijs.", NONE),
    ("Met een korting van 50% zou de ICER € 80.000 per QALY bedragen.", NONE),
    (
        "Bij 60% van de patiënten werkt het middel; de prijs moet met minimaal 92% dalen.",
        ("at_least", D(92), None, False),
    ),
    (
        "Het middel verlaagt het risico op overlijden met 30%; toch moet de vraagprijs met ten "
        "minste 70% dalen.",
        ("at_least", D(70), None, False),
    ),
    (
        "In de studie reageerde 45% van de patiënten op de behandeling. Het Zorginstituut "
        "adviseert een prijsverlaging van meer dan 50%.",
        ("more_than", D(50), None, False),
    ),
    (
        "Kosten en effecten zijn verdisconteerd met 4% respectievelijk 1,5%; de vraagprijs moet "
        "met ten minste 85% dalen.",
        ("at_least", D(85), None, False),
    ),
    (
        "The overall response rate was 62%, and the price should be reduced by at least 40%.",
        ("at_least", D(40), None, False),
    ),
    ("De uitgaven stijgen met 10%.", NONE),
    (
        "Het marktaandeel van 20% wordt binnen drie jaar verwacht; de prijs moet met 65% dalen.",
        ("at_least", D(65), None, False),
    ),
    (
        "De budgetimpact stijgt met 12% per jaar. Een prijsverlaging van minstens 30% is nodig.",
        ("at_least", D(30), None, False),
    ),
    # --- price stated as what remains
    (
        "Een prijs van hooguit 40% van de vraagprijs is aanvaardbaar.",
        ("at_least", D(60), None, False),
    ),
    ("The price should be no more than 40% of the list price.", ("at_least", D(60), None, False)),
    (
        "De nettoprijs mag niet meer dan 25% van de huidige vraagprijs bedragen.",
        ("at_least", D(75), None, False),
    ),
    (
        "Het Zorginstituut adviseert een prijs van maximaal 30 procent van de lijstprijs.",
        ("at_least", D(70), None, False),
    ),
    (
        "The net price must be less than 20% of the asking price.",
        ("more_than", D(80), None, False),
    ),
    (
        "De prijs mag ten hoogste de helft van de vraagprijs zijn.",
        ("at_least", D(50), None, False),
    ),
    ("een korting van maximaal 30%", NONE),
    ("The discount should be no more than 30%.", NONE),
    # --- ranges in all their forms
    ("De prijs moet 60 tot 85 procent omlaag.", ("range", D(60), D(85), False)),
    ("De prijs moet met 35 à 55% dalen.", ("range", D(35), D(55), False)),
    ("Een prijsverlaging tussen 40 en 60 procent is nodig.", ("range", D(40), D(60), False)),
    ("De vraagprijs moet tussen de 40% en 60% dalen.", ("range", D(40), D(60), False)),
    ("Een prijsverlaging van 35\u201355% is nodig.", ("range", D(35), D(55), False)),
    ("De prijs moet van 35 tot 55 procent dalen.", ("range", D(35), D(55), False)),
    (
        "Een prijsverlaging van 35% (ondergrens) tot 55% (bovengrens) is nodig.",
        ("range", D(35), D(55), False),
    ),
    (
        "De vraagprijs moet dalen met 45% (bij gunstige kortingen op de comparator) tot 65% "
        "(zonder die kortingen).",
        ("range", D(45), D(65), False),
    ),
    ("De prijs moet met een kwart tot een derde omlaag.", ("range", D(25), F(100, 3), False)),
    ("The price must fall from 60 to 85 percent.", ("range", D(60), D(85), False)),
    ("A price reduction between 40% and 60% is needed.", ("range", D(40), D(60), False)),
    ("De prijs moet met dertig tot veertig procent omlaag.", ("range", D(30), D(40), False)),
    (
        "De vraagprijs moet fors dalen, met 70% tot 90%, afhankelijk van de ziektelast.",
        ("range", D(70), D(90), True),
    ),
    # --- number words
    ("Een prijsverlaging van zestig procent is nodig.", ("at_least", D(60), None, False)),
    ("De prijs moet met twee derde dalen.", ("at_least", F(200, 3), None, False)),
    ("De prijs moet met ten minste een kwart dalen.", ("at_least", D(25), None, False)),
    ("De prijs moet met driekwart omlaag.", ("at_least", D(75), None, False)),
    ("De prijs moet met de helft omlaag.", ("at_least", D(50), None, False)),
    ("De prijs moet worden gehalveerd.", ("at_least", D(50), None, False)),
    ("De prijs moet meer dan gehalveerd worden.", ("more_than", D(50), None, False)),
    ("The price must be reduced by three quarters.", ("at_least", D(75), None, False)),
    ("The price must be cut by half.", ("at_least", D(50), None, False)),
    ("The price must be reduced by at least two thirds.", ("at_least", F(200, 3), None, False)),
    ("De prijs moet met meer dan een derde dalen.", ("more_than", F(100, 3), None, False)),
    ("A reduction of seventy-five percent is required.", ("at_least", D(75), None, False)),
    ("Een korting van vijfenzestig procent is vereist.", ("at_least", D(65), None, False)),
    (
        "Het middel wordt als derde lijn ingezet; de prijs moet met ten minste 50% dalen.",
        ("at_least", D(50), None, False),
    ),
    (
        "De helft van de patiënten reageert op de behandeling; de prijs moet met 40% dalen.",
        ("at_least", D(40), None, False),
    ),
    ("Het middel verlengt het leven met een half jaar.", NONE),
    # --- fors and its kin
    ("De prijs moet fors omlaag.", ("qualitative", None, None, True)),
    (
        "Voor deze ernstige ziekte met een forse ziektelast adviseert het Zorginstituut een "
        "prijsverlaging van ten minste 40%.",
        ("at_least", D(40), None, False),
    ),
    (
        "Het gaat om een sterk invaliderende aandoening; de vraagprijs moet met ten minste 50% "
        "dalen.",
        ("at_least", D(50), None, False),
    ),
    (
        "Patients have a substantially reduced quality of life; the price must fall by at least "
        "30%.",
        ("at_least", D(30), None, False),
    ),
    ("De vraagprijs moet sterk dalen, met minstens 80%.", ("at_least", D(80), None, True)),
    ("Een drastische prijsverlaging van meer dan 70% is nodig.", ("more_than", D(70), None, True)),
    (
        "The price must be reduced substantially, by more than 50%.",
        ("more_than", D(50), None, True),
    ),
    ("Een forse prijsverlaging is noodzakelijk.", ("qualitative", None, None, True)),
    ("A substantial reduction of the price is needed.", ("qualitative", None, None, True)),
    # --- approximately
    ("Een prijsverlaging van ongeveer 35% is nodig.", ("approximately", D(35), None, False)),
    ("De prijs moet met circa 30 procent dalen.", ("approximately", D(30), None, False)),
    ("A reduction of approximately 70% is required.", ("approximately", D(70), None, False)),
    # --- plain requirements without a cue word
    ("een prijsverlaging van 43%", ("at_least", D(43), None, False)),
    ("een korting van 12,5% of meer", ("at_least", D("12.5"), None, False)),
    ("a price reduction of more than 60 percent", ("more_than", D(60), None, False)),
    # --- no required reduction
    ("Een prijsverlaging is niet nodig.", NONE),
    ("Het middel is kosteneffectief bij de huidige prijs; een prijsverlaging is niet nodig.", NONE),
    ("No price reduction is required at the current list price.", NONE),
    ("Het Zorginstituut adviseert opname in het basispakket.", NONE),
    ("80.000 euro per QALY in 2024 bij 3 eerdere lijnen", NONE),
    ("De prijs is vorig jaar al met 10% verlaagd.", NONE),
    # --- more than one reading: ask
    (
        "De prijs moet met ten minste 40% dalen; een prijsverlaging van ten minste 60% is "
        "wenselijk.",
        ("at_least", D(40), None, False),  # the requirement; 60% is only desirable
    ),
    ("De nettoprijs moet 40% van de vraagprijs zijn.", ASK),
    (
        "Een korting van 30% is nodig voor opname, en 50% voor een kosteneffectief middel.",
        ASK,
    ),
    # --- other numbers around the requirement
    (
        "Bij een referentiewaarde van 80.000 euro per QALY moet de vraagprijs in 2025 met ten "
        "minste 92% dalen voor de 120 patiënten.",
        ("at_least", D(92), None, False),
    ),
    (
        "At a reference value of EUR 80,000 per QALY, after 3 prior lines, the price must be "
        "reduced by at least 92%.",
        ("at_least", D(92), None, False),
    ),
    (
        "Na 3 eerdere behandellijnen (2024) moet de prijs met ten minste 92 procent omlaag.",
        ("at_least", D(92), None, False),
    ),
    (
        "ZIN adviseert de fabrikant de prijs met ten minste 62% te verlagen.",
        ("at_least", D(62), None, False),
    ),
    (
        "Het Zorginstituut adviseert de minister om het middel pas op te nemen als de prijs met "
        "minimaal 58% daalt.",
        ("at_least", D(58), None, False),
    ),
    (
        "Only at a price reduction of at least 75% would the drug be cost-effective.",
        ("at_least", D(75), None, False),
    ),
    (
        "De vraagprijs moet met ten minste 62% dalen zodat de ICER onder de referentiewaarde "
        "van € 80.000 per QALY komt.",
        ("at_least", D(62), None, False),
    ),
    # --- comparators
    (
        "Opname is alleen verantwoord als de prijs niet hoger is dan die van de "
        "standaardbehandeling.",
        ("comparator_net_price", None, None, False),
    ),
    ("Opname mits kostenneutraal.", ("cost_neutral", None, None, False)),
]

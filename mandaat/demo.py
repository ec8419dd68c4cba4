"""Demo data: the four seed dossiers with their public figures, and FICTITIOUS bids.

Everything about the dossiers comes from public letters (DOMAIN.md, seeds 000–002).
Every bid, mandate and person here is invented for the demo and labelled FICTIEF.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal as D

from mandaat.model import Arrangement, Bid, Dossier, Party, Person, Phase, Threshold, Tier
from mandaat.thresholds import parse_threshold
from mandaat.vault import store

FICTIEF = "FICTIEF"


def demo_dossiers() -> list[Dossier]:
    def advice(text: str) -> dict[str, object]:
        return {"advice_text": text, "advice_threshold": parse_threshold(text)}

    return [
        Dossier(
            brand="Enhertu",
            substance="trastuzumab deruxtecan",
            indication="HER2-low gevorderde borstkanker",
            supplier="Daiichi Sankyo / AstraZeneca",
            phase=Phase.SLUIS_GECONTINUEERD,
            sluis_date=dt.date(2021, 2, 11),
            stcrt_ref="Stcrt. 2021 nr. 7360",
            advice_date=dt.date(2025, 5, 28),
            therapeutic_value="meerwaarde",
            asking_price=D("104000"),
            budget_impact_y3=D("46000000"),
            people=(
                Person(
                    "A. Voorbeeld (FICTIEF)",
                    "onderhandelaar BFAG",
                    "a.voorbeeld@minvws.example",
                    "070 123 45 67",
                    "VWS",
                ),
            ),
            nota_a="FICTIEF — Er is maatschappelijke aandacht voor de toegang tot Enhertu.",
            **advice(  # type: ignore[arg-type]
                "Het Zorginstituut adviseerde dat de vraagprijs met fors meer dan 68% moet "
                "dalen om op een maatschappelijk niveau te komen."
            ),
        ),
        Dossier(
            brand="Carvykti",
            substance="ciltacabtagene autoleucel",
            indication="multipel myeloom na drie eerdere behandellijnen",
            supplier="Janssen-Cilag",
            phase=Phase.SLUIS_GECONTINUEERD,
            sluis_date=dt.date(2022, 6, 18),
            stcrt_ref="Stcrt. 2022 nr. 16070",
            advice_date=dt.date(2025, 2, 18),
            therapeutic_value="meerwaarde",
            asking_price=D("460000"),
            budget_impact_y3=D("64000000"),
            mandate_threshold=Threshold(
                "at_least", D("45"), source_text="FICTIEF mandaat: ten minste 45%"
            ),
            **advice(  # type: ignore[arg-type]
                "Het Zorginstituut adviseerde dat de vraagprijs met minstens 35% tot 55% moet "
                "dalen om op een maatschappelijk niveau te komen, afhankelijk van "
                "vertrouwelijke kortingen op andere middelen."
            ),
        ),
        Dossier(
            brand="Xenpozyme",
            substance="olipudase alfa",
            indication="ASMD (Niemann-Pick)",
            supplier="Sanofi",
            phase=Phase.SLUIS_GECONTINUEERD,
            sluis_date=dt.date(2022, 7, 21),
            stcrt_ref="Stcrt. 2022 nr. 18977",
            advice_date=dt.date(2024, 8, 21),
            therapeutic_value="meerwaarde",
            asking_price=D("890000"),
            budget_impact_y3=D("14000000"),
            **advice(  # type: ignore[arg-type]
                "Het Zorginstituut adviseerde dat de vraagprijs met ten minste 92% moet dalen "
                "om op een maatschappelijk niveau te komen."
            ),
        ),
        Dossier(
            brand="Pluvicto",
            substance="177Lu-PSMA-617",
            indication="prostaatkanker na eerdere behandelingen",
            supplier="Novartis",
            phase=Phase.SLUIS_GECONTINUEERD,
            therapeutic_value="gelijke waarde / meerwaarde (deels)",
            **advice(  # type: ignore[arg-type]
                "Het Zorginstituut adviseerde het middel op te nemen na een prijsverlaging; "
                "de prijs moet fors omlaag."
            ),
        ),
    ]


def _bids(by_brand: dict[str, int]) -> list[Bid]:
    note = f"{FICTIEF} — verzonnen bod voor de demo"
    e, c, x, p = (by_brand[b] for b in ("Enhertu", "Carvykti", "Xenpozyme", "Pluvicto"))
    return [
        Bid(
            dt.date(2025, 7, 1),
            dossier_id=e,
            round=1,
            arrangement=Arrangement(discount_pct=D("45")),
            note=note,
        ),
        Bid(
            dt.date(2025, 8, 12),
            dossier_id=e,
            round=2,
            party=Party.VWS,
            arrangement=Arrangement(discount_pct=D("75")),
            note=note,
        ),
        Bid(
            dt.date(2025, 9, 3),
            dossier_id=e,
            round=3,
            arrangement=Arrangement(discount_pct=D("60"), annual_cap=D("20000000")),
            note=note,
        ),
        Bid(
            dt.date(2025, 10, 1),
            dossier_id=e,
            round=4,
            arrangement=Arrangement(net_price_per_patient=D("34000")),
            note=note,
        ),
        Bid(
            dt.date(2025, 4, 2),
            dossier_id=c,
            round=1,
            arrangement=Arrangement(discount_pct=D("25")),
            note=note,
        ),
        Bid(
            dt.date(2025, 6, 20),
            dossier_id=c,
            round=2,
            arrangement=Arrangement(discount_pct=D("30"), tiers=(Tier(D("100"), D("20")),)),
            note=note,
        ),
        Bid(
            dt.date(2025, 9, 15),
            dossier_id=c,
            round=3,
            arrangement=Arrangement(discount_pct=D("42")),
            note=note,
        ),
        Bid(
            dt.date(2024, 11, 5),
            dossier_id=x,
            round=1,
            arrangement=Arrangement(discount_pct=D("60")),
            note=note,
        ),
        Bid(
            dt.date(2025, 3, 10),
            dossier_id=x,
            round=2,
            arrangement=Arrangement(net_price_per_patient=D("150000")),
            note=note,
        ),
        Bid(
            dt.date(2025, 6, 1),
            dossier_id=x,
            round=3,
            arrangement=Arrangement(discount_pct=D("85"), annual_cap=D("1000000")),
            note=note,
        ),
        Bid(
            dt.date(2025, 6, 1),
            dossier_id=p,
            round=1,
            arrangement=Arrangement(discount_pct=D("20")),
            note=note,
        ),
    ]


def populate(db: sqlite3.Connection) -> None:
    """Fill an empty vault database with the demo dossiers and bids."""
    by_brand: dict[str, int] = {}
    for d in demo_dossiers():
        saved = store.save_dossier(db, d)
        assert saved.id is not None
        by_brand[saved.brand] = saved.id
    for b in _bids(by_brand):
        store.add_bid(db, b)

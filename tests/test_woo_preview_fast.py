"""The Woo preview's short cut (one bid per party, no figures) lists exactly what the full
Woo summaries withhold: compared with the summaries built from every bid, assessed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from mandaat import demo
from mandaat.export import build, publish
from mandaat.export.classify import Classifier, GroundChoice, Policy
from mandaat.export.preview import woo_preview
from mandaat.model import Arrangement, Bid, Party
from mandaat.vault import store
from mandaat.vault.file import Vault

TODAY = dt.date(2026, 3, 1)


def _full(data: publish.Data, policy: Policy) -> set[tuple[str, str, str, tuple[str, ...]]]:
    """The preview's entries the slow way: every bid, every figure."""
    c = Classifier("woo", publish.policy_for(data, policy), data.names)
    found: dict[tuple[str, str], tuple[str, str, str, list[str]]] = {}
    for d in data.dossiers:
        b = build.Builder(c, d, data.bids.get(d.id or -1, []), today=TODAY)
        for w in build.withheld_from(b.woo_summary().redactions(), b):
            entry = found.setdefault((w.label, w.ground), (w.label, w.ground, w.motivation, []))
            if d.brand not in entry[3]:
                entry[3].append(d.brand)
    return {(a, g, m, tuple(ds)) for a, g, m, ds in found.values()}


@pytest.mark.parametrize("overrides", [False, True])
def test_preview_equals_the_full_summaries(tmp_path: Path, overrides: bool) -> None:
    vault, _ = Vault.create(tmp_path / "t.mandaat", PASSPHRASE)
    demo.populate(vault.db)
    ids = [d.id for d in store.dossiers(vault.db)]
    for i in range(60):  # both parties, odd texts, contact people, caps
        store.add_bid(
            vault.db,
            Bid(
                dt.date(2025, 1, 1) + dt.timedelta(days=i),
                dossier_id=ids[i % len(ids)],
                round=1 + i % 5,
                party=Party.VWS if i % 4 == 0 else Party.SUPPLIER,
                arrangement=Arrangement(
                    discount_pct=Decimal(i % 70),
                    annual_cap=Decimal(2_000_000 + i) if i % 3 == 0 else None,
                ),
                conditions="" if i % 5 else "mail j.jansen@example.com",
                note="" if i % 7 else "bel 06-12345678",
                contact_person="" if i % 2 else f"Piet Pietersen {i}",
            ),
        )
    vault.commit("test")
    data = publish.load(vault.db)
    policy = Policy()
    if overrides:
        first = data.dossiers[0].id
        assert first is not None
        policy = Policy({first: {"bid.note": GroundChoice(("5.1.2e",), "eigen motivering")}})
    fast = woo_preview(data, today=TODAY, policy=policy)
    vault.close()
    assert fast  # something is withheld, or the comparison proves nothing
    assert {(w.label, w.ground, w.motivation, w.dossiers) for w in fast} == _full(data, policy)

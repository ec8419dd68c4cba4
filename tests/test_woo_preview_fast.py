"""The previews' short cuts list exactly what the exports withhold: the Woo preview (one
bid per party, no figures) against the Woo summaries built from every bid, assessed; the
nota preview (no figures in the bid table) against the full nota, for each audience."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from mandaat import demo
from mandaat.export import build, publish
from mandaat.export.classify import Classifier, GroundChoice, Policy
from mandaat.export.preview import nota_preview, woo_preview
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


def _nota_full(
    data: publish.Data, policy: Policy, audience: str, d: object
) -> set[tuple[str, str, str]]:
    c = Classifier(audience, publish.policy_for(data, policy), data.names)  # type: ignore[arg-type]
    b = build.Builder(
        c,
        d,  # type: ignore[arg-type]
        data.bids.get(d.id or -1, []),  # type: ignore[attr-defined]
        today=TODAY,
        header=data.header(d),  # type: ignore[arg-type]
    )
    return {
        (w.label, w.ground, w.motivation) for w in build.withheld_from(b.nota().redactions(), b)
    }


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
    assert fast  # something is withheld, or the comparison proves nothing
    assert {(w.label, w.ground, w.motivation, w.dossiers) for w in fast} == _full(data, policy)
    for audience in ("intern", "nota", "woo"):
        for d in data.dossiers:
            items = nota_preview(data, str(d.id), audience, today=TODAY, policy=policy)  # type: ignore[arg-type]
            want = _nota_full(data, policy, audience, d)
            assert {(w.label, w.ground, w.motivation) for w in items} == want
    vault.close()

"""What an export will withhold, and on which ground — before anything is written.

The window's export dialog shows this list while the user chooses audience, format and
dossiers. It is derived from the same redacted document model the renderers render
(:mod:`~mandaat.export.build`), so the preview and the file cannot disagree: one entry
per (kind of information, ground code), with the dossiers it occurs in. No value ever
enters the list: only labels, ground codes and brands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from mandaat.export import build, publish
from mandaat.export.classify import AUDIENCES, Audience, Classifier, Policy
from mandaat.export.doc import Redaction
from mandaat.export.messages import GROUND_ARTICLES, GROUND_NAMES, ExportError
from mandaat.export.publish import Data, find
from mandaat.model import Bid, Dossier


@dataclass(frozen=True)
class WithheldItem:
    """One kind of information withheld on one ground (never a value)."""

    label: str
    ground: str
    ground_name: str
    article: str
    motivation: str
    dossiers: tuple[str, ...]


def _policy(data: Data, policy: Policy | None) -> Policy:
    """The policy the export itself uses: the vault's stored grounds with ``policy`` on
    top, where the core has stored grounds; else ``policy`` or the defaults."""
    combine = getattr(publish, "policy_for", None)
    if combine is not None:
        return combine(data, policy)  # type: ignore[no-any-return]
    return policy or Policy()


def _collect(
    found: dict[tuple[str, str], WithheldItem],
    builder: build.Builder,
    redactions: Sequence[Redaction],
) -> None:
    brand = builder.d.brand
    for w in build.withheld_from(redactions, builder):
        key = (w.label, w.ground)
        old = found.get(key)
        if old is None:
            found[key] = WithheldItem(
                w.label,
                w.ground,
                GROUND_NAMES.get(w.ground, w.ground),
                GROUND_ARTICLES.get(w.ground, ""),
                w.motivation,
                (brand,),
            )
        elif brand not in old.dossiers:
            found[key] = WithheldItem(
                old.label,
                old.ground,
                old.ground_name,
                old.article,
                old.motivation,
                (*old.dossiers, brand),
            )


def nota_preview(
    data: Data,
    drug: str,
    audience: Audience,
    *,
    today: dt.date,
    policy: Policy | None = None,
) -> list[WithheldItem]:
    """What :func:`~mandaat.export.publish.export_nota` will box out for ``audience``.

    ``intern`` withholds nothing; ``nota`` only contact details; ``woo`` every
    non-public field. (Section 5 of every nota lists what a Woo release would withhold;
    that is text about the fields, not a redaction.)
    """
    if audience not in AUDIENCES:
        raise ExportError("bad_policy", detail=f"onbekend publiek {audience}")
    policy = _policy(data, policy)
    d = find(data, drug)
    # The bid table's boxes do not depend on its figures (Builder.val): left out here,
    # so opening the export dialog on a dossier of 25,000 bids does not assess them all.
    builder = build.Builder(
        Classifier(audience, policy, data.names),
        d,
        data.bids.get(d.id or -1, []),
        today=today,
        header=data.header(d),
        assess=False,
    )
    found: dict[tuple[str, str], WithheldItem] = {}
    _collect(found, builder, builder.nota().redactions())
    return sorted(found.values(), key=lambda w: (w.ground, w.label))


def _one_per_party(bids: Sequence[Bid]) -> list[Bid]:
    """The first bid of each party: all a Woo summary's boxes depend on.

    In the Woo summary every cell of a bid is a field passed through ``Builder.val``,
    whose box depends on the dossier, the field and the bid's party — never on the bid's
    value, and no bid text is scanned. One bid per party therefore yields the same
    (label, ground) list as all of them; the engine's figures are left out for the same
    reason (``assess=False``). tests/test_woo_preview_fast.py compares both ways. At 200
    dossiers and 30,000 bids this makes the preview a matter of milliseconds.
    """
    first: dict[object, Bid] = {}
    for b in bids:
        first.setdefault(b.party, b)
    return list(first.values())


def woo_preview(
    data: Data,
    wanted: Sequence[str] = (),
    *,
    today: dt.date,
    policy: Policy | None = None,
) -> list[WithheldItem]:
    """What :func:`~mandaat.export.publish.export_woo` will box out, over all dossiers."""
    policy = _policy(data, policy)
    chosen: list[Dossier] = [find(data, w) for w in wanted] if wanted else list(data.dossiers)
    chosen = list({d.id: d for d in chosen}.values())
    c = Classifier("woo", policy, data.names)
    found: dict[tuple[str, str], WithheldItem] = {}
    for d in chosen:
        bids = _one_per_party(data.bids.get(d.id or -1, []))
        builder = build.Builder(c, d, bids, today=today, assess=False)
        _collect(found, builder, builder.woo_summary().redactions())
    return sorted(found.values(), key=lambda w: (w.ground, w.label))

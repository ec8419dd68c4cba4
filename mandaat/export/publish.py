"""Export with proof: build, render into a temp folder, leak-check, then move into place.

Nothing reaches its destination unless the leak check found none of the withheld values
in any rendering of any file; on a hit the temp output is deleted and an
:class:`~mandaat.export.messages.ExportError` names the field (never the value).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

# render_pdf / render_docx (reportlab, python-docx: ~1 s to import) are imported where a
# file is written, so the export dialog opens without them.
from mandaat.export import build, leakcheck, messages, render_pdf, staging, woo
from mandaat.export import fmt as f
from mandaat.export.classify import (
    AUDIENCES,
    Audience,
    Classifier,
    Policy,
    Secret,
    find_personal,
    known_names,
    secrets,
)
from mandaat.export.messages import ExportError
from mandaat.model import Bid, Dossier, NotaHeader
from mandaat.thresholds import describe_threshold, format_threshold
from mandaat.vault import store

PUBLIC_TEXT_FIELDS = ("advice_text", "comparator", "therapeutic_value", "indication")


@dataclass
class Data:
    """What an export reads from the vault; ``policy``: the Woo grounds stored per
    dossier (:func:`mandaat.vault.store.woo_policy`), used unless an export is given more."""

    dossiers: list[Dossier]
    bids: dict[int, list[Bid]]
    names: list[str]
    policy: Policy = field(default_factory=Policy)
    headers: dict[int, NotaHeader] = field(default_factory=dict)

    def header(self, d: Dossier) -> NotaHeader:
        """The stored header of ``d``'s nota (all defaults when none is stored)."""
        return self.headers.get(d.id or -1, NotaHeader())


def load(db: sqlite3.Connection) -> Data:
    dossiers = store.dossiers(db)
    all_bids = store.bids(db)
    by: dict[int, list[Bid]] = {}
    for b in all_bids:
        by.setdefault(b.dossier_id or -1, []).append(b)
    headers = store.nota_headers(db)
    return Data(
        dossiers,
        by,
        known_names(dossiers, all_bids, headers.values()),
        store.woo_policy(db),
        headers,
    )


def load_snapshot(image: bytes) -> Data:
    """:func:`load` from a :func:`store.snapshot` (on a worker: its own connection)."""
    db = store.open_snapshot(image)
    try:
        return load(db)
    finally:
        db.close()


def policy_for(data: Data, extra: Policy | None = None) -> Policy:
    """The vault's policy with ``extra`` (e.g. ``--policy FILE``) on top, field by field."""
    return data.policy.merged(extra) if extra is not None else data.policy


def find(data: Data, name: str) -> Dossier:
    """A dossier by id or drug name (brand or substance); refuses when ambiguous."""
    key = " ".join(name.casefold().split())
    found = [d for d in data.dossiers if str(d.id) == name.strip()] or [
        d
        for d in data.dossiers
        if key in (" ".join(d.brand.casefold().split()), " ".join(d.substance.casefold().split()))
    ]
    if not found:
        raise ExportError("unknown_dossier", name=name)
    if len(found) > 1:
        raise ExportError("ambiguous_dossier", name=name, ids=", ".join(str(d.id) for d in found))
    return found[0]


# --------------------------------------------------------------------------- corpus


def public_corpus(
    c: Classifier,
    dossiers: Iterable[Dossier],
    dates: Iterable[dt.date],
    headers: Mapping[int, NotaHeader] | None = None,
    *,
    numbered: int = 0,
) -> str:
    """Every public fact as the export renders it, and the fixed texts of the export.

    A rendering of a withheld value that also occurs here is not searched: it would
    only find the public fact (e.g. a bid of exactly the advised 35%).
    """
    texts: list[str] = []
    dates = list(dates)
    for d in dossiers:
        h = (headers or {}).get(d.id or -1)
        if h is not None:
            for name in ("title", "kenmerk", "attachments"):
                text = getattr(h, name)
                if text and not c.withholds(d.id, "nota_header", name):
                    texts.append(_scrub(text, c.names))
            if h.deadline is not None and not c.withholds(d.id, "nota_header", "deadline"):
                dates.append(h.deadline)
        pub: list[tuple[str, str]] = [
            ("brand", d.brand),
            ("substance", d.substance),
            ("indication", d.indication),
            ("supplier", d.supplier),
            ("stcrt_ref", d.stcrt_ref),
            ("advice_text", d.advice_text),
            ("comparator", d.comparator),
            ("therapeutic_value", d.therapeutic_value),
            ("phase", build.PHASE_WORDS[d.phase]),
        ]
        if d.sluis_date:
            pub.append(("sluis_date", f.date(d.sluis_date)))
        if d.advice_date:
            pub.append(("advice_date", f.date(d.advice_date)))
        if d.asking_price is not None:
            pub.append(("asking_price", f.money(d.asking_price)))
        if d.budget_impact_y3 is not None:
            pub.append(("budget_impact_y3", f.money(d.budget_impact_y3)))
        if d.advice_threshold is not None:
            pub.append(("advice_threshold", describe_threshold(d.advice_threshold)))
            pub.append(("advice_threshold", format_threshold(d.advice_threshold)))
        for name, text in pub:
            if text and not c.withholds(d.id, "dossier", name):
                texts.append(_scrub(text, c.names))
        for letter in "abcdefgh":
            text = getattr(d, f"nota_{letter}")
            if text and not c.withholds(d.id, "dossier", f"nota_{letter}"):
                texts.append(_scrub(text, c.names))
        texts.append(build.nota_title(d))
        texts += [
            p.organisation for p in d.people if not c.withholds(d.id, "person", "organisation")
        ]
    for day in dates:
        texts += [f.date(day), f.month(day), day.isoformat(), f"{day:%d-%m-%Y}", woo.matter(day)]
    texts += list(build.DIRECTORATE) + list(build.TOELICHTING.values())
    texts += list(build.PHASE_WORDS.values()) + list(build.VERDICTS.values())
    texts += list(build.BID_COLUMNS) + list(woo.COLUMNS)
    for table in (
        messages.GROUND_NAMES,
        messages.GROUND_ARTICLES,
        messages.DEFAULT_MOTIVATIONS,
        messages.MARKINGS,
    ):
        texts += [f"{k} {v}" for k, v in table.items()]
    texts += list(messages.FIELD_LABELS.values())
    texts.append(render_pdf.fixed_texts())  # the PDF renderer's own metadata (XMP)
    # the numbers of the layout: bids and rows are numbered, pages too ("Pagina 120")
    texts.append(" ".join(str(i) for i in range(1, numbered + 1)))
    return "\n".join(texts)


def _scrub(text: str, names: Sequence[str]) -> str:
    """``text`` without the personal data in it (that stays a secret)."""
    out, pos = [], 0
    for found in find_personal(text, names):
        out.append(text[pos : found.start])
        out.append(" ")
        pos = found.end
    out.append(text[pos:])
    return "".join(out)


def _public_texts(d: Dossier, header: NotaHeader | None = None) -> dict[str, str]:
    texts = {name: getattr(d, name) for name in PUBLIC_TEXT_FIELDS if getattr(d, name)} | {
        f"nota_{c}": getattr(d, f"nota_{c}") for c in "abcdefgh" if getattr(d, f"nota_{c}")
    }
    if header is not None:
        texts |= {
            f"nota-kop {name}": getattr(header, name)
            for name in ("title", "attachments")
            if getattr(header, name)
        }
    return texts


# --------------------------------------------------------------------------- staging

#: Audiences whose documents are confidential: written owner-only (0600), as the vault.
CONFIDENTIAL_AUDIENCES = frozenset({"nota", "intern"})


@dataclass
class Staged:
    """Leak-checked files in a staging folder, not yet in place.

    :meth:`place` moves them to their destination (call it after the audit entry is
    committed); :meth:`discard` removes them. Either removes the staging folder."""

    folder: Path
    moves: list[tuple[Path, Path]]  # (staged, destination)

    def place(self) -> list[Path]:
        try:
            out: list[Path] = []
            for staged, final in self.moves:
                if staged.is_dir():
                    if final.exists():
                        final.rmdir()  # an empty folder (checked before the export)
                    os.replace(staged, final)
                    out += sorted(final.iterdir())
                else:
                    os.replace(staged, final)
                    out.append(final)
            return out
        finally:
            staging.unstage(self.folder)

    def discard(self) -> None:
        staging.unstage(self.folder)


def _pages(path: Path) -> int:
    """The number of pages of a PDF we wrote (0 for another file)."""
    if path.suffix.lower() != ".pdf":
        return 0
    import pypdfium2 as pdfium  # type: ignore[import-untyped,unused-ignore]

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def _verify(found_secrets: Sequence[Secret], corpus: str, stage: Path) -> None:
    hits = leakcheck.check(stage, found_secrets, corpus)
    if hits:
        first = hits[0]
        raise ExportError(
            "leak", file=first.file, field=first.field, where=first.where, count=len(hits)
        )


def finish(staged: Staged, record: Callable[[], None] | None) -> list[Path]:
    """The audit entry first (``record``), then the files into place; a failed
    ``record`` leaves nothing."""
    try:
        if record is not None:
            record()
    except BaseException:
        staged.discard()
        raise
    return staged.place()


def stage_nota(
    data: Data,
    drug: str,
    audience: Audience,
    out: Path,
    *,
    today: dt.date,
    kenmerk: str = "",
    policy: Policy | None = None,
    logo: Path | None = None,
) -> Staged:
    """The nota of one dossier for ``audience`` as DOCX or PDF, rendered and
    leak-checked in a staging folder beside ``out`` (see :func:`export_nota`).
    ``logo``: the ministry's logo (PNG or JPEG, a file the user chose; never bundled)."""
    if audience not in AUDIENCES:
        raise ExportError("bad_policy", detail=f"onbekend publiek {audience}")
    suffix = out.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise ExportError("bad_extension", path=str(out))
    if logo is not None:
        try:
            render_pdf.check_logo(logo)
        except render_pdf.LogoError as e:
            raise ExportError("bad_logo", detail=str(e), reason=e.reason, path=str(logo)) from None
    policy = policy_for(data, policy)
    d = find(data, drug)
    bids = data.bids.get(d.id or -1, [])
    c = Classifier(audience, policy, data.names)
    header = data.header(d)
    document = build.Builder(c, d, bids, today=today, kenmerk=kenmerk, header=header).nota()
    folder = staging.stage(out.parent)
    try:
        checked = folder / "document"
        checked.mkdir()
        target = checked / out.name
        if suffix == ".pdf":
            render_pdf.render(document, target, when=today, logo=logo)
        else:
            from mandaat.export import render_docx

            render_docx.render(document, target, when=today, logo=logo)
        if audience in CONFIDENTIAL_AUDIENCES:
            os.chmod(target, 0o600)
        found = secrets(c, d, bids, _public_texts(d, header), header, others=data.dossiers)
        corpus = public_corpus(
            c,
            [d],
            [today, build.nota_deadline(today, header)],
            {d.id or -1: replace(header, kenmerk=kenmerk or header.kenmerk)},
            numbered=max(len(bids), _pages(target)),
        )
        _verify(found, corpus, checked)
    except BaseException:
        staging.unstage(folder)
        raise
    return Staged(folder, [(target, out)])


def export_nota(
    data: Data,
    drug: str,
    audience: Audience,
    out: Path,
    *,
    today: dt.date,
    kenmerk: str = "",
    policy: Policy | None = None,
    record: Callable[[], None] | None = None,
    logo: Path | None = None,
) -> Path:
    """The nota of one dossier for ``audience`` as DOCX or PDF, leak-checked. The header
    is the one stored with the dossier; ``kenmerk``, when given, wins over its kenmerk.

    ``record`` (the audit entry) runs after the leak check and before the file lands;
    when it raises, nothing is written. A ``nota`` or ``intern`` file is owner-only."""
    staged = stage_nota(
        data, drug, audience, out, today=today, kenmerk=kenmerk, policy=policy, logo=logo
    )
    return finish(staged, record)[0]


def stage_woo(
    data: Data,
    outdir: Path,
    wanted: Sequence[str] = (),
    *,
    today: dt.date,
    policy: Policy | None = None,
) -> Staged:
    """The Woo package rendered and leak-checked in a staging folder (see export_woo)."""
    if outdir.exists() and (not outdir.is_dir() or any(outdir.iterdir())):
        raise ExportError("outdir_not_empty", path=str(outdir))
    policy = policy_for(data, policy)
    chosen = [find(data, w) for w in wanted] if wanted else list(data.dossiers)
    chosen = list({d.id: d for d in chosen}.values())
    if not chosen:
        raise ExportError("no_dossiers")
    c = Classifier("woo", policy, data.names)
    folder = staging.stage(outdir.resolve().parent)
    try:
        package = folder / "pakket"
        package.mkdir()
        entries: list[woo.Entry] = []
        found: list[Secret] = []
        for n, d in enumerate(chosen, 1):
            bids = data.bids.get(d.id or -1, [])
            document = build.Builder(c, d, bids, today=today).woo_summary()
            doc_id = woo.document_id(n)
            render_pdf.render(document, package / f"{doc_id}.pdf", when=today)
            entries.append(woo.entry_for(doc_id, document, today))
            found += secrets(c, d, bids, _public_texts(d), data.header(d), others=data.dossiers)
        woo.write_inventory(entries, package / woo.INVENTORY, today)
        numbered = max(
            [len(chosen)]
            + [len(data.bids.get(d.id or -1, [])) for d in chosen]
            + [_pages(p) for p in package.glob("*.pdf")]
        )
        _verify(found, public_corpus(c, chosen, [today], numbered=numbered), package)
    except BaseException:
        staging.unstage(folder)
        raise
    return Staged(folder, [(package, outdir)])


def export_woo(
    data: Data,
    outdir: Path,
    wanted: Sequence[str] = (),
    *,
    today: dt.date,
    policy: Policy | None = None,
    record: Callable[[], None] | None = None,
) -> list[Path]:
    """The Woo package: a redacted PDF per dossier and the inventory, leak-checked;
    ``record`` (the audit entry) runs before the package lands."""
    return finish(stage_woo(data, outdir, wanted, today=today, policy=policy), record)


def standalone_check(data: Data, target: Path, policy: Policy | None = None) -> list[leakcheck.Hit]:
    """``mandaat leakcheck``: every Woo-withheld value of every dossier, in every file."""
    if not target.exists():
        raise ExportError("not_a_dir", path=str(target))
    if not leakcheck.files_in(target):
        raise ExportError("empty_dir", path=str(target))
    c = Classifier("woo", policy_for(data, policy), data.names)
    found: list[Secret] = []
    for d in data.dossiers:
        header = data.header(d)
        found += secrets(
            c,
            d,
            data.bids.get(d.id or -1, []),
            _public_texts(d, header),
            header,
            others=data.dossiers,
        )
    days = {dt.date.fromtimestamp(p.stat().st_mtime) for p in leakcheck.files_in(target)} | {
        dt.date.today()
    }
    numbered = max(
        [len(data.dossiers)]
        + [len(bids) for bids in data.bids.values()]
        + [_pages(p) for p in leakcheck.files_in(target)]
    )
    corpus = public_corpus(c, data.dossiers, sorted(days), data.headers, numbered=numbered)
    return leakcheck.check(target, found, corpus)

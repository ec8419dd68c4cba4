"""Dossiers and bids in the vault's database: the model's values in and out.

Decimals are stored as text so nothing is rounded; thresholds and arrangements as JSON
with decimal strings. A bid carries a hash of its content, so importing the same bid
twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import fields, replace
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, overload

from mandaat.model import (
    AFTER_END,
    TIER_MODES,
    Arrangement,
    Bid,
    Dossier,
    NotaHeader,
    NotaKind,
    Party,
    Pct,
    Person,
    Phase,
    PriceBasis,
    Threshold,
    Tier,
)

if TYPE_CHECKING:
    from mandaat.export.classify import GroundChoice, Policy

NOTA_FIELDS = tuple(f"nota_{c}" for c in "abcdefgh")
_DECIMAL_DOSSIER = (
    "asking_price",
    "units_per_patient",
    "expected_patients",
    "budget_impact_y3",
    "icer",
    "reference_value",
    "disease_burden",
    "growth_pct_per_year",
    "ce_delta_cost",
    "ce_delta_qaly",
    "ce_drug_cost",
)


def _dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _dstr(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _pct_str(value: Pct | None) -> str | None:
    """A threshold's percentage as text: "92", "12.5", or "100/3" for an exact third."""
    return None if value is None else str(value)


def _pct(value: str | None) -> Pct | None:
    if value is None:
        return None
    if "/" in value:
        return Fraction(value)
    return Decimal(value)


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


# -- JSON for thresholds and arrangements ----------------------------------------------


def threshold_to_json(t: Threshold | None) -> str | None:
    if t is None:
        return None
    return json.dumps(
        {
            "kind": t.kind,
            "low": _pct_str(t.low),
            "high": _pct_str(t.high),
            "substantially": t.substantially,
            "tolerance_pp": _dstr(t.tolerance_pp),
            "source_text": t.source_text,
            "strict_override": t.strict_override,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def threshold_from_json(text: str | None) -> Threshold | None:
    if text is None:
        return None
    d = json.loads(text)
    return Threshold(
        kind=d["kind"],
        low=_pct(d.get("low")),
        high=_pct(d.get("high")),
        substantially=bool(d.get("substantially", False)),
        tolerance_pp=_dec(d.get("tolerance_pp")),
        source_text=d.get("source_text", ""),
        strict_override=d.get("strict_override"),
    )


def arrangement_to_json(a: Arrangement) -> str:
    """Only the blocks that are set (compact: a vault holds many bids)."""
    d: dict[str, Any] = {}
    for f in fields(a):
        value = getattr(a, f.name)
        if value is None or value == () or (f.name == "tier_basis" and value == "volume"):
            continue
        if f.name == "tier_mode" and value == "marginal":
            continue  # the default: vaults and content hashes from before stay the same
        if f.name == "product_wide" and value is False:
            continue  # likewise
        if f.name == "tiers":
            d["tiers"] = [[str(t.threshold), str(t.discount_pct)] for t in value]
        elif isinstance(value, Decimal):
            d[f.name] = str(value)
        else:
            d[f.name] = value
    return json.dumps(d, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


_ARRANGEMENT_FIELDS = frozenset(f.name for f in fields(Arrangement))


def arrangement_from_json(text: str) -> Arrangement:
    d = json.loads(text)
    kwargs: dict[str, Any] = {}
    for name, value in d.items():
        if name not in _ARRANGEMENT_FIELDS:
            continue
        if name == "tiers":
            kwargs["tiers"] = tuple(Tier(Decimal(a), Decimal(b)) for a, b in value)
        elif name == "tier_basis":
            kwargs["tier_basis"] = value
        elif name == "tier_mode":
            if value not in TIER_MODES:
                raise ValueError(f"unknown tier_mode: {value!r}")
            kwargs["tier_mode"] = value
        elif name == "after_end":
            if value not in AFTER_END:
                raise ValueError(f"unknown after_end: {value!r}")
            kwargs["after_end"] = value
        elif name == "product_wide":
            if not isinstance(value, bool):
                raise ValueError(f"product_wide must be true or false: {value!r}")
            kwargs["product_wide"] = value
        else:
            kwargs[name] = _dec(value)
    return Arrangement(**kwargs)


def bid_content_hash(dossier_id: int, bid: Bid) -> bytes:
    """What makes two bids the same bid: every field of their content, not the id."""
    body = json.dumps(
        [
            dossier_id,
            bid.date.isoformat(),
            bid.round,
            bid.party.value,
            arrangement_to_json(bid.arrangement),
            bid.duration_years,
            _iso(bid.start_date),
            bid.conditions.strip(),
            bid.note.strip(),
            bid.contact_person.strip(),
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(body.encode("utf-8")).digest()[:16]


# -- dossiers ---------------------------------------------------------------------------


def save_dossier(db: sqlite3.Connection, d: Dossier) -> Dossier:
    """Insert (id None) or update a dossier and its people; returns it with its id."""
    row = {
        "brand": d.brand.strip(),
        "substance": d.substance,
        "product": d.product.strip(),
        "indication": d.indication,
        "supplier": d.supplier,
        "phase": d.phase.value,
        "sluis_date": _iso(d.sluis_date),
        "stcrt_ref": d.stcrt_ref,
        "advice_date": _iso(d.advice_date),
        "advice_refs": json.dumps(list(d.advice_refs), ensure_ascii=False),
        "comparator": d.comparator,
        "therapeutic_value": d.therapeutic_value,
        "price_basis": d.price_basis.value,
        "advice_text": d.advice_text,
        "advice_threshold": threshold_to_json(d.advice_threshold),
        "mandate_threshold": threshold_to_json(d.mandate_threshold),
        "nota": json.dumps({k: getattr(d, k) for k in NOTA_FIELDS}, ensure_ascii=False),
    }
    for name in _DECIMAL_DOSSIER:
        row[name] = _dstr(getattr(d, name))
    cols = list(row)
    if d.id is None:
        cur = db.execute(
            f"INSERT INTO dossiers ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",  # noqa: S608 - column names are ours
            [row[c] for c in cols],
        )
        new_id = int(cur.lastrowid or 0)
    else:
        db.execute(
            f"UPDATE dossiers SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",  # noqa: S608
            [*(row[c] for c in cols), d.id],
        )
        new_id = d.id
        db.execute("DELETE FROM people WHERE dossier_id = ?", (new_id,))
    db.executemany(
        "INSERT INTO people (dossier_id, position, name, role, email, phone, organisation)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (new_id, i, p.name, p.role, p.email, p.phone, p.organisation)
            for i, p in enumerate(d.people)
        ],
    )
    return replace(d, id=new_id)


_DOSSIER_COLS = (
    "id, brand, substance, indication, supplier, phase, sluis_date, stcrt_ref, advice_date,"
    " advice_refs, comparator, therapeutic_value, asking_price, price_basis, units_per_patient,"
    " expected_patients, budget_impact_y3, icer, reference_value, disease_burden, advice_text,"
    " advice_threshold, mandate_threshold, growth_pct_per_year, nota, ce_delta_cost,"
    " ce_delta_qaly, ce_drug_cost, product"
)


def _dossier_from_row(db: sqlite3.Connection, r: sqlite3.Row | tuple[Any, ...]) -> Dossier:
    (
        id_,
        brand,
        substance,
        indication,
        supplier,
        phase,
        sluis_date,
        stcrt_ref,
        advice_date,
        advice_refs,
        comparator,
        therapeutic_value,
        asking_price,
        price_basis,
        units,
        expected,
        impact,
        icer,
        ref,
        burden,
        advice_text,
        advice_t,
        mandate_t,
        growth,
        nota,
        ce_cost,
        ce_qaly,
        ce_drug,
        product,
    ) = r
    people = tuple(
        Person(*p)
        for p in db.execute(
            "SELECT name, role, email, phone, organisation FROM people"
            " WHERE dossier_id = ? ORDER BY position",
            (id_,),
        )
    )
    nota_texts = json.loads(nota)
    return Dossier(
        brand=brand,
        id=id_,
        substance=substance,
        product=product,
        indication=indication,
        supplier=supplier,
        phase=Phase(phase),
        sluis_date=_date(sluis_date),
        stcrt_ref=stcrt_ref,
        advice_date=_date(advice_date),
        advice_refs=tuple(json.loads(advice_refs)),
        comparator=comparator,
        therapeutic_value=therapeutic_value,
        asking_price=_dec(asking_price),
        price_basis=PriceBasis(price_basis),
        units_per_patient=_dec(units),
        expected_patients=_dec(expected),
        budget_impact_y3=_dec(impact),
        icer=_dec(icer),
        reference_value=_dec(ref),
        disease_burden=_dec(burden),
        advice_text=advice_text,
        advice_threshold=threshold_from_json(advice_t),
        mandate_threshold=threshold_from_json(mandate_t),
        growth_pct_per_year=_dec(growth),
        ce_delta_cost=_dec(ce_cost),
        ce_delta_qaly=_dec(ce_qaly),
        ce_drug_cost=_dec(ce_drug),
        people=people,
        **{k: nota_texts.get(k, "") for k in NOTA_FIELDS},
    )


def dossiers(db: sqlite3.Connection) -> list[Dossier]:
    rows = db.execute(f"SELECT {_DOSSIER_COLS} FROM dossiers ORDER BY brand, indication").fetchall()  # noqa: S608
    return [_dossier_from_row(db, r) for r in rows]


def dossier(db: sqlite3.Connection, dossier_id: int) -> Dossier | None:
    r = db.execute(f"SELECT {_DOSSIER_COLS} FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()  # noqa: S608
    return None if r is None else _dossier_from_row(db, r)


def find_dossiers(
    db: sqlite3.Connection, drug: str, indication: str | None = None
) -> list[Dossier]:
    """Dossiers whose brand (or substance) matches ``drug``, ignoring case and spaces."""
    key = _norm(drug)
    found = [d for d in dossiers(db) if key in (_norm(d.brand), _norm(d.substance))]
    if indication:
        ind = _norm(indication)
        found = [d for d in found if _norm(d.indication) == ind] or found
    return found


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def delete_dossier(db: sqlite3.Connection, dossier_id: int) -> None:
    db.execute("DELETE FROM dossiers WHERE id = ?", (dossier_id,))


# -- bids -------------------------------------------------------------------------------


def add_bid(db: sqlite3.Connection, bid: Bid) -> Bid | None:
    """Store a bid; None when the same bid (same content) is already there."""
    if bid.dossier_id is None:
        raise ValueError("a bid needs its dossier")
    digest = bid_content_hash(bid.dossier_id, bid)
    cur = db.execute(
        "INSERT OR IGNORE INTO bids (dossier_id, date, round, party, arrangement,"
        " duration_years, start_date, conditions, note, contact_person, content_hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            bid.dossier_id,
            bid.date.isoformat(),
            bid.round,
            bid.party.value,
            arrangement_to_json(bid.arrangement),
            bid.duration_years,
            _iso(bid.start_date),
            bid.conditions,
            bid.note,
            bid.contact_person,
            digest,
        ),
    )
    if cur.rowcount == 0:
        return None
    return replace(bid, id=int(cur.lastrowid or 0))


def update_bid(db: sqlite3.Connection, bid: Bid) -> None:
    if bid.id is None or bid.dossier_id is None:
        raise ValueError("update needs a stored bid")
    db.execute(
        "UPDATE bids SET date = ?, round = ?, party = ?, arrangement = ?, duration_years = ?,"
        " start_date = ?, conditions = ?, note = ?, contact_person = ?, content_hash = ?"
        " WHERE id = ?",
        (
            bid.date.isoformat(),
            bid.round,
            bid.party.value,
            arrangement_to_json(bid.arrangement),
            bid.duration_years,
            _iso(bid.start_date),
            bid.conditions,
            bid.note,
            bid.contact_person,
            bid_content_hash(bid.dossier_id, bid),
            bid.id,
        ),
    )


def delete_bid(db: sqlite3.Connection, bid_id: int) -> None:
    db.execute("DELETE FROM bids WHERE id = ?", (bid_id,))


_BID_COLS = (
    "id, dossier_id, date, round, party, arrangement, duration_years, start_date,"
    " conditions, note, contact_person"
)


def _bid_from_row(r: Any) -> Bid:
    return Bid(
        date=dt.date.fromisoformat(r[2]),
        id=r[0],
        dossier_id=r[1],
        round=r[3],
        party=Party(r[4]),
        arrangement=arrangement_from_json(r[5]),
        duration_years=r[6],
        start_date=_date(r[7]),
        conditions=r[8],
        note=r[9],
        contact_person=r[10],
    )


def snapshot(db: sqlite3.Connection) -> bytes:
    """The whole database as it is now, to read on another thread: a worker opens its own
    copy (:func:`open_snapshot`), so it never shares the window's connection and sees one
    consistent state. Kept in memory only, like the database itself."""
    return db.serialize()


def open_snapshot(image: bytes) -> sqlite3.Connection:
    """A read-only connection on a :func:`snapshot`, for the thread that calls this."""
    db = sqlite3.connect(":memory:")
    db.deserialize(image)
    db.execute("PRAGMA query_only = ON")
    return db


def bid(db: sqlite3.Connection, bid_id: int) -> Bid | None:
    """One bid by its id (None when there is none)."""
    row = db.execute(f"SELECT {_BID_COLS} FROM bids WHERE id = ?", (bid_id,)).fetchone()  # noqa: S608
    return None if row is None else _bid_from_row(row)


def bids(db: sqlite3.Connection, dossier_id: int | None = None) -> list[Bid]:
    sql = f"SELECT {_BID_COLS} FROM bids"  # noqa: S608
    args: Iterable[Any] = ()
    if dossier_id is not None:
        sql += " WHERE dossier_id = ?"
        args = (dossier_id,)
    sql += " ORDER BY dossier_id, date, round, id"
    return [_bid_from_row(r) for r in db.execute(sql, tuple(args))]


class StoredBids(Sequence[Bid]):
    """A dossier's bids in the vault's order (date, round, id), read in one query and
    each made into a :class:`Bid` only when first asked for: a window showing 25 of a
    dossier's 25,000 bids parses 25 of them."""

    #: The order of :func:`bids`; a view sorted by date need not sort again.
    in_vault_order = True

    def __init__(self, rows: list[Any]) -> None:
        self._rows = rows
        self._made: list[Bid | None] = [None] * len(rows)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Bid: ...

    @overload
    def __getitem__(self, index: slice) -> list[Bid]: ...

    def __getitem__(self, index: int | slice) -> Bid | list[Bid]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._rows)))]
        found = self._made[index]
        if found is None:
            found = self._made[index] = _bid_from_row(self._rows[index])
        return found

    def ids(self) -> list[int]:
        return [r[0] for r in self._rows]

    def rounds(self) -> list[int]:
        return [r[3] for r in self._rows]

    def parsed(self) -> int:
        """How many were made into Bids so far (for tests and benchmarks)."""
        return sum(b is not None for b in self._made)


def stored_bids(db: sqlite3.Connection, dossier_id: int) -> StoredBids:
    """The bids of one dossier as :func:`bids` gives them, made into Bids when read."""
    sql = f"SELECT {_BID_COLS} FROM bids WHERE dossier_id = ? ORDER BY date, round, id"  # noqa: S608
    return StoredBids(db.execute(sql, (dossier_id,)).fetchall())


def latest_supplier_bids(db: sqlite3.Connection, dossier_id: int | None = None) -> dict[int, Bid]:
    """Per dossier the supplier's latest bid (the last in :func:`bids`' order: date,
    round, id) — what :func:`mandaat.describe.latest_supplier_bid` picks from all of
    them, read without loading the others. ``dossier_id``: that dossier only."""
    if dossier_id is not None:
        r = db.execute(
            f"SELECT {_BID_COLS} FROM bids WHERE party = ? AND dossier_id = ?"  # noqa: S608
            " ORDER BY date DESC, round DESC, id DESC LIMIT 1",
            (Party.SUPPLIER.value, dossier_id),
        ).fetchone()
        return {} if r is None else {r[1]: _bid_from_row(r)}
    # One pass, no sort: SQLite takes a bare column (id) from the row holding the max()
    # (documented for a query with one min/max aggregate). The key orders as
    # (date, round, id): ISO dates, then round and id zero-padded (both positive).
    ids = [
        r[0]
        for r in db.execute(
            "SELECT id, max(date || printf('%010d%020d', round, id)) FROM bids"
            " WHERE party = ? GROUP BY dossier_id",
            (Party.SUPPLIER.value,),
        )
    ]
    found: dict[int, Bid] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in db.execute(f"SELECT {_BID_COLS} FROM bids WHERE id IN ({marks})", chunk):  # noqa: S608
            found[r[1]] = _bid_from_row(r)
    return found


def counts(db: sqlite3.Connection) -> dict[str, int]:
    return {
        "dossiers": db.execute("SELECT count(*) FROM dossiers").fetchone()[0],
        "bids": db.execute("SELECT count(*) FROM bids").fetchone()[0],
    }


# -- Woo grounds per dossier ------------------------------------------------------------


def woo_grounds(db: sqlite3.Connection, dossier_id: int) -> dict[str, GroundChoice]:
    """The stored overrides of one dossier: ``{"entity.field": GroundChoice}``."""
    from mandaat.export.classify import GroundChoice

    return {
        key: GroundChoice(tuple(json.loads(grounds)), motivation)
        for key, grounds, motivation in db.execute(
            "SELECT field, grounds, motivation FROM woo_grounds WHERE dossier_id = ?"
            " ORDER BY field",
            (dossier_id,),
        )
    }


def woo_policy(db: sqlite3.Connection) -> Policy:
    """Every dossier's stored Woo grounds as the export's :class:`Policy`."""
    from mandaat.export.classify import GroundChoice, Policy

    policy = Policy()
    for did, key, grounds, motivation in db.execute(
        "SELECT dossier_id, field, grounds, motivation FROM woo_grounds ORDER BY dossier_id, field"
    ):
        policy.overrides.setdefault(did, {})[key] = GroundChoice(
            tuple(json.loads(grounds)), motivation
        )
    return policy


def set_woo_grounds(
    db: sqlite3.Connection,
    dossier_id: int,
    field: str,
    grounds: Iterable[str],
    motivation: str = "",
) -> GroundChoice:
    """Give ``field`` (``entity.name``) of a dossier these grounds (empty: public) and
    motivation, replacing an earlier choice. Refused with ``ExportError("bad_policy")``
    by the rules of :func:`~mandaat.export.classify.check_choice`; ``unknown_dossier``
    when the dossier does not exist."""
    from mandaat.errors import MandaatError
    from mandaat.export.classify import GroundChoice, check_choice

    choice = GroundChoice(tuple(g.strip() for g in grounds if g.strip()), motivation.strip())
    check_choice(field, choice)
    if db.execute("SELECT 1 FROM dossiers WHERE id = ?", (dossier_id,)).fetchone() is None:
        raise MandaatError("unknown_dossier", name=str(dossier_id))
    db.execute(
        "INSERT INTO woo_grounds (dossier_id, field, grounds, motivation) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (dossier_id, field)"
        " DO UPDATE SET grounds = excluded.grounds, motivation = excluded.motivation",
        (dossier_id, field, json.dumps(list(choice.grounds)), choice.motivation),
    )
    return choice


def clear_woo_grounds(db: sqlite3.Connection, dossier_id: int, field: str) -> bool:
    """Back to the default ground of ``field``; False when there was no override."""
    cur = db.execute(
        "DELETE FROM woo_grounds WHERE dossier_id = ? AND field = ?", (dossier_id, field)
    )
    return cur.rowcount > 0


# -- the nota's header per dossier ----------------------------------------------------


def nota_header(db: sqlite3.Connection, dossier_id: int) -> NotaHeader:
    """The stored header of a dossier's nota; the empty header (all defaults) if none."""
    r = db.execute(
        "SELECT kind, title, deadline, kenmerk, attachments, author FROM nota_headers"
        " WHERE dossier_id = ?",
        (dossier_id,),
    ).fetchone()
    if r is None:
        return NotaHeader()
    kind, title, deadline, kenmerk, attachments, author = r
    return NotaHeader(
        kind=None if kind is None else NotaKind(kind),
        title=title,
        deadline=_date(deadline),
        kenmerk=kenmerk,
        attachments=attachments,
        author=author,
    )


def nota_headers(db: sqlite3.Connection) -> dict[int, NotaHeader]:
    """Every stored header by dossier id (dossiers without one are left out)."""
    return {
        int(did): nota_header(db, int(did))
        for (did,) in db.execute("SELECT dossier_id FROM nota_headers ORDER BY dossier_id")
    }


def save_nota_header(db: sqlite3.Connection, dossier_id: int, header: NotaHeader) -> NotaHeader:
    """Store the header of a dossier's nota (texts trimmed), replacing the earlier one; the
    empty header removes the row. Returns what was stored. ``unknown_dossier`` when the
    dossier does not exist; :class:`ValueError` (from :class:`NotaHeader`) for bad values."""
    from mandaat.errors import MandaatError

    if not isinstance(header, NotaHeader):
        raise TypeError("a NotaHeader is needed")
    header = header.normalized()
    if db.execute("SELECT 1 FROM dossiers WHERE id = ?", (dossier_id,)).fetchone() is None:
        raise MandaatError("unknown_dossier", name=str(dossier_id))
    if header.is_empty():
        db.execute("DELETE FROM nota_headers WHERE dossier_id = ?", (dossier_id,))
        return header
    db.execute(
        "INSERT INTO nota_headers (dossier_id, kind, title, deadline, kenmerk, attachments,"
        " author) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (dossier_id) DO UPDATE SET kind = excluded.kind, title = excluded.title,"
        " deadline = excluded.deadline, kenmerk = excluded.kenmerk,"
        " attachments = excluded.attachments, author = excluded.author",
        (
            dossier_id,
            None if header.kind is None else header.kind.value,
            header.title,
            _iso(header.deadline),
            header.kenmerk,
            header.attachments,
            header.author,
        ),
    )
    return header

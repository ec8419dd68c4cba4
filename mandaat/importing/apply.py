"""From read workbook rows to stored dossiers and bids: check, plan, apply.

Three steps, each usable on its own (the window runs them on a worker thread):

1. :func:`read_import` reads the workbook (:func:`~mandaat.importing.read_workbook`,
   in a child process with hard limits: :mod:`mandaat.importing.isolation`)
   with the columns of every recognised sheet (found by the reader along with the
   header rows), so that problems found against the vault can name the cell.
2. :func:`plan_import` checks every row against the vault (unknown drug, ambiguous
   dossier, net price above the asking price, …) without writing anything. The plan
   lists every row with its fate and every problem, the reader's and its own.
3. :func:`apply_import` stores a plan without problems in one transaction and one
   audit entry (counts and the file name only, never a value). A plan with problems
   is refused as a whole: nothing is stored.

Decisions (see also the CLI's help):

* A dossier row is the dossier of its drug (brand or substance, case and spacing
  ignored) and indication. When that dossier exists, cells that only *add* data (the
  stored field is empty) update it; equal values change nothing; a different value
  is a problem (``dossier_conflict``): an import never overwrites what is stored.
  Two rows of the file for the same dossier follow the same rule among themselves.
* A drug name matches a dossier's brand; it matches the substance only when no brand
  does (two brands of one substance stay apart).
* A bid row is matched to a dossier by drug; the indication decides when the drug
  has several dossiers, and when given it must fit (equal, or one containing the
  other) even for a drug with one dossier: a bid is never filed under the wrong
  indication. Dossier rows of the same file count (they are applied first).
* ``Looptijd`` must be a whole number of years (the model keeps years); empty means
  the model's default of 3 years. ``Ronde`` defaults to 1, ``Partij`` to the supplier.
* Dates (bid, sluis, advice) more than a year after today are refused as typing
  errors.
* A bid identical to a stored one (same content hash) is "already present"; so is a
  repeated row of the file (the same values, as read, for the same dossier). A
  re-import therefore adds nothing and writes nothing.
* ``Kenmerk`` has no field of its own in the model; it is kept in ``advice_refs``.

The core returns codes and values; :mod:`mandaat.importing.messages` and the CLI turn
them into Dutch.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Final, Literal, NamedTuple

from mandaat.importing import values as v
from mandaat.importing.errors import ImportCancelledError
from mandaat.importing.isolation import read_isolated
from mandaat.importing.reader import Problem, Row, WorkbookData
from mandaat.importing.safety import DEFAULT_LIMITS, Limits, check_regular_file
from mandaat.model import Arrangement, Bid, Dossier, Party, PriceBasis, Tier
from mandaat.thresholds import ThresholdError, parse_threshold
from mandaat.vault import store

if TYPE_CHECKING:
    import sqlite3

    from mandaat.vault.file import Vault

__all__ = [
    "AUDIT_ACTION",
    "BidItem",
    "ColumnMap",
    "DossierItem",
    "ImportCancelledError",
    "ImportPlan",
    "ImportRefusedError",
    "ImportResult",
    "apply_import",
    "locate_columns",
    "money_text",
    "plan_import",
    "read_import",
]

AUDIT_ACTION: Final = "import"
#: Dates later than this many days after today are refused as typing errors.
FUTURE_DAYS: Final = 366

#: sheet title -> canonical field -> (column letter, header as written)
ColumnMap = Mapping[str, Mapping[str, tuple[str, str]]]
#: ``progress(stage, done, total)``; stage is ``"check"`` or ``"store"``.
Progress = Callable[[str, int, int], None]
#: Returns True when the user asked to stop.
CancelCheck = Callable[[], bool]
Status = Literal["new", "updated", "present", "refused"]


class ImportRefusedError(Exception):
    """:func:`apply_import` was given a plan with problems; nothing was stored."""


@dataclass(frozen=True)
class DossierItem:
    """One dossier row and what the import does with it."""

    sheet: str
    row: int
    drug: str
    indication: str
    status: Status
    #: the dossier as it will be stored (merged with the stored one); None if unusable
    dossier: Dossier | None = None


#: the terms of an imported bid: discount (%), net price per patient, annual cap, the
#: staffel (threshold in patients per year, extra discount %) and how it applies, and
#: whether it applies to the product across its indications
Terms = tuple[
    Decimal | None, Decimal | None, Decimal | None, tuple[tuple[int, Decimal], ...], str, bool
]
#: what a bid row's :class:`~mandaat.model.Bid` is made of: date, round, party,
#: terms, duration in years, note, contact person
BidParts = tuple[dt.date, int, Party, Terms, int, str, str]


class BidItem(NamedTuple):
    """One bid row and what the import does with it.

    A tuple (a hundred thousand of them are made in a blink); the bid itself is
    only built when asked for (:attr:`bid`).
    """

    sheet: str
    row: int
    drug: str
    indication: str
    status: Status
    #: index into :attr:`ImportPlan.targets`
    target: int | None = None
    #: what the bid is made of; None if the row is unusable
    parts: BidParts | None = None

    @property
    def bid(self) -> Bid | None:
        """The bid as it will be stored (without dossier id); None if unusable. Built
        anew at every access: keep it in a variable when it is used more than once."""
        p = self.parts
        if p is None:
            return None
        terms = p[3]
        return Bid(
            date=p[0],
            round=p[1],
            party=p[2],
            arrangement=Arrangement(
                discount_pct=terms[0],
                net_price_per_patient=terms[1],
                annual_cap=terms[2],
                tiers=tuple(Tier(Decimal(t), pct) for t, pct in terms[3]),
                tier_mode="all_units" if terms[4] == "all_units" else "marginal",
                product_wide=terms[5],
            ),
            duration_years=p[4],
            note=p[5],
            contact_person=p[6],
        )


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do; nothing of it is stored yet."""

    file: str
    sheets: Mapping[str, str]
    dossier_items: tuple[DossierItem, ...]
    bid_items: tuple[BidItem, ...]
    problems: tuple[Problem, ...]
    #: dossiers the bids refer to: stored ones (with id) and new ones (id None)
    targets: tuple[Dossier, ...] = ()
    #: problems the reader found beyond those it kept (``Limits.max_problems``)
    more_problems: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems and not self.more_problems

    @property
    def problem_count(self) -> int:
        """Every problem found, listed in ``problems`` or only counted."""
        return len(self.problems) + self.more_problems

    def count(self, kind: Literal["dossiers", "bids"], status: Status) -> int:
        items: Sequence[DossierItem | BidItem] = (
            self.dossier_items if kind == "dossiers" else self.bid_items
        )
        return sum(1 for item in items if item.status == status)

    @property
    def new_count(self) -> int:
        return self.count("dossiers", "new") + self.count("bids", "new")

    @property
    def updated_count(self) -> int:
        return self.count("dossiers", "updated")

    @property
    def present_count(self) -> int:
        return self.count("dossiers", "present") + self.count("bids", "present")


@dataclass(frozen=True)
class ImportResult:
    """What was stored. ``committed`` is False when there was nothing to store."""

    file: str
    dossiers_new: int
    dossiers_updated: int
    dossiers_present: int
    bids_new: int
    bids_present: int
    committed: bool

    @property
    def new_count(self) -> int:
        return self.dossiers_new + self.bids_new

    @property
    def present_count(self) -> int:
        return self.dossiers_present + self.bids_present

    def audit_params(self) -> dict[str, object]:
        """The audit entry's parameters: counts and the file name only, never a value
        from the file (worded as :meth:`audit_detail` says it in Dutch)."""
        return {
            "file": PurePath(self.file).name,
            "new": self.dossiers_new,
            "updated": self.dossiers_updated,
            "bids": self.bids_new,
            "present": self.present_count,
        }

    def audit_detail(self) -> str:
        """Counts and the file name only: never a value from the file."""
        return (
            f"{PurePath(self.file).name}: dossiers {self.dossiers_new} nieuw,"
            f" {self.dossiers_updated} bijgewerkt; biedingen {self.bids_new} nieuw;"
            f" {self.present_count} al aanwezig"
        )


# --------------------------------------------------------------------------- reading


def read_import(
    path: str | os.PathLike[str],
    password: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    cancel: CancelCheck | None = None,
) -> tuple[WorkbookData, ColumnMap]:
    """Read the workbook in a child process with hard limits
    (:func:`~mandaat.importing.isolation.read_isolated`) and locate its columns.

    Raises :class:`WorkbookError`, or :class:`ImportCancelledError` when ``cancel()``
    turns True while the child reads (the child is then ended)."""
    check_regular_file(Path(path))  # in the parent: a pipe never reaches the child
    data: WorkbookData = read_isolated(path, password=password, limits=limits, cancel=cancel)
    return data, locate_columns(path, data, password=password, limits=limits)


def locate_columns(
    path: str | os.PathLike[str],
    data: WorkbookData,
    password: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ColumnMap:
    """The column of each field in the recognised sheets.

    The reader records them while it finds the header rows
    (:attr:`WorkbookData.columns`); the workbook is not read (nor decrypted) again.
    ``path``, ``password`` and ``limits`` are kept for callers of the old signature.
    """
    return {title: dict(cols) for title, cols in data.columns.items() if title in data.sheets}


# --------------------------------------------------------------------------- planning


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _is_empty(value: object) -> bool:
    return value is None or value == "" or value == ()


def money_text(amount: Decimal) -> str:
    """``104000`` -> ``104.000``; ``104000.5`` -> ``104.000,50`` (Dutch, no € sign)."""
    text = f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return text.removesuffix(",00")


def _shown(value: object) -> str:
    """A value as a Dutch user writes it, for problem messages."""
    if isinstance(value, Decimal):
        return str(v.strip_trailing_zeros(value)).replace(".", ",")
    if isinstance(value, dt.date):
        return f"{value.day}-{value.month}-{value.year}"
    if isinstance(value, tuple):
        return ", ".join(str(x) for x in value)
    return str(value)


@dataclass
class _Target:
    dossier: Dossier
    stored: bool
    #: field -> (sheet, row) of the file row that set it
    set_by: dict[str, tuple[str, int]] = field(default_factory=dict)


#: dossier model field <- workbook field
_DOSSIER_MAP: Final[tuple[tuple[str, str], ...]] = (
    ("substance", "substance"),
    ("supplier", "supplier"),
    ("sluis_date", "sluis_date"),
    ("advice_date", "advice_date"),
    ("advice_text", "required_reduction_text"),
    ("asking_price", "asking_price"),
    ("budget_impact_y3", "budget_impact_y3"),
    ("expected_patients", "patients_per_year"),
    ("advice_refs", "reference"),
    ("product", "product"),
)


_MONEY_FIELDS: Final = frozenset({"asking_price", "budget_impact_y3"})


class _Planner:
    def __init__(
        self,
        db: sqlite3.Connection,
        data: WorkbookData,
        columns: ColumnMap,
        file: str,
        today: dt.date,
    ) -> None:
        self.db = db
        self.data = data
        self.columns = columns
        self.file = file
        self.latest = today + dt.timedelta(days=FUTURE_DAYS)
        self.problems: list[Problem] = []
        self.targets = [_Target(d, stored=True) for d in store.dossiers(db)]
        self.reader_rows = frozenset((p.sheet, p.row) for p in data.problems) | {
            (r.sheet, r.row) for r in data.rows if r.troubled
        }
        self.bad_rows = set(self.reader_rows)
        #: set once the dossier rows are done: from then on the targets do not change,
        #: so matching a drug (and indication) is remembered
        self.bids_phase = False
        self.candidate_memo: dict[str, list[int]] = {}
        #: the content keys of the file's bids so far (see :meth:`repeat_status`)
        self.bid_keys: set[_BidKey] = set()
        #: (target, date) -> content hashes of the target's stored bids of that day,
        #: for the targets in ``stored_loaded`` (see :meth:`load_stored`)
        self.stored_days: dict[tuple[object, ...], set[bytes]] = {}
        self.stored_loaded: set[int | None] = set()
        #: target index -> its asking price per patient (bids phase)
        self.asking: dict[int, Decimal | None] = {}
        #: duration -> whole years, or -1 for a fraction
        self.whole_years: dict[Decimal, int] = {}
        self.match_memo: dict[tuple[str, str], int | tuple[str, str, str, dict[str, str]]] = {}

    # -- problems --------------------------------------------------------------------

    def problem(
        self, row: Row, field_name: str | None, value: object, code: str, **params: object
    ) -> None:
        column, header = ("", "")
        if field_name is not None:
            column, header = self.columns.get(row.sheet, {}).get(field_name, ("", ""))
        shown = "" if _is_empty(value) else _shown(value)
        self.problems.append(
            Problem(self.file, row.sheet, row.row, column, header, shown, code, params)
        )
        self.bad_rows.add((row.sheet, row.row))

    def check_date(self, row: Row, field_name: str) -> None:
        value = row.values.get(field_name)
        if isinstance(value, dt.date) and value > self.latest:
            self.problem(row, field_name, value, "date_far_future")

    # -- matching --------------------------------------------------------------------

    def candidates(self, drug: str) -> list[int]:
        """Dossiers of ``drug``: by brand; by substance only when no brand matches
        (two brands of one substance, such as biosimilars, stay apart)."""
        if self.bids_phase:  # the targets no longer change: remember the answer
            found = self.candidate_memo.get(drug)
            if found is None:
                found = self.candidate_memo[drug] = self._candidates(drug)
            return found
        return self._candidates(drug)

    def _candidates(self, drug: str) -> list[int]:
        key = _norm(drug)
        by_brand = [i for i, t in enumerate(self.targets) if _norm(t.dossier.brand) == key]
        if by_brand:
            return by_brand
        return [i for i, t in enumerate(self.targets) if _norm(t.dossier.substance) == key]

    def known_indications(self, found: list[int]) -> str:
        names = [self.targets[i].dossier.indication or "zonder indicatie" for i in found]
        return "; ".join(names)

    # -- dossiers --------------------------------------------------------------------

    def dossier_row(self, row: Row) -> DossierItem:
        drug = str(row.values.get("drug", ""))
        indication = str(row.values.get("indication", ""))
        wanted = self.dossier_fields(row)
        for name in ("sluis_date", "advice_date"):
            self.check_date(row, name)
        if not drug:
            return DossierItem(row.sheet, row.row, drug, indication, "refused")
        found = self.candidates(drug)
        if indication:
            found = [
                i for i in found if _norm(self.targets[i].dossier.indication) == _norm(indication)
            ]
        if len(found) > 1:
            bare = [i for i in found if not self.targets[i].dossier.indication]
            if len(bare) == 1:
                found = bare
            else:
                self.problem(
                    row,
                    "drug",
                    drug,
                    "ambiguous_drug",
                    drug=drug,
                    known=self.known_indications(found),
                )
                return DossierItem(row.sheet, row.row, drug, indication, "refused")
        if not found:
            dossier = Dossier(brand=drug, indication=indication, **wanted)
            self.targets.append(_Target(dossier, stored=False))
            target = self.targets[-1]
            target.set_by.update(dict.fromkeys(wanted, (row.sheet, row.row)))
            return self.finish_dossier(row, drug, indication, "new", dossier)
        target = self.targets[found[0]]
        changed = self.merge(row, target, wanted)
        # a second row for a dossier that is new in this file counts like a stored one
        status: Status = "updated" if changed else "present"
        return self.finish_dossier(row, drug, indication, status, target.dossier)

    def finish_dossier(
        self, row: Row, drug: str, indication: str, status: Status, dossier: Dossier
    ) -> DossierItem:
        if (row.sheet, row.row) in self.bad_rows:
            status = "refused"
        return DossierItem(row.sheet, row.row, drug, indication, status, dossier)

    def dossier_fields(self, row: Row) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for model_name, sheet_name in _DOSSIER_MAP:
            if sheet_name not in row.values:
                continue
            value = row.values[sheet_name]
            if model_name == "advice_text":
                text = str(value)
                try:
                    out["advice_threshold"] = parse_threshold(text)
                except ThresholdError as exc:
                    reason = exc.message[:1].lower() + exc.message[1:]
                    self.problem(row, sheet_name, text, "unparseable_reduction", reason=reason)
                out["advice_text"] = text
            elif model_name == "expected_patients":
                out[model_name] = Decimal(value) if isinstance(value, int) else value
            elif model_name == "advice_refs":
                out[model_name] = (str(value),)
            else:
                out[model_name] = value
        return out

    def merge(self, row: Row, target: _Target, wanted: dict[str, Any]) -> bool:
        """Add ``wanted`` to the target; a differing value is a problem. True if changed."""
        current = target.dossier
        changes: dict[str, Any] = {}
        sheet_of = dict(_DOSSIER_MAP)
        sheet_of["advice_threshold"] = "required_reduction_text"
        for name, value in wanted.items():
            if name == "advice_threshold":
                continue
            old = getattr(current, name)
            if name == "advice_refs":
                if value[0] not in old:
                    changes[name] = (*old, value[0])
                continue
            if _is_empty(old):
                changes[name] = value
                if name == "advice_text" and "advice_threshold" in wanted:
                    changes["advice_threshold"] = wanted["advice_threshold"]
                continue
            same = _norm(old) == _norm(value) if isinstance(old, str) else old == value
            if same:
                continue
            if name in _MONEY_FIELDS:
                value, old = money_text(value), money_text(old)
            origin = target.set_by.get(name)
            if origin is None:
                self.problem(row, sheet_of[name], value, "dossier_conflict", stored=_shown(old))
            else:
                self.problem(
                    row,
                    sheet_of[name],
                    value,
                    "dossier_conflict_in_file",
                    stored=_shown(old),
                    other_sheet=origin[0],
                    other_row=origin[1],
                )
        if not changes:
            return False
        target.dossier = dataclasses.replace(current, **changes)
        target.set_by.update(dict.fromkeys(changes, (row.sheet, row.row)))
        return True

    # -- bids ------------------------------------------------------------------------

    def bid_row(self, row: Row) -> BidItem:
        """Check one bid row: the date, the dossier (:meth:`match_bid`), the duration,
        the terms, the net price against the asking price, a repeat of a row of the
        file or of a stored bid, in that order (the order of the problems of a row)."""
        values = row.values
        get = values.get
        drug = str(get("drug", ""))
        indication = str(get("indication", ""))
        date = get("date")
        if isinstance(date, dt.date) and date > self.latest:
            self.problem(row, "date", date, "date_far_future")
        target: int | None = None
        if drug:
            target = self.match_bid(row, drug, indication)
        # the duration: whole years, default 3
        duration = get("duration_years")
        years = 3
        if isinstance(duration, Decimal):
            whole = self.years_of(duration)
            if whole < 0:
                self.problem(row, "duration_years", duration, "fractional_duration")
            else:
                years = whole
        discount, net, cap = get("discount_pct"), get("net_price"), get("annual_cap")
        tiers = get("tiers", ())
        mode = get("tier_mode", "marginal")  # absent: marginal, as before
        terms: Terms = (
            _decimal(discount),
            _decimal(net),
            _decimal(cap),
            tiers if isinstance(tiers, tuple) else (),
            mode if isinstance(mode, str) else "marginal",
            get("product_wide") is True,  # absent: one indication, as before
        )
        if terms[:5] == _NO_TERMS[:5] and (row.sheet, row.row) not in self.reader_rows:
            self.problem(row, None, None, "no_terms")
        status: Status = "new"
        parts: BidParts | None = None
        if isinstance(date, dt.date):
            round_no = get("round", 1)
            if not isinstance(round_no, int) or isinstance(round_no, bool):
                round_no = 1
            party = _VWS if get("party") == "vws" else _SUPPLIER
            parts = (
                date,
                round_no,
                party,
                terms,
                years,
                str(get("note", "")),
                str(get("contact_person", "")),
            )
            if target is not None:
                if net is not None:
                    self.check_net_price(row, _decimal(net), target)
                if terms[5]:
                    self.check_product_wide(row, terms, target)
                status = self.repeat_status(target, parts)
        if parts is None or target is None or (row.sheet, row.row) in self.bad_rows:
            status = "refused"
        return BidItem(row.sheet, row.row, drug, indication, status, target, parts)

    def check_product_wide(self, row: Row, terms: Terms, target: int) -> None:
        """A product-wide bid needs a product in its dossier (stored, or set by this
        file's Dossiers sheet), and terms that apply per indication (no cap, no net price
        per patient): as :func:`mandaat.describe.bid_problems` refuses them."""
        if not self.targets[target].dossier.product.strip():
            self.problem(row, "product_wide", "ja", "product_wide_no_product")
        if terms[2] is not None:
            self.problem(row, "product_wide", "ja", "product_wide_cap")
        if terms[1] is not None:
            self.problem(row, "product_wide", "ja", "product_wide_net_price")

    def years_of(self, duration: Decimal) -> int:
        """The whole years of a duration, -1 for a fraction (remembered)."""
        whole = self.whole_years.get(duration)
        if whole is None:
            whole = self.whole_years[duration] = (
                int(duration) if duration == duration.to_integral_value() else -1
            )
        return whole

    def match_bid(self, row: Row, drug: str, indication: str) -> int | None:
        """The target of a bid row; the outcome is the same for every row with the same
        drug and indication (as written), so it is worked out once."""
        outcome = self.match_memo.get((drug, indication))
        if outcome is None:
            outcome = self.match_memo[(drug, indication)] = self._match_bid(drug, indication)
        if isinstance(outcome, int):
            return outcome
        field_name, value, code, params = outcome
        self.problem(row, field_name, value, code, **params)
        return None

    def _match_bid(self, drug: str, indication: str) -> int | tuple[str, str, str, dict[str, str]]:
        found = self.candidates(drug)
        if not found:
            return ("drug", drug, "unknown_drug", {"drug": drug})
        if not indication:
            if len(found) == 1:
                return found[0]
            return (
                "drug",
                drug,
                "ambiguous_drug",
                {"drug": drug, "known": self.known_indications(found)},
            )
        key = _norm(indication)
        exact = [i for i in found if _norm(self.targets[i].dossier.indication) == key]
        if len(exact) == 1:
            return exact[0]
        close = [
            i
            for i in found
            if (stored := _norm(self.targets[i].dossier.indication))
            and (key in stored or stored in key)
        ]
        if not exact and len(close) == 1:
            return close[0]
        if (
            not exact
            and not close
            and len(found) == 1
            and not self.targets[found[0]].dossier.indication
        ):
            return found[0]
        code = "ambiguous_drug" if len(exact) > 1 or len(close) > 1 else "unknown_indication"
        return (
            "indication",
            indication,
            code,
            {"drug": drug, "known": self.known_indications(found)},
        )

    def asking_of(self, index: int) -> Decimal | None:
        """The target's asking price per patient (remembered once the dossiers are
        planned: they no longer change)."""
        if index in self.asking:
            return self.asking[index]
        asking = _cost_per_patient(self.targets[index].dossier)
        if self.bids_phase:
            self.asking[index] = asking
        return asking

    def check_net_price(self, row: Row, net: Decimal | None, index: int) -> None:
        asking = self.asking_of(index)
        if net is not None and asking is not None and net > asking:
            self.problem(
                row,
                "net_price",
                money_text(net),
                "net_price_above_asking",
                asking=money_text(asking),
            )

    def repeat_status(self, index: int, parts: BidParts) -> Status:
        """A repeat of a row of the file (same content, same dossier) or of a stored
        bid is "present"; anything else "new"."""
        key = (index, parts)
        if key in self.bid_keys:
            return "present"
        self.bid_keys.add(key)
        if index not in self.stored_loaded:
            self.load_stored(index)
        if (index, parts[0]) in self.stored_days and self.is_stored(key):
            return "present"
        return "new"

    def load_stored(self, index: int) -> None:
        """Remember the date and content hash of the stored bids of a target; the
        content hash covers the date, so only a stored bid of the same day can be the
        same bid: the hash of a row is only computed for those."""
        self.stored_loaded.add(index)
        dossier_id = self.targets[index].dossier.id
        if dossier_id is None:
            return
        for date, digest in self.db.execute(
            "SELECT date, content_hash FROM bids WHERE dossier_id = ?",
            (dossier_id,),
        ):
            day = (index, dt.date.fromisoformat(date))
            self.stored_days.setdefault(day, set()).add(bytes(digest))

    def is_stored(self, key: _BidKey) -> bool:
        """Whether a stored bid of the target has the content of the key's bid."""
        index, parts = key
        dossier_id = self.targets[index].dossier.id
        bid = BidItem("", 0, "", "", "new", None, parts).bid
        assert dossier_id is not None and bid is not None
        hashes = self.stored_days[(index, parts[0])]
        return store.bid_content_hash(dossier_id, bid) in hashes

    def sorted_problems(self) -> tuple[Problem, ...]:
        order = {title: i for i, title in enumerate(self.data.sheets)}

        def key(p: Problem) -> tuple[int, int, int, str]:
            return (order.get(p.sheet, len(order)), p.row, len(p.column), p.column)

        return tuple(sorted([*self.data.problems, *self.problems], key=key))


_NO_TERMS: Final[Terms] = (None, None, None, (), "marginal", False)
#: what makes a bid row the same as another: its target and its bid's parts
_BidKey = tuple[int, BidParts]
_VWS: Final = Party.VWS
_SUPPLIER: Final = Party.SUPPLIER


def _decimal(value: object) -> Decimal | None:
    return value if isinstance(value, Decimal) else None


def _cost_per_patient(d: Dossier) -> Decimal | None:
    if d.asking_price is None:
        return None
    if d.price_basis is PriceBasis.PER_UNIT:
        return None if d.units_per_patient is None else d.asking_price * d.units_per_patient
    return d.asking_price


def plan_import(
    db: sqlite3.Connection,
    data: WorkbookData,
    columns: ColumnMap | None = None,
    *,
    file: str = "",
    today: dt.date | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ImportPlan:
    """Check every row against the vault's database ``db``; writes nothing.

    Dossier rows are planned before bid rows, so a bid may refer to a dossier of the
    same file. Raises :class:`ImportCancelledError` when ``cancel()`` turns True.
    """
    name = file or (data.problems[0].file if data.problems else "")
    planner = _Planner(db, data, columns or {}, name, today or dt.date.today())
    total = data.count("dossiers") + data.count("bids")
    done = 0
    dossier_items: list[DossierItem] = []
    bid_items: list[BidItem] = []
    for row in data.dossier_rows:
        if not done % _STEP_ROWS:
            _step(cancel, progress, "check", done, total)
        dossier_items.append(planner.dossier_row(row))
        done += 1
    planner.bids_phase = True
    for row in data.bid_rows:
        if not done % _STEP_ROWS:
            _step(cancel, progress, "check", done, total)
        bid_items.append(planner.bid_row(row))
        done += 1
    # a dossier row turned bad by a later row (a conflict) is refused too
    dossier_items = [
        dataclasses.replace(item, status="refused")
        if (item.sheet, item.row) in planner.bad_rows
        else item
        for item in dossier_items
    ]
    if progress is not None:
        progress("check", total, total)
    return ImportPlan(
        file=name,
        sheets=dict(data.sheets),
        dossier_items=tuple(dossier_items),
        bid_items=tuple(bid_items),
        problems=planner.sorted_problems(),
        targets=tuple(t.dossier for t in planner.targets),
        more_problems=data.more_problems,
    )


#: progress is reported (and cancel looked at) every this many rows
_STEP_ROWS: Final = 256


def _step(
    cancel: CancelCheck | None, progress: Progress | None, stage: str, done: int, total: int
) -> None:
    if cancel is not None and cancel():
        raise ImportCancelledError
    if progress is not None:
        progress(stage, done, total)


# --------------------------------------------------------------------------- applying


def apply_import(
    vault: Vault,
    plan: ImportPlan,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ImportResult:
    """Store a plan without problems: one transaction, one ``vault.commit``.

    ``vault`` is an open, writable :class:`~mandaat.vault.file.Vault` and the plan must come
    from it. Nothing is written when the plan has problems (:class:`ImportRefusedError`),
    when it holds nothing new (``committed`` False: no audit entry, the file is
    untouched), or when ``cancel()`` turns True before the commit
    (:class:`ImportCancelledError`).
    """
    if not plan.ok:
        raise ImportRefusedError(plan.problem_count)
    db = vault.db
    changed_ids = {
        item.dossier.id
        for item in plan.dossier_items
        if item.status == "updated" and item.dossier is not None and item.dossier.id is not None
    }
    new_targets = [i for i, d in enumerate(plan.targets) if d.id is None]
    todo_bids = [item for item in plan.bid_items if item.status == "new"]
    result = ImportResult(
        file=plan.file,
        dossiers_new=plan.count("dossiers", "new"),
        dossiers_updated=plan.count("dossiers", "updated"),
        dossiers_present=plan.count("dossiers", "present"),
        bids_new=0,
        bids_present=plan.count("bids", "present"),
        committed=False,
    )
    total = len(new_targets) + len(changed_ids) + len(todo_bids)
    if total == 0:
        return result
    ids = {i: d.id for i, d in enumerate(plan.targets) if d.id is not None}
    bids_new = 0
    done = 0
    with vault.writing():  # no save of the window's takes an image halfway
        db.execute("SAVEPOINT mandaat_import")
        try:
            for index, dossier in enumerate(plan.targets):
                if dossier.id is None or dossier.id in changed_ids:
                    _step(cancel, progress, "store", done, total)
                    saved = store.save_dossier(db, dossier)
                    assert saved.id is not None
                    ids[index] = saved.id
                    done += 1
            for item in todo_bids:
                _step(cancel, progress, "store", done, total)
                assert item.bid is not None and item.target is not None
                bid = dataclasses.replace(item.bid, dossier_id=ids[item.target])
                bids_new += store.add_bid(db, bid) is not None
                done += 1
            if cancel is not None and cancel():
                raise ImportCancelledError
            result = dataclasses.replace(
                result,
                bids_new=bids_new,
                bids_present=result.bids_present + len(todo_bids) - bids_new,
                committed=True,
            )
            vault.commit_coded(AUDIT_ACTION, result.audit_params())
        except BaseException:
            if db.in_transaction:  # not yet committed: undo everything of this import
                db.execute("ROLLBACK TO mandaat_import")
                db.execute("RELEASE mandaat_import")
            raise
    if progress is not None:
        progress("store", total, total)
    return result

"""The vault's SQLite schema and its migrations.

``schema_version`` holds one row. Each migration is a function that takes the database
from version ``n - 1`` to ``n`` inside one transaction; opening a vault runs the ones it
lacks. A vault whose schema is newer than this program knows is refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def _v1_base(db: sqlite3.Connection) -> None:
    db.executescript(
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE audit_log (
            seq       INTEGER PRIMARY KEY CHECK (seq >= 1),
            at        TEXT NOT NULL,
            user      TEXT NOT NULL,
            action    TEXT NOT NULL CHECK (length(action) > 0),
            detail    TEXT NOT NULL DEFAULT '',
            prev_hash BLOB NOT NULL CHECK (length(prev_hash) = 32),
            hash      BLOB NOT NULL UNIQUE CHECK (length(hash) = 32)
        ) STRICT;

        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

        CREATE TABLE counters (
            name  TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ) STRICT;
        """
    )


def _v2_model(db: sqlite3.Connection) -> None:
    """Dossiers, the people involved and bids. Money and percentages are stored as
    decimal text (exact); thresholds and arrangements as JSON with decimal strings."""
    db.executescript(
        """
        CREATE TABLE dossiers (
            id                 INTEGER PRIMARY KEY,
            brand              TEXT NOT NULL CHECK (length(trim(brand)) > 0),
            substance          TEXT NOT NULL DEFAULT '',
            indication         TEXT NOT NULL DEFAULT '',
            supplier           TEXT NOT NULL DEFAULT '',
            phase              TEXT NOT NULL CHECK (phase IN ('indiening', 'beoordeling',
                                 'onderhandeling', 'akkoord', 'sluis_gecontinueerd',
                                 'herbeoordeling', 'geen_akkoord', 'ingetrokken')),
            sluis_date         TEXT CHECK (date(sluis_date, '+0 days') IS sluis_date),
            stcrt_ref          TEXT NOT NULL DEFAULT '',
            advice_date        TEXT CHECK (date(advice_date, '+0 days') IS advice_date),
            advice_refs        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(advice_refs)),
            comparator         TEXT NOT NULL DEFAULT '',
            therapeutic_value  TEXT NOT NULL DEFAULT '',
            asking_price       TEXT,
            price_basis        TEXT NOT NULL DEFAULT 'per_year'
                                 CHECK (price_basis IN ('per_year', 'per_treatment', 'per_unit')),
            units_per_patient  TEXT,
            expected_patients  TEXT,
            budget_impact_y3   TEXT,
            icer               TEXT,
            reference_value    TEXT,
            disease_burden     TEXT,
            advice_text        TEXT NOT NULL DEFAULT '',
            advice_threshold   TEXT CHECK (json_valid(coalesce(advice_threshold, '{}'))),
            mandate_threshold  TEXT CHECK (json_valid(coalesce(mandate_threshold, '{}'))),
            growth_pct_per_year TEXT,
            nota               TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(nota)),
            UNIQUE (brand, indication)
        ) STRICT;

        CREATE TABLE people (
            id           INTEGER PRIMARY KEY,
            dossier_id   INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
            position     INTEGER NOT NULL,
            name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
            role         TEXT NOT NULL DEFAULT '',
            email        TEXT NOT NULL DEFAULT '',
            phone        TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX people_dossier ON people (dossier_id, position);

        CREATE TABLE bids (
            id             INTEGER PRIMARY KEY,
            dossier_id     INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
            date           TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
            round          INTEGER NOT NULL CHECK (round >= 1),
            party          TEXT NOT NULL CHECK (party IN ('leverancier', 'vws')),
            arrangement    TEXT NOT NULL CHECK (json_valid(arrangement)),
            duration_years INTEGER NOT NULL CHECK (duration_years >= 1),
            start_date     TEXT CHECK (date(start_date, '+0 days') IS start_date),
            conditions     TEXT NOT NULL DEFAULT '',
            note           TEXT NOT NULL DEFAULT '',
            contact_person TEXT NOT NULL DEFAULT '',
            content_hash   BLOB NOT NULL CHECK (length(content_hash) = 16),
            UNIQUE (dossier_id, content_hash)  -- also the index for a dossier's bids
        ) STRICT;
        """
    )


def _v3_woo_policy(db: sqlite3.Connection) -> None:
    """Per dossier, the Woo grounds of a field that differ from its class's default, with
    the motivation (``field`` is ``entity.name``; ``grounds`` a JSON list of codes, empty:
    public). Validated by :func:`mandaat.vault.store.set_woo_grounds`. One statement through
    ``execute`` (not ``executescript``, which commits first): the table and the version
    bump land in the same transaction."""
    db.execute(
        """
        CREATE TABLE woo_grounds (
            dossier_id INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
            field      TEXT NOT NULL CHECK (field GLOB '[a-z]*.[a-z]*'),
            grounds    TEXT NOT NULL CHECK (json_valid(grounds) AND json_type(grounds) = 'array'),
            motivation TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (dossier_id, field)
        ) STRICT
        """
    )


def _v4_nota_header(db: sqlite3.Connection) -> None:
    """Per dossier, the header of its nota (kind, title, deadline, kenmerk, attachments,
    author); no row: every field has the export's default. Validated by
    :class:`mandaat.model.NotaHeader`. ``IF NOT EXISTS``: a vault whose version number
    was set back (tests do) may already hold the table; the migration stays one statement
    in the version bump's transaction."""
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS nota_headers (
            dossier_id  INTEGER PRIMARY KEY REFERENCES dossiers (id) ON DELETE CASCADE,
            kind        TEXT CHECK (kind IN ('ter_beslissing', 'ter_informatie')),
            title       TEXT NOT NULL DEFAULT '',
            deadline    TEXT CHECK (date(deadline, '+0 days') IS deadline),
            kenmerk     TEXT NOT NULL DEFAULT '',
            attachments TEXT NOT NULL DEFAULT '',
            author      TEXT NOT NULL DEFAULT ''
        ) STRICT
        """
    )


def _v5_ce_inputs(db: sqlite3.Connection) -> None:
    """The cost-effectiveness cross-check's inputs, stored with the dossier (ZIN's public
    figures, as decimal text like the other amounts). A column already there (a vault
    whose version number was set back) is kept."""
    have = {row[1] for row in db.execute("PRAGMA table_info(dossiers)")}
    for name in ("ce_delta_cost", "ce_delta_qaly", "ce_drug_cost"):
        if name not in have:
            db.execute(f"ALTER TABLE dossiers ADD COLUMN {name} TEXT")  # noqa: S608 - our names


def _v6_product(db: sqlite3.Connection) -> None:
    """The product a dossier (one indication) belongs to: dossiers with the same product
    are linked, so a product-wide bid can be judged per indication. Empty: not linked.
    The arrangement's new terms (per-patient caps, product-wide, after the end) live in
    the bid's arrangement JSON and need no column. A column already there is kept."""
    have = {row[1] for row in db.execute("PRAGMA table_info(dossiers)")}
    if "product" not in have:
        db.execute("ALTER TABLE dossiers ADD COLUMN product TEXT NOT NULL DEFAULT ''")


MIGRATIONS: list[Migration] = [
    _v1_base,
    _v2_model,
    _v3_woo_policy,
    _v4_nota_header,
    _v5_ce_inputs,
    _v6_product,
]


def latest_version() -> int:
    return len(MIGRATIONS)


def current_version(db: sqlite3.Connection) -> int:
    row = db.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'"
    ).fetchone()
    if row is None:
        return 0
    (version,) = db.execute("SELECT version FROM schema_version").fetchone()
    return int(version)


def migrate(db: sqlite3.Connection) -> int:
    """Bring ``db`` to the latest version; returns the number of migrations applied."""
    version = current_version(db)
    if version > latest_version():
        raise SchemaTooNewError(version)
    applied = 0
    for target in range(version + 1, latest_version() + 1):
        with db:
            if target == 1:
                db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL) STRICT")
                db.execute("INSERT INTO schema_version VALUES (0)")
            MIGRATIONS[target - 1](db)
            db.execute("UPDATE schema_version SET version = ?", (target,))
        applied += 1
    return applied


class SchemaTooNewError(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(f"schema version {version}")
        self.version = version

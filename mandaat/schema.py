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


MIGRATIONS: list[Migration] = [_v1_base]


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

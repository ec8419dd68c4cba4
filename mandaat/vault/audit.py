"""The append-only audit log inside the vault, chained by SHA-256.

Each entry's hash covers the previous entry's hash and its own fields, so rewriting
or removing an entry anywhere breaks every hash after it (:func:`verify`). Triggers
in the schema refuse UPDATE and DELETE on the table.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

GENESIS = b"\0" * 32

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # pragma: no cover - no user name in the environment
        return "onbekend"


@dataclass(frozen=True)
class Entry:
    seq: int
    at: str
    user: str
    action: str
    detail: str
    prev_hash: bytes
    hash: bytes


def entry_hash(prev: bytes, seq: int, at: str, user: str, action: str, detail: str) -> bytes:
    body = json.dumps([seq, at, user, action, detail], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(prev + body.encode("utf-8")).digest()


def append(
    db: sqlite3.Connection,
    action: str,
    detail: str = "",
    *,
    user: str | None = None,
    clock: Clock = utc_now,
) -> Entry:
    row = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, bytes(row[1])) if row else (1, GENESIS)
    at = clock().astimezone(UTC).isoformat(timespec="seconds")
    who = _text(user if user is not None else os_user())
    action, detail = _text(action), _text(detail)
    digest = entry_hash(prev, seq, at, who, action, detail)
    db.execute(
        "INSERT INTO audit_log (seq, at, user, action, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq, at, who, action, detail, prev, digest),
    )
    return Entry(seq, at, who, action, detail, prev, digest)


def coded(code: str, **params: object) -> str:
    """The detail of an entry stored as a code with parameters, worded only when shown
    (``mandaat.cli.words``, ``ui/words.py``), so the log reads in either language.
    Parameters hold what the log showed as text before (names, rounds, dates, counts,
    file names), never a confidential value."""
    return json.dumps({"code": code, "params": params}, ensure_ascii=False, sort_keys=True)


def decode(detail: str) -> tuple[str, dict[str, object]] | None:
    """``(code, params)`` of an entry stored by :func:`coded`; None for an older entry
    stored as text (shown as it was written)."""
    if not detail.startswith('{"code":'):
        return None
    try:
        doc = json.loads(detail)
    except ValueError:
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get("code"), str):
        return None
    params = doc.get("params")
    return doc["code"], params if isinstance(params, dict) else {}


def _text(value: str) -> str:
    """Text as it can be stored: a file name that is not valid UTF-8 is kept with escapes."""
    return value.encode("utf-8", "backslashreplace").decode("utf-8")


def entries(db: sqlite3.Connection) -> list[Entry]:
    rows = db.execute(
        "SELECT seq, at, user, action, detail, prev_hash, hash FROM audit_log ORDER BY seq"
    ).fetchall()
    return [Entry(r[0], r[1], r[2], r[3], r[4], bytes(r[5]), bytes(r[6])) for r in rows]


def verify(log: list[Entry]) -> int | None:
    """The sequence number of the first entry that breaks the chain, or None if intact."""
    prev = GENESIS
    for expected_seq, e in enumerate(log, start=1):
        if e.seq != expected_seq or e.prev_hash != prev:
            return e.seq
        if entry_hash(prev, e.seq, e.at, e.user, e.action, e.detail) != e.hash:
            return e.seq
        prev = e.hash
    return None

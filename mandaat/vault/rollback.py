"""Noticing an older vault: the newest state this computer saw, per vault.

Each save raises a generation counter in the vault's ``meta`` table and draws a random
state token (the last 64 are kept, so a later state shows which saves it descends
from). After every open and save Mandaat writes, in the user's state folder
(``platformdirs``, or ``MANDAAT_STATE_DIR``), a small record per vault: the
generation, the audit chain's length and head hash, the last token, and an HMAC over
them with a key derived from the data key. The record holds no confidential content:
a random vault id, two counters, a hash, a random token and a MAC.

Opening compares the vault with the record:

- no record, the same state, or a newer one that continues the recorded chain: normal
  (the record moves forward);
- a lower generation: ``older_state``;
- a state that does not continue the recorded chain (same or higher generation, other
  history, or the same generation from another save): ``diverged_state``;
- a record whose MAC does not verify (written under another data key: a copy from
  before a key change, or an altered record): ``state_unverified``.

The last three are refused unless the user accepts (a deliberate restore) or looks
read-only. A record that cannot be written (read-only home, full disk) weakens only this
check and never blocks the vault.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

ENV = "MANDAAT_STATE_DIR"
RECORD_FORMAT = 1
KEEP_TOKENS = 64


def state_dir() -> Path:
    """The user's state folder for Mandaat (``MANDAAT_STATE_DIR`` wins: tests use it)."""
    override = os.environ.get(ENV)
    if override:
        return Path(override)
    from platformdirs import user_state_dir

    return Path(user_state_dir("Mandaat", appauthor=False))


@dataclass(frozen=True)
class Mark:
    """A state of a vault: its save generation and the audit chain's length and head."""

    generation: int
    seq: int
    head: bytes
    token: str = ""  # random per save: tells apart two saves of the same generation


@dataclass(frozen=True)
class Verdict:
    """``code`` is None when the vault may open; else the error code and what was seen."""

    code: str | None
    seen: str = ""
    found: str = ""


def ensure_identity(db: sqlite3.Connection) -> str:
    """The vault's random id (made on first need; not secret)."""
    row = db.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    if row is not None:
        return str(row[0])
    vault_id = secrets.token_hex(16)
    db.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
    return vault_id


def next_generation(db: sqlite3.Connection) -> int:
    """Raise the generation before a save (and give an old vault its id)."""
    ensure_identity(db)
    generation = _generation(db) + 1
    tokens = (_tokens(db) + [secrets.token_hex(8)])[-KEEP_TOKENS:]
    for key, value in (("generation", str(generation)), ("state_tokens", json.dumps(tokens))):
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
    db.commit()
    return generation


def _tokens(db: sqlite3.Connection) -> list[str]:
    """The random tokens of the last saves, oldest first (the last is this state's)."""
    row = db.execute("SELECT value FROM meta WHERE key = 'state_tokens'").fetchone()
    try:
        tokens = json.loads(row[0]) if row is not None else []
    except ValueError:
        return []
    return [str(t) for t in tokens] if isinstance(tokens, list) else []


def _generation(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
    return int(row[0]) if row is not None and str(row[0]).isdigit() else 0


def _vault_id(db: sqlite3.Connection) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    text = str(row[0]) if row is not None else ""
    return text if len(text) == 32 and all(c in "0123456789abcdef" for c in text) else None


def mark(db: sqlite3.Connection) -> Mark:
    row = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, head = (int(row[0]), bytes(row[1])) if row else (0, b"")
    tokens = _tokens(db)
    return Mark(_generation(db), seq, head, tokens[-1] if tokens else "")


def _mac_key(data_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"mandaat v2 rollback record"
    ).derive(data_key)


def _mac(data_key: bytes, vault_id: str, m: Mark) -> str:
    body = f"{RECORD_FORMAT}|{vault_id}|{m.generation}|{m.seq}|{m.head.hex()}|{m.token}"
    return hmac.new(_mac_key(data_key), body.encode(), hashlib.sha256).hexdigest()


def record_path(vault_id: str) -> Path:
    return state_dir() / "vaults" / f"{vault_id}.json"


def _load(vault_id: str) -> tuple[Mark, str] | None:
    try:
        raw = json.loads(record_path(vault_id).read_text(encoding="ascii"))
        m = Mark(int(raw["generation"]), int(raw["seq"]), bytes.fromhex(raw["head"]), raw["token"])
        return m, bytes.fromhex(raw["mac"]).hex()
    except OSError:
        return None  # no record, or none readable here: nothing to compare with
    except (ValueError, KeyError, TypeError, AttributeError):
        return Mark(0, 0, b""), ""  # garbled: treated as a record that does not verify


def check(db: sqlite3.Connection, data_key: bytes) -> Verdict:
    """Compare the open vault with what this computer recorded for it."""
    vault_id = _vault_id(db)
    if vault_id is None:
        return Verdict(None)  # an old vault never saved by this version: nothing to compare
    loaded = _load(vault_id)
    if loaded is None:
        return Verdict(None)
    seen, mac = loaded
    now = mark(db)
    if not hmac.compare_digest(mac, _mac(data_key, vault_id, seen)):
        return Verdict("state_unverified", "?", str(now.generation))
    if now.generation < seen.generation or now.seq < seen.seq:
        return Verdict("older_state", str(seen.generation), str(now.generation))
    back = now.generation - seen.generation
    tokens = _tokens(db)
    if back < len(tokens):  # the seen save is among the last ones: its token must match
        if tokens[-1 - back] != seen.token:
            return Verdict("diverged_state", str(seen.generation), str(now.generation))
    elif seen.seq > 0:  # further back: the audit chain must pass through the seen head
        row = db.execute("SELECT hash FROM audit_log WHERE seq = ?", (seen.seq,)).fetchone()
        if row is None or bytes(row[0]) != seen.head:
            return Verdict("diverged_state", str(seen.generation), str(now.generation))
    return Verdict(None)


@dataclass(frozen=True)
class State:
    """What a record says of one state of a vault: its id and :class:`Mark`."""

    vault_id: str
    mark: Mark


def state(db: sqlite3.Connection) -> State | None:
    """The vault's current state for :func:`record` (None: an old vault without an id)."""
    vault_id = _vault_id(db)
    return None if vault_id is None else State(vault_id, mark(db))


def remember(db: sqlite3.Connection, data_key: bytes) -> None:
    """Record the vault's current state as the newest seen here (best effort)."""
    now = state(db)
    if now is not None:
        record(now, data_key)


def record(now: State, data_key: bytes) -> None:
    """Record ``now`` as the newest state seen here (best effort; any thread: a save
    takes the state with its image and records it once that is written)."""
    m = now.mark
    body = {
        "format": RECORD_FORMAT,
        "generation": m.generation,
        "seq": m.seq,
        "head": m.head.hex(),
        "token": m.token,
        "mac": _mac(data_key, now.vault_id, m),
    }
    path = record_path(now.vault_id)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as f:
            json.dump(body, f)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()

"""Woo grounds stored per dossier in the vault (schema 3): set once, with the motivation,
validated as the Woo asks, audited, and honoured by every export and the leak check."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from cli_helpers import run
from conftest import PASSPHRASE
from pypdf import PdfReader

from mandaat import demo
from mandaat.cli.words import for_language
from mandaat.errors import MandaatError
from mandaat.export import publish
from mandaat.export.classify import (
    CLASSIFIABLE_FIELDS,
    GroundChoice,
    Policy,
    check_choice,
    default_grounds,
)
from mandaat.export.messages import ExportError
from mandaat.vault import schema, store
from mandaat.vault.file import Vault
from mandaat.vault.session import Session

TODAY = dt.date(2026, 4, 1)
MOTIVATION = "Eigen afweging: openbaarmaking schaadt de lopende onderhandeling (MOTIEF-7)."


@pytest.fixture
def db() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA foreign_keys = ON")
    schema.migrate(conn)
    demo.populate(conn)
    conn.commit()
    yield conn
    conn.close()


def _id(db: sqlite3.Connection, brand: str) -> int:
    found = [d.id for d in store.dossiers(db) if d.brand == brand]
    assert found and found[0] is not None
    return found[0]


def _woo(db: sqlite3.Connection, out: Path, brand: str = "Enhertu") -> tuple[str, str]:
    """Export the Woo package of one dossier: (Beoordelingsgrond, the PDF's text)."""
    publish.export_woo(publish.load(db), out, [brand], today=TODAY)
    ws = openpyxl.load_workbook(out / "inventarislijst.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    row = dict(zip(rows[0], rows[1], strict=True))
    text = "".join(p.extract_text() for p in PdfReader(str(out / "0001.pdf")).pages)
    return str(row["Beoordelingsgrond"]), " ".join(text.split())


# --------------------------------------------------------------------------- schema


def test_migration_3_creates_the_table(db: sqlite3.Connection) -> None:
    assert schema.latest_version() >= 3
    assert schema.current_version(db) == schema.latest_version()
    cols = [r[1] for r in db.execute("PRAGMA table_info(woo_grounds)")]
    assert cols == ["dossier_id", "field", "grounds", "motivation"]
    did = _id(db, "Enhertu")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO woo_grounds VALUES (?, 'bid.note', 'geen json', '')", (did,))
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO woo_grounds VALUES (999, 'bid.note', '[]', '')")


def test_a_version_2_vault_is_migrated_on_open(tmp_path: Path) -> None:
    """A vault written before the woo_grounds table gets it when opened for writing."""
    path = tmp_path / "v2.mandaat"
    vault, _ = Vault.create(path, PASSPHRASE)
    demo.populate(vault.db)
    vault.db.execute("DROP TABLE woo_grounds")
    vault.db.execute("UPDATE schema_version SET version = 2")
    vault.commit("terug naar versie 2")
    vault.close()
    vault = Vault.open(path, passphrase=PASSPHRASE)
    try:
        assert schema.current_version(vault.db) == schema.latest_version()
        assert vault.audit_log()[-1].action == "schema_updated"
        assert store.woo_policy(vault.db) == Policy()
        assert len(store.dossiers(vault.db)) == 4
    finally:
        vault.close()


# --------------------------------------------------------------------------- core


def test_set_read_replace_clear(db: sqlite3.Connection) -> None:
    did = _id(db, "Enhertu")
    assert store.woo_policy(db) == Policy()
    store.set_woo_grounds(db, did, "bid.arrangement", [" 5.1.2f "], f"  {MOTIVATION} ")
    store.set_woo_grounds(db, did, "dossier.nota_a", [], "")
    assert store.woo_grounds(db, did) == {
        "bid.arrangement": GroundChoice(("5.1.2f",), MOTIVATION),
        "dossier.nota_a": GroundChoice((), ""),
    }
    store.set_woo_grounds(db, did, "bid.arrangement", ["5.1.1c", "5.1.2i"], "ander motief")
    policy = store.woo_policy(db)
    assert policy.choice(did, "bid.arrangement") == GroundChoice(
        ("5.1.1c", "5.1.2i"), "ander motief"
    )
    assert policy.choice(_id(db, "Carvykti"), "bid.arrangement") is None
    assert store.clear_woo_grounds(db, did, "bid.arrangement") is True
    assert store.clear_woo_grounds(db, did, "bid.arrangement") is False
    assert list(store.woo_grounds(db, did)) == ["dossier.nota_a"]
    # the overrides go with their dossier
    store.delete_dossier(db, did)
    assert store.woo_policy(db) == Policy()


@pytest.mark.parametrize(
    ("field", "grounds", "motivation", "says"),
    [
        ("bid.prijs", ["5.1.1c"], "", "onbekend veld bid.prijs"),
        ("arrangement", ["5.1.1c"], "", "onbekend veld"),
        ("bid.arrangement", ["5.1.9z"], "", "onbekende grond 5.1.9z"),
        ("bid.arrangement", ["5.1.5", "5.1.1c"], "", "5.1.5 niet combineren"),
        ("bid.arrangement", ["5.1.2f"], "   ", "5.1.2f vraagt een motivering"),
        ("bid.arrangement", ["5.1.1c", "5.1.2b"], "", "5.1.2b vraagt een motivering"),
        ("bid.arrangement", ["5.1.1c", "5.1.1c"], "", "dubbel"),
    ],
)
def test_refusals(
    db: sqlite3.Connection, field: str, grounds: list[str], motivation: str, says: str
) -> None:
    did = _id(db, "Enhertu")
    with pytest.raises(ExportError) as err:
        store.set_woo_grounds(db, did, field, grounds, motivation)
    assert err.value.code == "bad_policy"
    assert says in str(err.value)
    assert store.woo_grounds(db, did) == {}
    # the same rules for a --policy file
    with pytest.raises(ExportError):
        Policy({did: {field: GroundChoice(tuple(grounds), motivation)}}).validate()


def test_what_is_allowed(db: sqlite3.Connection) -> None:
    did = _id(db, "Enhertu")
    for grounds, motivation in (
        (["5.1.5"], ""),  # alone: fine, and no 5.1.2 ground so no motivation needed
        (["5.1.1c"], ""),  # the default motivation of 5.1.1c applies
        (["5.2.1", "5.1.2e"], "persoonsgegevens in een intern beraad"),
        ([], ""),  # public
    ):
        store.set_woo_grounds(db, did, "bid.conditions", grounds, motivation)
    with pytest.raises(MandaatError) as err:
        store.set_woo_grounds(db, 999, "bid.conditions", [], "")
    assert err.value.code == "unknown_dossier"


def test_classifiable_fields_and_defaults() -> None:
    assert "bid.arrangement" in CLASSIFIABLE_FIELDS
    assert "dossier.mandate_threshold" in CLASSIFIABLE_FIELDS
    assert "dossier.brand" not in CLASSIFIABLE_FIELDS  # public: not offered
    assert "bid.id" not in CLASSIFIABLE_FIELDS
    for key in CLASSIFIABLE_FIELDS:
        entity, _, name = key.partition(".")
        assert default_grounds(entity, name), key
        check_choice(key, GroundChoice(()))
    assert default_grounds("assessment", "effective_reduction") == ("5.1.2f",)
    assert default_grounds("dossier", "mandate_threshold") == ("5.1.2b",)


def test_policy_merge_file_wins_per_field() -> None:
    vault = Policy(
        {
            1: {"bid.note": GroundChoice((), ""), "bid.conditions": GroundChoice(("5.1.5",))},
            2: {"bid.note": GroundChoice(("5.1.1c",))},
        }
    )
    file = Policy(
        {1: {"bid.note": GroundChoice(("5.1.2i",), "m")}, 3: {"bid.date": GroundChoice(())}}
    )
    merged = vault.merged(file)
    assert merged.choice(1, "bid.note") == GroundChoice(("5.1.2i",), "m")
    assert merged.choice(1, "bid.conditions") == GroundChoice(("5.1.5",))
    assert merged.choice(2, "bid.note") == GroundChoice(("5.1.1c",))
    assert merged.choice(3, "bid.date") == GroundChoice(())
    assert vault.choice(1, "bid.note") == GroundChoice((), "")  # not changed in place
    assert vault.merged(None) == vault


# --------------------------------------------------------------------------- session


def test_session_saves_and_audits_without_values(tmp_path: Path) -> None:
    path = tmp_path / "s.mandaat"
    vault, _ = Vault.create(path, PASSPHRASE)
    demo.populate(vault.db)
    vault.commit("demo")
    s = Session(vault)
    did = _id(vault.db, "Enhertu")
    assert s.set_woo_grounds(did, "bid.arrangement", ["5.1.2f"], MOTIVATION) is None
    before = s.set_woo_grounds(did, "bid.arrangement", ["5.1.2i"], MOTIVATION)
    assert before == GroundChoice(("5.1.2f",), MOTIVATION)
    n = len(vault.audit_log())
    s.set_woo_grounds(did, "bid.arrangement", ["5.1.2i"], MOTIVATION)  # no change: no entry
    assert len(vault.audit_log()) == n
    with pytest.raises(ExportError):
        s.set_woo_grounds(did, "bid.arrangement", ["5.1.2f"], "")
    vault.close()

    again = Vault.open(path, passphrase=PASSPHRASE)
    s = Session(again)
    assert s.woo_grounds(did) == {"bid.arrangement": GroundChoice(("5.1.2i",), MOTIVATION)}
    assert s.clear_woo_grounds(did, "bid.arrangement") == GroundChoice(("5.1.2i",), MOTIVATION)
    assert s.clear_woo_grounds(did, "bid.arrangement") is None
    shown = [for_language("nl").audit_entry(e.action, e.detail) for e in again.audit_log()]
    assert [detail for action, detail in shown if action == "weigeringsgrond gewijzigd"] == [
        "Enhertu: bid.arrangement → 5.1.2f",
        "Enhertu: bid.arrangement → 5.1.2i",
        "Enhertu: bid.arrangement → standaard",
    ]
    assert all("MOTIEF-7" not in e.detail for e in again.audit_log())
    again.close()
    assert Session(Vault.open(path, passphrase=PASSPHRASE, read_only=True)).woo_grounds(did) == {}


# --------------------------------------------------------------------------- exports


def test_woo_package_honours_the_stored_ground(db: sqlite3.Connection, tmp_path: Path) -> None:
    did = _id(db, "Enhertu")
    grounds, text = _woo(db, tmp_path / "before")
    assert "5.1.2i" not in grounds and "5.1.2i" not in text
    assert "MOTIEF-7" not in text
    store.set_woo_grounds(db, did, "bid.arrangement", ["5.1.2i"], MOTIVATION)
    store.set_woo_grounds(db, did, "assessment.effective_reduction", ["5.1.2f"], MOTIVATION)
    db.commit()
    grounds, text = _woo(db, tmp_path / "after")
    assert "5.1.2i;" in grounds and "5.1.2f;" in grounds
    assert "5.1.2i" in text and "5.1.2f" in text
    assert "MOTIEF-7" in text  # the stored motivation in the grounds section
    # every field whose default is 5.1.1c now on 5.1.2f: 5.1.1c is gone from the package
    for key in CLASSIFIABLE_FIELDS:
        entity, _, name = key.partition(".")
        if default_grounds(entity, name) == ("5.1.1c",):
            store.set_woo_grounds(db, did, key, ["5.1.2f"], MOTIVATION)
    db.commit()
    grounds, text = _woo(db, tmp_path / "all")
    assert "5.1.1c" not in grounds and "5.1.2f;" in grounds
    # other dossiers keep their defaults
    grounds, _ = _woo(db, tmp_path / "other", "Carvykti")
    assert "5.1.1c;" in grounds and "5.1.2i" not in grounds


def test_a_field_made_public_is_readable_and_the_check_still_passes(
    db: sqlite3.Connection, tmp_path: Path
) -> None:
    did = _id(db, "Enhertu")
    enhertu = store.dossier(db, did)
    assert enhertu is not None and enhertu.nota_a.strip()
    probe = enhertu.nota_a.split()[0:4]
    out = publish.export_nota(publish.load(db), "Enhertu", "woo", tmp_path / "a.pdf", today=TODAY)
    text = " ".join("".join(p.extract_text() for p in PdfReader(str(out)).pages).split())
    assert " ".join(probe) not in text  # withheld by default (5.2.1)
    store.set_woo_grounds(db, did, "dossier.nota_a", [], "")
    db.commit()
    out = publish.export_nota(publish.load(db), "Enhertu", "woo", tmp_path / "b.pdf", today=TODAY)
    text = " ".join("".join(p.extract_text() for p in PdfReader(str(out)).pages).split())
    assert " ".join(probe) in text


def test_cli_uses_the_vault_and_a_policy_file_on_top(tmp_path: Path) -> None:
    pw = {"MANDAAT_PASSPHRASE": PASSPHRASE}
    path = tmp_path / "cli.mandaat"
    vault, _ = Vault.create(path, PASSPHRASE)
    demo.populate(vault.db)
    vault.commit("demo")
    s = Session(vault)
    did = _id(vault.db, "Enhertu")
    s.set_woo_grounds(did, "bid.arrangement", ["5.1.2i"], MOTIVATION)
    vault.close()

    r = run("export", str(path), "--woo", str(tmp_path / "w1"), "--dossier", "Enhertu", env=pw)
    assert r.returncode == 0, r.stderr
    ws = openpyxl.load_workbook(tmp_path / "w1" / "inventarislijst.xlsx").active
    assert "5.1.2i;" in str(ws["J2"].value)
    r = run("leakcheck", str(tmp_path / "w1"), str(path), env=pw)
    assert r.returncode == 0, r.stderr

    # a --policy file wins for the field it names; the vault's other choices stay
    policy = tmp_path / "p.json"
    policy.write_text(
        json.dumps(
            {
                str(did): {
                    "bid.arrangement": {"grounds": ["5.1.5"], "motivation": ""},
                    "bid.conditions": {"grounds": ["5.1.2i"], "motivation": "van de file"},
                }
            }
        ),
        encoding="utf-8",
    )
    r = run(
        "export",
        str(path),
        "--woo",
        str(tmp_path / "w2"),
        "--dossier",
        "Enhertu",
        "--policy",
        str(policy),
        env=pw,
    )
    assert r.returncode == 0, r.stderr
    grounds = str(
        openpyxl.load_workbook(tmp_path / "w2" / "inventarislijst.xlsx").active["J2"].value
    )
    assert "5.1.5;" in grounds and "5.1.2i;" in grounds

    # a policy file that breaks the rules is refused, nothing written
    policy.write_text(
        json.dumps({str(did): {"bid.arrangement": {"grounds": ["5.1.2f"]}}}), encoding="utf-8"
    )
    r = run(
        "export",
        str(path),
        "--nota",
        "Enhertu",
        "-o",
        str(tmp_path / "n.pdf"),
        "--policy",
        str(policy),
        env=pw,
    )
    assert r.returncode == 1
    assert "motivering" in r.stderr
    assert not (tmp_path / "n.pdf").exists()

"""The nota's header stored per dossier (schema 4): migrated, validated, saved and audited
through the Session, used by the nota export (the CLI's --kenmerk/--date still win), and
in a Woo release the author is a 5.1.2e box that the leak check proves absent."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from cli_helpers import run
from conftest import PASSPHRASE
from pypdf import PdfReader

from mandaat import demo
from mandaat.cli.words import for_language
from mandaat.errors import MandaatError
from mandaat.export import build, leakcheck, publish
from mandaat.export.classify import Classifier, known_names, secrets
from mandaat.export.doc import Paragraph
from mandaat.model import FIELD_CLASSES, Confidentiality, NotaHeader, NotaKind
from mandaat.vault import schema, store
from mandaat.vault.file import Vault
from mandaat.vault.session import Session

TODAY = dt.date(2026, 4, 1)
AUTHOR = "B. van Opstal"  # in no dossier of the demo: only the header knows this name
HEADER = NotaHeader(
    kind=NotaKind.TER_INFORMATIE,
    title="Stand onderhandeling Enhertu voor het bewindspersonenoverleg",
    deadline=dt.date(2026, 4, 24),
    kenmerk="4365452-1095706-GMT",
    attachments="1: Kamerbrief (concept)",
    author=AUTHOR,
)


@pytest.fixture
def db() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA foreign_keys = ON")
    schema.migrate(conn)
    demo.populate(conn)
    conn.commit()
    yield conn
    conn.close()


def _id(db: sqlite3.Connection, brand: str = "Enhertu") -> int:
    found = [d.id for d in store.dossiers(db) if d.brand == brand]
    assert found and found[0] is not None
    return found[0]


def _docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return " ".join(" ".join(parts).split())


def _pdf_text(path: Path) -> str:
    return " ".join("".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


# --------------------------------------------------------------------------- schema


def test_migration_4_creates_the_table(db: sqlite3.Connection) -> None:
    assert schema.latest_version() >= 4
    assert schema.current_version(db) == schema.latest_version()
    cols = [r[1] for r in db.execute("PRAGMA table_info(nota_headers)")]
    assert cols == ["dossier_id", "kind", "title", "deadline", "kenmerk", "attachments", "author"]
    did = _id(db)
    insert = "INSERT INTO nota_headers (dossier_id, kind, deadline) VALUES (?, ?, ?)"
    with pytest.raises(sqlite3.IntegrityError):  # an unknown kind
        db.execute(insert, (did, "ter_overweging", None))
    with pytest.raises(sqlite3.IntegrityError):  # not an ISO date
        db.execute(insert, (did, None, "24-04-2026"))
    with pytest.raises(sqlite3.IntegrityError):  # no such dossier
        db.execute(insert, (999, None, None))
    db.execute(insert, (did, "ter_beslissing", "2026-04-24"))
    # the header goes with its dossier
    store.delete_dossier(db, did)
    assert db.execute("SELECT count(*) FROM nota_headers").fetchone() == (0,)


def test_a_version_3_vault_is_migrated_on_open(tmp_path: Path) -> None:
    path = tmp_path / "v3.mandaat"
    vault, _ = Vault.create(path, PASSPHRASE)
    demo.populate(vault.db)
    vault.db.execute("DROP TABLE nota_headers")
    vault.db.execute("UPDATE schema_version SET version = 3")
    vault.commit("terug naar versie 3")
    vault.close()
    vault = Vault.open(path, passphrase=PASSPHRASE)
    try:
        assert schema.current_version(vault.db) == schema.latest_version()
        assert vault.audit_log()[-1].action == "schema_updated"
        did = _id(vault.db)
        assert store.nota_header(vault.db, did) == NotaHeader()
        store.save_nota_header(vault.db, did, HEADER)
        assert store.nota_header(vault.db, did) == HEADER
    finally:
        vault.close()


# --------------------------------------------------------------------------- core


def test_classes_of_the_header_fields() -> None:
    public = ("kind", "title", "deadline", "kenmerk", "attachments")
    for name in public:
        assert FIELD_CLASSES[("nota_header", name)] is Confidentiality.PUBLIC
    assert FIELD_CLASSES[("nota_header", "author")] is Confidentiality.PERSONAL
    assert {f.name for f in dataclasses.fields(NotaHeader)} == {*public, "author"}


def test_save_and_load_round_trip(db: sqlite3.Connection) -> None:
    did, other = _id(db), _id(db, "Carvykti")
    assert store.nota_header(db, did) == NotaHeader()
    assert store.save_nota_header(db, did, HEADER) == HEADER
    assert store.nota_header(db, did) == HEADER
    assert store.nota_header(db, other) == NotaHeader()  # per dossier
    assert store.nota_headers(db) == {did: HEADER}
    # replaced, trimmed, the authors in one form
    messy = NotaHeader(title="  Titel  ", kenmerk=" K-1 ", author=" A. Een ;; B. Twee ; ")
    stored = store.save_nota_header(db, did, messy)
    assert stored == NotaHeader(title="Titel", kenmerk="K-1", author="A. Een; B. Twee")
    assert store.nota_header(db, did) == stored
    assert stored.authors == ("A. Een", "B. Twee")
    # the empty header: back to every default, no row left
    store.save_nota_header(db, did, NotaHeader())
    assert store.nota_headers(db) == {}
    with pytest.raises(MandaatError) as err:
        store.save_nota_header(db, 999, HEADER)
    assert err.value.code == "unknown_dossier"


def test_validation() -> None:
    assert NotaHeader(kind="ter_beslissing").kind is NotaKind.TER_BESLISSING  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="kind"):
        NotaHeader(kind="ter_overweging")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="one line"):
        NotaHeader(title="twee\nregels")
    with pytest.raises(ValueError, match="one line"):
        NotaHeader(kenmerk="K\r1")
    with pytest.raises(ValueError, match="longer"):
        NotaHeader(kenmerk="x" * 101)
    with pytest.raises(ValueError, match="date"):
        NotaHeader(deadline=dt.datetime(2026, 4, 24, 12, 0))  # noqa: DTZ001
    with pytest.raises(ValueError, match="date"):
        NotaHeader(deadline="2026-04-24")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="text"):
        NotaHeader(title=None)  # type: ignore[arg-type]


def test_session_saves_audits_and_returns_the_previous(tmp_path: Path) -> None:
    path = tmp_path / "s.mandaat"
    vault, _ = Vault.create(path, PASSPHRASE)
    demo.populate(vault.db)
    vault.commit("demo")
    session = Session(vault)
    try:
        did = _id(vault.db)
        n = len(vault.audit_log())
        assert session.save_nota_header(did, HEADER) == NotaHeader()
        assert session.save_nota_header(did, HEADER) == HEADER  # no change: no entry
        entries = vault.audit_log()[n:]
        words = for_language("nl")
        assert [words.audit_entry(e.action, e.detail) for e in entries] == [
            ("nota-kop gewijzigd", "Enhertu")
        ]
        assert not vault.dirty
        other = Vault.open(path, passphrase=PASSPHRASE, read_only=True)
        try:
            assert store.nota_header(other.db, did) == HEADER  # saved, not only held
        finally:
            other.close()
        with pytest.raises(ValueError):
            session.save_nota_header(did, dataclasses.replace(HEADER, title="a\nb"))
    finally:
        vault.close()


def test_a_deleted_dossier_comes_back_with_its_header(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "d.mandaat", PASSPHRASE)
    demo.populate(vault.db)
    vault.commit("demo")
    session = Session(vault)
    try:
        did = _id(vault.db)
        session.save_nota_header(did, HEADER)
        header = session.nota_header(did)
        grounds = session.woo_grounds(did)
        d, bids = session.delete_dossier(did)
        back = session.restore_dossier(d, bids, header=header, grounds=grounds)
        assert back.id is not None and session.nota_header(back.id) == HEADER
    finally:
        vault.close()


# --------------------------------------------------------------------------- export


def test_the_nota_uses_the_stored_header(db: sqlite3.Connection, tmp_path: Path) -> None:
    store.save_nota_header(db, _id(db), HEADER)
    db.commit()
    data = publish.load(db)
    assert AUTHOR in data.names  # free text mentioning the author is scanned for it
    out = publish.export_nota(data, "Enhertu", "nota", tmp_path / "n.docx", today=TODAY)
    text = _docx_text(out)
    for expected in (
        "Deadline: 24 april 2026",
        "TER INFORMATIE",  # the header's kind, although Enhertu's phase is decided
        HEADER.title,
        "4365452-1095706-GMT",
        "1: Kamerbrief (concept)",
        AUTHOR,  # the minister sees who wrote it
        "1 april 2026",
    ):
        assert expected in text, expected
    assert "TER BESLISSING" not in text
    assert "A. Voorbeeld" not in text.split("Datum")[0]  # the stored author, not the people
    assert docx.Document(str(out)).core_properties.title == HEADER.title
    # --kenmerk wins over the stored one
    out = publish.export_nota(
        data, "Enhertu", "nota", tmp_path / "k.pdf", today=TODAY, kenmerk="9999-ANDERS"
    )
    text = _pdf_text(out)
    assert "9999-ANDERS" in text and "4365452-1095706-GMT" not in text
    assert "24 april 2026" in text


def test_without_a_header_the_defaults_stay(db: sqlite3.Connection) -> None:
    data = publish.load(db)
    d = publish.find(data, "Enhertu")
    doc = build.Builder(
        Classifier("nota", data.policy, data.names), d, data.bids[d.id or -1], today=TODAY
    ).nota()
    assert doc.title == build.nota_title(d)
    assert doc.top[2] == "Deadline: 13 april 2026" and doc.top[4] == "TER BESLISSING"
    assert dict(doc.header)["Kenmerk"] == ("—",)
    assert dict(doc.header)["Opgesteld door"] == ("A. Voorbeeld (FICTIEF)",)


def test_the_cli_uses_the_stored_header_and_its_options_win(tmp_path: Path) -> None:
    env = {"MANDAAT_PASSPHRASE": PASSPHRASE}
    path = tmp_path / "c.mandaat"
    vault, _ = Vault.create(path, PASSPHRASE)
    demo.populate(vault.db)
    store.save_nota_header(vault.db, _id(vault.db), HEADER)
    vault.commit("kop")
    vault.close()
    out = tmp_path / "n.docx"
    r = run(
        "export", str(path), "--nota", "Enhertu", "-o", str(out), "--date", "2026-04-01", env=env
    )
    assert r.returncode == 0, r.stderr
    text = _docx_text(out)
    assert "4365452-1095706-GMT" in text and "Deadline: 24 april 2026" in text
    assert "1 april 2026" in text
    out = tmp_path / "k.docx"
    r = run(
        "export",
        str(path),
        "--nota",
        "Enhertu",
        "-o",
        str(out),
        "--kenmerk",
        "CLI-7",
        "--date",
        "2026-03-02",
        env=env,
    )
    assert r.returncode == 0, r.stderr
    text = _docx_text(out)
    assert "CLI-7" in text and "4365452-1095706-GMT" not in text
    assert "2 maart 2026" in text and "Deadline: 24 april 2026" in text


def test_a_woo_nota_boxes_the_author(db: sqlite3.Connection, tmp_path: Path) -> None:
    did = _id(db)
    store.save_nota_header(db, did, dataclasses.replace(HEADER, author=f"{AUTHOR}; C. Tweede"))
    d = store.dossier(db, did)
    assert d is not None
    # the author's name in a free text of the dossier is found as well
    store.save_dossier(db, dataclasses.replace(d, advice_text=f"{d.advice_text} Vragen: {AUTHOR}."))
    db.commit()
    data = publish.load(db)
    out = publish.export_nota(data, "Enhertu", "woo", tmp_path / "n.pdf", today=TODAY)
    text = _pdf_text(out)
    for hidden in (AUTHOR, "Opstal", "C. Tweede", "Tweede, C."):
        assert hidden not in text
    assert "5.1.2e" in text
    assert "4365452-1095706-GMT" in text and "24 april 2026" in text  # public in a release
    assert "namen van de opstellers van de nota" in text  # section 5 names what is withheld
    # the document model: the author box carries 5.1.2e
    d = publish.find(data, "Enhertu")
    c = Classifier("woo", data.policy, data.names)
    doc = build.Builder(c, d, data.bids[did], today=TODAY, header=data.header(d)).nota()
    by = dict(doc.header)["Opgesteld door"]
    assert [p.ground for p in by if not isinstance(p, str)] == ["5.1.2e", "5.1.2e"]
    assert any(
        not isinstance(p, str) and p.ground == "5.1.2e"
        for b in doc.blocks
        if isinstance(b, Paragraph)
        for p in b.parts
    )
    # the leak check knows the author in every order, finds none, and the standalone too
    found = secrets(c, d, data.bids[did], None, data.header(d))
    values = {s.value for s in found if s.field.endswith("opgesteld door")}
    assert {AUTHOR, "van Opstal, B.", "C. Tweede", "Tweede, C."} <= values
    assert leakcheck.check(tmp_path, found, "") == []
    assert publish.standalone_check(data, tmp_path) == []
    # and it would have caught it: the same nota with the name in the document properties
    leaky = tmp_path / "leaky"
    leaky.mkdir()
    with zipfile.ZipFile(leaky / "x.docx", "w") as z:
        z.writestr("docProps/core.xml", f"<cp:coreProperties>{AUTHOR}</cp:coreProperties>")
    hits = leakcheck.check(leaky, found, "")
    assert hits and all("opgesteld door" in h.field for h in hits)


def test_known_names_include_the_authors() -> None:
    assert known_names([], [], [NotaHeader(author="A. Een; B. Twee")]) == ["A. Een", "B. Twee"]

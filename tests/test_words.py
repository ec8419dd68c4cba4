"""One wording layer (Qt-free part): the core's codes worded in Dutch and English by the
command line's catalogue; every generated threshold sentence as a civil servant writes
it; plurals; audit entries stored as codes and worded when shown, next to older entries
stored as text, with the hash chain intact."""

from __future__ import annotations

import re
import string
from decimal import Decimal as D
from fractions import Fraction
from pathlib import Path

import pytest

from mandaat import cli
from mandaat.cli import words
from mandaat.model import Threshold
from mandaat.thresholds import describe_threshold
from mandaat.vault import audit
from mandaat.vault.file import Vault

NL = words.for_language("nl")
EN = words.for_language("en")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_catalogues_have_the_same_keys_and_placeholders() -> None:
    assert set(words.NL) == set(words.EN)
    differ = [k for k in words.NL if _fields(words.NL[k]) != _fields(words.EN[k])]
    assert differ == []


# Every form the engine can be asked to judge against: (threshold, Dutch, English).
FORMS = [
    (Threshold("at_least", D(92)), "prijsverlaging van ten minste 92%",
     "price reduction of at least 92%"),
    (Threshold("at_least", D(92), substantially=True),
     "forse prijsverlaging van ten minste 92%",
     "substantial price reduction of at least 92%"),
    (Threshold("more_than", D(68)), "prijsverlaging van meer dan 68%",
     "price reduction of more than 68%"),
    (Threshold("more_than", D(68), substantially=True),
     "prijsverlaging van fors meer dan 68%",
     "price reduction of substantially more than 68%"),
    (Threshold("at_least", D(50), strict_override=True), "prijsverlaging van meer dan 50%",
     "price reduction of more than 50%"),
    (Threshold("more_than", D("12.5"), strict_override=False),
     "prijsverlaging van ten minste 12,5%", "price reduction of at least 12.5%"),
    (Threshold("approximately", D(40)),
     "prijsverlaging van ongeveer 40% (marge 2,5 procentpunt)",
     "price reduction of approximately 40% (margin 2.5 percentage points)"),
    (Threshold("approximately", D(40), substantially=True, tolerance_pp=D(5)),
     "forse prijsverlaging van ongeveer 40% (marge 5 procentpunt)",
     "substantial price reduction of approximately 40% (margin 5 percentage points)"),
    (Threshold("range", D(35), D(55)), "prijsverlaging van 35% tot 55%",
     "price reduction of 35% to 55%"),
    (Threshold("range", Fraction(100, 3), D(55), substantially=True),
     "forse prijsverlaging van 33⅓% tot 55%",
     "substantial price reduction of 33⅓% to 55%"),
    (Threshold("qualitative"), "prijsverlaging zonder getal (oordeel)",
     "price reduction without a figure (judgement)"),
    (Threshold("qualitative", substantially=True), "forse prijsverlaging zonder getal (oordeel)",
     "substantial price reduction without a figure (judgement)"),
    (Threshold("comparator_net_price"),
     "nettoprijs niet hoger dan de standaardbehandeling (oordeel)",
     "net price no higher than the standard treatment (judgement)"),
    (Threshold("cost_neutral"), "kostenneutraal (oordeel)", "cost-neutral (judgement)"),
    (Threshold("cost_saving"), "kostenbesparend (oordeel)", "cost-saving (judgement)"),
    (Threshold("parity"), "prijspariteit met de standaardbehandeling (oordeel)",
     "price parity with the standard treatment (judgement)"),
]  # fmt: skip


@pytest.mark.parametrize(("t", "dutch", "english"), FORMS, ids=lambda v: getattr(v, "kind", ""))
def test_every_threshold_sentence_reads_as_written(t: Threshold, dutch: str, english: str) -> None:
    assert NL.threshold(t) == dutch
    assert EN.threshold(t) == english
    # the documents' own Dutch wording says the same
    assert describe_threshold(t) == dutch
    # "fors" never trails behind the number, and sits once in the sentence
    for text in (dutch, english):
        assert not re.search(r"%,? *(fors|substantial)", text)
    assert dutch.count("fors") == (1 if t.substantially else 0)


def test_a_nota_sentence_reads_as_a_civil_servant_writes_it() -> None:
    t = Threshold("more_than", D(68), substantially=True)
    sentence = f"Het Zorginstituut vraagt een {describe_threshold(t)}."
    assert sentence == "Het Zorginstituut vraagt een prijsverlaging van fors meer dan 68%."


@pytest.mark.parametrize(
    ("what", "n", "dutch", "english"),
    [
        ("bids", 1, "1 bod", "1 bid"),
        ("bids", 2, "2 biedingen", "2 bids"),
        ("bids", 0, "0 biedingen", "0 bids"),
        ("minutes", 1, "1 minuut", "1 minute"),
        ("minutes", 5, "5 minuten", "5 minutes"),
        ("dossiers", 1, "1 dossier", "1 dossier"),
        ("dossiers", 3, "3 dossiers", "3 dossiers"),
        ("days", 1, "1 dag", "1 day"),
        ("days", 12, "12 dagen", "12 days"),
        ("files", 1, "1 bestand", "1 file"),
        ("lines", 7, "7 regels", "7 lines"),
    ],
)
def test_plurals(what: str, n: int, dutch: str, english: str) -> None:
    assert NL.count(what, n) == dutch
    assert EN.count(what, n) == english


def test_the_language_of_the_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MANDAAT_LANG", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")  # the system's language does not change it
    assert words.language() == "nl"
    monkeypatch.setenv("MANDAAT_LANG", "en")
    assert words.language() == "en"
    assert words.language("nl") == "nl"
    monkeypatch.setenv("MANDAAT_LANG", "fr")
    assert words.language() == "nl"


def test_engine_errors_and_verdicts_worded_at_the_edge() -> None:
    from mandaat.engine import EngineError

    exc = EngineError("no_asking_price", drug="Enhertu")
    assert NL.engine_error(exc) == str(exc)  # the core's own Dutch line is the same
    assert EN.engine_error(exc) == (
        "Enhertu: no asking price known; the effective discount cannot be computed"
    )
    assert [EN.verdict(c) for c in ("meets", "fails", "depends", "judgement", None)] == [
        "meets",
        "does not meet",
        "depends",
        "judgement needed",
        "—",
    ]


# --------------------------------------------------------------------------- audit log


def _old_style_vault(path: Path) -> Vault:
    """A vault whose log was written by an older Mandaat: actions and details as text."""
    vault, _ = Vault.create(path, "correct horse battery staple")
    for action, detail in (
        ("dossier toegevoegd", "Enhertu (borstkanker)"),
        ("bod toegevoegd", "Enhertu, ronde 1, 2025-03-01"),
        ("export", "woo: woo-verzoek (5 bestanden)"),
    ):
        vault.commit(action, detail)
    return vault


def test_old_text_entries_and_new_coded_entries_both_show_and_the_chain_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mandaat.model import Arrangement, Bid, Dossier
    from mandaat.vault.session import Session

    path = tmp_path / "k.mandaat"
    vault = _old_style_vault(path)
    session = Session(vault)
    d = session.save_dossier(Dossier(brand="Xenpozyme", indication="ASMD"))
    import datetime as dt

    session.add_bid(
        Bid(
            dt.date(2025, 4, 2),
            dossier_id=d.id,
            round=2,
            arrangement=Arrangement(discount_pct=D(50)),
        )
    )
    session.delete_dossier(d.id)  # type: ignore[arg-type]
    vault.close()

    again = Vault.open(path, passphrase="correct horse battery staple", read_only=True)
    log = again.audit_log()
    again.close()
    assert audit.verify(log) is None
    # old entries: stored as text, shown as stored, in either language
    old = log[1:4]
    assert [NL.audit_entry(e.action, e.detail) for e in old] == [
        ("dossier toegevoegd", "Enhertu (borstkanker)"),
        ("bod toegevoegd", "Enhertu, ronde 1, 2025-03-01"),
        ("export", "woo: woo-verzoek (5 bestanden)"),
    ]
    assert [EN.audit_entry(e.action, e.detail) for e in old] == [
        NL.audit_entry(e.action, e.detail) for e in old
    ]
    # new entries: a code with parameters, worded when shown
    new = log[4:]
    assert [audit.decode(e.detail)[0] for e in new] == [  # type: ignore[index]
        "dossier_added",
        "bid_added",
        "dossier_deleted",
    ]
    assert [NL.audit_entry(e.action, e.detail) for e in new] == [
        ("dossier toegevoegd", "Xenpozyme (ASMD)"),
        ("bod toegevoegd", "Xenpozyme, ronde 2, 2025-04-02"),
        ("dossier verwijderd", "Xenpozyme (ASMD), 1 bod"),
    ]
    assert [EN.audit_entry(e.action, e.detail) for e in new] == [
        ("dossier added", "Xenpozyme (ASMD)"),
        ("bid added", "Xenpozyme, round 2, 2025-04-02"),
        ("dossier deleted", "Xenpozyme (ASMD), 1 bid"),
    ]
    assert NL.audit_entry(log[0].action, log[0].detail)[0] == "kluis aangemaakt"

    # the CLI's log command shows both kinds, in Dutch by default and English on request
    monkeypatch.setenv("MANDAAT_PASSPHRASE", "correct horse battery staple")
    monkeypatch.delenv("MANDAAT_LANG", raising=False)
    assert cli.main(["log", str(path)]) == 0
    out = capsys.readouterr().out
    assert "bod toegevoegd — Enhertu, ronde 1, 2025-03-01" in out
    assert "dossier verwijderd — Xenpozyme (ASMD), 1 bod" in out
    assert out.rstrip().endswith("Logboek intact: 7 regels, hashketen klopt.")
    assert '{"code"' not in out
    assert cli.main(["--lang", "en", "log", str(path)]) == 0
    out = capsys.readouterr().out
    assert "bod toegevoegd — Enhertu, ronde 1, 2025-03-01" in out  # as it was written
    assert "dossier deleted — Xenpozyme (ASMD), 1 bid" in out
    assert out.rstrip().endswith("Log intact: 7 lines, the hash chain holds.")


def test_a_coded_entry_tampered_with_breaks_the_chain(tmp_path: Path) -> None:
    vault = _old_style_vault(tmp_path / "k.mandaat")
    vault.commit_coded("nota_header_changed", {"brand": "Enhertu"})
    log = vault.audit_log()
    vault.close()
    assert audit.verify(log) is None
    last = log[-1]
    forged = audit.Entry(
        last.seq, last.at, last.user, last.action, last.detail.replace("Enhertu", "Carvykti"),
        last.prev_hash, last.hash,
    )  # fmt: skip
    assert audit.verify([*log[:-1], forged]) == last.seq


def test_an_unknown_code_or_a_text_that_looks_like_json_is_shown_as_stored() -> None:
    assert NL.audit_entry("x", '{"code": "from_the_future", "params": {}}') == (
        "x",
        '{"code": "from_the_future", "params": {}}',
    )
    assert NL.audit_entry("x", '{"code": broken') == ("x", '{"code": broken')


def test_core_errors_worded_in_either_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mandaat.errors import VaultError

    exc = VaultError("wrong_key", path="k.mandaat")
    assert NL.error(exc) == str(exc) == "k.mandaat: onjuist wachtwoord of herstelsleutel"
    assert EN.error(exc) == "k.mandaat: wrong passphrase or recovery key"
    # the command line: Dutch by default, byte for byte the core's line; English on request
    vault = _old_style_vault(tmp_path / "k.mandaat")
    vault.close()
    monkeypatch.setenv("MANDAAT_PASSPHRASE", "wrong horse")
    monkeypatch.delenv("MANDAAT_LANG", raising=False)
    assert cli.main(["log", str(tmp_path / "k.mandaat")]) == 1
    assert "onjuist wachtwoord of herstelsleutel" in capsys.readouterr().err
    assert cli.main(["--lang", "en", "log", str(tmp_path / "k.mandaat")]) == 1
    assert "wrong passphrase or recovery key" in capsys.readouterr().err
    import os

    assert "MANDAAT_LANG" not in os.environ  # --lang held for that one command


def test_a_refused_bid_is_worded_from_its_problems() -> None:
    import datetime as dt

    from mandaat.describe import bid_problems
    from mandaat.model import Bid
    from mandaat.vault.session import BidRefused

    exc = BidRefused(bid_problems(Bid(dt.date(2026, 1, 1), round=0)))
    assert EN.error(exc) == (
        "Bid refused: Fill in at least one part: discount, net price, list price cut, tiers, "
        "cap, pay-for-performance or a cap per patient; The round is at least 1"
    )
    assert NL.error(exc).startswith("Bod geweigerd: Vul ten minste één onderdeel in")

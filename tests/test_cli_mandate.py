"""`mandaat threshold` and `mandaat check` through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run

from mandaat import demo
from mandaat.vault.file import Vault

PW = {"MANDAAT_PASSPHRASE": "demo wachtwoord"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het Zorginstituut adviseerde dat de vraagprijs met fors meer dan 68% moet dalen.",
            {"kind": "more_than", "low": 68, "high": None, "substantially": True},
        ),
        (
            "de vraagprijs met ten minste 92% moet dalen",
            {"kind": "at_least", "low": 92, "high": None, "substantially": False},
        ),
        (
            "met minstens 35% tot 55% moet dalen, afhankelijk van vertrouwelijke kortingen",
            {"kind": "range", "low": 35, "high": 55, "substantially": False},
        ),
        (
            "een prijsverlaging van 12,5% bij een referentiewaarde van 80.000 euro per QALY",
            {"kind": "at_least", "low": 12.5, "high": None, "substantially": False},
        ),
    ],
)
def test_threshold_json(text: str, expected: dict[str, object]) -> None:
    r = run("threshold", text, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == expected


def test_threshold_without_reduction_exit_1() -> None:
    r = run("threshold", "Het middel heeft een therapeutische meerwaarde.")
    assert r.returncode == 1
    assert r.stdout == ""
    assert r.stderr.count("\n") == 1


def test_check_json_on_demo_vault(tmp_path: Path) -> None:
    path = tmp_path / "demo.mandaat"
    vault, _ = Vault.create(path, PW["MANDAAT_PASSPHRASE"])
    demo.populate(vault.db)
    vault.commit("demo")
    vault.close()
    before = path.read_bytes()
    r = run("check", str(path), "--json", env=PW)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert len(rows) == 11
    for row in rows:
        assert {
            "drug",
            "indication",
            "date",
            "round",
            "effective_reduction",
            "verdict",
            "margin_pp",
            "scenarios",
        } <= set(row)
    xen = [r for r in rows if r["drug"] == "Xenpozyme"]
    assert [r["effective_reduction"] for r in xen] == [60, 83.15, 92.86]
    assert xen[0]["verdict"] == "fails" and xen[0]["margin_pp"] == -32
    assert set(xen[0]["scenarios"]) == {"low", "expected", "high"}
    one = run("check", str(path), "--json", "--dossier", "enhertu", env=PW)
    assert {r["drug"] for r in json.loads(one.stdout)} == {"Enhertu"}
    table = run("check", str(path), env=PW)
    assert "voldoet niet" in table.stdout and "Xenpozyme" in table.stdout
    assert run("check", str(path), "--dossier", "Onbekend", env=PW).returncode == 1
    assert path.read_bytes() == before  # checking never writes


def test_check_table_in_dutch_by_default_and_english_on_request(tmp_path: Path) -> None:
    path = tmp_path / "demo.mandaat"
    vault, _ = Vault.create(path, PW["MANDAAT_PASSPHRASE"])
    demo.populate(vault.db)
    vault.commit("demo")
    vault.close()
    dutch = run("check", str(path), "--dossier", "Xenpozyme", env=PW)
    assert dutch.returncode == 0, dutch.stderr
    assert dutch.stdout.startswith("Geneesmiddel   Datum      Ronde  Effectief Oordeel")
    assert "60,00%" in dutch.stdout and "voldoet niet" in dutch.stdout
    assert "€ " in dutch.stdout and "/jr onder 92%" in dutch.stdout
    english = run("--lang", "en", "check", str(path), "--dossier", "Xenpozyme", env=PW)
    assert english.returncode == 0, english.stderr
    assert english.stdout.startswith("Medicine       Date       Round  Effective Verdict")
    assert "60.00%" in english.stdout and "does not meet" in english.stdout
    assert "/yr below 92%" in english.stdout
    assert "voldoet" not in english.stdout
    # JSON is the contract: the same keys and values in either language
    j_nl = run("check", str(path), "--json", env=PW)
    j_en = run("--lang", "en", "check", str(path), "--json", env=PW)
    assert j_nl.stdout == j_en.stdout
    # the threshold sentence, as a civil servant writes it, in either language
    text = "Het Zorginstituut adviseerde dat de vraagprijs met fors meer dan 68% moet dalen."
    assert run("threshold", text).stdout == "Vereist: prijsverlaging van fors meer dan 68%\n"
    assert run("--lang", "en", "threshold", text).stdout == (
        "Required: price reduction of substantially more than 68%\n"
    )

"""The command line words the import's problems, the export's refusals and ``check``'s
optional analyses in English with ``--lang en`` (or ``MANDAAT_LANG=en``); Dutch stays the
default, unchanged; JSON and exit codes never change. Real vaults, real .xlsx, the real
entry point."""

from __future__ import annotations

import datetime as dt
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from cli_helpers import run
from test_arrangements_written import PW as WRITTEN_PW
from test_arrangements_written import _cli_vault
from test_engine_analyses import PW as ANALYSES_PW
from test_engine_analyses import _vault as _analyses_vault
from test_import_cli import ENHERTU, PW, bid, save, standard_workbook

from mandaat import demo
from mandaat.cli import words_io
from mandaat.cli.words import EN, NL
from mandaat.export.messages import _ERRORS as EXPORT_NL
from mandaat.importing import BID_HEADERS, DOSSIER_HEADERS
from mandaat.importing.messages import ERROR_MESSAGES, PROBLEM_MESSAGES
from mandaat.vault.file import Vault

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "mandaat_en.ts"
DEMO_PW = {"MANDAAT_PASSPHRASE": "demo wachtwoord"}

#: Dutch words that must not appear in an English line we word (sheet names and column
#: headers are the file's own words and stay as written).
DUTCH = (
    "rij",
    "kolom",
    "geen",
    "moet",
    "niet",
    "geweigerd",
    "opgeslagen",
    "probleem",
    "problemen",
    "bestand",
    "lekcontrole",
    "geschreven",
    "voldoet",
    "verwacht",
    "korting",
    "jaar",
    "totaal",
    "daarna",
    "indicatie",
    "gevoeligheid",
    "groei",
    "looptijd",
    "patiënten",
    "plafond",
    "nieuw",
    "aanwezig",
    "niets",
)


def _dutch_in(text: str) -> list[str]:
    words = set(re.findall(r"[a-zà-ÿ]+", text.lower()))
    return [w for w in DUTCH if w in words]


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


CATALOGUES = [
    ("ImportProblems", PROBLEM_MESSAGES, words_io.IMPORT_PROBLEMS_EN),
    ("ImportProblems", ERROR_MESSAGES, words_io.WORKBOOK_ERRORS_EN),
    ("ExportErrors", EXPORT_NL, words_io.EXPORT_ERRORS_EN),
]


@pytest.mark.parametrize(("context", "dutch", "english"), CATALOGUES)
def test_every_dutch_message_has_english_with_the_same_placeholders(
    context: str, dutch: dict[str, str], english: dict[str, str]
) -> None:
    assert set(dutch) == set(english)
    assert [k for k in dutch if _fields(dutch[k]) != _fields(english[k])] == []
    # (a few name what the user types or the template's Dutch column headers)
    quoting = {"unknown_party", "no_header"}
    assert [k for k, v in english.items() if _dutch_in(v) and k not in quoting] == []


def _window_translations() -> dict[tuple[str, str], str]:
    out = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is not None and t.text and t.get("type") not in ("unfinished", "obsolete"):
                out[(name, m.findtext("source") or "")] = t.text
    return out


def test_the_cli_english_is_the_windows_english() -> None:
    """One English per Dutch sentence: where the window translates the same Dutch text
    (the .ts), the command line says exactly the same."""
    window = _window_translations()
    compared = 0
    for context, dutch, english in CATALOGUES:
        for code, source in dutch.items():
            if (context, source) in window:
                assert english[code] == window[(context, source)], code
                compared += 1
    assert compared == len(PROBLEM_MESSAGES) + len(ERROR_MESSAGES) + len(EXPORT_NL)


def test_the_cli_keys_have_english() -> None:
    cli = [k for k in NL if k.startswith(("cli.import.", "cli.export.", "cli.leakcheck."))]
    cli += [k for k in NL if k.startswith("cli.analysis.")]
    assert len(cli) > 40
    assert [k for k in cli if k not in EN or _fields(NL[k]) != _fields(EN[k])] == []
    assert [k for k in cli if _dutch_in(EN[k])] == []


# --------------------------------------------------------------------------- the import


def _bad_workbook(tmp_path: Path) -> Path:
    return save(
        tmp_path,
        {
            "Dossiers": [list(DOSSIER_HEADERS), ENHERTU],
            "Biedingen": [
                list(BID_HEADERS),
                bid(drug="Enhertu", date=dt.date(2025, 9, 1), discount=130, duration=3),
                bid(date=dt.date(2025, 9, 2), discount=30, duration=3),
            ],
        },
        "fout.xlsx",
    )


def test_import_problems_in_english_and_dutch(tmp_path: Path) -> None:
    vault = tmp_path / "werk.mandaat"
    assert run("init", str(vault), env=PW).returncode == 0
    before = vault.read_bytes()
    book = _bad_workbook(tmp_path)
    en = run("--lang", "en", "import", str(vault), str(book), env=PW)
    nl = run("import", str(vault), str(book), env=PW)
    env_en = run("import", str(vault), str(book), env={**PW, "MANDAAT_LANG": "en"})
    assert en.returncode == nl.returncode == env_en.returncode == 1
    assert env_en.stdout == en.stdout
    assert vault.read_bytes() == before  # nothing changed
    assert en.stdout.splitlines() == [
        "Problems (2):",
        "fout.xlsx: Biedingen, row 2, column F (Korting (%)): "
        "a discount must be between 0 and 100%",
        "fout.xlsx: Biedingen, row 3, column A (Geneesmiddel): the medicine is missing",
        "Import refused: 2 problems in fout.xlsx; nothing has been saved.",
    ]
    assert _dutch_in(en.stdout.replace("Biedingen", "").replace("Korting", "")) == []
    # the Dutch default, as before
    assert nl.stdout.splitlines() == [
        "Problemen (2):",
        "fout.xlsx: Biedingen, rij 2, kolom F (Korting (%)): korting moet tussen 0 en 100% liggen",
        "fout.xlsx: Biedingen, rij 3, kolom A (Geneesmiddel): geneesmiddel ontbreekt",
        "Import geweigerd: 2 problemen in fout.xlsx; er is niets opgeslagen.",
    ]
    dry = run("--lang", "en", "import", str(vault), str(book), "--dry-run", env=PW)
    assert dry.returncode == 1
    assert dry.stdout.splitlines()[-1] == (
        "Trial import: 1 new, 0 updated, 0 already present; 2 problems — the import would be"
        " refused. Nothing has been saved."
    )


def test_import_success_and_workbook_errors_in_english(tmp_path: Path) -> None:
    vault = tmp_path / "werk.mandaat"
    assert run("init", str(vault), env=PW).returncode == 0
    dry = run(
        "--lang", "en", "import", str(vault), str(standard_workbook(tmp_path)), "--dry-run", env=PW
    )
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    assert lines[0] == "Trial import of onderhandeling.xlsx: nothing will be saved."
    assert "Sheet Biedingen (bids): 3 rows — 3 new, 0 already present, 0 refused" in lines
    assert lines[-1] == (
        "Trial import: 5 new, 0 updated, 0 already present; no problems. Nothing has been saved."
    )
    vws = next(ln for ln in lines if " VWS " in ln).split()
    assert vws[:5] == ["3", "Enhertu", "2025-10-15", "2", "VWS"]
    assert "discount 55.5% · cap €20,000,000/year · 4 years" in " ".join(vws)
    # ZIN's sentence and the file's own names stay as written; our words are English
    ours = [ln for ln in lines if "Enhertu" not in ln and "Carvykti" not in ln]
    assert _dutch_in("\n".join(ours).replace("Biedingen", "")) == []
    good = save(
        tmp_path,
        {
            "Dossiers": [list(DOSSIER_HEADERS), ENHERTU],
            "Biedingen": [
                list(BID_HEADERS),
                bid(drug="Enhertu", date=dt.date(2025, 9, 1), discount=30, duration=3),
            ],
        },
        "goed.xlsx",
    )
    r = run("--lang", "en", "import", str(vault), str(good), env=PW)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == (
        "Imported from goed.xlsx: 2 new, 0 updated, 0 already present (dossiers: 1 new,"
        " 0 updated, 0 already present; bids: 1 new, 0 already present)."
    )
    again = run("import", str(vault), str(good), env=PW)  # Dutch default
    assert again.returncode == 0
    assert again.stdout.startswith("Niets nieuws uit goed.xlsx: 0 nieuw, 0 bijgewerkt, 2 al")
    fake = tmp_path / "nep.xlsx"
    fake.write_text("dit is geen werkmap")
    en = run("--lang", "en", "import", str(vault), str(fake), env=PW)
    nl = run("import", str(vault), str(fake), env=PW)
    assert en.returncode == nl.returncode == 2
    assert en.stderr.strip() == "mandaat: nep.xlsx: this is not an Excel workbook (.xlsx or .xlsm)"
    assert nl.stderr.strip() == "mandaat: nep.xlsx: dit is geen Excel-werkmap (.xlsx of .xlsm)"


# --------------------------------------------------------------------------- the export


def _demo_vault(tmp_path: Path) -> Path:
    path = tmp_path / "demo.mandaat"
    vault, _ = Vault.create(path, DEMO_PW["MANDAAT_PASSPHRASE"])
    demo.populate(vault.db)
    vault.commit("demo")
    vault.close()
    return path


def _lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if "sleutelafleiding" not in ln and "RFC" not in ln]


def test_export_messages_and_refusals_in_english(tmp_path: Path) -> None:
    v = _demo_vault(tmp_path)
    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a")
    out = tmp_path / "x.pdf"
    args = ("export", str(v), "--nota", "Enhertu", "-o", str(out), "--logo", str(bad))
    en = run("--lang", "en", *args, env=DEMO_PW)
    nl = run(*args, env=DEMO_PW)
    assert en.returncode == nl.returncode == 1 and not out.exists()
    assert _lines(en.stderr) == [f"mandaat: Logo: {bad}: not a PNG or JPEG image; nothing written"]
    assert _lines(nl.stderr) == [
        f"mandaat: Logo: {bad}: geen PNG- of JPEG-afbeelding; niets weggeschreven"
    ]
    full = tmp_path / "full"
    full.mkdir()
    (full / "x").write_text("x")
    en = run("--lang", "en", "export", str(v), "--woo", str(full), env=DEMO_PW)
    assert en.returncode == 1
    assert _lines(en.stderr) == [
        f"mandaat: {full}: the folder already exists and is not empty; choose a new folder"
    ]
    # written, in English; the document itself stays Dutch
    nota = tmp_path / "out" / "n.docx"
    en = run("--lang", "en", "export", str(v), "--nota", "Enhertu", "-o", str(nota), env=DEMO_PW)
    assert en.returncode == 0, en.stderr
    assert en.stdout.strip() == f"Memo written (nota): {nota} — leak check passed"
    woo = tmp_path / "woo"
    en = run("--lang", "en", "export", str(v), "--woo", str(woo), env=DEMO_PW)
    assert en.returncode == 0, en.stderr
    assert re.fullmatch(
        rf"Woo package written: {re.escape(str(woo))} \(\d+ files\) — leak check passed",
        en.stdout.strip(),
    )
    nl = run("leakcheck", str(woo), str(v), env=DEMO_PW)
    en = run("--lang", "en", "leakcheck", str(woo), str(v), env=DEMO_PW)
    assert nl.returncode == en.returncode == 0
    assert nl.stdout.strip() == f"Lekcontrole geslaagd: {woo}"
    assert en.stdout.strip() == f"Leak check passed: {woo}"
    # the nota for internal use holds confidential values: a leak, worded in English
    en = run("--lang", "en", "leakcheck", str(nota.parent), str(v), env=DEMO_PW)
    nl = run("leakcheck", str(nota.parent), str(v), env=DEMO_PW)
    assert en.returncode == nl.returncode == 1
    hits = _lines(en.stderr)
    assert hits[-1].startswith("mandaat: leak check: ") and hits[-1].endswith(f"in {nota.parent}")
    assert all(h.startswith("LEAK  ") for h in hits[:-1]) and len(hits) > 1
    assert _lines(nl.stderr)[-1].startswith("mandaat: lekcontrole: ")


# --------------------------------------------------------------------------- check's analyses


def test_check_analyses_in_english(tmp_path: Path) -> None:
    path, _ = _analyses_vault(tmp_path)
    flags = ("--years", "--what-it-takes", "--sensitivity")
    en = run("--lang", "en", "check", str(path), *flags, env=ANALYSES_PW)
    nl = run("check", str(path), *flags, env=ANALYSES_PW)
    assert en.returncode == nl.returncode == 0, en.stderr
    lines = en.stdout.splitlines()
    assert "  Per year, scenario expected:" in lines
    assert any(ln.split() == ["total", *ln.split()[1:]] for ln in lines if "total" in ln)
    assert "€173,680" in en.stdout and "€ 173.680" in nl.stdout
    assert (
        "  Extra discount needed (on top of the net price): to 40%: 16.67% expected,"
        " 16.67% in every scenario" in lines
    )
    assert "  The cap starts to bind from 97.22 patients a year" in lines
    assert "  Sensitivity (expected scenario: does not meet):" in lines
    assert any(ln.startswith("    Turns the verdict: ") for ln in lines)
    assert any(ln.startswith("    duration: 1yr: ") for ln in lines)
    analyses = "\n".join(lines[2:])  # below the table's heading and the bid's line
    assert _dutch_in(analyses) == []
    # Dutch: as before
    assert "  Per jaar, scenario verwacht:" in nl.stdout.splitlines()
    assert (
        "  Extra korting nodig (bovenop de nettoprijs): tot 40%: 16,67% verwacht,"
        " 16,67% in elk scenario" in nl.stdout.splitlines()
    )
    assert "  Plafond gaat knellen vanaf 97,22 patiënten per jaar" in nl.stdout.splitlines()
    assert "  Gevoeligheid (scenario verwacht: voldoet niet):" in nl.stdout.splitlines()
    # JSON and exit codes never change
    j_en = run("--lang", "en", "check", str(path), "--json", *flags, env=ANALYSES_PW)
    j_nl = run("check", str(path), "--json", *flags, env=ANALYSES_PW)
    assert j_en.returncode == j_nl.returncode == 0
    assert j_en.stdout == j_nl.stdout


def test_horizon_and_indications_in_english(tmp_path: Path) -> None:
    path = _cli_vault(tmp_path)
    en = run("--lang", "en", "check", str(path), "--horizon", "5", env=WRITTEN_PW)
    env_en = run("check", str(path), "--horizon", "5", env={**WRITTEN_PW, "MANDAAT_LANG": "en"})
    nl = run("check", str(path), "--horizon", "5", env=WRITTEN_PW)
    assert en.returncode == nl.returncode == 0, en.stderr
    assert env_en.stdout == en.stdout
    assert "  Over 5 years, then the asking price: does not meet (37.50%)" in en.stdout.splitlines()
    assert "  Indication Enhe — HER2-positief: meets (50.00%)" in en.stdout.splitlines()
    assert "  Over 5 jaar, daarna de vraagprijs: voldoet niet (37,50%)" in nl.stdout.splitlines()
    assert "  Indicatie Enhe — HER2-positief: voldoet (50,00%)" in nl.stdout.splitlines()

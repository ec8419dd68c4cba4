"""`mandaat export` and `mandaat leakcheck` through the real entry point."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import run

from mandaat import demo
from mandaat.vault.file import Vault

PW = {"MANDAAT_PASSPHRASE": "demo wachtwoord"}


def _vault(tmp_path: Path) -> Path:
    path = tmp_path / "demo.mandaat"
    vault, _ = Vault.create(path, PW["MANDAAT_PASSPHRASE"])
    demo.populate(vault.db)
    vault.commit("demo")
    vault.close()
    return path


def test_export_nota_and_woo_and_leakcheck(tmp_path: Path) -> None:
    v = _vault(tmp_path)
    r = run(
        "export",
        str(v),
        "--nota",
        "Enhertu",
        "--audience",
        "woo",
        "-o",
        str(tmp_path / "n.pdf"),
        env=PW,
    )
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "n.pdf").read_bytes().startswith(b"%PDF")
    r = run("export", str(v), "--nota", "enhertu", "-o", str(tmp_path / "n.docx"), env=PW)
    assert r.returncode == 0, r.stderr
    r = run(
        "export",
        str(v),
        "--woo",
        str(tmp_path / "woo"),
        "--dossier",
        "Carvykti",
        "--dossier",
        "Xenpozyme",
        env=PW,
    )
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "woo").iterdir()) == [
        "0001.pdf",
        "0002.pdf",
        "inventarislijst.xlsx",
    ]
    r = run("leakcheck", str(tmp_path / "woo"), str(v), env=PW)
    assert r.returncode == 0, r.stderr
    # the audit log records the exports, with audience and file name only
    r = run("log", str(v), env=PW)
    assert r.returncode == 0
    assert "export" in r.stdout and "n.pdf" in r.stdout and "woo" in r.stdout
    # (what follows the action: the line's number and time may hold "45" by chance)
    details = [line.split("export", 1)[1] for line in r.stdout.splitlines() if "export" in line]
    assert details and not any("45" in d for d in details)


def test_leakcheck_finds_a_leak(tmp_path: Path) -> None:
    v = _vault(tmp_path)
    r = run(
        "export",
        str(v),
        "--nota",
        "Enhertu",
        "--audience",
        "nota",
        "-o",
        str(tmp_path / "out" / "n.docx"),
        env=PW,
    )
    assert r.returncode == 0, r.stderr
    r = run("leakcheck", str(tmp_path / "out"), str(v), env=PW)
    assert r.returncode == 1
    assert "Enhertu" in r.stderr
    assert "a.voorbeeld@minvws.example" not in r.stderr + r.stdout


def test_usage_and_refusals(tmp_path: Path) -> None:
    v = _vault(tmp_path)
    r = run("export", str(v), "--nota", "Enhertu", "-o", str(tmp_path / "n.txt"), env=PW)
    assert r.returncode == 2
    r = run("export", str(v), env=PW)
    assert r.returncode == 2
    r = run("export", str(v), "--nota", "Onbekend", "-o", str(tmp_path / "n.pdf"), env=PW)
    assert r.returncode == 1
    assert not (tmp_path / "n.pdf").exists()
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    r = run("export", str(v), "--woo", str(tmp_path / "full"), env=PW)
    assert r.returncode == 1


def test_export_nota_with_a_logo(tmp_path: Path) -> None:
    """``--logo FILE``: the ministry's logo on the nota (PDF and DOCX); a file that is not
    PNG or JPEG is one clear line, exit 1, nothing written."""
    from test_export_pdfa import _png

    v = _vault(tmp_path)
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png(80, 40))
    for name in ("n.pdf", "n.docx"):
        out = tmp_path / name
        r = run("export", str(v), "--nota", "Enhertu", "-o", str(out), "--logo", str(logo), env=PW)
        assert r.returncode == 0, r.stderr
    import zipfile

    with zipfile.ZipFile(tmp_path / "n.docx") as z:
        assert any(n.startswith("word/media/") for n in z.namelist())
        headers = [z.read(n).decode() for n in z.namelist() if n.startswith("word/header")]
        assert sum("<pic:pic" in h for h in headers) == 1  # on the first page only
    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a")
    out = tmp_path / "x.pdf"
    r = run("export", str(v), "--nota", "Enhertu", "-o", str(out), "--logo", str(bad), env=PW)
    assert r.returncode == 1
    assert "Logo:" in r.stderr and "Traceback" not in r.stderr
    lines = [ln for ln in r.stderr.splitlines() if "sleutelafleiding" not in ln]  # test KDF
    assert len(lines) == 1, lines
    assert not out.exists()
    r = run("export", str(v), "--woo", str(tmp_path / "w"), "--logo", str(logo), env=PW)
    assert r.returncode == 2

"""Never a traceback: well over 100 bad command lines, each answered with one line and
the documented exit code (0 ok, 1 refused, 2 usage or a file that cannot be read or
written). In-process for speed (a crash would be caught by ``main`` and reported as an
internal error, which fails the test just the same), plus child processes for what only
a real process shows (non-UTF-8 environment and output) and a real full or read-only
disk on a small tmpfs (skipped where mounting is not permitted)."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import run
from conftest import PASSPHRASE

from mandaat import cli, demo
from mandaat.vault import atomic
from mandaat.vault.file import Vault

LONG = "x" * 300  # a file name longer than 255 bytes
NON_UTF8 = os.fsdecode(b"\xff\xfe-kluis")  # a name that is not valid UTF-8


@contextlib.contextmanager
def _env(values: dict[str, str]) -> Iterator[None]:
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def call(*argv: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with _env(env or {}), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(argv))
    return code, out.getvalue(), err.getvalue()


def problems(argv: tuple[str, ...], code: int, err: str) -> list[str]:
    """What is wrong with one answer (empty when it is a proper answer)."""
    lines = [ln for ln in err.splitlines() if ln.strip()]
    # notices and a leak check's findings are output, not error lines
    errors = [ln for ln in lines if not ln.startswith(("mandaat: let op:", "LEK  "))]
    found = []
    if code not in (0, 1, 2):
        found.append(f"exit {code}")
    if "Traceback" in err or "interne fout" in err:
        found.append("traceback/internal error")
    if code != 0 and len(errors) != 1:
        found.append(f"{len(errors)} error lines")
    if code == 0 and errors:
        found.append("exit 0 with an error line")
    return [f"{[a[:40] for a in argv]}: {p}: {err.strip()[:300]}" for p in found]


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Path]:
    """A real vault with the demo dossiers, and an assortment of bad files."""
    v = tmp_path / "demo.mandaat"
    vault, _ = Vault.create(v, PASSPHRASE)
    demo.populate(vault.db)
    vault.commit("demo")
    vault.close()
    files = {"vault": v, "tmp": tmp_path}
    files["garbage"] = tmp_path / "rommel.mandaat"
    files["garbage"].write_bytes(b"dit is geen kluis")
    files["empty"] = tmp_path / "leeg.mandaat"
    files["empty"].write_bytes(b"")
    files["truncated"] = tmp_path / "afgekapt.mandaat"
    files["truncated"].write_bytes(v.read_bytes()[:200])
    (tmp_path / "pijpen").mkdir()
    files["fifo"] = tmp_path / "pijpen" / "pijp.mandaat"
    os.mkfifo(files["fifo"])
    files["loop"] = tmp_path / "lus.mandaat"
    files["loop"].symlink_to(files["loop"])
    files["nonutf8_secret"] = tmp_path / "wachtwoord-latin1.txt"
    files["nonutf8_secret"].write_bytes("g\xe9heim wachtwoord".encode("latin-1"))
    files["empty_secret"] = tmp_path / "leeg-wachtwoord.txt"
    files["empty_secret"].write_bytes(b"")
    files["folder"] = tmp_path / "map"
    files["folder"].mkdir()
    files["policy_list"] = tmp_path / "policy-lijst.json"
    files["policy_list"].write_text("[1, 2, 3]")
    files["policy_types"] = tmp_path / "policy-types.json"
    files["policy_types"].write_text('{"abc": {"bid.conditions": 5}}')
    files["policy_ground"] = tmp_path / "policy-grond.json"
    files["policy_ground"].write_text('{"1": {"bid.conditions": {"grounds": ["9.9.9"]}}}')
    files["not_xlsx"] = tmp_path / "werkmap.xlsx"
    files["not_xlsx"].write_bytes(b"PK\x03\x04 geen zip")
    return files


def _bad_vault_paths(w: dict[str, Path]) -> list[str]:
    t = w["tmp"]
    return [
        str(t / "bestaat-niet.mandaat"),
        str(t / "geen-map" / "v.mandaat"),
        str(t / f"{LONG}.mandaat"),
        str(t / f"{NON_UTF8}.mandaat"),
        str(w["folder"]),
        str(w["fifo"]),
        str(w["garbage"]),
        str(w["empty"]),
        str(w["truncated"]),
        str(w["loop"]),
        "",
    ]


def _cases(w: dict[str, Path]) -> list[tuple[str, ...]]:
    t, v = w["tmp"], str(w["vault"])
    cases: list[tuple[str, ...]] = []
    for bad in _bad_vault_paths(w):
        cases += [
            ("info", bad),
            ("log", bad),
            ("check", bad),
            ("passwd", bad),
            ("export", bad, "--woo", str(t / "woo-x")),
            ("leakcheck", str(w["folder"]), bad),
            ("import", bad, str(w["not_xlsx"])),
        ]
    for secret in ("nonutf8_secret", "empty_secret", "folder", "garbage"):
        f = str(w[secret])
        cases += [
            ("log", v, "--passphrase-file", f),
            ("log", v, "--recovery-key-file", f),
            ("init", str(t / f"nieuw-{secret}.mandaat"), "--passphrase-file", f),
        ]
        if secret != "garbage":  # (its text would be a valid new passphrase)
            cases.append(("passwd", v, "--new-passphrase-file", f))
    cases += [
        ("log", v, "--passphrase-file", str(t / LONG)),
        ("log", v, "--passphrase-file", str(t / "geen-map" / "pw")),
        # init
        ("init", str(t / "geen-map" / "v.mandaat")),
        ("init", str(t / f"{LONG}.mandaat")),
        ("init", str(w["folder"])),
        ("init", str(w["fifo"])),
        ("init", v),
        ("init", ""),
        ("init", str(t / "dev-null" / "x.mandaat")),
        # export: dates, kenmerk, output paths, policies
        *[
            ("export", v, "--nota", "Enhertu", "-o", str(t / "n.docx"), "--date", d)
            for d in ("2025-13-45", "2025-02-30", "", "gisteren", "99999-01-01", "0000-01-01")
        ],
        ("export", v, "--nota", "Enhertu", "-o", str(t / "k.docx"), "--kenmerk", "K" * 100_000),
        ("export", v, "--nota", "Enhertu", "-o", str(t / "k2.docx"), "--kenmerk", "a\x00b\x07"),
        ("export", v, "--nota", "Enhertu", "-o", str(t / "geen-map" / "n.docx")),
        ("export", v, "--nota", "Enhertu", "-o", str(t / f"{LONG}.docx")),
        ("export", v, "--nota", "Enhertu", "-o", str(t / f"{NON_UTF8}.docx")),
        ("export", v, "--nota", "Enhertu", "-o", str(t / "n.txt")),
        ("export", v, "--nota", "Enhertu", "-o", str(w["folder"]) + ".pdf"),
        ("export", v, "--nota", "Bestaat Niet", "-o", str(t / "x.pdf")),
        ("export", v, "--nota", "Enhertu"),
        ("export", v, "--woo", str(t / "geen-map" / "woo")),
        ("export", v, "--woo", str(t / LONG)),
        ("export", v, "--woo", str(w["garbage"])),
        ("export", v, "--woo", str(t / "woo-d"), "--dossier", "Bestaat Niet"),
        ("export", v, "--woo", str(t / "woo-n"), "--dossier", NON_UTF8),
        ("export", v),
        ("export", v, "--nota", "Enhertu", "--woo", str(t / "w")),
        ("export", v, "--nota", "Enhertu", "-o", str(t / "a.pdf"), "--audience", "iedereen"),
        *[
            ("export", v, "--woo", str(t / f"woo-p{i}"), "--policy", str(p))
            for i, p in enumerate(
                (
                    t / "geen-beleid.json",
                    w["nonutf8_secret"],
                    w["policy_list"],
                    w["policy_types"],
                    w["policy_ground"],
                    w["folder"],
                    t / LONG,
                )
            )
        ],
        # leakcheck
        ("leakcheck", str(t / "geen-map"), v),
        ("leakcheck", str(t / LONG), v),
        ("leakcheck", str(w["garbage"]), v),
        # import
        ("import", v, str(t / "geen.xlsx")),
        ("import", v, str(t / f"{LONG}.xlsx")),
        ("import", v, str(w["folder"])),
        ("import", v, str(w["garbage"])),
        ("import", v, str(w["not_xlsx"])),
        # (a pipe as the workbook is left out: the import reader waits on it; reported)
        ("import", v, str(w["not_xlsx"]), "--password-file", str(w["nonutf8_secret"])),
        ("import", v, str(w["not_xlsx"]), "--password-file", str(t / "geen-pw")),
        # template
        ("template", str(t / "geen-map" / "t.xlsx")),
        ("template", str(t / f"{LONG}.xlsx")),
        ("template", str(w["not_xlsx"])),
        ("template", str(t / "t.csv")),
        ("template", str(w["folder"])),
        # threshold: odd text
        ("threshold", NON_UTF8),
        ("threshold", "x" * 100_000),
        ("threshold", "-5%"),
        ("threshold", "\x00"),
        # check: wrong types and unknown names
        ("check", v, "--dossier", "999999999999999999999999"),
        ("check", v, "--dossier", "-1"),
        ("check", v, "--dossier", NON_UTF8),
        # options with wrong types / out of range
        *[("log", v, "--max-kdf-seconds", s) for s in ("nan", "-1", "0", "inf", "1e309", "abc")],
        ("log", v, "--onbekende-optie"),
        ("log",),
        ("bestaat-niet",),
        ("passwd", v, "--new-recovery-key", "--recovery"),
        (),
    ]
    return cases


def test_a_hundred_bad_invocations_never_a_traceback(world: dict[str, Path]) -> None:
    cases = _cases(world)
    assert len(cases) >= 100
    found: list[str] = []
    env = {"MANDAAT_PASSPHRASE": PASSPHRASE, "MANDAAT_NEW_PASSPHRASE": "kort"}
    for argv in cases:
        code, _out, err = call(*argv, env=env)
        found += problems(argv, code, err)
    assert not found, "\n".join(found)
    # nothing changed: the vault still opens with the same passphrase
    Vault.open(world["vault"], passphrase=PASSPHRASE).close()


def test_full_disk_through_the_file_layer(world: dict[str, Path]) -> None:
    """A disk that fills up after a few bytes (the save's file layer): one line, exit 1."""
    original = atomic.FileOps.write

    def full(self: atomic.FileOps, fd: int, data: memoryview) -> int:
        raise OSError(28, "No space left on device")

    v = str(world["vault"])
    before = world["vault"].read_bytes()
    atomic.FileOps.write = full  # type: ignore[method-assign]
    try:
        results = [
            call("passwd", v, env={"MANDAAT_PASSPHRASE": PASSPHRASE, "MANDAAT_NEW_PASSPHRASE": p})
            for p in ("een nieuwe lange zin",)
        ]
        results.append(
            call("passwd", v, "--new-recovery-key", env={"MANDAAT_PASSPHRASE": PASSPHRASE})
        )
    finally:
        atomic.FileOps.write = original  # type: ignore[method-assign]
    for code, _out, err in results:
        assert code == 1 and not problems(("passwd",), code, err)
        assert "opslaan mislukt" in err
    assert world["vault"].read_bytes() == before


# -- child processes: encodings, a real full disk, a read-only folder --------------------


def _run_bytes(args: list[bytes], env: dict[bytes, bytes]) -> subprocess.CompletedProcess[bytes]:
    from cli_helpers import MANDAAT

    full = {
        os.fsencode(k): os.fsencode(v)
        for k, v in os.environ.items()
        if not k.startswith("MANDAAT_") or k in ("MANDAAT_KDF_PROFILE", "MANDAAT_STATE_DIR")
    }
    full[b"PYTHON_KEYRING_BACKEND"] = b"keyring.backends.fail.Keyring"
    full.update(env)
    return subprocess.run([os.fsencode(MANDAAT), *args], capture_output=True, env=full, timeout=120)


def test_non_utf8_environment_and_paths(world: dict[str, Path]) -> None:
    t = world["tmp"]
    v = os.fsencode(world["vault"])
    # a passphrase in the environment that is not UTF-8: refused as a wrong key, one line
    r = _run_bytes([b"log", v], {b"MANDAAT_PASSPHRASE": b"g\xe9heim"})
    assert r.returncode == 1 and b"Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    # a new vault whose name is not UTF-8: made, and its name printed with escapes
    name = os.fsencode(t) + b"/\xff\xfe.mandaat"
    r = _run_bytes([b"init", name], {b"MANDAAT_PASSPHRASE": PASSPHRASE.encode()})
    assert r.returncode == 0, r.stderr
    assert os.path.exists(name)
    r = _run_bytes([b"info", name], {})
    assert r.returncode == 0 and b"Traceback" not in r.stderr
    # a console that cannot show the name
    r = _run_bytes([b"info", name], {b"PYTHONIOENCODING": b"ascii"})
    assert r.returncode == 0 and b"Traceback" not in r.stderr


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "klein"
    mount.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=160k", "tmpfs", str(mount)], capture_output=True
    )
    if r.returncode != 0:
        pytest.skip("mounting a tmpfs is not permitted here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_real_full_disk_and_read_only_folder(small_disk: Path, world: dict[str, Path]) -> None:
    env = {"MANDAAT_PASSPHRASE": PASSPHRASE}
    vault = small_disk / "v.mandaat"
    assert run("init", str(vault), env=env).returncode == 0
    ballast = small_disk / "ballast"
    with contextlib.suppress(OSError), ballast.open("wb") as f:
        while True:
            f.write(b"\0" * 4096)
            f.flush()
    before = vault.read_bytes()
    results = [
        run("passwd", str(vault), env={**env, "MANDAAT_NEW_PASSPHRASE": "een nieuwe lange zin"}),
        run("template", str(small_disk / "t.xlsx")),
        run("init", str(small_disk / "w.mandaat"), env=env),
        run("export", str(world["vault"]), "--woo", str(small_disk / "woo"), env=env),
        run(
            "export",
            str(world["vault"]),
            "--nota",
            "Enhertu",
            "-o",
            str(small_disk / "n.pdf"),
            env=env,
        ),
    ]
    for r in results:
        assert r.returncode in (1, 2), r.stderr
        assert not problems(tuple(r.args[1:3]), r.returncode, r.stderr)
    assert vault.read_bytes() == before
    ballast.unlink()
    Vault.open(vault, passphrase=PASSPHRASE).close()
    # the same folder read-only (even root cannot write there)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    results = [
        run("passwd", str(vault), env={**env, "MANDAAT_NEW_PASSPHRASE": "een nieuwe lange zin"}),
        run("log", str(vault), env=env),
        run("template", str(small_disk / "t.xlsx")),
        run("init", str(small_disk / "w.mandaat"), env=env),
        run("export", str(world["vault"]), "--woo", str(small_disk / "woo"), env=env),
    ]
    for r in results:
        assert r.returncode in (0, 1, 2), r.stderr
        assert not problems(tuple(r.args[1:3]), r.returncode, r.stderr)
    assert results[1].returncode == 0  # reading still works


def test_internal_error_goes_to_the_crash_file_without_values(
    monkeypatch: pytest.MonkeyPatch, _state_dir: Path, world: dict[str, Path]
) -> None:
    """An error nothing else caught: one line, exit 1, and a crash entry with types and
    frames only (no message, no value)."""
    from mandaat.vault import file as vault_module

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("NETTOPRIJS-31415 " + PASSPHRASE)

    monkeypatch.setattr(vault_module.Vault, "audit_log", broken)
    code, out, err = call("log", str(world["vault"]), env={"MANDAAT_PASSPHRASE": PASSPHRASE})
    assert code == 1
    assert len(err.strip().splitlines()) == 2  # the test-profile notice and the one line
    assert "interne fout (RuntimeError)" in err and "NETTOPRIJS" not in err
    crash = (_state_dir / "crash.log").read_text()
    assert "builtins.RuntimeError" in crash and "mandaat/cli/__init__.py" in crash
    assert "NETTOPRIJS" not in crash and PASSPHRASE not in crash

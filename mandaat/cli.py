"""The ``mandaat`` command line. Drives the core exactly as the window does.

Exit codes: 0 success, 1 refused (bad input, wrong key, a damaged vault), 2 usage
error or unreadable file. Passphrases come from a prompt, the environment
(``MANDAAT_PASSPHRASE``, ``MANDAAT_NEW_PASSPHRASE``) or a file; never from argv.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mandaat.errors import MandaatError, VaultError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
USAGE_CODES = frozenset({"not_found", "no_passphrase", "passphrase_mismatch"})

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    pass


def _read_secret_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{path}: kan het wachtwoordbestand niet lezen ({exc.strerror})") from None
    return text.splitlines()[0] if text else ""


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def current_passphrase(args: argparse.Namespace) -> str:
    """The passphrase to unlock with: --passphrase-file, MANDAAT_PASSPHRASE or a prompt."""
    if getattr(args, "passphrase_file", None):
        return _read_secret_file(args.passphrase_file)
    env = os.environ.get("MANDAAT_PASSPHRASE")
    if env is not None:
        return env
    if _interactive():
        return getpass.getpass("Wachtwoord: ")
    raise VaultError("no_passphrase")


def new_passphrase(args: argparse.Namespace, env_name: str, file_attr: str) -> str:
    """A new passphrase: from a file or the environment, or typed twice at a prompt."""
    if getattr(args, file_attr, None):
        return _read_secret_file(getattr(args, file_attr))
    env = os.environ.get(env_name)
    if env is not None:
        return env
    if not _interactive():
        raise VaultError("no_passphrase")
    first = getpass.getpass("Nieuw wachtwoord: ")
    if first and len(first) < 12:
        print("Tip: een zin van vier of meer woorden is sterker en beter te onthouden.")
    if getpass.getpass("Herhaal het wachtwoord: ") != first:
        raise VaultError("passphrase_mismatch")
    return first


def _unlock_kwargs(args: argparse.Namespace) -> dict[str, object]:
    rk_file = getattr(args, "recovery_key_file", None)
    if rk_file:
        return {"recovery_key": _read_secret_file(rk_file)}
    if os.environ.get("MANDAAT_RECOVERY_KEY") and getattr(args, "use_recovery", False):
        return {"recovery_key": os.environ["MANDAAT_RECOVERY_KEY"]}
    if getattr(args, "use_recovery", False):
        if not _interactive():
            raise VaultError("no_passphrase")
        return {"recovery_key": getpass.getpass("Herstelsleutel: ")}
    return {"passphrase": current_passphrase(args)}


# -- commands ------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from mandaat.keystore import KeyStore
    from mandaat.vault import Vault

    path = Path(args.vault)
    if path.exists():
        raise VaultError("exists", path=str(path))
    keystore = None
    if args.remember:
        keystore = KeyStore()
        reason = keystore.unavailable_reason()
        if reason is not None:
            raise VaultError("keyring_unavailable", detail=reason)
    passphrase = new_passphrase(args, "MANDAAT_PASSPHRASE", "passphrase_file")
    vault, recovery = Vault.create(path, passphrase, keystore=keystore)
    vault.close()
    print(f"Kluis aangemaakt: {path}")
    print()
    print("HERSTELSLEUTEL — wordt maar één keer getoond. Print hem en bewaar hem veilig,")
    print("los van deze computer. Zonder wachtwoord én herstelsleutel is de kluis onleesbaar.")
    print()
    print(f"    {recovery}")
    print()
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    from mandaat.vault import Vault

    vault = Vault.open(Path(args.vault), **_unlock_kwargs(args))  # type: ignore[arg-type]
    try:
        if args.new_recovery_key:
            recovery = vault.new_recovery_key()
            print(f"Nieuwe herstelsleutel voor {args.vault} — de oude werkt niet meer.")
            print("Print hem en bewaar hem veilig, los van deze computer:")
            print()
            print(f"    {recovery}")
            print()
            return EXIT_OK
        new = new_passphrase(args, "MANDAAT_NEW_PASSPHRASE", "new_passphrase_file")
        vault.change_passphrase(new)
    finally:
        vault.close()
    print(f"Wachtwoord gewijzigd: {args.vault}")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from mandaat import kdf
    from mandaat import vault_format as fmt
    from mandaat.vault import read_header

    path = Path(args.vault)
    h = read_header(path)
    p = h.params
    print(f"Kluis:            {path}")
    print(f"Formaatversie:    {h.version}")
    print(f"Grootte:          {path.stat().st_size} bytes")
    print(
        f"Sleutelafleiding: Argon2id, {p.memory_kib // 1024} MiB, t={p.iterations}, p={p.lanes}"
        + ("" if kdf.meets_rfc9106(p) else "  (LET OP: onder RFC 9106 — alleen voor tests)")
    )
    print("Sleutelvakken:    " + ", ".join(fmt.SLOT_NAMES[s.kind] for s in h.slots))
    print("Versleuteling:    AES-256-GCM, sleutel per opslag via HKDF-SHA256")
    return EXIT_OK


def cmd_log(args: argparse.Namespace) -> int:
    from mandaat import audit
    from mandaat.vault import Vault

    vault = Vault.open(Path(args.vault), read_only=True, **_unlock_kwargs(args))  # type: ignore[arg-type]
    try:
        log = vault.audit_log()
    finally:
        vault.close()
    for e in log:
        detail = f" — {e.detail}" if e.detail else ""
        print(f"{e.seq:>5}  {e.at}  {e.user}  {e.action}{detail}")
    broken = audit.verify(log)
    if broken is not None:
        raise VaultError("audit_broken", path=args.vault, entry=broken)
    print(f"Logboek intact: {len(log)} regels, hashketen klopt.")
    return EXIT_OK


# -- parser --------------------------------------------------------------------------


def _add_unlock(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passphrase-file", metavar="FILE", help="lees het wachtwoord uit FILE")
    p.add_argument(
        "--recovery",
        dest="use_recovery",
        action="store_true",
        help="ontgrendel met de herstelsleutel (prompt of MANDAAT_RECOVERY_KEY)",
    )
    p.add_argument("--recovery-key-file", metavar="FILE", help="lees de herstelsleutel uit FILE")


class _VersionAction(argparse.Action):
    """``--version``, with the version read from the package metadata only when asked
    for (importlib.metadata costs ~20 ms, which every other command would pay)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", "show program's version number and exit")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        from mandaat import __version__

        parser._print_message(_version_line(__version__) + "\n", sys.stdout)
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mandaat", description="Mandaat — opdrachtregel")
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")

    p = sub.add_parser("init", help="maak een nieuwe kluis")
    p.add_argument("vault")
    p.add_argument("--passphrase-file", metavar="FILE")
    p.add_argument("--remember", action="store_true", help="onthoud op deze computer (sleutelbos)")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("passwd", help="wijzig het wachtwoord")
    p.add_argument("vault")
    _add_unlock(p)
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.add_argument(
        "--new-recovery-key",
        action="store_true",
        help="vervang de herstelsleutel (het wachtwoord blijft)",
    )
    p.set_defaults(handler=cmd_passwd)

    p = sub.add_parser("info", help="toon de kop van een kluis (geen sleutel nodig)")
    p.add_argument("vault")
    p.set_defaults(handler=cmd_info)

    p = sub.add_parser("log", help="toon het logboek en controleer de hashketen")
    p.add_argument("vault")
    _add_unlock(p)
    p.set_defaults(handler=cmd_log)

    from mandaat import commands_export, commands_import, commands_mandate

    commands_mandate.register(sub)
    commands_import.register(sub)
    commands_export.register(sub)
    for register in EXTRA_COMMANDS:
        register(sub)
    return parser


def _version_line(version: str) -> str:
    from mandaat.vault_format import FORMAT_VERSION

    return f"mandaat {version} (kluisformaat {FORMAT_VERSION})"


# Later modules add their sub-commands here (name, register function).
EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = []
COMMANDS: tuple[str, ...] = (
    "init",
    "passwd",
    "info",
    "log",
    "threshold",
    "check",
    "template",
    "import",
    "export",
    "leakcheck",
)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    from mandaat.export import staging

    staging.sweep_stale()  # temp folders of an interrupted export: never leak-checked
    try:
        return handler(args)
    except UsageError as exc:
        print(f"mandaat: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except MandaatError as exc:
        print(f"mandaat: {exc}", file=sys.stderr)
        return EXIT_USAGE if exc.code in USAGE_CODES else EXIT_REFUSED
    except KeyboardInterrupt:
        print("mandaat: afgebroken", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""The ``mandaat`` command line. Drives the core exactly as the window does.

Exit codes: 0 success, 1 refused (bad input, wrong key, a damaged vault), 2 usage
error or unreadable file. Passphrases come from a prompt, the environment
(``MANDAAT_PASSPHRASE``, ``MANDAAT_NEW_PASSPHRASE``) or a file; never from argv.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from mandaat.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    HINTS,
    USAGE_CODES,
    Handler,
    UsageError,
    add_unlock,
    new_passphrase,
    unlock_kwargs,
)
from mandaat.errors import MandaatError, VaultError

# -- commands ------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from mandaat.vault.file import Vault
    from mandaat.vault.keystore import KeyStore

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
    from mandaat.vault.file import Vault

    vault = Vault.open(Path(args.vault), **unlock_kwargs(args))  # type: ignore[arg-type]
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
        made = vault.change_passphrase(new)
    finally:
        vault.close()
    print(f"Wachtwoord gewijzigd: {args.vault} — het oude wachtwoord opent niets meer.")
    if made is not None:
        print("De kluis is omgezet naar formaat 2; daarbij hoort een nieuwe herstelsleutel")
        print("(de oude werkt niet meer). Print hem en bewaar hem veilig:")
        print()
        print(f"    {made}")
        print()
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from mandaat.vault import fileformat as fmt
    from mandaat.vault import kdf
    from mandaat.vault.file import read_header

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
    from mandaat.cli import words as cli_words
    from mandaat.vault import audit
    from mandaat.vault.file import Vault

    words = cli_words.for_language()

    vault = Vault.open(Path(args.vault), read_only=True, **unlock_kwargs(args))  # type: ignore[arg-type]
    try:
        log = vault.audit_log()
    finally:
        vault.close()
    for e in log:
        action, detail = words.audit_entry(e.action, e.detail)
        detail = f" — {detail}" if detail else ""
        print(f"{e.seq:>5}  {e.at}  {e.user}  {action}{detail}")
    broken = audit.verify(log)
    if broken is not None:
        raise VaultError("audit_broken", path=args.vault, entry=broken)
    print(words.text("cli.log_intact", lines=words.count("lines", len(log))))
    return EXIT_OK


# -- parser --------------------------------------------------------------------------


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


class _LangAction(argparse.Action):
    """``--lang en``: the language of the words for this run (sets ``MANDAAT_LANG``, which
    :func:`mandaat.cli.words.language` reads). JSON keys and exit codes never change."""

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        os.environ["MANDAAT_LANG"] = str(args[1])
        setattr(args[0], self.dest, args[1])


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error said in one line (not the whole usage block)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (zie {self.prog} -h)\n")


def build_parser() -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = _Parser(prog="mandaat", description="Mandaat — opdrachtregel")
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        action=_LangAction,
        help="taal van de uitvoer (standaard nl; ook MANDAAT_LANG)",
    )
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")

    p = sub.add_parser("init", help="maak een nieuwe kluis")
    p.add_argument("vault")
    p.add_argument("--passphrase-file", metavar="FILE")
    p.add_argument("--remember", action="store_true", help="onthoud op deze computer (sleutelbos)")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("passwd", help="wijzig het wachtwoord")
    p.add_argument("vault")
    add_unlock(p)
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
    add_unlock(p)
    p.set_defaults(handler=cmd_log)

    from mandaat.cli import export as commands_export
    from mandaat.cli import importing as commands_import
    from mandaat.cli import mandate as commands_mandate

    commands_mandate.register(sub)
    commands_import.register(sub)
    commands_export.register(sub)
    for register in EXTRA_COMMANDS:
        register(sub)
    return parser


def _version_line(version: str) -> str:
    from mandaat.vault.fileformat import FORMAT_VERSION

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


def _safe_streams() -> None:
    """A path or text that is not valid UTF-8 (or not encodable on this console) is shown
    with escapes instead of failing halfway through a line."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def _os_error_line(exc: OSError) -> str:
    """An OS error as one line naming the file, never a value from inside it."""
    where = exc.filename if exc.filename is not None else ""
    reason = exc.strerror or type(exc).__name__
    return f"mandaat: {os.fsdecode(where)}: {reason}" if where else f"mandaat: {reason}"


def _quiet_unraisable(info: Any) -> None:
    """An error while an object is cleaned up (a zip file whose close fails on a full
    disk) goes to the crash file, not as a traceback to the user: the command's own
    error line has already said what failed."""
    from mandaat import crash

    if info.exc_value is not None:
        crash.record(info.exc_value, "cli cleanup")


def main(argv: list[str] | None = None) -> int:
    """Run one command. Every failure ends as one line on stderr and an exit code: 1
    refused, 2 usage or a file that cannot be read or written; an unexpected internal
    error is written (without values) to the crash file and reported in one line."""
    _safe_streams()
    sys.unraisablehook = _quiet_unraisable
    language = os.environ.get("MANDAAT_LANG")  # ``--lang`` sets it for this command only
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("mandaat: afgebroken", file=sys.stderr)
        return 130
    except OSError as exc:  # a file the command could not read or write
        print(_os_error_line(exc), file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        from mandaat import crash

        where = crash.record(exc, "cli")
        print(
            f"mandaat: interne fout ({type(exc).__name__}); er is niets gewijzigd"
            + (f"; details zonder gegevens in {where}" if where else ""),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    finally:
        if language is None:
            os.environ.pop("MANDAAT_LANG", None)
        else:
            os.environ["MANDAAT_LANG"] = language


def _main(argv: list[str] | None) -> int:
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
        from mandaat.cli.words_io import error_line

        hint = HINTS.get(exc.code)
        line = error_line(exc)  # Dutch unless --lang en / MANDAAT_LANG=en
        print(f"mandaat: {line}" + (f" ({hint})" if hint else ""), file=sys.stderr)
        return EXIT_USAGE if exc.code in USAGE_CODES else EXIT_REFUSED

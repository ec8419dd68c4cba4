"""What every command of the command line shares: exit codes, where a passphrase comes
from, how a vault is opened, the unlock options. The commands import this module; it
imports none of them (no import circle)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from mandaat.errors import VaultError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
USAGE_CODES = frozenset({"not_found", "no_passphrase", "passphrase_mismatch"})

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    pass


def read_secret_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{path}: kan het wachtwoordbestand niet lezen ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path}: het wachtwoordbestand is geen UTF-8-tekst") from None
    return text.splitlines()[0] if text else ""


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def current_passphrase(args: argparse.Namespace) -> str:
    """The passphrase to unlock with: --passphrase-file, MANDAAT_PASSPHRASE or a prompt."""
    if getattr(args, "passphrase_file", None):
        return read_secret_file(args.passphrase_file)
    env = os.environ.get("MANDAAT_PASSPHRASE")
    if env is not None:
        return env
    if interactive():
        return getpass.getpass("Wachtwoord: ")
    raise VaultError("no_passphrase")


def new_passphrase(args: argparse.Namespace, env_name: str, file_attr: str) -> str:
    """A new passphrase: from a file or the environment, or typed twice at a prompt."""
    if getattr(args, file_attr, None):
        return read_secret_file(getattr(args, file_attr))
    env = os.environ.get(env_name)
    if env is not None:
        return env
    if not interactive():
        raise VaultError("no_passphrase")
    first = getpass.getpass("Nieuw wachtwoord: ")
    if first and len(first) < 12:
        print("Tip: een zin van vier of meer woorden is sterker en beter te onthouden.")
    if getpass.getpass("Herhaal het wachtwoord: ") != first:
        raise VaultError("passphrase_mismatch")
    return first


NOTICES = {
    "weak_kdf": "let op: deze kluis gebruikt de goedkope sleutelafleiding voor tests "
    "(onder RFC 9106), niet geschikt voor echte gegevens",
    "older_state": "let op: een oudere stand van de kluis is aanvaard als de nieuwste",
    "diverged_state": "let op: een afwijkende stand van de kluis is aanvaard als de nieuwste",
    "state_unverified": "let op: deze stand van de kluis is aanvaard als de nieuwste",
}
# codes for which a flag lets the user go on; the hint is added to the one line
HINTS = {
    "older_state": "--accept-older om hem toch te openen (een bewust teruggezette kopie)",
    "diverged_state": "--accept-older om hem toch te openen",
    "state_unverified": "--accept-older om hem toch te openen",
    "kdf_slow": "--max-kdf-seconds N om toch tot N seconden te wachten",
}


def notice(code: str) -> None:
    print(f"mandaat: {NOTICES.get(code, code)}", file=sys.stderr)


def unlock_kwargs(args: argparse.Namespace) -> dict[str, object]:
    """How to open the vault: the secret, and the vault-opening options."""
    options: dict[str, object] = {"notify": notice}
    if getattr(args, "accept_older", False):
        options["older"] = "accept"
    if getattr(args, "max_kdf_seconds", None) is not None:
        options["max_kdf_seconds"] = args.max_kdf_seconds
    rk_file = getattr(args, "recovery_key_file", None)
    if rk_file:
        return {"recovery_key": read_secret_file(rk_file), **options}
    if os.environ.get("MANDAAT_RECOVERY_KEY") and getattr(args, "use_recovery", False):
        return {"recovery_key": os.environ["MANDAAT_RECOVERY_KEY"], **options}
    if getattr(args, "use_recovery", False):
        if not interactive():
            raise VaultError("no_passphrase")
        return {"recovery_key": getpass.getpass("Herstelsleutel: "), **options}
    return {"passphrase": current_passphrase(args), **options}


# -- options shared by the commands that open a vault -----------------------------


def add_unlock(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passphrase-file", metavar="FILE", help="lees het wachtwoord uit FILE")
    p.add_argument(
        "--recovery",
        dest="use_recovery",
        action="store_true",
        help="ontgrendel met de herstelsleutel (prompt of MANDAAT_RECOVERY_KEY)",
    )
    p.add_argument("--recovery-key-file", metavar="FILE", help="lees de herstelsleutel uit FILE")
    p.add_argument(
        "--accept-older",
        action="store_true",
        help="open ook een oudere stand dan deze computer zag (een teruggezette kopie)",
    )
    p.add_argument(
        "--max-kdf-seconds",
        type=seconds,
        metavar="N",
        help="wacht tot N seconden op een ongewoon zware sleutelafleiding (standaard 10)",
    )


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen getal: {text!r}") from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError("kies een aantal seconden van 0 tot 3600")
    return value

"""Errors of the core: a code with parameters, never a confidential value.

The CLI and the window turn a code into a sentence (see :func:`message`). Parameters
hold only things that are safe to show anywhere: file names, offsets, counts, versions.
"""

from __future__ import annotations

from typing import Any

# Dutch one-line messages; ``{path}`` etc. are filled from the error's parameters.
_MESSAGES: dict[str, str] = {
    "not_found": "{path}: bestand bestaat niet",
    "empty_file": "{path}: het bestand is leeg — geen Mandaat-kluis",
    "foreign_file": "{path}: geen Mandaat-kluis (onbekend bestandstype)",
    "newer_version": (
        "{path}: kluisformaat versie {version} is nieuwer dan deze Mandaat ondersteunt "
        "(tot en met {supported}); werk Mandaat bij"
    ),
    "corrupt_header": "{path}: de kop van de kluis is beschadigd ({detail})",
    "truncated": "{path}: de kluis is afgekapt ({size} van {expected} bytes)",
    "kdf_too_costly": (
        "{path}: de sleutelafleiding in deze kluis vraagt onredelijk veel ({detail}); geweigerd"
    ),
    "wrong_key": "{path}: onjuist wachtwoord of herstelsleutel",
    "tampered": (
        "{path}: het bestand is gewijzigd of beschadigd: het sleutelvak opent, de inhoud niet "
        "(authenticatie mislukt)"
    ),
    "integrity": "{path}: de database in de kluis is niet intact ({detail})",
    "locked": "{path}: de kluis is in gebruik door een ander Mandaat-proces",
    "changed_on_disk": (
        "{path}: de kluis is op schijf gewijzigd sinds hij werd geopend; niet overschreven"
    ),
    "write_failed": "{path}: opslaan mislukt ({detail}); de vorige versie is intact",
    "no_slot": "{path}: de kluis heeft geen sleutelvak van dit soort ({detail})",
    "empty_passphrase": "Het wachtwoord mag niet leeg zijn",
    "passphrase_mismatch": "De twee wachtwoorden zijn niet gelijk",
    "no_passphrase": "Geen wachtwoord: geef het op bij de prompt, in MANDAAT_PASSPHRASE of met "
    "--passphrase-file",
    "bad_recovery_key": "De herstelsleutel heeft niet de juiste vorm ({detail})",
    "exists": "{path}: bestaat al; kies een andere naam",
    "keyring_unavailable": (
        "Onthouden op deze computer is niet beschikbaar: {detail}. "
        "Mandaat bewaart nooit een sleutel onversleuteld"
    ),
    "keyring_missing": "{path}: de sleutel voor deze computer staat niet (meer) in de sleutelbos",
    "audit_broken": "{path}: het logboek is niet intact vanaf regel {entry}",
    "unknown_dossier": "Geen dossier gevonden voor '{name}'",
    "bad_product": "Een productnaam is één regel van hooguit 200 tekens ('{name}')",
    "product_wide_bids": (
        "Dossier {name} heeft productbrede biedingen: zet die eerst terug op één indicatie"
    ),
    "bid_refused": "Bod geweigerd: {detail}",
    "short_passphrase": "Het wachtwoord is te kort: minstens {minimum} tekens (een zin werkt goed)",
    "read_only": "{path}: alleen-lezen geopend; er wordt niets opgeslagen",
    "needs_passphrase": (
        "{path}: ontgrendel met het wachtwoord om een nieuwe herstelsleutel te maken"
    ),
    "lock_not_file": "{path}: het slotbestand is geen gewoon bestand (een link?); geweigerd",
    "lock_failed": "{path}: kan het slotbestand niet aanmaken ({detail})",
    "kdf_slow": (
        "{path}: de sleutelafleiding van deze kluis kost hier ongeveer {seconds} s en "
        "{memory} MiB geheugen, veel meer dan gewoon; niet begonnen"
    ),
    "older_state": (
        "{path}: dit is een oudere stand van de kluis dan deze computer eerder zag "
        "(generatie {found}, gezien: {seen}); geweigerd"
    ),
    "diverged_state": (
        "{path}: deze stand van de kluis zet niet voort wat deze computer eerder zag "
        "(generatie {found}, gezien: {seen}); geweigerd"
    ),
    "state_unverified": (
        "{path}: deze computer zag een andere stand van deze kluis (van vóór een "
        "sleutelwissel, of het register is gewijzigd); geweigerd"
    ),
    "schema_too_new": (
        "{path}: de database in de kluis heeft schemaversie {version}, nieuwer dan {supported}"
    ),
}


class MandaatError(Exception):
    """An error with a code and safe parameters."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(message(code, params))


class VaultError(MandaatError):
    """Opening, saving or unlocking a vault failed; the file on disk is unchanged."""


def message(code: str, params: dict[str, Any]) -> str:
    template = _MESSAGES.get(code, code)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template

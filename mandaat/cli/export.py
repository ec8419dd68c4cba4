"""``mandaat export`` (the nota, the Woo package) and ``mandaat leakcheck``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path


def cmd_export(args: argparse.Namespace) -> int:
    from mandaat.cli.common import UsageError, unlock_kwargs
    from mandaat.cli.words import for_language
    from mandaat.export import publish
    from mandaat.export.classify import Audience, Policy
    from mandaat.vault.file import Vault

    if bool(args.nota) == bool(args.woo):
        raise UsageError("geef --nota DRUG -o BESTAND of --woo MAP")
    if args.nota and not args.output:
        raise UsageError("--nota vraagt -o BESTAND.docx of BESTAND.pdf")
    if args.nota and Path(args.output).suffix.lower() not in (".docx", ".pdf"):
        raise UsageError(f"{args.output}: kies een bestandsnaam die eindigt op .docx of .pdf")
    if args.woo and (args.output or args.audience):
        raise UsageError("--woo maakt altijd een Woo-pakket; -o en --audience horen bij --nota")
    if args.woo and args.logo:
        raise UsageError("--logo hoort bij --nota")
    if args.nota and args.dossier:
        raise UsageError("--dossier hoort bij --woo")
    # the vault's stored grounds apply; a --policy file goes on top (the file wins per field)
    policy = Policy.load(Path(args.policy)) if args.policy else None
    today = args.date or dt.date.today()
    vault = Vault.open(Path(args.vault), **unlock_kwargs(args))  # type: ignore[arg-type]
    try:
        data = publish.load(vault.db)
        if args.nota:
            audience: Audience = args.audience or "nota"
            out = Path(args.output)
            staged = publish.stage_nota(
                data,
                args.nota,
                audience,
                out,
                today=today,
                kenmerk=args.kenmerk or "",
                policy=policy,
                logo=Path(args.logo) if args.logo else None,
            )
            # the audit entry is committed before the document lands; if it fails, no file
            publish.finish(
                staged,
                lambda: vault.commit_coded(
                    "export", {"kind": "nota", "audience": audience, "file": out.name}
                ),
            )
            print(for_language().text("cli.export.nota", audience=audience, file=out))
        else:
            outdir = Path(args.woo)
            staged = publish.stage_woo(data, outdir, args.dossier or (), today=today, policy=policy)
            count = sum(1 for _ in staged.moves[0][0].iterdir())
            files = publish.finish(
                staged,
                lambda: vault.commit_coded(
                    "export", {"kind": "woo", "folder": outdir.name, "files": count}
                ),
            )
            print(for_language().text("cli.export.woo", folder=outdir, n=len(files)))
    finally:
        vault.close()
    return 0


def cmd_leakcheck(args: argparse.Namespace) -> int:
    from mandaat.cli.common import unlock_kwargs
    from mandaat.cli.words import for_language
    from mandaat.export import publish
    from mandaat.export.classify import Policy
    from mandaat.vault.file import Vault

    policy = Policy.load(Path(args.policy)) if args.policy else None
    vault = Vault.open(Path(args.vault), read_only=True, **unlock_kwargs(args))  # type: ignore[arg-type]
    try:
        data = publish.load(vault.db)
    finally:
        vault.close()
    hits = publish.standalone_check(data, Path(args.outdir), policy)  # on top of the vault's
    words = for_language()
    if not hits:
        print(words.text("cli.leakcheck.ok", folder=args.outdir))
        return 0
    for h in hits:
        print(
            words.text("cli.leakcheck.hit", file=h.file, field=h.field, where=h.where),
            file=sys.stderr,
        )
    hits_line = words.text("cli.leakcheck.hits", n=len(hits), folder=args.outdir)
    print(f"mandaat: {hits_line}", file=sys.stderr)
    return 1


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen geldige datum (JJJJ-MM-DD): {text!r}") from None


def _kenmerk(text: str) -> str:
    from mandaat.model import NOTA_HEADER_LIMITS

    limit = NOTA_HEADER_LIMITS["kenmerk"]
    if len(text) > limit:
        raise argparse.ArgumentTypeError(f"het kenmerk is langer dan {limit} tekens")
    if any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF for c in text):
        raise argparse.ArgumentTypeError("het kenmerk bevat een stuurteken of ongeldige tekst")
    return text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from mandaat.cli.common import add_unlock

    p = sub.add_parser("export", help="exporteer de nota of een Woo-pakket (met lekcontrole)")
    p.add_argument("vault")
    p.add_argument("--nota", metavar="DRUG", help="de nota over dit geneesmiddel (of dossier-id)")
    p.add_argument("--audience", choices=("intern", "nota", "woo"), help="standaard: nota")
    p.add_argument("-o", "--output", metavar="FILE", help="BESTAND.docx of BESTAND.pdf")
    p.add_argument("--woo", metavar="OUTDIR", help="schrijf een Woo-pakket in deze (nieuwe) map")
    p.add_argument("--dossier", action="append", metavar="D", help="geneesmiddel of dossier-id")
    p.add_argument(
        "--kenmerk",
        type=_kenmerk,
        metavar="K",
        help="kenmerk van de nota (standaard: dat in de kluis)",
    )
    p.add_argument(
        "--policy",
        metavar="FILE",
        help="JSON met afwijkende gronden per dossier, boven op die in de kluis",
    )
    p.add_argument(
        "--logo",
        metavar="FILE",
        help="logo van het ministerie (PNG of JPEG) bovenaan de nota; wordt niet meegeleverd",
    )
    p.add_argument(
        "--date",
        type=_iso_date,
        metavar="JJJJ-MM-DD",
        help="datum van het document (standaard vandaag)",
    )
    add_unlock(p)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("leakcheck", help="zoek niet-openbare waarden in geëxporteerde bestanden")
    p.add_argument("outdir")
    p.add_argument("vault")
    p.add_argument(
        "--policy",
        metavar="FILE",
        help="JSON met afwijkende gronden per dossier, boven op die in de kluis",
    )
    add_unlock(p)
    p.set_defaults(handler=cmd_leakcheck)

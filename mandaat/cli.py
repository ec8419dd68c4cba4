"""The ``mandaat`` command line. Drives the core exactly as the window does."""

from __future__ import annotations

import argparse
import sys

COMMANDS: tuple[str, ...] = ()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mandaat", description="Mandaat")
    parser.add_argument("--version", action="store_true", help="print the version")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from mandaat import __version__

        print(f"mandaat {__version__}")
        return 0
    parser.print_usage(sys.stderr)
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

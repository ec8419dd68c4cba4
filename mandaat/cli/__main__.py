"""``python -m mandaat.cli``: the command line without the window's entry point."""

from mandaat.cli import main

if __name__ == "__main__":  # pragma: no cover - run as a module
    raise SystemExit(main())

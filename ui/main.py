"""The ``mandaat`` entry point: a core sub-command goes to :mod:`mandaat.cli` (no Qt is
loaded); anything else opens the window."""

from __future__ import annotations

import argparse
import gc
import os
import sys


def main(argv: list[str] | None = None) -> int:
    from mandaat import cli

    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--mandaat-import-reader"]:
        # the frozen app started as the workbook reader's child process
        # (mandaat.importing.isolation.CHILD_FLAG; sys.executable is mandaat itself)
        from mandaat.importing.isolation import child_entry

        child_entry()
        return 0
    if args[:1] == ["--lang"] and len(args) > 2 and args[2] in cli.COMMANDS:
        return cli.main(args)  # ``mandaat --lang en log …``: the words of a command
    if args and (args[0] in cli.COMMANDS or args[0] in ("-h", "--help", "--version")):
        return cli.main(args)
    parser = argparse.ArgumentParser(prog="mandaat", description="Mandaat (venster)")
    parser.add_argument("--demo", action="store_true", help="open a throw-away demo vault")
    parser.add_argument("vault", nargs="?", help="vault file to open")
    parser.add_argument("--self-test", action="store_true", help="offscreen check; exit 0 if ok")
    parser.add_argument("--lang", choices=("nl", "en"), help="language of the window")
    opts = parser.parse_args(args)
    if opts.lang:
        os.environ["MANDAAT_LANG"] = opts.lang
    from mandaat.export import staging

    staging.sweep_stale()  # temp folders of an interrupted export: never leak-checked
    if not opts.self_test:
        # no garbage collection while the first window is built: its imports and widgets
        # are long-lived and the collector's passes over them only delay the window;
        # run_app turns it back on once the window is shown
        gc.disable()
    from ui.app import run_app, self_test

    return self_test() if opts.self_test else run_app(demo=opts.demo, vault=opts.vault)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Small helper for Mandaat's Qt Linguist catalogues, for when Qt Linguist itself is not at
hand (see README.md in this folder).

    python resources/i18n/ts_tool.py export resources/i18n/mandaat_en.ts todo.tsv
    python resources/i18n/ts_tool.py fill   resources/i18n/mandaat_en.ts todo.tsv
    python resources/i18n/ts_tool.py check  resources/i18n/mandaat_en.ts

``export`` writes every unfinished message as ``context<TAB>source<TAB>translation``
(the translation column pre-filled when the .ts already has one); ``fill`` reads such a
file back, sets each translation and marks it finished; ``check`` exits 1 when a message
is unfinished or its translation lost a placeholder (``%1``, ``{n}``), the ``&`` of a
shortcut or the source's leading/trailing spaces. In the TSV ``\\n``, ``\\t`` and
``\\\\`` stand for a newline, a tab and a backslash.

Standard library only. ``fill`` re-indents the XML; run lupdate afterwards to get
lupdate's own layout back (README.md).
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%\d+|\{\w*\}")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    return re.sub(
        r"\\(.)", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}.get(m.group(1), m.group(0)), text
    )


def messages(root: ET.Element):  # type: ignore[no-untyped-def]
    """(context name, source, <translation> element) for every current message."""
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            yield name, message.findtext("source") or "", translation


def problems(source: str, translation: str) -> list[str]:
    found = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        found.append("placeholders differ")
    if ("&" in source.replace("&&", "")) != ("&" in translation.replace("&&", "")):
        found.append("shortcut '&' missing or added")
    for edge, (a, b) in {
        "leading": (source[: len(source) - len(source.lstrip())], translation),
        "trailing": (source[len(source.rstrip()) :], translation),
    }.items():
        if a and not (translation.startswith(a) if edge == "leading" else b.endswith(a)):
            found.append(f"{edge} whitespace lost")
    return found


def load(path: Path) -> ET.ElementTree:
    return ET.parse(path)  # noqa: S314 - our own catalogue, not untrusted input


def save(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def export(ts: Path, out: Path) -> int:
    rows = [
        "\t".join(_escape(x) for x in (ctx, src, tr.text or ""))
        for ctx, src, tr in messages(load(ts).getroot())
        if tr.get("type") == "unfinished"
    ]
    out.write_text("".join(r + "\n" for r in rows), "utf-8")
    print(f"{len(rows)} unfinished messages written to {out}")
    return 0


def fill(ts: Path, table: Path) -> int:
    wanted: dict[tuple[str, str], str] = {}
    for line in table.read_text("utf-8").splitlines():
        if line.strip():
            ctx, src, text = line.split("\t")
            wanted[(_unescape(ctx), _unescape(src))] = _unescape(text)
    tree = load(ts)
    done = 0
    for ctx, src, tr in messages(tree.getroot()):
        text = wanted.get((ctx, src))
        if not text:
            continue
        bad = problems(src, text)
        if bad:
            print(f"skipped {ctx}: {src!r}: {', '.join(bad)}", file=sys.stderr)
            continue
        tr.text = text
        tr.attrib.pop("type", None)
        done += 1
    save(tree, ts)
    print(f"{done} translations set in {ts}")
    return 0


def check(ts: Path) -> int:
    bad = 0
    for ctx, src, tr in messages(load(ts).getroot()):
        if tr.get("type") == "unfinished" or not tr.text:
            print(f"unfinished  {ctx}: {src!r}")
            bad += 1
        else:
            for problem in problems(src, tr.text):
                print(f"{problem}  {ctx}: {src!r} -> {tr.text!r}")
                bad += 1
    print("ok" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "check":
        return check(Path(argv[1]))
    if len(argv) == 3 and argv[0] in ("export", "fill"):
        action = export if argv[0] == "export" else fill
        return action(Path(argv[1]), Path(argv[2]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

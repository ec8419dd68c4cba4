# ruff: noqa
# mypy: ignore-errors
"""BASELINE: the leak check of issue 5, kept verbatim for benchmarks/export.py.

The leak check: open every output file the way an attacker would and look for every
withheld value in every rendering.

Haystacks per file: the raw bytes; for a PDF every decompressed stream, every string in
every object (metadata, XMP, alt texts), the extracted text; for a zip (DOCX, XLSX)
every part raw and with its markup stripped. Needles per withheld value: its Dutch and
English renderings (``68,5`` / ``68.5`` / ``68,50%`` / ``0,685``; ``1.234.567`` /
``1234567`` / ``1,234,567`` / ``€ 1,2 mln``), names in both orders, e-mail addresses,
phone numbers with any separators.

*Strong* renderings (with a %, €, thousands separator, five or more digits, or text) are
searched everywhere, binary streams included; *weak* ones (a bare decimal such as
``68.5``, which a PDF content stream may contain as a coordinate) only in text. A bare
one- or two-digit integer is not searched: it cannot be told from a day or a page
number. A rendering that also occurs in the public corpus (the public facts and the
fixed texts of the export) is not searched either: it would only find the public fact.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from mandaat.export import fmt
from mandaat.export.classify import Secret

_WS = re.compile(r"\s+")
#: Shortest rendering searched in binary data (raw bytes, compressed or font streams):
#: a four-character string turns up by chance in a few hundred kilobytes of them.
MIN_BINARY = 5


@dataclass(frozen=True)
class Hit:
    """A withheld value found: in which file, whose field, where (never the value)."""

    file: str
    field: str
    where: str


@dataclass(frozen=True)
class Needle:
    pattern: str
    field: str
    strong: bool
    length: int = 99  # characters of the rendering (short ones are noise in binary data)
    literal: str = ""  # a substring every match contains (a fast pre-filter)


def _norm(text: str) -> str:
    return _WS.sub(" ", text).lower()


def _num(text: str) -> str:
    """A regex for a number rendering that is not part of a longer number."""
    body = re.escape(text)
    if text[:1].isdigit():
        body = r"(?<![0-9])(?<![0-9][.,])" + body
    if text[-1:].isdigit():
        body += r"(?![0-9])(?![.,][0-9])"
    return body


def _q(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _plain(value: Decimal, places: int) -> str:
    return format(_q(value, places), "f")


def _en(value: Decimal, places: int) -> str:
    return f"{_q(value, places):,.{places}f}"


def pct_renderings(p: Decimal) -> tuple[set[str], set[str]]:
    strong: set[str] = set()
    weak: set[str] = set()
    forms: set[str] = set()
    for places in (0, 1, 2):
        q = _q(p, places)
        forms |= {fmt.number(q, places, strip=False), _plain(q, places)}
    forms |= {fmt.number(p, 2), _plain(_q(p, 2), 2).rstrip("0").rstrip(".")}
    for f in forms:
        for suffix in ("%", " %", " procent", " pct"):
            strong.add(f + suffix)
        digits = sum(ch.isdigit() for ch in f)
        if ("," in f or "." in f) or digits >= 3:
            weak.add(f)
    frac = (p / 100).normalize()
    text = format(frac, "f")
    if "." in text and len(text) <= 8:
        weak |= {text, text.replace(".", ",")}
    return strong, weak


def money_renderings(v: Decimal) -> tuple[set[str], set[str]]:
    strong: set[str] = set()
    weak: set[str] = set()
    q = _q(v, 2)
    whole = q == q.to_integral_value()
    forms = {fmt.number(q, 2, strip=False), _plain(q, 2), _en(q, 2), _plain(q, 2).replace(".", ",")}
    if whole:
        forms |= {fmt.number(q, 0), _plain(q, 0), _en(q, 0), fmt.number(q, 0) + ",-"}
    for f in forms:
        digits = sum(ch.isdigit() for ch in f)
        if digits >= 5 or (digits >= 4 and ("." in f or "," in f)):
            strong.add(f)
        elif digits >= 3:
            weak.add(f)
        strong |= {"€ " + f, "€" + f, "eur " + f}
    if abs(v) >= 1_000_000:
        mln = v / Decimal(1_000_000)
        for places in (0, 1, 2):
            for f in {fmt.number(_q(mln, places), places, strip=False), _plain(mln, places)}:
                for unit in (" mln", " miljoen", " million", "m", " m"):
                    if places or _q(mln, 0) == mln:
                        strong.add(f + unit)
    return strong, weak


def number_renderings(v: Decimal) -> tuple[set[str], set[str]]:
    strong: set[str] = set()
    weak: set[str] = set()
    for f in {fmt.number(v, 2), _plain(_q(v, 2), 2).rstrip("0").rstrip("."), _en(v, 0)}:
        digits = sum(ch.isdigit() for ch in f)
        if digits >= 5:
            strong.add(f)
        elif digits >= 3:
            weak.add(f)
    return strong, weak


def date_renderings(d: dt.date) -> set[str]:
    return {
        fmt.date(d),
        f"{d:%d-%m-%Y}",
        f"{d.day}-{d.month}-{d.year}",
        d.isoformat(),
        f"{d:%d/%m/%Y}",
        f"{d.day}/{d.month}/{d.year}",
        f"{d:%d.%m.%Y}",
        f"{d.day} {fmt.MONTHS[d.month - 1][:3]} {d.year}",
        f"{d:%B} {d.day}, {d.year}",
    }


def _phone_pattern(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("0031"):
        digits = "0" + digits[4:]
    elif phone.strip().startswith("+31"):
        digits = "0" + digits[2:]
    sep = r"[\s.\-()/]*"
    national = digits[1:] if digits.startswith("0") else digits
    body = sep.join(re.escape(ch) for ch in national)
    return r"(?<![0-9])(?:0|\+" + sep + "31" + sep + r"(?:\(0\))?|0031)" + sep + body + r"(?![0-9])"


def needles(secret: Secret) -> list[Needle]:
    f = secret.field
    v = secret.value
    out: list[Needle] = []
    if secret.kind in ("text", "name", "email") and isinstance(v, str):
        text = _norm(v).strip()
        if len(text) >= 4:
            pat = re.escape(text)
            if text[:1].isalnum():
                pat = r"(?<![\w])" + pat if len(text) < 12 else pat
            if text[-1:].isalnum():
                pat = pat + r"(?![\w])" if len(text) < 12 else pat
            out.append(Needle(pat, f, True, len(text), text))
            if secret.kind == "email":
                wide = text.encode("utf-16-be").decode("latin-1")
                out.append(Needle(re.escape(wide), f, True, len(text), wide))
        return out
    if secret.kind == "phone" and isinstance(v, str):
        if len(re.sub(r"\D", "", v)) >= 6:
            out.append(Needle(_phone_pattern(v), f, True, len(re.sub(r"\D", "", v))))
        return out
    if isinstance(v, dt.date):
        return [Needle(re.escape(_norm(r)), f, True, len(r), _norm(r)) for r in date_renderings(v)]
    if not isinstance(v, Decimal):
        return out
    if secret.kind == "years":
        n = int(v)
        return [
            Needle(_num(str(n)) + re.escape(s), f, True, len(str(n)) + len(s), f"{n}{s}")
            for s in (" jaar", "-jarig", " jarig", " years", " year")
        ]
    if secret.kind == "pct":
        strong, weak = pct_renderings(v)
    elif secret.kind == "money":
        strong, weak = money_renderings(v)
    else:
        strong, weak = number_renderings(v)
    out += [Needle(_num(_norm(s)), f, True, len(s), _norm(s)) for s in sorted(strong)]
    out += [Needle(_num(_norm(s)), f, False, len(s), _norm(s)) for s in sorted(weak - strong)]
    return out


# --------------------------------------------------------------------------- haystacks


def _strip_markup(text: str) -> list[str]:
    blocky = re.sub(r"</(w:p|w:tc|si|c|row|a:p|p)>", "\n", text)
    joined = html.unescape(re.sub(r"<[^>]*>", "", blocky))
    spaced = html.unescape(re.sub(r"<[^>]*>", " ", text))
    return [joined, spaced]


_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\n?endstream", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f\s]{4,})>")
_LIT = re.compile(rb"\(((?:\\.|[^\\()])*)\)", re.S)


def _decode_pdf_string(raw: bytes) -> str:
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", "replace")
    return raw.decode("latin-1")


def _own_pdf_haystacks(data: bytes) -> Iterator[tuple[str, str, bool]]:
    """Without pypdf: every stream inflated, every string decoded (literal and hex)."""
    import zlib

    for i, mt in enumerate(_STREAM.finditer(data)):
        body = mt.group(1)
        with contextlib.suppress(zlib.error):
            body = zlib.decompress(body)
        yield f"PDF-stroom #{i}", body.decode("latin-1"), False
    strings: list[str] = []
    data = _STREAM.sub(b"stream endstream", data)
    for mt in _HEX.finditer(data):
        try:
            strings.append(_decode_pdf_string(bytes.fromhex(mt.group(1).decode())))
        except ValueError:
            continue
    for mt in _LIT.finditer(data):
        raw = re.sub(rb"\\(.)", rb"\1", mt.group(1))
        strings.append(_decode_pdf_string(raw))
    yield "PDF-tekenreeksen", "\n".join(strings), True


def _pdf_haystacks(path: Path) -> Iterator[tuple[str, str, bool]]:
    yield from _own_pdf_haystacks(path.read_bytes())
    try:
        from pypdf import PdfReader  # type: ignore[import-not-found,unused-ignore]
    except ImportError:  # pragma: no cover - pypdf is present wherever tests run
        return
    from pypdf.generic import StreamObject  # type: ignore[import-not-found,unused-ignore]

    reader = PdfReader(str(path))
    for num, _gen in _object_ids(reader):
        try:
            obj = reader.get_object(num)
        except Exception:  # noqa: BLE001, S112 - a broken object is no reason to skip the rest
            continue
        if obj is None:
            continue
        if isinstance(obj, StreamObject):
            try:
                data = obj.get_data()
            except Exception:  # noqa: BLE001
                data = b""
            yield f"PDF-stroom {num}", data.decode("latin-1"), False
            yield f"PDF-object {num}", repr({k: v for k, v in obj.items()}), True
        else:
            yield f"PDF-object {num}", repr(obj), True
    meta: dict[str, object] = dict(reader.metadata or {})
    yield "PDF-metadata", " ".join(f"{k} {v}" for k, v in meta.items()), True
    for i, page in enumerate(reader.pages, 1):
        yield f"PDF-tekst pagina {i}", page.extract_text() or "", True


def _object_ids(reader: object) -> Iterator[tuple[int, int | None]]:
    xref = getattr(reader, "xref", {}) or {}
    seen: set[int] = set()
    for gen, objs in xref.items():
        for num in objs:
            if num not in seen:
                seen.add(num)
                yield num, gen
    for num in getattr(reader, "xref_objStm", {}) or {}:
        if num not in seen:
            seen.add(num)
            yield num, None


def haystacks(path: Path) -> Iterator[tuple[str, str, bool]]:
    """(where, text, is_text) for every rendering of one file."""
    data = path.read_bytes()
    yield "ruwe bytes", data.decode("latin-1"), False
    if data.startswith(b"%PDF"):
        yield from _pdf_haystacks(path)
    elif data.startswith(b"PK"):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                body = z.read(name)
                yield f"zip-deel {name}", body.decode("latin-1"), False
                for variant in _strip_markup(body.decode("utf-8", "replace")):
                    yield f"zip-deel {name} (tekst)", variant, True
    else:
        yield "tekst", data.decode("utf-8", "replace"), True


# --------------------------------------------------------------------------- the check


@dataclass
class Index:
    """The needles to search, each with its literal pre-filter and compiled pattern."""

    binary: list[tuple[Needle, re.Pattern[str]]]  # strong renderings of 5+ characters
    text: list[tuple[Needle, re.Pattern[str]]]  # every rendering
    nows: list[tuple[str, str]]  # (needle without whitespace, field) for long texts
    dropped: int  # renderings not searched because the public corpus has them


def build_index(secrets: Iterable[Secret], public_corpus: str) -> Index:
    corpus = _norm(public_corpus)
    compact_corpus = re.sub(r"\s+", "", corpus)
    every: list[tuple[Needle, re.Pattern[str]]] = []
    nows: list[tuple[str, str]] = []
    dropped = 0
    seen: set[tuple[str, str]] = set()
    for s in secrets:
        for n in needles(s):
            if (n.pattern, n.field) in seen:
                continue
            seen.add((n.pattern, n.field))
            rx = re.compile(n.pattern)
            if (not n.literal or n.literal in corpus) and rx.search(corpus):
                dropped += 1
                continue
            every.append((n, rx))
        if s.kind in ("text", "name") and isinstance(s.value, str):
            compact = re.sub(r"\s+", "", s.value.lower())
            if len(compact) >= 12 and compact not in compact_corpus:
                nows.append((compact, s.field))
    binary = [(n, rx) for n, rx in every if n.strong and n.length >= MIN_BINARY]
    return Index(binary, every, nows, dropped)


def scan_text(idx: Index, text: str, is_text: bool) -> list[str]:
    """Fields whose values occur in ``text``."""
    hay = _norm(text)
    found: list[str] = []
    for n, rx in idx.text if is_text else idx.binary:
        if n.literal and n.literal not in hay:
            continue
        if rx.search(hay):
            found.append(n.field)
    if idx.nows:
        compact = re.sub(r"\s+", "", hay)
        found += [f for needle, f in idx.nows if needle in compact]
    return found


def files_in(target: Path) -> list[Path]:
    if target.is_file():
        return [target]
    return sorted(p for p in target.rglob("*") if p.is_file())


def check(target: Path, secrets: Sequence[Secret], public_corpus: str) -> list[Hit]:
    """Every (file, field) whose withheld value occurs in any rendering of a file."""
    idx = build_index(secrets, public_corpus)
    hits: dict[tuple[str, str], Hit] = {}
    base = target if target.is_dir() else target.parent
    for path in files_in(target):
        rel = str(path.relative_to(base))
        try:
            stacks = list(haystacks(path))
        except Exception as exc:  # noqa: BLE001 - an unreadable file fails the check
            hits[(rel, "?")] = Hit(rel, "bestand niet te controleren", type(exc).__name__)
            continue
        for where, text, is_text in stacks:
            for f in scan_text(idx, text, is_text):
                hits.setdefault((rel, f), Hit(rel, f, where))
    return list(hits.values())

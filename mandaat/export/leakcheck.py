"""The leak check: open every output file the way an attacker would and look for every
withheld value, in the places where a document carries *content*, not in its machinery.

What is searched (per file, recursively through containers, nothing skipped):

- **PDF**: the text of every page (PDFium, :func:`_pdf_text`); every string object, in
  and outside object streams (metadata, alt texts, XMP); every name; every stream,
  decoded, with its PDF number operands removed (``0 64.5 m`` draws, it does not say
  64,5 mln); a stream that is itself a file (XMP, an embedded XLSX or PDF, gzip) is
  searched as that file.
- **zip** (DOCX, XLSX, anything): every part by what it is: XML (UTF-8 or UTF-16) by its
  text nodes, its paragraphs as a reader sees them (runs joined), comments and CDATA,
  and its attribute values (not the bare numbers of the markup: ``val="80000"`` in a
  theme is a colour, not a price); embedded files, gzip, plain text; anything else as
  the printable runs (ASCII and UTF-16) of its bytes. The zip comment too.
- gzip, XML, plain text and unknown files on their own.

How it matches: the text is cut into *tokens* (words, numbers with their internal
separators, ``€`` and ``%``), and each withheld value's renderings are token sequences
(``68,5 %`` / ``68.5 procent`` / ``0,685``; ``€ 1.200.000`` / ``1200000`` / ``1,2 mln``;
dates in nine notations; names in both orders; e-mail addresses; long free texts as
every run of :data:`SHINGLE` words, so an excerpt is found). A value matches whole
tokens only: ``80000`` is not found in ``0080000`` nor ``1.4`` in ``PDF-1.4``. Phone
numbers are compared by their digits, with any separators and ``+31``/``0031``.

Every file is tokenised once and each token looked up in one dictionary (first token →
renderings), so the cost grows with the size of the output, not with the number of
withheld values times files.

Levels, by the kind of place: *text* (page text, XML text, metadata, PDF strings) is
searched for every rendering; *attribute* values and PDF names for the strong ones
(with %, €, a separator, five or more digits, or words); the printable runs of *binary*
data for strong renderings of five or more characters (its UTF-16 runs, *wide*, for
phone numbers too). A bare one- or two-digit integer
is never searched (a day, a page number). A rendering that also occurs in the public
corpus (the public facts and fixed texts of the export) is not searched: it would only
find the public fact.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import functools
import html
import io
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import NamedTuple

from mandaat.export import fmt
from mandaat.export.classify import Secret

TEXT, ATTR, WIDE, BINARY = 0, 1, 2, 3
#: Shortest rendering searched in binary data.
MIN_BINARY = 5
#: Words per excerpt of a long free text: any run of this many words of it is a leak.
SHINGLE = 8
#: How deep containers nest (a gzip in an XLSX in a DOCX in a PDF) before we give up.
MAX_DEPTH = 6
#: Bytes decompressed per file at most (a zip bomb fails the check, it is not skipped).
MAX_BYTES = 512 * 2**20

_TOKEN = re.compile(r"[^\W_]+(?:[.,@\-/'’_+][^\W_]+)*|[€%]")
_ISO_T = re.compile(r"(\d{4}-\d{2}-\d{2})t(?=\d)")
_COMPOUND = re.compile(r"[-/]")
_SMALL_INT = re.compile(r"\d{1,2}")


def tokens(text: str) -> list[str]:
    """The tokens of ``text``: lower-cased words and numbers (with their inner ``.,-/@``)."""
    low = text.lower()
    return _TOKEN.findall(_ISO_T.sub(r"\1 ", low) if "t" in low and "-" in low else low)


@dataclass(frozen=True)
class Hit:
    """A withheld value found: in which file, whose field, where (never the value)."""

    file: str
    field: str
    where: str


class Needle(NamedTuple):
    """One rendering of a withheld value: its tokens, field and the deepest level
    (:data:`TEXT`, :data:`ATTR`, :data:`BINARY`) at which it is searched. A named tuple:
    a package of 100 dossiers has ~600,000 of them (made and hashed at C speed)."""

    tokens: tuple[str, ...]
    field: str
    reach: int


class Unreadable(Exception):
    """A file or part that cannot be searched completely (the check then fails)."""


# --------------------------------------------------------------------------- renderings


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


_PHONE_LIKE = re.compile(r"\s*(?:\+|00)?[\d\s.\-()/]{8,}\s*")
_PHONE_RUN = re.compile(r"\+?\d[\d \t.\-()/]{4,40}\d")


def phone_digits(text: str) -> str:
    """The national digits of a phone number: ``+31 (0)70 340 79 11`` → ``703407911``."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("0031"):
        digits = digits[4:]
    elif text.lstrip().startswith("+31") or (text.lstrip().startswith("+") and digits[:2] == "31"):
        digits = digits[2:]
    return digits[1:] if digits.startswith("0") else digits


def _reach(rendering: str, strong: bool) -> int:
    if not strong:
        return TEXT
    return BINARY if len(rendering) >= MIN_BINARY else ATTR


def _needle(rendering: str, field_name: str, strong: bool) -> Needle | None:
    toks = tuple(tokens(rendering))
    if not toks or (len(toks) == 1 and _SMALL_INT.fullmatch(toks[0])):
        return None
    return Needle(toks, field_name, _reach(rendering, strong))


def needles(secret: Secret) -> list[Needle]:
    """Every rendering of one withheld value, as token sequences."""
    return [
        Needle(toks, secret.field, reach) for toks, reach in _renderings(secret.kind, secret.value)
    ]


@functools.lru_cache(maxsize=65536)
def _renderings(kind: str, v: str | Decimal | dt.date) -> tuple[tuple[tuple[str, ...], int], ...]:
    """(tokens, reach) of every rendering of a value of ``kind`` (cached: values recur)."""
    best: dict[tuple[str, ...], int] = {}
    for n in _needles(Secret("", v, kind)):  # type: ignore[arg-type]
        best[n.tokens] = max(n.reach, best.get(n.tokens, -1))
    return tuple(best.items())


def _needles(secret: Secret) -> list[Needle]:
    f = secret.field
    v = secret.value
    out: list[Needle | None] = []
    if secret.kind in ("text", "name", "email", "phone") and isinstance(v, str):
        text = " ".join(v.split())
        if secret.kind == "phone" or (secret.kind == "text" and _PHONE_LIKE.fullmatch(text)):
            return []  # searched by digits (Index.phones)
        if len(text) < 4:
            return []
        toks = tuple(tokens(text))
        if len(toks) <= SHINGLE:
            out.append(_needle(text, f, True))
        else:  # a long free text: every excerpt of SHINGLE words
            out += [
                Needle(toks[i : i + SHINGLE], f, BINARY) for i in range(len(toks) - SHINGLE + 1)
            ]
        return [n for n in out if n is not None]
    if isinstance(v, dt.date):
        return [x for r in sorted(date_renderings(v)) if (x := _needle(r, f, True)) is not None]
    if not isinstance(v, Decimal):
        return []
    if secret.kind == "years":
        n = int(v)
        out = [
            _needle(f"{n}{s}", f, True) for s in (" jaar", "-jarig", " jarig", " years", " year")
        ]
        return [x for x in out if x is not None]
    if secret.kind == "pct":
        strong, weak = pct_renderings(v)
    elif secret.kind == "money":
        strong, weak = money_renderings(v)
    else:
        strong, weak = number_renderings(v)
    out += [_needle(s, f, True) for s in sorted(strong)]
    out += [_needle(s, f, False) for s in sorted(weak - strong)]
    return [n for n in out if n is not None]


def _phone_of(secret: Secret) -> str:
    if not isinstance(secret.value, str):
        return ""
    text = " ".join(secret.value.split())
    if secret.kind == "phone" or (secret.kind == "text" and _PHONE_LIKE.fullmatch(text)):
        digits = phone_digits(text)
        return digits if len(digits) >= 6 else ""
    return ""


# --------------------------------------------------------------------------- the index


@dataclass
class Index:
    """Withheld renderings by their first token (one-token renderings) or first two
    tokens (longer ones), and phone numbers by their digits."""

    first: dict[object, list[Needle]] = field(default_factory=dict)
    phones: dict[str, str] = field(default_factory=dict)  # national digits → field
    dropped: int = 0  # renderings not searched because the public corpus has them
    _seen: set[Needle] = field(default_factory=set)

    def add(self, n: Needle) -> None:
        if n not in self._seen:
            self._seen.add(n)
            key: object = n.tokens[0] if len(n.tokens) == 1 else n.tokens[:2]
            self.first.setdefault(key, []).append(n)

    def matches(self, text: str, level: int) -> Iterator[Needle]:
        """The needles whose tokens occur, whole, in ``text`` (searched at ``level``)."""
        first = self.first
        toks = tokens(text)
        last = len(toks) - 1
        for i, t in enumerate(toks):
            for n in first.get(t, ()):
                if n.reach >= level:
                    yield n
            if i < last:
                cands = first.get((t, toks[i + 1]))
                if cands is not None:
                    for n in cands:
                        k = len(n.tokens)
                        if n.reach >= level and (k == 2 or tuple(toks[i : i + k]) == n.tokens):
                            yield n
            if "-" in t or "/" in t:  # 30.000-45.000, 80000/jaar: each part on its own
                for part in _COMPOUND.split(t):
                    for n in first.get(part, ()):
                        if n.reach >= max(level, ATTR):
                            yield n

    def phone_matches(self, text: str) -> Iterator[str]:
        """Fields of the phone numbers in ``text``, whatever their separators."""
        if not self.phones:
            return
        lengths = {len(p) for p in self.phones}
        for m in _PHONE_RUN.finditer(text):
            digits = phone_digits(m.group())
            for k in lengths:
                for i in range(len(digits) - k + 1):
                    f = self.phones.get(digits[i : i + k])
                    if f is not None:
                        yield f

    def fields(self, text: str, level: int) -> set[str]:
        found = {n.field for n in self.matches(text, level)}
        if level < BINARY:  # text, attributes, UTF-16 text in binary data
            found.update(self.phone_matches(text))
        return found


def build_index(secrets: Iterable[Secret], public_corpus: str) -> Index:
    """One dictionary of every rendering of every secret, less what the public corpus has."""
    idx = Index()
    seen = idx._seen
    first = idx.first
    # a value recurs under one field (a sensitivity point, a scenario): its renderings once
    for s in {(s.field, s.kind, str(s.value)): s for s in secrets}.values():
        f = s.field
        for toks, reach in _renderings(s.kind, s.value):
            n = Needle(toks, f, reach)
            if n not in seen:  # Index.add, inlined: ~1 million calls for 100 dossiers
                seen.add(n)
                first.setdefault(toks[0] if len(toks) == 1 else toks[:2], []).append(n)
        phone = _phone_of(s)
        if phone:
            idx.phones[phone] = f
    public = {(n.tokens, n.field) for n in idx.matches(public_corpus, TEXT)}
    # only the buckets holding a public rendering can lose one
    for key in {t[0] if len(t) == 1 else t[:2] for t, _f in public}:
        bucket = first.get(key)
        if bucket is None:
            continue
        kept = [n for n in bucket if (n.tokens, n.field) not in public]
        idx.dropped += len(bucket) - len(kept)
        if kept:
            first[key] = kept
        else:
            del first[key]
    corpus_phones = set(idx.phone_matches(public_corpus))
    for number, f in list(idx.phones.items()):
        if f in corpus_phones and number in re.sub(r"\D", "", public_corpus):
            del idx.phones[number]
            idx.dropped += 1
    return idx


# --------------------------------------------------------------------------- haystacks

Haystack = tuple[str, str, int]  # (where, text, level)


class _Budget:
    def __init__(self) -> None:
        self.left = MAX_BYTES

    def take(self, n: int) -> None:
        self.left -= n
        if self.left < 0:
            raise Unreadable("te veel gegevens na uitpakken")


def _inflate(data: bytes, budget: _Budget) -> bytes:
    d = zlib.decompressobj()
    out = d.decompress(data, max(budget.left, 1))
    budget.take(len(out))
    if d.unconsumed_tail:
        raise Unreadable("te veel gegevens na uitpakken")
    return out


def _gunzip(data: bytes, budget: _Budget) -> bytes:
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = d.decompress(data, max(budget.left, 1))
    budget.take(len(out))
    if d.unconsumed_tail:
        raise Unreadable("te veel gegevens na uitpakken")
    return out


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) >= 4 and data[1] == 0 and data[3] == 0 and data[0] != 0:
        return "utf-16-le"
    if len(data) >= 4 and data[0] == 0 and data[2] == 0 and data[1] != 0:
        return "utf-16-be"
    return None


def _as_text(data: bytes) -> str | None:
    """``data`` as text when it is text (UTF-8, UTF-16 with or without BOM), else None."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    enc = _utf16_without_bom(data[:64])
    if enc:
        return data.decode(enc, "replace")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return text if controls <= len(sample) // 100 else None


def _binary(where: str, data: bytes) -> Iterator[Haystack]:
    """The printable runs of bytes, ASCII/Latin-1 and UTF-16."""
    runs = [m.group().decode("latin-1") for m in re.finditer(rb"[\x20-\x7e\xa0-\xff]{4,}", data)]
    yield where, "\n".join(runs), BINARY
    wide = [m.group().decode("utf-16-le") for m in re.finditer(rb"(?:[\x20-\x7e]\x00){4,}", data)]
    if wide:
        yield f"{where} (UTF-16)", "\n".join(wide), WIDE


_XML_SPECIAL = re.compile(r"<!--(.*?)-->|<!\[CDATA\[(.*?)\]\]>", re.S)
_TAG = re.compile(r"<[^>]*>")
_ATTRS = re.compile(r"""\s[\w:.-]+\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_BARE_NUMBER = re.compile(r"\s*[-+]?(?:\d+(?:[.,]\d+)?|\.\d+)\s*%?\s*")
_PARAGRAPH = re.compile(r"<((?:[\w.-]+:)?(?:p|si|is))\b[^>]*>(.*?)</\1>", re.S)
_RUN_TEXT = re.compile(r"<(?:[\w.-]+:)?(?:t|delText|instrText)\b[^>/]*>([^<]*)<")


def _xml(where: str, text: str) -> Iterator[Haystack]:
    """An XML part: its text, its paragraphs as read, its comments and CDATA (text), and
    its attribute values (strong renderings; a bare number there is markup)."""
    special = [a or b for a, b in _XML_SPECIAL.findall(text)]
    body = _XML_SPECIAL.sub(" ", text)
    yield where, "\n".join(special) + "\n" + html.unescape(_TAG.sub(" ", body)), TEXT
    paragraphs = [
        html.unescape("".join(_RUN_TEXT.findall(m.group(2)))) for m in _PARAGRAPH.finditer(body)
    ]
    if paragraphs:
        yield f"{where} (alinea's)", "\n".join(paragraphs), TEXT
    values: list[str] = []
    for tag in _TAG.findall(body):
        for a, b in _ATTRS.findall(tag):
            value = a or b
            if value and not _BARE_NUMBER.fullmatch(value):
                values.append(html.unescape(value))
    if values:
        yield f"{where} (attributen)", "\n".join(values), ATTR


def _sniff(data: bytes) -> str:
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if data.startswith(b"\x1f\x8b"):
        return "gzip"
    return ""


def _file(where: str, data: bytes, depth: int, budget: _Budget) -> Iterator[Haystack]:
    """Every haystack of one file (or a part of one), by what the bytes are."""
    if depth > MAX_DEPTH:
        raise Unreadable("te diep genest")
    kind = _sniff(data)
    if kind == "pdf":
        yield from _pdf(where, data, depth, budget)
    elif kind == "zip":
        yield from _zip(where, data, depth, budget)
    elif kind == "gzip":
        yield from _file(f"{where} (gzip)", _gunzip(data, budget), depth + 1, budget)
    else:
        text = _as_text(data)
        if text is None:
            yield from _binary(where, data)
        elif text.lstrip().startswith("<"):
            yield from _xml(where, text)
        else:
            yield where, text, TEXT


def _zip(where: str, data: bytes, depth: int, budget: _Budget) -> Iterator[Haystack]:
    prefix = f"{where} › " if where else ""
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise Unreadable("kapotte zip") from exc
    with z:
        if z.comment:
            yield f"{prefix}zip-commentaar", z.comment.decode("utf-8", "replace"), TEXT
        for info in z.infolist():
            if info.is_dir():
                continue
            budget.take(info.file_size)
            try:
                body = z.read(info)
            except (RuntimeError, zipfile.BadZipFile, NotImplementedError, zlib.error) as exc:
                raise Unreadable(f"zip-deel {info.filename}") from exc
            yield from _file(f"{prefix}zip-deel {info.filename}", body, depth + 1, budget)


# -- PDF


_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\n?endstream", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f\s]*)>")
_LIT = re.compile(rb"\(((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*)\)", re.S)
_NAME = re.compile(rb"/([^\s/<>\[\]()%{}]+)")
_FILTERS = re.compile(rb"/(FlateDecode|Fl|ASCII85Decode|A85|ASCIIHexDecode|AHx)\b")
_NUM = r"[-+]?(?:\d+\.?\d*|\.\d+)"
#: Number operands followed by a content-stream operator: drawing, not content.
_OPERANDS = re.compile(
    rf"(?:(?<=[\s\[\]])|^)(?:{_NUM}\s+)+(?:{_NUM}\s+)?"
    r"(?:[A-Za-z]{1,3}\*?|'|\"|\])(?=[\s\[\]/(<]|$)",
    re.M,
)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _unescape(raw: bytes) -> bytes:
    def one(m: re.Match[bytes]) -> bytes:
        s = m.group(1)
        if s[:1].isdigit():
            return bytes([int(s, 8) & 0xFF])
        if s in (b"\n", b"\r", b"\r\n"):
            return b""
        return _ESCAPES.get(s, s)

    return re.sub(rb"\\([0-7]{1,3}|\r\n|.)", one, raw, flags=re.S)


def _pdf_string(raw: bytes) -> tuple[str, int]:
    """A string's text, and TEXT when it reads as text (BINARY for glyph codes, IDs)."""
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", "replace"), TEXT
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le", "replace"), TEXT
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", "replace"), TEXT
    s = raw.decode("latin-1")
    ok = sum(1 for ch in s if ch.isprintable() or ch in "\t\n\r")
    return s, TEXT if not s or ok >= 0.95 * len(s) else BINARY


def _pdf_objects(where: str, data: bytes) -> Iterator[Haystack]:
    """The strings (text or binary by their bytes) and names of PDF object syntax."""
    text: list[str] = []
    binary: list[str] = []
    for m in _HEX.finditer(data):
        hexdigits = re.sub(rb"\s", b"", m.group(1))
        if len(hexdigits) % 2:
            hexdigits += b"0"
        try:
            s, level = _pdf_string(binascii.unhexlify(hexdigits))
        except binascii.Error:
            continue
        (text if level == TEXT else binary).append(s)
    for m in _LIT.finditer(data):
        raw = m.group(1)
        s, level = _pdf_string(_unescape(raw) if b"\\" in raw else raw)
        (text if level == TEXT else binary).append(s)
    names = [
        (
            re.sub(rb"#([0-9A-Fa-f]{2})", lambda x: bytes([int(x.group(1), 16)]), name)
            if b"#" in name
            else name
        ).decode("latin-1")
        for name in _NAME.findall(data)
    ]
    yield f"{where}tekenreeksen", "\n".join(text), TEXT
    if binary:
        yield f"{where}tekenreeksen (binair)", "\n".join(binary), BINARY
    yield f"{where}namen", "\n".join(names), ATTR


def _decode_stream(head: bytes, body: bytes, budget: _Budget) -> bytes:
    for name in _FILTERS.findall(head):
        if name in (b"FlateDecode", b"Fl"):
            try:
                body = _inflate(body, budget)
            except zlib.error:
                return body
        elif name in (b"ASCII85Decode", b"A85"):
            try:
                body = base64.a85decode(body.strip(), adobe=body.strip().startswith(b"<~"))
            except ValueError:
                try:
                    body = base64.a85decode(body.strip().removesuffix(b"~>"))
                except ValueError:
                    return body
        else:
            try:
                body = binascii.unhexlify(re.sub(rb"\s|>", b"", body))
            except binascii.Error:
                return body
    return body


def _pdf(where: str, data: bytes, depth: int, budget: _Budget) -> Iterator[Haystack]:
    prefix = f"{where} › " if where else ""
    for i, m in enumerate(_STREAM.finditer(data)):
        start = data.rfind(b"obj", 0, m.start())
        head = data[start if start >= 0 else max(0, m.start() - 4096) : m.start()]
        body = _decode_stream(head, m.group(1), budget)
        label = f"{prefix}PDF-stroom #{i}"
        if _sniff(body) or body.lstrip()[:1] == b"<" and _as_text(body) is not None:
            yield from _file(label, body, depth + 1, budget)
        elif b"/ObjStm" in head:
            yield from _pdf_objects(f"{label} ", body)
        else:
            font_or_image = b"/Length1" in head or b"/Length2" in head or b"/Image" in head
            runs = "\n".join(
                mm.group().decode("latin-1")
                for mm in re.finditer(rb"[\x20-\x7e\xa0-\xff\t\r\n]{4,}", body)
            )
            yield label, runs if font_or_image else _OPERANDS.sub(" ", runs), BINARY
    yield from _pdf_objects(f"{prefix}PDF-", _STREAM.sub(b"stream endstream", data))
    yield from _pdf_text(prefix, data)


def _pdf_text(prefix: str, data: bytes) -> Iterator[Haystack]:
    """The text of every page as PDFium (the engine of Chromium's viewer) extracts it:
    all text objects, also those drawn in white or under something else."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped,unused-ignore]

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise Unreadable("PDF niet te openen") from exc
    try:
        for n in range(len(pdf)):
            try:
                page = pdf[n]
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_range()
                finally:
                    textpage.close()
                    page.close()
            except pdfium.PdfiumError as exc:
                raise Unreadable(f"PDF-pagina {n + 1} niet te lezen") from exc
            yield f"{prefix}PDF-tekst pagina {n + 1}", text, TEXT
    finally:
        pdf.close()


def haystacks(path: Path) -> Iterator[Haystack]:
    """(where, text, level) for every place of one file that can carry a value."""
    yield from _file("", path.read_bytes(), 0, _Budget())


# --------------------------------------------------------------------------- the check


def files_in(target: Path) -> list[Path]:
    if target.is_file():
        return [target]
    return sorted(p for p in target.rglob("*") if p.is_file())


def check_file(idx: Index, path: Path, rel: str) -> list[Hit]:
    """Every field whose value occurs in one file (an unreadable file is a hit)."""
    hits: dict[str, Hit] = {}
    try:
        for where, text, level in haystacks(path):
            for f in idx.fields(text, level):
                hits.setdefault(f, Hit(rel, f, where or "bestand"))
    except Unreadable as exc:
        hits["?"] = Hit(rel, "bestand niet te controleren", str(exc))
    except Exception as exc:  # noqa: BLE001 - a file we cannot read fails the check
        hits["?"] = Hit(rel, "bestand niet te controleren", type(exc).__name__)
    return list(hits.values())


def check(target: Path, secrets: Sequence[Secret], public_corpus: str) -> list[Hit]:
    """Every (file, field) whose withheld value occurs in any part of a file."""
    idx = build_index(secrets, public_corpus)
    base = target if target.is_dir() else target.parent
    out: list[Hit] = []
    for path in files_in(target):
        out += check_file(idx, path, str(path.relative_to(base)))
    return out

"""The redacted document model: what the renderers render, and nothing else.

A document is a sequence of blocks; every piece of inline content is either text that
the audience may see or a :class:`Redaction` (a ground code and a label naming the kind
of field). A withheld value never enters this model, so no renderer can write it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from mandaat.export.messages import GROUND_NAMES


@dataclass(frozen=True)
class Redaction:
    """A withheld value: the ground code (``5.1.2e``) and the kind of field (a label)."""

    ground: str
    label: str

    @property
    def alt_text(self) -> str:
        """Accessible alternative text: "Gelakt — artikel 5.1.2e — persoonlijke levenssfeer";
        for combined grounds ``5.1.1c; 5.1.2b`` "artikelen 5.1.1c en 5.1.2b — …; …"."""
        codes = [c.strip() for c in self.ground.split(";") if c.strip()] or [self.ground]
        names = "; ".join(GROUND_NAMES.get(c, c) for c in codes)
        article = "artikel" if len(codes) == 1 else "artikelen"
        return f"Gelakt — {article} {' en '.join(codes)} — {names}"


Inline = str | Redaction
Parts = tuple[Inline, ...]


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: numbered section; 2: sub-heading (a–h)


@dataclass(frozen=True)
class Paragraph:
    parts: Parts
    style: Literal["body", "small", "italic"] = "body"


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[Parts, ...], ...]
    widths: tuple[float, ...] = ()  # relative column widths; empty: equal


Block = Heading | Paragraph | Table


@dataclass(frozen=True)
class Withheld:
    """One entry of the redaction list: what kind of information, on which ground, why."""

    label: str
    ground: str
    motivation: str


@dataclass
class Document:
    """A redacted document for one audience."""

    title: str
    audience: str
    marking: str  # printed on every page ("Departementaal vertrouwelijk", ...)
    kind: Literal["nota", "woo"]
    header: list[tuple[str, Parts]] = field(default_factory=list)  # nota side block
    top: list[str] = field(default_factory=list)  # nota: Aan, Deadline, TER BESLISSING
    blocks: list[Block] = field(default_factory=list)
    withheld: list[Withheld] = field(default_factory=list)

    def redactions(self) -> list[Redaction]:
        """Every redaction in the document, in order."""
        out: list[Redaction] = []
        for _label, parts in self.header:
            out += [p for p in parts if isinstance(p, Redaction)]
        for b in self.blocks:
            if isinstance(b, Paragraph):
                out += [p for p in b.parts if isinstance(p, Redaction)]
            elif isinstance(b, Table):
                for row in b.rows:
                    for cell in row:
                        out += [p for p in cell if isinstance(p, Redaction)]
        return out

    def grounds(self) -> list[str]:
        """The ground codes applied, sorted and unique (a combined ``5.1.1c; 5.1.2b`` gives
        both codes: the inventory lists each code once)."""
        given = [r.ground for r in self.redactions()] + [w.ground for w in self.withheld]
        return sorted({c.strip() for g in given for c in g.split(";") if c.strip()})


def plain(parts: Parts) -> str:
    """Text of inline parts with each redaction as its code in brackets (for tests/logs)."""
    return "".join(p if isinstance(p, str) else f"[{p.ground}]" for p in parts)

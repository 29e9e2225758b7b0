"""The report table: one object that the screen, CSV, XLSX and PDF all render.

A report builds a ``ReportTable`` once; every renderer reads the same cells, so the PDF and
the CSV can never disagree.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal

from vagledare.terms import Lang


@dataclass(frozen=True)
class Share:
    """A proportion shown as whole percent, rounded half up; ``–`` when nothing to divide."""

    numerator: int
    denominator: int


@dataclass(frozen=True)
class Mean:
    """A decimal figure shown with ``places`` decimals, rounded half up; ``–`` when None."""

    value: Decimal | None
    places: int = 1
    signed: bool = False  # a change: ``+1,2``, ``-0,4``, ``0,0``


@dataclass(frozen=True)
class Money:
    """Whole kronor."""

    value: Decimal | None


Value = int | Share | Mean | Money | str | None


class RowKind(enum.Enum):
    DATA = "data"
    SUBTOTAL = "subtotal"
    TOTAL = "total"


@dataclass(frozen=True)
class Row:
    label: str
    values: tuple[Value, ...]
    kind: RowKind = RowKind.DATA
    highlight: bool = False  # e.g. attendance below the threshold


@dataclass(frozen=True)
class Section:
    """A block of rows. ``key`` fills the CSV's first column; ``title`` heads the block."""

    rows: tuple[Row, ...]
    key: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class ReportTable:
    title: str
    subtitle: str
    label_header: str
    columns: tuple[str, ...]
    sections: tuple[Section, ...]
    lang: Lang = "sv"
    key_header: str | None = None  # set when sections carry a key column (e.g. "Kön")
    notes: tuple[str, ...] = ()
    blank_zeros: bool = False  # printed tables leave zero cells empty, as the seeds do
    summary: tuple[str, ...] = field(default_factory=tuple)  # prose lines under the table
    demo: bool = False  # made-up data of the demo journal: every rendering says so

    @property
    def header(self) -> tuple[str, ...]:
        lead = (self.key_header,) if self.key_header else ()
        return (*lead, self.label_header, *self.columns)

    def rows(self) -> list[tuple[Section, Row]]:
        return [(sec, row) for sec in self.sections for row in sec.rows]

    def value(self, section_key: str | None, label: str, column: str) -> Value:
        """Look a cell up by its labels (handy in tests and the dashboard)."""
        idx = self.columns.index(column)
        for sec, row in self.rows():
            if sec.key == section_key and row.label == label:
                return row.values[idx]
        raise KeyError((section_key, label))

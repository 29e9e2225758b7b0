"""The report table: one object that the screen, CSV, XLSX and PDF all render.

A report builds a ``ReportTable`` once; every renderer reads the same cells, so the PDF and
the CSV can never disagree.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from vagledare.journal.terms import Lang
from vagledare.reports.fmt import format_value

# The cells' values live in ``values`` (``fmt`` formats them without knowing of tables); the
# reports import them from here, with the table.
from vagledare.reports.values import (  # noqa: F401
    HIDDEN,
    MARKERS,
    SECONDARY,
    WITHHELD,
    Mean,
    Money,
    Share,
    Value,
)

Cell = tuple[int, int]  # (row index in ``ReportTable.rows()`` order, column index)


@dataclass(frozen=True)
class Sum:
    """A relation a reader of the table knows between ``total`` and ``parts``:

    - ``=``: the total is the sum of the parts (K + M = Totalt);
    - ``pooled``: the total counts distinct people pooled over the parts (a code at two sites
      counts once): at most their sum and at least each of them;
    - ``≥``: the parts are a breakdown that may miss some, so their sum is at most the total
      (outcomes of the leavers, guests among those present);
    - ``≤``: the total is at most the weighted sum of the parts (everyone present ≤ the
      highest attendance × the number of sessions).
    """

    total: Cell
    parts: tuple[Cell, ...]
    kind: str = "="
    weights: tuple[int, ...] | None = None  # per part; 1 each when None


@dataclass(frozen=True)
class Derived:
    """A figure computed from counts (a share, mean, median, cost per avslut…): published only
    while every count it rests on is."""

    cell: Cell
    inputs: tuple[Cell, ...]
    # "all": hidden when any input is; "max": the cell is the largest input (the highest
    # attendance of all sites), hidden unless a published input reaches it
    kind: str = "all"
    # Counts of people it rests on that are no cell of the table (a share's numerator and
    # denominator, the participants of an average): hidden when any of them is 1–4
    counts: tuple[int, ...] = ()


@dataclass(frozen=True)
class Raw:
    """A figure in a sentence that is no cell of the table: the sentence is left out of a
    protected table (prose may only repeat what the table itself publishes)."""

    value: int


Figure = tuple[Cell, ...] | Raw  # cells: their sum


@dataclass(frozen=True)
class Sentence:
    """A line of prose whose figures are read from the table's cells, so that a protected
    table's prose shows exactly what its cells show. ``template`` takes ``{0}``, ``{1}`` …;
    ``same_line`` continues the previous sentence's line."""

    template: str
    figures: tuple[Figure, ...] = ()
    same_line: bool = False


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
    people: bool = True  # its counts are people (sessions, months, … are not protected)


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
    # What a reader knows about the counts (for small-count protection), and prose built from
    # the cells; ``summary`` holds fixed lines that carry no count.
    sums: tuple[Sum, ...] = ()
    derived: tuple[Derived, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    lists_people: bool = False  # one row per participant code: never published
    # The columns whose counts are people, when only some are (an activity's visitors, not
    # its occasions or employers); None: every column of a people row.
    people_columns: tuple[int, ...] | None = None
    protected: bool = False
    legend: tuple[str, ...] = ()  # what <5, .. and x mean: shown right under the subtitle

    def prose(self) -> tuple[str, ...]:
        """The lines under the table: its sentences (figures read from the cells), then the
        fixed summary lines."""
        lines: list[str] = []
        for sentence in self.sentences:
            if self.protected and any(isinstance(f, Raw) for f in sentence.figures):
                continue  # counts the table does not publish
            shown = [self.figure_value(f) for f in sentence.figures]
            if self.protected and shown and all(v in MARKERS for v in shown):
                continue  # nothing left to say
            text = self.sentence_text(sentence)
            if sentence.same_line and lines:
                lines[-1] = f"{lines[-1]} {text}"
            else:
                lines.append(text)
        return (*lines, *self.summary)

    def cell(self, at: Cell) -> Value:
        return self.rows()[at[0]][1].values[at[1]]

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

    def figure_value(self, figure: Figure) -> Value:
        """A sentence's figure: a raw number, one cell, or the sum of cells (not published when
        a part of it is hidden, unless that part is the only one that is not zero)."""
        if isinstance(figure, Raw):
            return figure.value
        values = [self.cell(at) for at in figure]
        if len(values) == 1:
            return values[0]
        non_zero = [v for v in values if v != 0]
        if len(non_zero) == 1:
            return non_zero[0]
        if any(isinstance(v, str) and v in MARKERS for v in values):
            return WITHHELD
        return sum(v for v in values if isinstance(v, int))

    def sentence_text(self, sentence: Sentence) -> str:
        return sentence.template.format(
            *(format_value(self.figure_value(f), self.lang) for f in sentence.figures)
        )

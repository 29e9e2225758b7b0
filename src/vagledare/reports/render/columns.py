"""Wide tables on paper: which columns share a page.

A table whose columns do not fit the page's width is printed as spreadsheets print it: in
column groups on consecutive pages, each repeating the row labels. A column is as wide as the
longest word of its heading or its widest figure needs, so headings wrap only between words
and figures never run into each other; a group ends where a site's block ends (after its
*Totalt*) unless one block alone is wider than the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reportlab.pdfbase import pdfmetrics

from vagledare.journal.terms import term
from vagledare.reports.fmt import format_value
from vagledare.reports.table import ReportTable, Row, RowKind, Section

PAD = 12.0  # a cell's left and right padding (4 + 4 points) and room for rounding
SIZE = 9.0  # the grid's font size


def column_widths(table: ReportTable, font: str, bold: str) -> list[float]:
    """The narrowest width of each value column: its heading's longest word (bold), or its
    widest figure (bold on total rows), plus padding."""
    widths = [
        max((pdfmetrics.stringWidth(w, bold, SIZE) for w in header.split()), default=0.0)
        for header in table.columns
    ]
    for _, row in table.rows():
        face = font if row.kind is RowKind.DATA else bold
        for i, v in enumerate(row.values):
            text = format_value(v, table.lang, blank_zero=table.blank_zeros)
            widths[i] = max(widths[i], pdfmetrics.stringWidth(text, face, SIZE))
    return [w + PAD for w in widths]


def block_ends(table: ReportTable) -> set[int]:
    """The columns after which a group may end: each site's (or group's) *Totalt* column,
    and the last column."""
    total = term("total", table.lang)
    ends = {i for i, h in enumerate(table.columns) if h == total or h.endswith(" " + total)}
    return ends | {len(table.columns) - 1}


def column_groups(widths: Sequence[float], room: float, ends: set[int]) -> list[list[int]]:
    """Columns in page-wide groups, in order: as many whole blocks as fit in ``room``; a
    block wider than ``room`` on its own is cut where the room ends."""
    if sum(widths) <= room:
        return [list(range(len(widths)))]
    blocks: list[list[int]] = [[]]
    for i in range(len(widths)):
        blocks[-1].append(i)
        if i in ends and i != len(widths) - 1:
            blocks.append([])
    groups: list[list[int]] = [[]]
    used = 0.0
    for block in blocks:
        need = sum(widths[i] for i in block)
        if groups[-1] and used + need > room:
            groups.append([])
            used = 0.0
        if need <= room:
            groups[-1] += block
            used += need
            continue
        for i in block:  # one block wider than the page: cut it where the room ends
            if groups[-1] and used + widths[i] > room:
                groups.append([])
                used = 0.0
            groups[-1].append(i)
            used += widths[i]
    return [g for g in groups if g]


def part(table: ReportTable, columns: Sequence[int]) -> ReportTable:
    """The table with only ``columns`` (for printing: the relations that protection used are
    not carried over, the prose and notes stay with the whole table)."""
    keep = list(columns)
    return replace(
        table,
        columns=tuple(table.columns[i] for i in keep),
        sections=tuple(
            Section(
                tuple(
                    Row(
                        r.label,
                        tuple(r.values[i] for i in keep),
                        r.kind,
                        r.highlight,
                        r.people,
                    )
                    for r in sec.rows
                ),
                sec.key,
                sec.title,
            )
            for sec in table.sections
        ),
        sums=(),
        derived=(),
        sentences=(),
        people_columns=None,
    )


def group_names(table: ReportTable, columns: Sequence[int]) -> str:
    """What a group of columns covers, for its heading: the sites (or groups) it holds, in
    order ("Fröslunda, Årby, Totalt") — a block's columns (``Fröslunda Kvinnor``, ``Fröslunda
    Män``, ``Fröslunda Totalt``) named once, other columns by their own heading."""
    lang = table.lang
    total = term("total", lang)
    suffixes = [" " + term(k, lang) for k in ("women", "men", "unstated_plural", "total")]
    names: list[str] = []
    for i in columns:
        header = table.columns[i]
        name = next((header[: -len(s)] for s in suffixes if header.endswith(s)), header)
        name = name or total
        if name not in names:
            names.append(name)
    return ", ".join(names)

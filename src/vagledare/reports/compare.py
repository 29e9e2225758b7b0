"""Same period last year beside the current one: one report's two tables merged into one.

The door builds (and, when asked, protects) the report for the asked period and for the same
dates one year earlier (``periods.previous_year``), each on its own, then calls ``merge``:

- the columns are the current table's, unchanged, then each of the earlier table's, headed
  ``Föregående år <header>`` (``Previous year <header>``);
- sections and rows are matched by their titles and labels (the n-th row of a label with the
  n-th); a row or section that only one period has keeps its place in that period's order,
  and the other period's cells stay empty;
- the notes gain one line naming the earlier period.

Each part is protected on its own before the merge, which is sound: the periods do not
overlap, so no relation links a count of one to a count of the other. The parts' ``Sum`` and
``Derived`` relations are carried over to the merged cells, so the merged table states exactly
what its parts do. The prose under the table is the current period's.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import replace

from vagledare.journal.terms import term
from vagledare.reports.periods import Period
from vagledare.reports.table import (
    Cell,
    Derived,
    Figure,
    Raw,
    ReportTable,
    Row,
    Section,
    Sum,
    Value,
)

EMPTY = ""  # a cell of a row that the other period does not have

Pair = tuple[int | None, int | None]  # (index in the current part, index in the earlier part)
Move = Callable[[Cell], Cell]  # a part's cell → the merged table's cell


def _numbered(keys: Sequence[Hashable]) -> list[tuple[Hashable, int]]:
    """Each key with how many times it came before: the n-th ``Totalt`` matches the n-th."""
    seen: dict[Hashable, int] = {}
    out = []
    for k in keys:
        out.append((k, seen.get(k, 0)))
        seen[k] = seen.get(k, 0) + 1
    return out


def _align(current: Sequence[Hashable], earlier: Sequence[Hashable]) -> list[Pair]:
    """The current items in their order, each with its match in ``earlier``; an earlier item
    without a match follows the current item that its predecessor matched (or comes first)."""
    where = {k: i for i, k in enumerate(_numbered(current))}
    matched: dict[int, int] = {}
    after: dict[int, list[int]] = {}  # current index (-1: before all) → unmatched earlier items
    anchor = -1
    for j, k in enumerate(_numbered(earlier)):
        if k in where:
            anchor = where[k]
            matched[anchor] = j
        else:
            after.setdefault(anchor, []).append(j)
    pairs: list[Pair] = [(None, j) for j in after.get(-1, [])]
    for i in range(len(current)):
        pairs.append((i, matched.get(i)))
        pairs += [(None, j) for j in after.get(i, [])]
    return pairs


def _row(current: Row | None, earlier: Row | None, widths: tuple[int, int]) -> Row:
    values: tuple[Value, ...] = (
        *(current.values if current else (EMPTY,) * widths[0]),
        *(earlier.values if earlier else (EMPTY,) * widths[1]),
    )
    first = current or earlier
    assert first is not None
    return Row(
        first.label,
        values,
        first.kind,
        highlight=current.highlight if current else False,
        people=first.people,
    )


def merge(current: ReportTable, earlier: ReportTable, period: Period) -> ReportTable:
    """``current`` with ``earlier`` (the same report for ``period``, one year before) beside
    it (see the module's docstring)."""
    lang = current.lang
    widths = (len(current.columns), len(earlier.columns))
    cur_rows = _row_starts(current)
    old_rows = _row_starts(earlier)
    cur_at: dict[int, int] = {}  # row index in a part → row index in the merged table
    old_at: dict[int, int] = {}
    sections: list[Section] = []
    n = 0
    section_pairs = _align(
        [(x.key, x.title) for x in current.sections], [(x.key, x.title) for x in earlier.sections]
    )
    for si, sj in section_pairs:
        a = current.sections[si] if si is not None else None
        b = earlier.sections[sj] if sj is not None else None
        rows: list[Row] = []
        pairs = _align(
            [r.label for r in a.rows] if a else [], [r.label for r in b.rows] if b else []
        )
        for ri, rj in pairs:
            if ri is not None and si is not None:
                cur_at[cur_rows[si] + ri] = n
            if rj is not None and sj is not None:
                old_at[old_rows[sj] + rj] = n
            rows.append(
                _row(
                    a.rows[ri] if a and ri is not None else None,
                    b.rows[rj] if b and rj is not None else None,
                    widths,
                )
            )
            n += 1
        first = a or b
        assert first is not None
        sections.append(Section(tuple(rows), first.key, first.title))

    # Counts a part names but does not show (``ReportTable.unseen``) stand after its last
    # column; in the merged table they move after all shown columns, the current part's first.
    shown = widths[0] + widths[1]
    cur_unseen = 1 + max((c for (_, c), _ in current.unseen), default=widths[0] - 1) - widths[0]

    def cur(at: Cell) -> Cell:
        col = at[1] if at[1] < widths[0] else shown + at[1] - widths[0]
        return (cur_at[at[0]], col)

    def old(at: Cell) -> Cell:
        col = at[1] + widths[0] if at[1] < widths[1] else shown + cur_unseen + at[1] - widths[1]
        return (old_at[at[0]], col)

    return replace(
        current,
        columns=(
            *current.columns,
            *(term("previous_year_column", lang).format(header=h) for h in earlier.columns),
        ),
        sections=tuple(sections),
        notes=(*current.notes, term("previous_year_note", lang).format(period=period.label(lang))),
        sums=(
            *(_moved_sum(x, cur) for x in current.sums),
            *(_moved_sum(x, old) for x in earlier.sums),
        ),
        derived=(
            *(_moved_derived(d, cur) for d in current.derived),
            *(_moved_derived(d, old) for d in earlier.derived),
        ),
        sentences=tuple(
            replace(x, figures=tuple(_moved_figure(f, cur) for f in x.figures))
            for x in current.sentences
        ),
        people_columns=_people_columns(current, earlier),
        unseen=(
            *((cur(at), v) for at, v in current.unseen),
            *((old(at), v) for at, v in earlier.unseen),
        ),
        legend=(*current.legend, *(x for x in earlier.legend if x not in current.legend)),
        protected=current.protected and earlier.protected,
        # One table per site (dropin --per-site): each site's table beside its own last year.
        parts=tuple(merge(a, b, period) for a, b in zip(current.parts, earlier.parts, strict=True))
        if [a.heading for a in current.parts] == [b.heading for b in earlier.parts]
        else current.parts,
    )


def _row_starts(table: ReportTable) -> list[int]:
    """The index (in ``rows()`` order) of each section's first row."""
    starts, n = [], 0
    for sec in table.sections:
        starts.append(n)
        n += len(sec.rows)
    return starts


def _moved_sum(s: Sum, move: Move) -> Sum:
    return replace(s, total=move(s.total), parts=tuple(map(move, s.parts)))


def _moved_derived(d: Derived, move: Move) -> Derived:
    return replace(d, cell=move(d.cell), inputs=tuple(map(move, d.inputs)))


def _moved_figure(f: Figure, move: Move) -> Figure:
    return f if isinstance(f, Raw) else tuple(map(move, f))


def _people_columns(current: ReportTable, earlier: ReportTable) -> tuple[int, ...] | None:
    if current.people_columns is None and earlier.people_columns is None:
        return None
    width = len(current.columns)
    mine = current.people_columns
    theirs = earlier.people_columns
    return (
        *(range(width) if mine is None else mine),
        *(width + c for c in (range(len(earlier.columns)) if theirs is None else theirs)),
    )

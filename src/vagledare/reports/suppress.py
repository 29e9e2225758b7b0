"""Small-count suppression for published tables.

Counts of 1–4 are shown as ``<5``. So that a hidden count cannot be worked out from a total
(row or column), every row and every block that hides exactly one count hides one more: the
smallest other non-zero count beside it, or else the total itself (secondary suppression,
shown as ``..``), until no total gives a hidden count away. Shares whose denominator is under
5 are shown as ``..`` too. Zeros are shown.
"""

from __future__ import annotations

from dataclasses import replace

from vagledare.reports.table import ReportTable, Row, RowKind, Section, Share, Value
from vagledare.terms import term

LIMIT = 5
HIDDEN = "<5"
SECONDARY = ".."


def _is_total_column(name: str) -> bool:
    folded = name.casefold()
    return folded in ("totalt", "total") or folded.endswith((" totalt", " total"))


def _small(v: Value) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and 0 < v < LIMIT


def suppress_small_counts(table: ReportTable) -> ReportTable:
    total_cols = {i for i, c in enumerate(table.columns) if _is_total_column(c)}
    data_cols = [i for i in range(len(table.columns)) if i not in total_cols]
    grid: list[list[Value]] = [list(row.values) for _, row in table.rows()]
    kinds = [row.kind for _, row in table.rows()]
    section_of = [si for si, sec in enumerate(table.sections) for _ in sec.rows]
    hidden = {(r, c) for r, vals in enumerate(grid) for c, v in enumerate(vals) if _small(v)}

    primary = set(hidden)

    def count(rc: tuple[int, int]) -> int:
        v = grid[rc[0]][rc[1]]
        return v if isinstance(v, int) and not isinstance(v, bool) else 0

    def hide_partner(cells: list[tuple[int, int]], totals: list[tuple[int, int]]) -> bool:
        """If exactly one of ``cells`` is hidden, hide the smallest other non-zero one, or
        else the totals that would give it away."""
        if sum(1 for rc in cells if rc in hidden) != 1:
            return False
        candidates = [rc for rc in cells if rc not in hidden and count(rc)]
        if candidates:
            hidden.add(min(candidates, key=count))
            return True
        fresh = [rc for rc in totals if rc not in hidden]
        hidden.update(fresh)
        return bool(fresh)

    changed = True
    while changed:
        changed = False
        for r in range(len(grid)):  # along each row: the row total would give a cell away
            totals = [(r, c) for c in total_cols]
            if totals and hide_partner([(r, c) for c in data_cols], totals):
                changed = True
        for si in set(section_of):  # down each block: its subtotal would give a cell away
            data_rows = [
                r for r in range(len(grid)) if section_of[r] == si and kinds[r] is RowKind.DATA
            ]
            sums = [
                r for r in range(len(grid)) if section_of[r] == si and kinds[r] is not RowKind.DATA
            ]
            if not sums:
                continue
            for c in range(len(table.columns)):
                if hide_partner([(r, c) for r in data_rows], [(r, c) for r in sums]):
                    changed = True
        # Across blocks: the grand total would give a block's hidden subtotal away.
        subtotals = [r for r in range(len(grid)) if kinds[r] is RowKind.SUBTOTAL]
        grand = [r for r in range(len(grid)) if kinds[r] is RowKind.TOTAL]
        if grand:
            for c in range(len(table.columns)):
                if hide_partner([(r, c) for r in subtotals], [(r, c) for r in grand]):
                    changed = True

    new_sections = []
    r = 0
    for sec in table.sections:
        rows: list[Row] = []
        for row in sec.rows:
            values: list[Value] = []
            for c, v in enumerate(grid[r]):
                if (r, c) in primary:
                    values.append(HIDDEN)
                elif (r, c) in hidden or (isinstance(v, Share) and 0 < v.denominator < LIMIT):
                    values.append(SECONDARY)
                else:
                    values.append(v)
            rows.append(Row(row.label, tuple(values), row.kind, row.highlight))
            r += 1
        new_sections.append(Section(tuple(rows), sec.key, sec.title))
    return replace(
        table,
        sections=tuple(new_sections),
        notes=(*table.notes, term("suppressed_note", table.lang)),
    )

"""Column blocks per unit (a chosen site or site group) and what they add up to.

A table with a block per unit shows the units in the order given, then, with several units,
the Totalt block over all their sites. What a reader knows: disjoint units add up to Totalt.
Units may overlap (a group and one of its sites): then Totalt covers the union once, and the
relations go through the *parts* of the sites — sites that exactly the same chosen units
contain. A part that no unit shows on its own (Fröslunda, when *Mötesplatserna* and Årby are
chosen) is an *unseen* block: counted, never shown, and protected like a cell (its count is
the difference of shown ones), see ``ReportTable.unseen``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace

from vagledare.journal.site_groups import Unit
from vagledare.reports.table import Cell, Section, Sum


@dataclass(frozen=True)
class Block:
    name: str  # the unit's name; the Totalt word; empty for an unseen part
    site_ids: frozenset[uuid.UUID]
    kind: str  # "unit", "total" or "unseen"


@dataclass(frozen=True)
class UnitLayout:
    """The blocks: the units, the Totalt block (with several units), then the unseen parts.
    ``sums``: (block, the blocks it is the sum of)."""

    blocks: tuple[Block, ...]
    shown: int  # the first ``shown`` blocks are the table's
    sums: tuple[tuple[int, tuple[int, ...]], ...]


def unit_layout(units: Sequence[Unit], total: str) -> UnitLayout:
    blocks = [Block(u.name, u.site_ids, "unit") for u in units]
    if len(units) < 2:
        return UnitLayout(tuple(blocks), len(blocks), ())
    union = frozenset().union(*(u.site_ids for u in units))
    blocks.append(Block(total, union, "total"))
    shown = len(blocks)
    # The parts: sites grouped by which units contain them, in the units' order.
    parts: dict[frozenset[int], list[uuid.UUID]] = {}
    for u in units:
        for site in sorted(u.site_ids):
            key = frozenset(i for i, v in enumerate(units) if site in v.site_ids)
            if site not in parts.setdefault(key, []):
                parts[key].append(site)
    part_blocks: list[tuple[frozenset[uuid.UUID], int]] = []
    for sites in parts.values():
        ids = frozenset(sites)
        same = next((i for i, u in enumerate(units) if u.site_ids == ids), None)
        if same is None:
            same = len(blocks)
            blocks.append(Block("", ids, "unseen"))
        part_blocks.append((ids, same))
    sums: list[tuple[int, tuple[int, ...]]] = []
    for i, u in enumerate(units):
        mine = tuple(b for ids, b in part_blocks if ids <= u.site_ids)
        if mine != (i,):
            sums.append((i, mine))
    sums.append((shown - 1, tuple(b for _, b in part_blocks)))
    return UnitLayout(tuple(blocks), shown, tuple(sums))


def split_unseen(
    sections: Sequence[Section], width: int, sums: Sequence[Sum]
) -> tuple[tuple[Section, ...], tuple[tuple[Cell, int], ...]]:
    """The sections cut to the ``width`` shown columns, and the counts after them that the
    relations name (``ReportTable.unseen``)."""
    named = {at for x in sums for at in (x.total, *x.parts) if at[1] >= width}
    unseen: list[tuple[Cell, int]] = []
    out = []
    r = 0
    for sec in sections:
        rows = []
        for row in sec.rows:
            for c in range(width, len(row.values)):
                if (r, c) in named:  # a count; anything else (no sessions: –) counts as 0
                    v = row.values[c]
                    unseen.append(((r, c), v if isinstance(v, int) else 0))
            rows.append(replace(row, values=row.values[:width]) if len(row.values) > width else row)
            r += 1
        out.append(replace(sec, rows=tuple(rows)))
    return tuple(out), tuple(unseen)

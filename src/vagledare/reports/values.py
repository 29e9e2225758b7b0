"""The values of a report's cells: counts, shares, means, money, and the markers a protected
table shows instead of a count. ``fmt`` formats them; ``table`` holds them in rows."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


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

# What a protected table shows instead of a count (see ``reports.protect``).
HIDDEN = "<5"  # a count of 1–4
SECONDARY = (
    ".."  # a count of 5 or more, or a figure, hidden so that no small count can be worked out
)
WITHHELD = "x"  # not published at all: any number, 0 included
MARKERS = (HIDDEN, SECONDARY, WITHHELD)

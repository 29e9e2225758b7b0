"""An independent attack on published (protected) tables, for tests.

It reads a protected ``ReportTable`` the way a reader does — labels, column headers and the
shown figures, never the production protection code — writes down every linear relation the
reader knows (sums, and the bounds that rounded shares, means and costs put on the counts
behind them), and attacks each hidden count with an exact integer program
(``scipy.optimize.milp``): its lowest and highest possible value, and for a ``<5`` cell which
of 1, 2, 3 and 4 remain possible. See ``/work/shared/disclosure.md`` for the rule.

Cell values as the reader sees them:

- ``int``: a published count;
- ``"<5"``: a hidden count of 1–4;
- ``".."``: a hidden count that is 0 or at least 5 (at least 5 when the table's legend or
  notes say so, as the protected tables' legend does); in place of a share, mean or amount
  it says nothing;
- ``"x"``: a withheld count, any integer ≥ 0;
- ``Share``/``Mean``/``Money``: a published figure, known only as rounded for display
  (half up; negative figures round half away from zero, as ``Decimal`` does);
- ``None``/``"–"`` (or a Share/Mean/Money without a value): shown as a dash, which where a
  figure would be a ratio tells the reader that there was nothing to divide.

The public API: ``relations``, ``count_cells``, ``audit``, ``assert_safe``, ``unsafe``,
``part_key`` and ``CellRange``. Hidden cells tied together by relations form one model, solved
once per bound (HiGHS without presolve); bound propagation and the points found along the way
spare most solves. Every point counted as possible is checked exactly, so a solver slip can
only make a range look narrower — never call a leaking table safe. ``audit(..., exact=False)``
(what ``assert_safe`` uses) stops as soon as the rule is settled for a cell.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_array

from vagledare.journal.terms import term
from vagledare.reports.table import Mean, Money, ReportTable, Share

HIDDEN = "<5"
SECONDARY = ".."
WITHHELD = "x"
DASH = "–"
MARKERS = (HIDDEN, SECONDARY, WITHHELD)
BIG = 10**5  # no count in these tables comes near; the upper bound of ".." and "x" cells
REPORTS = (
    "dropin",
    "avslut",
    "flow",
    "resources",
    "bip",
    "bip-rounds",
    "sprakgrupp",
    "utfall",
    "aktivitetsplikt",
    "uppfoljning",
    "aktiviteter",
    "besok",
    "indikatorer",
    "upplevelse",
)

Cell = tuple[int, int]  # (row index in table.rows() order, column index into table.columns)


@dataclass(frozen=True)
class Aux:
    """A helper integer the reader may reason with (e.g. the sum behind a mean)."""

    name: str
    lo: int
    hi: int


Var = Cell | Aux


@dataclass(frozen=True)
class Relation:
    """``lo ≤ Σ coef·var ≤ hi``; an open end is strict (``<``)."""

    terms: tuple[tuple[Var, Fraction], ...]
    lo: Fraction | None = None
    hi: Fraction | None = None
    lo_open: bool = False
    hi_open: bool = False
    why: str = ""


@dataclass
class CellRange:
    row: int
    col: int
    marker: str
    low: int
    high: int
    values: int  # feasible values; exact for "<5", otherwise counted over the marker's domain
    label: str = ""
    column: str = ""
    exact: bool = True  # False: low–high (and values) are only a part of what is possible

    @property
    def pinned(self) -> bool:
        return self.low == self.high

    def describe(self) -> str:
        span = f"{self.low}–{self.high}" if self.exact else f"minst {self.low}–{self.high}"
        return (
            f"{self.label} / {self.column} (rad {self.row}, kolumn {self.col}): "
            f"{self.marker!r} kan vara {span} ({self.values} möjliga värden)"
        )


class LayoutError(ValueError):
    """The table is not laid out as the reader of this report expects."""


# -- Rounded figures ----------------------------------------------------------------------


@dataclass(frozen=True)
class Interval:
    """A set of reals between two ends; ``None`` is unbounded, an open end is excluded."""

    lo: Fraction | None
    hi: Fraction | None
    lo_open: bool = False
    hi_open: bool = False

    def nonneg(self) -> Interval:
        if self.lo is None or self.lo < 0:
            return Interval(Fraction(0), self.hi, False, self.hi_open)
        return self

    def times(self, other: Interval) -> Interval:
        """Product of two non-negative intervals."""
        a, b = self.nonneg(), other.nonneg()
        assert a.lo is not None and b.lo is not None
        lo = a.lo * b.lo
        lo_open = (a.lo_open or b.lo_open) and lo > 0
        if a.hi is None or b.hi is None:
            return Interval(lo, None, lo_open)
        hi = a.hi * b.hi
        return Interval(lo, hi, lo_open, (a.hi_open or b.hi_open) and hi > 0)

    def over(self, other: Interval) -> Interval:
        """Quotient of a non-negative interval by a positive one."""
        a, b = self.nonneg(), other.nonneg()
        assert a.lo is not None and b.lo is not None
        if b.hi is None:
            lo, lo_open = Fraction(0), False
        else:
            lo, lo_open = a.lo / b.hi, (a.lo_open or b.hi_open) and a.lo > 0
        if a.hi is None or b.lo == 0:
            return Interval(lo, None, lo_open)
        return Interval(lo, a.hi / b.lo, lo_open, (a.hi_open or b.lo_open) and a.hi > 0)

    def meet(self, other: Interval) -> Interval:
        lo, lo_open = self.lo, self.lo_open
        if other.lo is not None and (lo is None or other.lo > lo):
            lo, lo_open = other.lo, other.lo_open
        elif other.lo is not None and other.lo == lo:
            lo_open = lo_open or other.lo_open
        hi, hi_open = self.hi, self.hi_open
        if other.hi is not None and (hi is None or other.hi < hi):
            hi, hi_open = other.hi, other.hi_open
        elif other.hi is not None and other.hi == hi:
            hi_open = hi_open or other.hi_open
        return Interval(lo, hi, lo_open, hi_open)

    def scaled(self, k: Fraction) -> Interval:
        assert k > 0
        return Interval(
            None if self.lo is None else self.lo * k,
            None if self.hi is None else self.hi * k,
            self.lo_open,
            self.hi_open,
        )


def round_half_up(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def shown_interval(shown: Decimal, places: int) -> Interval:
    """The true values that display as ``shown`` with ``places`` decimals, rounding half up
    (ties away from zero)."""
    v = Fraction(shown)
    h = Fraction(1, 2 * 10**places)
    if v > 0:
        return Interval(v - h, v + h, False, True)
    if v < 0:
        return Interval(v - h, v + h, True, False)
    return Interval(-h, h, True, True)


@dataclass(frozen=True)
class Figure:
    """What a reader sees in a derived cell: ``shown`` (a value), ``dash`` or ``hidden``."""

    state: str
    value: Decimal | None = None
    places: int = 0


def read_figure(v: object) -> Figure:
    if v is None or v == DASH:
        return Figure("dash")
    if v in (SECONDARY, WITHHELD):
        return Figure("hidden")
    if isinstance(v, Share):
        if v.denominator == 0:
            return Figure("dash")
        pct = round_half_up(Decimal(v.numerator) * 100 / Decimal(v.denominator), 0)
        return Figure("shown", pct, 0)
    if isinstance(v, Mean):
        if v.value is None:
            return Figure("dash")
        return Figure("shown", round_half_up(v.value, v.places), v.places)
    if isinstance(v, Money):
        if v.value is None:
            return Figure("dash")
        return Figure("shown", round_half_up(v.value, 0), 0)
    raise LayoutError(f"väntade ett härlett tal (andel, medelvärde, belopp), fick {v!r}")


def entered_interval(f: Figure) -> Interval:
    """An entered figure such as årsarbetare or period length, shown with as many decimals
    as it needs up to two: fewer than two decimals means the figure is exact."""
    assert f.value is not None
    if f.places < 2:
        x = Fraction(f.value)
        return Interval(x, x)
    return shown_interval(f.value, f.places)


# -- Reading a table ----------------------------------------------------------------------


def _frac(x: int | Fraction | Decimal) -> Fraction:
    return Fraction(x)


class _Reader:
    """Collects the count cells and the relations while a report's layout is read.

    ``units``: what the reader knows of the column blocks' sites when some are site groups
    ({block name: its site names}); without it, the blocks are disjoint sites."""

    def __init__(
        self, table: ReportTable, units: Mapping[str, Iterable[str]] | None = None
    ) -> None:
        self.table = table
        self.units = None if units is None else {k: frozenset(v) for k, v in units.items()}
        self.parts: set[Aux] = set()  # the sites' parts no column shows (with ``units``)
        pairs = table.rows()
        self.grid = [row.values for _, row in pairs]
        self.labels = [row.label for _, row in pairs]
        self.keys = [sec.key for sec, _ in pairs]
        self.columns = list(table.columns)
        self.counts: set[Cell] = set()
        self.rels: list[Relation] = []
        for r, vals in enumerate(self.grid):
            if len(vals) != len(self.columns):
                raise LayoutError(
                    f"rad {r} ({self.labels[r]!r}) har {len(vals)} värden "
                    f"men tabellen {len(self.columns)} kolumner"
                )

    # cells
    def v(self, cell: Cell) -> object:
        return self.grid[cell[0]][cell[1]]

    def count(self, *cells: Cell) -> None:
        self.counts.update(cells)

    def fig(self, cell: Cell) -> Figure:
        return read_figure(self.v(cell))

    def name(self, cell: Cell) -> str:
        r, c = cell
        key = f"{self.keys[r]} / " if self.keys[r] else ""
        return f"{key}{self.labels[r]} / {self.columns[c]}"

    def row_index(self, label: str, *, key: str | None = None, required: bool = True) -> int | None:
        found = [
            r
            for r, lab in enumerate(self.labels)
            if lab == label and (key is None or self.keys[r] == key)
        ]
        if len(found) > 1:
            raise LayoutError(f"raden {label!r} finns flera gånger")
        if not found:
            if required:
                raise LayoutError(f"raden {label!r} saknas")
            return None
        return found[0]

    def col_index(self, name: str, *, required: bool = True) -> int | None:
        if name in self.columns:
            return self.columns.index(name)
        if required:
            raise LayoutError(f"kolumnen {name!r} saknas")
        return None

    # relations
    def add(
        self,
        terms: Iterable[tuple[Var, int | Fraction]],
        lo: int | Fraction | None = None,
        hi: int | Fraction | None = None,
        *,
        lo_open: bool = False,
        hi_open: bool = False,
        why: str,
    ) -> None:
        ts = tuple((var, _frac(k)) for var, k in terms if k != 0)
        for var, _ in ts:
            if not isinstance(var, Aux):
                self.count(var)
        self.rels.append(
            Relation(
                ts,
                None if lo is None else _frac(lo),
                None if hi is None else _frac(hi),
                lo_open,
                hi_open,
                why,
            )
        )

    def eq(self, terms: Iterable[tuple[Var, int | Fraction]], rhs: int, *, why: str) -> None:
        self.add(terms, rhs, rhs, why=why)

    def sum_is(self, parts: Sequence[Cell], total: Cell, *, why: str) -> None:
        """Σ parts = total."""
        self.eq([*((p, 1) for p in parts), (total, -1)], 0, why=why)

    def sum_at_most(self, parts: Sequence[Cell], total: Cell, *, why: str) -> None:
        """Σ parts ≤ total."""
        self.add([*((p, 1) for p in parts), (total, -1)], hi=0, why=why)

    def within(self, cell: Cell, iv: Interval, *, why: str) -> None:
        self.add([(cell, 1)], iv.lo, iv.hi, lo_open=iv.lo_open, hi_open=iv.hi_open, why=why)

    def ratio(
        self,
        num: Sequence[tuple[Var, int]],
        den: Var,
        iv: Interval,
        *,
        why: str,
    ) -> None:
        """A shown ratio Σnum / den within ``iv``: den ≥ 1 and lo·den ≤ Σnum ≤ hi·den."""
        self.add([(den, 1)], 1, why=f"{why}: nämnaren är minst 1")
        if iv.lo is not None:
            self.add([*num, (den, -iv.lo)], 0, lo_open=iv.lo_open, why=why)
        if iv.hi is not None:
            self.add([*num, (den, -iv.hi)], hi=0, hi_open=iv.hi_open, why=why)


TOTAL = term("total")
GENDERS = (term("women"), term("men"), term("unstated_plural"))


def _site_gender_groups(rd: _Reader) -> dict[str, dict[str, int]]:
    """``<Site> Kvinnor`` … ``<Site> Totalt``, then ``Totalt Kvinnor`` … ``Totalt``:
    {group: {Kvinnor/Män/Ej angivet/Totalt: column}}; the pooled group is ``Totalt``."""
    groups: dict[str, dict[str, int]] = {}
    for i, h in enumerate(rd.columns):
        if h == TOTAL:
            groups.setdefault(TOTAL, {})[TOTAL] = i
            continue
        for word in (*GENDERS, TOTAL):
            if h.endswith(" " + word):
                groups.setdefault(h[: -len(word) - 1], {})[word] = i
                break
        else:
            raise LayoutError(f"kolumnen {h!r} är inte '<mötesplats> <kön>' eller '… Totalt'")
    return groups


def part_key(row: int, role: str, sites: Iterable[str]) -> str:
    """The name of the helper integer for the count of ``sites`` (a part of the chosen units'
    sites that no column shows) on ``row`` in the column role ``role`` (``Kvinnor``, …,
    ``Totalt``; empty where a unit has one column)."""
    return f"{row}|{role}|{'+'.join(sorted(sites))}"


def _by_parts(
    rd: _Reader, r: int, role: str, cols: Mapping[str, int], total: int, *, pooled: bool
) -> dict[frozenset[str], Var]:
    """Overlapping units (``rd.units``) on row ``r``: each unit and Totalt are the parts of the
    sites that the same units hold (a sum, or pooled people: at most the sum, at least each
    part). A part no column shows is a helper integer. Returns {part: its variable}."""
    assert rd.units is not None
    units = {name: rd.units[name] for name in cols}
    union = frozenset().union(*units.values())
    grouped: dict[frozenset[str], set[str]] = {}
    for site in union:
        grouped.setdefault(frozenset(n for n, u in units.items() if site in u), set()).add(site)
    var: dict[frozenset[str], Var] = {}
    for sites in grouped.values():
        part = frozenset(sites)
        same = next((n for n, u in units.items() if u == part), None)
        if same is not None:
            var[part] = (r, cols[same])
        else:
            aux = Aux(part_key(r, role, part), 0, BIG)
            rd.parts.add(aux)
            var[part] = aux

    def holds(parts: list[Var], whole: Cell, why: str) -> None:
        terms = [*((p, 1) for p in parts), (whole, -1)]
        if not pooled:
            rd.eq(terms, 0, why=why)
            return
        rd.add(terms, 0, why=f"{why}: högst summan")
        for p in parts:
            rd.add([(whole, 1), (p, -1)], 0, why=f"{why}: minst varje del")

    for name, u in units.items():
        mine = [v for part, v in var.items() if part <= u]
        if mine != [(r, cols[name])]:
            holds(mine, (r, cols[name]), f"delar → {name} {role}".rstrip())
    holds(list(var.values()), (r, total), f"delar → Totalt {role}".rstrip())
    return var


def _site_gender_sums(rd: _Reader, rows: Iterable[int]) -> None:
    groups = _site_gender_groups(rd)
    sites = [g for g in groups if g != TOTAL]
    for r in rows:
        for g, roles in groups.items():
            rd.count(*((r, c) for c in roles.values()))
            parts = [roles[w] for w in GENDERS if w in roles]
            if TOTAL in roles and parts:
                rd.sum_is([(r, c) for c in parts], (r, roles[TOTAL]), why=f"kön → {g} Totalt")
        if TOTAL in groups and len(sites) > 1 and rd.units is not None:
            by_role = {
                role: _by_parts(rd, r, role, {s: groups[s][role] for s in sites}, col, pooled=False)
                for role, col in groups[TOTAL].items()
            }
            genders = [w for w in GENDERS if w in by_role]
            for part, v in by_role[TOTAL].items():  # a part's genders add up to its Totalt
                if isinstance(v, Aux):
                    rd.eq(
                        [*((by_role[w][part], 1) for w in genders), (v, -1)],
                        0,
                        why=f"kön → del {'+'.join(sorted(part))}",
                    )
        elif TOTAL in groups and len(sites) > 1:
            for role, col in groups[TOTAL].items():
                if all(role in groups[s] for s in sites):
                    rd.sum_is(
                        [(r, groups[s][role]) for s in sites],
                        (r, col),
                        why=f"mötesplatser → Totalt {role}",
                    )


# -- The reports --------------------------------------------------------------------------


def _dropin(rd: _Reader, scale: tuple[int, int]) -> None:
    tot_col = rd.col_index(TOTAL)
    assert tot_col is not None
    bands = [c for c in range(len(rd.columns)) if c != tot_col]
    n = len(rd.labels)
    for r in range(n):
        rd.count(*((r, c) for c in range(len(rd.columns))))
        rd.sum_is([(r, c) for c in bands], (r, tot_col), why="åldersgrupper → Totalt")
    block_totals: list[int] = []
    grand: int | None = None
    for key in dict.fromkeys(rd.keys):
        rows = [r for r in range(n) if rd.keys[r] == key]
        totals = [r for r in rows if rd.labels[r] == TOTAL]
        if key == TOTAL:
            if len(totals) != 1:
                raise LayoutError("avsnittet Totalt ska ha en rad Totalt")
            grand = totals[0]
            continue
        if len(totals) != 1:
            raise LayoutError(f"blocket {key!r} ska ha en rad Totalt")
        parts = [r for r in rows if r != totals[0]]
        for c in range(len(rd.columns)):
            rd.sum_is([(r, c) for r in parts], (totals[0], c), why=f"{key}: kategorier → Totalt")
        block_totals.append(totals[0])
    if grand is None:
        raise LayoutError("totalraden saknas")
    for c in range(len(rd.columns)):
        rd.sum_is([(r, c) for r in block_totals], (grand, c), why="könsblock → totalt")


def _avslut(rd: _Reader, scale: tuple[int, int]) -> None:
    sub = rd.row_index(term("self_sufficient_total"))
    tot = rd.row_index(term("grand_total"))
    share = rd.row_index(term("self_sufficient_share"), required=False)
    assert sub is not None and tot is not None
    reasons = [r for r in range(len(rd.labels)) if r not in (sub, tot, share)]
    _site_gender_sums(rd, [*reasons, sub, tot])
    own = [r for r in reasons if r < sub]
    for c in range(len(rd.columns)):
        rd.sum_is([(r, c) for r in own], (sub, c), why="egen försörjning → delsumma")
        rd.sum_is([(r, c) for r in reasons], (tot, c), why="alla orsaker → Totalsumma")
        if share is None:
            continue
        f = rd.fig((share, c))
        if f.state == "shown":
            assert f.value is not None
            iv = shown_interval(f.value, 0).scaled(Fraction(1, 100))
            rd.ratio([((sub, c), 1)], (tot, c), iv, why=f"andel {f.value} %")
        elif f.state == "dash":  # nothing to divide
            rd.eq([((tot, c), 1)], 0, why="andel '–': Totalsumma är 0")


def _flow(rd: _Reader, scale: tuple[int, int]) -> None:
    by_route, by_source = term("section_new_by_route"), term("section_new_by_source")
    open_end, days = term("section_open_at_end"), term("section_days")
    n = len(rd.labels)
    unknown = set(rd.keys) - {by_route, by_source, open_end, days}
    if unknown:
        raise LayoutError(f"okända avsnitt {sorted(map(str, unknown))}")
    suffix = ", " + term("closures_count")
    count_rows = [r for r in range(n) if rd.keys[r] != days or rd.labels[r].endswith(suffix)]
    _site_gender_sums(rd, count_rows)
    cols = range(len(rd.columns))

    def rows_of(key: str) -> tuple[list[int], int | None]:
        rows = [r for r in range(n) if rd.keys[r] == key]
        totals = [r for r in rows if rd.labels[r] == TOTAL]
        if len(totals) > 1:
            raise LayoutError(f"{key}: flera Totalt-rader")
        total = totals[0] if totals else None
        return [r for r in rows if r != total], total

    for key in (by_route, open_end, by_source):
        parts, total = rows_of(key)
        if total is not None:
            for c in cols:
                rd.sum_is([(r, c) for r in parts], (total, c), why=f"{key} → Totalt")
    route_parts, route_total = rows_of(by_route)
    _, source_total = rows_of(by_source)
    if route_total is None and len(route_parts) == 1:
        route_total = route_parts[0]
    if route_total is not None and source_total is not None:
        for c in cols:
            rd.sum_is([(route_total, c)], (source_total, c), why="nya per väg = nya per ingång")
    # The days: a shown median/quartile means someone closed; a dash means no one did;
    # lower and upper quartile differ only when at least two closed.
    for r in range(n):
        if rd.keys[r] != days or not rd.labels[r].endswith(suffix):
            continue
        name = rd.labels[r][: -len(suffix)]
        stats = [
            rd.row_index(f"{name}, {term(k)}", key=days, required=False)
            for k in ("median", "lower_quartile", "upper_quartile")
        ]
        for c in cols:
            figs = [rd.fig((s, c)) for s in stats if s is not None]
            if any(f.state == "dash" for f in figs):
                rd.eq([((r, c), 1)], 0, why=f"{name}: '–' i mediantid: inga avslut")
            elif any(f.state == "shown" for f in figs):
                shown = {f.value for f in figs if f.state == "shown"}
                least = 2 if len(shown) > 1 else 1
                rd.add([((r, c), 1)], least, why=f"{name}: dagar visas: minst {least} avslut")


def _resource_blocks(columns: Sequence[str]) -> list[tuple[str, list[int], int | None]]:
    """The column blocks of a resource table by their headers: (prefix, route columns, the
    block's Totalt or None). One block has no prefix; with several units, each unit's block is
    prefixed with its name and the all-units block with Totalt, whose Totalt is ``Totalt``."""
    routes = (term("res_col_citizen_service"), term("res_col_referred"))
    blocks: dict[str, tuple[list[int], list[int]]] = {}
    totals: list[tuple[str, int]] = []
    for c, name in enumerate(columns):
        prefix = next(
            (name[: -len(w)].rstrip() for w in routes if name == w or name.endswith(" " + w)),
            None,
        )
        if prefix is not None:
            blocks.setdefault(prefix, ([], []))[0].append(c)
        elif name == TOTAL or name.endswith(" " + TOTAL):
            totals.append((name[: -len(TOTAL)].rstrip(), c))
    for prefix, c in totals:
        # Plain Totalt closes the all-units block when there is one, else the only block.
        blocks[TOTAL if not prefix and TOTAL in blocks else prefix][1].append(c)
    return [(k, cols, tot[0] if tot else None) for k, (cols, tot) in blocks.items()]


def _resources(rd: _Reader, scale: tuple[int, int]) -> None:
    def row(key: str, required: bool = True) -> int | None:
        return rd.row_index(term(key), required=required)

    closures, women, men = row("res_closures"), row("res_of_which_women"), row("res_of_which_men")
    unstated = row("res_of_which_unstated", False)
    assert closures is not None and women is not None and men is not None
    # The one-figure rows (FTE × the length of the period) or the yearly ones (FTE-years).
    fte, years = row("res_fte", False), row("res_years", False)
    per_fte, per_fte_year = row("res_per_fte", False), row("res_per_fte_year", False)
    fte_years, per_fte_years = row("res_fte_years", False), row("res_per_fte_years", False)
    cost_per_fte = row("res_cost_per_fte", False)
    cost_per_fte_year = row("res_cost_per_fte_mean", False)
    cost, per_closure = row("res_cost"), row("res_cost_per_closure")
    counts = [r for r in (closures, women, men, unstated) if r is not None]
    cols = range(len(rd.columns))
    for c in cols:
        rd.count(*((r, c) for r in counts))
        rd.sum_is([(r, c) for r in counts[1:]], (closures, c), why="varav kön → avslut")
    blocks = _resource_blocks(rd.columns)
    for _, route_cols, block_total in blocks:
        if block_total is not None:
            for r in counts:
                rd.sum_is([(r, c) for c in route_cols], (r, block_total), why="vägar → Totalt")
    if len(blocks) > 1:
        units = [b for b in blocks if b[0] != TOTAL]
        every = next(b for b in blocks if b[0] == TOTAL)
        for k, total_col in enumerate(every[1]):
            for r in counts:
                parts = [(r, b[1][k]) for b in units]
                rd.sum_is(parts, (r, total_col), why="enheter → Totalt")

    def known(r: int | None, c: int, entered: bool) -> Interval | None:
        if r is None:
            return None
        f = rd.fig((r, c))
        if f.state != "shown" or f.value is None:
            return None
        return entered_interval(f) if entered else shown_interval(f.value, f.places)

    for c in cols:
        n = (closures, c)
        f_iv, y_iv = known(fte, c, True), known(years, c, True)
        if f_iv is not None:
            per = known(per_fte, c, False)
            if per is not None:
                rd.within(n, per.nonneg().times(f_iv), why="avslut per årsarbetare")
            if y_iv is not None:
                per = known(per_fte_year, c, False)
                if per is not None:
                    rd.within(n, per.nonneg().times(f_iv).times(y_iv), why="per årsarbetare, år")
        fy_iv = known(fte_years, c, True)
        if fy_iv is not None:
            f_iv, y_iv = fy_iv, Interval(Fraction(1), Fraction(1))
            per = known(per_fte_years, c, False)
            if per is not None:
                rd.within(n, per.nonneg().times(fy_iv), why="avslut per årsarbetarår")
        money = known(cost, c, False)
        cpf = known(cost_per_fte if cost_per_fte is not None else cost_per_fte_year, c, False)
        if cpf is not None and f_iv is not None and y_iv is not None and f_iv.lo:
            # (no cost at all when there are no årsarbetare)
            product = cpf.times(f_iv).times(y_iv)
            money = product if money is None else money.meet(product)
        if per_closure is not None:
            f = rd.fig((per_closure, c))
            if f.state == "shown":
                rd.add([(n, 1)], 1, why="kostnad per avslut visas: minst ett avslut")
                if money is not None:
                    assert f.value is not None
                    each = shown_interval(f.value, 0).nonneg()
                    rd.within(n, money.over(each), why="kostnad ÷ kostnad per avslut")
            elif f.state == "dash" and money is not None:
                rd.eq([(n, 1)], 0, why="kostnad visas men inte per avslut: inga avslut")


def _mean_of(rd: _Reader, n: Cell, mean: Cell, s: Aux, scale: tuple[int, int], what: str) -> None:
    """The sum ``s`` of ``n`` readings on the scale, shown as a mean in ``mean``."""
    lo, hi = scale
    rd.add([(s, 1), (n, -lo)], 0, why=f"{what}: summan minst lägsta·antal")
    rd.add([(s, 1), (n, -hi)], hi=0, why=f"{what}: summan högst högsta·antal")
    f = rd.fig(mean)
    if f.state == "shown":
        assert f.value is not None
        rd.ratio([(s, 1)], n, shown_interval(f.value, f.places), why=f"{what}: medelvärde")
    elif f.state == "dash":
        rd.eq([(n, 1)], 0, why=f"{what}: '–': ingen deltagare")


def _bip(rd: _Reader, scale: tuple[int, int]) -> None:
    names = ("participants", "mean_first", "mean_latest", "change", "up", "unchanged", "down")
    cols = [rd.col_index(term(k)) for k in names]
    n_c, first_c, latest_c, change_c, up_c, same_c, down_c = (int(c or 0) for c in cols)
    big = BIG * max(abs(scale[0]), abs(scale[1]), 1)
    span = scale[1] - scale[0]
    for r in range(len(rd.labels)):
        n, up, same, down = (r, n_c), (r, up_c), (r, same_c), (r, down_c)
        rd.sum_is([up, same, down], n, why="Upp + Oförändrad + Ned = Deltagare")
        s1, s2 = Aux(f"första[{r}]", -big, big), Aux(f"senaste[{r}]", -big, big)
        _mean_of(rd, n, (r, first_c), s1, scale, f"{rd.labels[r]}, första")
        _mean_of(rd, n, (r, latest_c), s2, scale, f"{rd.labels[r]}, senaste")
        f = rd.fig((r, change_c))
        if f.state == "shown":
            assert f.value is not None
            rd.ratio([(s2, 1), (s1, -1)], n, shown_interval(f.value, f.places), why="förändring")
        elif f.state == "dash":
            rd.eq([(n, 1)], 0, why="förändring '–': ingen deltagare")
        # Each one up adds 1 to span, each one down takes 1 to span, the unchanged nothing.
        diff = [(s2, 1), (s1, -1)]
        rd.add([*diff, (up, -1), (down, span)], 0, why="förändringen och Upp/Ned")
        rd.add([*diff, (up, -span), (down, 1)], hi=0, why="förändringen och Upp/Ned")


def _bip_rounds(rd: _Reader, scale: tuple[int, int]) -> None:
    n_c, mean_c = rd.col_index(term("participants")), rd.col_index(term("mean"))
    assert n_c is not None and mean_c is not None
    big = BIG * max(abs(scale[0]), abs(scale[1]), 1)
    for r in range(len(rd.labels)):
        rd.count((r, n_c))
        s = Aux(f"summa[{r}]", -big, big)
        _mean_of(rd, (r, n_c), (r, mean_c), s, scale, f"{rd.keys[r]}, {rd.labels[r]}")


def _sprakgrupp(rd: _Reader, scale: tuple[int, int]) -> None:
    def row(key: str, required: bool = True) -> int | None:
        return rd.row_index(term(key), required=required)

    since, women, men = row("sprak_enrolled_since_start"), row("sprak_women"), row("sprak_men")
    unstated, in_period = row("sprak_unstated", False), row("sprak_enrolled_in_period")
    sessions, present = row("sprak_sessions"), row("sprak_present_total")
    mean, top, left = (
        row("sprak_mean_present"),
        row("sprak_max_present"),
        row("sprak_left_in_period"),
    )
    assert since is not None and women is not None and men is not None and in_period is not None
    assert sessions is not None and present is not None and left is not None and top is not None
    prefix = term("sprak_outcome") + ": "
    outcomes = [r for r, lab in enumerate(rd.labels) if lab.startswith(prefix)]
    guests = [
        r
        for k in ("sprak_guests_women", "sprak_guests_men", "sprak_guests_unstated")
        if (r := row(k, False)) is not None
    ]
    genders = [r for r in (women, men, unstated) if r is not None]
    distinct = [since, *genders, in_period]
    additive = [sessions, present, left, *outcomes, *guests]
    cols = range(len(rd.columns))
    tot_col = rd.col_index(TOTAL, required=False) if len(rd.columns) > 1 else None
    sites = [c for c in cols if c != tot_col]

    for c in cols:
        rd.count(*((r, c) for r in (*distinct, *additive)))
        rd.sum_is([(r, c) for r in genders], (since, c), why="kön → inskrivna sedan start")
        rd.sum_at_most([(in_period, c)], (since, c), why="inskrivna i perioden ⊆ sedan start")
        rd.sum_at_most([(r, c) for r in outcomes], (left, c), why="utfall ⊆ avslutade")
        rd.sum_at_most([(r, c) for r in guests], (present, c), why="besökare ⊆ närvarande")
        f = rd.fig((mean, c)) if mean is not None else Figure("hidden")
        if f.state == "shown":
            assert f.value is not None
            iv = shown_interval(f.value, f.places)
            rd.ratio([((present, c), 1)], (sessions, c), iv, why="snitt närvarande")
        elif f.state == "dash":
            rd.eq([((sessions, c), 1)], 0, why="snitt '–': inga tillfällen")
            rd.eq([((present, c), 1)], 0, why="snitt '–': ingen närvarande")
        # Högsta närvaro: a dash when there were no sessions, otherwise a count.
        t = rd.v((top, c))
        if t is None or t == DASH:
            rd.eq([((sessions, c), 1)], 0, why="högsta närvaro '–': inga tillfällen")
            continue
        rd.count((top, c))
        rd.add([((sessions, c), 1)], 1, why="högsta närvaro visas: minst ett tillfälle")
        rd.sum_at_most([(top, c)], (present, c), why="högsta närvaro ≤ närvarande totalt")
        k_top, k_sessions = rd.v((top, c)), rd.v((sessions, c))
        if isinstance(k_top, int):  # present ≤ max · sessions, linear when one is known
            rd.add([((present, c), 1), ((sessions, c), -k_top)], hi=0, why="närvarande ≤ max·tf")
        elif isinstance(k_sessions, int):
            rd.add([((present, c), 1), ((top, c), -k_sessions)], hi=0, why="närvarande ≤ max·tf")

    if tot_col is None:
        return
    if rd.units is not None:
        cols = {rd.columns[c]: c for c in sites}
        by_row = {
            r: _by_parts(rd, r, "", cols, tot_col, pooled=r in distinct)
            for r in (*additive, *distinct)
        }
        for part, v in by_row[since].items():  # a part's genders add up to it
            if isinstance(v, Aux):
                rd.eq(
                    [*((by_row[g][part], 1) for g in genders), (v, -1)],
                    0,
                    why=f"kön → del {'+'.join(sorted(part))}",
                )
    else:
        for r in additive:
            rd.sum_is([(r, c) for c in sites], (r, tot_col), why="mötesplatser → Totalt")
        for r in distinct:  # a person at two sites counts once in Totalt
            rd.add([*(((r, c), 1) for c in sites), ((r, tot_col), -1)], 0, why="Totalt ≤ Σ")
            for c in sites:
                rd.sum_at_most([(r, c)], (r, tot_col), why="mötesplats ≤ Totalt")
    # Totalt's highest attendance is the highest of the sites' (one of them, exactly).
    t = rd.v((top, tot_col))
    with_sessions = [c for c in sites if rd.v((top, c)) not in (None, DASH)]
    if t is None or t == DASH or not with_sessions:
        return
    picks = []
    for c in with_sessions:
        rd.sum_at_most([(top, c)], (top, tot_col), why="högsta närvaro: mötesplats ≤ Totalt")
        z = Aux(f"högst[{c}]", 0, 1)
        picks.append((z, 1))
        rd.add(
            [((top, tot_col), 1), ((top, c), -1), (z, BIG)],
            hi=BIG,
            why="högsta närvaro: Totalt är någon mötesplats högsta",
        )
    rd.eq(picks, 1, why="högsta närvaro: Totalt är någon mötesplats högsta")


def _utfall(rd: _Reader, scale: tuple[int, int]) -> None:
    tot_col = rd.col_index(TOTAL)
    tot_row = rd.row_index(TOTAL)
    assert tot_col is not None and tot_row is not None
    cols = range(len(rd.columns))
    for c in cols:
        if c != tot_col and rd.columns[c] not in GENDERS:
            raise LayoutError(f"kolumnen {rd.columns[c]!r} är inget kön")
    for r in range(len(rd.labels)):
        rd.sum_is([(r, c) for c in cols if c != tot_col], (r, tot_col), why="kön → Totalt")
    for c in cols:
        rows = [r for r in range(len(rd.labels)) if r != tot_row]
        rd.sum_is([(r, c) for r in rows], (tot_row, c), why="utfall → Totalt")


def _gender_columns(rd: _Reader) -> tuple[int, list[int]]:
    tot_col = rd.col_index(TOTAL)
    assert tot_col is not None
    for c in range(len(rd.columns)):
        if c != tot_col and rd.columns[c] not in GENDERS:
            raise LayoutError(f"kolumnen {rd.columns[c]!r} är inget kön")
    return tot_col, [c for c in range(len(rd.columns)) if c != tot_col]


def _aktivitetsplikt(rd: _Reader, scale: tuple[int, int]) -> None:
    tot_col, genders = _gender_columns(rd)
    own = rd.row_index("Till egen försörjning, totalt")
    af = rd.row_index("Heltid AF")
    other = rd.row_index("Övrigt")
    others = rd.row_index("Övriga avslut, totalt")
    closed = rd.row_index("Totalt avslut")
    assert own is not None and af is not None and other is not None
    assert others is not None and closed is not None
    for r in range(len(rd.labels)):
        rd.sum_is([(r, c) for c in genders], (r, tot_col), why="kön → Totalt")
    for c in range(len(rd.columns)):
        rd.sum_is([(r, c) for r in range(own)], (own, c), why="egen försörjning → totalt")
        rd.sum_is([(af, c), (other, c)], (others, c), why="Heltid AF + Övrigt → övriga")
        rd.sum_is([(own, c), (others, c)], (closed, c), why="→ Totalt avslut")


def _uppfoljning(rd: _Reader, scale: tuple[int, int]) -> None:
    tot_col, genders = _gender_columns(rd)
    due, done, unreached, pending, own, share = (
        rd.row_index(label)
        for label in (
            "Att följa upp",
            "Uppföljda",
            "Gick inte att nå",
            "Ej uppföljda ännu",
            "Egen försörjning vid uppföljning",
            "Andel egen försörjning av uppföljda",
        )
    )
    assert None not in (due, done, unreached, pending, own, share)
    counts = [due, done, unreached, pending, own]
    for r in counts:
        assert r is not None
        rd.sum_is([(r, c) for c in genders], (r, tot_col), why="kön → Totalt")
    for c in range(len(rd.columns)):
        assert due is not None and done is not None and own is not None and share is not None
        rd.sum_is([(done, c), (unreached, c), (pending, c)], (due, c), why="→ att följa upp")  # type: ignore[list-item]
        rd.sum_at_most([(own, c)], (done, c), why="egen försörjning ≤ uppföljda")
        f = rd.fig((share, c))
        if f.state == "shown":
            assert f.value is not None
            iv = shown_interval(f.value, 0).scaled(Fraction(1, 100))
            rd.ratio([((own, c), 1)], (done, c), iv, why=f"andel {f.value} %")
        elif f.state == "dash":
            rd.eq([((done, c), 1)], 0, why="andel '–': inga uppföljda")


def _aktiviteter(rd: _Reader, scale: tuple[int, int]) -> None:
    """Visitors by gender add up to Totalt on every row, the types to the Totalt row;
    occasions and employers are no people."""
    people = [rd.col_index(c) for c in (*GENDERS, TOTAL)]
    assert all(c is not None for c in people)
    tot_col = people[-1]
    tot_row = rd.row_index(TOTAL)
    assert tot_row is not None and tot_col is not None
    rows = range(len(rd.labels))
    for r in rows:
        rd.count(*((r, c) for c in people if c is not None))
        rd.sum_is([(r, c) for c in people[:-1] if c is not None], (r, tot_col), why="kön → Totalt")
    for c in people:
        assert c is not None
        rd.sum_is([(r, c) for r in rows if r != tot_row], (tot_row, c), why="typer → Totalt")


def _besok(rd: _Reader, scale: tuple[int, int]) -> None:
    """Women and men, and the returning, are among the visits; each visit brought at least
    one snabbärende; the sites add up to Totalt; the ratio rests on its counts."""
    visits, women, men, returning, quick, per = (
        rd.row_index(x)
        for x in (
            "Besök",
            "varav kvinnor",
            "varav män",
            "varav återkommande",
            "Snabbärenden",
            "Snabbärenden per besök",
        )
    )
    assert None not in (visits, women, men, returning, quick, per)
    assert visits is not None and women is not None and men is not None
    assert returning is not None and quick is not None and per is not None
    cols = range(len(rd.columns))
    tot_col = rd.col_index(TOTAL, required=False) if len(rd.columns) > 1 else None
    for c in cols:
        rd.count(*((r, c) for r in (visits, women, men, returning, quick)))
        rd.sum_at_most([(women, c), (men, c)], (visits, c), why="kön ⊆ besök")
        rd.sum_at_most([(returning, c)], (visits, c), why="återkommande ⊆ besök")
        rd.sum_at_most([(visits, c)], (quick, c), why="besök ≤ snabbärenden")
        f = rd.fig((per, c))
        if f.state == "shown":
            assert f.value is not None
            iv = shown_interval(f.value, f.places)
            rd.ratio([((quick, c), 1)], (visits, c), iv, why="snabbärenden per besök")
        elif f.state == "dash":
            rd.eq([((visits, c), 1)], 0, why="per besök '–': inga besök")
    if tot_col is None:
        return
    sites = [c for c in cols if c != tot_col]
    for r in (visits, women, men, returning, quick):
        rd.sum_is([(r, c) for c in sites], (r, tot_col), why="mötesplatser → Totalt")


# The indicator table's rows of people counts, by label; the other rows are no people or no
# counts (FTE, cost, sessions held, activities held).
_INDICATOR_COUNTS = (
    "Snabbärenden",
    "Besök",
    "Besökare på aktiviteter",
    "Genomförda mätningar",
    "Avslut till egen försörjning",
    "Avslut totalt",
)


def _indikatorer(rd: _Reader, scale: tuple[int, int]) -> None:
    """Per year Kvinnor + Män ≤ Totalt (Ej angivet is in Totalt only); avslut till egen
    försörjning are among all avslut and visits among snabbärenden; the share of avslut till
    egen försörjning rests on both avslut rows when they are shown; years without data are
    ``–``. Whether a target is met says Totalt ≥ or ≤ the target, which only a shown Totalt
    can say: a judged hidden Totalt must read ``..``."""
    years = sorted({c.split()[0] for c in rd.columns if c.split()[0].isdigit()})
    found = [rd.col_index(f"{y} {g}") for y in years for g in ("Kvinnor", "Män", "Totalt")]
    cols = [c for c in found if c is not None]
    assert len(cols) == len(found)
    rows = {label: r for r, label in enumerate(rd.labels)}
    met = rd.col_index("Uppfyllt")

    def blank(cell: Cell) -> bool:
        return rd.v(cell) is None or rd.v(cell) == DASH

    for label, r in rows.items():
        if label not in _INDICATOR_COUNTS:
            continue
        for k in range(len(years)):
            women, men, total = cols[3 * k : 3 * k + 3]
            present = [c for c in (women, men, total) if not blank((r, c))]
            rd.count(*((r, c) for c in present))
            if total in present:
                parts = [(r, c) for c in (women, men) if c in present]
                rd.sum_at_most(parts, (r, total), why="kön ⊆ Totalt")
        if met is not None and rd.v((r, met)) in ("ja", "nej"):
            hidden = rd.v((r, cols[-1])) in MARKERS
            assert not hidden, f"{label}: Uppfyllt visas för ett dolt Totalt"
    pairs = (("Avslut till egen försörjning", "Avslut totalt"), ("Besök", "Snabbärenden"))
    for part, whole in pairs:
        if part in rows and whole in rows:
            for c in cols:
                if not blank((rows[part], c)) and not blank((rows[whole], c)):
                    rd.sum_at_most([(rows[part], c)], (rows[whole], c), why=f"{part} ≤ {whole}")
    share = rows.get("Andel avslut till egen försörjning")
    own, every = rows.get("Avslut till egen försörjning"), rows.get("Avslut totalt")
    if share is None or own is None or every is None:
        return
    for c in cols:
        f = rd.fig((share, c))
        if f.state == "shown" and not blank((own, c)) and not blank((every, c)):
            assert f.value is not None
            iv = shown_interval(f.value, 0).scaled(Fraction(1, 100))
            rd.ratio([((own, c), 1)], (every, c), iv, why=f"andel {f.value} %")


def _upplevelse(rd: _Reader, scale: tuple[int, int]) -> None:
    """Per statement: those agreeing are among the answers, and so are the answers tied to a
    woman's or a man's code (anonymous answers have no gender); the share rests on its counts."""
    n, k, share = (rd.col_index(c) for c in ("Svar", "Instämmer", "Andel instämmer"))
    assert n is not None and k is not None and share is not None
    pairs = []
    for g in ("Kvinnor", "Män"):
        gn, gk = (
            rd.col_index(f"{g} Svar", required=False),
            rd.col_index(f"{g} Instämmer", required=False),
        )
        if gn is not None and gk is not None:
            pairs.append((gn, gk))
    for r in range(len(rd.labels)):
        rd.count((r, n), (r, k))
        rd.sum_at_most([(r, k)], (r, n), why="instämmer ≤ svar")
        for gn, gk in pairs:
            rd.sum_at_most([(r, gk)], (r, gn), why="instämmer ≤ svar, per kön")
        if pairs:
            rd.sum_at_most([(r, gn) for gn, _ in pairs], (r, n), why="kön ≤ alla svar")
            rd.sum_at_most([(r, gk) for _, gk in pairs], (r, k), why="kön ≤ alla instämmer")
        f = rd.fig((r, share))
        if f.state == "shown":
            assert f.value is not None
            iv = shown_interval(f.value, 0).scaled(Fraction(1, 100))
            rd.ratio([((r, k), 1)], (r, n), iv, why=f"andel {f.value} %")
        elif f.state == "dash":
            rd.eq([((r, n), 1)], 0, why="andel '–': inga svar")


_READERS = {
    "upplevelse": _upplevelse,
    "indikatorer": _indikatorer,
    "aktiviteter": _aktiviteter,
    "besok": _besok,
    "dropin": _dropin,
    "avslut": _avslut,
    "flow": _flow,
    "resources": _resources,
    "bip": _bip,
    "bip-rounds": _bip_rounds,
    "sprakgrupp": _sprakgrupp,
    "utfall": _utfall,
    "aktivitetsplikt": _aktivitetsplikt,
    "uppfoljning": _uppfoljning,
}


def _read(
    report_key: str,
    table: ReportTable,
    scale: tuple[int, int],
    units: Mapping[str, Iterable[str]] | None = None,
) -> _Reader:
    if report_key not in _READERS:
        raise ValueError(f"okänd rapport {report_key!r}; välj bland {', '.join(REPORTS)}")
    if table.lang != "sv":
        raise LayoutError("granskningen läser svenska etiketter (lang='sv')")
    rd = _Reader(table, units)
    _READERS[report_key](rd, scale)
    for r, vals in enumerate(rd.grid):
        for c, v in enumerate(vals):
            if (r, c) in rd.counts:
                if not (isinstance(v, int) and not isinstance(v, bool)) and v not in MARKERS:
                    raise LayoutError(f"{rd.name((r, c))}: väntade ett antal, fick {v!r}")
            elif v == HIDDEN:
                raise LayoutError(f"{rd.name((r, c))}: '<5' i en cell som inte är ett antal")
    return rd


def relations(
    report_key: str,
    table: ReportTable,
    *,
    scale: tuple[int, int] = (0, 100),
    units: Mapping[str, Iterable[str]] | None = None,
) -> list[Relation]:
    """Every linear relation a reader of this report knows, over cell positions.

    ``scale`` is the (lowest, highest) value of a BIP reading; the factor sets allow 0–100.
    ``units``: the sites of each column block, when blocks may overlap (site groups).
    """
    return _read(report_key, table, scale, units).rels


def count_cells(report_key: str, table: ReportTable) -> set[Cell]:
    """The positions that hold counts (where a marker hides a count)."""
    return _read(report_key, table, (0, 100)).counts


# -- The attack ---------------------------------------------------------------------------


@dataclass
class _Row:
    """One constraint in integer form: lo ≤ Σ k·var ≤ hi."""

    coefs: dict[Var, int]
    lo: int | None
    hi: int | None
    why: str


def _integer_form(rel: Relation, value: Mapping[Cell, int]) -> _Row:
    coefs: dict[Var, Fraction] = {}
    const = Fraction(0)
    for var, k in rel.terms:
        if not isinstance(var, Aux) and var in value:
            const += k * value[var]
        else:
            coefs[var] = coefs.get(var, Fraction(0)) + k
    coefs = {v: k for v, k in coefs.items() if k != 0}
    scale = math.lcm(*(k.denominator for k in coefs.values())) if coefs else 1
    lo = hi = None
    if rel.lo is not None:
        x = (rel.lo - const) * scale
        lo = math.floor(x) + 1 if rel.lo_open and x.denominator == 1 else math.ceil(x)
    if rel.hi is not None:
        x = (rel.hi - const) * scale
        hi = math.ceil(x) - 1 if rel.hi_open and x.denominator == 1 else math.floor(x)
    ints = {v: int(k * scale) for v, k in coefs.items()}
    return _Row(ints, lo, hi, rel.why)


def _tighten(
    rows: Sequence[_Row], lo: dict[Var, int], hi: dict[Var, int], secondary: set[Var]
) -> bool:
    """Bound propagation (sound: every feasible point stays); False when none is left."""
    for _ in range(60):
        changed = False
        for row in rows:
            items = list(row.coefs.items())
            amin = sum(k * (lo[v] if k > 0 else hi[v]) for v, k in items)
            amax = sum(k * (hi[v] if k > 0 else lo[v]) for v, k in items)
            if (row.lo is not None and amax < row.lo) or (row.hi is not None and amin > row.hi):
                return False
            for v, k in items:
                new_lo, new_hi = lo[v], hi[v]
                if row.hi is not None:  # k·v ≤ hi − (the others at their least)
                    rest = row.hi - (amin - k * (lo[v] if k > 0 else hi[v]))
                    if k > 0:
                        new_hi = min(new_hi, rest // k)
                    else:
                        new_lo = max(new_lo, -(-rest // k))
                if row.lo is not None:  # k·v ≥ lo − (the others at their most)
                    rest = row.lo - (amax - k * (hi[v] if k > 0 else lo[v]))
                    if k > 0:
                        new_lo = max(new_lo, -(-rest // k))
                    else:
                        new_hi = min(new_hi, rest // k)
                if v in secondary:  # 0 or at least 5
                    if new_hi < 5:
                        new_hi = 0
                    if new_lo >= 1:
                        new_lo = max(new_lo, 5)
                if new_lo > new_hi:
                    return False
                if (new_lo, new_hi) != (lo[v], hi[v]):
                    lo[v], hi[v] = new_lo, new_hi
                    changed = True
        if not changed:
            break
    return True


class _Component:
    """The hidden cells (and helper integers) tied together by relations: one model, built
    once and solved for each cell's least and greatest value."""

    def __init__(
        self,
        variables: list[Var],
        rows: list[_Row],
        markers: Mapping[Cell, str],
        big: int,
        secondary_least: int,
    ) -> None:
        self.vars = variables
        index = {v: i for i, v in enumerate(variables)}
        lo: dict[Var, int] = {}
        hi: dict[Var, int] = {}
        for v in variables:
            if isinstance(v, Aux):
                lo[v], hi[v] = v.lo, v.hi
            elif markers[v] == HIDDEN:
                lo[v], hi[v] = 1, 4
            elif markers[v] == SECONDARY:
                lo[v], hi[v] = secondary_least, big
            else:
                lo[v], hi[v] = 0, big
        secondary: set[Var] = {
            v for v in variables if not isinstance(v, Aux) and markers[v] == SECONDARY
        }
        self.consistent = _tighten(rows, lo, hi, secondary)
        self.bounds = [(lo[v], hi[v]) for v in variables]
        # Only a ".." that may still be 0 or 5+ needs its switch b: 5·b ≤ x ≤ max·b.
        switched = [v for v in variables if v in secondary and lo[v] == 0 and hi[v] >= 5]
        n = len(variables) + len(switched)
        self.lb = np.array([lo[v] for v in variables] + [0] * len(switched), dtype=float)
        self.ub = np.array([hi[v] for v in variables] + [1] * len(switched), dtype=float)
        a: list[np.ndarray] = []
        cl: list[float] = []
        cu: list[float] = []
        for row in rows:
            line = np.zeros(n)
            for v, k in row.coefs.items():
                line[index[v]] += k
            a.append(line)
            cl.append(-np.inf if row.lo is None else row.lo)
            cu.append(np.inf if row.hi is None else row.hi)
        for j, v in enumerate(switched):
            i, b = index[v], len(variables) + j
            line = np.zeros(n)
            line[i], line[b] = 1, -5
            a.append(line)
            cl.append(0)
            cu.append(np.inf)
            line = np.zeros(n)
            line[i], line[b] = 1, -hi[v]
            a.append(line)
            cl.append(-np.inf)
            cu.append(0)
        self.a = csr_array(np.array(a) if a else np.zeros((0, n)))
        self.cl, self.cu = np.array(cl), np.array(cu)
        self.relaxed = self.a[: len(rows), : len(variables)]
        # which cells share a relation (to push several apart in one solve)
        self.touches: list[set[int]] = [set() for _ in variables]
        for row in rows:
            members = [index[v] for v in row.coefs]
            for i in members:
                self.touches[i].update(members)
        self.n_rows = len(rows)
        self.switched = [index[v] for v in switched]
        self.seen: list[set[int]] = [set() for _ in variables]
        self.solves = 0

    @staticmethod
    def _milp(
        c: np.ndarray,
        lb: np.ndarray,
        ub: np.ndarray,
        a: csr_array,
        cl: np.ndarray,
        cu: np.ndarray,
        integral: bool = True,
    ) -> np.ndarray | None:
        res = milp(
            c,
            integrality=np.ones(len(c)) if integral else np.zeros(len(c)),
            bounds=Bounds(lb, ub),
            constraints=[LinearConstraint(a, cl, cu)] if a.shape[0] else [],
            # HiGHS's presolve (scipy 1.17) has returned a wrong optimum on these small models
            # (a minimum of 3 where 2 was feasible): solve without it.
            options={"mip_rel_gap": 0, "presolve": False},
        )
        if res.status == 2:
            return None
        if res.status != 0 or res.x is None:
            raise RuntimeError(f"milp: {res.message}")
        if not integral:
            return np.asarray(res.x)
        x = np.round(res.x)
        if np.max(np.abs(x - res.x), initial=0) > 1e-6:
            raise RuntimeError("milp gav ett icke-heltal")
        return x

    def lp_bound(self, i: int, sign: float, marker: str) -> int:
        """A proven bound from the linear relaxation (no integers, 1–4 allowed in ".."):
        the least value of cell ``i`` for sign +1, the greatest for -1."""
        k, m = len(self.vars), self.n_rows
        c = np.zeros(k)
        c[i] = sign
        lo, hi = self.bounds[i]
        x = self._milp(c, self.lb[:k], self.ub[:k], self.relaxed, self.cl[:m], self.cu[:m], False)
        if x is None:  # cannot happen for a feasible component; fall back on propagation
            return lo if sign > 0 else hi
        if sign > 0:
            b = max(lo, math.ceil(x[i] - 1e-6))
            return 5 if marker == SECONDARY and 1 <= b <= 4 else b
        b = min(hi, math.floor(x[i] + 1e-6))
        return 0 if marker == SECONDARY and 1 <= b <= 4 else b

    def solve(self, objective: np.ndarray, lb: np.ndarray, ub: np.ndarray) -> np.ndarray | None:
        """An optimal point, or None when there is none; every point found is remembered."""
        self.solves += 1
        k = len(self.vars)
        x = self._milp(objective, lb, ub, self.a, self.cl, self.cu)
        if x is None:
            return None
        # Check the rounded point exactly, so no impossible value is ever counted.
        if self.a.shape[0]:
            lhs = self.a @ x
            if np.any(lhs < self.cl - 1e-9) or np.any(lhs > self.cu + 1e-9):
                raise RuntimeError("milp gav en lösning som bryter mot villkoren")
        if np.any(x < lb - 1e-9) or np.any(x > ub + 1e-9):
            raise RuntimeError("milp gav en lösning utanför gränserna")
        for i, v in enumerate(x[:k]):
            self.seen[i].add(int(v))
        return x

    def objective(self, i: int | None, sign: float) -> np.ndarray:
        c = np.zeros(len(self.lb))
        if i is not None:
            c[i] = sign
        return c

    def feasible_at(self, i: int, value: int) -> bool:
        if value in self.seen[i]:
            return True
        if not self.bounds[i][0] <= value <= self.bounds[i][1]:
            return False
        lb, ub = self.lb.copy(), self.ub.copy()
        lb[i] = ub[i] = value
        return self.solve(np.zeros(len(lb)), lb, ub) is not None

    def extreme(self, i: int, sign: float) -> int:
        x = self.solve(self.objective(i, sign), self.lb, self.ub)
        assert x is not None  # the component was feasible
        return int(x[i])


def _domain_count(marker: str, low: int, high: int) -> int:
    if marker == SECONDARY:
        return (1 if low == 0 else 0) + max(0, high - max(low, 5) + 1)
    return high - low + 1


AT_LEAST_FIVE = ("alltid minst 5", "always 5 or more")


def says_at_least_five(table: ReportTable) -> bool:
    """Does the table tell its reader that a ``..`` count is never 0?"""
    texts = (*table.notes, *getattr(table, "legend", ()))
    return any(phrase in text for text in texts for phrase in AT_LEAST_FIVE)


def _push_apart(comp: _Component, cells: list[int], sign: float) -> None:
    """Solves that push many cells down (sign +1) or up (-1) at once; the points found
    settle every cell that reaches a proven bound in one of them."""
    if len(cells) > 2:
        c = np.zeros(len(comp.lb))
        c[cells] = sign
        comp.solve(c, comp.lb, comp.ub)


def _extremes(
    comp: _Component, cells: list[int], marker_of: Mapping[int, str]
) -> dict[tuple[int, float], int]:
    """The exact least (sign +1) and greatest (-1) value of each cell."""
    found: dict[tuple[int, float], int] = {}
    for sign in (1.0, -1.0):
        pending = []
        for i in cells:
            lo, hi = comp.bounds[i]
            bound = lo if sign > 0 else hi
            if lo == hi or bound in comp.seen[i]:
                found[i, sign] = bound
            else:
                pending.append(i)
        bound_of: dict[int, int] = {}
        if len(pending) > 8:  # proven bounds from the relaxation, then points that reach them
            bound_of = {i: comp.lp_bound(i, sign, marker_of[i]) for i in pending}
            while True:
                for i in pending:
                    if bound_of[i] in comp.seen[i]:
                        found[i, sign] = bound_of[i]
                pending = [i for i in pending if (i, sign) not in found]
                apart: list[int] = []  # cells that share no relation
                near: set[int] = set()
                for i in pending:
                    if i not in near:
                        apart.append(i)
                        near |= comp.touches[i]
                if len(apart) < 3:
                    break
                _push_apart(comp, apart, sign)
                if not any(bound_of[i] in comp.seen[i] for i in apart):
                    break
        for i in pending:  # each solve's point may settle later cells as well
            if (i, sign) in found:
                continue
            if i in bound_of and bound_of[i] in comp.seen[i]:
                found[i, sign] = bound_of[i]
            else:
                found[i, sign] = comp.extreme(i, sign)
    return found


def _cell_ranges(
    comp: _Component, markers: Mapping[Cell, str], exact: bool
) -> Iterable[tuple[int, int, int, int, bool]]:
    """(index, low, high, values, exact) per hidden cell of one feasible component."""
    cells = [i for i, v in enumerate(comp.vars) if not isinstance(v, Aux)]
    _push_apart(comp, cells, 1.0)
    _push_apart(comp, cells, -1.0)
    marker_of = {i: markers[comp.vars[i]] for i in cells}  # type: ignore[index]
    if exact:
        found = _extremes(comp, cells, marker_of)
        for i in cells:
            low, high = found[i, 1.0], found[i, -1.0]
            if marker_of[i] == HIDDEN:
                values = sum(1 for k in range(low, high + 1) if comp.feasible_at(i, k))
            else:
                values = _domain_count(marker_of[i], low, high)
            yield i, low, high, values, True
        return
    # Enough to judge the rule: a "<5" needs three possible values, any other hidden cell
    # two; what is pinned or short of values is established exactly.
    for i in cells:
        lo, hi = comp.bounds[i]  # proven: nothing outside is possible
        seen = {k for k in comp.seen[i] if lo <= k <= hi}
        if marker_of[i] == HIDDEN:
            decided = set(seen)
            for k in range(lo, hi + 1):
                if len(seen) >= 3:
                    break
                if k not in decided:
                    decided.add(k)
                    if comp.feasible_at(i, k):
                        seen.add(k)
            complete = len(decided) == hi - lo + 1
            yield i, min(seen), max(seen), len(seen), complete
            continue
        low_known, high_known = min(seen) == lo, max(seen) == hi
        if len(seen) < 2 and not (low_known and high_known):
            (only,) = seen
            if not low_known:
                seen.add(comp.extreme(i, 1.0))
                low_known = True
            if min(seen) == only and not high_known:
                seen.add(comp.extreme(i, -1.0))
                high_known = True
        low, high = min(seen), max(seen)
        yield i, low, high, _domain_count(marker_of[i], low, high), low_known and high_known


def audit(
    report_key: str,
    table: ReportTable,
    *,
    extra_values: Mapping[Cell, int] | None = None,
    extra_sums: Iterable[tuple[Sequence[Cell], int]] = (),
    scale: tuple[int, int] = (0, 100),
    big: int = BIG,
    exact: bool = True,
    secondary_zero: bool | None = None,
    units: Mapping[str, Iterable[str]] | None = None,
    parts: Mapping[str, int] | None = None,
) -> list[CellRange]:
    """The feasible range of every hidden count cell of a protected table.

    ``units`` tells the reader which sites each column block holds, when some blocks are
    site groups that may overlap: then the blocks and Totalt add up through the parts of the
    sites (``part_key``), and a part no column shows is a count the reader may work out.
    ``parts`` gives such parts' true counts: each one of 1–4 is attacked like a ``<5`` cell
    and reported with column −1.

    A ``..`` count is 0 or at least 5, unless ``secondary_zero`` is False or (when it is
    None) the table's own legend or notes tell the reader that it is always at least 5.

    With ``exact=False`` a cell's range is worked out only as far as the rule needs (two
    possible values, three for ``<5``); pinned and poorly protected cells are still exact,
    and ``CellRange.exact`` says which are.

    ``extra_values`` are figures published elsewhere in the same output (e.g. in the prose)
    equal to one cell; ``extra_sums`` figures equal to the sum of some cells. Raises
    AssertionError when the table contradicts its own markers and relations.
    """
    rd = _read(report_key, table, scale, units)
    if secondary_zero is None:
        secondary_zero = not says_at_least_five(table)
    rels = list(rd.rels)
    for cell, n in (extra_values or {}).items():
        rels.append(Relation(((cell, Fraction(1)),), Fraction(n), Fraction(n), why="prosa"))
        rd.count(cell)
    for cells, n in extra_sums:
        terms = tuple((cell, Fraction(1)) for cell in cells)
        rels.append(Relation(terms, Fraction(n), Fraction(n), why="prosa (summa)"))
        rd.count(*cells)

    value: dict[Cell, int] = {}
    markers: dict[Cell, str] = {}
    for cell in sorted(rd.counts):
        v = rd.v(cell)
        if isinstance(v, int) and not isinstance(v, bool):
            value[cell] = v
        elif v in MARKERS:
            markers[cell] = str(v)
        else:
            raise LayoutError(f"{rd.name(cell)}: väntade ett antal, fick {v!r}")

    rows = [_integer_form(rel, value) for rel in rels]
    parent: dict[Var, Var] = {cell: cell for cell in markers}

    def find(v: Var) -> Var:
        parent.setdefault(v, v)
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    for row in rows:
        if not row.coefs:  # published figures only: they must agree
            if (row.lo is not None and row.lo > 0) or (row.hi is not None and row.hi < 0):
                raise AssertionError(
                    f"tabellen motsäger sig själv ({row.why}): de visade talen stämmer inte"
                )
            continue
        first, *rest = row.coefs
        for v in rest:
            parent[find(v)] = find(first)
        find(first)

    groups: dict[Var, list[Var]] = {}
    for v in parent:
        groups.setdefault(find(v), []).append(v)
    by_root: dict[Var, list[_Row]] = {}
    for row in rows:
        if row.coefs:
            by_root.setdefault(find(next(iter(row.coefs))), []).append(row)

    out: list[CellRange] = []
    for root, members in groups.items():
        comp_rows = by_root.get(root, [])
        comp = _Component(members, comp_rows, markers, big, 0 if secondary_zero else 5)
        if not comp.consistent or comp.solve(comp.objective(None, 0), comp.lb, comp.ub) is None:
            names = ", ".join(rd.name(v) for v in members if not isinstance(v, Aux))
            whys = sorted({r.why for r in comp_rows})
            raise AssertionError(
                "tabellen går inte ihop med sina egna markeringar: inga värden för "
                f"[{names}] uppfyller {whys}"
            )
        for i, lo, hi, values, ok in _cell_ranges(comp, markers, exact):
            v = members[i]
            assert not isinstance(v, Aux)
            key = rd.keys[v[0]]
            label = f"{key} / {rd.labels[v[0]]}" if key else rd.labels[v[0]]
            column = rd.columns[v[1]]
            out.append(CellRange(v[0], v[1], markers[v], lo, hi, values, label, column, ok))
        for i, v in enumerate(members):
            if isinstance(v, Aux) and v in rd.parts and 0 < (parts or {}).get(v.name, 0) < 5:
                out.append(_part_range(comp, i, v))
    out.sort(key=lambda x: (x.row, x.col))
    return out


def _part_range(comp: _Component, i: int, aux: Aux) -> CellRange:
    """What a reader can work out about a part no column shows: its least and greatest value
    and how many values are possible (counted up to three, the rule's need)."""
    low, high = comp.extreme(i, 1.0), comp.extreme(i, -1.0)
    values = 0
    for k in range(low, high + 1):
        if values >= 3:
            break
        values += int(comp.feasible_at(i, k))
    return CellRange(int(aux.name.split("|")[0]), -1, HIDDEN, low, high, values, aux.name)


def unsafe(ranges: Iterable[CellRange]) -> list[CellRange]:
    """The cells that break the rule: pinned, or a ``<5`` with fewer than three values."""
    return [x for x in ranges if x.pinned or (x.marker == HIDDEN and x.values < 3)]


def assert_safe(report_key: str, table: ReportTable, **kw: object) -> int:
    """Assert the rule on a protected table; returns the number of hidden cells audited.
    Takes ``audit``'s keywords; ``exact`` is False unless given (the rule needs no more)."""
    kw.setdefault("exact", False)
    ranges = audit(report_key, table, **kw)  # type: ignore[arg-type]
    bad = unsafe(ranges)
    assert not bad, f"{report_key}: {table.title}: röjda celler:\n" + "\n".join(
        x.describe() for x in bad
    )
    return len(ranges)

"""Small-count protection of a published table, and the attack that checks it.

What a reader sees and knows:

- a count of 1–4 is shown as ``<5`` (primary suppression);
- further counts are hidden as ``..`` (secondary suppression) so that no hidden count can be
  worked out from what the table publishes. Zeros are never hidden, so a reader knows that a
  ``..`` count is at least 5;
- a small total whose breakdown would narrow its parts to one or two values (three parts of 1
  add up to a ``<5`` total of 3: each part is then 1 or 2) is not published at all (``x``);
- every relation the table declares (``ReportTable.sums``: K + M = Totalt, sites → Totalt,
  reasons → subtotal → Totalsumma, …) holds for the true counts;
- a derived figure (share, mean, median, cost per avslut …) is published only while every
  count it rests on is, so it says nothing the counts do not; prose is rendered from the
  protected cells (``ReportTable.prose``).

The rule: no hidden count can be pinned to a single value, and every ``<5`` count keeps at
least three possible values, whatever integer solution of the published relations a reader
looks for. Secondary cells are chosen greedily, smallest count first, and every choice is
verified by an exact integer program (HiGHS) over the hidden cells: the table is safe when this
module returns it, not by a rule of thumb.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from vagledare.journal.terms import term
from vagledare.reports.table import (
    HIDDEN,
    SECONDARY,
    WITHHELD,
    Cell,
    Derived,
    ReportTable,
    Row,
    Section,
    Share,
    Sum,
    Value,
)

__all__ = ["HIDDEN", "LIMIT", "SECONDARY", "WITHHELD", "protect", "attack"]

LIMIT = 5
_BIG = 10_000_000  # "no upper bound" for a hidden count a reader cannot bound
_MIN_VALUES = 3  # possible values every <5 cell keeps
_BOUNDS = {HIDDEN: (1.0, LIMIT - 1.0), SECONDARY: (float(LIMIT), _BIG), WITHHELD: (0.0, _BIG)}


def _is_count(v: Value) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _counts(table: ReportTable) -> dict[Cell, int]:
    out: dict[Cell, int] = {}
    for r, (_, row) in enumerate(table.rows()):
        if row.people:
            for c, v in enumerate(row.values):
                if table.people_columns is not None and c not in table.people_columns:
                    continue
                if _is_count(v):
                    out[(r, c)] = v  # type: ignore[assignment]
    return out


def _value_of(table: ReportTable, counts: dict[Cell, int], at: Cell) -> int:
    if at in counts:
        return counts[at]
    v = table.cell(at)
    return v if _is_count(v) else 0  # type: ignore[return-value]


@dataclass
class _Problem:
    """The cells' true values, the relations and the current pattern of hidden cells."""

    values: dict[Cell, int]
    sums: list[Sum]
    counted: set[Cell]  # the people counts (other cells in relations are never hidden)
    status: dict[Cell, str] = field(default_factory=dict)
    by_cell: dict[Cell, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for i, s in enumerate(self.sums):
            for at in (s.total, *s.parts):
                self.by_cell.setdefault(at, []).append(i)

    def cost(self, at: Cell) -> tuple[int, int, Cell]:
        """What hiding ``at`` costs: first the relations in which it would be the only hidden
        cell (each then needs a partner hidden in turn), then its count (what readers lose)."""
        lonely = 0
        for k in self.by_cell.get(at, ()):
            s = self.sums[k]
            if not any(x in self.status for x in (s.total, *s.parts) if x != at):
                lonely += 1
        return lonely, self.values[at], at

    def components(self) -> list[list[Cell]]:
        """Hidden cells linked by relations (a shown cell is a constant and links nothing)."""
        parent = {at: at for at in self.status}

        def find(x: Cell) -> Cell:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for s in self.sums:
            hidden = [at for at in (s.total, *s.parts) if at in self.status]
            for at in hidden[1:]:
                a, b = find(hidden[0]), find(at)
                if a != b:
                    parent[a] = b
        groups: dict[Cell, list[Cell]] = {}
        for at in self.status:
            groups.setdefault(find(at), []).append(at)
        return [sorted(g) for g in groups.values()]


_quiet = False


def _highs() -> Any:  # highspy is imported on first use
    """A silent HiGHS instance (its first construction prints a banner on standard output,
    which would mix with the command line's own output)."""
    import os
    import sys

    import highspy

    global _quiet
    if _quiet:
        h = highspy.Highs()
    else:
        sys.stdout.flush()
        saved = os.dup(1)
        try:
            with open(os.devnull, "wb") as null:
                os.dup2(null.fileno(), 1)
                h = highspy.Highs()
        finally:
            os.dup2(saved, 1)
            os.close(saved)
        _quiet = True
    h.setOptionValue("output_flag", False)
    return h


class _Model:
    """One component of hidden cells as a linear program over the published relations, built
    once and solved for the lowest and highest value of each cell. The simplex restarts from
    the last basis, so each bound costs little; where the optimum it finds is not whole
    numbers, the bound is settled by the integer program."""

    def __init__(self, problem: _Problem, cells: list[Cell]) -> None:
        import highspy
        import numpy as np

        self.cells = cells
        self.index = {at: i for i, at in enumerate(cells)}
        self.lower: list[float] = []
        self.upper: list[float] = []
        for at in cells:
            lo, hi = _BOUNDS[problem.status[at]]
            self.lower.append(lo)
            self.upper.append(hi)
        self.rows: list[tuple[float, float, list[int], list[float]]] = []
        mine = set(cells)
        seen: set[int] = set()
        for at in cells:
            for k in problem.by_cell.get(at, ()):
                if k not in seen:
                    seen.add(k)
                    s = problem.sums[k]
                    if any(x in mine for x in (s.total, *s.parts)):
                        self._add_sum(problem, s)
        self.highspy = highspy
        self.np = np
        self.truth = np.array([problem.values[at] for at in cells])
        self.lp = self._build(integer=False)
        self.ilp: Any = None  # built when a bound needs it
        self._cost_at: int | None = None

    def _add_sum(self, problem: _Problem, s: Sum) -> None:
        inf = float("inf")

        def row(terms: Iterable[tuple[Cell, float]], lo: float, hi: float) -> None:
            coef: dict[int, float] = {}
            const = 0.0
            for at, k in terms:
                if at in self.index:
                    coef[self.index[at]] = coef.get(self.index[at], 0.0) + k
                else:
                    const += k * problem.values.get(at, 0)
            coef = {i: k for i, k in coef.items() if k}
            if coef:
                self.rows.append((lo - const, hi - const, list(coef), list(coef.values())))

        weights = s.weights or (1,) * len(s.parts)
        terms = [(s.total, 1.0), *((p, -float(w)) for p, w in zip(s.parts, weights, strict=True))]
        if s.kind == "=":  # total − Σ parts = 0
            row(terms, 0.0, 0.0)
        elif s.kind == "≥":  # total − Σ parts ≥ 0
            row(terms, 0.0, inf)
        elif s.kind == "≤":  # total − Σ w·parts ≤ 0
            row(terms, -inf, 0.0)
        else:  # pooled: each part ≤ total ≤ Σ parts
            row(terms, -inf, 0.0)
            for p in s.parts:
                row([(s.total, 1.0), (p, -1.0)], 0.0, inf)

    def _build(self, *, integer: bool) -> Any:
        np, highspy = self.np, self.highspy
        h = _highs()
        n = len(self.cells)
        h.addVars(n, np.array(self.lower), np.array(self.upper))
        if not integer:  # each bound restarts from the last basis; presolve would undo that
            h.setOptionValue("presolve", "off")
            h.setOptionValue("solver", "simplex")
        else:
            h.setOptionValue("mip_rel_gap", 0.0)
            # HiGHS's presolve has been seen to return a wrong optimum on models like these
            # (the tests' audit found a minimum of 3 where 2 was possible): never trust it here.
            h.setOptionValue("presolve", "off")
            h.changeColsIntegrality(
                n, np.arange(n, dtype=np.int32), np.array([highspy.HighsVarType.kInteger] * n)
            )
        inf = h.getInfinity()
        for lo, hi, idx, val in self.rows:
            h.addRow(
                max(lo, -inf),
                min(hi, inf),
                len(idx),
                np.array(idx, dtype=np.int32),
                np.array(val, dtype=float),
            )
        return h

    def _optimum(self, h: Any, cost: Any = None) -> list[float] | None:
        """Solve, with a new objective or (far cheaper: the last basis stays optimal for it)
        the one the model already has."""
        if cost is not None:
            n = len(self.cells)
            h.changeColsCost(n, self.np.arange(n, dtype=self.np.int32), cost)
        h.run()
        if h.getModelStatus() != self.highspy.HighsModelStatus.kOptimal:
            return None
        return list(h.getSolution().col_value)

    def solve(self, cost: Any) -> list[int]:
        """A whole-number solution that minimises ``cost``: the relaxation's optimum when it is
        whole numbers (then it is also the integer optimum), else the integer program's."""
        x = self._optimum(self.lp, cost)
        if x is None:
            raise RuntimeError("the table contradicts its own relations")
        whole = _whole(x)
        if whole is not None:
            return whole
        if self.ilp is None:
            self.ilp = self._build(integer=True)
        x = self._optimum(self.ilp, cost)
        if x is None:
            raise RuntimeError("the table contradicts its own relations")
        return [round(v) for v in x]

    def extreme(self, i: int, sense: int) -> list[int]:
        """A solution with cell ``i`` as low (sense 1) or as high (sense −1) as it can be."""
        cost = self.np.zeros(len(self.cells))
        cost[i] = float(sense)
        return self.solve(cost)

    def feasible_with(self, i: int, value: int, high: float | None = None) -> list[int] | None:
        """A possible table with cell ``i`` at ``value`` (or between ``value`` and ``high``);
        None when there is none. The relaxation answers first: if it has no solution, neither
        has the integer program. The objective stays as it is, so the simplex restarts from
        its last basis."""
        high = value if high is None else high
        found = None
        n = len(self.cells)
        # The relaxation as it stands; then with another objective (another vertex may be whole
        # numbers); then the integer program, with no objective (its first solution will do).
        for step in range(3):
            h: Any = self.lp
            cost: Any = None
            if step == 1:
                cost = self.np.linspace(1.0, -1.0, n)
            elif step == 2:
                if self.ilp is None:
                    self.ilp = self._build(integer=True)
                h, cost = self.ilp, self.np.zeros(n)
            h.changeColBounds(i, value, high)
            try:
                x = self._optimum(h, cost)
            finally:
                h.changeColBounds(i, self.lower[i], self.upper[i])
            if x is None:
                return None
            found = _whole(x)
            if found is not None:
                break
        return found


@dataclass(frozen=True)
class CellRange:
    """What a reader can work out about one hidden cell."""

    cell: Cell
    marker: str
    low: int
    high: int
    values: int  # possible values (for a <5 cell, how many of 1–4 are possible)

    @property
    def safe(self) -> bool:
        if self.low == self.high:
            return False
        return self.marker != HIDDEN or self.values >= _MIN_VALUES


class _Attack:
    def __init__(self, problem: _Problem) -> None:
        self.problem = problem
        self.models: dict[tuple[tuple[Cell, str], ...], _Model] = {}
        self._component_of: dict[Cell, list[Cell]] = {}
        # Values each hidden cell is known to take in some possible table (the true one first).
        self.seen: dict[Cell, set[int]] = {}
        import numpy as np

        self.rng = np.random.default_rng(14)

    def refresh(self) -> None:
        """After cells were hidden: the components again (a model is rebuilt only for a
        component that changed)."""
        self._component_of = {}
        self._model_of: dict[Cell, _Model] = {}
        for comp in self.problem.components():
            for at in comp:
                self._component_of[at] = comp

    def model(self, at: Cell) -> _Model:
        found = self._model_of.get(at)
        if found is not None:
            return found
        comp = self._component_of[at]
        key = tuple((x, self.problem.status[x]) for x in comp)
        found = self.models.get(key)
        if found is None:
            found = self.models[key] = _Model(self.problem, comp)
            # Two far-apart possible tables first: they show most cells' freedom at once.
            for _ in range(2):
                self._record(found, _whole(found._optimum(found.lp, self._spread(found))))
        for cell in comp:
            self._model_of[cell] = found
        return found

    def _record(self, m: _Model, x: list[int] | None) -> None:
        """Remember the values of a possible table (only where they differ from the truth:
        the true value is known anyway)."""
        if x is not None:
            for k in m.np.flatnonzero(m.np.asarray(x) != m.truth):
                at = m.cells[k]
                self.seen.setdefault(at, {self.problem.values[at]}).add(x[k])

    def range_of(self, at: Cell, *, exact: bool = False) -> CellRange:
        """What a reader can work out about ``at``. Every solution found on the way is a
        possible table, so its values are possible values of all its cells: most cells are
        shown safe by solutions found for their neighbours, without a solve of their own.
        A ``<5`` cell is settled by trying its other values (1–4) one by one; any other cell
        by its highest and, if need be, its lowest value. ``exact`` computes the whole range
        (for audits)."""
        marker = self.problem.status[at]
        seen = self.seen.setdefault(at, {self.problem.values[at]})
        m = self.model(at)
        i = m.index[at]
        if marker == HIDDEN:
            for w in range(1, LIMIT):
                if len(seen) >= _MIN_VALUES and not exact:
                    break
                if w not in seen:
                    self._record(m, m.feasible_with(i, w))
            values = len(seen)
            return CellRange(at, marker, min(seen), max(seen), values)
        if exact:
            self._record(m, m.extreme(i, -1))
            self._record(m, m.extreme(i, 1))
        else:  # any other value will do: above the true one, else below it
            true = self.problem.values[at]
            if len(seen) < 2:
                self._record(m, m.feasible_with(i, true + 1, m.upper[i]))
            if len(seen) < 2 and true - 1 >= m.lower[i]:
                self._record(m, m.feasible_with(i, int(m.lower[i]), true - 1))
        low, high = min(seen), max(seen)
        return CellRange(at, marker, low, high, high - low + 1)

    def _spread(self, m: _Model) -> Any:
        """A random objective: solutions then differ in many cells at once."""
        return self.rng.uniform(-1.0, 1.0, len(m.cells))


def _choose(problem: _Problem, cell: Cell) -> tuple[Cell, str] | None:
    """A shown count to hide as ``..`` near ``cell``: in its relations first, then further out
    through hidden cells; the smallest count (least lost), cells in fewer relations first."""
    seen_cells = {cell}
    frontier = [cell]
    seen_sums: set[int] = set()
    while frontier:
        candidates: set[Cell] = set()
        next_frontier: list[Cell] = []
        for at in frontier:
            for k in problem.by_cell.get(at, ()):
                if k in seen_sums:
                    continue
                seen_sums.add(k)
                s = problem.sums[k]
                for x in (s.total, *s.parts):
                    if x in problem.status:
                        if x not in seen_cells:
                            seen_cells.add(x)
                            next_frontier.append(x)
                    elif x in problem.counted and problem.values[x] >= LIMIT:
                        candidates.add(x)
        if candidates:
            return min(candidates, key=problem.cost), SECONDARY
        frontier = next_frontier
    return None


def _withhold(problem: _Problem, cell: Cell) -> Cell:
    """A ``<5`` cell to withhold (``x``) when no ``..`` can help: the smallest total above
    ``cell`` that is itself shown as ``<5``, else ``cell`` itself."""
    totals = [
        problem.sums[k].total
        for k in problem.by_cell.get(cell, ())
        if problem.sums[k].total != cell and problem.status.get(problem.sums[k].total) == HIDDEN
    ]
    return min(totals, key=lambda x: (problem.values[x], x)) if totals else cell


def _whole(x: list[float] | None) -> list[int] | None:
    """A solution of the relaxation if it is whole numbers (then it is a possible table)."""
    if x is None or any(abs(v - round(v)) >= 1e-6 for v in x):
        return None
    return [round(v) for v in x]


def _first_pattern(problem: _Problem) -> None:
    """The cheap part first, without a solver: no relation may leave a single hidden cell, and
    no relation whose hidden cells are all ``<5`` may narrow them below three values by their
    known sum. What this misses (combinations of relations) the integer program finds."""
    changed = True
    while changed:
        changed = False
        for s in problem.sums:
            if s.kind != "=":
                continue
            cells = [at for at in (s.total, *s.parts) if problem.values.get(at, 0)]
            hidden = [at for at in cells if at in problem.status]
            if not hidden:
                continue
            if len(hidden) == 1:
                weak = True
            elif all(problem.status[at] == HIDDEN for at in hidden) and s.total not in hidden:
                k, known = len(hidden), sum(problem.values[at] for at in hidden)
                low, high = max(1, known - (LIMIT - 1) * (k - 1)), min(LIMIT - 1, known - k + 1)
                weak = high - low + 1 < _MIN_VALUES
            else:
                weak = False
            if not weak:
                continue
            shown = [
                at
                for at in cells
                if at not in problem.status
                and at in problem.counted
                and problem.values[at] >= LIMIT
            ]
            if shown:
                problem.status[min(shown, key=problem.cost)] = SECONDARY
                changed = True


def _pattern(table: ReportTable) -> tuple[_Problem, _Attack]:
    counts = _counts(table)
    sums = [s for s in table.sums if any(at in counts for at in (s.total, *s.parts))]
    values = dict(counts)
    for s in sums:
        for at in (s.total, *s.parts):
            values.setdefault(at, _value_of(table, counts, at))
    problem = _Problem(values, sums, set(counts))
    problem.status = {at: HIDDEN for at, v in counts.items() if 0 < v < LIMIT}
    # A <5 total with three or more parts that are not zero: each part ≥ 1 and the total ≤ 4
    # leave each part at most two values, however much else is hidden. The total goes.
    for s in sums:
        small_total = s.kind == "=" and problem.status.get(s.total) == HIDDEN
        if small_total and sum(1 for p in s.parts if values.get(p, 0)) >= _MIN_VALUES:
            problem.status[s.total] = WITHHELD
    _first_pattern(problem)
    attack = _Attack(problem)
    to_check = set(problem.status)
    while True:
        attack.refresh()
        failing = []
        for at in sorted(to_check):
            if not attack.range_of(at).safe:
                failing.append(at)
        if not failing:
            break
        touched: set[int] = set()
        added: list[Cell] = []
        for at in failing:
            mine = set(problem.by_cell.get(at, ()))
            if mine & touched:
                continue  # a cell hidden for a neighbour this round may be enough
            choice = _choose(problem, at)
            if choice is None:
                target, marker = _withhold(problem, at), WITHHELD
            else:
                target, marker = choice
            problem.status[target] = marker
            added.append(target)
            touched |= mine | set(problem.by_cell.get(target, ()))
        # Hiding more only widens what a reader cannot know: cells that passed stay safe.
        to_check = set(failing) | set(added)
    return problem, attack


def attack(table: ReportTable) -> list[CellRange]:
    """For a table as ``protect`` would publish it: the exact range a reader can work out for
    each hidden count (for tests and benchmarks; ``protect`` itself stops at "safe")."""
    problem, found = _pattern(table)
    return [found.range_of(at, exact=True) for at in sorted(problem.status)]


def _hides(table: ReportTable, d: Derived, status: dict[Cell, str]) -> bool:
    if any(0 < n < LIMIT for n in d.counts):
        return True
    if d.kind == "max":  # published only if a published input shows the same value
        value = table.cell(d.cell)
        return not any(at not in status and table.cell(at) == value for at in d.inputs)
    return any(at in status for at in d.inputs)


def protect(table: ReportTable) -> ReportTable:
    """The table as it may be published (see the module's docstring)."""
    problem, _ = _pattern(table)
    status = problem.status
    hidden_derived = {d.cell for d in table.derived if _hides(table, d, status)}

    new_sections = []
    r = 0
    for sec in table.sections:
        rows: list[Row] = []
        for row in sec.rows:
            values: list[Value] = []
            for c, v in enumerate(row.values):
                if (r, c) in status:
                    values.append(status[(r, c)])
                elif (r, c) in hidden_derived or (
                    isinstance(v, Share) and 0 < v.denominator < LIMIT
                ):
                    values.append(SECONDARY)
                else:
                    values.append(v)
            rows.append(replace(row, values=tuple(values)))
            r += 1
        new_sections.append(Section(tuple(rows), sec.key, sec.title))
    legend = [term("suppressed_note", table.lang)]
    if WITHHELD in status.values():
        legend.append(term("withheld_note", table.lang))
    return replace(table, sections=tuple(new_sections), legend=tuple(legend), protected=True)

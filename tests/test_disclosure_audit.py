"""The test-side disclosure auditor finds what a reader can work out of a protected table.

Hand-built tables only (no journal): each case is one thing a reader can do — add up a
block, use a share, a mean or a cost per avslut, read prose — and the auditor must see it.
"""

from __future__ import annotations

import random
import time
from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal

import pytest
from disclosure_audit import (
    HIDDEN,
    SECONDARY,
    WITHHELD,
    CellRange,
    LayoutError,
    assert_safe,
    audit,
    relations,
    unsafe,
)

from vagledare.journal.case_codes import REASONS, REFERRAL_SOURCES, ROUTE_SHORT, ROUTES
from vagledare.journal.models import Outcome, Route
from vagledare.journal.terms import term
from vagledare.reports.table import (
    Mean,
    Money,
    ReportTable,
    Row,
    RowKind,
    Section,
    Share,
    Value,
)

Cell = tuple[int, int]
T = term("total")


# -- helpers ------------------------------------------------------------------------------


def hide(table: ReportTable, marks: Mapping[Cell, Value]) -> ReportTable:
    """The table with some cells replaced (by markers, usually)."""
    sections, r = [], 0
    for sec in table.sections:
        rows = []
        for row in sec.rows:
            values = tuple(marks.get((r, c), v) for c, v in enumerate(row.values))
            rows.append(replace(row, values=values))
            r += 1
        sections.append(replace(sec, rows=tuple(rows)))
    return replace(table, sections=tuple(sections))


def at(table: ReportTable, label: str, column: str, key: str | None = None) -> Cell:
    for r, (sec, row) in enumerate(table.rows()):
        if row.label == label and (key is None or sec.key == key):
            return (r, table.columns.index(column))
    raise KeyError((key, label, column))


def rng_of(ranges: list[CellRange], cell: Cell) -> CellRange:
    return next(x for x in ranges if (x.row, x.col) == cell)


# -- drop-in: the worked example of disclosure.md -------------------------------------------

BANDS = ("25-34", "35-44")
CATS = ("Söka arbete", "Ansökningshandlingar", "Myndighetskontakt", "Söka studier", "Övrigt")


def dropin_table() -> ReportTable:
    blocks = {
        "Kvinnor": [(6, 5), (5, 8), (9, 5), (0, 6), (7, 7)],
        "Män": [(5, 6), (7, 9), (4, 6), (4, 7), (8, 5)],  # 25-34: 5, 7, 4, 4, 8 → 28
    }
    sections, sums = [], []
    for gender, cells in blocks.items():
        rows = [Row(cat, (*v, sum(v))) for cat, v in zip(CATS, cells, strict=True)]
        women_or_men = [sum(v[i] for v in cells) for i in range(2)]
        total = (*women_or_men, sum(women_or_men))
        sums.append(total)
        rows.append(Row(T, total, RowKind.SUBTOTAL))
        sections.append(Section(tuple(rows), key=gender, title=gender))
    grand = tuple(a + b for a, b in zip(*sums, strict=True))
    sections.append(Section((Row(T, grand, RowKind.TOTAL),), key=T))
    return ReportTable(
        "Drop in-korta ärenden", "mars 2023", "Kategori", (*BANDS, T), tuple(sections)
    )


def test_worked_example_two_small_cells_under_a_shown_block_total_are_pinned() -> None:
    t = dropin_table()
    a3, a4 = at(t, CATS[2], "25-34", "Män"), at(t, CATS[3], "25-34", "Män")
    b3, b4 = at(t, CATS[2], "35-44", "Män"), at(t, CATS[3], "35-44", "Män")
    t3, t4 = at(t, CATS[2], T, "Män"), at(t, CATS[3], T, "Män")
    # The rows' other cells are hidden too, so only the column gives the small cells away.
    marks: dict[Cell, Value] = {a3: HIDDEN, a4: HIDDEN}
    marks.update({c: SECONDARY for c in (b3, b4, t3, t4)})
    ranges = audit("dropin", hide(t, marks))
    assert (rng_of(ranges, a3).low, rng_of(ranges, a3).high) == (4, 4)
    assert (rng_of(ranges, a4).low, rng_of(ranges, a4).high) == (4, 4)
    assert (rng_of(ranges, b3).low, rng_of(ranges, b3).high) == (5, 8)  # 0 would make t3 = 4
    with pytest.raises(AssertionError, match="Män / Myndighetskontakt / 25-34"):
        assert_safe("dropin", hide(t, marks))

    # Hiding the 7 alone is not enough: its row total and neighbour still show it.
    a2, b2 = at(t, CATS[1], "25-34", "Män"), at(t, CATS[1], "35-44", "Män")
    ranges = audit("dropin", hide(t, {**marks, a2: SECONDARY}))
    assert rng_of(ranges, a2).pinned and rng_of(ranges, a3).pinned

    # Hiding its neighbour as well leaves 15 = a2 + a3 + a4 in many ways.
    safe = hide(t, {**marks, a2: SECONDARY, b2: SECONDARY})
    ranges = audit("dropin", safe)
    for cell in (a3, a4):
        assert (rng_of(ranges, cell).low, rng_of(ranges, cell).high) == (1, 4)
        assert rng_of(ranges, cell).values == 4
    assert assert_safe("dropin", safe) == 8


def test_dropin_relations_cover_rows_blocks_and_the_grand_total() -> None:
    rels = relations("dropin", dropin_table())
    # 13 row sums, 2 blocks × 3 columns, 3 grand-total columns
    assert len(rels) == 13 + 6 + 3


# -- avslut ---------------------------------------------------------------------------------


def avslut_table(per_site: dict[str, dict[int, tuple[int, int]]]) -> ReportTable:
    """``{site: {reason index: (women, men)}}``; every other reason is zero."""
    groups = [(name, [per_site[name]]) for name in per_site]
    if len(per_site) > 1:
        groups.append((T, list(per_site.values())))
    columns: list[str] = []
    for name, _ in groups:
        columns += [f"{name} {term('women')}", f"{name} {term('men')}"]
        columns.append(T if name == T else f"{name} {T}")

    def cells(pick: list[int]) -> tuple[int, ...]:
        out: list[int] = []
        for _, sites in groups:
            w = sum(s.get(i, (0, 0))[0] for s in sites for i in pick)
            m = sum(s.get(i, (0, 0))[1] for s in sites for i in pick)
            out += [w, m, w + m]
        return tuple(out)

    own = [i for i, info in enumerate(REASONS) if info.self_sufficient]
    rows = [Row(REASONS[i].sv, cells([i])) for i in own]
    sub = cells(own)
    rows.append(Row(term("self_sufficient_total"), sub, RowKind.SUBTOTAL))
    rows += [Row(info.sv, cells([i])) for i, info in enumerate(REASONS) if i not in own]
    total = cells(list(range(len(REASONS))))
    rows.append(Row(term("grand_total"), total, RowKind.TOTAL))
    shares = tuple(Share(n, d) for n, d in zip(sub, total, strict=True))
    rows.append(Row(term("self_sufficient_share"), shares, RowKind.SUBTOTAL))
    return ReportTable("Avslut per orsak", "2023", "Orsak", tuple(columns), (Section(tuple(rows)),))


def test_avslut_hidden_women_beside_shown_men_and_total_are_pinned() -> None:
    t = avslut_table({"Årby": {0: (6, 7), 2: (5, 5)}})
    cell = at(t, REASONS[0].sv, "Årby Kvinnor")
    r = rng_of(audit("avslut", hide(t, {cell: SECONDARY})), cell)
    assert (r.low, r.high, r.marker) == (6, 6, SECONDARY)
    with pytest.raises(AssertionError, match="Annan ersättningsform / Årby Kvinnor"):
        assert_safe("avslut", hide(t, {cell: SECONDARY}))


def test_avslut_share_pins_a_hidden_subtotal() -> None:
    t = avslut_table({"Årby": {0: (5, 5), 1: (2, 3), 6: (3, 2)}})
    sub, share = term("self_sufficient_total"), term("self_sufficient_share")
    marks: dict[Cell, Value] = {
        at(t, REASONS[1].sv, "Årby Kvinnor"): HIDDEN,
        at(t, REASONS[1].sv, "Årby Män"): HIDDEN,
        at(t, REASONS[6].sv, "Årby Kvinnor"): HIDDEN,
        at(t, REASONS[6].sv, "Årby Män"): HIDDEN,
        at(t, sub, "Årby Kvinnor"): SECONDARY,
        at(t, sub, "Årby Män"): SECONDARY,
    }
    women_sub, women_r1 = at(t, sub, "Årby Kvinnor"), at(t, REASONS[1].sv, "Årby Kvinnor")
    ranges = audit("avslut", hide(t, marks))  # the shares show 70 % and 80 %
    assert (rng_of(ranges, women_sub).low, rng_of(ranges, women_sub).high) == (7, 7)
    assert rng_of(ranges, women_r1).pinned  # 7 − 5 = 2
    # Without the women's and men's shares the sums leave every small cell four values.
    no_shares = {
        **marks,
        at(t, share, "Årby Kvinnor"): SECONDARY,
        at(t, share, "Årby Män"): SECONDARY,
    }
    ranges = audit("avslut", hide(t, no_shares))
    assert rng_of(ranges, women_sub).low == 6 and rng_of(ranges, women_sub).high == 9
    assert all(x.values == 4 for x in ranges if x.marker == HIDDEN)
    assert assert_safe("avslut", hide(t, no_shares)) == 6


def test_avslut_sites_add_up_to_the_pooled_columns() -> None:
    t = avslut_table({"Årby": {0: (3, 6)}, "Fröslunda": {0: (6, 5)}})
    # Årby's 3 women hidden, the pooled 9 shown: pinned through the site sum alone
    # (Årby's row total is hidden too).
    marks: dict[Cell, Value] = {
        at(t, REASONS[0].sv, "Årby Kvinnor"): HIDDEN,
        at(t, REASONS[0].sv, "Årby Totalt"): SECONDARY,
        at(t, REASONS[0].sv, "Årby Män"): SECONDARY,
    }
    cell = at(t, REASONS[0].sv, "Årby Kvinnor")
    assert rng_of(audit("avslut", hide(t, marks)), cell).pinned


def test_prose_figures_count_like_cells() -> None:
    t = avslut_table({"Årby": {2: (3, 1)}})
    tot = term("grand_total")
    marks: dict[Cell, Value] = {}
    for lab in (REASONS[2].sv, term("self_sufficient_total"), tot):
        for col in ("Årby Kvinnor", "Årby Män", "Årby Totalt"):
            marks[at(t, lab, col)] = HIDDEN
    for col in ("Årby Kvinnor", "Årby Män", "Årby Totalt"):
        marks[at(t, term("self_sufficient_share"), col)] = SECONDARY
    women = at(t, tot, "Årby Kvinnor")
    assert not rng_of(audit("avslut", hide(t, marks)), women).pinned
    # "Totalt avslut Årby: 4, varav 3 kvinnor" published under the table
    prose = {at(t, tot, "Årby Totalt"): 4, women: 3}
    ranges = audit("avslut", hide(t, marks), extra_values=prose)
    assert rng_of(ranges, women).pinned and rng_of(ranges, at(t, tot, "Årby Män")).pinned
    # The same as one published sum of cells
    sums = [([at(t, tot, "Årby Kvinnor"), at(t, tot, "Årby Män")], 4)]
    ranges = audit("avslut", hide(t, marks), extra_sums=sums)
    assert rng_of(ranges, at(t, tot, "Årby Totalt")).pinned


# -- BIP ------------------------------------------------------------------------------------

BIP_COLUMNS = tuple(
    term(k)
    for k in ("participants", "mean_first", "mean_latest", "change", "up", "unchanged", "down")
)


def bip_row(name: str, n: int, first: int, latest: int, up: int, same: int, down: int) -> Row:
    def mean(x: int) -> Mean:
        return Mean(Decimal(x) / n if n else None)

    change = Mean(Decimal(latest - first) / n if n else None, signed=True)
    return Row(name, (n, mean(first), mean(latest), change, up, same, down))


def bip_table(*rows: Row) -> ReportTable:
    return ReportTable(
        "Progression per faktor", "2023", "Faktor", BIP_COLUMNS, (Section(tuple(rows)),)
    )


def test_bip_down_follows_from_participants_up_and_unchanged() -> None:
    t = bip_table(bip_row("Självkänsla", 12, 60, 66, 6, 4, 2))
    down = at(t, "Självkänsla", term("down"))
    r = rng_of(audit("bip", hide(t, {down: HIDDEN})), down)
    assert (r.low, r.high) == (2, 2)
    with pytest.raises(AssertionError):
        assert_safe("bip", hide(t, {down: HIDDEN}))


def test_bip_means_narrow_a_hidden_number_of_participants() -> None:
    # 3 participants, sums 7 → 10: means 2,3 and 3,3; only 3 or 4 people can give 2,3.
    t = bip_table(bip_row("Hälsa", 3, 7, 10, 2, 1, 0))
    marks: dict[Cell, Value] = {
        at(t, "Hälsa", term("participants")): HIDDEN,
        at(t, "Hälsa", term("up")): HIDDEN,
        at(t, "Hälsa", term("unchanged")): HIDDEN,
    }
    ranges = audit("bip", hide(t, marks))
    n = rng_of(ranges, at(t, "Hälsa", term("participants")))
    assert (n.low, n.high, n.values) == (3, 4, 2)
    # With the means hidden the sum alone leaves 2–4.
    blind = {**marks, **{at(t, "Hälsa", c): SECONDARY for c in BIP_COLUMNS[1:4]}}
    n = rng_of(audit("bip", hide(t, blind)), at(t, "Hälsa", term("participants")))
    assert (n.low, n.high, n.values) == (2, 4, 3)


def test_bip_rounds_means_and_dashes() -> None:
    cols = (term("participants"), term("mean"))
    sections = (
        Section((Row("Hälsa", (HIDDEN, Mean(Decimal(9) / 2))),), key="Mätning 1"),
        Section((Row("Hälsa", (HIDDEN, Mean(None))),), key="Mätning 2"),
    )
    t = ReportTable("Progression per mätning", "2023", "Faktor", cols, sections)
    # "–" in a mean column means nobody, which contradicts "<5".
    with pytest.raises(AssertionError, match="går inte ihop"):
        audit("bip-rounds", t)
    ok = hide(t, {(1, 0): 0})
    n = rng_of(audit("bip-rounds", ok), (0, 0))
    assert n.values == 2  # 4,5 comes from 2 people (9) or 4 people (18) — not 1 or 3


# -- resources ------------------------------------------------------------------------------


def resources_table(closures: tuple[int, int], per_closure: Value) -> ReportTable:
    w, m = closures
    n = w + m
    fte, years, cpf = Decimal(2), Decimal("0.5"), Decimal(600_000)
    cost = cpf * fte * years
    rows = [
        Row(term("res_closures"), (n,), RowKind.TOTAL),
        Row(term("res_of_which_women"), (w,)),
        Row(term("res_of_which_men"), (m,)),
        Row(term("res_fte"), (Mean(fte, places=0),)),
        Row(term("res_years"), (Mean(years, places=1),)),
        Row(term("res_per_fte"), (Mean(n / fte, places=0),), RowKind.SUBTOTAL),
        Row(term("res_per_fte_year"), (Mean(n / (fte * years), places=0),), RowKind.SUBTOTAL),
        Row(term("res_cost_per_fte"), (Money(cpf),)),
        Row(term("res_cost"), (Money(cost),)),
        Row(term("res_cost_per_closure"), (per_closure,), RowKind.TOTAL),
    ]
    return ReportTable(
        "Resursindikatorer",
        "2023",
        "Mått",
        (term("res_col_citizen_service"),),
        (Section(tuple(rows)),),
    )


def test_resources_cost_per_closure_reveals_the_closures() -> None:
    t = resources_table((2, 1), Money(Decimal(600_000) / 3))
    marks: dict[Cell, Value] = {(0, 0): HIDDEN, (1, 0): HIDDEN, (2, 0): HIDDEN}
    marks.update({(5, 0): SECONDARY, (6, 0): SECONDARY})  # the per-FTE figures hidden
    r = rng_of(audit("resources", hide(t, marks)), (0, 0))
    assert (r.low, r.high) == (3, 3)
    # Hide the cost per avslut too: women + men = avslut leaves 2–4.
    ranges = audit("resources", hide(t, {**marks, (9, 0): SECONDARY}))
    assert [(x.low, x.high) for x in ranges] == [(2, 4), (1, 3), (1, 3)]
    assert assert_safe("resources", hide(t, {**marks, (9, 0): SECONDARY})) == 3
    # The per-FTE-year figure alone gives it away as well: 3 / (2 · 0,5) = 3.
    alone = {**marks, (9, 0): SECONDARY, (6, 0): t.sections[0].rows[6].values[0]}
    assert rng_of(audit("resources", hide(t, alone)), (0, 0)).pinned


def test_resources_no_cost_per_closure_beside_a_cost_means_no_closures() -> None:
    t = resources_table((0, 0), Money(None))
    marks: dict[Cell, Value] = {(0, 0): SECONDARY, (5, 0): SECONDARY, (6, 0): SECONDARY}
    r = rng_of(audit("resources", hide(t, marks)), (0, 0))
    assert (r.low, r.high) == (0, 0)


# -- withheld cells ("x") -------------------------------------------------------------------


def utfall_table(women: dict[Outcome, int]) -> ReportTable:
    rows = [Row(term(f"outcome.{o.value}"), (women.get(o, 0), 0, women.get(o, 0))) for o in Outcome]
    total = sum(women.values())
    rows.append(Row(T, (total, 0, total), RowKind.TOTAL))
    return ReportTable(
        "Utfall", "2023", "Utfall", (term("women"), term("men"), T), (Section(tuple(rows)),)
    )


def test_withheld_cells_may_be_anything_but_secondary_ones_not_1_to_4() -> None:
    t = utfall_table({Outcome.EMPLOYMENT: 3, Outcome.WORK_PLACEMENT: 2})
    job, placement = term("outcome.employment"), term("outcome.work_placement")
    small = {at(t, job, term("women")): HIDDEN, at(t, job, T): HIDDEN}
    # Withheld: the 2 may be anything, so the 3 keeps all four values.
    withheld = {**small, at(t, placement, term("women")): WITHHELD, at(t, placement, T): WITHHELD}
    ranges = audit("utfall", hide(t, withheld))
    assert rng_of(ranges, at(t, job, term("women"))).values == 4
    x = rng_of(ranges, at(t, placement, term("women")))
    assert (x.low, x.high, x.marker) == (1, 4, WITHHELD)
    # ".." says the 2 is 0 or at least 5: then nothing adds up to the shown 5.
    secondary = {**small, at(t, placement, term("women")): SECONDARY, at(t, placement, T): "x"}
    with pytest.raises(AssertionError, match="går inte ihop"):
        audit("utfall", hide(t, secondary))


def test_a_legend_saying_dots_are_at_least_five_is_read() -> None:
    t = utfall_table({Outcome.EMPLOYMENT: 5, Outcome.WORK_PLACEMENT: 5})
    job, placement = term("outcome.employment"), term("outcome.work_placement")
    marks = {at(t, lab, col): SECONDARY for lab in (job, placement) for col in (term("women"), T)}
    cell = at(t, job, term("women"))
    # 0 or 5+: 0, 5 or 10 of the ten
    r = rng_of(audit("utfall", hide(t, marks)), cell)
    assert (r.low, r.high) == (0, 10)
    legend = "Tal som visas som .. (alltid minst 5) är dolda"
    told = replace(hide(t, marks), notes=(legend,))
    r = rng_of(audit("utfall", told), cell)
    assert (r.low, r.high) == (5, 5)
    r = rng_of(audit("utfall", told, secondary_zero=True), cell)
    assert (r.low, r.high) == (0, 10)


def test_a_table_whose_shown_figures_disagree_is_reported() -> None:
    t = utfall_table({Outcome.EMPLOYMENT: 6})
    with pytest.raises(AssertionError, match="motsäger"):
        audit("utfall", hide(t, {(0, 2): 7}))


# -- språkgrupp -----------------------------------------------------------------------------


def sprak_table(top_total: Value) -> ReportTable:
    def row(key: str, *values: Value) -> Row:
        return Row(term(key), values)

    rows = [
        row("sprak_enrolled_since_start", 8, 3, 10),
        row("sprak_women", 5, 2, 6),
        row("sprak_men", 3, 1, 4),
        row("sprak_enrolled_in_period", 7, 3, 9),
        row("sprak_sessions", 4, 1, 5),
        row("sprak_present_total", 6, 0, 6),
        row("sprak_mean_present", Mean(Decimal("1.5")), Mean(Decimal(0)), Mean(Decimal("1.2"))),
        row("sprak_max_present", HIDDEN, 0, top_total),
        row("sprak_left_in_period", 0, 0, 0),
        *(Row(f"Utfall: {term(f'outcome.{o.value}')}", (0, 0, 0)) for o in Outcome),
    ]
    return ReportTable(
        "Språkgrupp", "2023", "Mått", ("Årby", "Fröslunda", T), (Section(tuple(rows)),)
    )


def test_sprakgrupp_pooled_highest_attendance_is_one_of_the_sites() -> None:
    top = at(sprak_table(3), term("sprak_max_present"), "Årby")
    # Fröslunda's highest is 0 and Totalt's 3: Årby's must be the 3.
    r = rng_of(audit("sprakgrupp", sprak_table(3)), top)
    assert (r.low, r.high) == (3, 3)
    # Totalt hidden too: 6 present over 4 sessions needs a highest of at least 2.
    ranges = audit("sprakgrupp", sprak_table(HIDDEN))
    assert (rng_of(ranges, top).low, rng_of(ranges, top).high) == (2, 4)


def test_sprakgrupp_gender_rows_and_distinct_totals() -> None:
    t = sprak_table(3)
    men, women = at(t, term("sprak_men"), "Fröslunda"), at(t, term("sprak_women"), "Fröslunda")
    tmen = at(t, term("sprak_men"), T)
    twomen = at(t, term("sprak_women"), T)
    marks: dict[Cell, Value] = {men: HIDDEN, women: HIDDEN, tmen: WITHHELD, twomen: WITHHELD}
    marks[at(t, term("sprak_max_present"), "Årby")] = 3
    ranges = audit("sprakgrupp", hide(t, marks))
    # Fröslunda: women + men = 3 leaves 1–2 each. Totalt counts a person once: at least
    # the larger site's, at most the sum — and Totalt women + men = 10.
    assert (rng_of(ranges, men).low, rng_of(ranges, men).high) == (1, 2)
    assert (rng_of(ranges, tmen).low, rng_of(ranges, tmen).high) == (3, 5)


# -- flow -----------------------------------------------------------------------------------


def flow_table() -> ReportTable:
    cols = ("Årby Kvinnor", "Årby Män", "Årby Totalt")

    def c(w: int, m: int) -> tuple[int, int, int]:
        return (w, m, w + m)

    new_key, src_key = term("section_new_by_route"), term("section_new_by_source")
    open_key, days_key = term("section_open_at_end"), term("section_days")
    routes = [ROUTES[r][0] for r in Route]
    new = (
        Row(routes[0], c(3, 6)),
        Row(routes[1], c(5, 4)),
        Row(T, c(8, 10), RowKind.TOTAL),
    )
    srcs = list(REFERRAL_SOURCES.values())
    source = (
        Row(srcs[0][0], c(8, 10)),
        *(Row(s[0], c(0, 0)) for s in srcs[1:]),
        Row(T, c(8, 10), RowKind.TOTAL),
    )
    still = (Row(routes[0], c(1, 2)), Row(routes[1], c(0, 0)), Row(T, c(1, 2), RowKind.TOTAL))
    ms, an = (ROUTE_SHORT[r][0] for r in Route)
    count, med = term("closures_count"), term("median")
    low, high = term("lower_quartile"), term("upper_quartile")

    def days_of(*v: int | None) -> tuple[Mean, ...]:
        return tuple(Mean(None if x is None else Decimal(x), places=0) for x in v)

    days = (  # Kvinnor closed after 30 and 50 days, Män after 40
        Row(f"{ms}, {count}", c(2, 1)),
        Row(f"{ms}, {med}", days_of(40, 40, 40)),
        Row(f"{ms}, {low}", days_of(35, 40, 35)),
        Row(f"{ms}, {high}", days_of(45, 40, 45)),
        Row(f"{an}, {count}", c(0, 0)),
        *(Row(f"{an}, {k}", days_of(None, None, None)) for k in (med, low, high)),
    )
    sections = tuple(
        Section(rows, key=k, title=k)
        for k, rows in ((new_key, new), (src_key, source), (open_key, still), (days_key, days))
    )
    return ReportTable("Ärendeflöde", "2023", "Mått", cols, sections, key_header="Avsnitt")


def test_flow_new_cases_by_route_add_up_to_new_cases_by_source() -> None:
    t = flow_table()
    k = term("section_new_by_route")
    routes = [ROUTES[r][0] for r in Route]
    marks: dict[Cell, Value] = {
        at(t, routes[0], "Årby Kvinnor", k): HIDDEN,
        at(t, routes[0], "Årby Män", k): SECONDARY,
        at(t, routes[0], "Årby Totalt", k): SECONDARY,
        at(t, routes[1], "Årby Kvinnor", k): SECONDARY,
        at(t, routes[1], "Årby Män", k): HIDDEN,
        at(t, routes[1], "Årby Totalt", k): SECONDARY,
        at(t, T, "Årby Kvinnor", k): SECONDARY,
        at(t, T, "Årby Män", k): SECONDARY,
        at(t, T, "Årby Totalt", k): SECONDARY,
    }
    ranges = audit("flow", hide(t, marks))
    assert rng_of(ranges, at(t, T, "Årby Kvinnor", k)).pinned  # = the source total 8
    # 8 − (1…4) must be 0 or at least 5 for the hidden Anvisad Kvinnor: 1, 2 or 3
    assert rng_of(ranges, at(t, routes[0], "Årby Kvinnor", k)).values == 3


def test_flow_days_shown_mean_somebody_closed() -> None:
    t = flow_table()
    k = term("section_days")
    name = ROUTE_SHORT[Route.CITIZEN_SERVICE][0]
    label = f"{name}, {term('closures_count')}"
    marks: dict[Cell, Value] = {
        at(t, label, "Årby Kvinnor", k): HIDDEN,
        at(t, label, "Årby Män", k): HIDDEN,
        at(t, label, "Årby Totalt", k): HIDDEN,
    }
    ranges = audit("flow", hide(t, marks))
    women = rng_of(ranges, at(t, label, "Årby Kvinnor", k))
    assert women.low == 2  # quartiles 35 and 45 differ: at least two closed
    assert (women.low, women.high) == (2, 3)  # and the total is at most 4


# -- size -----------------------------------------------------------------------------------


def big_avslut(seed: int, sites: int = 12) -> tuple[ReportTable, int]:
    """12 sites × (Kvinnor, Män, Totalt) + the pooled columns: 18 rows × 39 columns, with
    small counts on purpose; 1–4 shown as <5 and a third of the rest as ..."""
    rnd = random.Random(seed)
    per_site = {
        f"Plats{i}": {
            j: (rnd.choice([0, 0, 1, 2, 3, 6]), rnd.choice([0, 1, 2, 5])) for j in range(15)
        }
        for i in range(sites)
    }
    t = avslut_table(per_site)
    marks: dict[Cell, Value] = {}
    for r, (_, row) in enumerate(t.rows()):
        for c, v in enumerate(row.values):
            if isinstance(v, int) and 0 < v < 5:
                marks[(r, c)] = HIDDEN
            elif isinstance(v, int) and v >= 5 and rnd.random() < 0.3:
                marks[(r, c)] = SECONDARY
            elif isinstance(v, Share) and rnd.random() < 0.5:
                marks[(r, c)] = SECONDARY  # a hidden share: says nothing
    hidden_counts = sum(1 for (r, _), v in marks.items() if r < len(REASONS) + 2)
    return hide(t, marks), hidden_counts


def test_a_large_table_is_audited_in_reasonable_time() -> None:
    t, hidden = big_avslut(1)
    assert len(t.columns) == 39
    start = time.perf_counter()
    ranges = audit("avslut", t)
    elapsed = time.perf_counter() - start
    assert len(ranges) == hidden >= 150
    assert elapsed < 60, elapsed


def test_the_quick_audit_judges_the_rule_as_the_exact_one() -> None:
    t, _ = big_avslut(2, sites=4)
    exact = audit("avslut", t)
    quick = audit("avslut", t, exact=False)
    assert [(x.row, x.col) for x in quick] == [(x.row, x.col) for x in exact]
    for q, e in zip(quick, exact, strict=True):
        assert e.low <= q.low <= q.high <= e.high  # what the quick one shows is possible
        if q.exact:
            assert (q.low, q.high, q.values) == (e.low, e.high, e.values)
    assert unsafe(quick) and [(x.row, x.col, x.low) for x in unsafe(quick)] == [
        (x.row, x.col, x.low) for x in unsafe(exact)
    ]
    assert all(x.exact for x in unsafe(quick))


def test_a_table_the_reader_cannot_read_is_refused() -> None:
    t = avslut_table({"Årby": {0: (6, 7)}})
    with pytest.raises(LayoutError, match="Årby Pojkar"):
        audit("avslut", replace(t, columns=(*t.columns[:2], "Årby Pojkar")))
    with pytest.raises(LayoutError, match="väntade ett antal"):
        audit("avslut", hide(t, {(0, 0): Mean(Decimal(1))}))
    with pytest.raises(ValueError, match="okänd rapport"):
        audit("avslutt", t)

"""Published tables can hide small counts so that nobody can be singled out."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from vagledare.app.desk import Desk
from vagledare.cli import main
from vagledare.journal.models import Gender
from vagledare.reports.dropin import dropin_report
from vagledare.reports.periods import month
from vagledare.reports.protect import HIDDEN, SECONDARY, WITHHELD, attack, protect
from vagledare.reports.table import ReportTable, Row, RowKind, Section, Share, Sum


def table(
    rows: list[tuple[str, tuple[object, ...], RowKind]], columns: tuple[str, ...]
) -> ReportTable:
    """A grid whose last column is each row's total and whose last row is each column's."""
    width, height = len(columns), len(rows)
    sums = [Sum((r, width - 1), tuple((r, c) for c in range(width - 1))) for r in range(height)]
    sums += [Sum((height - 1, c), tuple((r, c) for r in range(height - 1))) for c in range(width)]
    return ReportTable(
        "T",
        "p",
        "Rad",
        columns,
        (Section(tuple(Row(label, vals, kind) for label, vals, kind in rows)),),
        sums=tuple(sums),
    )


def test_small_counts_and_their_give_aways_are_hidden() -> None:
    t = table(
        [
            ("a", (3, 10, 20, 33), RowKind.DATA),
            ("b", (7, 8, 9, 24), RowKind.DATA),
            ("c", (0, 6, 12, 18), RowKind.DATA),
            ("Totalt", (10, 24, 41, 75), RowKind.SUBTOTAL),
        ],
        ("x", "y", "z", "Totalt"),
    )
    shown = protect(t)
    out = [row.values for _, row in shown.rows()]
    assert out[0][0] == HIDDEN  # the only small count
    assert sum(v == HIDDEN for vals in out for v in vals) == 1
    assert out[2][0] == 0  # zeros are never hidden
    for vals in out:  # no row keeps a lone hidden cell beside its shown total
        assert sum(v in (HIDDEN, SECONDARY) for v in vals) != 1
    for c in range(4):  # no column keeps a lone hidden cell above its shown total
        assert sum(out[r][c] in (HIDDEN, SECONDARY) for r in range(4)) != 1
    assert all(r.safe for r in attack(t))


def test_a_small_total_of_three_small_counts_is_withheld() -> None:
    t = table(
        [
            ("a", (1, 1, 1, 3), RowKind.DATA),
            ("b", (7, 8, 9, 24), RowKind.DATA),
            ("Totalt", (8, 9, 10, 27), RowKind.SUBTOTAL),
        ],
        ("x", "y", "z", "Totalt"),
    )
    out = [row.values for _, row in protect(t).rows()]
    assert out[0][:3] == (HIDDEN, HIDDEN, HIDDEN)
    assert out[0][3] == WITHHELD  # as <5 it would leave each part only 1 or 2
    assert all(r.safe for r in attack(t))


def test_shares_of_tiny_groups_are_hidden() -> None:
    t = ReportTable(
        "T", "p", "Rad", ("x", "y"), (Section((Row("a", (Share(1, 3), Share(5, 10))),)),)
    )
    assert [row.values for _, row in protect(t).rows()] == [("..", Share(5, 10))]


def test_drop_in_export_with_the_switch(db_target: str, desk: Desk, tmp_path: Path) -> None:
    site = desk.site
    at = datetime(2023, 3, 2, 10)
    desk.log(
        site.category("Söka arbete").id, site.age_band("25-34").id, Gender.WOMAN, count=2, at=at
    )
    desk.log(site.category("Övrigt").id, site.age_band("25-34").id, Gender.WOMAN, count=9, at=at)
    desk.log(site.category("Övrigt").id, site.age_band("35-44").id, Gender.MAN, count=12, at=at)
    out = tmp_path / "p.csv"
    assert (
        main(
            [
                "--db",
                db_target,
                "report",
                "dropin",
                "--month",
                "2023-03",
                "--format",
                "csv",
                "--output",
                str(out),
                "--suppress-small",
            ]
        )
        == 0
    )
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert ["Kvinnor", "Söka arbete", "0", "<5", "0", "0", "0", "<5"] in rows
    # The 9 beside the hidden 2 hides too, and with it its row total.
    assert ["Kvinnor", "Övrigt", "0", "..", "0", "0", "0", ".."] in rows
    assert ["Totalt", "Totalt", "0", "11", "12", "0", "0", "23"] in rows
    with desk.journal.session() as s:
        plain = dropin_report(s, month(2023, 3))
    assert plain.value("Kvinnor", "Söka arbete", "25-34") == 2  # the journal is unchanged

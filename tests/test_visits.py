"""Visits at the desk: snabbärenden grouped into visits at the tally (a "same visitor" toggle,
a "returning" mark), the optional ``besök`` and ``återkommande`` columns of ``import dropin``
and the report ``besok`` with exact numbers; the drop-in contract stays byte-identical."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from builders import froslunda_visits
from conftest import fixture_path
from sqlalchemy import func, select

from vagledare.app.desk import Desk
from vagledare.cli import main
from vagledare.journal import quick_cases
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Gender, QuickCase
from vagledare.journal.sites import add_site
from vagledare.reports import door
from vagledare.reports.periods import Period
from vagledare.reports.render.csv import csv_text

MARCH = Period(date(2023, 3, 1), date(2023, 3, 31))
AT = datetime(2023, 3, 6, 10, 0)


def besok(desk: Desk, period: Period = MARCH, **kw: object) -> str:
    with desk.journal.session(readonly=True) as s:
        out = door.build(s, door.Request("besok", period, **kw), today=date(2030, 1, 1))  # type: ignore[arg-type]
    return csv_text(out.csv_table)


def log(desk: Desk, gender: Gender = Gender.WOMAN, cat: int = 0, **kw: object) -> None:
    site = desk.site
    desk.log(site.categories[cat].id, site.active_age_bands[1].id, gender, at=AT, **kw)  # type: ignore[arg-type]


def test_the_same_visitor_toggle_groups_entries_until_switched_off(desk: Desk) -> None:
    log(desk)  # visitor 1, one question …
    desk.set_same_visitor(True)
    log(desk, cat=1)  # … and a second
    log(desk, cat=2)  # … and a third
    desk.set_same_visitor(False)
    desk.set_return_visit(True)
    log(desk, Gender.MAN)  # visitor 2 has been here before
    assert not desk.return_visit  # the mark ends with that visitor
    log(desk, Gender.MAN)  # visitor 3
    assert besok(desk) == (
        "Mått;Fröslunda\r\n"
        "Besök;3\r\n"
        "varav kvinnor;1\r\n"
        "varav män;2\r\n"
        "varav återkommande;1\r\n"
        "Snabbärenden;5\r\n"
        "Snabbärenden per besök;1,7\r\n"
    )


def test_a_returning_visitor_with_several_questions(desk: Desk) -> None:
    desk.set_same_visitor(True)
    desk.set_return_visit(True)
    log(desk)
    log(desk, cat=3)
    assert desk.return_visit  # stays while the same visitor is at the desk
    desk.set_same_visitor(False)
    assert not desk.return_visit
    log(desk)
    lines = besok(desk).splitlines()
    assert lines[1:5] == ["Besök;2", "varav kvinnor;2", "varav män;0", "varav återkommande;1"]


def test_a_visit_keeps_one_gender(desk: Desk) -> None:
    log(desk)
    desk.set_same_visitor(True)
    with pytest.raises(ValidationError, match="annat kön"):
        log(desk, Gender.MAN)
    with desk.journal.session(readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(QuickCase)) == 1
    # correcting the gender of one entry corrects the whole visit
    log(desk, cat=1)
    first = desk.entries(AT.date())[-1]
    with desk.journal.session() as s:
        site = desk.site
        quick_cases.correct_quick_case(
            s, first.id, site.categories[0].id, site.active_age_bands[1].id, Gender.MAN
        )
    lines = besok(desk).splitlines()
    assert lines[1:4] == ["Besök;1", "varav kvinnor;0", "varav män;1"]


def test_undone_entries_and_ungrouped_several_at_once(desk: Desk) -> None:
    log(desk, count=3)  # three visitors with the same question, logged at once
    log(desk)
    desk.undo()
    lines = besok(desk).splitlines()
    assert lines[1] == "Besök;3" and lines[5] == "Snabbärenden;3"


def test_several_sites_get_a_totalt_column_and_rounding_is_half_up(desk: Desk) -> None:
    with desk.journal.session() as s:
        arby = add_site(s, "Årby", desk.staff.id)
    other = Desk(desk.journal, arby, desk.staff)
    # Fröslunda: 2 visits, 3 snabbärenden (1,5); Årby: 4 visits, 7 (1,75 → 1,8)
    log(desk)
    desk.set_same_visitor(True)
    log(desk, cat=1)
    desk.set_same_visitor(False)
    log(desk, Gender.UNSTATED)
    for n in (2, 2, 2, 1):
        other.set_same_visitor(False)
        other.set_return_visit(n == 1)
        log(other, Gender.MAN)
        other.set_same_visitor(True)
        for k in range(1, n):
            log(other, Gender.MAN, cat=k)
    assert besok(desk) == (
        "Mått;Fröslunda;Årby;Totalt\r\n"
        "Besök;2;4;6\r\n"
        "varav kvinnor;1;0;1\r\n"
        "varav män;0;4;4\r\n"
        "varav återkommande;0;1;1\r\n"
        "Snabbärenden;3;7;10\r\n"
        "Snabbärenden per besök;1,5;1,8;1,7\r\n"
    )
    assert besok(desk, site_ids=[arby.id]).splitlines()[0] == "Mått;Årby"
    empty = besok(desk, Period(date(2022, 1, 1), date(2022, 1, 31)), site_ids=[arby.id])
    assert empty.splitlines()[-1] == "Snabbärenden per besök;–"


def run_import(db: str, path: Path) -> int:
    return main(["--db", db, "--as", "AB", "import", "dropin", str(path)])


def test_import_groups_rows_of_one_site_and_day_with_the_same_besok(
    db_target: str, desk: Desk, tmp_path: Path
) -> None:
    src = tmp_path / "dropin.csv"
    src.write_text(
        "tidpunkt;mötesplats;kategori;åldersgrupp;kön;besök;återkommande\n"
        "2023-03-06 09:10;Fröslunda;Söka arbete;25-34;Kvinna;1;ja\n"
        "2023-03-06 09:12;Fröslunda;Söka studier;25-34;Kvinna;1;\n"
        "2023-03-06 09:30;Fröslunda;Söka arbete;35-44;Man;2;nej\n"
        "2023-03-07 09:30;Fröslunda;Övrigt;35-44;Man;1;nej\n"  # another day: another visit
        "2023-03-07 10:00;Fröslunda;Övrigt;18-24;Man;;ja\n"  # no besök: a visit of its own
        "2023-03-07 10:05;Fröslunda;Övrigt;18-24;Kvinna;;\n",
        encoding="utf-8",
    )
    assert run_import(db_target, src) == 0
    assert besok(desk) == (
        "Mått;Fröslunda\r\n"
        "Besök;5\r\n"
        "varav kvinnor;2\r\n"
        "varav män;3\r\n"
        "varav återkommande;2\r\n"
        "Snabbärenden;6\r\n"
        "Snabbärenden per besök;1,2\r\n"
    )


def test_a_file_without_the_visit_columns_is_a_visit_per_row_and_dropin_is_unchanged(
    db_target: str, desk: Desk, tmp_path: Path
) -> None:
    lines = ["tidpunkt;mötesplats;kategori;åldersgrupp;kön;besök;återkommande"]
    for i, (at, category, band, gender) in enumerate(froslunda_visits()):
        kon = "Kvinna" if gender is Gender.WOMAN else "Man"
        lines.append(f"{at:%Y-%m-%d %H:%M};Fröslunda;{category};{band};{kon};{i // 2};")
    src = tmp_path / "visits.csv"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run_import(db_target, src) == 0
    out = tmp_path / "r.csv"
    args = ["--db", db_target, "report", "dropin", "--from", "2023-01-01", "--to", "2023-08-31"]
    assert main([*args, "--format", "csv", "--output", str(out)]) == 0
    fixture = fixture_path("froslunda-dropin-2023-01-01--2023-08-31.csv")
    assert out.read_bytes() == fixture.read_bytes()
    # rows paired by besök on the same day (and gender) form one visit, the rest one each
    text = besok(desk, Period(date(2023, 1, 1), date(2023, 8, 31)))
    assert "Snabbärenden;502\r\n" in text
    visits = int(text.splitlines()[1].split(";")[1])
    assert 251 <= visits < 502


@pytest.mark.parametrize(
    ("rows", "where"),
    [
        (
            "2023-03-06 09:10;Fröslunda;Övrigt;25-34;Kvinna;7;ja\n"
            "2023-03-06 09:12;Fröslunda;Övrigt;25-34;Man;7;ja\n",
            "rad 3, kolumn besök",
        ),
        ("2023-03-06 09:10;Fröslunda;Övrigt;25-34;Kvinna;7;kanske\n", "rad 2, kolumn återkommande"),
    ],
)
def test_bad_visit_values_refuse_the_file(
    db_target: str,
    desk: Desk,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    rows: str,
    where: str,
) -> None:
    src = tmp_path / "d.csv"
    src.write_text(
        "tidpunkt;mötesplats;kategori;åldersgrupp;kön;besök;återkommande\n" + rows, "utf-8"
    )
    assert run_import(db_target, src) == 1
    assert f"d.csv, {where}:" in capsys.readouterr().err
    with desk.journal.session(readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(QuickCase)) == 0

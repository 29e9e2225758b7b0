"""``vagledare import aggregates``: counts from years without row-level history, all rows or
none, refused with file, line and column when bad, never contradicting the journal's rows,
and read by the indicators only."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from vagledare.app.desk import Desk
from vagledare.cli import main
from vagledare.imports.aggregates import import_aggregates
from vagledare.imports.csvfile import ImportProblem
from vagledare.journal import quick_cases, sites
from vagledare.journal.models import (
    AggregateCount,
    AuditEntry,
    Gender,
    ImportBatch,
    SiteGroup,
    SiteGroupMember,
)
from vagledare.reports import door
from vagledare.reports.measures import measure_value
from vagledare.reports.periods import full_year, interim, month, quarter

HEADER = "år;period;mötesplats;mått;kön;värde"
TODAY = date(2025, 2, 1)
NBSP = "\u00a0"  # Swedish thousands separator in messages


def write(tmp_path: Path, *lines: str, name: str = "agg.csv") -> Path:
    src = tmp_path / name
    src.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return src


def run_import(desk: Desk, src: Path, *, force: bool = False):  # noqa: ANN201
    with desk.journal.session() as s:
        return import_aggregates(s, src, desk.staff.id, force=force, today=TODAY)


def stored(desk: Desk) -> list[tuple]:  # type: ignore[type-arg]
    with desk.journal.session(readonly=True) as s:
        return sorted(
            s.execute(
                select(
                    AggregateCount.year,
                    AggregateCount.period,
                    AggregateCount.site_id,
                    AggregateCount.group_id,
                    AggregateCount.measure,
                    AggregateCount.gender,
                    AggregateCount.value,
                )
            ).all(),
            key=str,
        )


@pytest.fixture
def two_sites(desk: Desk) -> dict[str, sites.SiteInfo]:
    """Fröslunda (the desk's) and Årby, and the group Mötesplatserna of both."""
    with desk.journal.session() as s:
        arby = sites.add_site(s, "Årby", desk.staff.id)
        group = SiteGroup(name="Mötesplatserna")
        s.add(group)
        s.flush()
        for site_id in (desk.site.id, arby.id):
            s.add(SiteGroupMember(group_id=group.id, site_id=site_id))
    return {"Fröslunda": desk.site, "Årby": arby}


def log(desk: Desk, site: sites.SiteInfo, at: datetime, gender: Gender, n: int) -> None:
    with desk.journal.session() as s:
        while n > 0:  # at most 200 at a time, as at the desk
            quick_cases.log_quick_cases(
                s,
                site.id,
                site.active_categories[0].id,
                site.active_age_bands[0].id,
                gender,
                desk.staff.id,
                at=at,
                count=min(n, 200),
                now=datetime(2025, 1, 31, 12),
            )
            n -= 200


def test_round_trip(desk: Desk, two_sites: dict[str, sites.SiteInfo], tmp_path: Path) -> None:
    src = write(
        tmp_path,
        "2021;helår;Årby;snabbarenden;Kvinnor;812",
        "2021;helår;Årby;snabbarenden;Män;650",
        "2021;Helår;årby;Snabbarenden;totalt;1 502",  # case and spaces do not matter
        "2021;helår;Fröslunda;snabbarenden;Totalt;300",
        "2021;delår 1;Nordväst;besok;Totalt;12",  # no such site: refused below
    )
    with pytest.raises(ImportProblem, match="rad 6, kolumn mötesplats: okänd mötesplats"):
        run_import(desk, src)
    assert stored(desk) == []
    src = write(
        tmp_path,
        "2021;helår;Årby;snabbarenden;Kvinnor;812",
        "2021;helår;Årby;snabbarenden;Män;650",
        "2021;Helår;årby;Snabbarenden;totalt;1 502",
        "2021;helår;Fröslunda;snabbarenden;Totalt;300",
        "2022;helår;Mötesplatserna;avslut;Totalt;108",
        "2022;kvartal 2;;tillfallen;Totalt;41",
        "2022;2022-03;Årby;matningar;Kvinnor;7",
        "2022;delår 2;Fröslunda;aktivitetsbesokare;Män;19",
    )
    done = run_import(desk, src)
    assert (done.rows, done.unchanged, done.years) == (8, 0, (2021, 2022))
    arby, fro = two_sites["Årby"].id, two_sites["Fröslunda"].id
    with desk.journal.session(readonly=True) as s:
        group_id = s.scalar(select(SiteGroup.id))
        batch = s.get(ImportBatch, done.batch_id)
        assert batch is not None and batch.kind == "aggregates" and batch.row_count == 8
        assert len(batch.sha256) == 64
        assert s.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "import")
        )
    assert stored(desk) == sorted(
        [
            (2021, "helår", arby, None, "snabbarenden", "woman", 812),
            (2021, "helår", arby, None, "snabbarenden", "man", 650),
            (2021, "helår", arby, None, "snabbarenden", "total", 1502),
            (2021, "helår", fro, None, "snabbarenden", "total", 300),
            (2022, "helår", None, group_id, "avslut", "total", 108),
            (2022, "kvartal 2", None, None, "tillfallen", "total", 41),
            (2022, "2022-03", arby, None, "matningar", "woman", 7),
            (2022, "delår 2", fro, None, "aktivitetsbesokare", "man", 19),
        ],
        key=str,
    )
    with desk.journal.session(readonly=True) as s:
        one = measure_value(s, "snabbarenden", full_year(2021), [arby])
        everyone = measure_value(s, "snabbarenden", full_year(2021))
        group = measure_value(s, "avslut", full_year(2022), [fro, arby])
        alone = measure_value(s, "avslut", full_year(2022), [arby])  # the group is not split
        sessions = measure_value(s, "tillfallen", quarter(2022, 2))
        readings = measure_value(s, "matningar", month(2022, 3), [arby])
        visitors = measure_value(s, "aktivitetsbesokare", interim(2022, 2), [fro])
        dropin = door.build(s, door.Request("dropin", full_year(2021)), today=TODAY).table
    assert (one.women, one.men, one.total, one.source) == (812, 650, 1502, "sammanställning")
    assert (everyone.women, everyone.total) == (None, 1802)  # Fröslunda gave Totalt only
    assert group.total == 108 and alone.total is None
    assert sessions.total == 41 and sessions.women is None  # no gender split
    assert (readings.women, readings.men, readings.total) == (7, None, None)
    assert (visitors.men, visitors.total) == (19, None)
    assert dropin.value("Totalt", "Totalt", "Totalt") == 0  # row-level reports stay row-level

    # The same file again: refused unless forced; forced, nothing changes.
    with pytest.raises(ImportProblem, match="samma innehåll har redan importerats"):
        run_import(desk, src)
    again = run_import(desk, src, force=True)
    assert (again.rows, again.unchanged) == (0, 8)
    assert len(stored(desk)) == 8


def test_the_command_line(
    desk: Desk, db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "agg.csv"
    src.write_text(
        "year,period,site,measure,gender,value\n2020,helår,Fröslunda,avslut,Kvinnor,9\n",
        encoding="utf-8-sig",
    )
    assert main(["--db", db_target, "--as", "AB", "import", "aggregates", str(src)]) == 0
    assert capsys.readouterr().out == (
        "1 sammanställda antal importerade från agg.csv (år 2020; mått avslut).\n"
    )
    bad = write(tmp_path, "2020;helår;Fröslunda;avslut;Kvinnor;-3", name="bad.csv")
    assert main(["--db", db_target, "--as", "AB", "import", "aggregates", str(bad)]) == 1
    assert capsys.readouterr().err == (
        "vagledare: bad.csv, rad 2, kolumn värde: värdet kan inte vara negativt (-3).\n"
    )


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ("år;period;plats;mått;kön;värde", "2021;helår;;avslut;Totalt;3"),
            "rad 1: okänd kolumn 'plats'",
        ),
        (
            ("år;period;mått;kön;värde", "2021;helår;avslut;Totalt;3"),
            "rad 1: kolumn saknas: mötesplats",
        ),
        ((HEADER, "21;helår;;avslut;Totalt;3"), "rad 2, kolumn år: året '21' ska skrivas ÅÅÅÅ"),
        ((HEADER, "2031;helår;;avslut;Totalt;3"), "rad 2, kolumn år: året 2031 ligger utanför"),
        ((HEADER, "2021;delår 3;;avslut;Totalt;3"), "rad 2, kolumn period: okänd period 'delår 3'"),
        ((HEADER, "2021;kvartal 5;;avslut;Totalt;3"), "rad 2, kolumn period: okänd period"),
        ((HEADER, "2021;2021-13;;avslut;Totalt;3"), "rad 2, kolumn period: okänd period '2021-13'"),
        (
            (HEADER, "2021;2022-03;;avslut;Totalt;3"),
            "rad 2, kolumn period: månaden 2022-03 ligger inte i året 2021.",
        ),
        ((HEADER, "2025;kvartal 3;;avslut;Totalt;3"), "perioden kvartal 3 2025 har inte börjat än"),
        (
            (HEADER, "2021;helår;Norrköping;avslut;Totalt;3"),
            "rad 2, kolumn mötesplats: okänd mötesplats eller grupp 'Norrköping'",
        ),
        (
            (HEADER, "2021;helår;;trivsel;Totalt;3"),
            "rad 2, kolumn mått: okänt mått 'trivsel'; mått som kan importeras: ",
        ),
        (
            (HEADER, "2021;helår;;andel-egen-forsorjning;Totalt;3"),
            "rad 2, kolumn mått: måttet andel-egen-forsorjning räknas fram och importeras inte",
        ),
        ((HEADER, "2021;helår;;avslut;Alla;3"), "rad 2, kolumn kön: okänt kön 'Alla'"),
        (
            (HEADER, "2021;helår;;tillfallen;Kvinnor;3"),
            "rad 2, kolumn kön: måttet tillfallen delas inte upp på kön; skriv Totalt.",
        ),
        (
            (HEADER, "2021;helår;;avslut;Totalt;-1"),
            "rad 2, kolumn värde: värdet kan inte vara negativt (-1).",
        ),
        ((HEADER, "2021;helår;;avslut;Totalt;3,5"), "rad 2, kolumn värde: '3,5' är inget heltal"),
        (
            (HEADER, "2021;helår;;avslut;Totalt;många"),
            "rad 2, kolumn värde: 'många' är inget heltal",
        ),
        ((HEADER, "2021;helår;;avslut;Totalt;"), "rad 2, kolumn värde: '' är inget heltal"),
        (
            (HEADER, "2021;helår;;avslut;Totalt;5", "2021;helår;;avslut;Totalt;5"),
            "rad 3, kolumn värde: avslut helår 2021 hela journalen Totalt finns redan på rad 2 (5)",
        ),
        (
            (
                HEADER,
                "2021;helår;;avslut;Kvinnor;5",
                "2021;helår;;avslut;Män;4",
                "2021;helår;;avslut;Totalt;8",
            ),
            "rad 2, kolumn värde: avslut helår 2021 hela journalen: Kvinnor 5 + Män 4 är fler än "
            "Totalt 8.",
        ),
        ((HEADER, "2021;helår;;avslut;Totalt;3;9"), "rad 2: raden har 7 fält men rubriken 6"),
        ((HEADER,), "filen har bara en rubrikrad"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    desk: Desk, tmp_path: Path, lines: tuple[str, ...], expected: str
) -> None:
    src = tmp_path / "agg.csv"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ImportProblem) as caught:
        run_import(desk, src)
    assert str(caught.value).startswith("agg.csv"), str(caught.value)
    assert expected in str(caught.value)
    assert stored(desk) == []
    with desk.journal.session(readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_a_count_the_journal_holds_otherwise_is_refused_naming_both(
    desk: Desk, tmp_path: Path
) -> None:
    run_import(desk, write(tmp_path, "2020;helår;Fröslunda;avslut;Totalt;1764", name="a.csv"))
    src = write(tmp_path, "2020;helår;Fröslunda;avslut;Totalt;1765", name="b.csv")
    with pytest.raises(ImportProblem) as caught:
        run_import(desk, src)
    assert str(caught.value) == (
        f"b.csv, rad 2, kolumn värde: avslut helår 2020 Fröslunda Totalt 1{NBSP}765 i filen men "
        f"1{NBSP}764 i journalens inflyttade sammanställningar."
    )


def test_a_contradiction_with_the_journals_rows_is_refused_naming_both(
    desk: Desk, tmp_path: Path
) -> None:
    log(desk, desk.site, datetime(2023, 5, 2, 10), Gender.WOMAN, 1200)
    log(desk, desk.site, datetime(2023, 6, 2, 10), Gender.MAN, 502)
    src = write(
        tmp_path,
        "2023;helår;Fröslunda;snabbarenden;Kvinnor;1200",  # agrees with the rows
        "2023;helår;Fröslunda;snabbarenden;Totalt;1764",
    )
    with pytest.raises(ImportProblem) as caught:
        run_import(desk, src)
    assert str(caught.value) == (
        f"agg.csv, rad 3, kolumn värde: snabbarenden helår 2023 Fröslunda Totalt 1{NBSP}764 i "
        f"filen men 1{NBSP}702 i journalens rader."
    )
    assert stored(desk) == []
    # The whole journal is one site here: the same rows, the same refusal.
    src = write(tmp_path, "2023;2023-06;;snabbarenden;Män;500", name="m.csv")
    with pytest.raises(ImportProblem, match="snabbarenden 2023-06 2023 hela journalen Män 500 i "):
        run_import(desk, src)
    # A month without rows is history the journal does not have: it is moved in, and the
    # journal's own rows still win wherever they exist.
    done = run_import(desk, write(tmp_path, "2023;2023-01;;snabbarenden;Totalt;90", name="j.csv"))
    assert done.rows == 1
    with desk.journal.session(readonly=True) as s:
        january = measure_value(s, "snabbarenden", month(2023, 1))
        year = measure_value(s, "snabbarenden", full_year(2023))
    assert (january.total, january.source) == (90, "sammanställning")
    assert (year.total, year.source) == (1702, "rader")

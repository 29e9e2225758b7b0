"""Activities and events: the log, its list of types and register of partners, ``import
activities`` (every row or none, refusals naming file, line and column) and the reports
``aktiviteter`` and ``samverkan`` with exact numbers."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from vagledare.app.desk import Desk
from vagledare.cli import main
from vagledare.journal import activities
from vagledare.journal.activities import ActivityDraft, ActivityProblem
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Activity, ActivityPartner, Partner
from vagledare.journal.sites import SiteInfo, add_site
from vagledare.reports import door
from vagledare.reports.periods import Period
from vagledare.reports.render.csv import csv_text

HEADER = "datum;mötesplats;typ;titel;partner;kvinnor;män;ej angivet;arbetsgivare\n"
DELAR2 = Period(date(2023, 1, 1), date(2023, 8, 31))
KINDS = (
    "Språkcafé",
    "Läxhjälp",
    "Studiebesök",
    "Informationsträff",
    "Arbetsgivarträff",
    "Rekryteringsträff",
    "Näringslivsdag",
    "Samverkan",
    "Kvällsöppet",
)


def kind_id(journal: Journal, name: str):  # noqa: ANN201
    found = journal.read(activities.find_kind, name)
    assert found is not None
    return found.id


def report_csv(journal: Journal, key: str, period: Period = DELAR2, **kw: object) -> str:
    with journal.session(readonly=True) as s:
        out = door.build(s, door.Request(key, period, **kw), today=date(2030, 1, 1))  # type: ignore[arg-type]
    return csv_text(out.csv_table)


def run_import(db: str, path: Path, *extra: str) -> int:
    return main(["--db", db, "--as", "AB", "import", "activities", str(path), *extra])


def test_a_new_journal_has_the_seeded_types_in_order(journal: Journal) -> None:
    assert [k.name for k in journal.read(activities.list_kinds)] == list(KINDS)


def test_a_naringslivsdag_of_600_visitors_and_14_employers_is_stored_and_reported(
    desk: Desk,
) -> None:
    j, site = desk.journal, desk.site
    draft = ActivityDraft(
        site.id,
        kind_id(j, "Näringslivsdag"),
        date(2023, 4, 27),
        "Näringslivsdag",
        women=320,
        men=270,
        unstated=10,
        employers=14,
        starts_at=time(10),
        ends_at=time(15),
        partners=("Parken Zoo", "Eskilstuna FC", "Young Revolution"),
        staff_ids=(desk.staff.id,),
        note="Upp emot 600 besökare, ca 14 företagare och coacher.",
    )
    aid = j.write(activities.add_activity, draft, desk.staff.id)
    got = j.read(activities.get_activity, aid)
    assert (got.visitors, got.employers, got.kind) == (600, 14, "Näringslivsdag")
    assert got.partners == ("Eskilstuna FC", "Parken Zoo", "Young Revolution")
    assert got.staff == ("AB",)
    text = report_csv(j, "aktiviteter")
    assert text.splitlines()[0] == "Typ;Tillfällen;Kvinnor;Män;Ej angivet;Totalt;Arbetsgivare"
    assert "Näringslivsdag;1;320;270;10;600;14" in text.splitlines()
    assert text.splitlines()[-1] == "Totalt;1;320;270;10;600;14"


def test_the_activity_report_has_one_row_per_type_in_list_order_then_totalt(
    desk: Desk,
) -> None:
    j, site = desk.journal, desk.site
    for day, kind, w, m, u, e in (
        (date(2023, 2, 7), "Språkcafé", 3, 2, 0, 0),
        (date(2023, 2, 14), "Språkcafé", 4, 1, 1, 0),
        (date(2023, 3, 1), "Läxhjälp", 1, 0, 0, 0),
        (date(2023, 5, 10), "Rekryteringsträff", 12, 9, 0, 3),
        (date(2023, 9, 1), "Kvällsöppet", 8, 8, 0, 0),  # after the period
    ):
        j.write(
            activities.add_activity,
            ActivityDraft(site.id, kind_id(j, kind), day, kind, w, m, u, e),
            None,
        )
    new = j.write(activities.add_kind, "Sommartorg", None)
    j.write(
        activities.add_activity,
        ActivityDraft(site.id, new.id, date(2023, 7, 3), "Sommartorg", 40, 35, 5, 2),
        None,
    )
    assert report_csv(j, "aktiviteter") == (
        "Typ;Tillfällen;Kvinnor;Män;Ej angivet;Totalt;Arbetsgivare\r\n"
        "Språkcafé;2;7;3;1;11;0\r\n"
        "Läxhjälp;1;1;0;0;1;0\r\n"
        "Studiebesök;0;0;0;0;0;0\r\n"
        "Informationsträff;0;0;0;0;0;0\r\n"
        "Arbetsgivarträff;0;0;0;0;0;0\r\n"
        "Rekryteringsträff;1;12;9;0;21;3\r\n"
        "Näringslivsdag;0;0;0;0;0;0\r\n"
        "Samverkan;0;0;0;0;0;0\r\n"
        "Kvällsöppet;0;0;0;0;0;0\r\n"
        "Sommartorg;1;40;35;5;80;2\r\n"
        "Totalt;5;60;47;6;113;5\r\n"
    )
    # moved to the top of the list, and a retired unused type disappears
    j.write(activities.move_kind, new.id, -20)
    j.write(activities.retire_kind, kind_id(j, "Samverkan"))
    lines = report_csv(j, "aktiviteter").splitlines()
    assert lines[1].startswith("Sommartorg;") and not any(x.startswith("Samverkan") for x in lines)


def test_protection_hides_small_visitor_counts_but_not_occasions_or_employers(
    desk: Desk,
) -> None:
    j = desk.journal
    j.write(
        activities.add_activity,
        ActivityDraft(desk.site.id, kind_id(j, "Studiebesök"), date(2023, 3, 3), "AF", 2, 9, 0, 1),
        None,
    )
    lines = report_csv(j, "aktiviteter", protect=True).splitlines()
    row = next(x for x in lines if x.startswith("Studiebesök"))
    cells = row.split(";")
    assert cells[1] == "1" and cells[6] == "1"  # occasions and employers are no people
    assert cells[2] == "<5"


def test_samverkan_counts_activities_per_partner_alphabetically(desk: Desk) -> None:
    j, site = desk.journal, desk.site
    for day, partners in (
        (date(2023, 3, 1), ("Ung fritid", "Biblioteket")),
        (date(2023, 4, 1), ("Öppna förskolan", "ung fritid")),
        (date(2023, 5, 1), ("Arbetsförmedlingen",)),
        (date(2023, 10, 1), ("Zeta AB",)),  # after the period
    ):
        j.write(
            activities.add_activity,
            ActivityDraft(site.id, kind_id(j, "Samverkan"), day, "Träff", 5, 5, partners=partners),
            None,
        )
    assert report_csv(j, "samverkan") == (
        "Partner;Aktiviteter\r\n"
        "Arbetsförmedlingen;1\r\n"
        "Biblioteket;1\r\n"
        "Ung fritid;2\r\n"
        "Öppna förskolan;1\r\n"
    )
    # the register holds each partner once, whatever the case it was typed in
    names = [p.name for p in j.read(activities.list_partners)]
    assert names == [
        "Arbetsförmedlingen",
        "Biblioteket",
        "Ung fritid",
        "Zeta AB",
        "Öppna förskolan",
    ]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"women": -1}, "women"),
        ({"men": "12"}, "men"),
        ({"employers": -3}, "employers"),
        ({"title": "  "}, "title"),
        ({"starts_at": time(15), "ends_at": time(14)}, "time"),
        ({"note": "ring 811218-9876"}, None),
    ],
)
def test_bad_activities_are_refused_naming_the_field(
    desk: Desk, change: dict[str, object], field: str | None
) -> None:
    j = desk.journal
    base = {
        "site_id": desk.site.id,
        "kind_id": kind_id(j, "Språkcafé"),
        "held_on": date(2023, 3, 7),
        "title": "Språkcafé",
    }
    draft = ActivityDraft(**{**base, **change})  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as refused:
        j.write(activities.add_activity, draft, None)
    if field is not None:
        assert isinstance(refused.value, ActivityProblem) and refused.value.field == field
    assert j.read(activities.list_activities, None, date(2000, 1, 1), date(2100, 1, 1)) == []


def test_an_activity_can_be_edited_and_deleted_leaving_tombstones(desk: Desk) -> None:
    j = desk.journal
    kid = kind_id(j, "Språkcafé")
    aid = j.write(
        activities.add_activity,
        ActivityDraft(desk.site.id, kid, date(2023, 3, 7), "Språkcafé", 3, 2, partners=("A",)),
        None,
    )
    j.write(
        activities.update_activity,
        aid,
        ActivityDraft(desk.site.id, kid, date(2023, 3, 7), "Språkcafé", 5, 2, partners=("B",)),
        None,
    )
    got = j.read(activities.get_activity, aid)
    assert (got.women, got.partners) == (5, ("B",))
    j.write(activities.delete_activity, aid)
    with j.session(readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(Activity)) == 0
        assert s.scalar(select(func.count()).select_from(ActivityPartner)) == 0
        assert s.scalar(select(func.count()).select_from(Partner)) == 2  # the register stays


def test_import_activities_adds_every_row_and_new_partners(
    db_target: str, desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with desk.journal.session() as s:
        add_site(s, "Årby", desk.staff.id)
    src = tmp_path / "aktiviteter.csv"
    src.write_text(
        HEADER + "2023-04-27;Årby;Näringslivsdag;Näringslivsdag;Parken Zoo|Eskilstuna FC;"
        "320;270;10;14\n"
        "2023-03-07;fröslunda;språkcafé;;;7;2;;0\n"
        "2023-06-12;Fröslunda;Samverkan;Sommartorg;Ung fritid| Parken Zoo ;1 200;900;0;\n",
        encoding="utf-8",
    )
    assert run_import(db_target, src) == 0
    assert "3 aktiviteter importerade" in capsys.readouterr().out
    j = desk.journal
    found = j.read(activities.list_activities, None, date(2023, 1, 1), date(2023, 12, 31))
    assert [(a.site, a.kind, a.title, a.visitors, a.employers) for a in found] == [
        ("Fröslunda", "Språkcafé", "Språkcafé", 9, 0),
        ("Årby", "Näringslivsdag", "Näringslivsdag", 600, 14),
        ("Fröslunda", "Samverkan", "Sommartorg", 2100, 0),
    ]
    assert report_csv(j, "samverkan").splitlines()[1:] == [
        "Eskilstuna FC;1",
        "Parken Zoo;2",
        "Ung fritid;1",
    ]
    assert run_import(db_target, src) == 1  # the same content twice is refused
    assert "redan importerats" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("row", "where"),
    [
        ("2023-03-07;Fröslunda;Språkcafé;x;;-4;2;0;0", "rad 3, kolumn kvinnor"),
        ("2023-03-07;Fröslunda;Språkcafé;x;;4;två;0;0", "rad 3, kolumn män"),
        ("2023-03-07;Fröslunda;Språkcafé;x;;4;2;1,5;0", "rad 3, kolumn ej angivet"),
        ("2023-03-07;Fröslunda;Språkcafé;x;;4;2;0;-1", "rad 3, kolumn arbetsgivare"),
        ("2023-03-07;Fröslunda;Bakdag;x;;4;2;0;0", "rad 3, kolumn typ"),
        ("2023-03-07;Årby;Språkcafé;x;;4;2;0;0", "rad 3, kolumn mötesplats"),
        ("2023-02-30;Fröslunda;Språkcafé;x;;4;2;0;0", "rad 3, kolumn datum"),
        ("7/3/2023;Fröslunda;Språkcafé;x;;4;2;0;0", "rad 3, kolumn datum"),
        ("2023-03-07;Fröslunda;Språkcafé;811218-9876;;4;2;0;0", "rad 3, kolumn titel"),
        ("2023-03-07;Fröslunda;Språkcafé;x;=HYPERLINK(1);4;2;0;0", "rad 3, kolumn partner"),
    ],
)
def test_a_bad_row_refuses_the_whole_file_naming_file_line_and_column(
    db_target: str,
    desk: Desk,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    row: str,
    where: str,
) -> None:
    src = tmp_path / "akt.csv"
    good = "2023-03-01;Fröslunda;Läxhjälp;Läxhjälp;;1;1;0;0\n"
    src.write_text(HEADER + good + row + "\n", encoding="utf-8")
    assert run_import(db_target, src) == 1
    err = capsys.readouterr().err
    assert f"akt.csv, {where}:" in err, err
    with desk.journal.session(readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(Activity)) == 0


def test_the_header_must_name_every_column(
    db_target: str, desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "akt.csv"
    src.write_text("datum;mötesplats;typ;titel\n2023-03-01;Fröslunda;Läxhjälp;x\n", "utf-8")
    assert run_import(db_target, src) == 1
    assert "akt.csv, rad 1: kolumn saknas: partner" in capsys.readouterr().err


def test_reports_from_the_command_line(db_target: str, desk: Desk, tmp_path: Path) -> None:
    desk.journal.write(
        activities.add_activity,
        ActivityDraft(
            desk.site.id,
            kind_id(desk.journal, "Näringslivsdag"),
            date(2023, 4, 27),
            "Näringslivsdag",
            320,
            280,
            employers=14,
        ),
        None,
    )
    for key in ("aktiviteter", "samverkan"):
        out = tmp_path / f"{key}.csv"
        args = ["--db", db_target, "report", key, "--from", "2023-01-01", "--to", "2023-08-31"]
        assert main([*args, "--format", "csv", "--output", str(out)]) == 0
        raw = out.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
    raw = (tmp_path / "aktiviteter.csv").read_bytes()
    assert "Näringslivsdag;1;320;280;0;600;14\r\n".encode() in raw


def test_activity_site_and_sites_filter(desk: Desk) -> None:
    j = desk.journal
    with j.session() as s:
        other: SiteInfo = add_site(s, "Årby", None)
    for site in (desk.site, other):
        j.write(
            activities.add_activity,
            ActivityDraft(site.id, kind_id(j, "Läxhjälp"), date(2023, 3, 1), "Läxhjälp", 1, 1),
            None,
        )
    only = report_csv(j, "aktiviteter", site_ids=[other.id]).splitlines()
    assert "Läxhjälp;1;1;1;0;2;0" in only
    both = report_csv(j, "aktiviteter").splitlines()
    assert "Läxhjälp;2;2;2;0;4;0" in both


def test_an_exchange_file_with_a_negative_visitor_count_is_refused() -> None:
    from vagledare.exchange.model import exchanged_tables
    from vagledare.exchange.validate import _rules

    et = next(t for t in exchanged_tables() if t.name == "activity")
    rules = _rules(et, et.table)
    negative = {column for column, _, what in rules if what == "är negativt"}
    assert negative == {"visitors_women", "visitors_men", "visitors_unstated", "employers"}


def test_a_partner_is_renamed_or_marked_as_employer_and_a_double_is_refused(desk: Desk) -> None:
    j = desk.journal
    zoo = j.write(activities.ensure_partner, "Parken zoo", None)
    j.write(activities.ensure_partner, "Arbetsförmedlingen", None)
    with pytest.raises(ValidationError, match="Partnern ARBETSFÖRMEDLINGEN finns redan"):
        j.write(activities.set_partner, zoo.id, "ARBETSFÖRMEDLINGEN", False)
    with pytest.raises(ValidationError, match="får inte vara tom"):
        j.write(activities.set_partner, zoo.id, "  ", True)
    j.write(activities.set_partner, zoo.id, "  Parken   Zoo ", True)
    got = [(p.name, p.employer) for p in j.read(activities.list_partners)]
    assert got == [("Arbetsförmedlingen", False), ("Parken Zoo", True)]

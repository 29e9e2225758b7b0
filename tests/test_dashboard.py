"""The overview's figures, checked against a small journal worked out by hand."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from decimal import Decimal

import pytest

from vagledare.app.desk import Desk
from vagledare.journal import attendance, cases, enrolments, groups, meetings, quick_cases, sites
from vagledare.journal.assessments import record_reading
from vagledare.journal.db import Journal
from vagledare.journal.models import (
    AttendanceStatus,
    ClosureReason,
    EnrolmentRoute,
    Gender,
    GroupKind,
    Respondent,
    Route,
)
from vagledare.reports.overview import (
    attendance_by_month,
    bip_changes,
    build_dashboard,
    cases_by_month,
    gender_splits,
    visit_heat_map,
    weekly_categories,
)
from vagledare.reports.periods import Period, month
from vagledare.reports.table import Share

NOW = datetime(2024, 4, 2, 12, 0)
MARCH = month(2024, 3)


def log(s, site, category: str, gender: Gender, at: datetime, count: int = 1) -> list:  # noqa: ANN001
    cat, band = site.category(category), site.age_band("25-34")
    return quick_cases.log_quick_cases(
        s, site.id, cat.id, band.id, gender, None, at=at, count=count, now=NOW
    )


@pytest.fixture
def frö(desk: Desk) -> tuple[Journal, uuid.UUID, uuid.UUID]:
    """Fröslunda's March 2024, and a little of Årby's (which a Fröslunda view leaves out)."""
    j = desk.journal
    with j.session() as s:
        arby = sites.add_site(s, "Årby")
        site = desk.site
        log(s, site, "Ansökningshandlingar", Gender.MAN, datetime(2024, 3, 1, 16, 30))  # Fri
        log(s, site, "Söka arbete", Gender.WOMAN, datetime(2024, 3, 4, 10, 15), 2)  # Mon
        log(s, site, "Övrigt", Gender.MAN, datetime(2024, 3, 5, 9, 40))  # Tue
        log(s, site, "Söka arbete", Gender.WOMAN, datetime(2024, 3, 12, 10, 5), 3)  # Tue
        log(s, site, "Övrigt", Gender.WOMAN, datetime(2024, 3, 16, 12, 0))  # Sat
        log(s, site, "Övrigt", Gender.WOMAN, datetime(2024, 2, 29, 10, 0))  # Feb: outside
        (gone,) = log(s, site, "Övrigt", Gender.MAN, datetime(2024, 3, 19, 11, 0))
        quick_cases.remove_quick_case(s, gone, "Fel knapp", None)
        log(s, arby, "Söka arbete", Gender.MAN, datetime(2024, 3, 4, 10, 30), 4)
    return j, desk.site.id, arby.id


def test_quick_cases_per_week_and_category(frö) -> None:  # noqa: ANN001
    j, site_id, _ = frö
    with j.session() as s:
        w = weekly_categories(s, [site_id], MARCH)
    assert w.weeks == (
        date(2024, 2, 26),
        date(2024, 3, 4),
        date(2024, 3, 11),
        date(2024, 3, 18),
        date(2024, 3, 25),
    )
    assert w.categories[:2] == ("Ansökningshandlingar", "Söka arbete")
    col = {c: i for i, c in enumerate(w.categories)}
    assert w.counts[0][col["Ansökningshandlingar"]] == 1  # 1 March only: not 29 February
    assert w.counts[1][col["Söka arbete"]] == 2 and w.counts[1][col["Övrigt"]] == 1
    assert w.counts[2][col["Söka arbete"]] == 3 and w.counts[2][col["Övrigt"]] == 1
    assert [w.week_total(i) for i in range(5)] == [1, 3, 4, 0, 0]
    assert w.total == 8 and w.week_label(1) == "v. 10" and w.week_label(1, "en") == "wk 10"


def test_all_sites_pool_the_weeks(frö) -> None:  # noqa: ANN001
    j, _, _ = frö
    with j.session() as s:
        w = weekly_categories(s, None, MARCH)
    assert [w.week_total(i) for i in range(5)] == [1, 7, 4, 0, 0]


def test_heat_map_counts_weekday_by_hour_and_means_per_such_day(frö) -> None:  # noqa: ANN001
    j, site_id, _ = frö
    with j.session() as s:
        heat = visit_heat_map(s, [site_id], MARCH)
    assert heat.weekdays == (0, 1, 2, 3, 4, 5)  # Saturday: someone came; Sunday: nobody
    assert heat.hours == tuple(range(8, 17))
    assert heat.days == (4, 4, 4, 4, 5, 5)  # March 2024 has five Fridays and Saturdays
    assert heat.count(1, 10) == 3 and heat.count(1, 9) == 1 and heat.count(0, 10) == 2
    assert heat.count(4, 16) == 1 and heat.count(5, 12) == 1 and heat.count(1, 11) == 0
    assert heat.mean(1, 10) == Decimal("0.8")  # 3 over 4 Tuesdays, rounded half up
    assert heat.mean(0, 10) == Decimal("0.5") and heat.mean(4, 16) == Decimal("0.2")
    assert heat.peak == 3 and heat.total == 8


def test_heat_map_widens_to_evening_hours_when_used(frö) -> None:  # noqa: ANN001
    j, site_id, _ = frö
    with j.session() as s:
        site = sites.get_site(s, site_id)
        log(s, site, "Övrigt", Gender.WOMAN, datetime(2024, 3, 6, 17, 45))
        heat = visit_heat_map(s, [site_id], MARCH)
    assert heat.hours == tuple(range(8, 18)) and heat.count(2, 17) == 1


def _case(s, site_id, start: date, gender: Gender, code: str) -> uuid.UUID:  # noqa: ANN001
    return cases.open_case(
        s,
        site_id=site_id,
        route=Route.REFERRED,
        start=start,
        gender=gender,
        age_band="25-34",
        author_id=None,
        code=code,
        today=NOW.date(),
    )


def test_cases_per_month_and_gender_of_new_cases(frö) -> None:  # noqa: ANN001
    j, site_id, _ = frö
    today = NOW.date()
    with j.session() as s:
        a = _case(s, site_id, date(2024, 1, 10), Gender.WOMAN, "FRÖ-A")
        _case(s, site_id, date(2024, 3, 5), Gender.MAN, "FRÖ-B")
        c = _case(s, site_id, date(2024, 2, 1), Gender.WOMAN, "FRÖ-C")
        d = _case(s, site_id, date(2024, 3, 25), Gender.WOMAN, "FRÖ-D")
        cases.close_case(s, a, date(2024, 3, 20), ClosureReason.PERMANENT_JOB, None, today=today)
        cases.close_case(s, c, date(2024, 2, 28), ClosureReason.DROPPED_OUT, None, today=today)
        cases.close_case(s, d, date(2024, 3, 28), ClosureReason.MOVED_AWAY, None, today=today)
        months = cases_by_month(s, [site_id], Period(date(2024, 2, 1), date(2024, 3, 31)))
        quick, new = gender_splits(s, [site_id], MARCH)
    feb, mar = months
    assert (feb.month, feb.new, feb.closed, feb.self_sufficient, feb.open_at_end) == (
        date(2024, 2, 1),
        1,
        1,
        0,
        1,
    )
    assert (mar.new, mar.closed, mar.self_sufficient, mar.open_at_end) == (2, 2, 1, 1)
    assert (quick.women, quick.men, quick.unstated) == (6, 2, 0)
    assert quick.women_share == Share(6, 8)
    assert (new.what, new.women, new.men) == ("new_cases", 1, 1)


def test_attendance_per_month_counts_taken_sessions_with_guests(frö) -> None:  # noqa: ANN001
    j, site_id, arby_id = frö
    with j.session() as s:
        g = groups.add_group(
            s, site_id, "Språkgrupp", GroupKind.LANGUAGE_GROUP, date(2024, 1, 8), None
        )
        cafe = groups.add_group(
            s, arby_id, "Språkcafé", GroupKind.LANGUAGE_CAFE, date(2024, 1, 8), None
        )
        ids = [
            enrolments.enrol(
                s,
                g.id,
                f"FRÖ-S{i}",
                Gender.WOMAN,
                "25-34",
                EnrolmentRoute.OWN_INITIATIVE,
                date(2024, 1, 8),
                None,
            ).id
            for i in range(3)
        ]
        p, a = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT

        def held(day: date, marks, guests=None, group=g):  # noqa: ANN001, ANN202
            x = meetings.add_session(s, group.id, day, time(9, 30), time(11, 30), None)
            if marks is not None:
                attendance.save_roll_call(
                    s,
                    x.id,
                    dict(zip(ids if group is g else [], marks, strict=True)),
                    guests or attendance.Guests(),
                    None,
                    now=NOW,
                )
            return x

        held(date(2024, 2, 20), (p, a, a), attendance.Guests(women=2))
        held(date(2024, 3, 5), (p, p, a), attendance.Guests(women=1))
        held(date(2024, 3, 12), (p, p, p), attendance.Guests(men=1))
        meetings.cancel_session(s, held(date(2024, 3, 19), None).id, "Sjuk")
        held(date(2024, 3, 26), None)  # roll call never taken: not counted
        held(date(2024, 1, 30), (p, p, p), attendance.Guests(men=4))  # before the period
        held(date(2024, 3, 7), (), attendance.Guests(women=1, unstated=2), group=cafe)  # Årby
        spring = Period(date(2024, 2, 1), date(2024, 3, 31))
        feb, mar = attendance_by_month(s, [site_id], spring)
        _, both = attendance_by_month(s, None, spring)
    assert (feb.sessions, feb.present, feb.mean) == (1, 3, Decimal("3.0"))
    assert (mar.sessions, mar.present, mar.mean) == (2, 7, Decimal("3.5"))
    assert (both.sessions, both.present, both.mean) == (3, 10, Decimal("3.3"))


def test_bip_change_per_factor_equals_the_bip_report(frö) -> None:  # noqa: ANN001
    j, site_id, _ = frö
    today = NOW.date()
    with j.session() as s:
        one = _participant(s, site_id, "FRÖ-P1")
        two = _participant(s, site_id, "FRÖ-P2")
        for pid, day, value in (
            (one, date(2024, 1, 15), 3),
            (one, date(2024, 3, 10), 5),
            (two, date(2024, 1, 20), 6),
            (two, date(2024, 3, 15), 5),
        ):
            values = {f: value for f in range(1, 7)}
            record_reading(s, pid, Respondent.PARTICIPANT, day, values, None, today=today)
        record_reading(s, one, Respondent.COACH, date(2024, 1, 15), {7: 4}, None, today=today)
        record_reading(s, one, Respondent.COACH, date(2024, 3, 10), {7: 5}, None, today=today)
        changes = bip_changes(s, [site_id], Period(date(2024, 1, 1), date(2024, 3, 31)), "sv")
    assert [c.participants for c in changes] == [2, 2, 2, 2, 2, 2, 1]
    assert [c.change for c in changes] == [Decimal("0.5")] * 6 + [Decimal("1.0")]
    assert changes[0].name == "Jobbsökningsbeteende"


def _participant(s, site_id: uuid.UUID, code: str) -> uuid.UUID:  # noqa: ANN001
    from vagledare.journal.participants import register_participant

    return register_participant(s, site_id, Gender.WOMAN, "25-34", None, code).id


def test_the_whole_overview_of_the_demo_year_has_every_figure(demo_path, demo_template) -> None:  # noqa: ANN001
    from vagledare.journal.db import open_journal

    summary = demo_template[1]
    j = open_journal(demo_path)
    try:
        with j.session(readonly=True) as s:
            site = sites.find_site(s, "Fröslunda")
            board = build_dashboard(s, summary.period, [site.id], "sv")
    finally:
        j.close()
    assert board.demo and board.where == "Fröslunda"
    assert board.weekly.total > 0 and len(board.weekly.weeks) == 55
    # Fröslunda's drop-in is Tuesday morning: the busiest hour of the week is there.
    peak = max(
        ((d, h) for d in board.heat.weekdays for h in board.heat.hours),
        key=lambda k: board.heat.count(*k),
    )
    assert peak[0] == 1 and 9 <= peak[1] <= 11
    assert all(m.open_at_end > 0 for m in board.cases)
    assert sum(m.self_sufficient for m in board.cases) > 0
    assert sum(m.sessions for m in board.attendance) > 50
    assert all(c.change is not None for c in board.bip)

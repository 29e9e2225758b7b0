"""Journals with språkgrupper, built to reproduce the seed's figures and hand-computed ones."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from vagledare.journal import attendance, enrolments, groups, meetings, sites, staff
from vagledare.journal.db import Journal
from vagledare.journal.models import AttendanceStatus, EnrolmentRoute, Gender, GroupKind, Outcome

# Where the 53 Årby participants went (000:689: "Sedan starten 2020 har 17 deltagare gått
# vidare till anställning och andra deltagare har gått vidare till praktik eller studier").
ARBY_LEAVERS: tuple[Outcome, ...] = (
    (Outcome.EMPLOYMENT,) * 17
    + (Outcome.WORK_PLACEMENT,) * 4
    + (Outcome.STUDIES_SFI,) * 3
    + (Outcome.STUDIES_OTHER,) * 2
    + (Outcome.DROPPED_OUT,) * 2
    + (Outcome.MOVED,)
)
ARBY_START = date(2020, 3, 2)


def setup_sites(journal: Journal) -> tuple[uuid.UUID, dict[str, sites.SiteInfo]]:
    with journal.session() as s:
        me = staff.ensure_staff(s, "SH")
        found = {
            n: sites.find_site(s, n) or sites.add_site(s, n, me.id) for n in ("Årby", "Fröslunda")
        }
    return me.id, found


def arby_code(i: int) -> str:
    return f"ÅRB-{2020 + i // 20}-{i + 1:04d}"


def build_arby_sprakgrupp(journal: Journal) -> uuid.UUID:
    """T5 (000:697-700): Årby's språkgrupp since its start in 2020 — 53 participants, 28
    women and 25 men, enrolled between March 2020 and September 2022; 29 of them have left
    (17 to employment), the last leaving in 2022. Returns the group's id."""
    author, found = setup_sites(journal)
    arby = found["Årby"]
    with journal.session() as s:
        g = groups.add_group(
            s,
            arby.id,
            "Språkgrupp",
            GroupKind.LANGUAGE_GROUP,
            ARBY_START,
            author,
            tutors=["Språkhandledare Årby"],
            add_tutors=True,
            schedule=[groups.parse_slot("tis 09:30-11:30"), groups.parse_slot("tor 09:30-11:30")],
        )
        for i in range(53):
            gender = Gender.WOMAN if i % 2 == 0 or i >= 50 else Gender.MAN
            route = EnrolmentRoute.REFERRED if i % 5 else EnrolmentRoute.CITIZEN_SERVICE
            start = ARBY_START + timedelta(days=1 + 18 * i)
            e = enrolments.enrol(s, g.id, arby_code(i), gender, "35-44", route, start, author)
            if i < len(ARBY_LEAVERS):
                enrolments.leave(s, e.id, start + timedelta(days=300), ARBY_LEAVERS[i])
    return g.id


def build_froslunda_sprakgrupp(journal: Journal) -> uuid.UUID:
    """Fröslunda's språkgrupp from November 2022 (000:693): 10 anvisade via ekonomiskt
    bistånd and 5 who came on their own (the seed: "14-16"; gender "Information saknas", so
    here 9 women and 6 men)."""
    author, found = setup_sites(journal)
    fro = found["Fröslunda"]
    with journal.session() as s:
        g = groups.add_group(
            s,
            fro.id,
            "Språkgrupp",
            GroupKind.LANGUAGE_GROUP,
            date(2022, 11, 1),
            author,
            tutors=["Språkhandledare Fröslunda"],
            add_tutors=True,
        )
        for i in range(15):
            route = EnrolmentRoute.REFERRED if i < 10 else EnrolmentRoute.OWN_INITIATIVE
            gender = Gender.WOMAN if i < 9 else Gender.MAN
            enrolments.enrol(
                s,
                g.id,
                f"FRÖ-2022-{i + 1:04d}",
                gender,
                "25-34",
                route,
                date(2022, 11, 1) + timedelta(days=i),
                author,
            )
    return g.id


def build_cafe(
    journal: Journal, site: str, visitors: list[tuple[int, int]], first: date
) -> uuid.UUID:
    """A språkcafé with one session a week from ``first``; session i had ``visitors[i]``
    = (women, men) walk-in guests. One more session is cancelled and one never taken."""
    author, found = setup_sites(journal)
    with journal.session() as s:
        g = groups.add_group(s, found[site].id, "Språkcafé", GroupKind.LANGUAGE_CAFE, first, author)
        for i, (women, men) in enumerate(visitors):
            x = meetings.add_session(s, g.id, first + timedelta(weeks=i), None, None, author)
            attendance.save_roll_call(
                s, x.id, {}, meetings.Guests(women, men), author, now=datetime(2030, 1, 1)
            )
        n = len(visitors)
        cancelled = meetings.add_session(s, g.id, first + timedelta(weeks=n), None, None, author)
        meetings.cancel_session(s, cancelled.id, "Personalbrist")
        meetings.add_session(s, g.id, first + timedelta(weeks=n + 1), None, None, author)
    return g.id


def take(
    journal: Journal,
    group_id: uuid.UUID,
    day: date,
    marks: dict[str, AttendanceStatus],
    guests: meetings.Guests = meetings.Guests(),  # noqa: B008
) -> meetings.SessionInfo:
    """Take a roll call on ``day`` (the session is added if the schedule has none)."""
    with journal.session() as s:
        x = meetings.session_on(s, group_id, day) or meetings.add_session(
            s, group_id, day, None, None, None
        )
        call = attendance.roll_call(s, x.id)
        by_code = {e.code: e.enrolment_id for e in call.entries}
        return attendance.save_roll_call(
            s,
            x.id,
            {by_code[c]: st for c, st in marks.items()},
            guests,
            None,
            now=datetime(2030, 1, 1),
        )

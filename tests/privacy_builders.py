"""A journal with a bit of everything about people, for the retention, erasure and register
extract tests: the seed's cases (2020–2023), contacts with notes, a reopened case, Årby's
språkgrupp with roll calls and a session note, and progression readings with comments.

"Today" is 30 June 2025, so with the default two years the cut-off day is 30 June 2023.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from case_builders import (
    add_seed_sites,
    build_directly,
    ms_2021_cases,
    ms_2022_cases,
    noise_cases,
    referred_cases,
)
from group_builders import ARBY_LEAVERS, ARBY_START, arby_code, build_arby_sprakgrupp, take
from sqlalchemy import select

from vagledare.journal import assessments, cases, meetings, participants, sites, staff
from vagledare.journal.case_list import list_cases
from vagledare.journal.db import Journal
from vagledare.journal.models import (
    AttendanceStatus,
    Base,
    ClosureReason,
    ContactType,
    Gender,
    Respondent,
    Role,
)

TODAY = date(2025, 6, 30)
P, A, E = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED


@dataclass(frozen=True)
class Built:
    coach: uuid.UUID  # AB, coach of every seed case
    other_coach: uuid.UUID  # CD, coach of nothing
    lead: uuid.UUID  # TL
    group_id: uuid.UUID


def case_id_of(journal: Journal, code: str) -> uuid.UUID:
    with journal.session() as s:
        return next(c.id for c in list_cases(s, code_search=code) if c.code == code)


def build_everything(journal: Journal) -> Built:
    add_seed_sites(journal)
    build_directly(journal, referred_cases() + ms_2021_cases() + ms_2022_cases() + noise_cases())
    with journal.session() as s:
        ab = staff.ensure_staff(s, "AB").id
        cd = staff.ensure_staff(s, "CD").id
        tl = staff.ensure_staff(s, "TL", Role.TEAM_LEAD).id
        arby = sites.require_site(s, "Årby")

    # Contacts, with notes, on cases old and new.
    notes = {
        "ÅRB-X-0003": [(date(2021, 6, 1), "Vill ha hjälp med CV"), (date(2021, 9, 1), None)],
        "FRÖ-X-0002": [(date(2023, 1, 10), "Söker undersköterskeutbildning")],
        "FRÖ-X-0001": [(date(2023, 3, 1), "Följer upp ansökan; kom med ÅRB-X-0003")],
        "ÅRB-2022-M0002": [(date(2022, 2, 1), "Praktik på förskola")],
    }
    for code, items in notes.items():
        cid = case_id_of(journal, code)
        with journal.session() as s:
            for on, note in items:
                cases.add_contact(s, cid, on, ContactType.CONVERSATION, note, ab, today=TODAY)
    # A case closed before the cut-off but followed up after it: still active.
    cid = case_id_of(journal, "ÅRB-2022-M0001")
    with journal.session() as s:
        cases.add_contact(
            s,
            cid,
            date(2023, 9, 1),
            ContactType.FOLLOW_UP,
            "Uppföljning: har jobb",
            ab,
            today=TODAY,
        )
    # A reopened and closed-again case (2021), with a coach of its own.
    with journal.session() as s:
        cid = cases.open_case(
            s,
            site_id=arby.id,
            route=cases.Route.CITIZEN_SERVICE,
            start=date(2021, 2, 1),
            gender=Gender.WOMAN,
            age_band="25-34",
            author_id=ab,
            code="ÅRB-R-0001",
            coach_id=cd,
            today=TODAY,
        )
        cases.close_case(s, cid, date(2021, 3, 1), ClosureReason.STUDIES, ab, today=TODAY)
        cases.reopen_case(s, cid, date(2021, 4, 1), ab, today=TODAY)
        cases.add_contact(s, cid, date(2021, 4, 2), ContactType.STUDY_GUIDANCE, "Ny plan", cd)
        cases.close_case(s, cid, date(2021, 5, 1), ClosureReason.PERMANENT_JOB, cd, today=TODAY)

    # Årby's språkgrupp: 53 enrolled 2020–2022, 29 left (300 days after enrolling).
    group_id = build_arby_sprakgrupp(journal)
    marks = (P, P, A, P, E)
    for day in (date(2021, 3, 2), date(2022, 3, 1)):
        take(journal, group_id, day, {arby_code(i): marks[i % 5] for i in active_on(day)})
    x = take(
        journal, group_id, date(2023, 3, 2), {arby_code(i): P for i in active_on(date(2023, 3, 2))}
    )
    with journal.session() as s:
        meetings.set_session_details(
            s, x.id, [], f"{arby_code(5)} kom på besök; {arby_code(30)} visade nya deltagare", ab
        )

    # Readings: T1 (still active), T2 (last in 2023-01, with a comment and a deleted one),
    # and a reading for a case participant.
    with journal.session() as s:
        fro = sites.require_site(s, "Fröslunda")
        t1 = participants.register_participant(s, fro.id, Gender.WOMAN, "25-34", ab, code="T1")
        t2 = participants.register_participant(s, fro.id, Gender.MAN, "35-44", cd, code="T2")
        values = {i: 4 for i in range(1, 7)}
        for day in (date(2022, 12, 15), date(2023, 10, 1)):
            assessments.record_reading(
                s, t1.id, Respondent.PARTICIPANT, day, values, ab, today=TODAY
            )
        assessments.record_reading(
            s,
            t2.id,
            Respondent.PARTICIPANT,
            date(2022, 11, 1),
            values,
            cd,
            comment="Orolig för ekonomin",
            language="ar",
            today=TODAY,
        )
        r = assessments.record_reading(
            s, t2.id, Respondent.PARTICIPANT, date(2023, 1, 5), values, cd, today=TODAY
        )
        assessments.delete_reading(s, r.id, "Fel deltagare vald", cd)
        assessments.record_reading(
            s, t2.id, Respondent.COACH, date(2023, 1, 6), {1: 5, 7: 6}, cd, today=TODAY
        )
        x3 = participants.find_participant(s, "ÅRB-X-0003")
        assert x3 is not None
        assessments.record_reading(
            s,
            x3.id,
            Respondent.PARTICIPANT,
            date(2021, 8, 1),
            {i: 3 for i in range(1, 7)},
            ab,
            comment="Första mätningen",
            today=TODAY,
        )
    return Built(ab, cd, tl, group_id)


def active_on(day: date) -> list[int]:
    """Which of Årby's participants (``arby_code(i)``) are enrolled on ``day``."""
    out = []
    for i in range(53):
        start = ARBY_START + timedelta(days=1 + 18 * i)
        left = start + timedelta(days=300) if i < len(ARBY_LEAVERS) else None
        if start <= day and (left is None or day <= left):
            out.append(i)
    return out


def stored_text(journal: Journal) -> str:
    """Every value in every table of the journal as text, one line a row: all that SQL can
    still read on either backend (the audit log's details included, decoded)."""
    lines = []
    with journal.session(readonly=True) as s:
        for table in Base.metadata.sorted_tables:
            lines += (" ".join(map(str, row)) for row in s.execute(select(table)))
    return "\n".join(lines)

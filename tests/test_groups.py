"""Groups, schedule, sessions (generated, moved, cancelled, added), enrolments and roll calls."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from group_builders import setup_sites
from sqlalchemy import func, select

from vagledare.journal import attendance, enrolments, groups, meetings
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.meetings import Guests, SessionState
from vagledare.journal.models import (
    Attendance,
    AttendanceStatus,
    EnrolmentRoute,
    Gender,
    GroupKind,
    Outcome,
    Participant,
)
from vagledare.journal.participants import register_participant

START = date(2023, 1, 2)  # a Monday


@pytest.fixture
def group(journal: Journal):
    author, found = setup_sites(journal)
    with journal.session() as s:
        return groups.add_group(
            s,
            found["Årby"].id,
            "Språkgrupp",
            GroupKind.LANGUAGE_GROUP,
            START,
            author,
            tutors=["Sara", "Ali"],
            add_tutors=True,
            schedule=[groups.parse_slot("tis 09:30-11:00"), groups.parse_slot("torsdag 9.30–11")],
        )


@pytest.mark.parametrize(
    ("text", "weekday", "starts", "ends"),
    [
        ("tis 09:30-11:00", 1, time(9, 30), time(11, 0)),
        ("tisdagar 13.30-15", 1, time(13, 30), time(15, 0)),
        ("Onsdag 13:00–18:00", 2, time(13, 0), time(18, 0)),
        ("Fri 9-12", 4, time(9, 0), time(12, 0)),
    ],
)
def test_schedule_slots_are_read_as_staff_write_them(
    text: str, weekday: int, starts: time, ends: time
) -> None:
    assert groups.parse_slot(text) == groups.Slot(weekday, starts, ends)


@pytest.mark.parametrize("text", ["tis", "xyz 09:00-10:00", "tis 11:00-10:00", "tis 25:00-26:00"])
def test_bad_schedule_slots_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        groups.parse_slot(text)


def test_group_lists_tutors_and_schedule_in_swedish(group: groups.GroupInfo) -> None:
    assert group.tutors == ("Ali", "Sara")
    assert group.schedule_label() == "tisdagar 09.30–11.00, torsdagar 09.30–11.00"
    assert group.schedule_label("en") == "Tuesdays 09:30–11:00, Thursdays 09:30–11:00"


def test_sessions_are_generated_from_the_schedule_once(journal: Journal, group) -> None:
    with journal.session() as s:
        assert meetings.sync_sessions(s, date(2023, 1, 15), horizon_days=0) == 4
        assert meetings.sync_sessions(s, date(2023, 1, 15), horizon_days=0) == 0
        days = [x.held_on for x in meetings.list_sessions(s, [group.id])]
    assert days == [date(2023, 1, 3), date(2023, 1, 5), date(2023, 1, 10), date(2023, 1, 12)]


def test_moved_and_cancelled_sessions_stay_put_and_unrecorded_ones_are_flagged(
    journal: Journal, group
) -> None:
    with journal.session() as s:
        meetings.sync_sessions(s, date(2023, 1, 8), horizon_days=0)
        tue, thu = meetings.list_sessions(s, [group.id])
        moved = meetings.move_session(s, thu.id, date(2023, 1, 6), time(10), time(12))
        meetings.cancel_session(s, tue.id, "Sjuk handledare")
        extra = meetings.add_session(s, group.id, date(2023, 1, 7), None, None, None)
        # Generation over the same days again puts nothing back where it was moved from.
        s_group = groups.get_group(s, group.id)
        groups.set_schedule(s, s_group.id, list(s_group.schedule), START, None)
        meetings.sync_sessions(s, date(2023, 1, 8), horizon_days=0)
        days = {x.held_on: x for x in meetings.list_sessions(s, [group.id])}
        flagged = meetings.unrecorded_sessions(s, datetime(2023, 1, 8, 12))
    assert sorted(days) == [date(2023, 1, 3), date(2023, 1, 6), date(2023, 1, 7)]
    assert moved.moved_from == date(2023, 1, 5)
    assert days[date(2023, 1, 3)].state(datetime(2023, 1, 8)) is SessionState.CANCELLED
    assert days[date(2023, 1, 7)].extra
    assert [x.held_on for x in flagged] == [date(2023, 1, 6), date(2023, 1, 7)]
    assert extra.state(datetime(2023, 1, 7, 8)) is SessionState.TODAY


def test_a_session_is_flagged_until_its_roll_call_is_saved(journal: Journal, group) -> None:
    with journal.session() as s:
        e = enrolments.enrol(
            s, group.id, "ÅRB-1", Gender.WOMAN, "25-34", EnrolmentRoute.REFERRED, START, None
        )
        meetings.sync_sessions(s, date(2023, 1, 3), horizon_days=0)
        (x,) = meetings.list_sessions(s, [group.id])
        assert x.state(datetime(2023, 1, 3, 10)) is SessionState.TODAY
        assert [y.id for y in meetings.unrecorded_sessions(s, datetime(2023, 1, 3, 11))] == [x.id]
        attendance.save_roll_call(
            s, x.id, {e.id: AttendanceStatus.PRESENT}, Guests(), None, now=datetime(2023, 1, 3, 11)
        )
        assert meetings.unrecorded_sessions(s, datetime(2023, 1, 3, 11)) == []


def test_roll_call_lists_only_those_enrolled_that_day_and_needs_everyone_marked(
    journal: Journal, group
) -> None:
    with journal.session() as s:
        a = enrolments.enrol(
            s, group.id, "ÅRB-A", Gender.WOMAN, "25-34", EnrolmentRoute.REFERRED, START, None
        )
        b = enrolments.enrol(
            s, group.id, "ÅRB-B", Gender.MAN, "35-44", EnrolmentRoute.OWN_INITIATIVE, START, None
        )
        late = enrolments.enrol(
            s,
            group.id,
            "ÅRB-C",
            Gender.MAN,
            "35-44",
            EnrolmentRoute.CITIZEN_SERVICE,
            date(2023, 1, 11),
            None,
        )
        enrolments.leave(s, b.id, date(2023, 1, 10), Outcome.EMPLOYMENT)
        x = meetings.add_session(s, group.id, date(2023, 1, 10), None, None, None)
        call = attendance.roll_call(s, x.id)
        assert [e.code for e in call.entries] == ["ÅRB-A", "ÅRB-B"]  # B's last day counts
        with pytest.raises(ValidationError, match="1 deltagare saknar markering: ÅRB-B"):
            attendance.save_roll_call(
                s,
                x.id,
                {a.id: AttendanceStatus.PRESENT},
                Guests(),
                None,
                now=datetime(2023, 1, 10, 12),
            )
        with pytest.raises(ValidationError, match="inte är inskriven den dagen"):
            attendance.save_roll_call(
                s,
                x.id,
                {
                    a.id: AttendanceStatus.PRESENT,
                    b.id: AttendanceStatus.ABSENT,
                    late.id: AttendanceStatus.PRESENT,
                },
                Guests(),
                None,
                now=datetime(2023, 1, 10, 12),
            )
        with pytest.raises(ValidationError, match="har inte varit"):
            attendance.save_roll_call(
                s,
                x.id,
                attendance.all_present(call.marks()),
                Guests(),
                None,
                now=datetime(2023, 1, 9, 12),
            )


def test_all_present_keeps_marks_already_made() -> None:
    a, b, c = (object() for _ in range(3))
    marks = attendance.all_present({a: None, b: AttendanceStatus.EXCUSED, c: None})  # type: ignore[dict-item]
    assert marks == {
        a: AttendanceStatus.PRESENT,
        b: AttendanceStatus.EXCUSED,
        c: AttendanceStatus.PRESENT,
    }


def test_one_click_cycles_present_absent_excused() -> None:
    order = [None]
    for _ in range(4):
        order.append(attendance.next_status(order[-1]))
    assert order[1:] == [
        AttendanceStatus.PRESENT,
        AttendanceStatus.ABSENT,
        AttendanceStatus.EXCUSED,
        AttendanceStatus.PRESENT,
    ]


def test_saving_a_roll_call_again_updates_the_same_rows(journal: Journal, group) -> None:
    with journal.session() as s:
        a = enrolments.enrol(
            s, group.id, "ÅRB-A", Gender.WOMAN, "25-34", EnrolmentRoute.REFERRED, START, None
        )
        x = meetings.add_session(s, group.id, date(2023, 1, 9), None, None, None)
        acts = meetings.list_activity_types(s)
        attendance.save_roll_call(
            s,
            x.id,
            {a.id: AttendanceStatus.ABSENT},
            Guests(2, 1, 0),
            None,
            now=datetime(2023, 1, 9, 12),
            activity_type_ids=[acts[0].id],
            note="Studiebesök på biblioteket",
        )
        info = attendance.save_roll_call(
            s,
            x.id,
            {a.id: AttendanceStatus.EXCUSED},
            Guests(2, 2, 1),
            None,
            now=datetime(2023, 1, 9, 13),
        )
        rows = s.execute(select(Attendance.status)).scalars().all()
    assert rows == [AttendanceStatus.EXCUSED]
    assert (info.present, info.excused, info.guests.total, info.attendance) == (0, 1, 5, 5)
    assert info.activities == ("Språkundervisning",)
    assert info.note == "Studiebesök på biblioteket"


def test_notes_never_hold_a_personnummer(journal: Journal, group) -> None:
    with journal.session() as s:
        x = meetings.add_session(s, group.id, date(2023, 1, 9), None, None, None)
        with pytest.raises(ValidationError, match="personnummer"):
            meetings.set_session_details(s, x.id, [], "Ringde 811218-9876 om frånvaro", None)


def test_one_code_one_person_and_no_overlapping_enrolments(journal: Journal, group) -> None:
    with journal.session() as s:
        # The code already exists in the shared register (e.g. from a case): enrolment uses it.
        register_participant(s, group.site_id, Gender.MAN, "45-54", None, "ÅRB-2023-0007")
        e = enrolments.enrol(
            s,
            group.id,
            "årb-2023-0007",
            Gender.MAN,
            "25-34",
            EnrolmentRoute.CITIZEN_SERVICE,
            START,
            None,
        )
        assert (e.code, e.age_band) == ("ÅRB-2023-0007", "45-54")
        assert s.scalar(select(func.count()).select_from(Participant)) == 1
        with pytest.raises(ValidationError, match="annat kön"):
            enrolments.enrol(
                s,
                group.id,
                "ÅRB-2023-0007",
                Gender.WOMAN,
                "25-34",
                EnrolmentRoute.REFERRED,
                date(2023, 6, 1),
                None,
            )
        with pytest.raises(ValidationError, match="redan inskriven"):
            enrolments.enrol(
                s,
                group.id,
                "ÅRB-2023-0007",
                Gender.MAN,
                "25-34",
                EnrolmentRoute.REFERRED,
                date(2023, 6, 1),
                None,
            )
        enrolments.leave(s, e.id, date(2023, 3, 31), Outcome.STUDIES_SFI)
        again = enrolments.enrol(
            s,
            group.id,
            "ÅRB-2023-0007",
            Gender.MAN,
            "25-34",
            EnrolmentRoute.REFERRED,
            date(2023, 6, 1),
            None,
        )
        with pytest.raises(ValidationError, match="igen"):
            enrolments.reopen(s, e.id)
        assert again.left_on is None
        with pytest.raises(ValidationError, match="personnummer"):
            enrolments.enrol(
                s,
                group.id,
                "811218-9876",
                Gender.MAN,
                "25-34",
                EnrolmentRoute.REFERRED,
                START,
                None,
            )


def test_leaving_before_a_marked_session_is_refused(journal: Journal, group) -> None:
    with journal.session() as s:
        e = enrolments.enrol(
            s, group.id, "ÅRB-A", Gender.WOMAN, "25-34", EnrolmentRoute.REFERRED, START, None
        )
        x = meetings.add_session(s, group.id, date(2023, 1, 20), None, None, None)
        attendance.save_roll_call(
            s, x.id, {e.id: AttendanceStatus.PRESENT}, Guests(), None, now=datetime(2023, 1, 20, 12)
        )
        with pytest.raises(ValidationError, match="2023-01-20"):
            enrolments.leave(s, e.id, date(2023, 1, 19), Outcome.MOVED)
        with pytest.raises(ValidationError, match="kan inte ställas in"):
            meetings.cancel_session(s, x.id)


def test_a_typed_tutor_name_links_an_account_and_never_adds_one_unasked(
    journal: Journal, db_target: str, group: groups.GroupInfo, capsys: pytest.CaptureFixture[str]
) -> None:
    from vagledare.cli import main
    from vagledare.journal.models import Role, Staff

    with journal.session() as s:
        before = s.scalar(select(func.count()).select_from(Staff))
        with pytest.raises(groups.UnknownTutors) as refused:
            groups.set_tutors(s, group.id, ["sara", "Okänd Person"], None)
    assert refused.value.names == ("Okänd Person",)
    with journal.session() as s:
        assert s.scalar(select(func.count()).select_from(Staff)) == before
        linked = groups.set_tutors(s, group.id, ["sara"], None)  # any case: the same account
    assert linked.tutors == ("Sara",)
    args = ["--db", db_target, "group", "add", "Språkcafé", "--site", "Årby", "--kind", "språkcafé"]
    assert main([*args, "--start", "2023-01-09", "--tutor", "Ny Handledare"]) == 1
    assert "Ny Handledare finns inte bland personalen" in capsys.readouterr().err
    assert main([*args, "--start", "2023-01-09", "--tutor", "Ny Handledare", "--add-tutors"]) == 0
    with journal.session(readonly=True) as s:
        new = s.scalar(select(Staff).where(Staff.name == "Ny Handledare"))
        assert (new.role, new.pin_hash) == (Role.TUTOR, None)


def test_an_edited_group_is_saved_whole_or_not_at_all(journal: Journal, group) -> None:
    edit = {
        "name": "Språkgrupp A",
        "kind": GroupKind.LANGUAGE_GROUP,
        "start_date": START,
        "end_date": None,
        "author_id": None,
        "schedule": [groups.parse_slot("ons 13:00-15:00")],
        "schedule_from": date(2023, 2, 1),
    }
    with pytest.raises(groups.UnknownTutors):  # the details came first, yet nothing is kept
        journal.write(groups.edit_group, group.id, tutors=["Sara", "Okänd"], **edit)
    kept = journal.read(groups.get_group, group.id)
    assert (kept.name, kept.tutors, kept.schedule) == (group.name, group.tutors, group.schedule)
    saved = journal.write(groups.edit_group, group.id, tutors=["Sara"], **edit)
    assert (saved.name, saved.tutors, saved.schedule_label()) == (
        "Språkgrupp A",
        ("Sara",),
        "onsdagar 13.00–15.00",
    )
    unchanged = journal.write(
        groups.edit_group, group.id, tutors=["Ali"], **{**edit, "schedule": None}
    )
    assert unchanged.tutors == ("Ali",) and unchanged.schedule_from == date(2023, 2, 1)


def test_the_groups_page_generates_sessions_and_flags_missing_roll_calls(
    journal: Journal, group
) -> None:
    infos, missing = journal.write(
        meetings.groups_and_missing_roll_calls, datetime(2023, 1, 8, 12), group.site_id
    )
    assert [g.id for g in infos] == [group.id]
    assert [x.held_on for x in missing] == [date(2023, 1, 3), date(2023, 1, 5)]
    call, activities = journal.read(attendance.roll_call_and_activities, missing[0].id)
    assert call.session.id == missing[0].id and call.entries == ()
    assert activities == journal.read(meetings.list_activity_types)

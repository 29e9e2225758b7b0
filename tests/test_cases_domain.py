"""The case journal's rules: one case at a time per code, contacts, closing, reopening with
history, and turning a snabbärende into a case in one step."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from vagledare.app.desk import Desk
from vagledare.journal import cases, quick_cases, sites, staff
from vagledare.journal.case_codes import REASONS, parse_reason
from vagledare.journal.case_list import Status, case_detail, get_case, list_cases
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import ClosureReason, ContactType, Gender, ReferralSource, Route
from vagledare.reports.dropin import dropin_report
from vagledare.reports.periods import month

TODAY = date(2023, 6, 15)


def open_one(
    desk: Desk,
    code: str | None = "FRÖ-2023-0142",
    start: date = date(2023, 3, 1),
    gender: Gender = Gender.WOMAN,
    route: Route = Route.CITIZEN_SERVICE,
):
    with desk.journal.session() as s:
        return cases.open_case(
            s,
            site_id=desk.site.id,
            route=route,
            start=start,
            gender=gender,
            age_band="25-34",
            author_id=desk.staff.id,
            code=code,
            coach_id=desk.staff.id,
            referral_source=ReferralSource.OPEN_PRESCHOOL,
            today=TODAY,
        )


def test_reason_list_is_the_seeds_in_order_with_six_self_sufficient() -> None:
    assert [r.sv for r in REASONS] == [
        "Annan ersättningsform",
        "Extratjänst/Introduktionsjobb",
        "Varaktigt arbete",
        "Tillfälligt arbete",
        "Nystartsjobb",
        "Studier",
        "Heltidsinsats AF",
        "Förändrad familjebild",
        "Flyttat från kommunen",
        "Avvikit",
        "Egen begäran",
        "Felregistrerad",
        "Insatsen avslutas",
        "Behovet kvarstår ej",
        "Insats fullgjord",
    ]
    assert [r.self_sufficient for r in REASONS] == [True] * 6 + [False] * 9
    assert all(r.definition_sv and "\n" not in r.definition_sv for r in REASONS)
    assert parse_reason("avviktit") is ClosureReason.DROPPED_OUT  # the seed's spelling
    assert parse_reason("  varaktigt   ARBETE ") is ClosureReason.PERMANENT_JOB


def test_generated_code_and_a_case_in_the_list(desk: Desk) -> None:
    case_id = open_one(desk, code=None)
    with desk.journal.session() as s:
        c = get_case(s, case_id)
    assert c.code == f"FRÖ-{date.today().year}-0001"
    assert (c.site, c.coach, c.route) == ("Fröslunda", "AB", Route.CITIZEN_SERVICE)
    assert c.age_band == "25-34"
    assert c.is_open and c.contacts == 0 and c.last_activity == date(2023, 3, 1)


def test_one_code_has_one_case_at_a_time(desk: Desk) -> None:
    first = open_one(desk)
    with pytest.raises(ValidationError, match="redan ett öppet ärende sedan 2023-03-01"):
        open_one(desk, start=date(2023, 4, 1), route=Route.REFERRED)
    with desk.journal.session() as s:
        cases.close_case(s, first, date(2023, 4, 1), ClosureReason.NEED_GONE, None, today=TODAY)
    with pytest.raises(ValidationError, match="ett ärende 2023-03-01–2023-04-01"):
        open_one(desk, start=date(2023, 3, 31))
    second = open_one(desk, start=date(2023, 4, 1))  # may start the day the first closed
    with desk.journal.session() as s:
        assert {c.id for c in list_cases(s, code_search="0142")} == {first, second}
        with pytest.raises(ValidationError, match="senare ett öppet ärende"):
            cases.reopen_case(s, first, date(2023, 5, 1), None, today=TODAY)


def test_known_code_keeps_its_gender(desk: Desk) -> None:
    open_one(desk)
    with pytest.raises(ValidationError, match="annat kön"):
        open_one(desk, start=date(2023, 5, 1), gender=Gender.MAN)


def test_code_that_is_a_personnummer_is_refused(desk: Desk) -> None:
    with pytest.raises(ValidationError, match="personnummer"):
        open_one(desk, code="811218-9876")


def test_contacts_are_dated_typed_and_checked(desk: Desk) -> None:
    case_id = open_one(desk)
    with desk.journal.session() as s:
        cases.add_contact(
            s,
            case_id,
            date(2023, 3, 8),
            ContactType.APPLICATION_DOCUMENTS,
            "  CV   klart ",
            desk.staff.id,
            today=TODAY,
        )
        with pytest.raises(ValidationError, match="personnummer"):
            cases.add_contact(
                s,
                case_id,
                date(2023, 3, 9),
                ContactType.CONVERSATION,
                "pnr 811218-9876",
                desk.staff.id,
                today=TODAY,
            )
        with pytest.raises(ValidationError, match="före ärendets start"):
            cases.add_contact(
                s, case_id, date(2023, 2, 1), ContactType.CONVERSATION, None, None, today=TODAY
            )
        with pytest.raises(ValidationError, match="framtiden"):
            cases.add_contact(
                s, case_id, date(2023, 7, 1), ContactType.CONVERSATION, None, None, today=TODAY
            )
        cases.close_case(
            s, case_id, date(2023, 4, 3), ClosureReason.PERMANENT_JOB, None, today=TODAY
        )
        with pytest.raises(ValidationError, match="uppföljning"):
            cases.add_contact(
                s, case_id, date(2023, 5, 3), ContactType.JOB_SEARCH, None, None, today=TODAY
            )
        cases.add_contact(
            s,
            case_id,
            date(2023, 5, 3),
            ContactType.FOLLOW_UP,
            "Har kvar jobbet",
            None,
            today=TODAY,
        )
        detail = case_detail(s, case_id)
    assert [(e.on, e.kind) for e in detail.events] == [
        (date(2023, 3, 1), "start"),
        (date(2023, 3, 8), "contact"),
        (date(2023, 4, 3), "closed"),
        (date(2023, 5, 3), "contact"),
    ]
    assert detail.events[1].note == "CV klart"
    assert detail.case.contacts == 2 and detail.case.last_activity == date(2023, 5, 3)


def test_closing_rules_and_flags(desk: Desk) -> None:
    case_id = open_one(desk)
    with desk.journal.session() as s:
        with pytest.raises(ValidationError, match="före ärendets start"):
            cases.close_case(s, case_id, date(2023, 2, 1), ClosureReason.STUDIES, None, today=TODAY)
        with pytest.raises(ValidationError, match="Tillfälligt arbete"):
            cases.close_case(
                s,
                case_id,
                date(2023, 4, 1),
                ClosureReason.PERMANENT_JOB,
                None,
                summer_job=True,
                today=TODAY,
            )
        with pytest.raises(ValidationError, match="Studier"):
            cases.close_case(
                s,
                case_id,
                date(2023, 4, 1),
                ClosureReason.TEMPORARY_JOB,
                None,
                municipal_studies=True,
                today=TODAY,
            )
        cases.close_case(
            s,
            case_id,
            date(2023, 4, 1),
            ClosureReason.TEMPORARY_JOB,
            None,
            summer_job=True,
            today=TODAY,
        )
        with pytest.raises(ValidationError, match="redan avslutat"):
            cases.close_case(s, case_id, date(2023, 4, 2), ClosureReason.STUDIES, None, today=TODAY)
        c = get_case(s, case_id)
    assert c.closure is not None and c.closure.summer_job and not c.is_open


def test_reopening_keeps_the_history_and_only_the_current_closing_counts(desk: Desk) -> None:
    case_id = open_one(desk)
    with desk.journal.session() as s:
        cases.close_case(
            s, case_id, date(2023, 4, 1), ClosureReason.DROPPED_OUT, desk.staff.id, today=TODAY
        )
        with pytest.raises(ValidationError, match="före avslutet"):
            cases.reopen_case(s, case_id, date(2023, 3, 31), None, today=TODAY)
        cases.reopen_case(s, case_id, date(2023, 4, 20), desk.staff.id, today=TODAY)
        with pytest.raises(ValidationError, match="inte avslutat"):
            cases.reopen_case(s, case_id, date(2023, 4, 21), None, today=TODAY)
        with pytest.raises(ValidationError, match="återöppning"):
            cases.close_case(
                s, case_id, date(2023, 4, 10), ClosureReason.STUDIES, None, today=TODAY
            )
        cases.close_case(
            s,
            case_id,
            date(2023, 6, 1),
            ClosureReason.STUDIES,
            None,
            municipal_studies=True,
            today=TODAY,
        )
        detail = case_detail(s, case_id)
        assert [c.id for c in list_cases(s, status=Status.CLOSED)] == [case_id]
        assert list_cases(s, status=Status.OPEN) == []
    assert [e.kind for e in detail.events] == ["start", "closed", "reopened", "closed"]
    assert [(c.reason, c.reopened_on) for c in detail.closures] == [
        (ClosureReason.DROPPED_OUT, date(2023, 4, 20)),
        (ClosureReason.STUDIES, None),
    ]
    assert detail.case.closure.reason is ClosureReason.STUDIES
    assert detail.events[2].author == "AB"


def test_list_filters_by_site_coach_status_route_and_code(desk: Desk) -> None:
    with desk.journal.session() as s:
        arby = sites.add_site(s, "Årby")
        other = staff.ensure_staff(s, "CD")
        a = cases.open_case(
            s,
            site_id=arby.id,
            route=Route.REFERRED,
            start=date(2023, 1, 9),
            gender=Gender.MAN,
            age_band="18-24",
            author_id=other.id,
            code="ÅRB-2023-0007",
            coach_id=other.id,
            today=TODAY,
        )
    b = open_one(desk)
    with desk.journal.session() as s:
        cases.close_case(s, b, date(2023, 5, 1), ClosureReason.OWN_REQUEST, None, today=TODAY)
        ids = lambda **kw: [c.id for c in list_cases(s, **kw)]  # noqa: E731
        assert ids() == [b, a]  # the most recently started first
        assert ids(site_id=arby.id) == [a]
        assert ids(coach_id=desk.staff.id) == [b]
        assert ids(status=Status.OPEN) == [a]
        assert ids(route=Route.CITIZEN_SERVICE) == [b]
        assert ids(code_search="årb") == [a]
        assert ids(code_search="%") == []


def test_untouched_means_open_and_nothing_recorded_for_n_weeks(desk: Desk) -> None:
    case_id = open_one(desk)
    with desk.journal.session() as s:
        cases.add_contact(
            s, case_id, date(2023, 5, 1), ContactType.CONVERSATION, None, None, today=TODAY
        )
        c = get_case(s, case_id)
    assert c.untouched(4, date(2023, 5, 29)) and not c.untouched(4, date(2023, 5, 28))
    assert not c.untouched(0, date(2024, 1, 1))


def test_a_quick_case_becomes_a_case_in_one_step(desk: Desk) -> None:
    cat = desk.site.category("Söka arbete")
    band = desk.site.age_band("35-44")
    logged = desk.log(cat.id, band.id, Gender.WOMAN, at=datetime(2023, 3, 7, 10, 15))
    with desk.journal.session() as s:
        case_id = cases.convert_quick_case(
            s,
            logged.ids[0],
            route=Route.CITIZEN_SERVICE,
            author_id=desk.staff.id,
            coach_id=desk.staff.id,
        )
        detail = case_detail(s, case_id)
        assert dropin_report(s, month(2023, 3)).value("Totalt", "Totalt", "Totalt") == 0
        entry = quick_cases.day_entries(s, desk.site.id, date(2023, 3, 7))[0]
        with pytest.raises(ValidationError, match="borttaget"):
            cases.convert_quick_case(s, logged.ids[0], route=Route.REFERRED, author_id=None)
    c = detail.case
    assert (c.site, c.start_date, c.gender, c.age_band) == (
        "Fröslunda",
        date(2023, 3, 7),
        Gender.WOMAN,
        "35-44",
    )
    assert c.referral_source is ReferralSource.DROP_IN
    contact = detail.events[1]
    assert contact.contact_type is ContactType.JOB_SEARCH
    assert contact.note == "Från snabbärende 2023-03-07 10:15 (Söka arbete)"
    assert entry.removed and entry.removal_reason == "Omvandlat till ärende"

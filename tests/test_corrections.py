"""Fixing earlier days: an entry's category, age band or gender changed, a whole registration
removed later, a case's contact corrected or removed — each audited, each whole or not at all."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select

from vagledare.app.desk import Desk
from vagledare.journal import audit, cases, quick_cases, sites
from vagledare.journal.case_list import case_detail
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import ContactType, Deletion, Gender, QuickCase, Route
from vagledare.reports.dropin import dropin_report
from vagledare.reports.periods import month

EARLIER = datetime(2024, 3, 4, 10, 15)


def _ids(desk: Desk) -> tuple:
    cats = {c.name: c.id for c in desk.site.categories}
    bands = {b.label: b.id for b in desk.site.age_bands}
    return cats, bands


def _march_total(desk: Desk) -> dict[str, int]:
    with desk.journal.session(readonly=True) as s:
        table = dropin_report(s, month(2024, 3), [desk.site.id])
    return {row.label: row.values[-1] for _, row in table.rows() if row.values}


def test_an_earlier_entry_is_corrected_and_the_log_keeps_what_it_was(desk: Desk) -> None:
    cats, bands = _ids(desk)
    first, other = list(cats)[:2]
    desk.journal.act_as(desk.staff.id)  # as the window does at login
    logged = desk.log(cats[first], bands["25-34"], Gender.MAN, at=EARLIER)
    qc_id = logged.ids[0]
    changed = desk.journal.write(
        quick_cases.correct_quick_case, qc_id, cats[other], bands["35-44"], Gender.WOMAN
    )
    assert changed is True
    with desk.journal.session(readonly=True) as s:
        qc = s.get(QuickCase, qc_id)
        assert (qc.category_id, qc.age_band_id, qc.gender) == (
            cats[other],
            bands["35-44"],
            Gender.WOMAN,
        )
        assert qc.occurred_at == EARLIER and qc.author_id == desk.staff.id
        entry = next(e for e in audit.entries(s, action="update") if e.entity == "quick_case")
    assert entry.detail["gender"] == ["man", "woman"]
    assert entry.detail["category_id"] == [str(cats[first]), str(cats[other])]
    assert entry.detail["age_band_id"] == [str(bands["25-34"]), str(bands["35-44"])]
    assert entry.actor == desk.staff.name
    # the same values again change nothing and write nothing
    assert not desk.journal.write(
        quick_cases.correct_quick_case, qc_id, cats[other], bands["35-44"], Gender.WOMAN
    )


def test_a_correction_to_another_sites_category_or_a_removed_entry_is_refused(
    desk: Desk,
) -> None:
    cats, bands = _ids(desk)
    with desk.journal.session() as s:
        other = sites.add_site(s, "Årby", desk.staff.id)
    logged = desk.log(next(iter(cats.values())), bands["25-34"], Gender.MAN, at=EARLIER)
    with pytest.raises(ValidationError, match="hör inte till mötesplatsen"):
        desk.journal.write(
            quick_cases.correct_quick_case,
            logged.ids[0],
            other.categories[0].id,
            bands["25-34"],
            Gender.MAN,
        )
    desk.journal.write(quick_cases.remove_quick_case, logged.ids[0], "fel", desk.staff.id)
    with pytest.raises(ValidationError, match="borttagen"):
        desk.journal.write(
            quick_cases.correct_quick_case,
            logged.ids[0],
            next(iter(cats.values())),
            bands["35-44"],
            Gender.MAN,
        )


def test_a_back_dated_registration_is_removed_whole_later(desk: Desk) -> None:
    cats, bands = _ids(desk)
    cat = next(iter(cats.values()))
    four = desk.log(cat, bands["25-34"], Gender.MAN, count=4, at=EARLIER)
    single = desk.log(cat, bands["25-34"], Gender.MAN, at=EARLIER)
    together = desk.journal.read(quick_cases.logged_together, four.ids[2])
    assert sorted(together) == sorted(four.ids)
    assert desk.journal.read(quick_cases.logged_together, single.ids[0]) == list(single.ids)
    before = _march_total(desk)
    n = desk.journal.write(quick_cases.remove_quick_cases, together, "dubbelt", desk.staff.id)
    assert n == 4
    after = _march_total(desk)
    assert after["Totalt"] == before["Totalt"] - 4 == 1
    # all or nothing: one already removed refuses the whole removal
    with pytest.raises(ValidationError, match="redan borttagen"):
        desk.journal.write(
            quick_cases.remove_quick_cases,
            [single.ids[0], four.ids[0]],
            "igen",
            desk.staff.id,
        )
    assert _march_total(desk)["Totalt"] == 1


def _case_with_contact(desk: Desk) -> tuple:
    with desk.journal.session(actor_id=desk.staff.id) as s:
        case_id = cases.open_case(
            s,
            site_id=desk.site.id,
            route=Route.CITIZEN_SERVICE,
            start=date(2024, 3, 1),
            gender=Gender.WOMAN,
            age_band="25-34",
            author_id=desk.staff.id,
            code="FRÖ-2024-0001",
            today=date(2024, 3, 20),
        )
        contact_id = cases.add_contact(
            s,
            case_id,
            date(2024, 3, 5),
            ContactType.CONVERSATION,
            "cv",
            desk.staff.id,
            today=date(2024, 3, 20),
        )
    return case_id, contact_id


def test_a_contact_is_corrected_under_the_rules_of_a_new_one(desk: Desk) -> None:
    case_id, contact_id = _case_with_contact(desk)
    assert desk.journal.write(
        cases.change_contact,
        contact_id,
        date(2024, 3, 6),
        ContactType.JOB_SEARCH,
        "platsbanken",
        today=date(2024, 3, 20),
    )
    detail = desk.journal.read(case_detail, case_id)
    (contact,) = [e for e in detail.events if e.kind == "contact"]
    assert (contact.on, contact.contact_type, contact.note, contact.contact_id) == (
        date(2024, 3, 6),
        ContactType.JOB_SEARCH,
        "platsbanken",
        contact_id,
    )
    with pytest.raises(ValidationError, match="före ärendets start"):
        desk.journal.write(
            cases.change_contact,
            contact_id,
            date(2024, 2, 1),
            ContactType.JOB_SEARCH,
            None,
            today=date(2024, 3, 20),
        )
    with pytest.raises(ValidationError, match="personnummer|identitet"):
        desk.journal.write(
            cases.change_contact,
            contact_id,
            date(2024, 3, 6),
            ContactType.JOB_SEARCH,
            "pnr 811218-9876",
            today=date(2024, 3, 20),
        )
    detail = desk.journal.read(case_detail, case_id)
    assert [e.note for e in detail.events if e.kind == "contact"] == ["platsbanken"]


def test_a_contact_removed_with_a_reason_leaves_the_log_and_a_tombstone(desk: Desk) -> None:
    case_id, contact_id = _case_with_contact(desk)
    with pytest.raises(ValidationError, match="Ange varför"):
        desk.journal.write(cases.remove_contact, contact_id, "  ")
    with desk.journal.session(actor_id=desk.staff.id) as s:
        cases.remove_contact(s, contact_id, "fel ärende")
    detail = desk.journal.read(case_detail, case_id)
    assert [e for e in detail.events if e.kind == "contact"] == []
    with desk.journal.session(readonly=True) as s:
        assert s.scalar(select(Deletion.row_id).where(Deletion.table_name == "case_contact")) == (
            contact_id
        )
        removed = next(e for e in audit.entries(s, action="remove"))
    assert removed.entity == "case_contact" and removed.actor == desk.staff.name
    assert removed.detail["reason"] == "fel ärende"
    assert removed.detail["occurred_on"] == "2024-03-05"
    assert "cv" not in json.dumps(removed.detail)  # the note's text never enters the log

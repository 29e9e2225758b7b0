"""The case journal's rules: opening cases (also from a snabbärende), contacts, closing and
reopening. Listing and timelines are in ``case_list``.

One participant code never has two cases at once: every case covers the days from its start
to its current closing (open-ended while open), and no two of a code's cases may overlap.
A case may start on the day the previous one closed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from types import EllipsisType

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vagledare.journal import audit
from vagledare.journal.case_codes import CATEGORY_CONTACT_TYPES, reason_info
from vagledare.journal.duty_hours import check_attended
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    AgeBand,
    Case,
    Category,
    Closure,
    ClosureReason,
    Contact,
    ContactType,
    Gender,
    QuickCase,
    ReferralSource,
    Route,
    utc_now,
)
from vagledare.journal.participants import ensure_participant, register_participant
from vagledare.journal.privacy import reject_identity_number
from vagledare.journal.sites import get_site

CONVERTED_REASON = "Omvandlat till ärende"
MAX_NOTE = 200


@dataclass(frozen=True)
class Span:
    """The days a case covers: ``end`` is its current closing date, None while open."""

    start: date
    end: date | None

    def overlaps(self, other: Span) -> bool:
        far = date.max
        return self.start < (other.end or far) and other.start < (self.end or far)


def first_overlap(spans: Iterable[Span], new: Span) -> Span | None:
    return next((x for x in spans if x.overlaps(new)), None)


def describe_span(span: Span) -> str:
    if span.end is None:
        return f"ett öppet ärende sedan {span.start.isoformat()}"
    return f"ett ärende {span.start.isoformat()}–{span.end.isoformat()}"


def current_closure(s: Session, case_id: uuid.UUID) -> Closure | None:
    return s.scalar(
        select(Closure).where(Closure.case_id == case_id, Closure.reopened_on.is_(None))
    )


def participant_spans(
    s: Session, participant_id: uuid.UUID, *, exclude: uuid.UUID | None = None
) -> list[Span]:
    stmt = (
        select(Case.start_date, Closure.closed_on)
        .outerjoin(Closure, (Closure.case_id == Case.id) & Closure.reopened_on.is_(None))
        .where(Case.participant_id == participant_id)
    )
    if exclude is not None:
        stmt = stmt.where(Case.id != exclude)
    return [Span(start, end) for start, end in s.execute(stmt)]


def _check_date(on: date, today: date, what: str) -> None:
    if on > today:
        raise ValidationError(f"{what} ({on.isoformat()}) kan inte ligga i framtiden.")


def _case(s: Session, case_id: uuid.UUID) -> Case:
    case = s.get(Case, case_id)
    if case is None:
        raise ValidationError("Ärendet finns inte i journalen.")
    return case


def clean_note(note: str | None) -> str | None:
    """A contact note: one short line, never an identity number."""
    text = " ".join((note or "").split())
    if not text:
        return None
    if len(text) > MAX_NOTE:
        raise ValidationError(f"Anteckningen är för lång (högst {MAX_NOTE} tecken).")
    reject_identity_number(text, "Anteckningen")
    return text


def open_case(
    s: Session,
    *,
    site_id: uuid.UUID,
    route: Route,
    start: date,
    gender: Gender,
    age_band: str,
    author_id: uuid.UUID | None,
    code: str | None = None,
    coach_id: uuid.UUID | None = None,
    referral_source: ReferralSource | None = None,
    quick_case_id: uuid.UUID | None = None,
    today: date | None = None,
) -> uuid.UUID:
    """Open a case for a known code, a typed new code, or a generated one (``code`` None)."""
    route = Route(route)
    referral_source = ReferralSource(referral_source) if referral_source else None
    gender = Gender(gender)
    _check_date(start, today or date.today(), "Startdatum")
    site = get_site(s, site_id)
    band = site.age_band(age_band)
    if band is None:
        known = ", ".join(b.label for b in site.active_age_bands)
        raise ValidationError(f"Åldersgruppen {age_band!r} finns inte på {site.name} ({known}).")
    if code:
        person = ensure_participant(s, code, site_id, gender, band.label, author_id)
    else:
        person = register_participant(s, site_id, gender, band.label, author_id)
    clash = first_overlap(participant_spans(s, person.id), Span(start, None))
    if clash is not None:
        raise ValidationError(
            f"Deltagaren {person.code} har redan {describe_span(clash)}; "
            "en deltagare kan bara ha ett ärende åt gången."
        )
    case = Case(
        id=uuid.uuid4(),
        participant_id=person.id,
        site_id=site_id,
        coach_id=coach_id,
        route=route,
        referral_source=referral_source,
        age_band=band.label,
        start_date=start,
        quick_case_id=quick_case_id,
        author_id=author_id,
    )
    s.add(case)
    s.flush()
    return case.id


def add_contact(
    s: Session,
    case_id: uuid.UUID,
    on: date,
    contact_type: ContactType,
    note: str | None,
    author_id: uuid.UUID | None,
    *,
    today: date | None = None,
    attended_hours: int | None = None,
) -> uuid.UUID:
    """A dated contact. After the closing only a follow-up (uppföljning) may be added.
    ``attended_hours``: during a decision on aktivitetsplikt, the hours the person attended
    in the past week (see ``duty_hours``)."""
    contact_type = ContactType(contact_type)
    case = _case(s, case_id)
    _check_date(on, today or date.today(), "Kontaktens datum")
    if on < case.start_date:
        raise ValidationError(
            f"Kontakten ({on.isoformat()}) ligger före ärendets start "
            f"({case.start_date.isoformat()})."
        )
    closure = current_closure(s, case_id)
    if closure and on > closure.closed_on and contact_type is not ContactType.FOLLOW_UP:
        raise ValidationError(
            f"Ärendet avslutades {closure.closed_on.isoformat()}; en kontakt efter avslutet "
            "registreras som uppföljning, eller så öppnas ärendet igen."
        )
    contact = Contact(
        id=uuid.uuid4(),
        case_id=case_id,
        occurred_on=on,
        contact_type=contact_type,
        note=clean_note(note),
        attended_hours=check_attended(s, case_id, on, attended_hours),
        author_id=author_id,
    )
    s.add(contact)
    s.flush()
    return contact.id


def _contact(s: Session, contact_id: uuid.UUID) -> Contact:
    contact = s.get(Contact, contact_id)
    if contact is None:
        raise ValidationError("Kontakten finns inte i journalen.")
    return contact


def change_contact(
    s: Session,
    contact_id: uuid.UUID,
    on: date,
    contact_type: ContactType,
    note: str | None,
    *,
    today: date | None = None,
    attended_hours: int | None | EllipsisType = ...,
) -> bool:
    """Correct a contact's date, kind or note (and, given, its attended hours), under the
    rules a new contact meets. The audit log keeps the earlier values. Returns whether
    anything changed."""
    contact_type = ContactType(contact_type)
    contact = _contact(s, contact_id)
    case = _case(s, contact.case_id)
    _check_date(on, today or date.today(), "Kontaktens datum")
    if on < case.start_date:
        raise ValidationError(
            f"Kontakten ({on.isoformat()}) ligger före ärendets start "
            f"({case.start_date.isoformat()})."
        )
    closure = current_closure(s, case.id)
    if closure and on > closure.closed_on and contact_type is not ContactType.FOLLOW_UP:
        raise ValidationError(
            f"Ärendet avslutades {closure.closed_on.isoformat()}; en kontakt efter avslutet "
            "är en uppföljning."
        )
    note = clean_note(note)
    hours = contact.attended_hours if attended_hours is ... else attended_hours
    if hours != contact.attended_hours or on != contact.occurred_on:
        hours = check_attended(s, case.id, on, hours)  # kept as it was: not asked again
    old = (contact.occurred_on, contact.contact_type, contact.note, contact.attended_hours)
    if old == (on, contact_type, note, hours):
        return False
    contact.occurred_on, contact.contact_type, contact.note = on, contact_type, note
    contact.attended_hours = hours
    s.flush()  # the audit entry, with the earlier values, in this transaction
    return True


def remove_contact(s: Session, contact_id: uuid.UUID, reason: str) -> None:
    """Delete a contact registered by mistake. The audit log keeps what it was and why it was
    removed, and a tombstone takes it away on every desk the journal is exchanged with."""
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("Ange varför kontakten tas bort.")
    if len(reason) > 200:
        raise ValidationError("Anledningen är för lång (högst 200 tecken).")
    contact = _contact(s, contact_id)
    audit.record(
        s,
        "remove",
        "case_contact",
        contact.id,
        reason=reason,
        case_id=str(contact.case_id),
        occurred_on=contact.occurred_on.isoformat(),
        contact_type=contact.contact_type.value,
    )
    s.delete(contact)
    s.flush()


def close_case(
    s: Session,
    case_id: uuid.UUID,
    on: date,
    reason: ClosureReason,
    author_id: uuid.UUID | None,
    *,
    summer_job: bool = False,
    municipal_studies: bool = False,
    today: date | None = None,
) -> uuid.UUID:
    """Close an open case with one reason from the list (and the reason's flag, if any)."""
    reason = ClosureReason(reason)
    case = _case(s, case_id)
    info = reason_info(reason)
    if summer_job and info.flag != "summer_job":
        raise ValidationError("Ferie-/sommarjobb kan bara markeras vid Tillfälligt arbete.")
    if municipal_studies and info.flag != "municipal_studies":
        raise ValidationError("Studier i kommunens regi kan bara markeras vid Studier.")
    if current_closure(s, case_id) is not None:
        raise ValidationError("Ärendet är redan avslutat.")
    _check_date(on, today or date.today(), "Avslutsdatum")
    reopened = s.scalar(select(func.max(Closure.reopened_on)).where(Closure.case_id == case_id))
    earliest = max(case.start_date, reopened) if reopened else case.start_date
    if on < earliest:
        raise ValidationError(
            f"Avslutsdatum ({on.isoformat()}) ligger före ärendets "
            f"{'återöppning' if reopened and reopened > case.start_date else 'start'} "
            f"({earliest.isoformat()})."
        )
    closure = Closure(
        id=uuid.uuid4(),
        case_id=case_id,
        closed_on=on,
        reason=reason,
        summer_job=summer_job,
        municipal_studies=municipal_studies,
        author_id=author_id,
    )
    s.add(closure)
    s.flush()
    return closure.id


def set_duty(
    s: Session,
    case_id: uuid.UUID,
    first: date | None,
    last: date | None,
    *,
    today: date | None = None,
) -> None:
    """Record (or, with ``first`` None, remove) the case's decision on aktivitetsplikt. The
    decision lies within the case: from its start, to its current closing at the latest."""
    case = _case(s, case_id)
    if first is None:
        if last is not None:
            raise ValidationError("Ange från vilket datum beslutet om aktivitetsplikt gäller.")
        case.duty_from = case.duty_to = None
        s.flush()
        return
    _check_date(first, today or date.today(), "Beslutets startdatum")
    closure = current_closure(s, case_id)
    end = closure.closed_on if closure else None
    if first < case.start_date or (end is not None and first > end):
        raise ValidationError(
            f"Beslutet om aktivitetsplikt ({first.isoformat()}) ligger utanför ärendets dagar."
        )
    if last is not None and (last < first or (end is not None and last > end)):
        raise ValidationError(
            f"Beslutets slut ({last.isoformat()}) ska ligga mellan dess början och avslutet."
        )
    case.duty_from, case.duty_to = first, last
    s.flush()


def reopen_case(
    s: Session,
    case_id: uuid.UUID,
    on: date,
    author_id: uuid.UUID | None,
    *,
    today: date | None = None,
) -> None:
    """Open a closed case again; its closing stays in the history and stops counting."""
    case = _case(s, case_id)
    closure = current_closure(s, case_id)
    if closure is None:
        raise ValidationError("Ärendet är inte avslutat.")
    _check_date(on, today or date.today(), "Datum för återöppning")
    if on < closure.closed_on:
        raise ValidationError(
            f"Ärendet kan inte öppnas igen ({on.isoformat()}) före avslutet "
            f"({closure.closed_on.isoformat()})."
        )
    spans = participant_spans(s, case.participant_id, exclude=case_id)
    clash = first_overlap(spans, Span(case.start_date, None))
    if clash is not None:
        raise ValidationError(
            f"Deltagaren har senare {describe_span(clash)}; öppna inte det gamla ärendet igen."
        )
    closure.reopened_on = on
    closure.reopened_by_id = author_id
    s.flush()


def convert_quick_case(
    s: Session,
    quick_case_id: uuid.UUID,
    *,
    route: Route,
    author_id: uuid.UUID | None,
    code: str | None = None,
    coach_id: uuid.UUID | None = None,
    referral_source: ReferralSource | None = ReferralSource.DROP_IN,
) -> uuid.UUID:
    """Turn a snabbärende into a case in one step: same site, day, gender and age band.

    The snabbärende leaves the drop-in counts (removed as "Omvandlat till ärende") and its
    question becomes the case's first contact, with its time in the note.
    """
    qc = s.get(QuickCase, quick_case_id)
    if qc is None:
        raise ValidationError("Snabbärendet finns inte.")
    if qc.removed_at is not None:
        raise ValidationError("Snabbärendet är borttaget och kan inte bli ett ärende.")
    if s.scalar(select(Case.id).where(Case.quick_case_id == quick_case_id)) is not None:
        raise ValidationError("Snabbärendet är redan ett ärende.")
    band = s.get(AgeBand, qc.age_band_id)
    category = s.get(Category, qc.category_id)
    assert band is not None and category is not None
    case_id = open_case(
        s,
        site_id=qc.site_id,
        route=route,
        start=qc.occurred_at.date(),
        gender=qc.gender,
        age_band=band.label,
        author_id=author_id,
        code=code,
        coach_id=coach_id,
        referral_source=referral_source,
        quick_case_id=quick_case_id,
        today=qc.occurred_at.date(),
    )
    kind = CATEGORY_CONTACT_TYPES.get(category.name.casefold(), ContactType.CONVERSATION)
    s.add(
        Contact(
            id=uuid.uuid4(),
            case_id=case_id,
            occurred_on=qc.occurred_at.date(),
            contact_type=kind,
            note=f"Från snabbärende {qc.occurred_at:%Y-%m-%d %H:%M} ({category.name})",
            author_id=author_id,
        )
    )
    qc.removed_at = utc_now()
    qc.removed_by_id = author_id
    qc.removal_reason = CONVERTED_REASON
    s.flush()
    return case_id

"""Uppföljning: where a person stands N months after a completed insats (001:872, the nämnd's
goal that at least 70 % have reached self-sufficiency six months after avslut).

A case closed with a reason that counts as a completed insats gets a follow-up due N months
after its (current) closing day. N, which reasons count and the nämnd's target are journal
settings. Each closing has at most one follow-up; recording it again corrects it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.journal.case_codes import FOLLOW_UP_STATUSES, REASONS, reason_info
from vagledare.journal.dates import add_months
from vagledare.journal.errors import ValidationError
from vagledare.journal.journal_settings import get_setting, set_setting
from vagledare.journal.models import (
    Case,
    Closure,
    ClosureReason,
    FollowUp,
    FollowUpStatus,
    Gender,
    Participant,
    Staff,
)

MONTHS_KEY = "followup.months"
REASONS_KEY = "followup.reasons"
TARGET_KEY = "followup.target"
DEFAULT_MONTHS = 6
DEFAULT_TARGET = 70  # per cent (001:872)
# Closings that are no completed insats: a recording error, a move, a drop-out, the unknown.
NOT_COUNTED = frozenset(
    {
        ClosureReason.REGISTERED_BY_MISTAKE,
        ClosureReason.MOVED_AWAY,
        ClosureReason.DROPPED_OUT,
        ClosureReason.UNKNOWN,
    }
)
DEFAULT_REASONS = frozenset(r.reason for r in REASONS if r.reason not in NOT_COUNTED)


def follow_up_months(s: Session) -> int:
    value = get_setting(s, MONTHS_KEY)
    return int(value) if value else DEFAULT_MONTHS


def set_follow_up_months(s: Session, months: int) -> None:
    if not 1 <= months <= 36:
        raise ValidationError("Uppföljningen ska ligga 1–36 månader efter avslutet.")
    set_setting(s, MONTHS_KEY, None if months == DEFAULT_MONTHS else str(months))


def counted_reasons(s: Session) -> frozenset[ClosureReason]:
    """The closing reasons that count as a completed insats (and so get a follow-up)."""
    value = get_setting(s, REASONS_KEY)
    if value is None:
        return DEFAULT_REASONS
    return frozenset(ClosureReason(v) for v in value.split(",") if v)


def set_counted_reasons(s: Session, reasons: Iterable[ClosureReason]) -> None:
    chosen = frozenset(ClosureReason(r) for r in reasons)
    value = ",".join(r.value for r in ClosureReason if r in chosen)
    set_setting(s, REASONS_KEY, None if chosen == DEFAULT_REASONS else value)


def target_percent(s: Session) -> int:
    value = get_setting(s, TARGET_KEY)
    return int(value) if value else DEFAULT_TARGET


def set_target_percent(s: Session, percent: int) -> None:
    if not 0 <= percent <= 100:
        raise ValidationError("Målet är en andel, 0–100 procent.")
    set_setting(s, TARGET_KEY, None if percent == DEFAULT_TARGET else str(percent))


@dataclass(frozen=True)
class FollowUpSettings:
    months: int
    reasons: frozenset[ClosureReason]
    target: int  # per cent


def follow_up_settings(s: Session) -> FollowUpSettings:
    return FollowUpSettings(follow_up_months(s), counted_reasons(s), target_percent(s))


def set_follow_up_settings(
    s: Session, months: int, reasons: Iterable[ClosureReason], target: int
) -> None:
    """The three settings at once (the settings dialog's Save): all or none."""
    chosen = frozenset(ClosureReason(r) for r in reasons)
    if not chosen:
        raise ValidationError("Välj minst en avslutsorsak som räknas som fullföljd insats.")
    set_follow_up_months(s, months)
    set_counted_reasons(s, chosen)
    set_target_percent(s, target)


def due_date(closed_on: date, months: int) -> date:
    """N months after avslut; the month's last day when it is shorter (31 Aug + 6 = 28/29 Feb)."""
    return add_months(closed_on, months)


@dataclass(frozen=True)
class FollowUpFact:
    """One closing that gets a follow-up, with the follow-up if recorded."""

    closure_id: uuid.UUID
    case_id: uuid.UUID
    code: str
    gender: Gender
    site_id: uuid.UUID
    coach_id: uuid.UUID | None
    coach: str | None
    closed_on: date
    reason: ClosureReason
    due_on: date
    followed_up_on: date | None
    status: FollowUpStatus | None

    @property
    def recorded(self) -> bool:
        return self.status is not None

    def overdue(self, today: date) -> bool:
        return not self.recorded and self.due_on < today


def follow_up_facts(
    s: Session,
    *,
    site_ids: Sequence[uuid.UUID] | None = None,
    coach_id: uuid.UUID | None = None,
    closed_from: date | None = None,
    closed_to: date | None = None,
) -> list[FollowUpFact]:
    """Every current closing whose reason counts, with its due day and follow-up."""
    months = follow_up_months(s)
    reasons = counted_reasons(s)
    stmt = (
        select(
            Closure.id,
            Case.id,
            Participant.code,
            Participant.gender,
            Case.site_id,
            Case.coach_id,
            Staff.name,
            Closure.closed_on,
            Closure.reason,
            FollowUp.followed_up_on,
            FollowUp.status,
        )
        .join(Case, Case.id == Closure.case_id)
        .join(Participant, Participant.id == Case.participant_id)
        .outerjoin(Staff, Staff.id == Case.coach_id)
        .outerjoin(FollowUp, FollowUp.closure_id == Closure.id)
        .where(Closure.reopened_on.is_(None), Closure.reason.in_(sorted(reasons)))
    )
    if site_ids:
        stmt = stmt.where(Case.site_id.in_(list(site_ids)))
    if coach_id is not None:
        stmt = stmt.where(Case.coach_id == coach_id)
    if closed_from is not None:
        stmt = stmt.where(Closure.closed_on >= closed_from)
    if closed_to is not None:
        stmt = stmt.where(Closure.closed_on <= closed_to)
    return [
        FollowUpFact(
            cid,
            case_id,
            code,
            gender,
            site,
            coach_id_,
            coach,
            closed,
            reason,
            due_date(closed, months),
            on,
            status,
        )  # fmt: skip
        for cid, case_id, code, gender, site, coach_id_, coach, closed, reason, on, status in (
            s.execute(stmt)
        )
    ]


def due_follow_ups(
    s: Session,
    today: date,
    *,
    within_days: int = 14,
    site_ids: Sequence[uuid.UUID] | None = None,
    coach_id: uuid.UUID | None = None,
) -> list[FollowUpFact]:
    """Follow-ups not yet recorded that fall due within ``within_days`` or are overdue, per
    coach (by name; cases without a coach last), then soonest first."""
    horizon = today + timedelta(days=within_days)
    facts = follow_up_facts(s, site_ids=site_ids, coach_id=coach_id)
    due = [f for f in facts if not f.recorded and f.due_on <= horizon]
    return sorted(due, key=lambda f: (f.coach is None, f.coach or "", f.due_on, f.code))


def facts_due_in(
    s: Session, first: date, last: date, site_ids: Sequence[uuid.UUID] | None = None
) -> list[FollowUpFact]:
    """The closings whose follow-up fell due between ``first`` and ``last`` (inclusive)."""
    months = follow_up_months(s)
    # A closing due in the period closed at most ``months`` (and a few days) before it.
    early = add_months(first, -months) - timedelta(days=4)
    facts = follow_up_facts(s, site_ids=site_ids, closed_from=early, closed_to=last)
    return [f for f in facts if first <= f.due_on <= last]


@dataclass(frozen=True)
class FollowUpForm:
    """What the follow-up dialog opens with for one case."""

    closure_id: uuid.UUID
    code: str
    closed_on: date
    reason: str  # the closing reason's Swedish label
    due_on: date
    followed_up_on: date | None
    status: FollowUpStatus | None


def follow_up_form(s: Session, case_id: uuid.UUID) -> FollowUpForm:
    """The case's current closing and its follow-up, or why it gets none."""
    row = s.execute(
        select(Closure, Participant.code)
        .join(Case, Case.id == Closure.case_id)
        .join(Participant, Participant.id == Case.participant_id)
        .where(Closure.case_id == case_id, Closure.reopened_on.is_(None))
    ).first()
    if row is None:
        raise ValidationError("Ärendet är inte avslutat; uppföljningen görs efter avslutet.")
    closure, code = row
    if closure.reason not in counted_reasons(s):
        raise ValidationError(
            f"Ärendet avslutades med {reason_info(closure.reason).sv}, som inte räknas som "
            "en fullföljd insats; det följs inte upp."
        )
    found = s.scalar(select(FollowUp).where(FollowUp.closure_id == closure.id))
    return FollowUpForm(
        closure.id,
        code,
        closure.closed_on,
        reason_info(closure.reason).sv,
        due_date(closure.closed_on, follow_up_months(s)),
        found.followed_up_on if found else None,
        found.status if found else None,
    )


def check_follow_up(closed_on: date, on: date, today: date) -> None:
    if on > today:
        raise ValidationError(f"Uppföljningen ({on.isoformat()}) kan inte ligga i framtiden.")
    if on < closed_on:
        raise ValidationError(
            f"Uppföljningen ({on.isoformat()}) ligger före avslutet ({closed_on.isoformat()})."
        )


def record_follow_up(
    s: Session,
    case_id: uuid.UUID,
    on: date,
    status: FollowUpStatus,
    author_id: uuid.UUID | None,
    *,
    today: date | None = None,
) -> uuid.UUID:
    """Record (or correct) the follow-up of the case's current closing."""
    status = FollowUpStatus(status)
    form = follow_up_form(s, case_id)
    check_follow_up(form.closed_on, on, today or date.today())
    found = s.scalar(select(FollowUp).where(FollowUp.closure_id == form.closure_id))
    if found is None:
        found = FollowUp(
            id=uuid.uuid4(),
            closure_id=form.closure_id,
            followed_up_on=on,
            status=status,
            author_id=author_id,
        )
        s.add(found)
    else:
        found.followed_up_on, found.status = on, status
    s.flush()
    return found.id


def status_label(status: FollowUpStatus, lang: str = "sv") -> str:
    sv, en = FOLLOW_UP_STATUSES[status]
    return sv if lang == "sv" else en

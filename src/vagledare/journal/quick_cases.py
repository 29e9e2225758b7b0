"""Logging, undoing and removing snabbärenden, and the desk's running counts."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Connection, and_, bindparam, exists, func, select
from sqlalchemy.orm import Session

from vagledare.journal import audit
from vagledare.journal.db.fastpath import DriverQuery, DriverWrite, insert_where, together
from vagledare.journal.db.unit import CoreUnit, Writer, core_of
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    AgeBand,
    Category,
    Gender,
    QuickCase,
    Staff,
    time_ordered_uuid,
    utc_now,
)

MAX_AT_ONCE = 200
UNDO_REASON = "Ångrad"


@dataclass(frozen=True)
class QuickCaseEntry:
    """One snabbärende as the desk lists it."""

    id: uuid.UUID
    occurred_at: datetime
    category: str
    age_band: str
    gender: Gender
    author: str | None
    removed: bool
    removal_reason: str | None
    category_id: uuid.UUID | None = None  # what a correction starts from
    age_band_id: uuid.UUID | None = None


def log_quick_cases(
    s: Writer,
    site_id: uuid.UUID,
    category_id: uuid.UUID,
    age_band_id: uuid.UUID,
    gender: Gender,
    author_id: uuid.UUID | None,
    *,
    at: datetime | None = None,
    count: int = 1,
    now: datetime | None = None,
    visit_id: uuid.UUID | None = None,
    return_visit: bool = False,
    new_visit: bool = False,
) -> list[uuid.UUID]:
    """Log ``count`` snabbärenden at local time ``at`` (default now). The click path: in a
    session, or in a Core unit (``Journal.core_unit``), as the desk does.

    The category and age band must belong to the site and be in use; a time in the future
    is refused. ``visit_id`` makes them part of that visit (one visitor, one site and day,
    one gender: a visit's gender is its snabbärenden's); without one each is a visit of its
    own. ``return_visit``: the visitor has been here before. ``new_visit``: the caller made
    ``visit_id`` just now, for these entries (a fresh random key: no entry can have it yet,
    so there is nothing to check it against, and the click saves the query).
    """
    now = now or datetime.now()
    at = (at or now).replace(microsecond=0)
    if not 1 <= count <= MAX_AT_ONCE:
        raise ValidationError(f"Antal måste vara mellan 1 och {MAX_AT_ONCE}.")
    if at > now + timedelta(minutes=1):
        raise ValidationError("Ett snabbärende kan inte registreras på en framtida tid.")
    conn = core_of(s)[0]  # the checks read the journal: what a session holds, too
    if visit_id is not None and not new_visit:
        check_visit(s, visit_id, site_id, gender, at.date())
    stamp = utc_now()
    ids = [time_ordered_uuid() for _ in range(count)]
    rows = [
        {
            "id": i,
            "site_id": site_id,
            "category_id": category_id,
            "age_band_id": age_band_id,
            "gender": gender,
            "occurred_at": at,
            "author_id": author_id,
            "created_at": stamp,
            "modified_at": stamp,
            "visit_id": visit_id,
            "return_visit": return_visit,
        }
        for i in ids
    ]
    detail = {"count": count, "occurred_at": at, "ids": [str(i) for i in ids]}
    if not isinstance(s, CoreUnit):
        if not _INSERT.run(conn, rows):
            _refuse_layout(conn, site_id, category_id, age_band_id)
        audit.record_now(s, "create", "quick_case", ids[0], **detail)
        return ids
    # In a Core unit, rolled back whole when the click fails, the snabbärenden and their
    # audit entry go to a server together, in one round trip; the site's layout is checked by
    # the INSERT itself (written only where it holds), so a refusal comes after both were
    # sent and the unit's rollback takes the entry back with them.
    with together(conn):
        written = _INSERT.send(conn, rows)
        logged = audit.send_now(s, "create", "quick_case", ids[0], **detail)
    if not written():
        _refuse_layout(conn, site_id, category_id, age_band_id)  # says which, and why
    logged()
    return ids


# The click path's statements, run on the driver (see ``fastpath``): a click costs little
# more than its INSERTs and the commit. A snabbärende is written only where its category and
# age band belong to its site and are in use.
_IN_USE = exists().where(
    and_(
        Category.id == bindparam("category_id", type_=QuickCase.category_id.type),
        AgeBand.id == bindparam("age_band_id", type_=QuickCase.age_band_id.type),
        Category.site_id == bindparam("site_id", type_=QuickCase.site_id.type),
        AgeBand.site_id == bindparam("site_id", type_=QuickCase.site_id.type),
        Category.retired_at.is_(None),
        AgeBand.retired_at.is_(None),
    )
)
_INSERT = DriverWrite(
    insert_where(
        QuickCase.__table__,  # type: ignore[arg-type]
        (
            "id",
            "site_id",
            "category_id",
            "age_band_id",
            "gender",
            "occurred_at",
            "author_id",
            "created_at",
            "modified_at",
            "visit_id",
            "return_visit",
        ),
        _IN_USE,
    )
)
_VISIT = DriverQuery(
    select(QuickCase.site_id, QuickCase.gender, QuickCase.occurred_at)
    .where(QuickCase.visit_id == bindparam("visit", type_=QuickCase.visit_id.type))
    .limit(1)
)


def _refuse_layout(
    conn: Connection, site_id: uuid.UUID, category_id: uuid.UUID, age_band_id: uuid.UUID
) -> None:
    """Why a category and age band cannot be logged at the site (the INSERT found them
    wanting)."""
    cat = conn.execute(
        select(Category.site_id, Category.retired_at).where(Category.id == category_id)
    ).first()
    band = conn.execute(
        select(AgeBand.site_id, AgeBand.retired_at).where(AgeBand.id == age_band_id)
    ).first()
    if cat is None or cat.site_id != site_id:
        raise ValidationError("Kategorin hör inte till mötesplatsen.")
    if band is None or band.site_id != site_id:
        raise ValidationError("Åldersgruppen hör inte till mötesplatsen.")
    if cat.retired_at is not None or band.retired_at is not None:
        raise ValidationError("Kategorin eller åldersgruppen är pensionerad.")
    raise AssertionError("the INSERT's check and the journal disagree")  # pragma: no cover


def check_visit(
    s: Writer, visit_id: uuid.UUID, site_id: uuid.UUID, gender: Gender, day: date
) -> None:
    """A snabbärende may join a visit only of the same site, day and gender."""
    found = _VISIT.all(core_of(s)[0], {"visit": visit_id})
    if not found:
        return
    first_site, first_gender, first_at = found[0]
    if first_site != site_id or first_at.date() != day:
        raise ValidationError(
            "Samma besökare gäller ett besök en annan dag eller på en annan mötesplats; "
            "slå av Samma besökare och registrera igen."
        )
    if Gender(first_gender) is not Gender(gender):
        raise ValidationError(
            "Samma besökare: besöket är registrerat på ett annat kön. Slå av Samma besökare "
            "för en ny besökare, eller välj samma kön."
        )


def remove_quick_case(
    s: Session, quick_case_id: uuid.UUID, reason: str, removed_by: uuid.UUID | None
) -> None:
    """Take a mistaken entry out of every count; the row stays, with who, when and why."""
    reason = _reason(reason)
    qc = s.get(QuickCase, quick_case_id)
    if qc is None:
        raise ValidationError("Registreringen finns inte.")
    if qc.removed_at is not None:
        raise ValidationError("Registreringen är redan borttagen.")
    qc.removed_at = utc_now()
    qc.removed_by_id = removed_by
    qc.removal_reason = reason


def _reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("Ange varför registreringen tas bort.")
    if len(reason) > 200:
        raise ValidationError("Anledningen är för lång (högst 200 tecken).")
    return reason


def correct_quick_case(
    s: Session,
    quick_case_id: uuid.UUID,
    category_id: uuid.UUID,
    age_band_id: uuid.UUID,
    gender: Gender,
) -> bool:
    """Change what an entry was about (a category, age band or gender chosen wrongly, on any
    earlier day). Its time, site and author stay; the audit log keeps the earlier values.
    Returns whether anything changed."""
    qc = s.get(QuickCase, quick_case_id)
    if qc is None:
        raise ValidationError("Registreringen finns inte.")
    if qc.removed_at is not None:
        raise ValidationError("Registreringen är borttagen; ångra borttagningen först.")
    gender = Gender(gender)
    if category_id != qc.category_id:
        cat = s.get(Category, category_id)
        if cat is None or cat.site_id != qc.site_id:
            raise ValidationError("Kategorin hör inte till mötesplatsen.")
        if cat.retired_at is not None:
            raise ValidationError(f"Kategorin {cat.name} är pensionerad.")
    if age_band_id != qc.age_band_id:
        band = s.get(AgeBand, age_band_id)
        if band is None or band.site_id != qc.site_id:
            raise ValidationError("Åldersgruppen hör inte till mötesplatsen.")
        if band.retired_at is not None:
            raise ValidationError(f"Åldersgruppen {band.label} är pensionerad.")
    if (qc.category_id, qc.age_band_id, qc.gender) == (category_id, age_band_id, gender):
        return False
    if qc.gender != gender and qc.visit_id is not None:
        # A visit's gender is its snabbärenden's: the whole visit is corrected.
        for other in s.scalars(
            select(QuickCase).where(QuickCase.visit_id == qc.visit_id, QuickCase.id != qc.id)
        ):
            other.gender = gender
    qc.category_id, qc.age_band_id, qc.gender = category_id, age_band_id, gender
    s.flush()  # the audit entry, with the earlier values, in this transaction
    return True


def logged_together(s: Session, quick_case_id: uuid.UUID) -> list[uuid.UUID]:
    """The entries logged in the same registration as this one ("4 × Myndighetskontakt",
    possibly back-dated) that are still counted, this one included."""
    qc = s.get(QuickCase, quick_case_id)
    if qc is None:
        raise ValidationError("Registreringen finns inte.")
    same = select(QuickCase.id).where(
        QuickCase.site_id == qc.site_id,
        QuickCase.created_at == qc.created_at,
        QuickCase.occurred_at == qc.occurred_at,
        QuickCase.category_id == qc.category_id,
        QuickCase.age_band_id == qc.age_band_id,
        QuickCase.gender == qc.gender,
        QuickCase.removed_at.is_(None),
    )
    same = same.where(
        QuickCase.author_id.is_(None)
        if qc.author_id is None
        else QuickCase.author_id == qc.author_id
    )
    return list(s.scalars(same.order_by(QuickCase.id)))


def remove_quick_cases(
    s: Session, quick_case_ids: list[uuid.UUID], reason: str, removed_by: uuid.UUID | None
) -> int:
    """Take several entries (a whole registration, or a day's selection) out of every count
    at once, with one reason: all of them or, if one cannot be removed, none."""
    reason = _reason(reason)
    for quick_case_id in dict.fromkeys(quick_case_ids):
        remove_quick_case(s, quick_case_id, reason, removed_by)
    return len(dict.fromkeys(quick_case_ids))


def restore_quick_case(s: Session, quick_case_id: uuid.UUID) -> None:
    """Undo a removal (the window's redo)."""
    qc = s.get(QuickCase, quick_case_id)
    if qc is None:
        raise ValidationError("Registreringen finns inte.")
    qc.removed_at = None
    qc.removed_by_id = None
    qc.removal_reason = None


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min)
    return start, start + timedelta(days=1)


def day_counts(
    s: Session, site_id: uuid.UUID, day: date
) -> Counter[tuple[uuid.UUID, uuid.UUID, Gender]]:
    """Counted snabbärenden of one day per (category, age band, gender): the grid's numbers."""
    start, end = _day_bounds(day)
    rows = s.execute(
        select(QuickCase.category_id, QuickCase.age_band_id, QuickCase.gender, func.count())
        .where(
            QuickCase.site_id == site_id,
            QuickCase.occurred_at >= start,
            QuickCase.occurred_at < end,
            QuickCase.removed_at.is_(None),
        )
        .group_by(QuickCase.category_id, QuickCase.age_band_id, QuickCase.gender)
    )
    return Counter({(c, b, g): n for c, b, g, n in rows})


def count_between(s: Session, site_id: uuid.UUID, start: datetime, end: datetime) -> int:
    return int(
        s.scalar(
            select(func.count())
            .select_from(QuickCase)
            .where(
                QuickCase.site_id == site_id,
                QuickCase.occurred_at >= start,
                QuickCase.occurred_at < end,
                QuickCase.removed_at.is_(None),
            )
        )
        or 0
    )


def month_count(s: Session, site_id: uuid.UUID, day: date) -> int:
    start = datetime(day.year, day.month, 1)
    end = datetime(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return count_between(s, site_id, start, end)


def day_entries(s: Session, site_id: uuid.UUID, day: date) -> list[QuickCaseEntry]:
    """Every entry of one day, removed ones included, newest first."""
    start, end = _day_bounds(day)
    rows = s.execute(
        select(
            QuickCase.id,
            QuickCase.occurred_at,
            Category.name,
            AgeBand.label,
            QuickCase.gender,
            Staff.name,
            QuickCase.removed_at,
            QuickCase.removal_reason,
            QuickCase.category_id,
            QuickCase.age_band_id,
        )
        .join(Category, Category.id == QuickCase.category_id)
        .join(AgeBand, AgeBand.id == QuickCase.age_band_id)
        .outerjoin(Staff, Staff.id == QuickCase.author_id)
        .where(
            QuickCase.site_id == site_id,
            QuickCase.occurred_at >= start,
            QuickCase.occurred_at < end,
        )
        .order_by(QuickCase.occurred_at.desc(), QuickCase.created_at.desc())
    )
    return [
        QuickCaseEntry(i, at, c, b, g, a, removed is not None, reason, cat_id, band_id)
        for i, at, c, b, g, a, removed, reason, cat_id, band_id in rows
    ]

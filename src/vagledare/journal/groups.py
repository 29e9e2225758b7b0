"""Groups (språkgrupp, språkcafé, läxhjälp) at a site: tutors and the weekly schedule."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    Group,
    GroupKind,
    GroupSession,
    GroupTutor,
    Role,
    ScheduleSlot,
    SessionActivity,
    Site,
    Staff,
)
from vagledare.journal.sites import swedish_sort_key
from vagledare.journal.staff import ensure_staff, find_staff
from vagledare.journal.terms import Lang, term

WEEKDAYS_SV = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_PREFIXES = {
    **{name[:3]: i for i, name in enumerate(WEEKDAYS_SV)},
    **{name[:3].lower(): i for i, name in enumerate(WEEKDAYS_EN)},
}
_SLOT_RE = re.compile(
    r"^\s*(?P<day>[a-zåäö]+)\s+(?P<start>\d{1,2}(?:[:.]\d{2})?)\s*[-–—]\s*"
    r"(?P<end>\d{1,2}(?:[:.]\d{2})?)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, order=True)
class Slot:
    """One weekly meeting: weekday (0 = Monday), start and end time."""

    weekday: int
    starts_at: time
    ends_at: time

    def label(self, lang: Lang = "sv") -> str:
        """``tisdagar 09.30–11.00`` (as the seed writes it) or ``Tuesdays 09:30–11:00``."""
        if lang == "sv":
            return f"{WEEKDAYS_SV[self.weekday]}ar {self.starts_at:%H.%M}–{self.ends_at:%H.%M}"
        return f"{WEEKDAYS_EN[self.weekday]}s {self.starts_at:%H:%M}–{self.ends_at:%H:%M}"


@dataclass(frozen=True)
class GroupInfo:
    id: uuid.UUID
    site_id: uuid.UUID
    site_name: str
    name: str
    kind: GroupKind
    start_date: date
    end_date: date | None
    tutors: tuple[str, ...]
    schedule: tuple[Slot, ...]
    schedule_from: date | None

    def kind_label(self, lang: Lang = "sv") -> str:
        return kind_label(self.kind, lang)

    def schedule_label(self, lang: Lang = "sv") -> str:
        return ", ".join(slot.label(lang) for slot in self.schedule)

    def runs_on(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


def kind_label(kind: GroupKind, lang: Lang = "sv") -> str:
    return term(f"kind.{kind.value}", lang)


def _parse_time(text: str) -> time:
    parts = re.split(r"[:.]", text)
    hour, minute = int(parts[0]), int(parts[1]) if len(parts) > 1 else 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError
    return time(hour, minute)


def parse_slot(text: str) -> Slot:
    """``tis 09:30-11:00``, ``tisdagar 9.30–11``, ``Tue 13:30-15:00`` → a slot."""
    m = _SLOT_RE.match(text)
    weekday = _WEEKDAY_PREFIXES.get(m.group("day")[:3].lower()) if m else None
    if m is None or weekday is None:
        raise ValidationError(
            f"Tiden {text.strip()!r} ska skrivas som veckodag och tid, t.ex. tis 09:30-11:00."
        )
    try:
        starts, ends = _parse_time(m.group("start")), _parse_time(m.group("end"))
    except ValueError:
        raise ValidationError(f"Tiden {text.strip()!r} har ett ogiltigt klockslag.") from None
    if ends <= starts:
        raise ValidationError(f"Tiden {text.strip()!r} slutar innan den börjar.")
    return Slot(weekday, starts, ends)


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("Gruppens namn får inte vara tomt.")
    if len(cleaned) > 80:
        raise ValidationError("Gruppens namn är för långt (högst 80 tecken).")
    return cleaned


def _info(s: Session, g: Group) -> GroupInfo:
    site = s.get(Site, g.site_id)
    tutors = s.scalars(
        select(Staff.name)
        .join(GroupTutor, GroupTutor.staff_id == Staff.id)
        .where(GroupTutor.group_id == g.id)
    ).all()
    slots = s.scalars(select(ScheduleSlot).where(ScheduleSlot.group_id == g.id)).all()
    return GroupInfo(
        id=g.id,
        site_id=g.site_id,
        site_name=site.name if site else "",
        name=g.name,
        kind=g.kind,
        start_date=g.start_date,
        end_date=g.end_date,
        tutors=tuple(sorted(tutors, key=swedish_sort_key)),
        schedule=tuple(sorted(Slot(x.weekday, x.starts_at, x.ends_at) for x in slots)),
        schedule_from=g.schedule_from,
    )


def _check_slots(slots: Sequence[Slot]) -> None:
    days = [x.weekday for x in slots]
    if len(days) != len(set(days)):
        raise ValidationError("En grupp kan bara ha en tid per veckodag.")


def add_group(
    s: Session,
    site_id: uuid.UUID,
    name: str,
    kind: GroupKind,
    start_date: date,
    author_id: uuid.UUID | None,
    *,
    tutors: Sequence[str] = (),
    add_tutors: bool = False,
    schedule: Sequence[Slot] = (),
    schedule_from: date | None = None,
) -> GroupInfo:
    """A new group; sessions will be generated from ``schedule`` from ``schedule_from``
    (default: the start date) on. ``tutors`` and ``add_tutors``: see ``set_tutors``."""
    name = _clean_name(name)
    if s.get(Site, site_id) is None:
        raise ValidationError("Mötesplatsen finns inte i journalen.")
    if find_group(s, site_id, name) is not None:
        raise ValidationError(f"Gruppen {name} finns redan på mötesplatsen.")
    _check_slots(schedule)
    g = Group(
        id=uuid.uuid4(),
        site_id=site_id,
        name=name,
        kind=kind,
        start_date=start_date,
        schedule_from=max(schedule_from or start_date, start_date) if schedule else None,
        generated_until=(
            max(schedule_from or start_date, start_date) - timedelta(days=1) if schedule else None
        ),
        author_id=author_id,
    )
    s.add(g)
    s.flush()
    for slot in schedule:
        s.add(
            ScheduleSlot(
                group_id=g.id,
                weekday=slot.weekday,
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                author_id=author_id,
            )
        )
    set_tutors(s, g.id, tutors, author_id, add_new=add_tutors)
    return get_group(s, g.id)


def _group(s: Session, group_id: uuid.UUID) -> Group:
    g = s.get(Group, group_id)
    if g is None:
        raise ValidationError("Gruppen finns inte i journalen.")
    return g


def update_group(
    s: Session,
    group_id: uuid.UUID,
    *,
    name: str,
    kind: GroupKind,
    start_date: date,
    end_date: date | None,
) -> GroupInfo:
    g = _group(s, group_id)
    name = _clean_name(name)
    other = find_group(s, g.site_id, name)
    if other is not None and other.id != g.id:
        raise ValidationError(f"Gruppen {name} finns redan på mötesplatsen.")
    if end_date is not None and end_date < start_date:
        raise ValidationError("Gruppen kan inte sluta innan den startar.")
    g.name, g.kind, g.start_date, g.end_date = name, kind, start_date, end_date
    s.flush()
    return get_group(s, g.id)


class UnknownTutors(ValidationError):
    """Names typed as tutors that are nobody's account yet: the caller asks before adding."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = tuple(names)
        listed = ", ".join(self.names)
        super().__init__(
            f"{listed} finns inte bland personalen. Välj ett befintligt namn, eller lägg till "
            "som ny språkhandledare (kontot kan inte användas förrän en teamledare ger en "
            "startkod)."
        )


def set_tutors(
    s: Session,
    group_id: uuid.UUID,
    names: Sequence[str],
    author_id: uuid.UUID | None,
    *,
    add_new: bool = False,
) -> GroupInfo:
    """The group's responsible språkhandledare by name or initials. A name links the existing
    account. A name nobody has is refused (``UnknownTutors``) unless ``add_new``: then it
    becomes a language tutor's account without a PIN, unusable until a team lead gives it a
    start code."""
    _group(s, group_id)
    typed = list(dict.fromkeys(" ".join(n.split()) for n in names if n.strip()))
    found = {n: find_staff(s, n) for n in typed}
    unknown = [n for n, who in found.items() if who is None]
    if unknown and not add_new:
        raise UnknownTutors(unknown)
    wanted = {
        (who.id if who is not None else ensure_staff(s, n, Role.TUTOR).id)
        for n, who in found.items()
    }
    links = s.scalars(select(GroupTutor).where(GroupTutor.group_id == group_id))
    current = {link.staff_id: link for link in links}
    for staff_id, link in current.items():
        if staff_id not in wanted:
            s.delete(link)
    for staff_id in wanted - current.keys():
        s.add(GroupTutor(group_id=group_id, staff_id=staff_id, author_id=author_id))
    s.flush()
    return get_group(s, group_id)


def set_schedule(
    s: Session,
    group_id: uuid.UUID,
    slots: Sequence[Slot],
    from_date: date,
    author_id: uuid.UUID | None,
) -> GroupInfo:
    """A new weekly schedule from ``from_date`` on. Sessions from that day that came from
    the old schedule and hold nothing (no roll call, not moved, not cancelled) are removed,
    and will be generated again from the new schedule."""
    g = _group(s, group_id)
    _check_slots(slots)
    from_date = max(from_date, g.start_date)
    s.execute(delete(ScheduleSlot).where(ScheduleSlot.group_id == group_id))
    for slot in slots:
        s.add(
            ScheduleSlot(
                group_id=group_id,
                weekday=slot.weekday,
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                author_id=author_id,
            )
        )
    s.execute(
        delete(GroupSession).where(
            GroupSession.group_id == group_id,
            GroupSession.held_on >= from_date,
            GroupSession.extra.is_(False),
            GroupSession.moved_from.is_(None),
            GroupSession.cancelled_at.is_(None),
            GroupSession.attendance_taken_at.is_(None),
            GroupSession.note.is_(None),
            ~GroupSession.id.in_(select(SessionActivity.session_id)),
        )
    )
    g.schedule_from = from_date
    g.generated_until = from_date - timedelta(days=1)
    s.flush()
    return get_group(s, group_id)


def edit_group(
    s: Session,
    group_id: uuid.UUID,
    *,
    name: str,
    kind: GroupKind,
    start_date: date,
    end_date: date | None,
    tutors: Sequence[str],
    author_id: uuid.UUID | None,
    add_tutors: bool = False,
    schedule: Sequence[Slot] | None = None,
    schedule_from: date | None = None,
) -> GroupInfo:
    """An edited group saved as one: its details (``update_group``), its tutors
    (``set_tutors``) and, unless ``schedule`` is None (unchanged), a new weekly schedule from
    ``schedule_from`` (``set_schedule``). ``UnknownTutors`` leaves nothing written."""
    info = update_group(s, group_id, name=name, kind=kind, start_date=start_date, end_date=end_date)
    info = set_tutors(s, info.id, tutors, author_id, add_new=add_tutors)
    if schedule is not None:
        info = set_schedule(s, info.id, schedule, schedule_from or start_date, author_id)
    return info


def get_group(s: Session, group_id: uuid.UUID) -> GroupInfo:
    return _info(s, _group(s, group_id))


def find_group(s: Session, site_id: uuid.UUID, name: str) -> GroupInfo | None:
    wanted = " ".join(name.split()).casefold()
    g = next(
        (
            x
            for x in s.scalars(select(Group).where(Group.site_id == site_id))
            if x.name.casefold() == wanted
        ),
        None,
    )
    return _info(s, g) if g else None


def require_group(s: Session, site_id: uuid.UUID, name: str) -> GroupInfo:
    found = find_group(s, site_id, name)
    if found is None:
        known = ", ".join(x.name for x in list_groups(s, [site_id])) or "inga"
        raise ValidationError(f"Gruppen {name!r} finns inte på mötesplatsen (kända: {known}).")
    return found


def list_groups(s: Session, site_ids: Sequence[uuid.UUID] | None = None) -> list[GroupInfo]:
    """Groups in Swedish alphabetical order of site, then name."""
    stmt = select(Group)
    if site_ids:
        stmt = stmt.where(Group.site_id.in_(site_ids))
    groups = [_info(s, g) for g in s.scalars(stmt)]
    return sorted(groups, key=lambda x: (swedish_sort_key(x.site_name), swedish_sort_key(x.name)))

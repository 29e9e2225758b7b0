"""Activities and events at the sites: the log, its editable list of types and the register
of partner organisations and employers.

An activity is one occasion on one day at one site (a språkcafé, a studiebesök, a
näringslivsdag …) with its visitors counted by gender — no cap: a näringslivsdag may have 600
—, the number of employers present, the partners it names and the staff who ran it. The
reports ``aktiviteter`` and ``samverkan`` count them.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    Activity,
    ActivityKind,
    ActivityPartner,
    ActivityStaff,
    Partner,
    Site,
    Staff,
    utc_now,
)
from vagledare.journal.sites import swedish_sort_key

MAX_COUNT = 1_000_000  # a sanity bound for typing errors, not a cap on real events
MAX_TITLE = 120
MAX_NOTE = 2000
MAX_PARTNER = 120

# The fields of an activity, as refusals name them (the window marks the field).
FIELDS = (
    "site",
    "kind",
    "held_on",
    "time",
    "title",
    "women",
    "men",
    "unstated",
    "employers",
    "partners",
    "staff",
    "note",
)


class ActivityProblem(ValidationError):
    """A refused activity; ``field`` names the field to mark (one of ``FIELDS``)."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class KindInfo:
    id: uuid.UUID
    name: str
    position: int
    retired: bool


@dataclass(frozen=True)
class PartnerInfo:
    id: uuid.UUID
    name: str
    employer: bool
    retired: bool


@dataclass(frozen=True)
class ActivityDraft:
    """What the dialog or an import row says about one activity."""

    site_id: uuid.UUID
    kind_id: uuid.UUID
    held_on: date
    title: str
    women: int = 0
    men: int = 0
    unstated: int = 0
    employers: int = 0
    starts_at: time | None = None
    ends_at: time | None = None
    partners: tuple[str, ...] = ()  # names; new ones join the register
    staff_ids: tuple[uuid.UUID, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class ActivityInfo:
    id: uuid.UUID
    site_id: uuid.UUID
    site: str
    kind_id: uuid.UUID
    kind: str
    held_on: date
    starts_at: time | None
    ends_at: time | None
    title: str
    women: int
    men: int
    unstated: int
    employers: int
    note: str | None
    partners: tuple[str, ...] = ()
    staff: tuple[str, ...] = ()
    staff_ids: tuple[uuid.UUID, ...] = field(default=())

    @property
    def visitors(self) -> int:
        return self.women + self.men + self.unstated


# -- the list of types ---------------------------------------------------------------------
def _clean(text: str, what: str, longest: int, fld: str) -> str:
    cleaned = " ".join((text or "").split())
    if not cleaned:
        raise ActivityProblem(f"{what} får inte vara tom.", fld)
    if len(cleaned) > longest:
        raise ActivityProblem(f"{what} är för lång (högst {longest} tecken).", fld)
    return cleaned


def list_kinds(s: Session, *, include_retired: bool = False) -> list[KindInfo]:
    """The types in the journal's order (retired ones last, when asked for)."""
    rows = s.scalars(select(ActivityKind).order_by(ActivityKind.position, ActivityKind.name))
    kinds = [KindInfo(k.id, k.name, k.position, k.retired_at is not None) for k in rows]
    if include_retired:
        return sorted(kinds, key=lambda k: k.retired)
    return [k for k in kinds if not k.retired]


def find_kind(s: Session, name: str) -> KindInfo | None:
    folded = " ".join(name.split()).casefold()
    for k in list_kinds(s, include_retired=True):
        if k.name.casefold() == folded:
            return k
    return None


def add_kind(s: Session, name: str, author_id: uuid.UUID | None) -> KindInfo:
    name = _clean(name, "Aktivitetstypens namn", 80, "kind")
    if find_kind(s, name) is not None:
        raise ActivityProblem(f"Aktivitetstypen {name} finns redan.", "kind")
    position = (s.scalar(select(func.max(ActivityKind.position))) or 0) + 1
    kind = ActivityKind(id=uuid.uuid4(), name=name, position=position, author_id=author_id)
    s.add(kind)
    s.flush()
    return KindInfo(kind.id, kind.name, kind.position, False)


def rename_kind(s: Session, kind_id: uuid.UUID, name: str) -> None:
    kind = s.get(ActivityKind, kind_id)
    if kind is None:
        raise ActivityProblem("Aktivitetstypen finns inte.", "kind")
    name = _clean(name, "Aktivitetstypens namn", 80, "kind")
    other = find_kind(s, name)
    if other is not None and other.id != kind_id:
        raise ActivityProblem(f"Aktivitetstypen {name} finns redan.", "kind")
    kind.name = name


def retire_kind(s: Session, kind_id: uuid.UUID, retired: bool = True) -> None:
    """A retired type is offered no more; the activities of it keep it, and reports show it
    where it was used."""
    kind = s.get(ActivityKind, kind_id)
    if kind is None:
        raise ActivityProblem("Aktivitetstypen finns inte.", "kind")
    kind.retired_at = utc_now() if retired else None


def move_kind(s: Session, kind_id: uuid.UUID, step: int) -> None:
    """Move a type up (-1) or down (+1) in the list (the report's row order)."""
    kinds = list(s.scalars(select(ActivityKind).order_by(ActivityKind.position)))
    at = next((i for i, k in enumerate(kinds) if k.id == kind_id), None)
    if at is None:
        raise ActivityProblem("Aktivitetstypen finns inte.", "kind")
    to = max(0, min(len(kinds) - 1, at + step))
    kinds.insert(to, kinds.pop(at))
    for i, k in enumerate(kinds):
        if k.position != i:
            k.position = i


# -- the register of partners --------------------------------------------------------------
def list_partners(s: Session, *, include_retired: bool = False) -> list[PartnerInfo]:
    """Partners in Swedish alphabetical order."""
    rows = [
        PartnerInfo(p.id, p.name, p.employer, p.retired_at is not None)
        for p in s.scalars(select(Partner))
    ]
    rows.sort(key=lambda p: swedish_sort_key(p.name))
    return rows if include_retired else [p for p in rows if not p.retired]


def ensure_partner(
    s: Session, name: str, author_id: uuid.UUID | None, *, employer: bool | None = None
) -> PartnerInfo:
    """The partner of that name (any case), added to the register when new."""
    name = _clean(name, "Partnerns namn", MAX_PARTNER, "partners")
    folded = name.casefold()
    for p in s.scalars(select(Partner)):
        if p.name.casefold() == folded:
            if employer is not None and p.employer != employer:
                p.employer = employer
            return PartnerInfo(p.id, p.name, p.employer, p.retired_at is not None)
    p = Partner(id=uuid.uuid4(), name=name, employer=bool(employer), author_id=author_id)
    s.add(p)
    s.flush()
    return PartnerInfo(p.id, p.name, p.employer, False)


def set_partner(s: Session, partner_id: uuid.UUID, name: str, employer: bool) -> None:
    """Rename a partner or say whether it is an employer."""
    p = s.get(Partner, partner_id)
    if p is None:
        raise ActivityProblem("Partnern finns inte.", "partners")
    name = _clean(name, "Partnerns namn", MAX_PARTNER, "partners")
    for other in s.scalars(select(Partner).where(Partner.id != partner_id)):
        if other.name.casefold() == name.casefold():
            raise ActivityProblem(f"Partnern {name} finns redan.", "partners")
    p.name, p.employer = name, employer


# -- activities ------------------------------------------------------------------------------
def check_count(value: object, what: str, fld: str) -> int:
    """A visitor or employer count: a whole number from 0 up (no cap at any event size)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ActivityProblem(f"{what} ska vara ett heltal.", fld)
    if value < 0:
        raise ActivityProblem(f"{what} kan inte vara negativt ({value}).", fld)
    if value > MAX_COUNT:
        raise ActivityProblem(f"{what} är orimligt stort ({value}).", fld)
    return value


def _checked(s: Session, d: ActivityDraft) -> ActivityDraft:
    if s.get(Site, d.site_id) is None:
        raise ActivityProblem("Mötesplatsen finns inte.", "site")
    kind = s.get(ActivityKind, d.kind_id)
    if kind is None:
        raise ActivityProblem("Välj en aktivitetstyp.", "kind")
    title = _clean(d.title, "Titeln", MAX_TITLE, "title")
    if (d.starts_at is None) != (d.ends_at is None) and d.ends_at is not None:
        raise ActivityProblem("Ange en starttid när en sluttid är angiven.", "time")
    if d.starts_at and d.ends_at and d.ends_at <= d.starts_at:
        raise ActivityProblem("Sluttiden ska vara efter starttiden.", "time")
    women = check_count(d.women, "Antal kvinnor", "women")
    men = check_count(d.men, "Antal män", "men")
    unstated = check_count(d.unstated, "Antal utan angivet kön", "unstated")
    employers = check_count(d.employers, "Antal arbetsgivare", "employers")
    note = " ".join(d.note.split()) if d.note else None
    if note and len(note) > MAX_NOTE:
        raise ActivityProblem(f"Anteckningen är för lång (högst {MAX_NOTE} tecken).", "note")
    for staff_id in d.staff_ids:
        if s.get(Staff, staff_id) is None:
            raise ActivityProblem("En vald person finns inte bland personalen.", "staff")
    partners = tuple(
        dict.fromkeys(_clean(p, "Partnerns namn", MAX_PARTNER, "partners") for p in d.partners)
    )
    return ActivityDraft(
        d.site_id,
        d.kind_id,
        d.held_on,
        title,
        women,
        men,
        unstated,
        employers,
        d.starts_at,
        d.ends_at,
        partners,
        tuple(dict.fromkeys(d.staff_ids)),
        note or None,
    )


def _links(
    s: Session, activity_id: uuid.UUID, d: ActivityDraft, author_id: uuid.UUID | None
) -> None:
    for name in d.partners:
        p = ensure_partner(s, name, author_id)
        s.add(ActivityPartner(activity_id=activity_id, partner_id=p.id, author_id=author_id))
    for staff_id in d.staff_ids:
        s.add(ActivityStaff(activity_id=activity_id, staff_id=staff_id, author_id=author_id))


def add_activity(
    s: Session,
    draft: ActivityDraft,
    author_id: uuid.UUID | None,
    *,
    import_id: uuid.UUID | None = None,
) -> uuid.UUID:
    d = _checked(s, draft)
    a = Activity(
        id=uuid.uuid4(),
        site_id=d.site_id,
        kind_id=d.kind_id,
        held_on=d.held_on,
        starts_at=d.starts_at,
        ends_at=d.ends_at,
        title=d.title,
        visitors_women=d.women,
        visitors_men=d.men,
        visitors_unstated=d.unstated,
        employers=d.employers,
        note=d.note,
        import_id=import_id,
        author_id=author_id,
    )
    s.add(a)
    s.flush()
    _links(s, a.id, d, author_id)
    s.flush()
    return a.id


def update_activity(
    s: Session, activity_id: uuid.UUID, draft: ActivityDraft, author_id: uuid.UUID | None
) -> None:
    """Change everything the dialog shows; partners and staff are replaced as chosen."""
    a = s.get(Activity, activity_id)
    if a is None:
        raise ActivityProblem("Aktiviteten finns inte.", "title")
    d = _checked(s, draft)
    a.site_id, a.kind_id, a.held_on = d.site_id, d.kind_id, d.held_on
    a.starts_at, a.ends_at, a.title = d.starts_at, d.ends_at, d.title
    a.visitors_women, a.visitors_men, a.visitors_unstated = d.women, d.men, d.unstated
    a.employers, a.note = d.employers, d.note
    for model in (ActivityPartner, ActivityStaff):
        for link in s.scalars(select(model).where(model.activity_id == activity_id)):
            s.delete(link)  # a tombstone each, so the change reaches every desk
    s.flush()
    _links(s, activity_id, d, author_id)
    s.flush()


def delete_activity(s: Session, activity_id: uuid.UUID) -> None:
    """Take a mistaken activity out of the log (its links with it; tombstones for each)."""
    a = s.get(Activity, activity_id)
    if a is None:
        raise ActivityProblem("Aktiviteten finns inte.", "title")
    for model in (ActivityPartner, ActivityStaff):
        for link in s.scalars(select(model).where(model.activity_id == activity_id)):
            s.delete(link)
    s.flush()
    s.delete(a)
    s.flush()


def list_activities(
    s: Session,
    site_ids: Sequence[uuid.UUID] | None,
    start: date,
    end: date,
) -> list[ActivityInfo]:
    """The activities held from ``start`` to ``end`` (both inclusive), oldest first."""
    stmt = (
        select(Activity, Site.name, ActivityKind.name)
        .join(Site, Site.id == Activity.site_id)
        .join(ActivityKind, ActivityKind.id == Activity.kind_id)
        .where(Activity.held_on >= start, Activity.held_on <= end)
        .order_by(Activity.held_on, Activity.starts_at, Activity.created_at)
    )
    if site_ids:
        stmt = stmt.where(Activity.site_id.in_(list(site_ids)))
    rows = s.execute(stmt).all()
    ids = [a.id for a, _, _ in rows]
    partners: dict[uuid.UUID, list[str]] = {}
    staff: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        for aid, name in s.execute(
            select(ActivityPartner.activity_id, Partner.name)
            .join(Partner, Partner.id == ActivityPartner.partner_id)
            .where(ActivityPartner.activity_id.in_(chunk))
        ):
            partners.setdefault(aid, []).append(name)
        for aid, sid, name in s.execute(
            select(ActivityStaff.activity_id, Staff.id, Staff.name)
            .join(Staff, Staff.id == ActivityStaff.staff_id)
            .where(ActivityStaff.activity_id.in_(chunk))
        ):
            staff.setdefault(aid, []).append((sid, name))
    out = []
    for a, site, kind in rows:
        people = sorted(staff.get(a.id, []), key=lambda x: swedish_sort_key(x[1]))
        out.append(
            ActivityInfo(
                a.id,
                a.site_id,
                site,
                a.kind_id,
                kind,
                a.held_on,
                a.starts_at,
                a.ends_at,
                a.title,
                a.visitors_women,
                a.visitors_men,
                a.visitors_unstated,
                a.employers,
                a.note,
                tuple(sorted(partners.get(a.id, []), key=swedish_sort_key)),
                tuple(n for _, n in people),
                tuple(i for i, _ in people),
            )
        )
    return out


def get_activity(s: Session, activity_id: uuid.UUID) -> ActivityInfo:
    a = s.get(Activity, activity_id)
    if a is None:
        raise ActivityProblem("Aktiviteten finns inte.", "title")
    found = [x for x in list_activities(s, [a.site_id], a.held_on, a.held_on) if x.id == a.id]
    return found[0]


@dataclass(frozen=True)
class ActivityChoices:
    """What the dialog offers, read in one snapshot."""

    kinds: list[KindInfo]
    partners: list[PartnerInfo]
    staff: list[tuple[uuid.UUID, str]]


def dialog_choices(s: Session) -> ActivityChoices:
    people = sorted(
        ((st.id, st.name) for st in s.scalars(select(Staff).where(Staff.active.is_(True)))),
        key=lambda x: swedish_sort_key(x[1]),
    )
    return ActivityChoices(list_kinds(s), list_partners(s), people)

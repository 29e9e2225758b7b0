"""``vagledare import attendance``: närvaro from a CSV file, all rows or none.

Header ``grupp;mötesplats;datum;kod;närvaro`` with närvaro ``Närvarande``, ``Frånvarande`` or
``Anmäld frånvaro``. The group must exist at the site, and the code must be enrolled in it on
that date. The session of that group and date is created if missing (with the schedule's
times when the group meets that weekday); every session the file touches counts as taken.
A mark the journal already has is left alone when it agrees and stops the import when it
does not.

Optional columns ``gäster kvinnor``, ``gäster män`` and ``gäster ej angivet``: the session's
walk-in guests (besökare utan inskrivning, e.g. at a språkcafé), whole numbers from 0 to 500
each. They belong to the session, so every row of one group and day that fills them in must
say the same; empty cells say nothing. A row may leave ``kod`` and ``närvaro`` empty and give
only the guests (a session with walk-in visitors only). Guests the journal already has for a
session are left alone when they agree and stop the import when they do not.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from vagledare.imports.batch import open_import, record_batch
from vagledare.imports.csvfile import CsvFile, CsvRow
from vagledare.imports.group_values import STATUSES, parse_choice, parse_day, problem
from vagledare.journal.attendance import MAX_GUESTS, status_label
from vagledare.journal.enrolments import EnrolmentInfo, list_enrolments
from vagledare.journal.errors import ValidationError
from vagledare.journal.groups import GroupInfo, find_group
from vagledare.journal.models import (
    Attendance,
    AttendanceStatus,
    GroupSession,
    utc_now,
)
from vagledare.journal.participants import clean_code
from vagledare.journal.sites import SiteInfo, list_sites

KIND = "attendance"
COLUMNS = ("grupp", "mötesplats", "datum", "kod", "närvaro")
ALIASES = {c: c for c in COLUMNS} | {
    "group": "grupp",
    "site": "mötesplats",
    "date": "datum",
    "code": "kod",
    "attendance": "närvaro",
}
GUEST_COLUMNS = ("gäster kvinnor", "gäster män", "gäster ej angivet")
OPTIONAL = GUEST_COLUMNS
ALIASES |= {c: c for c in GUEST_COLUMNS} | {
    "guests_women": "gäster kvinnor",
    "guests_men": "gäster män",
    "guests_unstated": "gäster ej angivet",
}
Guests = tuple[int, int, int]  # women, men, not stated


@dataclass(frozen=True)
class AttendanceImport:
    rows: int
    marks: int  # new marks written
    unchanged: int  # marks the journal already had
    sessions_created: int
    batch_id: uuid.UUID
    guest_sessions: int = 0  # sessions whose walk-in guests the file gave


def import_attendance(
    s: Session,
    path: Path | str,
    author_id: uuid.UUID | None,
    *,
    force: bool = False,
    data: bytes | None = None,
    today: date | None = None,
) -> AttendanceImport:
    """Check every row, then write them all in the caller's transaction (or raise)."""
    today = today or date.today()
    f: CsvFile = open_import(s, path, KIND, ALIASES, COLUMNS, force=force, data=data)
    sites: dict[str, SiteInfo] = {x.name.casefold(): x for x in list_sites(s)}
    groups: dict[tuple[uuid.UUID, str], GroupInfo | None] = {}
    enrolled: dict[uuid.UUID, dict[str, list[EnrolmentInfo]]] = {}
    known: dict[tuple[uuid.UUID, date], GroupSession] = {}
    saved: dict[tuple[uuid.UUID, uuid.UUID], AttendanceStatus] = {}
    seen: dict[tuple[uuid.UUID, date, str], int] = {}
    marks: list[tuple[GroupInfo, date, uuid.UUID, AttendanceStatus]] = []
    guests: dict[tuple[uuid.UUID, date], tuple[Guests, GroupInfo, int]] = {}
    for row in f.rows:
        v = row.values
        site = sites.get(v["mötesplats"].casefold())
        if site is None:
            names = ", ".join(x.name for x in sites.values()) or "inga"
            raise problem(
                f.name, row, "mötesplats", f"okänd mötesplats {v['mötesplats']!r} (kända: {names})."
            )
        key = (site.id, " ".join(v["grupp"].split()).casefold())
        if key not in groups:
            groups[key] = find_group(s, site.id, v["grupp"])
        g = groups[key]
        if g is None:
            raise problem(
                f.name,
                row,
                "grupp",
                f"okänd grupp {v['grupp']!r} på {site.name}; importera deltagarna först.",
            )
        if g.id not in enrolled:
            _load_group(s, g.id, enrolled, known, saved)
        day = parse_day(f.name, row, "datum")
        if day > today:
            raise problem(f.name, row, "datum", f"{day:%Y-%m-%d} har inte varit ännu.")
        counted = _guests(f, row)
        if counted is not None and not v["kod"] and not v["närvaro"]:
            x = _held(f.name, row, g, day, known)  # the session's guests only
            _check_guests(f.name, row, g, day, counted, guests, x)
            continue
        try:
            code = clean_code(v["kod"])
        except ValidationError as exc:
            raise problem(f.name, row, "kod", str(exc)) from None
        status = parse_choice(
            f.name, row, "närvaro", STATUSES, "Närvarande, Frånvarande eller Anmäld frånvaro"
        )
        e = next((x for x in enrolled[g.id].get(code, []) if x.active_on(day)), None)
        if e is None:
            raise problem(
                f.name,
                row,
                "kod",
                f"{code} är inte inskriven i {g.name} på {site.name} {day:%Y-%m-%d}.",
            )
        earlier = seen.setdefault((g.id, day, code), row.line)
        if earlier != row.line:
            raise problem(
                f.name, row, "kod", f"{code} har redan en närvaro {day:%Y-%m-%d} på rad {earlier}."
            )
        x = _held(f.name, row, g, day, known)
        if counted is not None:
            _check_guests(f.name, row, g, day, counted, guests, x)
        before = saved.get((x.id, e.id)) if x is not None else None
        if before is not None and before != status:
            raise problem(
                f.name,
                row,
                "närvaro",
                f"närvaron är redan registrerad som {status_label(before)} i journalen.",
            )
        marks.append((g, day, e.id, status))

    # Every row is valid: write them all.
    batch_id = record_batch(s, f, KIND, len(f.rows), author_id, "attendance")
    created = unchanged = 0
    stamp = utc_now()
    new_rows = []

    def session_of(g: GroupInfo, day: date) -> GroupSession:
        nonlocal created
        x = known.get((g.id, day))
        if x is None:
            slot = next((sl for sl in g.schedule if sl.weekday == day.weekday()), None)
            x = GroupSession(
                id=uuid.uuid4(),
                group_id=g.id,
                held_on=day,
                extra=slot is None,
                starts_at=slot.starts_at if slot else None,
                ends_at=slot.ends_at if slot else None,
                guests_women=0,
                guests_men=0,
                guests_unstated=0,
                import_id=batch_id,
                author_id=author_id,
            )
            s.add(x)
            known[(g.id, day)] = x
            created += 1
        x.attendance_taken_at = x.attendance_taken_at or stamp
        return x

    for g, day, enrolment_id, status in marks:
        x = session_of(g, day)
        if (x.id, enrolment_id) in saved:
            unchanged += 1
            continue
        new_rows.append(
            {
                "id": uuid.uuid4(),
                "session_id": x.id,
                "enrolment_id": enrolment_id,
                "status": status,
                "import_id": batch_id,
                "author_id": author_id,
                "created_at": stamp,
                "modified_at": stamp,
            }
        )
    for (_group_id, day), (counted, g, _line) in guests.items():
        x = session_of(g, day)
        if (x.guests_women, x.guests_men, x.guests_unstated) != counted:
            x.guests_women, x.guests_men, x.guests_unstated = counted
            x.modified_at = stamp
    s.flush()
    if new_rows:
        s.execute(insert(Attendance), new_rows)
    return AttendanceImport(
        len(f.rows), len(new_rows), unchanged, created, batch_id, guest_sessions=len(guests)
    )


def _held(
    name: str,
    row: CsvRow,
    g: GroupInfo,
    day: date,
    known: dict[tuple[uuid.UUID, date], GroupSession],
) -> GroupSession | None:
    """The group's session that day (None: to be created), or why there can be none."""
    x = known.get((g.id, day))
    if x is None and not g.runs_on(day):
        raise problem(name, row, "datum", f"gruppen {g.name} är inte igång {day:%Y-%m-%d}.")
    if x is not None and x.cancelled_at is not None:
        raise problem(name, row, "datum", f"tillfället {day:%Y-%m-%d} i {g.name} är inställt.")
    return x


def _guests(f: CsvFile, row: CsvRow) -> Guests | None:
    """The row's guest counts (an empty cell is 0), or None when it gives none."""
    present = [c for c in GUEST_COLUMNS if c in f.columns]
    if not present or not any(row.values[c] for c in present):
        return None
    counts = []
    for c in GUEST_COLUMNS:
        text = row.values.get(c, "")
        if not text:
            counts.append(0)
            continue
        if not text.isdigit():
            raise problem(f.name, row, c, f"antalet gäster {text!r} ska vara ett heltal från 0.")
        n = int(text)
        if n > MAX_GUESTS:
            raise problem(
                f.name, row, c, f"antalet gäster ({n}) ska vara mellan 0 och {MAX_GUESTS}."
            )
        counts.append(n)
    return counts[0], counts[1], counts[2]


def _check_guests(
    name: str,
    row: CsvRow,
    g: GroupInfo,
    day: date,
    counted: Guests,
    guests: dict[tuple[uuid.UUID, date], tuple[Guests, GroupInfo, int]],
    x: GroupSession | None,
) -> None:
    """The same session's guests must agree: on every row of the file and with the journal."""
    earlier = guests.setdefault((g.id, day), (counted, g, row.line))
    said = " / ".join(str(n) for n in earlier[0])
    if earlier[0] != counted:
        raise problem(
            name,
            row,
            _first_difference(earlier[0], counted),
            f"rad {earlier[2]} anger andra gäster för {g.name} {day:%Y-%m-%d} "
            f"({said} kvinnor / män / ej angivet).",
        )
    if x is None:
        return
    saved = (x.guests_women, x.guests_men, x.guests_unstated)
    if any(saved) and saved != counted:
        was = " / ".join(str(n) for n in saved)
        raise problem(
            name,
            row,
            _first_difference(saved, counted),
            f"tillfället {day:%Y-%m-%d} i {g.name} har redan {was} gäster "
            "(kvinnor / män / ej angivet) i journalen.",
        )


def _first_difference(a: Guests, b: Guests) -> str:
    return next(c for c, m, n in zip(GUEST_COLUMNS, a, b, strict=True) if m != n)


def _load_group(
    s: Session,
    group_id: uuid.UUID,
    enrolled: dict[uuid.UUID, dict[str, list[EnrolmentInfo]]],
    known: dict[tuple[uuid.UUID, date], GroupSession],
    saved: dict[tuple[uuid.UUID, uuid.UUID], AttendanceStatus],
) -> None:
    """A group's enrolments by code, its sessions by day and their saved marks."""
    by_code: dict[str, list[EnrolmentInfo]] = {}
    for e in list_enrolments(s, [group_id]):
        by_code.setdefault(e.code, []).append(e)
    enrolled[group_id] = by_code
    for x in s.scalars(select(GroupSession).where(GroupSession.group_id == group_id)):
        known[(group_id, x.held_on)] = x
    for sid, eid, status in s.execute(
        select(Attendance.session_id, Attendance.enrolment_id, Attendance.status)
        .join(GroupSession, GroupSession.id == Attendance.session_id)
        .where(GroupSession.group_id == group_id)
    ):
        saved[(sid, eid)] = status

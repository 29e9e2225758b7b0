"""``vagledare import attendance``: närvaro from a CSV file, all rows or none.

Header ``grupp;mötesplats;datum;kod;närvaro`` with närvaro ``Närvarande``, ``Frånvarande`` or
``Anmäld frånvaro``. The group must exist at the site, and the code must be enrolled in it on
that date. The session of that group and date is created if missing (with the schedule's
times when the group meets that weekday); every session the file touches counts as taken.
A mark the journal already has is left alone when it agrees and stops the import when it
does not.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from vagledare.imports.csvfile import CsvFile, ImportProblem, read_csv
from vagledare.imports.dropin import already_imported
from vagledare.imports.group_values import STATUSES, parse_choice, parse_day, problem
from vagledare.journal.attendance import status_label
from vagledare.journal.enrolments import EnrolmentInfo, list_enrolments
from vagledare.journal.errors import ValidationError
from vagledare.journal.groups import GroupInfo, find_group
from vagledare.journal.models import (
    Attendance,
    AttendanceStatus,
    GroupSession,
    ImportBatch,
    utc_now,
)
from vagledare.journal.participants import clean_code
from vagledare.journal.sites import SiteInfo, list_sites

KIND = "attendance"
COLUMNS = ("grupp", "mötesplats", "datum", "kod", "närvaro")
ALIASES = {c: c for c in COLUMNS} | {
    "group": "grupp", "site": "mötesplats", "date": "datum", "code": "kod",
    "attendance": "närvaro",
}


@dataclass(frozen=True)
class AttendanceImport:
    rows: int
    marks: int  # new marks written
    unchanged: int  # marks the journal already had
    sessions_created: int
    batch_id: uuid.UUID


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
    f: CsvFile = read_csv(path, ALIASES, COLUMNS, data=data)
    if not force and already_imported(s, KIND, f.digest):
        raise ImportProblem(
            "samma innehåll har redan importerats; använd --force för att importera igen.",
            file=f.name,
        )
    sites: dict[str, SiteInfo] = {x.name.casefold(): x for x in list_sites(s)}
    groups: dict[tuple[uuid.UUID, str], GroupInfo | None] = {}
    enrolled: dict[uuid.UUID, list[EnrolmentInfo]] = {}
    seen: dict[tuple[uuid.UUID, date, str], int] = {}
    marks: list[tuple[GroupInfo, date, uuid.UUID, AttendanceStatus]] = []
    for row in f.rows:
        v = row.values
        site = sites.get(v["mötesplats"].casefold())
        if site is None:
            known = ", ".join(x.name for x in sites.values()) or "inga"
            raise problem(f.name, row, "mötesplats",
                          f"okänd mötesplats {v['mötesplats']!r} (kända: {known}).")
        key = (site.id, " ".join(v["grupp"].split()).casefold())
        if key not in groups:
            groups[key] = find_group(s, site.id, v["grupp"])
        g = groups[key]
        if g is None:
            raise problem(f.name, row, "grupp",
                          f"okänd grupp {v['grupp']!r} på {site.name}; importera deltagarna först.")
        day = parse_day(f.name, row, "datum")
        if day > today:
            raise problem(f.name, row, "datum", f"{day:%Y-%m-%d} har inte varit ännu.")
        try:
            code = clean_code(v["kod"])
        except ValidationError as exc:
            raise problem(f.name, row, "kod", str(exc)) from None
        status = parse_choice(f.name, row, "närvaro", STATUSES,
                              "Närvarande, Frånvarande eller Anmäld frånvaro")
        if g.id not in enrolled:
            enrolled[g.id] = list_enrolments(s, [g.id])
        e = next((x for x in enrolled[g.id] if x.code == code and x.active_on(day)), None)
        if e is None:
            raise problem(f.name, row, "kod",
                          f"{code} är inte inskriven i {g.name} på {site.name} {day:%Y-%m-%d}.")
        earlier = seen.setdefault((g.id, day, code), row.line)
        if earlier != row.line:
            raise problem(f.name, row, "kod",
                          f"{code} har redan en närvaro {day:%Y-%m-%d} på rad {earlier}.")
        marks.append((g, day, e.id, status))
        _check_session(s, f.name, row.line, g, day, e.id, status)

    batch = ImportBatch(id=uuid.uuid4(), kind=KIND, file_name=f.name, sha256=f.digest,
                        row_count=len(marks), author_id=author_id)
    s.add(batch)
    s.flush()
    sessions: dict[tuple[uuid.UUID, date], GroupSession] = {}
    created = unchanged = 0
    stamp = utc_now()
    new_rows = []
    for g, day, enrolment_id, status in marks:
        x = sessions.get((g.id, day))
        if x is None:
            x = _session(s, g.id, day)
            if x is None:
                slot = next((sl for sl in g.schedule if sl.weekday == day.weekday()), None)
                x = GroupSession(
                    id=uuid.uuid4(), group_id=g.id, held_on=day, extra=slot is None,
                    starts_at=slot.starts_at if slot else None,
                    ends_at=slot.ends_at if slot else None, guests_women=0, guests_men=0,
                    guests_unstated=0, import_id=batch.id, author_id=author_id,
                )
                s.add(x)
                created += 1
            x.attendance_taken_at = x.attendance_taken_at or stamp
            sessions[(g.id, day)] = x
        s.flush()
        if _mark(s, x.id, enrolment_id) is not None:
            unchanged += 1
            continue
        new_rows.append({"id": uuid.uuid4(), "session_id": x.id, "enrolment_id": enrolment_id,
                         "status": status, "import_id": batch.id, "author_id": author_id,
                         "created_at": stamp, "modified_at": stamp})
    if new_rows:
        s.execute(insert(Attendance), new_rows)
    return AttendanceImport(len(marks), len(new_rows), unchanged, created, batch.id)


def _session(s: Session, group_id: uuid.UUID, day: date) -> GroupSession | None:
    return s.scalar(
        select(GroupSession).where(GroupSession.group_id == group_id, GroupSession.held_on == day)
    )


def _mark(s: Session, session_id: uuid.UUID, enrolment_id: uuid.UUID) -> AttendanceStatus | None:
    return s.scalar(
        select(Attendance.status).where(
            Attendance.session_id == session_id, Attendance.enrolment_id == enrolment_id
        )
    )


def _check_session(
    s: Session,
    name: str,
    line: int,
    g: GroupInfo,
    day: date,
    enrolment_id: uuid.UUID,
    status: AttendanceStatus,
) -> None:
    x = _session(s, g.id, day)
    if x is None:
        if not g.runs_on(day):
            raise ImportProblem(f"gruppen {g.name} är inte igång {day:%Y-%m-%d}.",
                                file=name, line=line, column="datum")
        return
    if x.cancelled_at is not None:
        raise ImportProblem(f"tillfället {day:%Y-%m-%d} i {g.name} är inställt.",
                            file=name, line=line, column="datum")
    saved = _mark(s, x.id, enrolment_id)
    if saved is not None and saved != status:
        raise ImportProblem(
            f"närvaron är redan registrerad som {status_label(saved)} i journalen.",
            file=name, line=line, column="närvaro",
        )

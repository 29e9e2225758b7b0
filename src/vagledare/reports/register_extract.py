"""Registerutdrag (GDPR art. 15): everything the journal holds about one participant code, as
plain text ready to print — the register row, each case with its contacts and closings, each
enrolment with its attendance, each reading with its values and comment, and the audit log's
entries about those rows.

The content follows the schema (``journal.subject``): a table added later with a foreign key to
the participant or to one of their rows appears here with its columns, labelled by column name
until it gets a Swedish label below. The document is in Swedish.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from vagledare.journal.case_codes import CONTACT_TYPES, REFERRAL_SOURCES, ROUTES, label, reason_info
from vagledare.journal.enrolments import outcome_label, route_label
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    AttendanceStatus,
    Base,
    ClosureReason,
    ContactType,
    EnrolmentRoute,
    Gender,
    GroupKind,
    Outcome,
    Participant,
    ReferralSource,
    Respondent,
    Role,
    Route,
)
from vagledare.journal.participants import ParticipantInfo
from vagledare.journal.subject import (
    Link,
    SubjectRows,
    audit_entries_about,
    chunks,
    collect_rows,
    participant_links,
    require_participant,
    table_of,
)
from vagledare.journal.terms import term
from vagledare.reports.extract_document import Grid, Item, Part, RegisterExtract

if TYPE_CHECKING:
    from vagledare.journal.db import Journal

LOCALE = "sv_SE"
TIMEZONE = "Europe/Stockholm"
DASH = "–"

# table -> (heading of the kind, name of one row)
TABLES: dict[str, tuple[str, str]] = {
    "participant": ("Deltagarkod", "Deltagarkod"),
    "case_file": ("Ärenden", "Ärende"),
    "case_contact": ("Kontakter", "Kontakt"),
    "case_closure": ("Avslut och återöppningar", "Avslut"),
    "enrolment": ("Grupper (språkgrupp, språkcafé, läxhjälp)", "Inskrivning"),
    "attendance": ("Närvaro", "Närvaro"),
    "assessment": ("Progressionsmätningar", "Mätning"),
    "assessment_value": ("Värden", "Värde"),
    "survey_answer": ("Upplevelseenkät, svar kopplade till koden", "Enkätsvar"),
}
COLUMNS: dict[str, str] = {
    "code": "Deltagarkod",
    "gender": "Kön",
    "age_band": "Åldersgrupp",
    "site_id": "Mötesplats",
    "created_at": "Registrerad",
    "author_id": "Registrerad av",
    "coach_id": "Vägledare",
    "route": "Väg in",
    "referral_source": "Hittade hit via",
    "start_date": "Startdatum",
    "quick_case_id": "Från snabbärende",
    "import_id": "Importerad från fil",
    "occurred_on": "Datum",
    "contact_type": "Typ av kontakt",
    "note": "Anteckning",
    "closed_on": "Avslutat",
    "reason": "Orsak",
    "summer_job": "Ferie-/sommarjobb",
    "municipal_studies": "Studier i kommunens regi",
    "reopened_on": "Öppnat igen",
    "reopened_by_id": "Öppnat igen av",
    "group_id": "Grupp",
    "enrolled_on": "Inskriven",
    "left_on": "Utskriven",
    "outcome": "Utfall",
    "session_id": "Tillfälle",
    "status": "Närvaro",
    "factor_set_id": "Faktoruppsättning",
    "taken_on": "Datum",
    "respondent": "Besvarad av",
    "language": "Formulärets andra språk",
    "comment": "Kommentar",
    "deleted_at": "Borttagen",
    "deleted_by_id": "Borttagen av",
    "deletion_reason": "Skäl till borttagningen",
    "factor_id": "Faktor",
    "value": "Värde",
    "answered_on": "Svarsdag",
    "statement_key": "Påstående",
}
HIDDEN = {"id", "modified_at"}
AUDIT_KEYS = {"format": "format", "rows": "antal uppgifter"}
ACTIONS = {
    "create": "registrerad",
    "update": "ändrad",
    "delete": "borttagen",
    "access_export": "registerutdrag",
    "export": "export",
    "import": "import",
    "retention": "gallring",
}


def format_day(d: date) -> str:
    from babel.dates import format_date

    return str(format_date(d, "d MMMM y", locale=LOCALE))


def format_moment(at: datetime) -> str:
    """A UTC time as the desk's local time, e.g. ``3 mars 2024 14:05``."""
    from babel.dates import format_datetime, get_timezone

    utc = at.replace(tzinfo=UTC) if at.tzinfo is None else at
    return str(format_datetime(utc, "d MMMM y HH:mm", tzinfo=get_timezone(TIMEZONE), locale=LOCALE))


def enum_label(value: Enum) -> str:
    if isinstance(value, Gender):
        return term(value.value)
    if isinstance(value, ClosureReason):
        return reason_info(value).sv
    if isinstance(value, Route):
        return label(ROUTES, value)
    if isinstance(value, ReferralSource):
        return label(REFERRAL_SOURCES, value)
    if isinstance(value, ContactType):
        return label(CONTACT_TYPES, value)
    if isinstance(value, EnrolmentRoute):
        return route_label(value)
    if isinstance(value, Outcome):
        return outcome_label(value)
    if isinstance(value, AttendanceStatus):
        return term(f"attendance.{value.value}")
    if isinstance(value, Respondent):
        return term(f"respondent_{value.value}")
    if isinstance(value, GroupKind):
        return term(f"kind.{value.value}")
    return str(value.value)


class Names:
    """Readable names for the records a row points at (staff, sites, groups, sessions …)."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.cache: dict[tuple[str, uuid.UUID], str] = {}

    def load(self, table: str, ids: set[uuid.UUID]) -> None:
        wanted = sorted(i for i in ids if (table, i) not in self.cache)
        loader = getattr(self, f"_load_{table}", None)
        for part in chunks(wanted):
            found = loader(part) if loader else {}
            for i in part:
                self.cache[(table, i)] = found.get(i, str(i))

    def name(self, table: str, value: uuid.UUID) -> str:
        if (table, value) not in self.cache:
            self.load(table, {value})
        return self.cache[(table, value)]

    def _rows(self, table: str, ids: Any, *columns: str) -> list[Any]:
        t = Base.metadata.tables[table]
        return list(
            self.s.execute(select(t.c.id, *(t.c[c] for c in columns)).where(t.c.id.in_(ids)))
        )

    def _load_staff(self, ids: Any) -> dict[uuid.UUID, str]:
        return {i: n for i, n in self._rows("staff", ids, "name")}

    def _load_site(self, ids: Any) -> dict[uuid.UUID, str]:
        return {i: n for i, n in self._rows("site", ids, "name")}

    def _load_language_group(self, ids: Any) -> dict[uuid.UUID, str]:
        rows = self._rows("language_group", ids, "name", "site_id", "kind")
        self.load("site", {r[2] for r in rows})
        out = {}
        for i, name, site, kind in rows:
            text, what = f"{name}, {self.name('site', site)}", enum_label(kind)
            out[i] = text if what.casefold() == name.casefold() else f"{text} ({what.lower()})"
        return out

    def _load_group_session(self, ids: Any) -> dict[uuid.UUID, str]:
        rows = self._rows("group_session", ids, "held_on", "group_id")
        self.load("language_group", {r[2] for r in rows})
        return {i: f"{format_day(d)}, {self.name('language_group', g)}" for i, d, g in rows}

    def _load_factor(self, ids: Any) -> dict[uuid.UUID, str]:
        return {i: f"{p}. {n}" for i, n, p in self._rows("factor", ids, "name", "position")}

    def _load_factor_set(self, ids: Any) -> dict[uuid.UUID, str]:
        return {
            i: f"{n} (version {v})" for i, n, v in self._rows("factor_set", ids, "name", "version")
        }

    def _load_import_batch(self, ids: Any) -> dict[uuid.UUID, str]:
        return {
            i: f"{f} ({format_moment(at)})"
            for i, f, at in self._rows("import_batch", ids, "file_name", "created_at")
        }

    def _load_quick_case(self, ids: Any) -> dict[uuid.UUID, str]:
        from babel.dates import format_datetime

        return {
            i: str(format_datetime(at, "d MMMM y HH:mm", locale=LOCALE))  # local wall-clock
            for i, at in self._rows("quick_case", ids, "occurred_at")
        }


def _target(table: Table, column: str) -> str | None:
    for fk in table.c[column].foreign_keys:
        return str(fk.column.table.name)
    return None


def show(names: Names, table: Table, column: str, value: Any) -> str:
    if value is None:
        return DASH
    target = _target(table, column)
    if target is not None and isinstance(value, uuid.UUID):
        return names.name(target, value)
    if isinstance(value, Enum):
        return enum_label(value)
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, datetime):
        return format_moment(value)
    if isinstance(value, date):
        return format_day(value)
    return str(value)


def _columns(table: Table, skip: set[str]) -> list[str]:
    return [c.key for c in table.columns if c.key not in HIDDEN and c.key not in skip]


def _fields(
    names: Names, table: Table, row: dict[str, Any], skip: set[str]
) -> tuple[tuple[str, str], ...]:
    return tuple((COLUMNS.get(c, c), show(names, table, c, row[c])) for c in _columns(table, skip))


def _children(
    names: Names, rows: SubjectRows, links: list[Link], parent: Table, parent_row: dict[str, Any]
) -> tuple[Grid, ...]:
    grids = []
    for link in links:
        if link.parent is not parent:
            continue
        mine = rows.children_of(link, parent_row["id"])
        if not mine:
            continue
        # Columns equal to the parent's in every child row (who and when) say nothing new.
        same = {
            c
            for c in ("created_at", "author_id")
            if c in link.table.c and all(_same(r[c], parent_row.get(c)) for r in mine)
        }
        columns = _columns(link.table, {link.column.key} | same)
        grids.append(
            Grid(
                f"{TABLES.get(link.table.name, (link.table.name,))[0]} ({len(mine)})",
                tuple(COLUMNS.get(c, c) for c in columns),
                tuple(tuple(show(names, link.table, c, r[c]) for c in columns) for r in mine),
            )
        )
    return tuple(grids)


def _logged(names: Names, entity: str, key: str, value: Any) -> str:
    """A value as the log stored it (JSON), made readable where its column says how."""
    if value is None:
        return DASH
    table = Base.metadata.tables.get(entity)
    if table is not None and key in table.c and isinstance(value, str):
        target = _target(table, key)
        try:
            if target is not None:
                return names.name(target, uuid.UUID(value))
            python_type = table.c[key].type.python_type
            if python_type is date:
                return format_day(date.fromisoformat(value))
            if python_type is datetime:
                return format_moment(datetime.fromisoformat(value))
        except (ValueError, NotImplementedError):
            return value
    if isinstance(value, bool):
        return "ja" if value else "nej"
    return str(value)


def _same(a: Any, b: Any) -> bool:
    """Equal, or registered within the same minute (a reading and its values)."""
    if isinstance(a, datetime) and isinstance(b, datetime):
        return abs((a - b).total_seconds()) < 60
    return bool(a == b)


def _audit_fields(names: Names, entity: str, action: str, detail: dict[str, Any]) -> str:
    if action in ("create", "delete"):
        return ""
    parts = []
    for key, value in detail.items():
        name = COLUMNS.get(key) or AUDIT_KEYS.get(key) or key
        if action == "update" and isinstance(value, list) and len(value) == 2:
            old, new = (_logged(names, entity, key, v) for v in value)
            parts.append(f"{name}: {old} blev {new}")
        else:
            parts.append(f"{name}: {_logged(names, entity, key, value)}")
    return "; ".join(parts)


def build_extract(
    s: Session, code: str, now: datetime | None = None, by: uuid.UUID | None = None
) -> RegisterExtract:
    """Everything about the code, read in one transaction; ``by`` is who takes it out."""
    from vagledare.journal import privacy_notice

    person = require_participant(s, code)
    rows = collect_rows(s, person.id)
    names = Names(s)
    order = list(TABLES)
    links = sorted(
        participant_links(),
        key=lambda k: (
            order.index(k.table.name) if k.table.name in order else len(order),
            k.table.name,
        ),
    )
    ptable = table_of(Participant)
    register = _fields(names, ptable, rows.participant, set())

    parts = []
    for link in links:
        if link.parent is not ptable:
            continue
        found = rows.children_of(link, person.id)
        plural, one = TABLES.get(link.table.name, (link.table.name, link.table.name))
        items = tuple(
            Item(
                f"{one} {i} av {len(found)}",
                _fields(names, link.table, r, {link.column.key}),
                _children(names, rows, links, link.table, r),
            )
            for i, r in enumerate(found, 1)
        )
        parts.append(Part(f"{plural} ({len(found)})", items))
    # Deeper records (none yet) get a part of their own rather than being left out.
    shown = {ptable.name} | {
        link.table.name
        for link in links
        if link.parent is ptable
        or any(p.table is link.parent and p.parent is ptable for p in links)
    }
    tables = {link.table.name: link.table for link in links}
    for name, found in rows.rows.items():
        if name in shown or not found:
            continue
        plural, one = TABLES.get(name, (name, name))
        items = tuple(
            Item(f"{one} {i} av {len(found)}", _fields(names, tables[name], r, set()))
            for i, r in enumerate(found, 1)
        )
        parts.append(Part(f"{plural} ({len(found)})", items))

    entries = audit_entries_about(s, rows.all_ids())
    log_rows = []
    for e in entries:
        detail = json.loads(e.detail or "{}")
        who = names.name("staff", e.actor_id) if e.actor_id else DASH
        what = TABLES.get(e.entity, (e.entity,))[-1]
        log_rows.append(
            (
                format_moment(e.at),
                who,
                ACTIONS.get(e.action, e.action),
                what,
                _audit_fields(names, e.entity, e.action, detail),
            )
        )
    log = Grid(
        f"Loggen: händelser som rör uppgifterna ({len(log_rows)})",
        ("Tidpunkt", "Vem", "Händelse", "Uppgift", "Ändring"),
        tuple(log_rows),
    )
    local_now = now or datetime.now()
    intro = (
        f"Detta utdrag visar alla uppgifter som journalen Vägledare innehåller om deltagarkoden "
        f"{person.code} den {format_day(local_now.date())}: uppgifterna i deltagarregistret, "
        "ärenden med kontakter och avslut, inskrivningar i grupper med närvaro, "
        "progressionsmätningar med värden och kommentarer, och loggens poster om dessa "
        "uppgifter. Journalen innehåller inga namn eller personnummer; koden är det enda som "
        "knyter uppgifterna till dig."
    )
    counts = rows.counts()
    staff = []
    if by is not None:
        staff.append(("Utdraget är framtaget av", names.name("staff", by)))
    coach = privacy_notice.own_coach(s, person.id)
    if coach:
        staff.append(("Din vägledare", coach))
    return RegisterExtract(
        person.id,
        person.code,
        local_now,
        intro,
        register,
        tuple(parts),
        log,
        sum(counts.values()) + len(entries),
        counts,
        privacy_notice.sections(s),
        tuple(staff),
    )


def check_extract_right(
    s: Session, code: str, role: Role | None, staff_id: uuid.UUID | None
) -> ParticipantInfo:
    """The participant, if this staff member may take out their register extract: team
    leads, administrators and the participant's own coach (``role`` None: the command line,
    run by whoever holds the journal file)."""
    from vagledare.journal.subject import may_extract

    person = require_participant(s, code)
    if role is not None and staff_id is not None and not may_extract(s, role, staff_id, person.id):
        raise ValidationError(
            "Bara teamledare, administratörer och deltagarens egen vägledare får ta ut "
            f"ett registerutdrag för {person.code}."
        )
    return person


def export_extract(
    journal: Journal,
    code: str,
    output: Path,
    actor_id: uuid.UUID | None,
    *,
    role: Role | None = None,
) -> RegisterExtract:
    """Write the extract as a PDF and record the disclosure in the audit log ("access_export":
    the register row's UUID and the number of records, never the code or the file's name).
    """
    from vagledare.journal import audit
    from vagledare.journal.journal_settings import is_demo
    from vagledare.reports.render.extract_pdf import write_extract_pdf

    written = False
    try:
        with journal.session(actor_id=actor_id) as s:
            person = check_extract_right(s, code, role, actor_id)
            extract = build_extract(s, person.code, by=actor_id)
            write_extract_pdf(extract, output, demo=is_demo(s))
            written = True
            audit.record(
                s, "access_export", "participant", person.id, format="pdf", rows=extract.rows
            )
    except BaseException:  # never a disclosure the log does not hold
        if written:
            Path(output).unlink(missing_ok=True)
        raise
    return extract

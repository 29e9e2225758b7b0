"""``vagledare import participants``: today's participant lists into groups, all rows or none.

Header ``grupp;mötesplats;typ;kod;kön;åldersgrupp;väg;inskriven;utskriven;utfall``; the words
are listed in ``group_values``. ``utskriven`` and ``utfall`` are empty while the participant
is enrolled. A new group name at a site creates the group (starting on its earliest
enrolment). A code new to the register is registered with the row's gender and age band and
the site as home; a known code keeps what it carries, and its gender must agree.

A row for an enrolment the journal already has (same group, code and ``inskriven``) is not
added again: if it now has ``utskriven`` and ``utfall`` the leaving is recorded, if it says
the same it is left alone, and if it contradicts the journal the import stops.
"""

from __future__ import annotations

import uuid
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from vagledare.imports.csvfile import CsvFile, CsvRow, ImportProblem, read_csv
from vagledare.imports.dropin import already_imported
from vagledare.imports.group_values import (
    KINDS,
    OUTCOMES,
    ROUTES,
    parse_choice,
    parse_day,
    parse_gender,
    problem,
)
from vagledare.journal import audit
from vagledare.journal import enrolments as enr
from vagledare.journal.enrolments import outcome_label
from vagledare.journal.errors import ValidationError
from vagledare.journal.groups import GroupInfo, add_group, find_group
from vagledare.journal.models import (
    Enrolment,
    EnrolmentRoute,
    Gender,
    GroupKind,
    ImportBatch,
    Outcome,
    Participant,
    utc_now,
)
from vagledare.journal.participants import ParticipantInfo, clean_code
from vagledare.journal.sites import SiteInfo, list_sites, normalise_age_band

KIND = "participants"
OUTCOME_HELP = " eller ".join(
    (", ".join(outcome_label(o) for o in list(Outcome)[:-1]), outcome_label(Outcome.OTHER))
)
COLUMNS = (
    "grupp",
    "mötesplats",
    "typ",
    "kod",
    "kön",
    "åldersgrupp",
    "väg",
    "inskriven",
    "utskriven",
    "utfall",
)
ALIASES = {c: c for c in COLUMNS} | {
    "group": "grupp",
    "site": "mötesplats",
    "kind": "typ",
    "code": "kod",
    "gender": "kön",
    "age_band": "åldersgrupp",
    "route": "väg",
    "enrolled": "inskriven",
    "left": "utskriven",
    "outcome": "utfall",
}


@dataclass(frozen=True)
class ParticipantsImport:
    rows: int
    enrolled: int  # new enrolments
    left: int  # leavings recorded on enrolments already in the journal
    unchanged: int
    new_groups: tuple[str, ...]
    new_codes: int
    batch_id: uuid.UUID


@dataclass
class _Row:
    line: int
    site: SiteInfo
    group_key: tuple[uuid.UUID, str]
    code: str
    gender: Gender
    age_band: str
    route: EnrolmentRoute
    enrolled_on: date
    left_on: date | None
    outcome: Outcome | None
    existing: enr.EnrolmentInfo | None = None  # the same enrolment already in the journal


@dataclass
class _NewGroup:
    site: SiteInfo
    name: str
    kind: GroupKind
    start: date


def import_participants(
    s: Session,
    path: Path | str,
    author_id: uuid.UUID | None,
    *,
    force: bool = False,
    data: bytes | None = None,
) -> ParticipantsImport:
    """Check every row, then write them all in the caller's transaction (or raise)."""
    f: CsvFile = read_csv(path, ALIASES, COLUMNS, data=data)
    if not force and already_imported(s, KIND, f.digest):
        raise ImportProblem(
            "samma innehåll har redan importerats; använd --force för att importera igen.",
            file=f.name,
        )
    sites = {x.name.casefold(): x for x in list_sites(s)}
    groups: dict[tuple[uuid.UUID, str], GroupInfo | _NewGroup] = {}
    genders: dict[str, tuple[Gender, int]] = {}
    register = _registered(s, f)
    rows = [_check_row(f.name, r, sites, groups, genders, register, s) for r in f.rows]
    _check_enrolments(s, f.name, rows, groups)

    # Every row is valid: write them all, in bulk.
    batch = ImportBatch(
        id=uuid.uuid4(),
        kind=KIND,
        file_name=f.name,
        sha256=f.digest,
        row_count=len(rows),
        author_id=author_id,
    )
    s.add(batch)
    s.flush()
    group_ids: dict[tuple[uuid.UUID, str], uuid.UUID] = {}
    for key, g in groups.items():
        if isinstance(g, _NewGroup):
            group_ids[key] = add_group(s, g.site.id, g.name, g.kind, g.start, author_id).id
        else:
            group_ids[key] = g.id
    stamp = utc_now()
    people = {code: info.id for code, info in register.items()}
    new_people: list[dict[str, object]] = []
    for r in rows:
        if r.code not in people:
            people[r.code] = uuid.uuid4()
            new_people.append(
                {
                    "id": people[r.code],
                    "code": r.code,
                    "gender": r.gender,
                    "age_band": r.age_band,
                    "site_id": r.site.id,
                    "author_id": author_id,
                    "created_at": stamp,
                    "modified_at": stamp,
                }
            )
    if new_people:
        s.execute(insert(Participant), new_people)
    new_rows: list[dict[str, object]] = []
    left = unchanged = 0
    for r in rows:
        if r.existing is None:
            new_rows.append(
                {
                    "id": uuid.uuid4(),
                    "group_id": group_ids[r.group_key],
                    "participant_id": people[r.code],
                    "route": r.route,
                    "enrolled_on": r.enrolled_on,
                    "left_on": r.left_on,
                    "outcome": r.outcome,
                    "import_id": batch.id,
                    "author_id": author_id,
                    "created_at": stamp,
                    "modified_at": stamp,
                }
            )
        elif r.existing.left_on is None and r.left_on is not None and r.outcome is not None:
            try:
                enr.leave(s, r.existing.id, r.left_on, r.outcome)
            except ValidationError as exc:
                raise ImportProblem(
                    str(exc), file=f.name, line=r.line, column="utskriven"
                ) from None
            left += 1
        else:
            unchanged += 1
    if new_rows:
        s.execute(insert(Enrolment), new_rows)
    new_groups = tuple(g.name for g in groups.values() if isinstance(g, _NewGroup))
    audit.record(s, "import", "enrolment", batch.id, file=f.name, rows=len(rows))
    return ParticipantsImport(
        len(rows), len(new_rows), left, unchanged, new_groups, len(new_people), batch.id
    )


def _registered(s: Session, f: CsvFile) -> dict[str, ParticipantInfo]:
    """The file's codes that the register already holds (one query per 500 codes)."""
    codes: set[str] = set()
    for row in f.rows:
        with suppress(ValidationError):  # a bad code is reported with its line by _check_row
            codes.add(clean_code(row.values["kod"]))
    found: dict[str, ParticipantInfo] = {}
    ordered = sorted(codes)
    for i in range(0, len(ordered), 500):
        for p in s.scalars(select(Participant).where(Participant.code.in_(ordered[i : i + 500]))):
            found[p.code] = ParticipantInfo(p.id, p.code, p.gender, p.age_band, p.site_id)
    return found


def _check_row(
    name: str,
    row: CsvRow,
    sites: dict[str, SiteInfo],
    groups: dict[tuple[uuid.UUID, str], GroupInfo | _NewGroup],
    genders: dict[str, tuple[Gender, int]],
    register: dict[str, ParticipantInfo],
    s: Session,
) -> _Row:
    v = row.values
    site = sites.get(v["mötesplats"].casefold())
    if site is None:
        known = ", ".join(x.name for x in sites.values()) or "inga"
        raise problem(
            name, row, "mötesplats", f"okänd mötesplats {v['mötesplats']!r} (kända: {known})."
        )
    kind = parse_choice(name, row, "typ", KINDS, "språkgrupp, språkcafé eller läxhjälp")
    group_name = " ".join(v["grupp"].split())
    if not group_name or len(group_name) > 80:
        raise problem(name, row, "grupp", "gruppens namn ska ha 1–80 tecken.")
    key = (site.id, group_name.casefold())
    enrolled_on = parse_day(name, row, "inskriven")
    if key not in groups:
        groups[key] = find_group(s, site.id, group_name) or _NewGroup(
            site, group_name, kind, enrolled_on
        )
    g = groups[key]
    if g.kind is not kind:
        raise problem(
            name, row, "typ", f"gruppen {g.name} på {site.name} är av en annan typ än {v['typ']!r}."
        )
    if isinstance(g, _NewGroup):
        g.start = min(g.start, enrolled_on)
    elif enrolled_on < g.start_date:
        raise problem(
            name,
            row,
            "inskriven",
            f"{enrolled_on:%Y-%m-%d} ligger före gruppens start {g.start_date:%Y-%m-%d}.",
        )
    try:
        code = clean_code(v["kod"])
    except ValidationError as exc:
        raise problem(name, row, "kod", str(exc)) from None
    gender = parse_gender(name, row, "kön")
    registered = register.get(code)
    if registered is not None and registered.gender != gender:
        raise problem(
            name,
            row,
            "kön",
            f"deltagarkoden {code} är registrerad med ett annat kön; kontrollera koden.",
        )
    earlier = genders.setdefault(code, (gender, row.line))
    if earlier[0] != gender:
        raise problem(name, row, "kön", f"{code} har ett annat kön på rad {earlier[1]}.")
    band = normalise_age_band(v["åldersgrupp"])
    if site.age_band(band) is None:
        bands = ", ".join(b.label for b in site.active_age_bands)
        raise problem(
            name,
            row,
            "åldersgrupp",
            f"okänd åldersgrupp {v['åldersgrupp']!r} för {site.name} (kända: {bands}).",
        )
    route = parse_choice(name, row, "väg", ROUTES, "Anvisad, Medborgarservice eller Egen hand")
    left_on = parse_day(name, row, "utskriven") if v["utskriven"] else None
    outcome = parse_choice(name, row, "utfall", OUTCOMES, OUTCOME_HELP) if v["utfall"] else None
    if left_on is not None and left_on < enrolled_on:
        raise problem(name, row, "utskriven", f"{v['utskriven']} ligger före inskrivningen.")
    if (left_on is None) != (outcome is None):
        column = "utfall" if left_on is not None else "utskriven"
        raise problem(
            name, row, column, "utskriven och utfall anges tillsammans, eller inget av dem."
        )
    return _Row(row.line, site, key, code, gender, band, route, enrolled_on, left_on, outcome)


def _check_enrolments(
    s: Session,
    name: str,
    rows: list[_Row],
    groups: dict[tuple[uuid.UUID, str], GroupInfo | _NewGroup],
) -> None:
    """Match rows with enrolments already in the journal; refuse overlaps and contradictions."""
    # (group, code) -> enrolled_on -> (left_on, file line or None for the journal's own)
    spans: dict[tuple[tuple[uuid.UUID, str], str], dict[date, tuple[date | None, int | None]]] = {}
    journal: dict[tuple[tuple[uuid.UUID, str], str], dict[date, enr.EnrolmentInfo]] = {}
    by_group: dict[uuid.UUID, list[enr.EnrolmentInfo]] = {}
    for r in rows:
        key = (r.group_key, r.code)
        if key not in spans:
            g = groups[r.group_key]
            if isinstance(g, GroupInfo) and g.id not in by_group:
                by_group[g.id] = enr.list_enrolments(s, [g.id])
            known = (
                {e.enrolled_on: e for e in by_group.get(g.id, []) if e.code == r.code}
                if (isinstance(g, GroupInfo))
                else {}
            )
            journal[key] = known
            spans[key] = {d: (e.left_on, None) for d, e in known.items()}
        mine = spans[key]
        other_line = mine.get(r.enrolled_on, (None, None))[1]
        if other_line is not None:
            raise ImportProblem(
                f"{r.code} skrivs in {r.enrolled_on:%Y-%m-%d} även på rad {other_line}.",
                file=name,
                line=r.line,
                column="inskriven",
            )
        r.existing = journal[key].get(r.enrolled_on)
        e = r.existing
        if (
            e is not None
            and e.left_on is not None
            and (e.left_on, e.outcome) != (r.left_on, r.outcome)
        ):
            raise ImportProblem(
                f"{r.code} är redan utskriven {e.left_on:%Y-%m-%d} i journalen; raden säger "
                "något annat.",
                file=name,
                line=r.line,
                column="utskriven",
            )
        mine[r.enrolled_on] = (r.left_on, r.line)
    for (_, code), periods in spans.items():
        ordered = sorted(periods.items())
        for (start, (end, line_a)), (after, (_, line_b)) in zip(ordered, ordered[1:], strict=False):
            if end is None or end >= after:
                raise ImportProblem(
                    f"{code} är redan inskriven i gruppen från {start:%Y-%m-%d} när hen skrivs "
                    f"in {after:%Y-%m-%d}.",
                    file=name,
                    line=line_b or line_a,
                    column="inskriven",
                )

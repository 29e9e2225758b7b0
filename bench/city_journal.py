"""The journal of a city (#22): 12 Mötesplatser, 1 000 000 snabbärenden over four years and
50 000 cases with closings and contacts, a team lead with a PIN, coaches, and språkgrupper and
språkcaféer with a year of sessions and roll calls.

Built once and kept in ``$VAGLEDARE_BENCH_DIR`` (default ``/tmp/vagledare-bench``) as
``city.sqlite`` (``city-small.sqlite`` with ``--small``: 100 000 snabbärenden, 5 000 cases);
a benchmark that changes the journal works on a copy (``copy_of``). Every row is valid: the
sites' own categories and age bands, codes the register accepts, closings only of cases that
have ended; the journal opens in the window like any other (migrated by ``open_journal``).
The snabbärenden end yesterday, so the day's first click is still to come.

With ``--pg URL`` the same journal is built on that PostgreSQL server, as the database
``vagledare_city`` (``vagledare_city_small``), kept there for later runs; it is built as
``…_part`` and renamed once whole, as the file is. A benchmark that changes it works on a copy
made with ``CREATE DATABASE … TEMPLATE`` (``server_copy_of``).

    python bench/city_journal.py [--small] [--rebuild] [--pg URL]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import CaseShape, insert_cases, insert_quick_cases  # noqa: E402

SITE_NAMES = (
    "Fröslunda",
    "Årby",
    "Skiftinge",
    "Råbergstorp",
    "Lagersberg",
    "Nyfors",
    "Hällbybrunn",
    "Torshälla",
    "Kvicksund",
    "Mesta",
    "Gustavsberg",
    "Vilsta",
)
LEAD, PIN = "Teamledare Lena", "2468"
YEARS = 4
# When the drop-in is busy: the hours 09–16 and how many come in each (relative).
HOURS = {9: 6, 10: 10, 11: 9, 12: 5, 13: 8, 14: 9, 15: 7, 16: 3}
GROUPS_PER_SITE, ROSTER = 2, 15


@dataclass(frozen=True)
class Size:
    name: str
    quick_cases: int
    cases: int


FULL = Size("city", 1_000_000, 50_000)
SMALL = Size("city-small", 100_000, 5_000)


def bench_dir() -> Path:
    folder = Path(os.environ.get("VAGLEDARE_BENCH_DIR", "/tmp/vagledare-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def city_journal(small: bool = False, rebuild: bool = False) -> Path:
    """The cached city journal, built first if it is not there yet."""
    size = SMALL if small else FULL
    path = bench_dir() / f"{size.name}.sqlite"
    if path.exists() and not rebuild:
        return path
    part = path.with_name(path.name + ".part")
    for p in (path, part):
        for suffix in ("", "-wal", "-shm"):
            p.with_name(p.name + suffix).unlink(missing_ok=True)
    t = time.perf_counter()
    build(part, size)
    os.replace(part, path)
    print(f"built {path} ({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t:.0f} s")
    return path


def city_target(pg: str | None, small: bool) -> tuple[Path | str, str]:
    """The city journal a read-only benchmark works on: the file, or with ``pg`` (a server
    URL) the database on that server; and its name for the printout."""
    if pg:
        from sqlalchemy.engine import make_url

        url = city_journal_on_server(pg, small)
        return url, str(make_url(url).database)
    path = city_journal(small)
    return path, path.name


def city_journal_on_server(url: str, small: bool = False, rebuild: bool = False) -> str:
    """The city journal on the PostgreSQL server at ``url`` (its URL), built first if that
    server does not hold it yet."""
    size = SMALL if small else FULL
    name = server_name(small)
    with _server(url) as c:
        there = c.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    if there and not rebuild:
        return database_url(url, name)
    part = server_databases(url, [name + "_part"])[0]
    t = time.perf_counter()
    build(part, size)
    with _server(url) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}"')
        c.execute(f'ALTER DATABASE "{name}_part" RENAME TO "{name}"')
    with _server(url, name) as c:
        c.execute("VACUUM ANALYZE")
    print(f"built {name} on the server in {time.perf_counter() - t:.0f} s")
    return database_url(url, name)


def server_name(small: bool = False) -> str:
    """The city journal's database on a server: ``vagledare_city`` (``…_city_small``)."""
    return "vagledare_" + (SMALL if small else FULL).name.replace("-", "_")


def server_copy_of(source: str, name: str, wait: float = 120.0) -> str:
    """A copy of a database on its server (``CREATE DATABASE … TEMPLATE``): its URL. The
    server copies only a database nobody is connected to: while another benchmark reads the
    source, the copy is tried again, for up to ``wait`` seconds."""
    import psycopg
    from sqlalchemy.engine import make_url

    until = time.monotonic() + wait
    with _server(source) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}"')
        while True:
            try:
                c.execute(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(source).database}"')
                break
            except psycopg.errors.ObjectInUse:
                if time.monotonic() > until:
                    raise
                time.sleep(0.5)
    return database_url(source, name)


def server_databases(url: str, names: list[str], drop: bool = False) -> list[str]:
    """New (or with ``drop``, dropped) databases on the server at ``url``: their URLs."""
    with _server(url) as c:
        for name in names:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            if not drop:
                c.execute(f'CREATE DATABASE "{name}"')
    return [database_url(url, name) for name in names]


@contextmanager
def server_city_and_empty(url: str, small: bool, prefix: str) -> Iterator[dict[str, str]]:
    """For a benchmark that changes the journal, on the server at ``url``: a copy of the city
    journal (``{prefix}_city``) and an empty journal (``{prefix}_empty``), as
    ``{"city": …, "empty": …}`` URLs; both dropped when the block ends, however it ends."""
    names = [f"{prefix}_city", f"{prefix}_empty"]
    try:
        city = server_copy_of(city_journal_on_server(url, small), names[0])
        empty = str(empty_journal(server_databases(url, names[1:])[0]))
        yield {"city": city, "empty": empty}
    finally:
        server_databases(url, names, drop=True)


def database_url(url: str, name: str) -> str:
    """``url`` with the database ``name``, password kept (the benchmarks connect with it)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _server(url: str, database: str = "postgres"):  # noqa: ANN202
    """An autocommit psycopg connection to the server's ``postgres`` database (or another)."""
    import psycopg
    from sqlalchemy.engine import make_url

    server = make_url(url).set(drivername="postgresql", database=database)
    return psycopg.connect(server.render_as_string(hide_password=False), autocommit=True)


def copy_of(source: Path, folder: Path) -> Path:
    """A copy of a cached journal to change (clicks, backups) without touching the cache."""
    dest = folder / source.name
    shutil.copyfile(source, dest)
    return dest


def empty_journal(folder: Path | str) -> Path | str:
    """The baseline: a journal with the same people and sites and nothing logged, in
    ``folder`` (or in that database: a server URL)."""
    from vagledare.journal.db import open_journal

    path = folder / "empty.sqlite" if isinstance(folder, Path) else folder
    journal = open_journal(path)
    try:
        _people_and_sites(journal)
    finally:
        journal.close()
    return path


def _people_and_sites(journal):  # noqa: ANN001, ANN202
    from vagledare.journal import access, sites, staff
    from vagledare.journal.models import Role

    with journal.session() as s:
        lead = staff.ensure_staff(s, LEAD, Role.TEAM_LEAD)
        access.set_pin(s, lead.id, PIN)
        site_list = [sites.add_site(s, name, lead.id) for name in SITE_NAMES]
        coaches = {
            x.id: [staff.ensure_staff(s, f"Vägledare {x.name} {k}").id for k in (1, 2)]
            for x in site_list
        }
        tutor = staff.ensure_staff(s, "Språkhandledare Sam", Role.TUTOR)
    return lead, site_list, coaches, tutor


def build(path: Path | str, size: Size) -> None:
    from vagledare.journal.db import open_journal
    from vagledare.journal.participants import site_prefix

    rng = random.Random(22)
    today = date.today()
    first = today - timedelta(days=365 * YEARS)
    journal = open_journal(path)
    try:
        lead, site_list, coaches, tutor = _people_and_sites(journal)
        t = time.perf_counter()
        insert_quick_cases(journal, site_list, lead.id, _times(rng, first, today, size), rng)
        print(f"  {size.quick_cases:,} snabbärenden: {time.perf_counter() - t:.0f} s")
        t = time.perf_counter()
        every_coach = [c for cs in coaches.values() for c in cs]
        shape = CaseShape(first, 365 * YEARS, length=(20, 500), contacts=(1, 8), today=today)
        counters: dict[str, int] = {}

        def code(_i: int, site, start: date) -> str:  # noqa: ANN001
            prefix = f"{site_prefix(site.name)}-{start.year}-"
            counters[prefix] = counters.get(prefix, 0) + 1
            return f"{prefix}{counters[prefix]:05d}"

        closed, contacts = insert_cases(
            journal, site_list, every_coach, size.cases, shape, rng, code=code
        )
        print(
            f"  {size.cases:,} cases, {closed:,} closings, {contacts:,} contacts: "
            f"{time.perf_counter() - t:.0f} s"
        )
        t = time.perf_counter()
        sessions = _groups(journal, site_list, tutor.id, today, rng)
        print(
            f"  {len(site_list) * GROUPS_PER_SITE} groups, {sessions} past sessions: "
            f"{time.perf_counter() - t:.0f} s"
        )
    finally:
        journal.close()


def _times(rng: random.Random, first: date, today: date, size: Size):  # noqa: ANN202
    """Opening hours on weekdays from ``first`` to yesterday, in time order."""
    days = [
        first + timedelta(days=i)
        for i in range((today - first).days)
        if (first + timedelta(days=i)).weekday() < 5
    ]
    hours, weights = list(HOURS), list(HOURS.values())
    picked = sorted(
        (rng.randrange(len(days)), rng.choices(hours, weights)[0], rng.randrange(60))
        for _ in range(size.quick_cases)
    )
    for day, hour, minute in picked:
        yield datetime.combine(days[day], clock(hour, minute))


def _groups(journal, site_list, tutor_id, today: date, rng: random.Random) -> int:  # noqa: ANN001
    """A språkgrupp and a språkcafé at every site, meeting weekly for the past year, their
    rosters enrolled through the domain; every past roll call taken except each group's
    latest (the Groups page flags it)."""
    from sqlalchemy import select, update

    from vagledare.journal import enrolments, groups, meetings
    from vagledare.journal.db import bulk_insert
    from vagledare.journal.groups import Slot
    from vagledare.journal.models import (
        Attendance,
        AttendanceStatus,
        EnrolmentRoute,
        Gender,
        GroupKind,
        GroupSession,
        utc_now,
    )
    from vagledare.journal.models.base import table_of
    from vagledare.journal.participants import site_prefix

    start = today - timedelta(days=365)
    kinds = (
        (GroupKind.LANGUAGE_GROUP, "Språkgrupp", Slot(1, clock(9), clock(11))),
        (GroupKind.LANGUAGE_CAFE, "Språkcafé", Slot(3, clock(13), clock(15))),
    )
    stamp = utc_now()
    n_sessions = 0
    statuses = (AttendanceStatus.PRESENT,) * 6 + (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)
    with journal.session(actor_id=tutor_id) as s:
        for x in site_list:
            for kind, word, slot in kinds[:GROUPS_PER_SITE]:
                g = groups.add_group(
                    s,
                    x.id,
                    f"{word} {x.name}",
                    kind,
                    start,
                    tutor_id,
                    schedule=[slot],
                    schedule_from=start,
                )
                members = [
                    enrolments.enrol(
                        s,
                        g.id,
                        f"{site_prefix(x.name)}-G{kind.value[9]}-{k:03d}",
                        rng.choice((Gender.WOMAN, Gender.MAN)),
                        rng.choice(x.age_bands).label,
                        EnrolmentRoute.CITIZEN_SERVICE,
                        start,
                        tutor_id,
                    ).id
                    for k in range(ROSTER)
                ]
                meetings.sync_sessions(s, today, group_ids=[g.id])
                past = s.scalars(
                    select(GroupSession.id)
                    .where(GroupSession.group_id == g.id, GroupSession.held_on < today)
                    .order_by(GroupSession.held_on)
                ).all()[:-1]
                n_sessions += len(past) + 1
                rows = [
                    {
                        "id": uuid.uuid4(),
                        "created_at": stamp,
                        "modified_at": stamp,
                        "author_id": tutor_id,
                        "session_id": sid,
                        "enrolment_id": e,
                        "status": rng.choice(statuses),
                        "import_id": None,
                    }
                    for sid in past
                    for e in members
                ]
                bulk_insert(s, table_of(Attendance), rows)
                s.execute(
                    update(GroupSession)
                    .where(GroupSession.id.in_(past))
                    .values(attendance_taken_at=stamp, guests_women=2, guests_men=1)
                )
    return n_sessions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="100 000 snabbärenden, 5 000 cases")
    parser.add_argument("--rebuild", action="store_true", help="build anew even if cached")
    parser.add_argument("--pg", metavar="URL", help="on this PostgreSQL server")
    args = parser.parse_args()
    if args.pg:
        print(city_journal_on_server(args.pg, args.small, args.rebuild))
    else:
        print(city_journal(args.small, args.rebuild))


if __name__ == "__main__":
    main()

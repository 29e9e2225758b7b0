"""One application on two backends: what the gateway promises on SQLite and on PostgreSQL alike,
and the PostgreSQL-only parts (first connection migrates, clear messages for a server that cannot
be used). The rest of the suite runs against PostgreSQL when VAGLEDARE_TEST_PG_URL is set."""

from __future__ import annotations

import socket
import sys
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from backends import PG_URL, JournalTargets
from sqlalchemy import create_engine, inspect, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from vagledare.app.desk import Desk
from vagledare.cli import main
from vagledare.journal import schema, staff
from vagledare.journal.db import (
    Journal,
    JournalError,
    JournalProblem,
    bulk_insert,
    open_journal,
    server_problem,
)
from vagledare.journal.models import Gender, QuickCase, Site, utc_now

postgres_only = pytest.mark.postgres_only


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@postgres_only
def test_the_suite_runs_against_postgresql(journal: Journal) -> None:
    # The skipped copy of this test is the report that the PostgreSQL run did not happen.
    assert journal.engine.dialect.name == "postgresql"
    assert journal.path is None and not journal.is_sqlite


# --- the same on both backends ---------------------------------------------------------


def quick_case_rows(desk: Desk, n: int) -> list[dict[str, object]]:
    site, stamp = desk.site, utc_now()
    return [
        {
            "id": uuid.uuid4(),
            "site_id": site.id,
            "category_id": site.categories[i % 3].id,
            "age_band_id": site.age_bands[i % 2].id,
            "gender": (Gender.WOMAN, Gender.MAN, Gender.UNSTATED)[i % 3],
            "occurred_at": datetime(2023, 3, 1 + i % 28, 10, 15),
            "author_id": desk.staff.id,
            "created_at": stamp,
            "modified_at": stamp,
        }
        for i in range(n)
    ]


# Each backend's driver style and its other one: SQLite qmark/named, psycopg pyformat/format.
PARAMSTYLES = {"sqlite": ("qmark", "named"), "postgresql": ("pyformat", "format")}


@pytest.mark.parametrize(
    ("which", "copy"),
    [(0, True), (0, False), (1, False)],
    ids=["copy-where-possible", "default-paramstyle", "other-paramstyle"],
)
def test_bulk_insert_stores_rows_exactly_as_the_orm_reads_them(
    desk: Desk, which: int, copy: bool
) -> None:
    journal = desk.journal
    style = PARAMSTYLES[journal.engine.dialect.name][which]
    engine = create_engine(journal.engine.url, paramstyle=style)
    assert engine.dialect.paramstyle == style
    rows = quick_case_rows(desk, 500)
    with Session(engine) as s, s.begin():
        bulk_insert(s, QuickCase.__table__, rows, copy=copy)
    engine.dispose()
    with journal.session(readonly=True) as s:
        stored = {q.id: q for q in s.scalars(select(QuickCase))}
    assert len(stored) == 500
    for row in rows:
        q = stored[row["id"]]
        assert (q.site_id, q.category_id, q.age_band_id) == (
            row["site_id"],
            row["category_id"],
            row["age_band_id"],
        )
        assert q.gender is row["gender"] and q.occurred_at == row["occurred_at"]
        assert q.removed_at is None and q.author_id == desk.staff.id


def test_staff_are_listed_in_swedish_order_whatever_the_server_collation(journal: Journal) -> None:
    names = ["Örjan", "anna", "Åsa", "Zoran", "Ärla", "Bo", "Ebba"]
    with journal.session() as s:
        for name in names:
            staff.ensure_staff(s, name)
    with journal.session(readonly=True) as s:
        listed = [x.name for x in staff.list_staff(s)]
    assert listed == ["anna", "Bo", "Ebba", "Zoran", "Åsa", "Ärla", "Örjan"]


def test_a_connection_problem_is_explained_without_the_password() -> None:
    libpq = (
        'connection failed: connection to server at "10.0.0.5", port 5432 failed: '
        'FATAL:  password authentication failed for user "desk"'
    )
    err = server_problem(Exception(libpq), "10.0.0.5:5432")
    assert err.problem is JournalProblem.ACCESS_DENIED
    assert str(err) == (
        "Databasservern 10.0.0.5:5432 godtog inte inloggningen: fel användarnamn eller lösenord "
        '(password authentication failed for user "desk"). Kontrollera användarnamn och '
        "lösenord i databasadressen."
    )
    refused = server_problem(
        Exception(
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: '
            "Connection refused\n\tIs the server running on that host and accepting TCP/IP?"
        ),
        "10.0.0.5:5432",
    )
    assert refused.problem is JournalProblem.UNREACHABLE
    assert str(refused).startswith(
        "Databasservern 10.0.0.5:5432 går inte att nå (Connection refused)."
    )


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("mysql://desk:hemligt@db/vagledare", "journalen är en SQLite-fil eller en PostgreSQL"),
        ("postgresql+psycopg://desk:hemligt@db:port/vagledare", "Databasadressen är ogiltig"),
    ],
)
def test_an_unusable_address_is_refused_in_swedish(
    target: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", target, "site", "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("vagledare: ") and expected in err
    assert "hemligt" not in err and "Traceback" not in err


def test_a_missing_driver_names_the_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(JournalError) as err:
        open_journal("postgresql://desk@db.example/vagledare")
    assert "pip install 'vagledare[postgres]'" in str(err.value)


def test_a_server_that_cannot_be_reached_gets_a_clear_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    pytest.importorskip("psycopg", reason="PostgreSQL driver not installed (extra 'postgres')")
    port = free_port()
    target = f"postgresql+psycopg://desk:hemligt@127.0.0.1:{port}/vagledare"
    with pytest.raises(JournalError) as err:
        open_journal(target)
    assert err.value.problem is JournalProblem.UNREACHABLE
    assert main(["--db", target, "site", "list"]) == 1
    out = capsys.readouterr().err
    assert out.startswith(f"vagledare: Databasservern 127.0.0.1:{port} går inte att nå (")
    assert "Kontrollera adressen" in out
    assert "hemligt" not in out and "Traceback" not in out


# --- PostgreSQL only ---------------------------------------------------------------------


@pytest.fixture
def server_targets(journal_targets: JournalTargets) -> JournalTargets:
    assert journal_targets.server is not None
    return journal_targets


@postgres_only
def test_an_empty_database_gets_the_schema_on_first_connection(
    server_targets: JournalTargets,
) -> None:
    server = server_targets.server
    assert server is not None
    name = server.create(empty=True)
    try:
        j = open_journal(server.target(name))
        with j.engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            tables = set(inspect(conn).get_table_names())
        assert version == schema.HEAD
        assert {"quick_case", "case_file", "assessment", "audit_entry", "staff"} <= tables
        with j.session() as s:
            staff.ensure_staff(s, "AB")
        j.close()
        again = open_journal(server.target(name))  # up to date: opens without migrating
        with again.session(readonly=True) as s:
            assert [x.name for x in staff.list_staff(s)] == ["AB"]
        again.close()
    finally:
        server.drop(name)


@postgres_only
def test_a_foreign_database_is_not_taken_over(server_targets: JournalTargets) -> None:
    server = server_targets.server
    assert server is not None
    name = server.create(empty=True)
    try:
        engine = create_engine(server.target(name))
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE recipes (name text)"))
        engine.dispose()
        with pytest.raises(JournalError) as err:
            open_journal(server.target(name))
        assert err.value.problem is JournalProblem.NOT_A_JOURNAL
    finally:
        server.drop(name)


@postgres_only
def test_unknown_user_or_database_is_explained(capsys: pytest.CaptureFixture[str]) -> None:
    assert PG_URL is not None
    url = make_url(PG_URL)
    nobody = url.set(username="vagledare_nobody", password="hemligt")
    with pytest.raises(JournalError) as err:
        open_journal(nobody.render_as_string(hide_password=False))
    assert err.value.problem is JournalProblem.ACCESS_DENIED
    assert "fel användarnamn eller lösenord" in str(err.value)
    assert "hemligt" not in str(err.value) and "hemligt" not in err.value.location
    missing = url.set(database="vagledare_no_such_database").render_as_string(hide_password=False)
    assert main(["--db", missing, "site", "list"]) == 1
    out = capsys.readouterr().err
    assert "Databasen finns inte på servern" in out and "vagledare_no_such_database" in out


@postgres_only
def test_the_command_line_shows_the_server_without_its_password(
    db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The test server trusts its clients, so any password is accepted: enough to see it hidden.
    with_password = (
        make_url(db_target).set(password="hemligt").render_as_string(hide_password=False)
    )
    assert main(["--db", with_password, "where"]) == 0
    shown = capsys.readouterr().out.strip()
    assert shown == make_url(with_password).render_as_string(hide_password=True)
    assert "hemligt" not in shown and "***" in shown
    assert main(["--db", with_password, "backup"]) == 1
    assert "databasservern" in capsys.readouterr().err


@postgres_only
def test_record_times_do_not_depend_on_the_server_time_zone(desk: Desk, db_target: str) -> None:
    site = desk.site
    at = datetime(2023, 3, 26, 2, 30)  # a local time that does not exist in Stockholm
    desk.log(site.categories[0].id, site.age_bands[0].id, Gender.WOMAN, at=at)
    far = make_url(db_target).update_query_dict({"options": "-c timezone=Pacific/Auckland"})
    other = open_journal(far.render_as_string(hide_password=False))
    with other.session(readonly=True) as s:
        assert s.execute(text("SHOW timezone")).scalar() == "Pacific/Auckland"
        assert s.scalars(select(QuickCase.occurred_at)).all() == [at]
    other.close()


@postgres_only
def test_a_lost_connection_saves_nothing_and_the_next_unit_of_work_reconnects(
    desk: Desk, server_targets: JournalTargets
) -> None:
    server = server_targets.server
    assert server is not None
    site = desk.site
    with pytest.raises(JournalError) as err, desk.journal.session() as s:
        s.add(
            QuickCase(
                site_id=site.id,
                category_id=site.categories[0].id,
                age_band_id=site.age_bands[0].id,
                gender=Gender.MAN,
                occurred_at=datetime(2023, 3, 1, 10, 0),
            )
        )
        s.flush()
        pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
        with server.admin.connect() as admin:
            admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        s.execute(text("SELECT 1"))
    assert err.value.problem is JournalProblem.UNREACHABLE
    assert "bröts" in str(err.value) and "Inget sparades" in str(err.value)
    with desk.journal.session(readonly=True) as s:  # a new connection: the pool recovered
        assert s.scalars(select(QuickCase)).all() == []
    desk.log(site.categories[0].id, site.age_bands[0].id, Gender.MAN)
    with desk.journal.session(readonly=True) as s:
        assert len(s.scalars(select(QuickCase)).all()) == 1


def test_a_read_only_session_refuses_to_write(journal: Journal, desk: Desk) -> None:
    """On SQLite too (readers' connections are query_only), as PostgreSQL's READ ONLY
    transaction does; a writer afterwards writes as usual, and readers see it."""
    with pytest.raises((JournalError, DBAPIError)), journal.session(readonly=True) as s:
        s.execute(update(Site).values(name="Ändrad"))
    with journal.session() as s:
        s.execute(update(Site).values(name="Ändrad"))
    with journal.session(readonly=True) as s:
        assert s.scalars(select(Site.name)).all() == ["Ändrad"]


@postgres_only
def test_a_writer_that_waits_too_long_for_the_lock_is_told_the_journal_is_busy(
    db_target: str,
) -> None:
    """The write lock is taken with the BEGIN in one round trip (``fastpath.begin_with``); its
    timeout is still the Swedish busy message, and the connection serves the next writer."""
    from vagledare.journal.db import JournalBusyError

    first = open_journal(db_target, busy_timeout=0.2)
    second = open_journal(db_target, busy_timeout=0.2)
    try:
        with first.session() as s:
            s.add(Site(name="Fröslunda"))
            s.flush()
            with pytest.raises(JournalBusyError), second.session() as other:
                other.add(Site(name="Årby"))
                other.flush()
        with second.session() as other:
            other.add(Site(name="Årby"))
        with second.session(readonly=True) as other:
            assert sorted(other.scalars(select(Site.name))) == ["Fröslunda", "Årby"]
    finally:
        first.close()
        second.close()


@postgres_only
def test_a_pooled_connection_is_pinged_only_after_sitting_idle(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vagledare.journal.db import engines

    pings: list[object] = []
    dialect = desk.journal.engine.dialect
    real = dialect.do_ping
    monkeypatch.setattr(dialect, "do_ping", lambda c: pings.append(c) or real(c))
    site = desk.site
    for _ in range(3):
        desk.log(site.categories[0].id, site.age_bands[0].id, Gender.MAN)
    assert pings == []  # clicks in a row: no round trip for a ping
    monkeypatch.setattr(engines, "PING_AFTER_IDLE", -1.0)
    desk.log(site.categories[0].id, site.age_bands[0].id, Gender.MAN)
    assert pings


@postgres_only
def test_a_click_is_two_round_trips_with_its_statements_prepared(
    desk: Desk, tmp_path: Path
) -> None:
    """The BEGIN, the write lock and the snabbärende and its audit entry in one libpq
    pipeline (the lock first: the server runs them in order), the two INSERTs as statements
    the server prepared at the first click (no Parse again); then the COMMIT. As the bare
    floor: an INSERT and a COMMIT. Seen in libpq's own trace of the connection the journal
    keeps for its clicks."""
    from psycopg import pq

    site = desk.site
    desk._backed_up_on = datetime.now().date()  # no daily backup here
    desk.log(site.categories[0].id, site.age_bands[0].id, Gender.MAN)  # prepares them
    kept = desk.journal._kept
    assert kept is not None and kept._conn is not None
    pgconn = kept._conn.connection.driver_connection.pgconn  # type: ignore[union-attr]
    with (tmp_path / "trace").open("w+b") as trace:
        pgconn.trace(trace.fileno())
        pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS)
        try:
            desk.log(site.categories[0].id, site.age_bands[0].id, Gender.WOMAN)
        finally:
            pgconn.untrace()
        trace.seek(0)
        lines = trace.read().decode().splitlines()
    sent = [" ".join(line.split()[2:])[:30] for line in lines if line.startswith("F")]
    assert [m for m in sent if m.split()[0] in ("Query", "Parse", "Execute", "Sync")] == [
        'Parse "" "BEGIN" 0',
        'Execute "" 0',
        'Parse "" "SET LOCAL lock_timeo',
        'Execute "" 0',
        'Parse "" "SELECT pg_advisory_x',
        'Execute "" 0',
        'Execute "" 0',  # INSERT INTO quick_case … SELECT … WHERE the layout holds
        'Execute "" 0',  # INSERT INTO audit_entry … SELECT … WHERE the chain's head is known
        "Sync",
        'Query "COMMIT"',
    ]
    assert sum("ReadyForQuery" in line for line in lines) == 2  # round trips
    with desk.journal.session(readonly=True) as s:
        assert len(s.scalars(select(QuickCase)).all()) == 2


@postgres_only
def test_a_kept_connection_the_server_dropped_is_replaced_before_the_next_click(
    desk: Desk, server_targets: JournalTargets, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vagledare.journal.db import engines

    server = server_targets.server
    assert server is not None
    site = desk.site
    desk._backed_up_on = datetime.now().date()
    desk.log(site.categories[0].id, site.age_bands[0].id, Gender.MAN)
    kept = desk.journal._kept
    assert kept is not None and kept._conn is not None
    pid = kept._conn.connection.driver_connection.info.backend_pid  # type: ignore[union-attr]
    with server.admin.connect() as admin:
        admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    monkeypatch.setattr(engines, "PING_AFTER_IDLE", -1.0)  # as after a night: pinged first
    desk.log(site.categories[0].id, site.age_bands[0].id, Gender.WOMAN)
    with desk.journal.session(readonly=True) as s:
        assert len(s.scalars(select(QuickCase)).all()) == 2


@postgres_only
def test_a_connection_set_to_autocommit_begins_no_transaction(journal: Journal) -> None:
    """Maintenance on a server journal (what autovacuum does, by hand) runs outside any
    transaction: the journal's BEGIN with its write lock is not sent on such a connection."""
    with journal.engine.connect() as conn:
        maintenance = conn.execution_options(isolation_level="AUTOCOMMIT")
        maintenance.exec_driver_sql("VACUUM quick_case")
        assert maintenance.exec_driver_sql("SELECT count(*) FROM quick_case").scalar() == 0


@postgres_only
def test_the_server_compiles_no_statement_of_the_journal_just_in_time(journal: Journal) -> None:
    """JIT compiling cost the 50 000 cases' listing ~340 ms of ~460 (#22): it is off on every
    connection of the journal, whatever the server's own setting."""
    from sqlalchemy import text

    with journal.engine.connect() as conn:
        assert conn.execute(text("SHOW jit")).scalar_one() == "off"
        assert conn.execute(text("SHOW application_name")).scalar_one() == "vagledare"

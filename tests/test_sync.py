"""Desks synchronising through a server: a second SQLite journal in every run, and PostgreSQL
when ``VAGLEDARE_TEST_PG_URL`` is set (e.g. postgresql+psycopg://postgres@127.0.0.1:5433/postgres).
A server that stops half-way loses and duplicates nothing; the next sync completes."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from exchange_builders import (
    PG_URL,
    dump,
    log,
    make_desk,
    open_case,
    pg_database,
    remove,
    snapshot,
)
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from vagledare.cli import main as cli
from vagledare.exchange.identity import load_mark
from vagledare.exchange.sync import ServerUnavailable, sync
from vagledare.journal.db import Journal, open_journal
from vagledare.journal.models import ExchangeMark, QuickCase, Route


class Server:
    """A server journal that tests can stop and start again."""

    def __init__(self, target: str, stop: Callable[[], None], start: Callable[[], None]):
        self.target, self.stop, self.start = target, stop, start

    def open(self) -> Journal:
        return open_journal(self.target)


def _sqlite_server(tmp_path: Path) -> Iterator[Server]:
    path = tmp_path / "server.sqlite"
    open_journal(path).close()
    aside = tmp_path / "server-stoppad.sqlite"

    def stop() -> None:
        path.rename(aside)

    def start() -> None:
        path.unlink(missing_ok=True)  # what a connection attempt left while it was gone
        aside.rename(path)

    yield Server(str(path), stop, start)


def _pg_server() -> Iterator[Server]:
    with pg_database() as (url, admin):
        name = make_url(url).database

        def stop() -> None:  # the server refuses connections and drops the ones it has
            with admin.connect() as c:
                c.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
                c.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"
                    ),
                    {"n": name},
                )

        def start() -> None:
            with admin.connect() as c:
                c.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))

        yield Server(url, stop, start)


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    if request.param == "sqlite":
        yield from _sqlite_server(tmp_path)
    else:
        yield from _pg_server()


@pytest.fixture
def arby(tmp_path: Path) -> Iterator[Journal]:
    j = make_desk(tmp_path, "arby-disken", ("AB",), ("Årby", "Fröslunda"))
    log(j, "Årby", datetime(2024, 3, 4, 9), count=3)
    open_case(j, "ÅRB-2024-0001", "Årby", Route.REFERRED, date(2024, 1, 10))
    yield j
    j.close()


@pytest.fixture
def fros(tmp_path: Path) -> Iterator[Journal]:
    j = make_desk(tmp_path, "froslunda-disken", ("AB", "EF"), ("Fröslunda",))
    log(j, "Fröslunda", datetime(2024, 3, 4, 10), count=4, who="EF")
    yield j
    j.close()


def _quick_cases(journal: Journal) -> int:
    with journal.session(readonly=True) as s:
        return int(s.scalar(select(func.count()).select_from(QuickCase)) or 0)


def test_two_desks_get_each_others_records_through_the_server(
    server: Server, arby: Journal, fros: Journal
) -> None:
    first = sync(arby, server.target)
    assert (first.pushed.tables["quick_case"].new, first.pulled.total().changed) == (3, 0)
    second = sync(fros, server.target)
    assert second.pushed.tables["quick_case"].new == 4
    assert second.pulled.tables["quick_case"].new == 3
    assert second.pushed.tables["site"].unchanged == 1  # Fröslunda: one site on the server
    third = sync(arby, server.target)
    assert third.pulled.tables["quick_case"].new == 4
    assert third.pushed.total().changed == 0  # nothing goes back where it came from

    remove(fros, next(iter(_ids(fros))), "Dubblett")
    sync(fros, server.target)
    sync(arby, server.target)
    hub = server.open()
    try:
        assert snapshot(arby) == snapshot(fros) == snapshot(hub)
        assert _quick_cases(hub) == 7
    finally:
        hub.close()


def test_an_erasure_reaches_every_desk_through_the_server_and_never_comes_back(
    server: Server, arby: Journal, fros: Journal
) -> None:
    from vagledare.journal import cases
    from vagledare.journal.erasure import erase_participant
    from vagledare.journal.models import Case, ClosureReason, Contact, ContactType, Participant
    from vagledare.journal.retention import apply_retention

    sync(arby, server.target)
    sync(fros, server.target)  # F now has Årby's case ÅRB-2024-0001
    with fros.session(readonly=True) as s:
        person = s.scalar(select(Participant.id).where(Participant.code == "ÅRB-2024-0001"))
    assert person is not None
    with arby.session() as s:
        erase_participant(s, "ÅRB-2024-0001", "Begäran 2 juni")
    # and a gallring on F: an old case's contact goes everywhere too
    old_case = open_case(fros, "FRÖ-2019-0009", "Fröslunda", Route.REFERRED, date(2019, 1, 10))
    with fros.session() as s:
        contact = cases.add_contact(
            s, old_case, date(2019, 1, 11), ContactType.CONVERSATION, "Gammal", None
        )
        cases.close_case(s, old_case, date(2019, 2, 1), ClosureReason.STUDIES, None)
    sync(arby, server.target)
    sync(fros, server.target)
    sync(arby, server.target)
    with fros.session() as s:
        assert apply_retention(s, years=1, today=date(2026, 1, 1)).contacts == 1
    sync(fros, server.target)
    sync(arby, server.target)
    sync(fros, server.target)  # and back again: nothing returns
    hub = server.open()
    try:
        for journal in (arby, fros, hub):
            with journal.session(readonly=True) as s:
                assert s.get(Participant, person) is None
                assert s.get(Contact, contact) is None
                codes = set(s.scalars(select(Case.id)))
                assert codes == {old_case}
    finally:
        hub.close()


def _ids(journal: Journal) -> list[uuid.UUID]:
    with journal.session(readonly=True) as s:
        return list(s.scalars(select(QuickCase.id).order_by(QuickCase.occurred_at)))


def test_an_unreachable_server_is_reported_and_nothing_changes(
    arby: Journal, tmp_path: Path
) -> None:
    before = dump(arby)
    with pytest.raises(ServerUnavailable, match="kan inte nås just nu"):
        sync(arby, str(tmp_path / "borta" / "server.sqlite"))
    assert dump(arby) == before
    if PG_URL and _has_psycopg():
        closed = make_url(PG_URL).set(port=1).render_as_string(hide_password=False)
        with pytest.raises(ServerUnavailable, match="kan inte nås just nu"):
            sync(arby, closed)
        assert dump(arby) == before


def _has_psycopg() -> bool:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return False
    return True


def test_a_server_stopped_between_push_and_pull_loses_and_duplicates_nothing(
    server: Server, arby: Journal, fros: Journal
) -> None:
    sync(fros, server.target)

    def stop(hub: Journal) -> None:
        hub.engine.dispose()
        server.stop()

    with pytest.raises(ServerUnavailable, match="kan inte nås just nu"):
        sync(arby, server.target, between=stop)
    assert _quick_cases(arby) == 3  # the pull never happened …
    with arby.session(readonly=True) as s:
        marks = {m.name.split(":")[0] for m in s.scalars(select(ExchangeMark))}
    assert marks == {"skicka"}  # … but the push was committed and remembered

    server.start()
    done = sync(arby, server.target)
    assert done.pushed.total().changed == 0  # already there
    assert done.pulled.tables["quick_case"].new == 4
    sync(fros, server.target)
    hub = server.open()
    try:
        assert _quick_cases(arby) == _quick_cases(fros) == _quick_cases(hub) == 7
        assert snapshot(arby) == snapshot(fros) == snapshot(hub)
    finally:
        hub.close()


def test_a_server_that_drops_out_during_the_push_takes_nothing_half(
    server: Server, arby: Journal, fros: Journal
) -> None:
    sync(fros, server.target)

    def drop_out(label: str, done: int, total: int) -> None:
        if label.startswith("Servern tar emot") and "snabbärenden" in label:
            raise OperationalError("INSERT", {}, Exception("server closed the connection"))

    with pytest.raises(ServerUnavailable):
        sync(arby, server.target, progress=drop_out)
    hub = server.open()
    try:
        assert _quick_cases(hub) == 4  # F's only: A's push was rolled back whole
    finally:
        hub.close()
    with arby.session(readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(ExchangeMark)) == 0

    sync(arby, server.target)
    sync(fros, server.target)
    hub = server.open()
    try:
        assert _quick_cases(arby) == _quick_cases(fros) == _quick_cases(hub) == 7
        assert snapshot(arby) == snapshot(fros) == snapshot(hub)
    finally:
        hub.close()


def test_sync_on_the_command_line_remembers_the_server(
    arby: Journal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub = tmp_path / "server.sqlite"
    open_journal(hub).close()
    desk = str(arby.path)
    assert cli(["--db", desk, "--as", "AB", "sync", "--server", str(hub)]) == 0
    assert "Synkroniserat med" in capsys.readouterr().out
    assert cli(["--db", desk, "--as", "AB", "sync"]) == 0
    assert "skickade 0 nya och 0 ändrade, hämtade 0 nya" in capsys.readouterr().out
    hub.rename(tmp_path / "borta.sqlite")
    assert cli(["--db", desk, "--as", "AB", "sync"]) == 1
    assert "kan inte nås just nu" in capsys.readouterr().err
    with arby.session(readonly=True) as s:
        assert load_mark(s, "x") is None

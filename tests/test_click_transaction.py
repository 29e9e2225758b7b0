"""The click's transaction (#22): ``Desk.log`` writes through a Core unit
(``Journal.core_unit``) with the site's layout checked by the INSERT itself and the audit
entry sealed after the chain head this desk last wrote, checked in the same statement. Every
check stays: a category or age band outside the site's layout is refused in words with
nothing written, and the chain stays whole whoever else writes between two clicks."""

from __future__ import annotations

import threading
import time
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import event, func, select, text

from vagledare.app.desk import Desk
from vagledare.journal import audit, sites, staff
from vagledare.journal.db import Journal, JournalBusyError, open_journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import AuditEntry, Gender, QuickCase


def ready(desk: Desk) -> Desk:
    desk._backed_up_on = datetime.now().date()  # no daily backup in these tests
    return desk


def click(desk: Desk, gender: Gender = Gender.WOMAN, **kw: Any) -> None:  # noqa: ANN401
    desk.log(desk.site.categories[0].id, desk.site.active_age_bands[1].id, gender, **kw)


def counts(j: Journal) -> tuple[int, int]:
    with j.session(readonly=True) as s:
        return (
            s.scalar(select(func.count()).select_from(QuickCase)) or 0,
            s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def own_chain(j: Journal) -> list[int]:
    with j.engine.connect() as conn:
        return list(
            conn.execute(
                text("SELECT seq FROM audit_entry WHERE chain = :c ORDER BY seq"),
                {"c": j.seal.chain},
            ).scalars()
        )


def whole(j: Journal) -> None:
    seqs = own_chain(j)
    assert seqs == list(range(1, len(seqs) + 1))
    report = audit.verify_log(j)
    assert report.ok, report.sentences("en")
    assert report.checked == len(seqs)


@pytest.mark.sqlite_only
def test_a_click_is_a_begin_two_inserts_and_the_commit(desk: Desk) -> None:
    ready(desk)
    statements: list[str] = []

    @event.listens_for(desk.journal.engine, "checkout")
    def trace(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:  # noqa: ANN401
        dbapi_conn.set_trace_callback(statements.append)

    try:
        click(desk)  # the statements are prepared, the chain's head known
        statements.clear()
        click(desk, Gender.MAN)
    finally:
        event.remove(desk.journal.engine, "checkout", trace)
    assert [s.split(" (")[0] for s in statements] == [
        "BEGIN IMMEDIATE",
        "INSERT INTO quick_case",
        "INSERT INTO audit_entry",
        "COMMIT",
    ]


def test_a_category_or_age_band_outside_the_sites_layout_is_refused_with_nothing_written(
    desk: Desk,
) -> None:
    ready(desk)
    click(desk)
    with desk.journal.session() as s:
        other = sites.add_site(s, "Årby", desk.staff.id)
        sites.retire_category(s, desk.site.categories[1].id)
    before = counts(desk.journal)
    here = desk.site
    cases = [
        (other.categories[0].id, here.age_bands[1].id, "Kategorin hör inte till mötesplatsen."),
        (here.categories[0].id, other.age_bands[1].id, "Åldersgruppen hör inte till"),
        (here.categories[1].id, here.age_bands[1].id, "Kategorin eller åldersgruppen är pens"),
    ]
    for category, band, refusal in cases:
        with pytest.raises(ValidationError, match=refusal):
            desk.log(category, band, Gender.WOMAN)
    assert counts(desk.journal) == before
    assert desk.last is not None and len(desk._undo) == 1  # only the first click to undo
    click(desk, count=3)
    assert counts(desk.journal) == (before[0] + 3, before[1] + 1)
    whole(desk.journal)


def test_entries_another_writer_made_between_two_clicks_keep_the_chain_whole(
    desk: Desk, db_target: str
) -> None:
    """The desk seals its click's entry after the head it last wrote, unless the journal's
    head is another entry by then: another window or program of the same desk (the same
    chain), or this window's own sessions."""
    ready(desk)
    click(desk)
    other = open_journal(db_target)  # another window of this desk: same key, same chain
    try:
        assert other.seal.chain == desk.journal.seal.chain
        elsewhere = ready(Desk(other, desk.site, desk.staff))
        for _ in range(2):
            click(elsewhere, Gender.MAN)
            click(desk)
        with other.session() as s:  # the ORM's entries, sealed at its flush
            sites.add_site(s, "Årby", desk.staff.id)
        click(desk)
        with desk.journal.session() as s:  # and this window's own
            sites.add_site(s, "Skiftinge", desk.staff.id)
        click(desk)
        click(elsewhere)
    finally:
        other.close()
    whole(desk.journal)
    assert counts(desk.journal)[0] == 8


def test_a_refused_or_rolled_back_click_leaves_no_gap(desk: Desk) -> None:
    ready(desk)
    click(desk)
    with pytest.raises(ValidationError, match="framtida"):
        click(desk, at=datetime(2999, 1, 1))
    with pytest.raises(RuntimeError), desk.journal.core_unit(actor_id=desk.staff.id) as unit:
        audit.record_now(unit, "create", "quick_case", None, count=1)
        raise RuntimeError("the entry was written, then the unit rolled back")
    click(desk)
    whole(desk.journal)


def test_a_click_after_a_deleted_tail_goes_on_from_the_kept_position(desk: Desk) -> None:
    """Someone deletes the log's tail with a database tool while the window is open (and puts
    the triggers back): the click's entry does not follow the position it remembers, nor
    take the deleted numbers again; the gap stays in sight."""
    from test_audit_chain import cut_tail_unseen

    ready(desk)
    for _ in range(6):
        click(desk)
    last = own_chain(desk.journal)[-1]
    with desk.journal.engine.begin() as conn:
        cut_tail_unseen(conn, 5)
    click(desk)
    assert own_chain(desk.journal)[-2:] == [5, last + 1]
    report = audit.verify_log(desk.journal)
    assert [(key, v["first"], v["last"]) for key, v in report.problems] == [("chain_gap", 6, last)]


def hold(j: Journal, seconds: float, started: threading.Event) -> None:
    with j.core_unit() as unit:
        audit.record_now(unit, "export", "report", None, file="lista.csv")
        started.set()
        time.sleep(seconds)


def test_a_click_while_another_thread_writes_waits_and_both_land(desk: Desk) -> None:
    """The connection a journal keeps for its clicks is one thread's at a time: a second
    thread's unit takes a pooled connection and waits for the write lock like any writer."""
    ready(desk)
    click(desk)
    started = threading.Event()
    t = threading.Thread(target=hold, args=(desk.journal, 0.3, started))
    t.start()
    assert started.wait(10)
    click(desk)
    t.join()
    click(desk)
    assert counts(desk.journal)[0] == 3
    whole(desk.journal)


def test_a_click_refused_for_the_lock_leaves_the_next_one_working(
    desk: Desk, db_target: str
) -> None:
    impatient = open_journal(db_target, busy_timeout=0.2)
    try:
        there = ready(Desk(impatient, desk.site, desk.staff))
        click(there)
        started = threading.Event()
        t = threading.Thread(target=hold, args=(desk.journal, 1.0, started))
        t.start()
        assert started.wait(10)
        with pytest.raises(JournalBusyError, match="används just nu"):
            click(there)
        t.join()
        click(there)
        assert counts(impatient)[0] == 2
        whole(impatient)
    finally:
        impatient.close()


def test_a_click_stores_its_rows_as_sqlalchemy_stores_them(desk: Desk) -> None:
    """The click's two rows, written on the driver, are byte for byte what a Core INSERT
    through SQLAlchemy stores for the same values (read back as the database holds them)."""
    import uuid

    from sqlalchemy import insert

    ready(desk)
    desk.same_visitor = True
    desk.return_visit = True
    logged = desk.log(
        desk.site.categories[2].id,
        desk.site.age_bands[3].id,
        Gender.MAN,
        at=datetime(2026, 3, 1, 9, 30),
    )
    (qc_id,) = logged.ids
    tables = {"quick_case": QuickCase.__table__, "audit_entry": AuditEntry.__table__}
    keys = {"quick_case": str(qc_id)}
    with desk.journal.engine.connect() as conn:
        keys["audit_entry"] = conn.execute(
            select(AuditEntry.id).where(AuditEntry.entity_id == str(qc_id))
        ).scalar_one()

    def stored(conn: Any, table: str, key: Any) -> dict[str, Any]:  # noqa: ANN401
        t = tables[table]
        row = conn.execute(select(t).where(t.c.id == key)).mappings().one()
        names = ["id", *(c.key for c in t.c if c.key != "id")]
        raw = conn.exec_driver_sql(f"SELECT {', '.join(names)} FROM {table}").all()
        (wanted,) = [r for r in raw if str(r[0]).replace("-", "") == key.hex]
        return {"values": dict(row), "raw": dict(zip(names, wanted, strict=True))}

    with desk.journal.session() as s:
        conn = s.connection()
        for table, key in keys.items():
            t = tables[table]
            clicked = stored(conn, table, uuid.UUID(str(key)))
            again = dict(clicked["values"], id=uuid.uuid4())
            if table == "audit_entry":
                again["chain"] = "another chain"
            conn.execute(insert(t), again)
            by_sqlalchemy = stored(conn, table, again["id"])
            for which in ("values", "raw"):
                mine, theirs = dict(clicked[which]), dict(by_sqlalchemy[which])
                for name in ("id", "chain"):
                    mine.pop(name, None), theirs.pop(name, None)
                assert mine == theirs, (table, which)
        s.rollback()


@pytest.mark.sqlite_only
def test_a_click_on_a_write_protected_journal_is_refused_in_words(tmp_path: Any) -> None:  # noqa: ANN401
    from builders import write_protected_journal

    from vagledare.journal.db import READ_ONLY_MESSAGE, ReadOnlyJournal

    path = tmp_path / "j.sqlite"
    before = write_protected_journal(path)
    j = open_journal(str(path))
    try:
        with j.session(readonly=True) as s:
            site = sites.list_sites(s)[0]
            me = staff.ensure_staff(s, "TL")  # there already: nothing written
        with pytest.raises(ReadOnlyJournal) as refused:
            click(ready(Desk(j, site, me)))
        assert str(refused.value) == READ_ONLY_MESSAGE
    finally:
        j.close()
    assert path.read_bytes() == before

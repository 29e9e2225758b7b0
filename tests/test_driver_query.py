"""Hot read queries on the driver give what SQLAlchemy gives, on either backend."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import Column, MetaData, String, Table, bindparam, func, literal, select, update
from sqlalchemy.exc import DBAPIError

from vagledare.app.desk import Desk
from vagledare.journal import sites
from vagledare.journal.db import Journal, open_journal
from vagledare.journal.db.fastpath import DriverQuery
from vagledare.journal.models import Category, Gender, QuickCase, Site

_qc = QuickCase.__table__.c


def _log_some(desk: Desk) -> None:
    cats, bands = desk.site.categories, desk.site.age_bands
    for i in range(12):
        at = datetime(2026, 3, 1 + i, 10, 0)
        desk.log(cats[i % 3].id, bands[i % 2].id, (Gender.WOMAN, Gender.MAN)[i % 2], at=at)


def test_rows_are_converted_as_sqlalchemy_converts_them(journal: Journal, desk: Desk) -> None:
    _log_some(desk)
    statement = (
        select(
            literal("x").label("kind"),
            _qc.site_id,
            _qc.gender,
            _qc.occurred_at,
            func.count().label("n"),
        )
        .where(_qc.site_id == bindparam("site_id"), _qc.occurred_at >= bindparam("start"))
        .group_by(_qc.site_id, _qc.gender, _qc.occurred_at)
        .order_by(_qc.occurred_at)
    )
    params = {"site_id": desk.site.id, "start": datetime(2026, 3, 4)}
    with journal.session(readonly=True) as s:
        conn = s.connection()
        by_driver = DriverQuery(statement).all(conn, params)
        by_sqlalchemy = [tuple(r) for r in conn.execute(statement, params)]
    assert by_driver == by_sqlalchemy
    assert len(by_driver) == 9
    kind, site_id, gender, occurred_at, n = by_driver[0]
    assert (kind, site_id, gender, occurred_at, n) == (
        "x",
        desk.site.id,
        Gender.MAN,
        datetime(2026, 3, 4, 10, 0),
        1,
    )


def test_the_layout_and_the_counts_agree_with_the_orm(journal: Journal, desk: Desk) -> None:
    _log_some(desk)
    with journal.session(readonly=True) as s:
        (info,) = sites.load_sites(s, [desk.site.id])
        orm = s.get(Site, desk.site.id)
        assert orm is not None
        ordered = sorted(orm.categories, key=lambda c: c.position)
        assert [(c.id, c.name, c.position) for c in info.categories] == [
            (c.id, c.name, c.position) for c in ordered
        ]
        assert [b.label for b in info.age_bands] == ["18-24", "25-34", "35-44", "45-54", "55-64"]
        assert [x.id for x in sites.load_sites(s)] == [desk.site.id]


def test_a_changed_layout_is_read_afresh(journal: Journal, desk: Desk) -> None:
    """The layout is cached on its rows: a rename or a retirement shows at once."""
    with journal.session(readonly=True) as s:
        before = sites.get_site(s, desk.site.id)
    with journal.session() as s:
        s.execute(
            update(Category)
            .where(Category.id == before.categories[4].id)
            .values(name="Annat", retired_at=datetime(2026, 3, 1))
        )
    with journal.session(readonly=True) as s:
        after = sites.get_site(s, desk.site.id)
    assert before.categories[4].name == "Övrigt" and not before.categories[4].retired
    assert after.categories[4].name == "Annat" and after.categories[4].retired
    assert after.categories[:4] == before.categories[:4]


@pytest.mark.sqlite_only  # the snapshot stamp is SQLite's data_version
def test_a_reader_reads_the_layout_again_only_after_a_commit(journal: Journal, desk: Desk) -> None:
    """Read-only sessions on one connection keep the layout while nothing is committed; any
    other connection's commit (a click, another desk's rename) makes the next one read it."""

    def layout_reads() -> tuple[int, sites.SiteInfo]:
        with journal.session(readonly=True) as s:
            statements: list[str] = []
            driver = s.connection().connection.driver_connection
            driver.set_trace_callback(statements.append)
            try:
                info = sites.get_site(s, desk.site.id)
            finally:
                driver.set_trace_callback(None)
        return sum("category" in sql for sql in statements), info

    first_reads, first = layout_reads()
    again_reads, again = layout_reads()
    assert (first_reads, again_reads) == (1, 0)
    assert again is first  # the same immutable objects

    _log_some(desk)  # commits through the writer's connection
    assert layout_reads()[0] == 1

    other = open_journal(journal.path)  # as another window on the same file
    try:
        with other.session() as s:
            s.execute(
                update(Category)
                .where(Category.id == first.categories[0].id)
                .values(name="Skriva CV")
            )
    finally:
        other.close()
    reads, renamed = layout_reads()
    assert reads == 1 and renamed.categories[0].name == "Skriva CV"


def test_driver_errors_are_raised_as_sqlalchemy_errors(journal: Journal) -> None:
    missing = Table("no_such_table", MetaData(), Column("name", String))
    query = DriverQuery(select(missing.c.name).where(missing.c.name == bindparam("name")))
    with journal.session(readonly=True) as s, pytest.raises(DBAPIError) as caught:
        query.all(s.connection(), {"name": "ingen"})
    assert "no_such_table" in str(caught.value)


def test_in_lists_are_refused_when_rendered(journal: Journal) -> None:
    query = DriverQuery(select(Site.id).where(Site.id.in_(bindparam("ids", expanding=True))))
    with journal.session(readonly=True) as s, pytest.raises(ValueError, match="IN lists"):
        query.all(s.connection(), {"ids": []})

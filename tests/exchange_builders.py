"""Desks for the exchange tests, and a journal's content in a form two desks can compare.

``snapshot`` writes every exchanged row with its references spelled out by natural key (a
quick case's site is "Fröslunda", not a UUID), so journals whose sites, staff and codes have
different UUIDs compare equal when they hold the same things. Rows without a natural key
(snabbärenden, cases …) keep their UUID and their times: they must arrive exactly.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import uuid
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import make_url

from vagledare.exchange.identity import set_desk_name
from vagledare.exchange.model import exchanged_tables
from vagledare.exchange.signing import DeskKey
from vagledare.journal import cases, quick_cases, sites, staff
from vagledare.journal.db import Journal, open_journal
from vagledare.journal.models import Base, ClosureReason, Gender, Route

Row = tuple[tuple[str, Any], ...]


PG_URL = os.environ.get("VAGLEDARE_TEST_PG_URL")


@contextmanager
def pg_database() -> Iterator[tuple[str, Engine]]:
    """A fresh PostgreSQL database (its URL, and an admin engine), dropped afterwards.
    Skips the test, saying why, when ``VAGLEDARE_TEST_PG_URL`` is not set."""
    if not PG_URL:
        pytest.skip("PostgreSQL: set VAGLEDARE_TEST_PG_URL to run this test against it")
    pytest.importorskip("psycopg")
    name = f"vagledare_x_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False), admin
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def make_desk(
    folder: Path,
    name: str,
    staff_names: tuple[str, ...] = ("AB",),
    site_names: tuple[str, ...] = (),
    target: str | None = None,
) -> Journal:
    journal = open_journal(target or folder / f"{name}.sqlite")
    with journal.session() as s:
        set_desk_name(s, name)
        first = None
        for who in staff_names:
            info = staff.ensure_staff(s, who)
            first = first or info
        for site in site_names:
            sites.add_site(s, site, first.id if first else None)
    return journal


def staff_id(journal: Journal, name: str = "AB") -> uuid.UUID:
    with journal.session() as s:
        return staff.ensure_staff(s, name).id


def log(
    journal: Journal,
    site: str,
    at: datetime,
    *,
    count: int = 1,
    category: str = "Övrigt",
    band: str = "25-34",
    gender: Gender = Gender.WOMAN,
    who: str = "AB",
) -> list[uuid.UUID]:
    with journal.session() as s:
        layout = sites.require_site(s, site)
        author = staff.ensure_staff(s, who).id
        cat, age = layout.category(category), layout.age_band(band)
        assert cat and age
        return quick_cases.log_quick_cases(
            s, layout.id, cat.id, age.id, gender, author, at=at, count=count
        )


def remove(journal: Journal, quick_case: uuid.UUID, reason: str, who: str = "AB") -> None:
    with journal.session() as s:
        quick_cases.remove_quick_case(s, quick_case, reason, staff.ensure_staff(s, who).id)


def open_case(
    journal: Journal, code: str, site: str, route: Route, start: date, who: str = "AB"
) -> uuid.UUID:
    with journal.session() as s:
        layout = sites.require_site(s, site)
        author = staff.ensure_staff(s, who).id
        return cases.open_case(
            s,
            site_id=layout.id,
            route=route,
            start=start,
            gender=Gender.WOMAN,
            age_band="25-34",
            author_id=author,
            code=code,
            coach_id=author,
        )


def close_case(
    journal: Journal, case: uuid.UUID, on: date, reason: ClosureReason, who: str = "AB"
) -> uuid.UUID:
    with journal.session() as s:
        return cases.close_case(s, case, on, reason, staff.ensure_staff(s, who).id)


def _natural(et: Any) -> bool:
    return bool(et.keys) and not any(k.where for k in et.keys)


def snapshot(journal: Journal) -> dict[str, set[Row]]:
    """Every exchanged table's rows, references spelled out (see the module docstring)."""
    with journal.session(readonly=True) as s:
        raw = {
            et.name: [dict(r._mapping) for r in s.connection().execute(select(et.table))]
            for et in exchanged_tables()
        }
    names: dict[str, dict[Any, Any]] = {}
    out: dict[str, set[Row]] = {}
    for et in exchanged_tables():
        refs = {r.column: r.table for r in et.references}

        def spell(column: str, value: Any, refs: dict[str, str] = refs) -> Any:
            if column in refs and value is not None:
                return names[refs[column]][value]
            return value

        names[et.name] = {}
        rows: set[Row] = set()
        for row in raw[et.name]:
            key = et.keys[0].columns if _natural(et) else ("id",)
            natural = key != ("id",) and all(row[c] is not None for c in key)
            key = key if natural else ("id",)
            names[et.name][row["id"]] = (et.name, *(spell(c, row[c]) for c in key))
            skip = {"id", "created_at", "modified_at", "author_id"} if natural else set()
            rows.add(tuple(sorted((c, spell(c, row[c])) for c in et.columns if c not in skip)))
        out[et.name] = rows
    return out


def age(journal: Journal, hours: int) -> None:
    """Make every record ``hours`` older, as if it had been written earlier in the day."""
    with journal.session() as s:
        for et in exchanged_tables():
            t = et.table
            rows = s.execute(select(t.c.id, t.c.modified_at)).all()
            for row_id, at in rows:
                earlier = at - timedelta(hours=hours)
                s.execute(t.update().where(t.c.id == row_id).values(modified_at=earlier))


def dump(journal: Journal) -> dict[str, list[tuple[Any, ...]]]:
    """Everything in the journal file, every table and row, as stored (for "nothing changed")."""
    with journal.session(readonly=True) as s:
        conn = s.connection()
        return {
            t.name: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{t.name}"'))), key=repr)
            for t in Base.metadata.sorted_tables
        }


def import_trusted(journal: Journal, paths: list[Path], **kw: Any) -> Any:
    """An import whose senders' keys are trusted on first sight (the tests' desks: the trust
    itself is tested in test_exchange_trust.py)."""
    from vagledare.exchange.files import import_files

    return import_files(journal, paths, trust_new=True, **kw)


def tampered(good: Path, dest: Path, sql: str, signed_by: DeskKey | None = None) -> Path:
    """What anyone can do in a few lines: change the data with SQL, recompute the checksum
    and zip it again."""
    work = dest.with_suffix(".sqlite")
    with zipfile.ZipFile(good) as z:
        work.write_bytes(z.read("data.sqlite"))
        m = json.loads(z.read("manifest.json"))
    con = sqlite3.connect(work)
    con.executescript(sql)
    con.commit()
    for table in m["counts"]:  # the manifest's counts made to fit again
        m["counts"][table] = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    con.close()
    data = work.read_bytes()
    m["sha256"] = hashlib.sha256(data).hexdigest()
    text = json.dumps(m).encode()
    with zipfile.ZipFile(dest, "w") as z:
        z.writestr("manifest.json", text)
        if signed_by is not None:  # a desk the receiver trusts, sending bad rows
            z.writestr("signature", signed_by.sign(text))
        z.writestr("data.sqlite", data)
    return dest

"""Helpers shared by the benchmarks."""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from vagledare.journal.db import Journal, bulk_insert
from vagledare.journal.models import (
    Case,
    Closure,
    ClosureReason,
    Contact,
    ContactType,
    Gender,
    Participant,
    QuickCase,
    Route,
    utc_now,
)
from vagledare.journal.models.base import table_of
from vagledare.journal.sites import SiteInfo


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def timed_alternately(fns: dict[str, Callable[[], object]], repeat: int) -> dict[str, list[float]]:
    """Time several functions in turn, round after round, so that a busy shared machine slows
    them alike and their ratio stays meaningful."""
    out: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            t = time.perf_counter()
            fn()
            out[name].append(time.perf_counter() - t)
    return out


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def summary(samples: list[float]) -> str:
    samples = sorted(samples)
    p95 = samples[int(len(samples) * 0.95) - 1]
    return f"median {ms(statistics.median(samples))}, p95 {ms(p95)}, max {ms(samples[-1])}"


def spread(samples: list[float]) -> str:
    """Median with the lowest and highest sample, in ms: the figures the benchmarks quote."""
    median, low, high = (x * 1000 for x in (statistics.median(samples), min(samples), max(samples)))
    return f"median {median:.0f} ms (min {low:.0f}, max {high:.0f}; {len(samples)} rounds)"


# -- the baselines' bare SQL on either backend -------------------------------------------------


@dataclass(frozen=True)
class Dialect:
    """What a baseline's queries write differently on SQLite and on PostgreSQL."""

    mark: str  # a positional parameter
    named: str  # a named parameter, ``{}`` its name
    text: Callable[[str, int], str]  # the first n characters (7, 10, 13) of a day or time, ISO
    count_if: Callable[[str], str]  # how many rows a condition holds for
    latest: Callable[..., str]  # the latest of a day and some days that may be NULL


def _sqlite_latest(first: str, *more: str) -> str:
    """SQLite's max() of several values is NULL if one is: the NULLs count as ''."""
    return "max(" + ", ".join([first, *(f"coalesce({x}, '')" for x in more)]) + ")"


SQLITE = Dialect(
    "?",
    ":{}",
    lambda col, n: f"substr({col}, 1, {n})",
    lambda c: f"sum({c})",
    _sqlite_latest,
)
_PG_FORMATS = {7: "YYYY-MM", 10: "YYYY-MM-DD", 13: "YYYY-MM-DD HH24"}
POSTGRESQL = Dialect(
    "%s",
    "%({})s",
    lambda col, n: f"to_char({col}, '{_PG_FORMATS[n]}')",
    lambda c: f"count(*) FILTER (WHERE {c})",
    lambda *days: f"greatest({', '.join(days)})",
)


def bare_connection(journal: Path | str) -> tuple[Any, Dialect]:
    """A plain connection to a journal, for a baseline: ``sqlite3`` read-only on a file, or
    ``psycopg`` (autocommit: no snapshot held between queries) on a server URL."""
    if isinstance(journal, Path):
        return sqlite3.connect(f"file:{journal}?mode=ro", uri=True), SQLITE
    import psycopg
    from sqlalchemy.engine import make_url

    plain = make_url(journal).set(drivername="postgresql")
    return psycopg.connect(plain.render_as_string(hide_password=False), autocommit=True), POSTGRESQL


# -- big journals, built fast (Core executemany through the journal's bulk path) ----------------

QUICK_BATCH = 100_000


def record_row(author_id: uuid.UUID, stamp: datetime) -> dict[str, Any]:
    """The columns every journal record carries, for a row built by hand."""
    return {"id": uuid.uuid4(), "created_at": stamp, "modified_at": stamp, "author_id": author_id}


def insert_quick_cases(
    journal: Journal,
    site_list: Sequence[SiteInfo],
    author_id: uuid.UUID,
    times: Iterable[datetime],
    rng: random.Random,
    *,
    stamp: datetime | None = None,
) -> int:
    """One snabbärende per time in ``times``, at the sites in turn, with a random category,
    age band and gender of the site; committed every 100 000 rows. Returns how many."""
    stamp = stamp or utc_now()
    genders = (Gender.WOMAN, Gender.MAN)
    batch: list[dict[str, Any]] = []
    n = 0
    for n, at in enumerate(times, 1):
        site = site_list[n % len(site_list)]
        batch.append(
            {
                **record_row(author_id, stamp),
                "site_id": site.id,
                "category_id": rng.choice(site.categories).id,
                "age_band_id": rng.choice(site.age_bands).id,
                "gender": rng.choice(genders),
                "occurred_at": at,
                "import_id": None,
                "removed_at": None,
                "removed_by_id": None,
                "removal_reason": None,
            }
        )
        if len(batch) == QUICK_BATCH:
            with journal.session() as s:
                bulk_insert(s, table_of(QuickCase), batch)
            batch = []
    if batch:
        with journal.session() as s:
            bulk_insert(s, table_of(QuickCase), batch)
    return n


@dataclass(frozen=True)
class CaseShape:
    """How ``insert_cases`` spreads cases: start days, how long they run, their contacts."""

    first_day: date
    days: int  # starts are spread over this many days from ``first_day``
    length: tuple[int, int] = (90, 90)  # days from start to closing (inclusive random range)
    closures: int | None = None  # close only the first N cases (None: every case that ended)
    contacts: tuple[int, int] = (0, 0)  # contacts per case (inclusive random range)
    today: date | None = None  # nothing is closed or contacted after this day


def insert_cases(
    journal: Journal,
    site_list: Sequence[SiteInfo],
    coaches: Sequence[uuid.UUID],
    n: int,
    shape: CaseShape,
    rng: random.Random,
    *,
    stamp: datetime | None = None,
    code: Callable[[int, SiteInfo, date], str] = lambda i, _site, _start: f"B-{i:06d}",
) -> tuple[int, int]:
    """``n`` cases (each with its own participant code) at the sites in turn, with closings
    and contacts as ``shape`` says. Returns (closures, contacts)."""
    stamp = stamp or utc_now()
    reasons = [r for r in ClosureReason if r is not ClosureReason.UNKNOWN]
    kinds = list(ContactType)
    participants, cases, closures, contacts = [], [], [], []
    for i in range(n):
        site = site_list[i % len(site_list)]
        coach = rng.choice(coaches)
        started = shape.first_day + timedelta(days=i % shape.days)
        band = rng.choice(site.age_bands).label
        person = {
            **record_row(coach, stamp),
            "code": code(i, site, started),
            "gender": rng.choice((Gender.WOMAN, Gender.MAN)),
            "age_band": band,
            "site_id": site.id,
        }
        case = {
            **record_row(coach, stamp),
            "participant_id": person["id"],
            "site_id": site.id,
            "coach_id": coach,
            "route": rng.choice((Route.CITIZEN_SERVICE, Route.REFERRED)),
            "referral_source": None,
            "age_band": band,
            "start_date": started,
            "quick_case_id": None,
            "import_id": None,
        }
        participants.append(person)
        cases.append(case)
        ends = started + timedelta(days=rng.randint(*shape.length))
        last = ends if shape.today is None else min(ends, shape.today)
        if (shape.closures is None or i < shape.closures) and ends == last:
            closures.append(
                {
                    **record_row(coach, stamp),
                    "case_id": case["id"],
                    "closed_on": ends,
                    "reason": rng.choice(reasons),
                    "summer_job": False,
                    "municipal_studies": False,
                    "reopened_on": None,
                    "reopened_by_id": None,
                }
            )
        span = (last - started).days
        for _ in range(rng.randint(*shape.contacts)):
            contacts.append(
                {
                    **record_row(coach, stamp),
                    "case_id": case["id"],
                    "occurred_on": started + timedelta(days=rng.randint(0, span)),
                    "contact_type": rng.choice(kinds),
                    "note": None,
                    "attended_hours": None,
                }
            )
    with journal.session() as s:
        for model, rows in (
            (Participant, participants),
            (Case, cases),
            (Closure, closures),
            (Contact, contacts),
        ):
            for k in range(0, len(rows), QUICK_BATCH):
                bulk_insert(s, table_of(model), rows[k : k + QUICK_BATCH])
    return len(closures), len(contacts)

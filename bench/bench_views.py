"""The two heaviest tabs on a big journal (#22): Översikt and Ärenden, each beside its bare-SQL
floor measured in the same run, round after round.

The journal: 12 meeting places, 120 000 snabbärenden over the last 15 months (about 100 000 in
the overview's 12 months), 50 000 cases (70 % at the desk's own meeting place) with 30 000
closings, 2 000 of them reopened and closed again, and 100 000 contacts.

- Översikt: ``build_dashboard`` for the last 12 whole months of all meeting places (what the
  tab computes, off the window's thread) against the same aggregates as bare SQL on the
  driver; and the longest stall of the window's thread while the tab reads and paints.
- Ärenden: opening the tab (the window's tab switch until painted) and a refresh, against
  fetching the listed cases with bare SQL.

Targets (#22): Översikt ≤ 2× its bare SQL; Ärenden opens in ≤ 300 ms.
``--keep DIR`` builds the journal once in DIR and reuses it.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
from common import ms, timed_alternately  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from vagledare.journal import sites, staff  # noqa: E402
from vagledare.journal.db import Journal, bulk_insert, open_journal  # noqa: E402
from vagledare.journal.models import (  # noqa: E402
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

TODAY = date(2025, 4, 10)
SITES = 12
QUICK_CASES = 120_000
CASES = 50_000
CLOSURES = 30_000
REOPENED = 2_000
CONTACTS = 100_000
ROUNDS = 7


def build(journal: Journal, rng: random.Random) -> None:
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        layouts = [sites.add_site(s, f"Mötesplats {i + 1:02d}", me.id) for i in range(SITES)]
    now = utc_now() - timedelta(days=1)
    genders = (Gender.WOMAN, Gender.MAN, Gender.WOMAN, Gender.MAN, Gender.UNSTATED)
    common = {"created_at": now, "modified_at": now, "author_id": me.id}
    first = datetime.combine(TODAY, datetime.min.time()) - timedelta(days=455)
    with journal.session() as s:
        rows = []
        for _ in range(QUICK_CASES):
            site = rng.choice(layouts)
            day = first + timedelta(days=rng.randrange(455))
            if day.weekday() >= 5 and rng.random() < 0.9:
                day -= timedelta(days=2)
            at = day.replace(hour=rng.choice((8, 9, 10, 10, 11, 13, 14, 15, 16, 18)))
            rows.append(
                {
                    **common,
                    "id": uuid.uuid4(),
                    "site_id": site.id,
                    "category_id": rng.choice(site.categories).id,
                    "age_band_id": rng.choice(site.age_bands).id,
                    "gender": rng.choice(genders),
                    "occurred_at": at + timedelta(minutes=rng.randrange(60)),
                    "import_id": None,
                    "removed_at": None if rng.random() > 0.01 else now,
                    "removed_by_id": None,
                    "removal_reason": None,
                }
            )
        bulk_insert(s, QuickCase.__table__, rows)
        participants, cases, closures, contacts = [], [], [], []
        for i in range(CASES):
            site = layouts[0] if rng.random() < 0.7 else rng.choice(layouts[1:])
            pid, cid = uuid.uuid4(), uuid.uuid4()
            band = rng.choice(site.age_bands).label
            participants.append(
                {
                    **common,
                    "id": pid,
                    "code": f"B-{i:06d}",
                    "gender": rng.choice(genders),
                    "age_band": band,
                    "site_id": site.id,
                }
            )
            started = TODAY - timedelta(days=rng.randrange(6 * 365))
            cases.append(
                {
                    **common,
                    "id": cid,
                    "participant_id": pid,
                    "site_id": site.id,
                    "coach_id": me.id,
                    "route": rng.choice((Route.CITIZEN_SERVICE, Route.REFERRED)),
                    "referral_source": None,
                    "age_band": band,
                    "start_date": started,
                    "quick_case_id": None,
                    "import_id": None,
                }
            )
            closing = {
                **common,
                "case_id": cid,
                "summer_job": False,
                "municipal_studies": False,
                "reopened_by_id": None,
            }
            if i < CLOSURES:
                closed = started + timedelta(days=rng.randrange(30, 400))
                if closed < TODAY:
                    reopened = closed + timedelta(days=rng.randrange(1, 60))
                    again = i < REOPENED and reopened + timedelta(days=30) < TODAY
                    closures.append(
                        {
                            **closing,
                            "id": uuid.uuid4(),
                            "closed_on": closed,
                            "reason": rng.choice(list(ClosureReason)),
                            "reopened_on": reopened if again else None,
                        }
                    )
                    if again:
                        closures.append(
                            {
                                **closing,
                                "id": uuid.uuid4(),
                                "closed_on": reopened + timedelta(days=30),
                                "reason": rng.choice(list(ClosureReason)),
                                "reopened_on": None,
                            }
                        )
            for _ in range(2 if i < CONTACTS // 2 else 0):
                contacts.append(
                    {
                        **common,
                        "id": uuid.uuid4(),
                        "case_id": cid,
                        "occurred_on": min(started + timedelta(days=rng.randrange(200)), TODAY),
                        "contact_type": rng.choice(list(ContactType)),
                        "note": None,
                        "attended_hours": None,
                    }
                )
        bulk_insert(s, Participant.__table__, participants)
        bulk_insert(s, Case.__table__, cases)
        bulk_insert(s, Closure.__table__, closures)
        bulk_insert(s, Contact.__table__, contacts)


def spread(samples: list[float]) -> str:
    samples = sorted(samples)
    return f"median {ms(statistics.median(samples))} (min {ms(samples[0])}, max {ms(samples[-1])})"


# -- the bare-SQL floors -------------------------------------------------------------------


def _hex_ids(db: sqlite3.Connection, table: str) -> list[str]:
    return [r[0] for r in db.execute(f"SELECT id FROM {table}")]  # noqa: S608 - a fixed name


def bare_overview(db: sqlite3.Connection, start: date, end: date) -> list[list[tuple]]:
    """The overview's aggregates as bare SQL on the driver (all meeting places): snabbärenden
    per day × category, per weekday × hour and per gender; cases started per day × gender in
    the period and before it; closings by day of closing and reopening; sessions per month."""
    sites = _hex_ids(db, "site")
    marks = ",".join("?" * len(sites))
    lo, hi = f"{start} 00:00:00.000000", f"{end + timedelta(days=1)} 00:00:00.000000"
    quick = (
        f"FROM quick_case WHERE site_id IN ({marks}) AND occurred_at >= ? AND occurred_at < ? "
        "AND removed_at IS NULL"
    )
    qp = (*sites, lo, hi)
    cp = (*sites, str(start), str(end))
    return [
        db.execute(
            f"SELECT substr(occurred_at, 1, 10), category_id, count(*) {quick} GROUP BY 1, 2", qp
        ).fetchall(),
        db.execute(
            f"SELECT strftime('%w', occurred_at), substr(occurred_at, 12, 2), count(*) {quick} "
            "GROUP BY 1, 2",
            qp,
        ).fetchall(),
        db.execute(f"SELECT gender, count(*) {quick} GROUP BY 1", qp).fetchall(),
        db.execute(
            "SELECT CASE WHEN c.start_date < ? THEN NULL ELSE c.start_date END, p.gender, "
            "count(*) FROM case_file c JOIN participant p ON p.id = c.participant_id "
            f"WHERE c.site_id IN ({marks}) AND c.start_date <= ? GROUP BY 1, 2",
            (str(start), *sites, str(end)),
        ).fetchall(),
        db.execute(
            "SELECT CASE WHEN x.closed_on < ? THEN NULL ELSE x.closed_on END, "
            "CASE WHEN x.reopened_on < ? THEN NULL ELSE x.reopened_on END, "
            "x.reopened_on IS NULL, x.reason, count(*) FROM case_closure x "
            "JOIN case_file c ON c.id = x.case_id "
            f"WHERE c.site_id IN ({marks}) AND c.start_date <= ? AND x.closed_on <= ? "
            "GROUP BY 1, 2, 3, 4",
            (str(start), str(start), *cp[:-2], str(end), str(end)),
        ).fetchall(),
        db.execute(
            "SELECT substr(held_on, 1, 7), count(*) FROM group_session "
            "WHERE held_on >= ? AND held_on <= ? GROUP BY 1",
            (str(start), str(end)),
        ).fetchall(),
    ]


def bare_cases(db: sqlite3.Connection, site: str | None, status_open: bool | None) -> list[tuple]:
    """The case list's rows as bare SQL on the driver: the case, its code, site and coach,
    its current closing, its latest reopening and its contacts (count and latest)."""
    where, params = [], []
    if site is not None:
        where.append("c.site_id = ?")
        params.append(site)
    if status_open is not None:
        closed = (
            "EXISTS (SELECT 1 FROM case_closure x WHERE x.case_id = c.id AND x.reopened_on IS NULL)"
        )
        where.append(f"NOT {closed}" if status_open else closed)
    sql = (
        "SELECT c.id, c.site_id, c.coach_id, c.route, c.referral_source, c.age_band, "
        "c.start_date, c.duty_from, c.duty_to, p.code, p.gender, s.name, st.name, "
        "x.closed_on, x.reason, r.reopened, k.n, k.last "
        "FROM case_file c JOIN participant p ON p.id = c.participant_id "
        "JOIN site s ON s.id = c.site_id LEFT JOIN staff st ON st.id = c.coach_id "
        "LEFT JOIN case_closure x ON x.case_id = c.id AND x.reopened_on IS NULL "
        "LEFT JOIN (SELECT case_id, max(reopened_on) AS reopened FROM case_closure "
        "WHERE reopened_on IS NOT NULL GROUP BY case_id) r ON r.case_id = c.id "
        "LEFT JOIN (SELECT case_id, count(*) AS n, max(occurred_on) AS last FROM case_contact "
        "GROUP BY case_id) k ON k.case_id = c.id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    return db.execute(sql + " ORDER BY c.start_date DESC", params).fetchall()


# -- the window's side -----------------------------------------------------------------------


class Heartbeat:
    """The longest gap between two ticks of a 5 ms timer on the window's thread: how long the
    window stood still."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest


def wait_until(done, timeout: float = 60.0) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + timeout
    while not done():
        QApplication.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError
        time.sleep(0.001)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, help="build the journal here once and reuse it")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from vagledare.app.desk import Desk
    from vagledare.gui.overview.dashboard_page import DashboardPage, last_whole_months
    from vagledare.gui.shell.main_window import MainWindow
    from vagledare.journal.models import Role
    from vagledare.journal.sites import list_sites
    from vagledare.journal.staff import StaffInfo
    from vagledare.reports.overview import build_dashboard

    app = QApplication.instance() or QApplication([])
    tmp = tempfile.TemporaryDirectory()
    folder = args.keep or Path(tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "views.sqlite"
    fresh = not path.exists()
    journal = open_journal(path)
    if fresh:
        t = time.perf_counter()
        build(journal, random.Random(22))
        print(f"built the journal in {time.perf_counter() - t:.1f} s")
    db = sqlite3.connect(path)
    period = last_whole_months(TODAY)
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB", Role.TEAM_LEAD)
        home = list_sites(s)[0]
        n_quick = s.scalar(
            select(func.count()).where(
                QuickCase.occurred_at >= period.start_dt,
                QuickCase.occurred_at < period.end_exclusive_dt,
            )
        )
    print(
        f"{SITES} meeting places, {n_quick} snabbärenden in {period.start}–{period.end}, "
        f"{CASES} cases; {args.rounds} rounds, interleaved"
    )

    # Översikt: the domain's build against its bare SQL.
    times = timed_alternately(
        {
            "build_dashboard": lambda: journal.read(build_dashboard, period, None, "sv"),
            "bare SQL": lambda: bare_overview(db, period.start, period.end),
        },
        args.rounds,
    )
    build_t, bare_t = times["build_dashboard"], times["bare SQL"]
    print(f"Översikt build_dashboard: {spread(build_t)}")
    print(f"Översikt bare SQL:        {spread(bare_t)}")
    print(f"  ratio of medians {statistics.median(build_t) / statistics.median(bare_t):.2f}")

    # Översikt in the window: from the choice to the charts painted, and the longest stall.
    lead = StaffInfo(me.id, me.name, Role.TEAM_LEAD)
    page = DashboardPage(journal, "sv", lead, today=lambda: TODAY)
    page.resize(1200, 900)
    page.show()
    wait_until(lambda: page.board is not None and not getattr(page, "loading", False))
    beat = Heartbeat()
    shown, stalls = [], []
    for i in range(args.rounds):  # all meeting places and the first one, by turns
        beat.start()
        t = time.perf_counter()
        page.site_combo.setCurrentIndex(1 - i % 2)
        wait_until(lambda: page.board is not None and not getattr(page, "loading", False))
        app.processEvents()
        shown.append(time.perf_counter() - t)
        stalls.append(beat.stop())
    print(f"Översikt tab, choice to charts painted: {spread(shown)}")
    print(f"  longest stall of the window's thread: {spread(stalls)}")
    page.close()

    # Ärenden: the tab opened in the window, and a refresh, against bare SQL.
    desk = Desk(journal, home, lead)
    window = MainWindow(desk, "sv")
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    cases_tab = window._lazy["cases"]
    home_hex = home.id.hex

    def open_tab() -> None:
        window.tabs.setCurrentWidget(window.tally)
        app.processEvents()
        t = time.perf_counter()
        window.tabs.setCurrentWidget(cases_tab)
        app.processEvents()
        opened.append(time.perf_counter() - t)

    opened: list[float] = []
    first = time.perf_counter()
    window.tabs.setCurrentWidget(cases_tab)
    app.processEvents()
    print(f"Ärenden, first open (page built): {ms(time.perf_counter() - first)}")
    bare_open: list[float] = []
    for _ in range(args.rounds):
        open_tab()
        t = time.perf_counter()
        bare_cases(db, home_hex, True)
        bare_open.append(time.perf_counter() - t)
    page_c = window.cases
    print(f"Ärenden, open the tab ({page_c.model.rowCount()} rows listed): {spread(opened)}")
    print(f"  bare SQL of those cases: {spread(bare_open)}")
    page_c.site_combo.setCurrentIndex(0)
    page_c.status_combo.setCurrentIndex(page_c.status_combo.count() - 1)
    app.processEvents()
    refresh = timed_alternately(
        {
            "refresh": lambda: (page_c.refresh(), app.processEvents()),
            "bare": lambda: bare_cases(db, None, None),
        },
        args.rounds,
    )
    print(f"Ärenden, refresh of all {page_c.model.rowCount()} cases: {spread(refresh['refresh'])}")
    print(f"  bare SQL of all cases: {spread(refresh['bare'])}")
    opened.clear()
    for _ in range(args.rounds):
        open_tab()
    print(f"Ärenden, open the tab listing all cases: {spread(opened)}")
    window.close()
    journal.close()
    db.close()
    tmp.cleanup()


if __name__ == "__main__":
    main()

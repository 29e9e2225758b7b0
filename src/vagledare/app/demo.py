"""The demo journal ("Prova med exempeldata"): a year of made-up records in a separate file.

A new user explores every screen and report on it without touching the real journal. The
records are generated from a fixed seed, so the same day gives the same journal:

- two sites, Årby and Fröslunda, with snabbärenden by weekday × hour (drop-in mornings;
  Fröslunda's drop-in is Tuesday morning, Årby is open late on Wednesdays);
- cases over both routes with contacts every one to three weeks, closings with reasons and
  flags, and cases still open;
- språkgrupper and a språkcafé with weekly sessions, roll calls, walk-in guests, summer and
  Christmas breaks, participants who join, leave with an outcome, or stay for years;
- progression readings (the participant's and the coach's) every four months while a case
  is open;
- decisions on aktivitetsplikt on most referred cases, and follow-ups six months after the
  closings that count as a completed insats;
- snabbärenden grouped into visits, many of them by returning visitors, and a year of
  activities and events (språkcafé, läxhjälp, kvällsöppet, informationsträffar,
  arbetsgivar- and rekryteringsträffar, studiebesök, Sommartorg, a näringslivsdag in April)
  with partners and employers;
- experience-survey responses: some tied to a participant's code a few weeks into the case,
  most of them anonymous.

The journal carries the setting ``demo=1``: every report built from it says *Exempeldata*.
No record describes a real person; codes, staff initials and visits are invented.
"""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from vagledare.journal import audit
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    Assessment,
    AssessmentValue,
    Attendance,
    AttendanceStatus,
    Case,
    Closure,
    ClosureReason,
    Contact,
    ContactType,
    DutyHours,
    EnrolmentRoute,
    FollowUp,
    FollowUpStatus,
    Gender,
    GroupKind,
    GroupSession,
    Outcome,
    Participant,
    QuickCase,
    ReferralSource,
    Respondent,
    Role,
    Route,
    SessionActivity,
    utc_now,
)
from vagledare.journal.sites import SiteInfo
from vagledare.reports.periods import Period

DEMO_SEED = 2024
DEMO_PIN = "1234"  # every demo staff member's PIN, shown on the demo's lock screen
DEMO_FILE = "demo.sqlite"
MADE_ON_KEY = "demo_made_on"  # the day the demo year ends: a demo is made anew the next day

# (name, role, home site): invented initials, not real staff.
STAFF: tuple[tuple[str, Role, str | None], ...] = (
    ("Lena T", Role.TEAM_LEAD, None),
    ("Omar H", Role.COACH, "Årby"),
    ("Sara L", Role.COACH, "Årby"),
    ("Jonas P", Role.COACH, "Fröslunda"),
    ("Mira K", Role.COACH, "Fröslunda"),
    ("Nadia R", Role.TUTOR, "Årby"),
    ("Erik S", Role.TUTOR, "Fröslunda"),
)
LEAD = STAFF[0][0]
SITES = ("Årby", "Fröslunda")

# Expected snabbärenden per hour (hour → visits) for each weekday (0 = Monday).
HOURLY: dict[str, dict[int, dict[int, float]]] = {
    "Årby": {
        0: {9: 1.2, 10: 1.5, 11: 1.2, 13: 0.5, 14: 0.5, 15: 0.3},
        1: {9: 0.9, 10: 1.2, 11: 0.9, 13: 0.4, 14: 0.4, 15: 0.2},
        2: {9: 0.9, 10: 1.2, 11: 0.9, 13: 0.5, 14: 0.5, 15: 0.5, 16: 0.7, 17: 0.6},
        3: {9: 1.2, 10: 1.5, 11: 1.2, 13: 0.5, 14: 0.5, 15: 0.3},
        4: {9: 0.6, 10: 0.9, 11: 0.6, 13: 0.2},
    },
    "Fröslunda": {
        0: {10: 0.4, 13: 0.3},
        1: {9: 3.0, 10: 4.0, 11: 3.0, 12: 0.6},
        2: {10: 0.4, 14: 0.3},
        3: {9: 0.7, 10: 0.9, 11: 0.7, 13: 0.4, 14: 0.4},
    },
}
SEASON = {1: 1.0, 2: 1.1, 3: 1.1, 4: 1.0, 5: 1.0, 6: 0.8, 7: 0.3, 8: 0.9, 9: 1.2, 10: 1.1}
SEASON |= {11: 1.1, 12: 0.7}
CLOSED_DAYS = {(1, 1), (1, 6), (5, 1), (6, 6), (12, 24), (12, 25), (12, 26), (12, 31)}
CATEGORY_WEIGHTS = {
    "Ansökningshandlingar": 40,
    "Söka arbete": 20,
    "Söka studier": 10,
    "Myndighetskontakt": 11,
    "Övrigt": 19,
}
BAND_WEIGHTS = {"18-24": 9, "25-34": 30, "35-44": 32, "45-54": 16, "55-64": 13}
WOMEN_SHARE = {"Årby": 0.55, "Fröslunda": 0.6}

NEW_CASES_PER_MONTH = {
    ("Årby", Route.REFERRED): 4.0,
    ("Årby", Route.CITIZEN_SERVICE): 3.0,
    ("Fröslunda", Route.REFERRED): 3.0,
    ("Fröslunda", Route.CITIZEN_SERVICE): 3.5,
}
MEDIAN_CASE_DAYS = {Route.REFERRED: 130, Route.CITIZEN_SERVICE: 80}
R = ClosureReason
REASON_WEIGHTS = {
    R.OTHER_BENEFIT: 6,
    R.SUBSIDISED_JOB: 12,
    R.PERMANENT_JOB: 9,
    R.TEMPORARY_JOB: 12,
    R.NEW_START_JOB: 5,
    R.STUDIES: 12,
    R.FULL_TIME_AF: 8,
    R.FAMILY_CHANGE: 3,
    R.MOVED_AWAY: 5,
    R.DROPPED_OUT: 7,
    R.OWN_REQUEST: 5,
    R.REGISTERED_BY_MISTAKE: 1,
    R.MEASURE_ENDED: 6,
    R.NEED_GONE: 6,
    R.MEASURE_COMPLETED: 3,
}
SOURCE_WEIGHTS = {
    ReferralSource.DROP_IN: 35,
    ReferralSource.OPEN_PRESCHOOL: 12,
    ReferralSource.FAMILY_COUNSELLOR: 8,
    ReferralSource.YOUTH_LEISURE: 5,
    ReferralSource.LIBRARY: 8,
    ReferralSource.LANGUAGE_GROUP: 10,
    ReferralSource.WORD_OF_MOUTH: 15,
    ReferralSource.OTHER_ACTIVITY: 4,
    ReferralSource.OTHER: 3,
}
CONTACT_WEIGHTS = {
    ContactType.CONVERSATION: 30,
    ContactType.APPLICATION_DOCUMENTS: 20,
    ContactType.JOB_SEARCH: 20,
    ContactType.AUTHORITY_CONTACT: 10,
    ContactType.STUDY_GUIDANCE: 8,
    ContactType.EMPLOYER_MATCHING: 8,
    ContactType.OTHER: 4,
}
OUTCOME_WEIGHTS = {
    Outcome.EMPLOYMENT: 20,
    Outcome.STUDIES_SFI: 20,
    Outcome.STUDIES_BASIC_SWEDISH: 10,
    Outcome.STUDIES_OTHER: 8,
    Outcome.WORK_PLACEMENT: 10,
    Outcome.OTHER_PLANNING: 8,
    Outcome.MOVED: 7,
    Outcome.DROPPED_OUT: 12,
    Outcome.OTHER: 5,
}
ENROLMENT_ROUTE_WEIGHTS = {
    EnrolmentRoute.REFERRED: 30,
    EnrolmentRoute.CITIZEN_SERVICE: 30,
    EnrolmentRoute.OWN_INITIATIVE: 40,
}


@dataclass(frozen=True)
class DemoGroup:
    site: str
    name: str
    kind: GroupKind
    start: date  # the group's own start (it ran before the demo year)
    slots: tuple[tuple[int, time, time], ...]
    tutor: str
    roster: int  # participants enrolled when the demo year begins
    joins_per_month: float


GROUPS = (
    DemoGroup(
        "Årby",
        "Språkgrupp Årby",
        GroupKind.LANGUAGE_GROUP,
        date(2020, 9, 1),
        ((1, time(9, 30), time(11, 30)), (3, time(9, 30), time(11, 30))),
        "Nadia R",
        13,
        1.2,
    ),
    DemoGroup(
        "Årby",
        "Språkcafé Årby",
        GroupKind.LANGUAGE_CAFE,
        date(2021, 2, 1),
        ((2, time(13, 0), time(15, 0)),),
        "Nadia R",
        4,
        0.4,
    ),
    DemoGroup(
        "Fröslunda",
        "Språkgrupp Fröslunda",
        GroupKind.LANGUAGE_GROUP,
        date(2022, 11, 1),
        ((0, time(9, 30), time(11, 30)), (2, time(9, 30), time(11, 30))),
        "Erik S",
        10,
        1.0,
    ),
)


@dataclass(frozen=True)
class DemoSummary:
    """What the generator wrote (the tests and ``vagledare demo`` report it)."""

    start: date
    end: date
    quick_cases: int
    cases: int
    contacts: int
    closures: int
    enrolments: int
    sessions_taken: int
    marks: int
    readings: int
    activities: int = 0

    @property
    def period(self) -> Period:
        return Period(self.start, self.end)


def default_demo_path() -> Path:
    """``demo.sqlite`` in the user-data folder, beside (never instead of) the real journal."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("Vagledare", appauthor=False)) / DEMO_FILE


def demo_year(today: date) -> Period:
    """The demo's year: from the first of the same month a year ago to today."""
    return Period(date(today.year - 1, today.month, 1), today)


# -- drawing ------------------------------------------------------------------------------
def _pick(rng: random.Random, weights: dict) -> object:  # type: ignore[type-arg]
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _poisson(rng: random.Random, lam: float) -> int:
    """Knuth's method (λ is small here)."""
    if lam <= 0:
        return 0
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _gender(rng: random.Random, women: float) -> Gender:
    return Gender.WOMAN if rng.random() < women else Gender.MAN


def _open_day(day: date) -> bool:
    return day.weekday() < 5 and (day.month, day.day) not in CLOSED_DAYS


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


# -- the generator ------------------------------------------------------------------------
@dataclass
class _Demo:
    s: Session
    rng: random.Random
    now: datetime
    period: Period
    sites: dict[str, SiteInfo]
    staff: dict[str, uuid.UUID]
    codes: dict[str, int]
    # Visits and activities draw on their own generator, so the rest of the year stays as
    # it was before they were added.
    extra: random.Random = field(default_factory=lambda: random.Random(0))

    @property
    def today(self) -> date:
        return self.now.date()

    def coaches(self, site: str) -> list[str]:
        return [n for n, role, home in STAFF if role is Role.COACH and home == site]

    def code(self, site: str, year: int) -> str:
        from vagledare.journal.participants import site_prefix

        prefix = f"{site_prefix(site)}-{year}-"
        self.codes[prefix] = self.codes.get(prefix, 0) + 1
        return f"{prefix}{self.codes[prefix]:04d}"


# The steps of making the demo journal, in order, as ``progress(step, done, total)`` names them.
DEMO_STEPS = ("quick_cases", "cases", "readings", "groups")
DemoProgress = Callable[[str, int, int], None]


# The indicators the demo's team lead follows, with this year's targets (None: no target).
DEMO_INDICATORS = (
    ("snabbarenden", None),
    ("besok", None),
    ("tillfallen", None),
    ("avslut-egen-forsorjning", None),
    ("andel-egen-forsorjning", Decimal("0.4")),
    ("andel-uppfoljning-egen-forsorjning", Decimal("0.7")),  # the nämnd's goal (001:872)
    ("progression", Decimal("0.5")),
)


def _indicators(s: Session, lead: uuid.UUID, year: int) -> None:
    from vagledare.journal.indicators import add_indicator, set_target

    for key, target in DEMO_INDICATORS:
        info = add_indicator(s, key, author_id=lead)
        if target is not None:
            set_target(s, info.id, year, target, author_id=lead)


def _no_progress(_step: str, _done: int, _total: int) -> None:
    return None


def fill_demo(
    journal: object,
    now: datetime | None = None,
    seed: int = DEMO_SEED,
    progress: DemoProgress = _no_progress,
) -> DemoSummary:
    """Fill an empty journal with the demo year ending at ``now`` (default: this minute).
    ``progress(step, done, total)`` is called before each of ``DEMO_STEPS``."""
    from vagledare.journal.db import Journal
    from vagledare.journal.journal_settings import mark_demo, set_setting
    from vagledare.journal.sites import add_site, list_sites
    from vagledare.journal.staff import ensure_staff

    assert isinstance(journal, Journal)
    now = (now or datetime.now()).replace(second=0, microsecond=0)
    rng = random.Random(seed)
    period = demo_year(now.date())
    with journal.session() as s:
        if list_sites(s):
            raise ValidationError("Demojournalen fylls bara i en tom journal.")
        mark_demo(s)
        set_setting(s, MADE_ON_KEY, now.date().isoformat())
        staff = {name: ensure_staff(s, name, role).id for name, role, _ in STAFF}
    from vagledare.journal import access

    with journal.session() as s:
        for staff_id in staff.values():
            access.set_pin(s, staff_id, DEMO_PIN)
    lead = staff[LEAD]
    total = len(DEMO_STEPS)
    progress(DEMO_STEPS[0], 0, total)
    with journal.session(actor_id=lead) as s:
        sites = {name: add_site(s, name, lead) for name in SITES}
        demo = _Demo(s, rng, now, period, sites, staff, {}, random.Random(seed + 19))
        quick = _quick_cases(demo)
    progress(DEMO_STEPS[1], 1, total)
    with journal.session(actor_id=lead) as s:
        demo.s = s
        cases, contacts, closures, cased = _cases(demo)
    progress(DEMO_STEPS[2], 2, total)
    with journal.session(actor_id=lead) as s:
        demo.s = s
        # Its own random stream: the records above stay what they were before it was added.
        _duties_and_follow_ups(demo, random.Random(seed * 31 + 7))
    with journal.session(actor_id=lead) as s:
        demo.s = s
        _duty_hours(demo, random.Random(seed * 37 + 11))
    with journal.session(actor_id=lead) as s:
        demo.s = s
        readings = _readings(demo, cased)
    progress(DEMO_STEPS[3], 3, total)
    with journal.session(actor_id=lead) as s:
        demo.s = s
        enrolments, taken, marks = _groups(demo)
    with journal.session(actor_id=lead) as s:
        demo.s = s
        held = _activities(demo)
    with journal.session(actor_id=lead) as s:
        demo.s = s
        # Its own random stream, like the visits: nothing above changes with it.
        _survey(demo, cased, random.Random(seed * 41 + 13))
    with journal.session(actor_id=lead) as s:
        _indicators(s, lead, now.year)
    return DemoSummary(
        period.start,
        period.end,
        quick,
        cases,
        contacts,
        closures,
        enrolments,
        taken,
        marks,
        readings,
        held,
    )


def _quick_cases(d: _Demo) -> int:
    """Snabbärenden by weekday × hour, with the season and public holidays, up to now."""
    rows = []
    stamp = utc_now()
    for site_name, weekly in HOURLY.items():
        site = d.sites[site_name]
        cats = {c.name: c.id for c in site.categories}
        bands = {b.label: b.id for b in site.age_bands}
        authors = [d.staff[n] for n in d.coaches(site_name)]
        for day in _days(d.period.start, d.period.end):
            if not _open_day(day):
                continue
            for hour, lam in weekly.get(day.weekday(), {}).items():
                for _ in range(_poisson(d.rng, lam * SEASON[day.month])):
                    at = datetime.combine(day, time(hour, d.rng.randrange(60)))
                    category = _pick(d.rng, CATEGORY_WEIGHTS)
                    band = _pick(d.rng, BAND_WEIGHTS)
                    gender = _gender(d.rng, WOMEN_SHARE[site_name])
                    author = d.rng.choice(authors)
                    if at > d.now:
                        continue
                    rows.append(
                        {
                            "id": uuid.uuid4(),
                            "site_id": site.id,
                            "category_id": cats[str(category)],
                            "age_band_id": bands[str(band)],
                            "gender": gender,
                            "occurred_at": at,
                            "author_id": author,
                            "created_at": stamp,
                            "modified_at": stamp,
                        }
                    )
    _visits(d, rows)
    if rows:
        d.s.execute(insert(QuickCase), rows)
        audit.record(d.s, "create", "quick_case", None, count=len(rows), demo=True)
    return len(rows)


def _visits(d: _Demo, rows: list[dict[str, object]]) -> None:
    """Group the snabbärenden into visits: a visitor with a second (or third) question within
    a quarter of an hour; about four visitors in ten have been here before."""
    rng = d.extra
    last: dict[str, object] | None = None
    returning = False
    for row in sorted(rows, key=lambda r: (str(r["site_id"]), r["occurred_at"])):  # type: ignore[arg-type]
        same = (
            last is not None
            and last["site_id"] == row["site_id"]
            and last["gender"] == row["gender"]
            and row["occurred_at"] - last["occurred_at"] <= timedelta(minutes=15)  # type: ignore[operator]
            and rng.random() < 0.6
        )
        if same:
            assert last is not None
            row["visit_id"] = last["visit_id"]
        else:
            row["visit_id"] = uuid.uuid4()
            returning = rng.random() < 0.4
        row["return_visit"] = returning
        last = row


# (site, type, weekday, start, end, title, mean visitors, share of women, partners)
WEEKLY_ACTIVITIES: tuple[
    tuple[str, str, int, time, time, str, float, float, tuple[str, ...]], ...
] = (
    ("Årby", "Språkcafé", 1, time(13, 30), time(15), "Språkcafé", 5, 0.7, ("Biblioteket",)),
    (
        "Fröslunda",
        "Språkcafé",
        1,
        time(9, 30),
        time(11),
        "Språkcafé",
        10,
        0.75,
        ("Biblioteket", "Mötesplats Fröet"),
    ),
    ("Årby", "Läxhjälp", 2, time(14), time(17), "Läxhjälp", 2, 0.5, ()),
    ("Fröslunda", "Läxhjälp", 0, time(14), time(16), "Läxhjälp", 4, 0.6, ("Ung fritid",)),
    ("Fröslunda", "Läxhjälp", 3, time(14), time(16), "Läxhjälp", 4, 0.6, ("Ung fritid",)),
    ("Årby", "Kvällsöppet", 2, time(16), time(18), "Kvällsöppet", 14, 0.55, ()),
)
EMPLOYERS = ("Parken Zoo", "Eskilstuna Energi och Miljö", "Mälarsjukhuset", "ICA Maxi", "Postnord")
PARTNERS = ("Arbetsförmedlingen", "Medborgarskolan", "Studieförbundet", "Eskilstuna FC")


def _activities(d: _Demo) -> int:
    """A year of activities and events at both sites, up to today."""
    from vagledare.journal.activities import ActivityDraft, add_activity, ensure_partner, list_kinds

    rng = d.extra
    kinds = {k.name: k.id for k in list_kinds(d.s)}
    lead = d.staff[LEAD]
    for name in EMPLOYERS:
        ensure_partner(d.s, name, lead, employer=True)
    tutors = {home: d.staff[n] for n, role, home in STAFF if role is Role.TUTOR and home}
    held = 0

    def add(
        site: str,
        kind: str,
        day: date,
        title: str,
        visitors: int,
        women: float,
        partners: Sequence[str] = (),
        employers: int = 0,
        span: tuple[time, time] | None = None,
        staff: Sequence[uuid.UUID] = (),
    ) -> None:
        nonlocal held
        if day > d.today:
            return
        w = sum(rng.random() < women for _ in range(visitors))
        unstated = sum(rng.random() < 0.03 for _ in range(visitors - w))
        draft = ActivityDraft(
            d.sites[site].id,
            kinds[kind],
            day,
            title,
            w,
            visitors - w - unstated,
            unstated,
            employers,
            span[0] if span else None,
            span[1] if span else None,
            tuple(partners),
            tuple(staff),
        )
        add_activity(d.s, draft, lead)
        held += 1

    for day in _days(d.period.start, d.period.end):
        if not _open_day(day) or day.month == 7:
            continue
        for site, kind, weekday, start, end, title, mean, women, partners in WEEKLY_ACTIVITIES:
            if day.weekday() == weekday:
                who = [tutors[site]] if site in tutors else []
                add(
                    site,
                    kind,
                    day,
                    title,
                    _poisson(rng, mean),
                    women,
                    partners,
                    0,
                    (start, end),
                    who,
                )
        if day.day <= 7 and day.weekday() == 3:  # first Thursday: informationsträff
            for site in SITES:
                coach = d.staff[d.coaches(site)[0]]
                add(
                    site,
                    "Informationsträff",
                    day,
                    "Arbetsmarknadsinformation med Jobbcentrum",
                    _poisson(rng, 12),
                    0.6,
                    ("Arbetsförmedlingen",),
                    0,
                    (time(10), time(11)),
                    [coach],
                )
        if day.month in (2, 5, 9, 11) and 8 <= day.day <= 14 and day.weekday() == 2:
            employer = rng.choice(EMPLOYERS)
            for site in SITES:
                add(
                    site,
                    rng.choice(("Arbetsgivarträff", "Rekryteringsträff")),
                    day,
                    f"Träffa {employer}",
                    _poisson(rng, 20),
                    0.5,
                    (employer,),
                    1 + rng.randrange(3),
                )
        if day.month in (3, 10) and 15 <= day.day <= 21 and day.weekday() == 1:
            for site in SITES:
                add(
                    site,
                    "Studiebesök",
                    day,
                    "Studiebesök på Komvux",
                    _poisson(rng, 8),
                    0.7,
                    ("Medborgarskolan",),
                )
        if day.month in (4, 11) and day.day <= 7 and day.weekday() == 4:
            add(
                "Fröslunda",
                "Samverkan",
                day,
                "Mellis i tunneln",
                _poisson(rng, 40),
                0.6,
                ("Ung fritid", "Eskilstuna FC", "Studieförbundet"),
            )
    for year in range(d.period.start.year, d.period.end.year + 1):
        april = date(year, 4, 30)
        while april.weekday() != 3:
            april -= timedelta(days=1)
        if d.period.start <= april <= d.period.end:
            add(
                "Årby",
                "Näringslivsdag",
                april,
                "Näringslivsdag i Årby",
                560 + rng.randrange(60),
                0.55,
                (*EMPLOYERS, "Arbetsförmedlingen", "Young Revolution"),
                14,
                (time(10), time(15)),
                [d.staff[LEAD]],
            )
        for week in range(9):  # Sommartorg: nine summer weeks
            day = date(year, 6, 19) + timedelta(weeks=week)
            if d.period.start <= day <= d.period.end:
                add(
                    "Fröslunda",
                    "Samverkan",
                    day,
                    "Sommartorg",
                    _poisson(rng, 45),
                    0.55,
                    ("Ung fritid", "Biblioteket", "Mötesplats Fröet"),
                )
    return held


@dataclass(frozen=True)
class _CaseRun:
    """A generated case: enough to give it progression readings."""

    participant_id: uuid.UUID
    coach_id: uuid.UUID
    start: date
    end: date  # its closing, or today while open


def _case_starts(d: _Demo, site: str, route: Route) -> list[date]:
    """Start days: a backlog from the months before the year (open when it begins), then
    new cases through the year."""
    rate = NEW_CASES_PER_MONTH[(site, route)]
    first = d.period.start - timedelta(days=240)
    starts = []
    for day in _days(first, d.today):
        if _open_day(day) and d.rng.random() < rate * 12 / 250 * SEASON[day.month]:
            starts.append(day)
    return starts


def _case_length(d: _Demo, route: Route) -> int:
    # Log-normal around the route's median: most cases take months, a few a year or more.
    return max(7, int(MEDIAN_CASE_DAYS[route] * math.exp(d.rng.gauss(0, 0.6))))


def _cases(d: _Demo) -> tuple[int, int, int, list[_CaseRun]]:
    """Cases built as records in one go (each has its own new code, so none overlap)."""
    n_cases = n_contacts = n_closures = 0
    runs: list[_CaseRun] = []
    # No ORM relationships between these tables: insert them in foreign-key order.
    people: list[Participant] = []
    case_rows: list[Case] = []
    entries: list[Contact | Closure] = []
    for site_name in SITES:
        site = d.sites[site_name]
        coaches = [d.staff[n] for n in d.coaches(site_name)]
        for route in (Route.REFERRED, Route.CITIZEN_SERVICE):
            for start in _case_starts(d, site_name, route):
                end = start + timedelta(days=_case_length(d, route))
                if end < d.period.start:
                    continue  # closed before the demo year: not worth generating
                coach = d.rng.choice(coaches)
                source = _pick(d.rng, SOURCE_WEIGHTS) if route is Route.CITIZEN_SERVICE else None
                person = Participant(
                    id=uuid.uuid4(),
                    code=d.code(site_name, start.year),
                    gender=_gender(d.rng, 0.62),
                    age_band=str(_pick(d.rng, BAND_WEIGHTS)),
                    site_id=site.id,
                    author_id=coach,
                )
                case = Case(
                    id=uuid.uuid4(),
                    participant_id=person.id,
                    site_id=site.id,
                    coach_id=coach,
                    route=route,
                    referral_source=source,
                    age_band=person.age_band,
                    start_date=start,
                    author_id=coach,
                )
                people.append(person)
                case_rows.append(case)
                n_cases += 1
                day, last = start, min(end, d.today)
                kind: ContactType = ContactType.CONVERSATION
                while day <= last:
                    entries.append(_contact(case.id, day, kind, coach))
                    n_contacts += 1
                    day += timedelta(days=d.rng.randint(7, 21))
                    while not _open_day(day):
                        day += timedelta(days=1)
                    kind = _pick(d.rng, CONTACT_WEIGHTS)  # type: ignore[assignment]
                if end <= d.today:
                    reason = _pick(d.rng, REASON_WEIGHTS)
                    assert isinstance(reason, ClosureReason)
                    summer = reason is R.TEMPORARY_JOB and end.month in (6, 7, 8)
                    entries.append(
                        Closure(
                            id=uuid.uuid4(),
                            case_id=case.id,
                            closed_on=end,
                            reason=reason,
                            summer_job=summer and d.rng.random() < 0.5,
                            municipal_studies=reason is R.STUDIES and d.rng.random() < 0.4,
                            author_id=coach,
                        )
                    )
                    n_closures += 1
                    follow = end + timedelta(days=30)
                    if follow <= d.today and d.rng.random() < 0.4:
                        entries.append(_contact(case.id, follow, ContactType.FOLLOW_UP, coach))
                        n_contacts += 1
                runs.append(_CaseRun(person.id, coach, start, min(end, d.today)))
    for batch in (people, case_rows, entries):
        d.s.add_all(batch)
        d.s.flush()
    return n_cases, n_contacts, n_closures, runs


# Where people stood at the follow-up six months after avslut (roughly the nämnd's 70 % goal
# among those reached).
FOLLOW_UP_WEIGHTS = {
    FollowUpStatus.WORK: 0.36,
    FollowUpStatus.STUDIES: 0.14,
    FollowUpStatus.OTHER_SELF_SUPPORT: 0.08,
    FollowUpStatus.BACK_ON_ASSISTANCE: 0.2,
    FollowUpStatus.OTHER: 0.06,
    FollowUpStatus.NOT_REACHED: 0.16,
}


def _duties_and_follow_ups(d: _Demo, rng: random.Random) -> None:
    """Most referred cases carry a decision on aktivitetsplikt from their first weeks to their
    closing; most closings that count as a completed insats were followed up when due."""
    from sqlalchemy import select

    from vagledare.journal.followups import counted_reasons, due_date, follow_up_months

    months, reasons = follow_up_months(d.s), counted_reasons(d.s)
    found = d.s.execute(
        select(Case, Closure)
        .join(Participant, Participant.id == Case.participant_id)
        .outerjoin(Closure, Closure.case_id == Case.id)
        .order_by(Participant.code)
    ).all()
    for case, closure in found:
        end = closure.closed_on if closure else d.today
        if case.route is Route.REFERRED and rng.random() < 0.7:
            case.duty_from = min(case.start_date + timedelta(days=rng.randint(0, 14)), end)
            case.duty_to = closure.closed_on if closure else None
        if closure is None or closure.reason not in reasons:
            continue
        due = due_date(closure.closed_on, months)
        if due > d.today or rng.random() > 0.8:
            continue
        on = min(max(due + timedelta(days=rng.randint(-7, 21)), closure.closed_on), d.today)
        status = _pick(rng, FOLLOW_UP_WEIGHTS)
        assert isinstance(status, FollowUpStatus)
        d.s.add(
            FollowUp(
                id=uuid.uuid4(),
                closure_id=closure.id,
                followed_up_on=on,
                status=status,
                author_id=case.coach_id,
            )
        )
    d.s.flush()


# Activities outside the activity list that plans name (annan aktivitet).
OTHER_DUTY_ACTIVITIES = (
    "Praktik",
    "Arbetsträning",
    "SFI",
    "Jobbsökaraktivitet",
    "Friskvård",
    "Studiebesök på Komvux",
)


def _duty_hours(d: _Demo, rng: random.Random) -> None:
    """Every decision on aktivitetsplikt gets a plan of hours per week (mostly 30–40, some
    under), and most contacts during it the hours the person attended in the past week."""
    from sqlalchemy import select

    from vagledare.journal.activities import list_kinds

    kinds = [k.id for k in list_kinds(d.s)][:4]  # språkcafé, läxhjälp, studiebesök, info
    cases = d.s.scalars(
        select(Case).where(Case.duty_from.is_not(None)).order_by(Case.start_date, Case.id)
    ).all()
    planned: dict[uuid.UUID, int] = {}
    for case in cases:
        target = rng.choice((20, 25, 30, 30, 32, 35, 35, 36, 38, 40))
        parts = rng.randint(1, 3)
        hours = [target // parts] * parts
        hours[0] += target - sum(hours)
        for i, h in enumerate(hours):
            listed = rng.random() < 0.5
            d.s.add(
                DutyHours(
                    id=uuid.uuid4(),
                    case_id=case.id,
                    position=i,
                    kind_id=rng.choice(kinds) if listed else None,
                    other_activity=None if listed else rng.choice(OTHER_DUTY_ACTIVITIES),
                    hours=h,
                    author_id=case.coach_id,
                )
            )
        planned[case.id] = target
    by_case = {c.id: c for c in cases}
    contacts = d.s.scalars(
        select(Contact)
        .join(Case, Case.id == Contact.case_id)
        .where(Case.duty_from.is_not(None))
        .order_by(Contact.occurred_on, Contact.id)
    ).all()
    for contact in contacts:
        case = by_case[contact.case_id]
        assert case.duty_from is not None
        if contact.occurred_on < case.duty_from:
            continue
        if case.duty_to is not None and contact.occurred_on > case.duty_to:
            continue
        if rng.random() < 0.75:
            attended = planned[case.id] - rng.choice((0, 0, 0, 2, 4, 6, 8, 12))
            contact.attended_hours = max(0, min(attended, 80))
    d.s.flush()


def _contact(case_id: uuid.UUID, day: date, kind: ContactType, coach: uuid.UUID) -> Contact:
    return Contact(
        id=uuid.uuid4(), case_id=case_id, occurred_on=day, contact_type=kind, author_id=coach
    )


def _readings(d: _Demo, runs: Sequence[_CaseRun]) -> int:
    """The participant's and the coach's readings every four months while a case is open;
    values grow a little from reading to reading, with the odd step back."""
    from vagledare.journal.dates import add_months
    from vagledare.journal.factor_sets import current_factor_set

    fs = current_factor_set(d.s, d.staff[LEAD])
    factor_ids = {f.position: f.id for f in fs.factors}
    coach_only = {f.position for f in fs.factors if f.coach_only}
    n = 0
    for run in runs:
        if d.rng.random() < 0.2:
            continue  # not everyone is measured
        taken = run.start + timedelta(days=d.rng.randint(3, 14))
        level = {pos: d.rng.randint(2, 6) for pos in factor_ids}
        while taken <= run.end:
            own = {
                p: (None if d.rng.random() < 0.03 else v)
                for p, v in level.items()
                if p not in coach_only
            }
            view = {p: max(1, min(10, v + d.rng.choice((-1, 0, 0, 1)))) for p, v in level.items()}
            for respondent, values in ((Respondent.PARTICIPANT, own), (Respondent.COACH, view)):
                d.s.add(
                    Assessment(
                        id=uuid.uuid4(),
                        participant_id=run.participant_id,
                        factor_set_id=fs.id,
                        taken_on=taken,
                        respondent=respondent,
                        coach_id=run.coach_id,
                        author_id=run.coach_id,
                        values=[
                            AssessmentValue(
                                factor_id=factor_ids[p], value=v, author_id=run.coach_id
                            )
                            for p, v in values.items()
                        ],
                    )
                )
                n += 1
            for pos in level:
                level[pos] = max(1, min(10, level[pos] + d.rng.choice((-1, 0, 1, 1, 1, 2))))
            taken = add_months(taken, 4)
    d.s.flush()
    return n


def _survey(d: _Demo, runs: Sequence[_CaseRun], rng: random.Random) -> int:
    """Experience-survey responses: a quarter of the cases answer a few weeks in, tied to
    the code; anonymous responses at both sites through the year. Most people agree."""
    from sqlalchemy import select

    from vagledare.journal import survey
    from vagledare.journal.models import Participant

    keys = [x.key for x in survey.list_statements(d.s)]
    leaning = (1, 2, 3, 3, 4, 4, 4, 5, 5, 5, 5, None)

    def answers() -> dict[str, int | None]:
        return {k: rng.choice(leaning) for k in keys}

    n = 0
    responses: list[tuple[date, uuid.UUID, uuid.UUID | None]] = []
    homes = {pid: site for pid, site in d.s.execute(select(Participant.id, Participant.site_id))}
    for run in runs:
        day = run.start + timedelta(days=rng.randint(14, 60))
        if rng.random() < 0.25 and d.period.start <= day <= min(run.end, d.today):
            tied = rng.random() < 0.3
            responses.append((day, homes[run.participant_id], run.participant_id if tied else None))
    for site in d.sites.values():
        for _ in range(rng.randint(25, 40)):
            day = d.period.start + timedelta(
                days=rng.randint(0, (d.period.end - d.period.start).days)
            )
            if day <= d.today:
                responses.append((day, site.id, None))
    for day, site_id, pid in sorted(responses, key=lambda r: r[0]):
        survey.record_response(
            d.s, site_id, answers(), participant_id=pid, answered_on=day, today=day
        )
        n += 1
    return n


def _groups(d: _Demo) -> tuple[int, int, int]:
    """Groups through the domain; their roll calls as records, in one flush per group."""
    from sqlalchemy import select

    from vagledare.journal import enrolments, groups, meetings
    from vagledare.journal.groups import Slot

    lesson = next(iter(meetings.list_activity_types(d.s)), None)
    n_enrolments = n_taken = n_marks = 0
    for spec in GROUPS:
        site = d.sites[spec.site]
        tutor = d.staff[spec.tutor]
        g = groups.add_group(
            d.s,
            site.id,
            spec.name,
            spec.kind,
            spec.start,
            tutor,
            tutors=[spec.tutor],
            add_tutors=True,
            schedule=[Slot(*slot) for slot in spec.slots],
            schedule_from=d.period.start,
        )
        # Who is enrolled when: a roster at the year's start (some for years), then joiners.
        joins: list[date] = []
        for _ in range(spec.roster):
            back = int(d.rng.triangular(20, 800, 200))
            joins.append(max(spec.start, d.period.start - timedelta(days=back)))
        for day in _days(d.period.start, d.today):
            if day.weekday() == 0 and d.rng.random() < spec.joins_per_month * 12 / 52:
                joins.append(day)
        members: list[tuple[uuid.UUID, date, date | None, float]] = []
        for joined in sorted(joins):
            stay = None if d.rng.random() < 0.25 else int(d.rng.triangular(40, 500, 160))
            e = enrolments.enrol(
                d.s,
                g.id,
                d.code(spec.site, joined.year),
                _gender(d.rng, 0.7),
                str(_pick(d.rng, BAND_WEIGHTS)),
                _pick(d.rng, ENROLMENT_ROUTE_WEIGHTS),  # type: ignore[arg-type]
                joined,
                tutor,
            )
            n_enrolments += 1
            # The roster of the year's start stays into the year; joiners stay from joining.
            base = max(joined, d.period.start)
            left = base + timedelta(days=stay) if stay is not None else None
            if left is not None and left < d.today:
                enrolments.leave(d.s, e.id, left, _pick(d.rng, OUTCOME_WEIGHTS))  # type: ignore[arg-type]
            else:
                left = None
            members.append((e.id, joined, left, d.rng.uniform(0.55, 0.95)))
        meetings.sync_sessions(d.s, d.today, group_ids=[g.id])
        held = d.s.scalars(
            select(GroupSession)
            .where(GroupSession.group_id == g.id, GroupSession.held_on <= d.today)
            .order_by(GroupSession.held_on)
        ).all()
        past = [x for x in held if datetime.combine(x.held_on, x.ends_at or time.max) <= d.now]
        stamp = utc_now()
        for i, x in enumerate(past):
            day = x.held_on
            if day.month == 7 or (day.month, day.day) >= (12, 20) or day <= date(day.year, 1, 6):
                x.cancelled_at = stamp
                x.cancel_reason = "Sommaruppehåll" if day.month == 7 else "Jullov"
                continue
            if spec.name == "Språkgrupp Fröslunda" and i == len(past) - 1:
                continue  # the latest roll call is still to be taken: the page flags it
            for enrolment_id, joined, left, propensity in members:
                if joined <= day and (left is None or day <= left):
                    d.s.add(
                        Attendance(
                            session_id=x.id,
                            enrolment_id=enrolment_id,
                            status=_mark(d, propensity),
                            author_id=tutor,
                        )
                    )
                    n_marks += 1
            x.guests_women, x.guests_men = _guests(d, spec.kind)
            x.attendance_taken_at = stamp
            if lesson is not None:
                d.s.add(
                    SessionActivity(session_id=x.id, activity_type_id=lesson.id, author_id=tutor)
                )
            n_taken += 1
        d.s.flush()
    return n_enrolments, n_taken, n_marks


def _mark(d: _Demo, propensity: float) -> AttendanceStatus:
    if d.rng.random() < propensity:
        return AttendanceStatus.PRESENT
    return AttendanceStatus.EXCUSED if d.rng.random() < 0.4 else AttendanceStatus.ABSENT


def _guests(d: _Demo, kind: GroupKind) -> tuple[int, int]:
    """Walk-in guests (women, men): a språkcafé is mostly guests."""
    if kind is GroupKind.LANGUAGE_CAFE:
        return _poisson(d.rng, 4.0), _poisson(d.rng, 2.0)
    return _poisson(d.rng, 0.4), _poisson(d.rng, 0.2)


# -- the demo journal file ----------------------------------------------------------------
def create_demo_journal(
    path: Path | None = None,
    now: datetime | None = None,
    seed: int = DEMO_SEED,
    progress: DemoProgress = _no_progress,
) -> DemoSummary:
    """(Re)create the demo journal file with a fresh year ending now.

    An existing file is replaced only if it is a demo journal: a real journal is never
    touched, whatever path is given.
    """
    from vagledare.journal.db import open_journal
    from vagledare.journal.journal_settings import set_backup_dir

    path = Path(path or default_demo_path())
    if "://" in str(path):
        raise ValidationError("Demojournalen är alltid en fil, aldrig en databasserver.")
    if path.exists():
        if not is_demo_journal(path):  # read-only look: a real journal is not even opened
            raise ValidationError(
                f"{path} är en riktig journal, inte en demojournal; den skrivs aldrig över."
            )
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    journal = open_journal(path)
    try:
        with journal.session() as s:
            set_backup_dir(s, path.parent / f"{path.stem}-backups")
        return fill_demo(journal, now, seed, progress)
    finally:
        journal.close()


def _read_setting(path: Path, key: str) -> str | None:
    """One journal setting read straight from the file (without migrating or locking it)."""
    import sqlite3

    if not path.exists():
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def is_demo_journal(path: Path) -> bool:
    from vagledare.journal.journal_settings import DEMO_KEY

    return _read_setting(path, DEMO_KEY) == "1"


def demo_journal_is_current(path: Path | None = None, now: datetime | None = None) -> bool:
    """A demo journal made today is there (``ensure_demo_journal`` reuses it)."""
    path = Path(path or default_demo_path())
    today = (now or datetime.now()).date()
    return is_demo_journal(path) and _read_setting(path, MADE_ON_KEY) == str(today)


def ensure_demo_journal(
    path: Path | None = None,
    now: datetime | None = None,
    *,
    fresh: bool = False,
    progress: DemoProgress = _no_progress,
) -> tuple[Path, DemoSummary | None]:
    """The demo journal, made anew unless one made today already exists (then reused, with
    whatever the user tried in it). Returns its path and what was generated (None: reused)."""
    path = Path(path or default_demo_path())
    if not fresh and demo_journal_is_current(path, now):
        return path, None
    return path, create_demo_journal(path, now, progress=progress)

"""Build case journals that hold the seeds' closed cases (T2, T3, T4 of domain.md).

Every seed table gives counts per reason × site × gender; the builders spread them over
invented codes, dates and age bands. Reason tuples follow ``case_codes.REASONS``:
Annan ersättningsform, Extratjänst/Introduktionsjobb, Varaktigt arbete, Tillfälligt arbete,
Nystartsjobb, Studier | Heltidsinsats AF, Förändrad familjebild, Flyttat från kommunen, Avvikit,
Egen begäran, Felregistrerad, Insatsen avslutas, Behovet kvarstår ej, Insats fullgjord.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from vagledare.journal import cases, sites, staff
from vagledare.journal.case_codes import REASONS, parse_reason
from vagledare.journal.db import Journal
from vagledare.journal.models import Gender, Route

HEADER = "kod;mötesplats;väg;kön;åldersgrupp;start;avslut;orsak"
BANDS = ("18-24", "25-34", "35-44", "45-54", "55-64")
W, M = Gender.WOMAN, Gender.MAN

# Avslut, ärenden genom medborgarservice 2022 (seed 000:588-607): 164 closings.
MS_2022: dict[str, dict[Gender, tuple[int, ...]]] = {
    "Fröslunda": {
        W: (1, 2, 8, 6, 0, 7, 0, 0, 2, 0, 2, 0, 1, 1, 0),
        M: (1, 0, 4, 4, 0, 2, 1, 0, 1, 0, 0, 0, 0, 1, 0),
    },
    "Årby": {
        W: (1, 3, 7, 22, 0, 2, 0, 0, 36, 0, 0, 0, 0, 1, 0),
        M: (0, 0, 5, 16, 0, 0, 0, 0, 24, 0, 0, 0, 1, 2, 0),
    },
}

# Avslut, anvisningar ekonomiskt bistånd 2020-01 – 2022-12 (seed 000:521-546), per site. The
# seed splits gender only for Nord+Syd together (61 K / 45 M to egen försörjning, 108 K / 84 M
# in all); the invented per-site split: Årby 30 K + 23 M of 53 and 24 K + 20 M of the other 44;
# Fröslunda 31 K + 22 M of 53 and 23 K + 19 M of 42.
REFERRED_2020_2022 = {
    "Årby": ((18, 12, 12, 9, 0, 2, 6, 5, 4, 3, 3, 3, 3, 16, 1), (30, 24)),
    "Fröslunda": ((18, 16, 9, 7, 0, 3, 4, 5, 4, 4, 0, 0, 4, 19, 2), (31, 23)),
}

# Medborgarservice 2021: T4 counts 108 closings to egen försörjning in 2021-2022, T3 gives 91
# for 2022, so 2021 has 17 here (T3's 2021 column says 16: domain.md I-4). No gender in the seed.
MS_2021_SELF_SUFFICIENT = {"Årby": (0, 1, 2, 9, 1, 0), "Fröslunda": (0, 0, 1, 3, 0, 0)}


@dataclass(frozen=True)
class SeedCase:
    code: str
    site: str
    route: Route
    gender: Gender
    age_band: str
    start: date
    closed: date | None
    reason: str | None

    def csv_line(self) -> str:
        vag = "Medborgarservice" if self.route is Route.CITIZEN_SERVICE else "Anvisad"
        kon = "Kvinna" if self.gender is W else "Man"
        closed = self.closed.isoformat() if self.closed else ""
        return (
            f"{self.code};{self.site};{vag};{kon};{self.age_band};{self.start.isoformat()};"
            f"{closed};{self.reason or ''}"
        )


def _prefix(site: str, year: int, route: Route) -> str:
    letters = "ÅRB" if site == "Årby" else "FRÖ"
    return f"{letters}-{year}-{'M' if route is Route.CITIZEN_SERVICE else 'A'}"


def _spread(
    site: str, route: Route, year_from: int, days: int, genders_reasons: list[tuple[Gender, int]]
) -> list[SeedCase]:
    """One case per (gender, reason index), closed on days spread over ``days`` days."""
    out = []
    first = date(year_from, 1, 2)
    for i, (gender, r) in enumerate(genders_reasons):
        closed = first + timedelta(days=(i * 37) % days)
        start = closed - timedelta(days=14 + (i * 23) % 250)
        out.append(
            SeedCase(
                f"{_prefix(site, year_from, route)}{i + 1:04d}",
                site,
                route,
                gender,
                BANDS[i % 5],
                start,
                closed,
                REASONS[r].sv,
            )
        )
    return out


def ms_2022_cases() -> list[SeedCase]:
    out = []
    for site, by_gender in MS_2022.items():
        items = [
            (g, r)
            for g, counts in by_gender.items()
            for r, n in enumerate(counts)
            for _ in range(n)
        ]
        out += _spread(site, Route.CITIZEN_SERVICE, 2022, 362, items)
    return out


def referred_cases() -> list[SeedCase]:
    out = []
    for site, (counts, (women_own, women_other)) in REFERRED_2020_2022.items():
        items: list[tuple[Gender, int]] = []
        for block, women in ((range(6), women_own), (range(6, 15), women_other)):
            reasons = [r for r in block for _ in range(counts[r])]
            men = len(reasons) - women
            for i, r in enumerate(reasons):
                woman = women > 0 and (i % 2 == 0 or men == 0)
                items.append((W if woman else M, r))
                women, men = (women - 1, men) if woman else (women, men - 1)
        out += _spread(site, Route.REFERRED, 2020, 1090, items)
    return out


def ms_2021_cases() -> list[SeedCase]:
    out = []
    for site, counts in MS_2021_SELF_SUFFICIENT.items():
        items = [
            (W if i % 3 else M, r)
            for i, r in enumerate(r for r, n in enumerate(counts) for _ in range(n))
        ]
        out += _spread(site, Route.CITIZEN_SERVICE, 2021, 360, items)
    return out


def noise_cases() -> list[SeedCase]:
    """Cases the 2022 medborgarservice table must not count: open, closed in other years."""
    d = date
    return [
        SeedCase(
            "FRÖ-X-0001", "Fröslunda", Route.CITIZEN_SERVICE, W, "25-34", d(2022, 3, 1), None, None
        ),
        SeedCase(
            "FRÖ-X-0002",
            "Fröslunda",
            Route.CITIZEN_SERVICE,
            M,
            "35-44",
            d(2023, 1, 2),
            d(2023, 1, 20),
            "Studier",
        ),
        SeedCase(
            "ÅRB-X-0003",
            "Årby",
            Route.CITIZEN_SERVICE,
            W,
            "18-24",
            d(2021, 5, 1),
            d(2021, 12, 31),
            "Egen begäran",
        ),
        SeedCase(
            "ÅRB-X-0004", "Årby", Route.CITIZEN_SERVICE, M, "45-54", d(2022, 12, 31), None, None
        ),
        SeedCase(
            "ÅRB-X-0005",
            "Årby",
            Route.CITIZEN_SERVICE,
            M,
            "45-54",
            d(2023, 1, 1),
            d(2023, 1, 1),
            "Felregistrerad",
        ),
    ]


def cases_csv(rows: list[SeedCase]) -> str:
    return "\n".join([HEADER, *(r.csv_line() for r in rows)]) + "\n"


def add_seed_sites(journal: Journal) -> None:
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        for name in ("Årby", "Fröslunda"):
            if sites.find_site(s, name) is None:
                sites.add_site(s, name, me.id)


def build_directly(journal: Journal, rows: list[SeedCase]) -> None:
    """The same cases through the domain functions the window uses."""
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        for r in rows:
            site = sites.require_site(s, r.site)
            case_id = cases.open_case(
                s,
                site_id=site.id,
                route=r.route,
                start=r.start,
                gender=r.gender,
                age_band=r.age_band,
                author_id=me.id,
                code=r.code,
                coach_id=me.id,
            )
            if r.closed is not None:
                reason = parse_reason(r.reason or "")
                assert reason is not None
                cases.close_case(s, case_id, r.closed, reason, me.id)


def random_case(
    rng: random.Random,
    site_index: int,
    site: str,
    number: int,
    start: date,
    closed: date | None,
    reason_weights: Sequence[int] | None = None,
) -> SeedCase:
    """A made-up case at ``site`` with a random route, gender and (when closed) reason."""
    route = rng.choice(list(Route))
    letter = "M" if route is Route.CITIZEN_SERVICE else "A"
    reason = rng.choices(REASONS, weights=reason_weights)[0].sv if closed else None
    return SeedCase(
        f"P{site_index:02d}-{start.year}-{letter}{number:04d}",
        site,
        route,
        rng.choice((W, M)),
        "25-34",
        start,
        closed,
        reason,
    )

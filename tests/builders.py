"""Build journals that hold the seeds' records."""

from __future__ import annotations

from datetime import datetime, timedelta

from vagledare.journal import quick_cases
from vagledare.journal.db import Journal
from vagledare.journal.models import Gender
from vagledare.journal.sites import SiteInfo

# Drop in-korta ärenden, Fröslunda, 1 jan – 31 aug 2023 (seed 001:1686-1713).
FROSLUNDA_DROPIN_2023 = {
    Gender.WOMAN: {
        "Ansökningshandlingar": (0, 39, 52, 17, 9),
        "Söka arbete": (2, 16, 33, 11, 13),
        "Söka studier": (0, 18, 13, 2, 0),
        "Myndighetskontakt": (0, 5, 5, 8, 3),
        "Övrigt": (16, 9, 13, 7, 3),
    },
    Gender.MAN: {
        "Ansökningshandlingar": (0, 32, 43, 11, 18),
        "Söka arbete": (1, 6, 14, 4, 0),
        "Söka studier": (2, 17, 0, 0, 0),
        "Myndighetskontakt": (0, 23, 0, 1, 0),
        "Övrigt": (0, 3, 11, 0, 22),
    },
}


def froslunda_visits() -> list[tuple[datetime, str, str, Gender]]:
    """The 502 visits spread over the period's weekday mornings, 1 jan – 31 aug 2023."""
    visits = []
    bands = ("18-24", "25-34", "35-44", "45-54", "55-64")
    slot = 0
    start = datetime(2023, 1, 2, 9, 0)
    for gender, table in FROSLUNDA_DROPIN_2023.items():
        for category, counts in table.items():
            for band, n in zip(bands, counts, strict=True):
                for _ in range(n):
                    # 502 visits over 241 days: step ~11.5 hours keeps them inside the period
                    at = start + timedelta(minutes=691 * slot)
                    visits.append((at, category, band, gender))
                    slot += 1
    assert visits[-1][0] < datetime(2023, 9, 1)
    return visits


def log_froslunda(journal: Journal, site: SiteInfo, author_id) -> int:  # noqa: ANN001
    with journal.session() as s:
        for at, category, band, gender in froslunda_visits():
            cat = site.category(category)
            age = site.age_band(band)
            assert cat and age
            quick_cases.log_quick_cases(s, site.id, cat.id, age.id, gender, author_id, at=at)
    return 502


def froslunda_csv() -> str:
    lines = ["tidpunkt;mötesplats;kategori;åldersgrupp;kön"]
    for at, category, band, gender in froslunda_visits():
        kon = "Kvinna" if gender is Gender.WOMAN else "Man"
        lines.append(f"{at:%Y-%m-%d %H:%M};Fröslunda;{category};{band};{kon}")
    return "\n".join(lines) + "\n"


def write_protected_journal(path) -> bytes:  # noqa: ANN001
    """A journal with one team lead TL (PIN 2468) and the site Fröslunda, closed and made
    read-only by its owner (0400); returns its bytes, to show nothing ever writes it."""
    import os

    from vagledare.journal import access, sites, staff
    from vagledare.journal.db import open_journal
    from vagledare.journal.models import Role

    j = open_journal(path)
    with j.session() as s:
        me = staff.ensure_staff(s, "TL", Role.TEAM_LEAD)
        access.set_pin(s, me.id, "2468")
        sites.add_site(s, "Fröslunda", me.id)
    j.close()
    os.chmod(path, 0o400)
    return path.read_bytes()

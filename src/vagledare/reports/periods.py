"""Report periods: month, quarter, delår, helår and free ranges, inclusive of both dates."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from vagledare.journal.terms import Lang

# Delår boundaries as municipal reporting uses them (domain.md, Part A); settings may differ.
INTERIM_1_END = (4, 30)
INTERIM_2_END = (8, 31)


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("Periodens slut ligger före dess början.")

    @property
    def start_dt(self) -> datetime:
        return datetime.combine(self.start, time.min)

    @property
    def end_exclusive_dt(self) -> datetime:
        return datetime.combine(self.end + timedelta(days=1), time.min)

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end

    @property
    def is_whole_month(self) -> bool:
        return (
            self.start.day == 1
            and self.start.year == self.end.year
            and self.start.month == self.end.month
            and self.end.day == calendar.monthrange(self.end.year, self.end.month)[1]
        )

    def label(self, lang: Lang = "sv") -> str:
        """The period in words: ``augusti 2023`` or ``1 januari – 31 augusti 2023``."""
        return _label(self, lang)

    @property
    def slug(self) -> str:
        return f"{self.start.isoformat()}--{self.end.isoformat()}"


@lru_cache(maxsize=256)  # every report titles itself; babel's formatting is not free
def _label(period: Period, lang: Lang) -> str:
    from babel.dates import format_date

    loc = "sv_SE" if lang == "sv" else "en_GB"
    if period.is_whole_month:
        return format_date(period.start, "LLLL y", locale=loc)
    if period.start == period.end:
        return format_date(period.start, "d MMMM y", locale=loc)
    if period.start.year == period.end.year:
        return (
            f"{format_date(period.start, 'd MMMM', locale=loc)} – "
            f"{format_date(period.end, 'd MMMM y', locale=loc)}"
        )
    return (
        f"{format_date(period.start, 'd MMMM y', locale=loc)} – "
        f"{format_date(period.end, 'd MMMM y', locale=loc)}"
    )


def month(year: int, month_no: int) -> Period:
    last = calendar.monthrange(year, month_no)[1]
    return Period(date(year, month_no, 1), date(year, month_no, last))


def quarter(year: int, q: int) -> Period:
    first = 3 * (q - 1) + 1
    return Period(month(year, first).start, month(year, first + 2).end)


def interim(year: int, number: int) -> Period:
    """Delår 1 (1 jan–30 apr) or delår 2 (1 jan–31 aug)."""
    m, d = INTERIM_1_END if number == 1 else INTERIM_2_END
    return Period(date(year, 1, 1), date(year, m, d))


def full_year(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31))


_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


def parse_month(text: str) -> Period:
    m = _MONTH_RE.match(text.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValueError(f"Månaden {text!r} ska skrivas ÅÅÅÅ-MM, t.ex. 2023-08.")
    return month(int(m.group(1)), int(m.group(2)))


def parse_year(text: str) -> Period:
    """A whole calendar year written ``ÅÅÅÅ``."""
    word = text.strip()
    if not re.fullmatch(r"\d{4}", word):
        raise ValueError(f"Året {text!r} ska skrivas ÅÅÅÅ, t.ex. 2023.")
    return full_year(int(word))


def parse_date(text: str, what: str = "datum") -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"{what.capitalize()} {text!r} ska skrivas ÅÅÅÅ-MM-DD, t.ex. 2023-08-31."
        ) from None

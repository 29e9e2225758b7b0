"""Report periods: month, quarter, delår, helår and free ranges, inclusive of both dates."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from vagledare.journal.dates import add_months
from vagledare.journal.period_settings import DEFAULT_PERIODS, PeriodSettings
from vagledare.journal.terms import Lang


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


def _year_earlier(d: date, *, month_end: bool = False) -> date:
    """The same date one year earlier; 29 February becomes 28 February. With ``month_end``,
    a month's last day stays the last day of that month (28 February 2025 → 29 February
    2024), so that a whole month compares with the whole month."""
    last = calendar.monthrange(d.year - 1, d.month)[1]
    if month_end and d.day == calendar.monthrange(d.year, d.month)[1]:
        return date(d.year - 1, d.month, last)
    return date(d.year - 1, d.month, min(d.day, last))


def previous_year(period: Period, today: date) -> Period:
    """The same period one year earlier (``samma period föregående år``). A period that has
    not ended (it ends after ``today``) is compared up to the same day: the earlier period
    ends on ``today``'s date one year earlier, never before its own start."""
    start = _year_earlier(period.start)
    if period.end > today:
        return Period(start, max(start, _year_earlier(today)))
    return Period(start, _year_earlier(period.end, month_end=True))


def month(year: int, month_no: int) -> Period:
    last = calendar.monthrange(year, month_no)[1]
    return Period(date(year, month_no, 1), date(year, month_no, last))


def quarter(year: int, q: int, settings: PeriodSettings = DEFAULT_PERIODS) -> Period:
    """Kvartal ``q`` (1–4) of the reporting year that begins in ``settings.quarter_start``
    of ``year`` (by default the calendar quarters)."""
    start = add_months(date(year, settings.quarter_start, 1), 3 * (q - 1))
    return Period(start, add_months(start, 3) - timedelta(days=1))


def quarter_of(day: date, settings: PeriodSettings = DEFAULT_PERIODS) -> tuple[int, int]:
    """(year, kvartal) of the quarter ``day`` falls in, the year as ``quarter`` takes it."""
    months = day.year * 12 + day.month - settings.quarter_start
    year, offset = divmod(months, 12)
    return year, offset // 3 + 1


def interim(year: int, number: int, settings: PeriodSettings = DEFAULT_PERIODS) -> Period:
    """Delår 1 or 2: from 1 January to the delår's end (by default 30 April, 31 August)."""
    m, d = settings.interim_1_end if number == 1 else settings.interim_2_end
    return Period(date(year, 1, 1), date(year, m, d))


def full_year(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31))


_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


def parse_month(text: str) -> Period:
    m = _MONTH_RE.match(text.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValueError(f"Månaden {text!r} ska skrivas ÅÅÅÅ-MM, t.ex. 2023-08.")
    return month(int(m.group(1)), int(m.group(2)))


def parse_date(text: str, what: str = "datum") -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"{what.capitalize()} {text!r} ska skrivas ÅÅÅÅ-MM-DD, t.ex. 2023-08-31."
        ) from None

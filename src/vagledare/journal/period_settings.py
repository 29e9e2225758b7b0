"""Where the reporting year's delår end and where its quarters begin: journal settings a team
lead changes (*Inställningar för mötesplatser → Rapportperioder*, ``vagledare settings
periods``). Without them, delår 1 ends on 30 April and delår 2 on 31 August (domain.md, Part A)
and kvartal 1 begins in January, as before these were settings.

Delår always begin on 1 January; helår is the calendar year. With kvartal 1 beginning in month
M, kvartal N of year Y is the Nth three months counted from M of year Y (it may end in Y + 1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.journal_settings import get_setting, set_setting

MonthDay = tuple[int, int]  # (month, day)

INTERIM_1_KEY = "period.delar1_end"
INTERIM_2_KEY = "period.delar2_end"
QUARTER_START_KEY = "period.quarter_start"

_MONTH_DAY_RE = re.compile(r"^(\d{1,2})-(\d{1,2})$")


@dataclass(frozen=True)
class PeriodSettings:
    interim_1_end: MonthDay = (4, 30)
    interim_2_end: MonthDay = (8, 31)
    quarter_start: int = 1  # the month kvartal 1 begins in


DEFAULT_PERIODS = PeriodSettings()


def month_name(month: int) -> str:
    """``april`` (Swedish, as babel's CLDR data names it, like ``periods.Period.label``)."""
    from babel.dates import get_month_names

    return str(get_month_names("wide", "stand-alone", "sv_SE")[month])


def day_words(day: MonthDay) -> str:
    """``30 april``."""
    return f"{day[1]} {month_name(day[0])}"


def month_day_text(day: MonthDay) -> str:
    """``04-30``: how the setting is stored and typed."""
    return f"{day[0]:02d}-{day[1]:02d}"


def check_day(month: int, day: int, what: str) -> MonthDay:
    """(month, day) when it is a day every year has; else a refusal naming ``what``."""
    if (month, day) == (2, 29):
        raise ValidationError(
            f"{what} kan inte vara 29 februari: den dagen finns inte alla år. Välj 28 februari."
        )
    try:
        date(2023, month, day)  # a year that is no leap year
    except ValueError:
        raise ValidationError(
            f"{what} ({month:02d}-{day:02d}) är ingen dag på året; skriv MM-DD, t.ex. 04-30."
        ) from None
    return month, day


def parse_month_day(text: str, what: str) -> MonthDay:
    """``04-30`` → (4, 30); anything else is refused naming ``what``."""
    m = _MONTH_DAY_RE.match(text.strip())
    if not m:
        raise ValidationError(f"{what} {text!r} ska skrivas MM-DD, t.ex. 04-30.")
    return check_day(int(m.group(1)), int(m.group(2)), what)


def check_quarter_start(month: int, what: str = "Kvartal 1:s första månad") -> int:
    if not 1 <= month <= 12:
        raise ValidationError(f"{what} ska vara en månad 1–12 (inte {month}).")
    return month


def validate(settings: PeriodSettings) -> PeriodSettings:
    """The settings when they make sense, else a clear refusal (nothing stored)."""
    first = check_day(*settings.interim_1_end, "Delår 1:s slut")
    second = check_day(*settings.interim_2_end, "Delår 2:s slut")
    if first >= second:
        raise ValidationError(
            f"Delår 1 ska sluta före delår 2 (delår 1 slutar {day_words(first)}, "
            f"delår 2 {day_words(second)})."
        )
    check_quarter_start(settings.quarter_start)
    return settings


def _stored_day(s: Session, key: str, default: MonthDay, what: str) -> MonthDay:
    value = get_setting(s, key)
    if value is None:
        return default
    try:
        return parse_month_day(value, what)
    except ValidationError as exc:
        raise ValidationError(
            f"Journalens inställning för rapportperioder är fel: {exc} "
            "En teamledare rättar den under Inställningar för mötesplatser."
        ) from None


def period_settings(s: Session) -> PeriodSettings:
    """The journal's delår ends and quarter start (the defaults where nothing is set)."""
    first = _stored_day(s, INTERIM_1_KEY, DEFAULT_PERIODS.interim_1_end, "Delår 1:s slut")
    second = _stored_day(s, INTERIM_2_KEY, DEFAULT_PERIODS.interim_2_end, "Delår 2:s slut")
    value = get_setting(s, QUARTER_START_KEY)
    start = DEFAULT_PERIODS.quarter_start
    if value is not None:
        start = int(value) if value.isdigit() and 1 <= int(value) <= 12 else 0
        if not start:
            raise ValidationError(
                f"Journalens inställning för kvartal 1:s första månad ({value!r}) är fel. "
                "En teamledare rättar den under Inställningar för mötesplatser."
            )
    return PeriodSettings(first, second, start)


def set_period_settings(s: Session, settings: PeriodSettings) -> PeriodSettings:
    """Store all three at once, or refuse and store none. A default is stored as no setting."""
    validate(settings)
    d = DEFAULT_PERIODS
    for key, value, default in (
        (INTERIM_1_KEY, month_day_text(settings.interim_1_end), month_day_text(d.interim_1_end)),
        (INTERIM_2_KEY, month_day_text(settings.interim_2_end), month_day_text(d.interim_2_end)),
        (QUARTER_START_KEY, str(settings.quarter_start), str(d.quarter_start)),
    ):
        set_setting(s, key, None if value == default else value)
    return settings

"""The indicators over the years (*Indikatorer*): per chosen indicator its value per year with
Kvinnor, Män and Totalt, the asked year's target and whether it is met."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from vagledare.journal.indicators import IndicatorInfo
from vagledare.journal.terms import Lang
from vagledare.reports.measures import Measure, MeasureValue
from vagledare.reports.periods import Period
from vagledare.reports.table import ReportTable


@dataclass(frozen=True)
class IndicatorYear:
    year: int
    value: MeasureValue


@dataclass(frozen=True)
class IndicatorSeries:
    indicator: IndicatorInfo
    measure: Measure
    years: tuple[IndicatorYear, ...]  # ascending, the asked year last
    target: Decimal | None  # for the asked year
    met: bool | None  # judged on Totalt of the asked year; None without target or data


def indicator_series(
    s: Session, year: int, compare: int = 1, site_ids: Sequence[uuid.UUID] | None = None
) -> list[IndicatorSeries]:
    """Every chosen indicator over ``year`` and the ``compare`` years before it."""
    raise NotImplementedError


def indikatorer_report(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None,
    lang: Lang,
    *,
    year: int,
    compare: int = 1,
) -> ReportTable:
    raise NotImplementedError

"""The reports the window and the command line offer, by key."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from vagledare.reports.periods import Period
from vagledare.reports.table import ReportTable
from vagledare.terms import Lang

Builder = Callable[[Session, Period, Sequence[uuid.UUID] | None, Lang], ReportTable]


@dataclass(frozen=True)
class ReportSpec:
    key: str  # the CLI's name, e.g. ``dropin``; also the start of export file names
    title: tuple[str, str]  # (Swedish, English) for menus
    build: Builder


def _dropin(s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang) -> ReportTable:
    from vagledare.reports.dropin import dropin_report

    return dropin_report(s, period, site_ids, lang)


def _sprakgrupp(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang
) -> ReportTable:
    from vagledare.reports.sprakgrupp import sprakgrupp_report

    return sprakgrupp_report(s, period, site_ids, lang)


def _narvaro(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang
) -> ReportTable:
    from vagledare.reports.attendance_rate import attendance_report

    return attendance_report(s, period, site_ids, lang)


def _utfall(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang
) -> ReportTable:
    from vagledare.reports.outcomes import outcomes_report

    return outcomes_report(s, period, site_ids, lang)


def _langvariga(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang
) -> ReportTable:
    from vagledare.reports.long_stayers import long_stayers_report

    return long_stayers_report(s, period, site_ids, lang)


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec("dropin", ("Drop in-korta ärenden", "Drop-in short cases"), _dropin),
    ReportSpec("sprakgrupp", ("Språkgrupp", "Language group"), _sprakgrupp),
    ReportSpec("narvaro", ("Närvaro per deltagare", "Attendance per participant"), _narvaro),
    ReportSpec("utfall", ("Utfall för avslutade deltagare", "Outcomes of leavers"), _utfall),
    ReportSpec(
        "langvariga",
        ("Inskrivna länge utan utfall", "Enrolled long without an outcome"),
        _langvariga,
    ),
)


def report(key: str) -> ReportSpec:
    return next(r for r in REPORTS if r.key == key)

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


def _bip(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang
) -> ReportTable:
    from vagledare.reports.bip import bip_report

    return bip_report(s, period, site_ids, lang)


def _bip_rounds(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang
) -> ReportTable:
    from vagledare.reports.bip import bip_rounds_report

    return bip_rounds_report(s, period, site_ids, lang)


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec("dropin", ("Drop in-korta ärenden", "Drop-in short cases"), _dropin),
    ReportSpec("bip", ("Progression per faktor (BIP)", "Progress per factor (BIP)"), _bip),
    ReportSpec(
        "bip-rounds",
        ("Progression per mätning (BIP)", "Progress per reading (BIP)"),
        _bip_rounds,
    ),
)


def report(key: str) -> ReportSpec:
    return next(r for r in REPORTS if r.key == key)

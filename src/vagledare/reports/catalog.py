"""The reports the window and the command line offer, by key."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from vagledare.reports.periods import Period
from vagledare.reports.table import ReportTable
from vagledare.terms import Lang

if TYPE_CHECKING:
    from vagledare.reports.bip_data import Group

# build(session, period, site ids or None for all, lang, **option values)
Builder = Callable[..., ReportTable]


@dataclass(frozen=True)
class ReportOption:
    """A choice a report needs beyond period and sites; the builder gets it as ``key=value``.

    ``kind`` is ``route`` (both routes, Medborgarservice or Anvisad: None or a ``Route``) or
    ``decimal`` (a ``Decimal`` ≥ 0, e.g. full-time equivalents or kronor).
    """

    key: str
    label: tuple[str, str]  # (Swedish, English)
    kind: str
    default: Any = None
    decimals: int = 1
    maximum: float = 1_000.0
    suffix: str = ""


@dataclass(frozen=True)
class ReportSpec:
    key: str  # the CLI's name, e.g. ``dropin``; also the start of export file names
    title: tuple[str, str]  # (Swedish, English) for menus
    build: Builder
    options: tuple[ReportOption, ...] = ()
    # Team-wide figures (e.g. cost per FTE) that cannot be limited to one staff member's work.
    leads_only: bool = False


def _demo_aware(build: Builder) -> Builder:
    """Tables from the demo journal are marked as made-up data (title, note, PDF footer)."""

    @functools.wraps(build)
    def wrapped(
        s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
    ) -> ReportTable:
        from vagledare.reports.demo_marking import marked_if_demo

        return marked_if_demo(s, build(s, period, site_ids, lang, **options))

    return wrapped


@_demo_aware
def _dropin(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.dropin import dropin_report

    return dropin_report(s, period, site_ids, lang, staff_id=options.get("staff_id"))


def _own_tutor(s: Session, options: dict[str, Any]) -> str | None:
    """A tutor's own groups: the groups that name them as tutor."""
    from vagledare.journal.models import Staff

    staff_id = options.get("staff_id")
    staff = s.get(Staff, staff_id) if staff_id else None
    return staff.name if staff else None


@_demo_aware
def _sprakgrupp(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.sprakgrupp import sprakgrupp_report

    return sprakgrupp_report(s, period, site_ids, lang, tutor=_own_tutor(s, options))


@_demo_aware
def _narvaro(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.attendance_rate import attendance_report

    return attendance_report(s, period, site_ids, lang, tutor=_own_tutor(s, options))


@_demo_aware
def _utfall(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.outcomes import outcomes_report

    return outcomes_report(s, period, site_ids, lang, tutor=_own_tutor(s, options))


@_demo_aware
def _langvariga(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.long_stayers import long_stayers_report

    return long_stayers_report(s, period, site_ids, lang, tutor=_own_tutor(s, options))


def _coach_group(options: dict[str, Any]) -> Group | None:
    from vagledare.reports.bip_data import Group

    staff_id = options.get("staff_id")
    return Group(coach_id=staff_id) if staff_id else None


@_demo_aware
def _bip(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.bip import bip_report

    return bip_report(s, period, site_ids, lang, group=_coach_group(options))


@_demo_aware
def _bip_rounds(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.bip import bip_rounds_report

    return bip_rounds_report(s, period, site_ids, lang, group=_coach_group(options))


@_demo_aware
def _avslut(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.avslut import avslut_report

    return avslut_report(
        s, period, site_ids, lang, route=options.get("route"), staff_id=options.get("staff_id")
    )


@_demo_aware
def _flow(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.flow import flow_report

    return flow_report(
        s, period, site_ids, lang, route=options.get("route"), staff_id=options.get("staff_id")
    )


@_demo_aware
def _resources(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.journal.models import Route
    from vagledare.reports.resources import resources_report

    # Zero means "not entered": the ratios then show – instead of dividing by nothing.
    fte = {
        Route.REFERRED: options.get("fte_referred") or None,
        Route.CITIZEN_SERVICE: options.get("fte_citizen_service") or None,
    }
    return resources_report(
        s,
        period,
        site_ids,
        lang,
        route=options.get("route"),
        fte=fte,
        cost_per_fte=options.get("cost_per_fte") or None,
    )


ROUTE_OPTION = ReportOption("route", ("Väg in", "Route"), "route")
RESOURCE_OPTIONS = (
    ROUTE_OPTION,
    ReportOption(
        "fte_citizen_service",
        ("Årsarbetare, medborgarservice", "FTEs, citizen service"),
        "decimal",
        None,
        2,
        500.0,
    ),
    ReportOption(
        "fte_referred", ("Årsarbetare, anvisade", "FTEs, referred"), "decimal", None, 2, 500.0
    ),
    ReportOption(
        "cost_per_fte",
        ("Personalkostnad per årsarbetare och år", "Personnel cost per FTE and year"),
        "decimal",
        None,
        0,
        10_000_000.0,
        " kr",
    ),
)

REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec("dropin", ("Drop in-korta ärenden", "Drop-in short cases"), _dropin),
    ReportSpec("avslut", ("Avslut per orsak", "Closures by reason"), _avslut, (ROUTE_OPTION,)),
    ReportSpec("flow", ("Ärendeflöde", "Case flow"), _flow, (ROUTE_OPTION,)),
    ReportSpec(
        "resources",
        ("Resursindikatorer", "Resource indicators"),
        _resources,
        RESOURCE_OPTIONS,
        leads_only=True,
    ),
    ReportSpec("bip", ("Progression per faktor (BIP)", "Progress per factor (BIP)"), _bip),
    ReportSpec(
        "bip-rounds",
        ("Progression per mätning (BIP)", "Progress per reading (BIP)"),
        _bip_rounds,
    ),
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

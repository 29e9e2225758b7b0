"""The reports the window and the command line offer, by key."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from vagledare.journal.terms import Lang
from vagledare.reports.periods import Period
from vagledare.reports.table import ReportTable

# build(session, period, site ids or None for all, lang, **option values)
Builder = Callable[..., ReportTable]


@dataclass(frozen=True)
class ReportOption:
    """A choice a report takes beyond period and sites; the builder gets it as ``key=value``.
    The window shows the options marked ``window``; the command line offers every option with
    a ``flag`` (``vagledare report KEY --flag …``), so a new report needs no command-line code.

    ``kind``: ``route`` (both routes, medborgarservice or anvisad: None, a ``Route`` or its
    command-line word), ``decimal`` (a ``Decimal`` ≥ 0, e.g. full-time equivalents or kronor),
    ``int``, ``choice`` (one of ``choices``), ``text`` or ``bool`` (a flag without a value, a
    check box in the window; off by default).
    """

    key: str
    label: tuple[str, str]  # (Swedish, English)
    kind: str
    default: Any = None
    decimals: int = 1
    maximum: float = 1_000.0
    suffix: str = ""
    flag: str | None = None  # e.g. ``--fte-anvisad``
    help: str = ""
    choices: tuple[str, ...] = ()
    required: bool = False
    window: bool = False
    metavar: str | None = None


@dataclass(frozen=True)
class ReportSpec:
    key: str  # the CLI's name, e.g. ``dropin``; also the start of export file names
    title: tuple[str, str]  # (Swedish, English) for menus
    build: Builder
    options: tuple[ReportOption, ...] = ()
    # Team-wide figures (e.g. cost per FTE) that cannot be limited to one staff member's work.
    leads_only: bool = False
    # Exposes person-level data (one row per participant code): never published, refused with
    # protection, and its export is a privileged act in the audit log.
    privileged: bool = False
    help: str = ""  # the command line's one-line description

    @property
    def window_options(self) -> tuple[ReportOption, ...]:
        return tuple(o for o in self.options if o.window)


def _dropin(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.dropin import dropin_per_site, dropin_report

    build = dropin_per_site if options.get("per_site") else dropin_report
    return build(s, period, site_ids, lang, staff_id=options.get("staff_id"))


def _own_tutor(s: Session, options: dict[str, Any]) -> str | None:
    """A tutor's own groups: the groups that name them as tutor."""
    from vagledare.journal.models import Staff

    staff_id = options.get("staff_id")
    staff = s.get(Staff, staff_id) if staff_id else None
    return staff.name if staff else None


def _sprakgrupp(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.journal.models import GroupKind
    from vagledare.reports.sprakgrupp import sprakgrupp_report

    kind = _group_kind(options) or GroupKind.LANGUAGE_GROUP
    group = options.get("group")
    return sprakgrupp_report(
        s,
        period,
        site_ids,
        lang,
        group=group,
        kind=kind,
        tutor=_own_tutor(s, options),
    )


def _groups_chosen(s: Session, options: dict[str, Any]) -> dict[str, Any]:
    """Which groups a group report covers: by name, by kind, a tutor's own."""
    return {
        "group": options.get("group"),
        "kind": _group_kind(options),
        "tutor": _own_tutor(s, options),
    }


def _narvaro(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.narvaro import attendance_report

    threshold = options.get("threshold") or 75
    return attendance_report(
        s, period, site_ids, lang, **_groups_chosen(s, options), threshold=threshold
    )


def _utfall(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.utfall import outcomes_report

    return outcomes_report(s, period, site_ids, lang, **_groups_chosen(s, options))


def _langvariga(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.langvariga import long_stayers_report

    months = options.get("months") or 12
    return long_stayers_report(
        s, period, site_ids, lang, **_groups_chosen(s, options), months=months
    )


def _aktiviteter(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.aktiviteter import aktiviteter_report

    return aktiviteter_report(s, period, site_ids, lang)


def _samverkan(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.samverkan import samverkan_report

    return samverkan_report(s, period, site_ids, lang)


def _besok(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.besok import besok_report

    return besok_report(s, period, site_ids, lang, staff_id=options.get("staff_id"))


def _upplevelse(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.upplevelse import upplevelse_report

    return upplevelse_report(s, period, site_ids, lang, by_gender=bool(options.get("by_gender")))


GROUP_KINDS = {
    "språkgrupp": "language_group",
    "språkcafé": "language_cafe",
    "läxhjälp": "homework_help",
    "annan": "other",
}


def _group_kind(options: dict[str, Any]) -> Any:
    from vagledare.journal.models import GroupKind

    word = options.get("kind")
    return GroupKind(GROUP_KINDS[word]) if word else None


def _bip_choices(s: Session, options: dict[str, Any], rounds: bool) -> dict[str, Any]:
    """The BIP builders' arguments from the options: whose answers, which group, which
    factor-set version; a coach sees only the participants whose latest reading they took."""
    from datetime import date

    from vagledare.journal.assessments import RESPONDENT_WORDS
    from vagledare.journal.models import Gender
    from vagledare.journal.staff import find_staff
    from vagledare.reports.bip_data import Group
    from vagledare.reports.periods import parse_date

    genders = {"kvinna": Gender.WOMAN, "man": Gender.MAN, "ej-angivet": Gender.UNSTATED}
    coach_id = options.get("staff_id")
    if options.get("coach"):
        coach = find_staff(s, options["coach"])
        if coach is None:
            raise ValueError(f"Vägledaren {options['coach']!r} finns inte i journalen.")
        coach_id = coach.id
    first = None
    if options.get("first_from") or options.get("first_to"):
        if rounds:
            raise ValueError(
                "bip-rounds väljer redan deltagare efter första mätning: använd "
                "--month eller --from/--to."
            )
        start = (
            parse_date(options["first_from"], "--first-from") if options.get("first_from") else None
        )
        end = parse_date(options["first_to"], "--first-to") if options.get("first_to") else None
        first = Period(start or date(1900, 1, 1), end or date(2999, 12, 31))
    gender = genders[options["gender"]] if options.get("gender") else None
    return {
        "respondent": RESPONDENT_WORDS[options.get("answered_by") or "deltagare"],
        "group": Group(None, gender, coach_id, first),
        "version": options.get("factor_version"),
    }


def _bip(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.bip import bip_report

    return bip_report(s, period, site_ids, lang, **_bip_choices(s, options, rounds=False))


def _bip_rounds(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.bip import bip_rounds_report

    return bip_rounds_report(s, period, site_ids, lang, **_bip_choices(s, options, rounds=True))


def _avslut(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.avslut import avslut_report

    return avslut_report(
        s, period, site_ids, lang, route=options.get("route"), staff_id=options.get("staff_id")
    )


def _aktivitetsplikt(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.aktivitetsplikt import aktivitetsplikt_report

    return aktivitetsplikt_report(s, period, site_ids, lang, staff_id=options.get("staff_id"))


def _uppfoljning(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.uppfoljning import uppfoljning_report

    return uppfoljning_report(s, period, site_ids, lang, staff_id=options.get("staff_id"))


def _flow(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.flow import flow_report

    return flow_report(
        s, period, site_ids, lang, route=options.get("route"), staff_id=options.get("staff_id")
    )


def _resources(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.journal.models import Route
    from vagledare.reports.resources import resources_report

    # Typed figures hold for every year (0: not entered); without them the stored ones count.
    fte = {
        Route.REFERRED: options.get("fte_referred"),
        Route.CITIZEN_SERVICE: options.get("fte_citizen_service"),
    }
    return resources_report(
        s,
        period,
        site_ids,
        lang,
        route=options.get("route"),
        fte=fte,
        cost_per_fte=options.get("cost_per_fte"),
        require_fte=bool(options.get("require_fte")),
    )


def _indikatorer(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, lang: Lang, **options: Any
) -> ReportTable:
    from vagledare.reports.indicators import indikatorer_report

    # The window's number field gives a Decimal (None for 0: "not entered")
    compare = options.get("compare")
    return indikatorer_report(
        s,
        period,
        site_ids,
        lang,
        year=period.end.year,
        compare=1 if compare is None else int(compare),
    )


ROUTE_OPTION = ReportOption(
    "route",
    ("Väg in", "Route"),
    "route",
    flag="--route",
    choices=("medborgarservice", "anvisad"),
    help="en väg in",
    window=True,
)
RESOURCE_OPTIONS = (
    ROUTE_OPTION,
    ReportOption(
        "fte_citizen_service",
        ("Årsarbetare, medborgarservice", "FTEs, citizen service"),
        "decimal",
        None,
        2,
        500.0,
        flag="--fte-medborgarservice",
        help="årsarbetare för medborgarservice, t.ex. 2 (annars de sparade per år)",
        window=True,
        metavar="TAL",
    ),
    ReportOption(
        "fte_referred",
        ("Årsarbetare, anvisade", "FTEs, referred"),
        "decimal",
        None,
        2,
        500.0,
        flag="--fte-anvisad",
        help="årsarbetare för anvisade ärenden, t.ex. 3.5 (annars de sparade per år)",
        window=True,
        metavar="TAL",
    ),
    ReportOption(
        "cost_per_fte",
        ("Personalkostnad per årsarbetare och år", "Personnel cost per FTE and year"),
        "decimal",
        None,
        0,
        10_000_000.0,
        " kr",
        flag="--cost-per-fte",
        help="personalkostnad per årsarbetare och år, t.ex. 396000 (annars den sparade per år)",
        window=True,
        metavar="KR",
    ),
)
_RESPONDENTS = ("deltagare", "vägledare", "vagledare")
BIP_OPTIONS = (
    ReportOption(
        "answered_by",
        ("Besvarad av", "Answered by"),
        "choice",
        "deltagare",
        flag="--answered-by",
        choices=_RESPONDENTS,
        help="vems svar (faktor 7 alltid vägledarens); standard deltagare",
    ),
    ReportOption(
        "gender",
        ("Kön", "Gender"),
        "choice",
        flag="--gender",
        choices=("kvinna", "man", "ej-angivet"),
        help="bara ett kön",
    ),
    ReportOption(
        "coach",
        ("Vägledare", "Coach"),
        "text",
        flag="--coach",
        metavar="NAMN",
        help="deltagare vars senaste mätning gjordes av NAMN",
    ),
    ReportOption(
        "first_from",
        ("Första mätning från", "First reading from"),
        "text",
        flag="--first-from",
        metavar="YYYY-MM-DD",
        help="deltagare vars första mätning är detta datum eller senare",
    ),
    ReportOption(
        "first_to",
        ("Första mätning till", "First reading to"),
        "text",
        flag="--first-to",
        metavar="YYYY-MM-DD",
        help="deltagare vars första mätning är detta datum eller tidigare",
    ),
    ReportOption(
        "factor_version",
        ("Faktorversion", "Factor version"),
        "int",
        flag="--factor-version",
        metavar="N",
        help="faktoruppsättningens version (standard: den de flesta mätningarna har)",
    ),
)
_GROUP = ReportOption(
    "group",
    ("Grupp", "Group"),
    "text",
    flag="--group",
    metavar="NAMN",
    help="bara grupper med det namnet",
)


def _kind_option(help_text: str) -> ReportOption:
    return ReportOption(
        "kind",
        ("Grupptyp", "Kind of group"),
        "choice",
        flag="--kind",
        choices=tuple(GROUP_KINDS),
        help=help_text,
    )


_KIND = _kind_option("grupptyp (standard: alla typer)")

PER_SITE = ReportOption(
    "per_site",
    ("En tabell per mötesplats", "One table per meeting place"),
    "bool",
    False,
    flag="--per-site",
    help="en tabell per vald mötesplats (alla utan --site), sist alla valda tillsammans",
    window=True,
)

REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(
        "dropin",
        ("Drop in-korta ärenden", "Drop-in short cases"),
        _dropin,
        (PER_SITE,),
        help="Drop in-korta ärenden",
    ),
    ReportSpec(
        "besok",
        ("Besök vid disken", "Visits at the desk"),
        _besok,
        help="Besök: besökare, varav kvinnor, män och återkommande, och snabbärenden per besök",
    ),
    ReportSpec(
        "aktiviteter",
        ("Aktiviteter och evenemang", "Activities and events"),
        _aktiviteter,
        help="Aktiviteter och evenemang per typ: tillfällen, besökare per kön, arbetsgivare",
    ),
    ReportSpec(
        "samverkan",
        ("Samverkan", "Partnerships"),
        _samverkan,
        help="Samverkan: antal aktiviteter per partner",
    ),
    ReportSpec(
        "avslut",
        ("Avslut per orsak", "Closures by reason"),
        _avslut,
        (ROUTE_OPTION,),
        help="Avslut per orsak (perioden väljer avslutsdatum)",
    ),
    ReportSpec("flow", ("Ärendeflöde", "Case flow"), _flow, (ROUTE_OPTION,), help="Ärendeflöde"),
    ReportSpec(
        "resources",
        ("Resursindikatorer", "Resource indicators"),
        _resources,
        RESOURCE_OPTIONS,
        leads_only=True,
        help="Resursindikatorer",
    ),
    ReportSpec(
        "bip",
        ("Progression per faktor (BIP)", "Progress per factor (BIP)"),
        _bip,
        BIP_OPTIONS,
        help="progression per faktor: förändring från första till senaste mätning",
    ),
    ReportSpec(
        "bip-rounds",
        ("Progression per mätning (BIP)", "Progress per reading (BIP)"),
        _bip_rounds,
        BIP_OPTIONS,
        help="progression per mätning, för deltagare vars första mätning är i perioden",
    ),
    ReportSpec(
        "aktivitetsplikt",
        ("Avslut från aktivitetsplikt", "Closures from activity requirement"),
        _aktivitetsplikt,
        help="Avslut från aktivitetsplikt per orsak (perioden väljer avslutsdatum)",
    ),
    ReportSpec(
        "uppfoljning",
        ("Uppföljning efter avslut", "Follow-up after closing"),
        _uppfoljning,
        help="Uppföljning efter avslut: egen försörjning N månader efter en fullföljd insats",
    ),
    ReportSpec(
        "sprakgrupp",
        ("Språkgrupp", "Language group"),
        _sprakgrupp,
        (_GROUP, _kind_option("grupptyp (standard: språkgrupp)")),
        help="Språkgrupp: deltagare sedan start, tillfällen, närvaro och utfall",
    ),
    ReportSpec(
        "narvaro",
        ("Närvaro per deltagare", "Attendance per participant"),
        _narvaro,
        (
            _GROUP,
            _KIND,
            ReportOption(
                "threshold",
                ("Tröskel", "Threshold"),
                "int",
                75,
                flag="--threshold",
                metavar="PROCENT",
                help="markera närvaro under denna andel (standard 75)",
            ),
        ),
        privileged=True,
        help="Närvaro per deltagare, de under tröskeln markerade",
    ),
    ReportSpec(
        "utfall",
        ("Utfall för avslutade deltagare", "Outcomes of leavers"),
        _utfall,
        (_GROUP, _KIND),
        help="Utfall för avslutade deltagare, per kön",
    ),
    ReportSpec(
        "langvariga",
        ("Inskrivna länge utan utfall", "Enrolled long without an outcome"),
        _langvariga,
        (
            _GROUP,
            _KIND,
            ReportOption(
                "months",
                ("Månader", "Months"),
                "int",
                12,
                flag="--months",
                metavar="N",
                help="inskrivna längre än så här många månader (standard 12)",
            ),
        ),
        privileged=True,
        help="Inskrivna längre än N månader utan utfall (läget periodens sista dag)",
    ),
    ReportSpec(
        "upplevelse",
        ("Upplevelseenkät", "Experience survey"),
        _upplevelse,
        (
            ReportOption(
                "by_gender",
                ("Per kön (svar kopplade till en kod)", "By gender (answers tied to a code)"),
                "bool",
                False,
                flag="--by-gender",
                help="lägg till Kvinnor och Män, räknat på svar kopplade till en deltagarkod",
                window=True,
            ),
        ),
        help="Upplevelseenkät: svar, instämmer och andel instämmer per påstående",
    ),
    ReportSpec(
        "indikatorer",
        ("Indikatorer", "Indicators"),
        _indikatorer,
        (
            ReportOption(
                "compare",
                ("Jämförelseår", "Years to compare"),
                "int",
                1,
                decimals=0,
                maximum=20.0,
                flag="--compare",
                metavar="N",
                help="antal tidigare år att jämföra med (standard 1)",
                window=True,
            ),
        ),
        leads_only=True,
        help="Indikatorer per år med kön, mål och om målet är uppfyllt (--year ÅÅÅÅ)",
    ),
)


def report(key: str) -> ReportSpec:
    """The report ``key``; an unknown key is refused with the list of the known ones."""
    from vagledare.journal.errors import ValidationError

    for r in REPORTS:
        if r.key == key:
            return r
    known = ", ".join(r.key for r in REPORTS)
    raise ValidationError(f"Okänd rapport {key!r}. Välj en av: {known}.")

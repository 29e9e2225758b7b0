"""The indicators over the years (*Indikatorer*): per chosen indicator its value per year with
Kvinnor, Män and Totalt, the asked year's target and whether it is met.

CSV header ``Indikator;Typ;<år> Kvinnor;<år> Män;<år> Totalt;…;Mål <år>;Uppfyllt``, the years
ascending and the asked year last. Kvinnor and Män are empty where a gender split means nothing
(FTE, cost, sessions held); a year without data shows ``–``. ``Uppfyllt`` is judged on the asked
year's Totalt as shown (a share in whole percent, an average with one decimal, money in whole
kronor) against the target and the indicator's direction: ``ja``, ``nej``, ``–`` without a
target or a value, and ``..`` when protection hides the value it rests on.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.indicators import IndicatorInfo, list_indicators
from vagledare.journal.terms import Lang, term
from vagledare.reports.fmt import format_percent, round_half_up
from vagledare.reports.measures import (
    AGGREGATES,
    MEASURES,
    Measure,
    MeasureValue,
    measure,
    measure_value,
)
from vagledare.reports.periods import Period, full_year
from vagledare.reports.table import (
    Cell,
    Derived,
    Mean,
    Money,
    ReportTable,
    Row,
    Section,
    Share,
    Sum,
    Value,
)

MAX_COMPARE = 20

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Indikatorer", "Indicators"),
    "indicator": ("Indikator", "Indicator"),
    "kind": ("Typ", "Type"),
    "target": ("Mål", "Target"),
    "met": ("Uppfyllt", "Met"),
    "yes": ("ja", "yes"),
    "no": ("nej", "no"),
    "Resurs": ("Resurs", "Resource"),
    "Aktivitet": ("Aktivitet", "Activity"),
    "Resultat": ("Resultat", "Result"),
    "judged": (
        "Uppfyllt bedöms på Totalt {year} som det visas (andelar i hela procent, medelvärden "
        "med en decimal) mot målet och riktningen: högre eller lägre är bättre.",
        "Met is judged on Total {year} as shown (shares in whole percent, averages with one "
        "decimal) against the target and the direction: higher or lower is better.",
    ),
    "aggregates": (
        "Från inflyttade sammanställningar (år utan radhistorik, vagledare import "
        "aggregates): {which}.",
        "From aggregates moved in (years without row-level history, vagledare import "
        "aggregates): {which}.",
    ),
    "none": (
        "Inga indikatorer är valda: en teamledare väljer dem med vagledare indicators add "
        "MÅTT (vagledare indicators catalogue listar måtten).",
        "No indicators are chosen: a team lead chooses them with vagledare indicators add "
        "MEASURE (vagledare indicators catalogue lists the measures).",
    ),
    "whole_years": (
        "Indikatorerna följs per kalenderår: tabellen visar hela åren, inte bara {period}.",
        "Indicators are followed per calendar year: the table shows whole years, not only "
        "{period}.",
    ),
}


def _w(key: str, lang: Lang) -> str:
    return WORDS[key][0 if lang == "sv" else 1]


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


def shown(m: Measure, value: Decimal) -> Decimal:
    """``value`` as the table shows it: a share in whole percent (as a proportion again),
    money in whole kronor, FTE with two decimals, an average with one; a count as it is."""
    if m.unit == "share":
        return round_half_up(value * 100) / 100
    places = {"money": 0, "fte": 2, "decimal": 1}.get(m.unit)
    return value if places is None else round_half_up(value, places)


def judge(m: Measure, direction: str, total: Decimal | None, target: Decimal | None) -> bool | None:
    """Whether ``total`` (as shown) meets ``target`` in ``direction``; None without either."""
    if total is None or target is None:
        return None
    value = shown(m, total)
    return value >= target if direction == "higher" else value <= target


def check_compare(compare: int) -> int:
    if not 0 <= compare <= MAX_COMPARE:
        raise ValidationError(
            f"Antal jämförelseår ska vara 0–{MAX_COMPARE} (--compare), inte {compare}."
        )
    return compare


def indicator_series(
    s: Session, year: int, compare: int = 1, site_ids: Sequence[uuid.UUID] | None = None
) -> list[IndicatorSeries]:
    """Every chosen indicator over ``year`` and the ``compare`` calendar years before it (a
    measure this version does not know, chosen on a newer desk, is left out)."""
    check_compare(compare)
    known = {m.key for m in MEASURES}
    years = range(year - compare, year + 1)
    out = []
    for info in list_indicators(s):
        if info.measure not in known:
            continue
        m = measure(info.measure)
        values = tuple(
            IndicatorYear(y, measure_value(s, m.key, full_year(y), site_ids)) for y in years
        )
        target = info.targets.get(year)
        met = judge(m, info.direction, values[-1].value.total, target)
        out.append(IndicatorSeries(info, m, values, target, met))
    return out


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return min(2, max(0, -exponent)) if isinstance(exponent, int) else 2


def _figure(m: Measure, value: Decimal | None, counts: tuple[int, ...] | None) -> Value:
    """One cell of a value (None: no data, shown ``–``)."""
    if value is None:
        return None
    if m.unit == "count":
        return int(value)
    if m.unit == "share" and counts is not None and len(counts) == 2:
        return Share(counts[0], counts[1])
    if m.unit == "money":
        return Money(value)
    if m.unit == "fte":
        return Mean(value, places=_places(value))
    return Mean(value, places=1, signed=True)


def _target_text(m: Measure, target: Decimal | None, lang: Lang) -> Value:
    if target is None:
        return ""
    if m.unit == "share":
        return format_percent(int(round_half_up(target * 100)), lang)
    if m.unit == "count" and target == target.to_integral_value():
        return int(target)  # a target, not a count of people: never protected
    if m.unit == "money":
        return Money(target)
    return Mean(target, places=_places(target))


def _rests_on(m: Measure, col: int, row_of: dict[str, int]) -> tuple[Cell, ...]:
    """The table's own count cells a figure rests on: the share of avslut till egen
    försörjning on both avslut rows, the cost per avslut on the avslut till egen försörjning
    (each in the same column), when those indicators are shown too."""
    keys: tuple[str, ...]
    if m.key == "andel-egen-forsorjning":
        keys = ("avslut-egen-forsorjning", "avslut")
    elif m.key == "kostnad-per-avslut":
        keys = ("avslut-egen-forsorjning",)
    else:
        return ()
    return tuple((row_of[k], col) for k in keys if k in row_of)


def _counts_at(value: MeasureValue, index: int) -> tuple[int, ...] | None:
    return value.counts[index] if len(value.counts) > index else None


def indikatorer_report(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None,
    lang: Lang,
    *,
    year: int,
    compare: int = 1,
) -> ReportTable:
    """The chosen indicators over ``year`` and ``compare`` years before it (whole calendar
    years, whatever part of the year ``period`` is)."""
    from vagledare.journal.sites import list_sites
    from vagledare.reports.common import resolve_sites, sites_label

    series = indicator_series(s, year, compare, site_ids)
    years = list(range(year - compare, year + 1))
    genders = (term("women", lang), term("men", lang), term("total", lang))
    # Typ first (so that every rendering shows it beside the indicator's name), then
    # Kvinnor, Män and Totalt per year, the target and the judgement.
    columns = [_w("kind", lang), *(f"{y} {g}" for y in years for g in genders)]
    target_col, met_col = len(columns), len(columns) + 1
    columns += [f"{_w('target', lang)} {year}", _w("met", lang)]

    def col(k: int, g: int) -> int:
        return 1 + 3 * k + g

    rows: list[Row] = []
    sums: list[Sum] = []
    derived: list[Derived] = []
    row_of = {x.measure.key: r for r, x in enumerate(series)}
    last = col(len(years) - 1, 2)  # the asked year's Totalt
    for r, x in enumerate(series):
        m = x.measure
        values: list[Value] = [_w(m.kind, lang)]
        for k, point in enumerate(x.years):
            v = point.value
            for g, value in enumerate((v.women, v.men, v.total)):
                if not m.gender_split and g < 2:
                    values.append("")
                    continue
                values.append(_figure(m, value, _counts_at(v, g)))
                if m.unit != "count" and value is not None:
                    rests = _rests_on(m, col(k, g), row_of)
                    counts = _counts_at(v, g) or ()
                    if rests or counts:
                        derived.append(Derived((r, col(k, g)), rests, counts=counts))
            if m.unit == "count" and m.gender_split and v.total is not None:
                parts = [(r, col(k, g)) for g, n in ((0, v.women), (1, v.men)) if n is not None]
                whole = v.women is not None and v.men is not None and v.women + v.men == v.total
                if parts:
                    sums.append(Sum((r, col(k, 2)), tuple(parts), "=" if whole else "≥"))
        values.append(_target_text(m, x.target, lang))
        if x.met is None:
            values.append("–")
        else:
            values.append(_w("yes" if x.met else "no", lang))
            if m.unit == "count":
                derived.append(Derived((r, met_col), ((r, last),)))
            else:  # as hidden as the figure it judges
                rests = _rests_on(m, last, row_of)
                counts = _counts_at(x.years[-1].value, 2) or ()
                derived.append(Derived((r, met_col), rests, counts=counts))
        label = m.label[0 if lang == "sv" else 1]
        rows.append(Row(label, tuple(values), people=m.unit == "count" and m.gender_split))

    # What a reader knows beyond each row: avslut till egen försörjning are some of all avslut,
    # and every visit brought at least one snabbärende.
    for part, whole_key in (("avslut-egen-forsorjning", "avslut"), ("besok", "snabbarenden")):
        if part in row_of and whole_key in row_of:
            for c in range(1, target_col):
                sums.append(Sum((row_of[whole_key], c), ((row_of[part], c),), "≥"))

    notes = [_w("judged", lang).format(year=year)]
    moved_in = _moved_in(series, lang)
    if moved_in:
        notes.append(_w("aggregates", lang).format(which=moved_in))
    if period != full_year(year):
        notes.append(_w("whole_years", lang).format(period=period.label(lang)))
    if not series:
        notes.append(_w("none", lang))
    if list_sites(s):
        sites = resolve_sites(s, site_ids)
        where = sites_label(sites, not site_ids, lang)
    else:
        where = term("all_sites", lang)
    return ReportTable(
        title=f"{_w('title', lang)}, {where}",
        subtitle=f"{years[0]}–{year}" if compare else str(year),
        label_header=_w("indicator", lang),
        columns=tuple(columns),
        sections=(Section(tuple(rows)),),
        lang=lang,
        notes=tuple(notes),
        sums=_between_counts(sums, rows),
        derived=tuple(derived),
        people_columns=tuple(range(1, target_col)),
    )


def _between_counts(sums: list[Sum], rows: list[Row]) -> tuple[Sum, ...]:
    """The relations between cells that hold counts (a year without data holds none)."""

    def count(at: Cell) -> bool:
        return isinstance(rows[at[0]].values[at[1]], int)

    return tuple(x for x in sums if count(x.total) and all(count(p) for p in x.parts))


def _moved_in(series: Sequence[IndicatorSeries], lang: Lang) -> str:
    """``Snabbärenden 2021, 2022; Avslut totalt 2022``: the values that come from aggregates."""
    parts = []
    for x in series:
        years = [str(p.year) for p in x.years if p.value.source == AGGREGATES]
        if years:
            parts.append(f"{x.measure.label[0 if lang == 'sv' else 1]} {', '.join(years)}")
    return "; ".join(parts)

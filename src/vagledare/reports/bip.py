"""Progression reports on the seven factors.

``bip_report`` – the average change per factor from first to latest reading and how many
moved up, stayed or moved down (CSV header
``Faktor;Deltagare;Medel första;Medel senaste;Förändring;Upp;Oförändrad;Ned``).

``bip_rounds_report`` – the mean per factor for each reading round (how Eskilstuna reports
its measurements), for the participants whose first reading falls in the period.

Both use one factor-set version and say which; readings taken with another version are
counted in a note, never mixed in. Figures resting on fewer than five people are marked.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy.orm import Session

from vagledare.journal.factor_sets import FactorSetInfo
from vagledare.journal.models import Respondent, Staff
from vagledare.journal.terms import Lang, term
from vagledare.reports.bip_data import (
    SMALL_GROUP,
    Group,
    ReadingRow,
    choose_version,
    load_readings,
    respondent_for,
    rounds,
    series,
)
from vagledare.reports.common import resolve_sites, sites_label
from vagledare.reports.periods import Period
from vagledare.reports.table import Derived, Mean, ReportTable, Row, Section, Sum, Value

MAX_ROUNDS = 6


@dataclass(frozen=True)
class Change:
    """First-to-latest figures of one factor (exact; rounding happens when shown)."""

    participants: int
    first_sum: int
    latest_sum: int
    up: int
    same: int
    down: int

    def mean(self, total: int) -> Decimal | None:
        return Decimal(total) / self.participants if self.participants else None

    @property
    def mean_first(self) -> Decimal | None:
        return self.mean(self.first_sum)

    @property
    def mean_latest(self) -> Decimal | None:
        return self.mean(self.latest_sum)

    @property
    def mean_change(self) -> Decimal | None:
        return self.mean(self.latest_sum - self.first_sum)


def change_of(values: dict[uuid.UUID, list[int]]) -> Change:
    pairs = [(v[0], v[-1]) for v in values.values() if len(v) >= 2]
    return Change(
        participants=len(pairs),
        first_sum=sum(a for a, _ in pairs),
        latest_sum=sum(b for _, b in pairs),
        up=sum(1 for a, b in pairs if b > a),
        same=sum(1 for a, b in pairs if b == a),
        down=sum(1 for a, b in pairs if b < a),
    )


def factor_names(fs: FactorSetInfo, lang: Lang) -> list[str]:
    """The factors' names in the report's language (Swedish when there is no translation)."""
    from vagledare.journal.factor_texts import translated_factors

    texts = translated_factors(fs.key, lang, fs.texts) or fs.texts
    return [t.name for t in texts]


def _small(n: int) -> bool:
    return 0 < n < SMALL_GROUP


def _group(group: Group | None, site_ids: Sequence[uuid.UUID] | None) -> Group:
    group = group or Group()
    return replace(group, site_ids=site_ids) if site_ids else group


def _notes(
    s: Session,
    fs: FactorSetInfo,
    respondent: Respondent,
    group: Group,
    others: dict[int, int],
    rule: str,
    any_small: bool,
    lang: Lang,
) -> tuple[str, ...]:
    who = term(f"respondent_{respondent.value}", lang)
    names = factor_names(fs, lang)
    coach_only = ", ".join(n for f, n in zip(fs.factors, names, strict=True) if f.coach_only)
    notes = (
        [term("bip_answered_by", lang).format(who=who, coach_only=coach_only)] if coach_only else []
    )
    notes.append(term("bip_factor_set", lang).format(label=fs.label))
    what = []
    if group.gender is not None:
        what.append(term(group.gender.plural_term_key, lang).lower())
    if group.coach_id is not None:
        coach = s.get(Staff, group.coach_id)
        what.append(term("bip_group_coach", lang).format(name=coach.name if coach else "?"))
    if group.first_reading is not None:
        what.append(term("bip_group_first", lang).format(period=group.first_reading.label(lang)))
    if what:
        notes.append(term("bip_group", lang).format(what=", ".join(what)))
    notes.append(term(rule, lang))
    for version, n in sorted(others.items()):
        notes.append(term("bip_other_versions", lang).format(n=n, version=version))
    if any_small:
        notes.append(term("bip_small", lang).format(n=SMALL_GROUP))
    return tuple(notes)


def _in_period(readings: Sequence[ReadingRow], period: Period) -> list[ReadingRow]:
    return [r for r in readings if period.contains(r.taken_on)]


def bip_report(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None = None,
    lang: Lang = "sv",
    *,
    respondent: Respondent = Respondent.PARTICIPANT,
    group: Group | None = None,
    version: int | None = None,
) -> ReportTable:
    """Average change per factor over the readings dated in the period."""
    sites = resolve_sites(s, site_ids)
    chosen = _group(group, [x.id for x in sites])
    readings = _in_period(load_readings(s, chosen), period)
    fs, others = choose_version(s, readings, version)
    rows = []
    for f, name in zip(fs.factors, factor_names(fs, lang), strict=True):
        c = change_of(series(readings, fs, f.position, respondent_for(fs, f.position, respondent)))
        values: tuple[Value, ...] = (
            c.participants,
            Mean(c.mean_first),
            Mean(c.mean_latest),
            Mean(c.mean_change, signed=True),
            c.up,
            c.same,
            c.down,
        )
        rows.append(Row(name, values, highlight=_small(c.participants)))
    where = sites_label(sites, not site_ids, lang)
    return ReportTable(
        title=f"{term('bip_title', lang)}, {where}",
        subtitle=period.label(lang),
        label_header=term("factor", lang),
        columns=tuple(
            term(k, lang)
            for k in (
                "participants",
                "mean_first",
                "mean_latest",
                "change",
                "up",
                "unchanged",
                "down",
            )
        ),
        sections=(Section(tuple(rows)),),
        lang=lang,
        notes=_notes(
            s, fs, respondent, chosen, others, "bip_rule", any(r.highlight for r in rows), lang
        ),
        # Deltagare = Upp + Oförändrad + Ned; the means rest on Deltagare.
        sums=tuple(Sum((r, 0), ((r, 4), (r, 5), (r, 6))) for r in range(len(rows))),
        derived=tuple(Derived((r, c), ((r, 0),)) for r in range(len(rows)) for c in (1, 2, 3)),
    )


def bip_rounds_report(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None = None,
    lang: Lang = "sv",
    *,
    respondent: Respondent = Respondent.PARTICIPANT,
    group: Group | None = None,
    version: int | None = None,
) -> ReportTable:
    """Mean per factor for reading 1, 2, 3 … of the participants who started in the period."""
    sites = resolve_sites(s, site_ids)
    base = _group(group, [x.id for x in sites])
    readings = load_readings(s, replace(base, first_reading=period))
    fs, others = choose_version(s, readings, version)
    by_factor = {
        f.position: rounds(readings, fs, f.position, respondent_for(fs, f.position, respondent))
        for f in fs.factors
    }
    count = min(
        MAX_ROUNDS,
        max((len(v) for per in by_factor.values() for v in per.values()), default=1),
    )
    sections = []
    for k in range(count):
        label = f"{term('reading_round', lang)} {k + 1}"
        rows = []
        for f, name in zip(fs.factors, factor_names(fs, lang), strict=True):
            vals = [
                x for v in by_factor[f.position].values() if len(v) > k and (x := v[k]) is not None
            ]
            mean = Decimal(sum(vals)) / len(vals) if vals else None
            small = _small(len(vals))
            flag = term("below_threshold_yes", lang) if small else ""
            rows.append(Row(name, (len(vals), Mean(mean), flag), highlight=small))
        sections.append(Section(tuple(rows), key=label, title=label))
    where = sites_label(sites, not site_ids, lang)
    any_small = any(r.highlight for sec in sections for r in sec.rows)
    n_rows = sum(len(sec.rows) for sec in sections)
    return ReportTable(
        title=f"{term('bip_rounds_title', lang)}, {where}",
        subtitle=period.label(lang),
        key_header=term("reading_round", lang),
        label_header=term("factor", lang),
        columns=(term("participants", lang), term("mean", lang), term("below_threshold", lang)),
        sections=tuple(sections),
        lang=lang,
        notes=_notes(s, fs, respondent, base, others, "bip_rounds_rule", any_small, lang),
        derived=tuple(Derived((r, 1), ((r, 0),)) for r in range(n_rows)),
    )

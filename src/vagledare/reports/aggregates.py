"""Aggregate counts moved in from years without row-level history (``vagledare import
aggregates``): their periods in words, which stored units (sites, site groups, the whole
journal) make up a choice of sites, and a measure's value from them.

Only the indicators read these counts, and they say so (``MeasureValue.source``); the
row-level reports never do.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.journal.models import AggregateCount
from vagledare.reports.measure_catalogue import (
    AGGREGATES,
    MeasureValue,
    counts_value,
    measure,
    share_value,
)
from vagledare.reports.periods import Period, full_year, interim, month, quarter

Unit = tuple[uuid.UUID | None, uuid.UUID | None]  # (site, group); (None, None): the journal
GENDER_WORDS = {"kvinnor": "woman", "män": "man", "totalt": "total"}
GENDER_LABELS = {"woman": "Kvinnor", "man": "Män", "total": "Totalt"}
PERIOD_HELP = "helår, delår 1, delår 2, kvartal 1–4 eller en månad ÅÅÅÅ-MM"

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def aggregate_period(year: int, text: str) -> tuple[str, Period]:
    """The period ``text`` of ``year`` in its stored form (``helår``, ``delår 1``,
    ``kvartal 3``, ``2021-04``) and its dates; ValueError (Swedish) for anything else."""
    word = " ".join(text.split()).casefold()
    if word == "helår":
        return word, full_year(year)
    m = re.fullmatch(r"(delår|kvartal) ?(\d)", word)
    if m:
        number = int(m.group(2))
        if m.group(1) == "delår" and number in (1, 2):
            return f"delår {number}", interim(year, number)
        if m.group(1) == "kvartal" and 1 <= number <= 4:
            return f"kvartal {number}", quarter(year, number)
    m = _MONTH.match(word)
    if m and 1 <= int(m.group(2)) <= 12:
        if int(m.group(1)) != year:
            raise ValueError(f"månaden {text} ligger inte i året {year}.")
        return word, month(year, int(m.group(2)))
    raise ValueError(f"okänd period {text!r}; skriv {PERIOD_HELP}.")


def period_word(period: Period) -> str | None:
    """The stored word of exactly this period, or None when aggregates are never kept for it
    (a free range, several years)."""
    year = period.start.year
    if period.end.year != year:
        return None
    candidates = [
        ("helår", full_year(year)),
        *((f"delår {n}", interim(year, n)) for n in (1, 2)),
        *((f"kvartal {q}", quarter(year, q)) for q in range(1, 5)),
        *((f"{year}-{m:02d}", month(year, m)) for m in range(1, 13)),
    ]
    return next((word for word, p in candidates if p == period), None)


def cover(
    s: Session, units: Sequence[Unit], site_ids: Sequence[uuid.UUID] | None
) -> list[Unit] | None:
    """The stored units that make up the chosen sites (None or every site: the whole journal).

    The whole journal's own unit when it is asked for and stored; else groups made only of
    chosen sites (the largest first), then the chosen sites' own units. An explicit choice must
    be covered whole; the whole journal takes what there is. None when nothing fits."""
    from vagledare.journal.site_groups import groups_by_id
    from vagledare.journal.sites import list_sites

    every = {x.id for x in list_sites(s)}
    chosen = set(site_ids) if site_ids else set(every)
    whole = chosen == every
    if whole and (None, None) in units:
        return [(None, None)]
    groups = groups_by_id(s, [g for _, g in units if g is not None])
    left, taken = set(chosen), []
    by_size = sorted(
        (u for u in units if u[1] in groups),
        key=lambda u: -len(groups[u[1]].site_ids),  # type: ignore[index]
    )
    for unit in by_size:
        members = groups[unit[1]].site_ids  # type: ignore[index]
        if members and members <= left:
            taken.append(unit)
            left -= members
    for unit in units:
        if unit[0] is not None and unit[1] is None and unit[0] in left:
            taken.append(unit)
            left.discard(unit[0])
    if not taken or (left and not whole):
        return None
    return taken


def aggregate_counts(
    s: Session, key: str, period: Period, site_ids: Sequence[uuid.UUID] | None
) -> tuple[int | None, int | None, int | None] | None:
    """Kvinnor, Män and Totalt of ``key`` moved in for exactly this period at the chosen
    sites (a gender not given: None; Totalt not given: Kvinnor + Män); None without any."""
    word = period_word(period)
    if word is None:
        return None
    rows = s.execute(
        select(
            AggregateCount.site_id,
            AggregateCount.group_id,
            AggregateCount.gender,
            AggregateCount.value,
        ).where(
            AggregateCount.year == period.start.year,
            AggregateCount.period == word,
            AggregateCount.measure == key,
        )
    ).all()
    by_unit: dict[Unit, dict[str, int]] = {}
    for site_id, group_id, gender, value in rows:
        by_unit.setdefault((site_id, group_id), {})[gender] = value
    taken = cover(s, list(by_unit), site_ids)
    if taken is None:
        return None

    def total_of(unit: dict[str, int]) -> int | None:
        if "total" in unit:
            return unit["total"]
        if "woman" in unit and "man" in unit:
            return unit["woman"] + unit["man"]
        return None

    def pooled(values: list[int | None]) -> int | None:
        return None if any(v is None for v in values) else sum(v for v in values if v is not None)

    women = pooled([by_unit[u].get("woman") for u in taken])
    men = pooled([by_unit[u].get("man") for u in taken])
    total = pooled([total_of(by_unit[u]) for u in taken])
    return women, men, total


def aggregate_value(
    s: Session, key: str, period: Period, site_ids: Sequence[uuid.UUID] | None
) -> MeasureValue | None:
    """``key`` from the aggregates: a count as moved in, and the share of avslut till egen
    försörjning from the two counts moved in; None for other measures or without data."""
    m = measure(key)
    if m.importable:
        found = aggregate_counts(s, key, period, site_ids)
        if found is None:
            return None
        women, men, total = found
        if not m.gender_split:
            women = men = None
        return counts_value(women, men, total, AGGREGATES)
    if key == "andel-egen-forsorjning":
        own = aggregate_counts(s, "avslut-egen-forsorjning", period, site_ids)
        every = aggregate_counts(s, "avslut", period, site_ids)
        if own is None or every is None:
            return None
        parts = [
            (n, d) if n is not None and d is not None else None
            for n, d in zip(own, every, strict=True)
        ]
        return share_value(parts, AGGREGATES)
    return None

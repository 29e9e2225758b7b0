"""The indicator catalogue: every measure a team lead may follow over the years, and its value
for one period, computed from the journal's rows as the reports compute it.

A measure without row-level data in a period (an earlier year moved in with ``vagledare import
aggregates``) takes its value from the imported aggregate counts instead; ``MeasureValue.source``
says which. Aggregates are never mixed into the row-level reports themselves.

Keys, meanings and units are documented in ``docs/indicators.md``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.orm import Session

from vagledare.reports import measure_rows
from vagledare.reports.aggregates import aggregate_value
from vagledare.reports.measure_catalogue import (
    AGGREGATES,
    DIRECTIONS,
    KINDS,
    MEASURES,
    NO_DATA,
    ROWS,
    UNITS,
    Measure,
    MeasureValue,
    counts_value,
    measure,
    share_value,
)
from vagledare.reports.periods import Period

__all__ = [
    "AGGREGATES",
    "DIRECTIONS",
    "KINDS",
    "MEASURES",
    "NO_DATA",
    "ROWS",
    "UNITS",
    "Measure",
    "MeasureValue",
    "counts_value",
    "measure",
    "measure_value",
    "share_value",
]


def measure_value(
    s: Session, key: str, period: Period, site_ids: Sequence[uuid.UUID] | None = None
) -> MeasureValue:
    """``key``'s value in ``period`` at ``site_ids`` (None: the whole journal).

    From the journal's rows when it holds rows of the measure's kind in the period (snabbärenden
    for snabbärenden and visits, closings for avslut, …); else from aggregate counts moved in for
    exactly that period (``sammanställning``); else from the rows again, as real zeros, once the
    journal's row-level history of that kind has begun; else no data."""
    m = measure(key)
    if m.kind == "Resurs":
        return _resource_value(s, m.key, period, site_ids) or NO_DATA
    rows = measure_rows.row_value(s, m.key, period, site_ids)
    if rows is not None and rows.in_period:
        return rows.value
    found = aggregate_value(s, m.key, period, site_ids)
    if found is not None:
        return found
    return rows.value if rows is not None and rows.begun else NO_DATA


def _resource_value(
    s: Session, key: str, period: Period, site_ids: Sequence[uuid.UUID] | None
) -> MeasureValue | None:
    """Årsarbetare, personalkostnad and kostnad per avslut till egen försörjning (the cost
    over the avslut till egen försörjning on the routes counted, from the rows, or from the
    aggregates moved in for the period); None without stored resources."""
    found = measure_rows.resources(s, period, site_ids)
    if found is None:
        return None
    if key == "arsarbetare":
        return MeasureValue(None, None, found.fte_years, ROWS)
    if found.cost is None:
        return None
    if key == "personalkostnad":
        return MeasureValue(None, None, found.cost, ROWS)
    own = measure_value(s, "avslut-egen-forsorjning", period, site_ids)
    if own.total is None:
        return None
    n = int(own.total)
    if own.source == ROWS:
        n = measure_rows.self_sufficient_on(s, period, site_ids, found.routes)
    value = found.cost / n if n else None
    return MeasureValue(None, None, value, own.source, (None, None, (n,)))

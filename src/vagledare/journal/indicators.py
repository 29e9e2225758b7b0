"""The indicators a team lead follows over the years: measures chosen from the catalogue
(``reports.measure_catalogue``), in the lead's order, each with a direction (is higher or
lower better?) and an optional target per year.

Every change is a team lead's or an administrator's: with ``author_id`` the journal checks that
person's role and names them in the audit log (None: the caller has checked, as
``site_settings.as_lead`` does). Rows are record tables, audited and exchanged like the rest.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.journal import audit
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Indicator, IndicatorTarget
from vagledare.journal.site_settings import require_lead_by_id
from vagledare.reports.measure_catalogue import DIRECTIONS
from vagledare.reports.measure_catalogue import measure as find_measure

WHAT = "ändra indikatorerna"
YEARS = (1990, 2100)  # a target's year must lie in this range
_MAX_TARGET = Decimal(10) ** 12


@dataclass(frozen=True)
class IndicatorInfo:
    id: uuid.UUID
    measure: str  # a key of ``reports.measures.MEASURES``
    position: int  # 0, 1, 2 … in the lead's order
    direction: str  # ``higher`` or ``lower``: which is better
    targets: dict[int, Decimal]  # year → target (a share as a proportion: 0.55)


def _as_lead(s: Session, author_id: uuid.UUID | None) -> None:
    if author_id is not None:
        require_lead_by_id(s, author_id, WHAT)
        audit.name_actor(s, author_id)


def _ordered(s: Session) -> list[Indicator]:
    return list(s.scalars(select(Indicator).order_by(Indicator.position, Indicator.measure)))


def list_indicators(s: Session) -> list[IndicatorInfo]:
    """The chosen indicators in the lead's order."""
    targets: dict[uuid.UUID, dict[int, Decimal]] = {}
    for ind_id, year, value in s.execute(
        select(IndicatorTarget.indicator_id, IndicatorTarget.year, IndicatorTarget.value)
    ):
        targets.setdefault(ind_id, {})[year] = Decimal(value)
    return [
        IndicatorInfo(
            row.id,
            row.measure,
            i,
            row.direction,
            dict(sorted(targets.get(row.id, {}).items())),
        )
        for i, row in enumerate(_ordered(s))
    ]


def find_indicator(s: Session, measure_key: str) -> IndicatorInfo:
    """The chosen indicator of ``measure_key``; refused when it is not followed."""
    key = find_measure(measure_key).key
    for info in list_indicators(s):
        if info.measure == key:
            return info
    raise ValidationError(f"Måttet {key} följs inte som indikator (lägg till det först).")


def _direction(direction: str) -> str:
    word = direction.strip().casefold()
    if word not in DIRECTIONS:
        raise ValidationError(
            f"Riktningen {direction!r} finns inte: higher (högre är bättre) eller lower "
            "(lägre är bättre)."
        )
    return word


def _get(s: Session, indicator_id: uuid.UUID) -> Indicator:
    row = s.get(Indicator, indicator_id)
    if row is None:
        raise ValidationError("Indikatorn finns inte längre i journalen.")
    return row


def add_indicator(
    s: Session, measure: str, direction: str | None = None, author_id: uuid.UUID | None = None
) -> IndicatorInfo:
    """Follow ``measure`` (last in the order); ``direction`` defaults to the measure's own."""
    _as_lead(s, author_id)
    m = find_measure(measure)
    if s.scalar(select(Indicator.id).where(Indicator.measure == m.key)) is not None:
        raise ValidationError(f"Måttet {m.key} följs redan som indikator.")
    position = len(_ordered(s))
    row = Indicator(
        measure=m.key,
        position=position,
        direction=_direction(direction) if direction else m.direction,
        author_id=author_id,
    )
    s.add(row)
    s.flush()
    return IndicatorInfo(row.id, m.key, position, row.direction, {})


def remove_indicator(
    s: Session, indicator_id: uuid.UUID, author_id: uuid.UUID | None = None
) -> None:
    """Stop following an indicator; its targets go with it and the order closes the gap."""
    _as_lead(s, author_id)
    row = _get(s, indicator_id)
    for target in s.scalars(
        select(IndicatorTarget).where(IndicatorTarget.indicator_id == indicator_id)
    ):
        s.delete(target)  # a tombstone each, so the change reaches every desk
    s.flush()  # the targets go first: they refer to the indicator
    s.delete(row)
    s.flush()
    _renumber(s, [r for r in _ordered(s) if r.id != indicator_id])


def _renumber(s: Session, rows: list[Indicator]) -> None:
    for i, r in enumerate(rows):
        if r.position != i:
            r.position = i
    s.flush()


def move_indicator(
    s: Session, indicator_id: uuid.UUID, position: int, author_id: uuid.UUID | None = None
) -> None:
    """Put an indicator at ``position`` (0: first; beyond the end: last)."""
    _as_lead(s, author_id)
    row = _get(s, indicator_id)
    rows = [r for r in _ordered(s) if r.id != row.id]
    rows.insert(max(0, min(position, len(rows))), row)
    _renumber(s, rows)


def _check_year(year: int) -> int:
    if not YEARS[0] <= year <= YEARS[1]:
        raise ValidationError(f"Året {year} ligger utanför {YEARS[0]}–{YEARS[1]}.")
    return year


def _check_target(value: Decimal) -> None:
    try:
        finite = isinstance(value, Decimal) and value.is_finite()
    except InvalidOperation:
        finite = False
    if not finite or value < 0 or value >= _MAX_TARGET:
        raise ValidationError(f"Målet {value} är inget tal från 0 och uppåt.")


def set_target(
    s: Session,
    indicator_id: uuid.UUID,
    year: int,
    value: Decimal | None,
    author_id: uuid.UUID | None = None,
) -> None:
    """The target for ``year`` (None removes it). A share's target is a proportion (0.55)."""
    _as_lead(s, author_id)
    row = _get(s, indicator_id)
    _check_year(year)
    target = s.scalar(
        select(IndicatorTarget).where(
            IndicatorTarget.indicator_id == indicator_id, IndicatorTarget.year == year
        )
    )
    if value is None:
        if target is not None:
            s.delete(target)
            s.flush()
        return
    _check_target(value)
    if find_measure(row.measure).unit == "share" and value > 1:
        raise ValidationError(f"Målet för en andel skrivs som 0–1 (0,55 för 55 %), inte {value}.")
    text = format(value.normalize(), "f")
    if target is None:
        s.add(
            IndicatorTarget(indicator_id=indicator_id, year=year, value=text, author_id=author_id)
        )
    elif target.value != text:
        target.value = text
    s.flush()


def set_direction(
    s: Session, indicator_id: uuid.UUID, direction: str, author_id: uuid.UUID | None = None
) -> None:
    """Whether higher or lower is better for this indicator."""
    _as_lead(s, author_id)
    row = _get(s, indicator_id)
    word = _direction(direction)
    if row.direction != word:
        row.direction = word
        s.flush()

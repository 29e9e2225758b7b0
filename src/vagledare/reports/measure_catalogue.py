"""The indicator catalogue as data: every measure a team lead may follow over the years, and
the value of one for a period. ``reports.measures`` computes the values and is the public way
in; this module is what the computing modules share.

Keys, meanings and units are documented in ``docs/indicators.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from vagledare.journal.errors import ValidationError

KINDS = ("Resurs", "Aktivitet", "Resultat")
UNITS = ("count", "share", "money", "fte", "decimal")
DIRECTIONS = ("higher", "lower")

ROWS = "rader"  # the value comes from the journal's own rows
AGGREGATES = "sammanställning"  # from aggregate counts moved in (``import aggregates``)


@dataclass(frozen=True)
class Measure:
    key: str  # the aggregate file's ``mått``, e.g. ``snabbarenden``
    kind: str  # ``Resurs``, ``Aktivitet`` or ``Resultat``
    label: tuple[str, str]  # (Swedish, English)
    unit: str  # ``count``, ``share`` (a proportion 0–1), ``money`` (kr), ``fte``, ``decimal``
    gender_split: bool  # False where Kvinnor/Män mean nothing (FTE, cost, sessions held)
    direction: str = "higher"  # which is better by default: ``higher`` or ``lower``
    importable: bool = False  # a count ``import aggregates`` may carry for earlier years


MEASURES: tuple[Measure, ...] = (
    Measure("arsarbetare", "Resurs", ("Årsarbetare", "Full-time equivalents"), "fte", False),
    Measure(
        "personalkostnad",
        "Resurs",
        ("Personalkostnad", "Personnel cost"),
        "money",
        False,
        "lower",
    ),
    Measure(
        "kostnad-per-avslut",
        "Resurs",
        (
            "Kostnad per avslut till egen försörjning",
            "Cost per closure to self-sufficiency",
        ),
        "money",
        False,
        "lower",
    ),
    Measure(
        "snabbarenden",
        "Aktivitet",
        ("Snabbärenden", "Quick cases"),
        "count",
        True,
        importable=True,
    ),
    Measure("besok", "Aktivitet", ("Besök", "Visits"), "count", True, importable=True),
    Measure(
        "tillfallen",
        "Aktivitet",
        ("Genomförda tillfällen", "Sessions held"),
        "count",
        False,
        importable=True,
    ),
    Measure(
        "aktiviteter",
        "Aktivitet",
        ("Aktiviteter och evenemang", "Activities and events"),
        "count",
        False,
        importable=True,
    ),
    Measure(
        "aktivitetsbesokare",
        "Aktivitet",
        ("Besökare på aktiviteter", "Visitors at activities"),
        "count",
        True,
        importable=True,
    ),
    Measure(
        "matningar",
        "Aktivitet",
        ("Genomförda mätningar", "Assessments done"),
        "count",
        True,
        importable=True,
    ),
    Measure(
        "avslut-egen-forsorjning",
        "Resultat",
        ("Avslut till egen försörjning", "Closures to self-sufficiency"),
        "count",
        True,
        importable=True,
    ),
    Measure(
        "avslut",
        "Resultat",
        ("Avslut totalt", "Closures in all"),
        "count",
        True,
        importable=True,
    ),
    Measure(
        "andel-egen-forsorjning",
        "Resultat",
        ("Andel avslut till egen försörjning", "Share of closures to self-sufficiency"),
        "share",
        True,
    ),
    Measure(
        "andel-uppfoljning-egen-forsorjning",
        "Resultat",
        (
            "Andel uppföljningar med egen försörjning kvar",
            "Share of follow-ups still self-sufficient",
        ),
        "share",
        True,
    ),
    Measure(
        "progression",
        "Resultat",
        ("Genomsnittlig förändring i progression", "Average change in progress"),
        "decimal",
        True,
    ),
)

_BY_KEY = {m.key: m for m in MEASURES}


def measure(key: str) -> Measure:
    """The measure ``key`` (case and surrounding space ignored); an unknown key is refused with
    the known ones."""
    found = _BY_KEY.get(key.strip().casefold())
    if found is None:
        known = ", ".join(m.key for m in MEASURES)
        raise ValidationError(f"Okänt mått {key!r}. Kända mått: {known}.")
    return found


@dataclass(frozen=True)
class MeasureValue:
    """A measure's value for one period: Kvinnor, Män, Totalt (None: no data, or no gender
    split). A share is a proportion (0.55), money kronor, an average unrounded. ``counts``
    holds, for Kvinnor, Män and Totalt of a figure that is not itself a count, the counts of
    people it rests on (a share's numerator and denominator, the participants of an average,
    the avslut of a cost per avslut), so that small-count protection can hide it."""

    women: Decimal | None
    men: Decimal | None
    total: Decimal | None
    source: str  # ``rader``, ``sammanställning`` or ``""`` (no data)
    counts: tuple[tuple[int, ...] | None, ...] = ()

    @property
    def empty(self) -> bool:
        return self.total is None and self.women is None and self.men is None


NO_DATA = MeasureValue(None, None, None, "")


def counts_value(
    women: int | None, men: int | None, total: int | None, source: str
) -> MeasureValue:
    """A count measure's value from whole numbers."""

    def d(n: int | None) -> Decimal | None:
        return None if n is None else Decimal(n)

    return MeasureValue(d(women), d(men), d(total), source)


def share_value(parts: Sequence[tuple[int, int] | None], source: str) -> MeasureValue:
    """A share (numerator, denominator) for Kvinnor, Män and Totalt; None where the
    denominator is zero or unknown."""
    values = [Decimal(p[0]) / Decimal(p[1]) if p is not None and p[1] else None for p in parts]
    return MeasureValue(values[0], values[1], values[2], source, tuple(parts))

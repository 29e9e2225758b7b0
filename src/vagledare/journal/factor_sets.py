"""Versioned factor sets: the shipped BIP set and a municipality's own seven.

A set is installed from a Swedish JSON definition (see ``resources/factors/bip-1/sv.json``).
Installing a set gives it the next version number and makes it the one new readings use;
readings already taken keep the version they were taken with.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.factor_texts import RESOURCES, FactorText, parse_factor_text
from vagledare.journal.models import Factor, FactorSet

FACTOR_COUNT = 7
DEFAULT_KEY = "bip-1"
NOT_INSTALLED = uuid.UUID(int=0)  # the id of the shipped set before the journal stores it
_KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,39}$")


@dataclass(frozen=True)
class FactorInfo:
    id: uuid.UUID
    position: int
    name: str
    short_name: str
    coach_only: bool


@dataclass(frozen=True)
class FactorSetInfo:
    id: uuid.UUID
    key: str
    version: int
    name: str
    scale_min: int
    scale_max: int
    factors: tuple[FactorInfo, ...]
    texts: tuple[FactorText, ...]  # Swedish

    @property
    def label(self) -> str:
        return f"{self.name}, version {self.version}"

    @property
    def scale(self) -> range:
        return range(self.scale_min, self.scale_max + 1)

    def factor(self, position: int) -> FactorInfo:
        return next(f for f in self.factors if f.position == position)

    def asked(self, coach: bool) -> tuple[FactorInfo, ...]:
        """The factors a respondent answers: the coach all, the participant not coach-only."""
        return self.factors if coach else tuple(f for f in self.factors if not f.coach_only)


@dataclass(frozen=True)
class Definition:
    key: str | None
    name: str
    scale_min: int
    scale_max: int
    factors: tuple[FactorText, ...]
    coach_only: frozenset[int]
    raw: Mapping[str, Any]


def parse_definition(data: Mapping[str, Any]) -> Definition:
    """Check a Swedish definition; the message names what is wrong."""
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValidationError('Faktoruppsättningen saknar namn ("name").')
    key = data.get("key")
    if key is not None and (not isinstance(key, str) or not _KEY_RE.match(key)):
        raise ValidationError(
            'Nyckeln ("key") får bara innehålla små bokstäver a–z, siffror och - _ .'
        )
    scale = data.get("scale", [1, 10])
    if (
        not isinstance(scale, list)
        or len(scale) != 2
        or not all(isinstance(x, int) for x in scale)
        or not 0 <= scale[0] < scale[1] <= 100
    ):
        raise ValidationError('Skalan ("scale") ska skrivas [lägsta, högsta], t.ex. [1, 10].')
    raw_factors = data.get("factors")
    if not isinstance(raw_factors, list) or len(raw_factors) != FACTOR_COUNT:
        raise ValidationError(f"En faktoruppsättning ska ha exakt {FACTOR_COUNT} faktorer.")
    texts: list[FactorText] = []
    coach_only: set[int] = set()
    for i, raw in enumerate(raw_factors, start=1):
        if not isinstance(raw, dict):
            raise ValidationError(f"Faktor {i} är inte ett objekt.")
        text = parse_factor_text({**raw, "position": i})
        if not text.name or len(text.name) > 120 or len(text.short_name) > 40:
            raise ValidationError(f"Faktor {i} saknar namn eller har för långt namn.")
        only = raw.get("coach_only") is True
        if only:
            coach_only.add(i)
        elif not text.question:
            raise ValidationError(f"Faktor {i} ({text.name}) saknar fråga till deltagaren.")
        if not text.coach_question:
            raise ValidationError(f"Faktor {i} ({text.name}) saknar fråga till vägledaren.")
        for value, _ in (*text.anchors, *text.coach_anchors):
            if not scale[0] <= value <= scale[1]:
                raise ValidationError(f"Faktor {i}: ankaret {value} ligger utanför skalan.")
        texts.append(text)
    if len({t.name.casefold() for t in texts}) != FACTOR_COUNT:
        raise ValidationError("Två faktorer har samma namn.")
    if len(coach_only) == FACTOR_COUNT:
        raise ValidationError("Minst en faktor måste besvaras av deltagaren.")
    return Definition(
        key, name.strip(), scale[0], scale[1], tuple(texts), frozenset(coach_only), data
    )


def default_definition() -> dict[str, Any]:
    data = json.loads((RESOURCES / "factors" / DEFAULT_KEY / "sv.json").read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def _info(fs: FactorSet) -> FactorSetInfo:
    definition = parse_definition(json.loads(fs.definition))
    return FactorSetInfo(
        id=fs.id,
        key=fs.key,
        version=fs.version,
        name=fs.name,
        scale_min=fs.scale_min,
        scale_max=fs.scale_max,
        factors=tuple(
            FactorInfo(f.id, f.position, f.name, f.short_name, f.coach_only)
            for f in sorted(fs.factors, key=lambda f: f.position)
        ),
        texts=definition.factors,
    )


def install_factor_set(
    s: Session, data: Mapping[str, Any], author_id: uuid.UUID | None
) -> FactorSetInfo:
    """Install a definition as the next version; from now on new readings use it."""
    d = parse_definition(data)
    version = int(s.scalar(select(func.max(FactorSet.version))) or 0) + 1
    key = d.key or f"egen-{version}"
    if s.scalar(select(FactorSet.id).where(FactorSet.key == key)) is not None:
        raise ValidationError(
            f"En faktoruppsättning med nyckeln {key!r} finns redan; ge den nya en egen nyckel."
        )
    fs = FactorSet(
        id=uuid.uuid4(),
        key=key,
        version=version,
        name=d.name,
        scale_min=d.scale_min,
        scale_max=d.scale_max,
        definition=json.dumps(dict(d.raw), ensure_ascii=False, sort_keys=True),
        author_id=author_id,
    )
    s.add(fs)
    for t in d.factors:
        s.add(
            Factor(
                factor_set=fs,
                position=t.position,
                name=t.name,
                short_name=t.short_name,
                coach_only=t.position in d.coach_only,
                author_id=author_id,
            )
        )
    s.flush()
    s.refresh(fs)
    return _info(fs)


def _latest(s: Session) -> FactorSet | None:
    return s.scalar(select(FactorSet).order_by(FactorSet.version.desc()).limit(1))


def current_factor_set(s: Session, author_id: uuid.UUID | None = None) -> FactorSetInfo:
    """The set new readings use (the highest version); the shipped set on first use."""
    fs = _latest(s)
    if fs is None:
        return install_factor_set(s, default_definition(), author_id)
    return _info(fs)


def current_factor_set_to_read(s: Session) -> FactorSetInfo:
    """The set new readings use, without writing anything (reports read in read-only sessions).

    Before the journal has a set, that is the shipped set as it will be installed: version 1,
    with ``NOT_INSTALLED`` for the ids, since no reading can refer to it yet.
    """
    fs = _latest(s)
    if fs is not None:
        return _info(fs)
    d = parse_definition(default_definition())
    return FactorSetInfo(
        id=NOT_INSTALLED,
        key=d.key or DEFAULT_KEY,
        version=1,
        name=d.name,
        scale_min=d.scale_min,
        scale_max=d.scale_max,
        factors=tuple(
            FactorInfo(NOT_INSTALLED, t.position, t.name, t.short_name, t.position in d.coach_only)
            for t in d.factors
        ),
        texts=d.factors,
    )


def get_factor_set(s: Session, factor_set_id: uuid.UUID) -> FactorSetInfo:
    fs = s.get(FactorSet, factor_set_id)
    if fs is None:
        raise ValidationError("Faktoruppsättningen finns inte.")
    return _info(fs)


def factor_set_by_version(s: Session, version: int) -> FactorSetInfo:
    fs = s.scalar(select(FactorSet).where(FactorSet.version == version))
    if fs is None:
        known = ", ".join(str(v) for v in s.scalars(select(FactorSet.version))) or "inga"
        raise ValidationError(f"Faktoruppsättning version {version} finns inte (kända: {known}).")
    return _info(fs)


def list_factor_sets(s: Session) -> list[FactorSetInfo]:
    return [_info(fs) for fs in s.scalars(select(FactorSet).order_by(FactorSet.version))]

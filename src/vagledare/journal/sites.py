"""Sites (mötesplatser), their categories and age bands."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    bindparam,
    exists,
    literal,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from vagledare.journal.collation import swedish_sort_key
from vagledare.journal.db.fastpath import DriverQuery, snapshot_memo
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import AgeBand, Category, QuickCase, Site, SiteGroup, utc_now

DEFAULT_CATEGORIES: tuple[str, ...] = (
    "Ansökningshandlingar",
    "Söka arbete",
    "Söka studier",
    "Myndighetskontakt",
    "Övrigt",
)
DEFAULT_AGE_BANDS: tuple[str, ...] = ("18-24", "25-34", "35-44", "45-54", "55-64")
_AGE_BAND_RE = re.compile(r"^(\d{1,3})(?:-(\d{1,3})|\+)$")

# Other names the seeds use for a site (domain.md, site table and I-22): accepted wherever a
# site's name is, case-insensitively, for the site of the canonical name when the journal has
# it. The journal stores only the canonical site.
SITE_ALIASES: dict[str, str] = {
    "Nord": "Årby",
    "Norr": "Årby",
    "Jobbcentrum Nord": "Årby",
    "Jobbcentrum Norr": "Årby",
    "Mötesplats Årby": "Årby",
    "Syd": "Fröslunda",
    "Jobbcentrum Syd": "Fröslunda",
    "Mötesplats Fröslunda": "Fröslunda",
}


@dataclass(frozen=True)
class CategoryInfo:
    id: uuid.UUID
    name: str
    position: int
    retired: bool


@dataclass(frozen=True)
class AgeBandInfo:
    id: uuid.UUID
    label: str
    position: int
    retired: bool


@dataclass(frozen=True)
class SiteInfo:
    id: uuid.UUID
    name: str
    categories: tuple[CategoryInfo, ...]
    age_bands: tuple[AgeBandInfo, ...]

    @property
    def active_categories(self) -> tuple[CategoryInfo, ...]:
        return tuple(c for c in self.categories if not c.retired)

    @property
    def active_age_bands(self) -> tuple[AgeBandInfo, ...]:
        return tuple(b for b in self.age_bands if not b.retired)

    def category(self, name: str) -> CategoryInfo | None:
        return next((c for c in self.categories if c.name.casefold() == name.casefold()), None)

    def age_band(self, label: str) -> AgeBandInfo | None:
        label = normalise_age_band(label)
        return next((b for b in self.age_bands if b.label == label), None)


def normalise_age_band(label: str) -> str:
    """``18–24`` (en dash), `` 18 - 24 `` and ``18-24`` are the same band."""
    return re.sub(r"\s*[-\u2013\u2012\u2212]\s*", "-", label.strip())


@lru_cache(maxsize=1024)
def age_band_sort_key(label: str) -> tuple[int, int]:
    m = _AGE_BAND_RE.match(label)
    if not m:
        return (999, 999)
    low = int(m.group(1))
    high = int(m.group(2)) if m.group(2) else 999
    return (low, high)


_site_t, _cat_t, _band_t = Site.__table__, Category.__table__, AgeBand.__table__


def _as_stored(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """A column as the driver returns it (a key: SQLite hex text, PostgreSQL a UUID; a flag:
    SQLite 0/1, PostgreSQL a bool), so the layout's rows key ``_site_layout``'s cache as they
    come, without converting every value first."""
    return type_coerce(column, NullType())


def _key(stored: str | uuid.UUID) -> uuid.UUID:
    return stored if isinstance(stored, uuid.UUID) else uuid.UUID(hex=stored)


def _layout_query(which: str) -> CompoundSelect:
    """Every site's categories and age bands (outer-joined, so a bare site still shows) as
    one statement: the report path pays for one round trip, not three."""
    parts = []
    for kind, t, name in (("c", _cat_t, _cat_t.c.name), ("b", _band_t, _band_t.c.label)):
        q = select(
            literal(kind).label("kind"),
            _as_stored(_site_t.c.id).label("site_id"),
            _site_t.c.name.label("site_name"),
            _as_stored(t.c.id).label("item_id"),
            name.label("item_name"),
            t.c.position.label("position"),
            _as_stored(t.c.retired_at.is_not(None)).label("retired"),
        ).select_from(_site_t.outerjoin(t, t.c.site_id == _site_t.c.id))
        if which == "one":  # plain equality: no per-call re-rendering of an IN list
            q = q.where(_site_t.c.id == bindparam("id"))
        elif which == "some":
            q = q.where(_site_t.c.id.in_(bindparam("ids", expanding=True)))
        parts.append(q)
    return union_all(*parts).order_by("site_id", "kind", "position")


_LAYOUT = {which: _layout_query(which) for which in ("all", "one", "some")}
_LAYOUT_ON_DRIVER = {which: DriverQuery(_LAYOUT[which]) for which in ("all", "one")}


def load_sites(s: Session, site_ids: list[uuid.UUID] | None = None) -> list[SiteInfo]:
    """Sites with their categories and age bands in one prepared Core query.

    Every report and every refresh of the tally screen runs this, so it avoids the ORM's lazy
    loads and statement building; an unchanged layout is not rebuilt (``_site_layout``), and
    a read-only session on SQLite does not even read it again while nothing has been
    committed since it was last read on the same connection (``snapshot_memo``).
    """
    s.flush()
    conn = s.connection()
    key = None if site_ids is None else tuple(site_ids)
    memo = snapshot_memo(conn, "site_layout")
    if memo is not None and key in memo:
        return list(memo[key])
    rows: Sequence[Any]
    if site_ids is None:
        rows = _LAYOUT_ON_DRIVER["all"].all(conn)
    elif len(site_ids) == 1:
        rows = _LAYOUT_ON_DRIVER["one"].all(conn, {"id": site_ids[0]})
    else:  # an IN list, rendered per call: SQLAlchemy's own execution
        rows = conn.execute(_LAYOUT["some"], {"ids": site_ids}).all()
    layout = _site_layout(tuple(map(tuple, rows)))
    if memo is not None:
        memo[key] = layout
    return list(layout)


@lru_cache(maxsize=64)
def _site_layout(rows: tuple[tuple[Any, ...], ...]) -> tuple[SiteInfo, ...]:
    """The layout's rows as SiteInfo objects, cached on the rows themselves: a changed layout
    (another desk's, an import's) is different rows and is built afresh, while an unchanged
    one costs a lookup instead of converting every key. The objects are immutable."""
    names: dict[uuid.UUID, str] = {}
    cats: dict[uuid.UUID, list[CategoryInfo]] = {}
    bands: dict[uuid.UUID, list[AgeBandInfo]] = {}
    for kind, stored_site_id, site_name, stored_item_id, item_name, pos, retired in rows:
        site_id = _key(stored_site_id)
        names[site_id] = site_name
        if stored_item_id is None:
            continue
        item_id = _key(stored_item_id)
        if kind == "c":
            cats.setdefault(site_id, []).append(
                CategoryInfo(item_id, item_name, pos, bool(retired))
            )
        else:
            bands.setdefault(site_id, []).append(
                AgeBandInfo(item_id, item_name, pos, bool(retired))
            )
    return tuple(
        SiteInfo(i, n, tuple(cats.get(i, ())), tuple(bands.get(i, ()))) for i, n in names.items()
    )


def _clean_name(name: str, what: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(f"{what} får inte vara tomt.")
    if len(cleaned) > 80:
        raise ValidationError(f"{what} är för långt (högst 80 tecken): {cleaned[:20]}…")
    return cleaned


def add_site(
    s: Session,
    name: str,
    author_id: uuid.UUID | None = None,
    categories: tuple[str, ...] = DEFAULT_CATEGORIES,
    age_bands: tuple[str, ...] = DEFAULT_AGE_BANDS,
) -> SiteInfo:
    """Create a site with the default categories and age bands of the Fröslunda table."""
    name = _clean_name(name, "Mötesplatsens namn")
    found = find_site(s, name)
    if found is not None:
        if found.name.casefold() != name.casefold():
            raise ValidationError(f"{name} är ett annat namn för mötesplatsen {found.name}.")
        raise ValidationError(f"Mötesplatsen {name} finns redan.")
    if any(g.casefold() == name.casefold() for g in s.scalars(select(SiteGroup.name))):
        raise ValidationError(
            f"{name} är namnet på en grupp av mötesplatser: välj ett annat namn för mötesplatsen."
        )
    site = Site(id=uuid.uuid4(), name=name, author_id=author_id)
    s.add(site)
    for i, cat in enumerate(categories):
        s.add(Category(site=site, name=cat, position=i, author_id=author_id))
    for i, band in enumerate(age_bands):
        s.add(AgeBand(site=site, label=_valid_band(band), position=i, author_id=author_id))
    s.flush()
    return get_site(s, site.id)


def _valid_band(label: str) -> str:
    label = normalise_age_band(label)
    m = _AGE_BAND_RE.match(label)
    if not m or (m.group(2) and int(m.group(2)) < int(m.group(1))):
        raise ValidationError(
            f"Åldersgruppen {label!r} är inte giltig: skriv t.ex. 18-24 eller 65+."
        )
    return label


def list_sites(s: Session) -> list[SiteInfo]:
    return sorted(load_sites(s), key=lambda i: swedish_sort_key(i.name))


def get_site(s: Session, site_id: uuid.UUID) -> SiteInfo:
    found = load_sites(s, [site_id])
    if not found:
        raise ValidationError("Mötesplatsen finns inte i journalen.")
    return found[0]


def alias_target(name: str) -> str | None:
    """The canonical site name ``name`` is another name for (``Nord`` → ``Årby``), if any."""
    wanted = " ".join(name.split()).casefold()
    return next((t for a, t in SITE_ALIASES.items() if a.casefold() == wanted), None)


def find_site(s: Session, name: str) -> SiteInfo | None:
    """The site with this name or alias (``SITE_ALIASES``), case-insensitively (in Python:
    SQLite's lower() is ASCII-only). A site's own name wins over an alias."""
    names = {n.casefold(): i for i, n in s.execute(select(Site.id, Site.name))}
    wanted = " ".join(name.split()).casefold()
    site_id = names.get(wanted)
    if site_id is None:
        target = alias_target(name)
        site_id = names.get(target.casefold()) if target else None
    return get_site(s, site_id) if site_id else None


def known_sites_text(s: Session) -> str:
    """The journal's sites for a refusal, each with the aliases that name it:
    ``Fröslunda (även Syd), Årby (även Nord, Norr)``. Only the short aliases: the longer
    forms are plain to anyone who knows the short ones."""
    parts = []
    for x in list_sites(s):
        short = [a for a, t in SITE_ALIASES.items() if t == x.name and " " not in a]
        parts.append(f"{x.name} (även {', '.join(short)})" if short else x.name)
    return ", ".join(parts) or "inga"


def require_site(s: Session, name: str) -> SiteInfo:
    site = find_site(s, name)
    if site is None:
        raise ValidationError(f"Mötesplatsen {name!r} finns inte (kända: {known_sites_text(s)}).")
    return site


def add_category(
    s: Session, site_id: uuid.UUID, name: str, author_id: uuid.UUID | None = None
) -> SiteInfo:
    name = _clean_name(name, "Kategorins namn")
    site = get_site(s, site_id)
    existing = site.category(name)
    if existing is not None:
        if not existing.retired:
            raise ValidationError(f"Kategorin {name} finns redan på {site.name}.")
        cat = s.get(Category, existing.id)
        assert cat is not None
        cat.retired_at = None  # bring a retired category back
    else:
        s.add(
            Category(site_id=site_id, name=name, position=len(site.categories), author_id=author_id)
        )
    s.flush()
    return get_site(s, site_id)


def category_is_used(s: Session, category_id: uuid.UUID) -> bool:
    return bool(s.scalar(select(exists().where(QuickCase.category_id == category_id))))


def rename_category(s: Session, category_id: uuid.UUID, new_name: str) -> None:
    """Rename a category that has never been used; a used one must be retired instead."""
    cat = s.get(Category, category_id)
    if cat is None:
        raise ValidationError("Kategorin finns inte.")
    new_name = _clean_name(new_name, "Kategorins namn")
    if category_is_used(s, category_id):
        raise ValidationError(
            f"Kategorin {cat.name} har använts och kan inte byta namn: "
            "pensionera den och lägg till en ny, så att historiken behåller sitt namn."
        )
    cat.name = new_name


def retire_category(s: Session, category_id: uuid.UUID) -> None:
    cat = s.get(Category, category_id)
    if cat is None:
        raise ValidationError("Kategorin finns inte.")
    cat.retired_at = utc_now()


def move_category(s: Session, category_id: uuid.UUID, step: int) -> SiteInfo:
    """Move a category ``step`` places up (negative) or down among its site's categories in
    use: the order of the tally grid's rows and of the drop-in table."""
    cat = s.get(Category, category_id)
    if cat is None:
        raise ValidationError("Kategorin finns inte.")
    cats = sorted(
        s.scalars(select(Category).where(Category.site_id == cat.site_id)).all(),
        key=lambda c: (c.position, c.name),
    )
    live = [c for c in cats if c.retired_at is None]
    if cat not in live:
        raise ValidationError(f"Kategorin {cat.name} är pensionerad och har ingen plats.")
    i = live.index(cat)
    j = max(0, min(len(live) - 1, i + step))
    live.insert(j, live.pop(i))
    retired = [c for c in cats if c.retired_at is not None]
    for position, c in enumerate(live + retired):
        if c.position != position:
            c.position = position
    s.flush()
    return get_site(s, cat.site_id)


def add_age_band(
    s: Session, site_id: uuid.UUID, label: str, author_id: uuid.UUID | None = None
) -> SiteInfo:
    """Add a band (e.g. 16-17 or 65+); bands stay ordered by age."""
    label = _valid_band(label)
    site = get_site(s, site_id)
    existing = site.age_band(label)
    if existing is not None and not existing.retired:
        raise ValidationError(f"Åldersgruppen {label} finns redan på {site.name}.")
    if existing is not None:
        band = s.get(AgeBand, existing.id)
        assert band is not None
        band.retired_at = None
    else:
        s.add(AgeBand(site_id=site_id, label=label, position=0, author_id=author_id))
    s.flush()
    bands = s.scalars(select(AgeBand).where(AgeBand.site_id == site_id)).all()
    for i, b in enumerate(sorted(bands, key=lambda b: age_band_sort_key(b.label))):
        b.position = i
    s.flush()
    return get_site(s, site_id)


def age_band_is_used(s: Session, age_band_id: uuid.UUID) -> bool:
    return bool(s.scalar(select(exists().where(QuickCase.age_band_id == age_band_id))))


def rename_age_band(s: Session, age_band_id: uuid.UUID, new_label: str) -> SiteInfo:
    """Correct a band that has never been used (e.g. 65+ typed as 56+); a used one is retired
    and a new one added, so that earlier tables keep their columns."""
    band = s.get(AgeBand, age_band_id)
    if band is None:
        raise ValidationError("Åldersgruppen finns inte.")
    label = _valid_band(new_label)
    if age_band_is_used(s, age_band_id):
        raise ValidationError(
            f"Åldersgruppen {band.label} har använts och kan inte byta namn: "
            "pensionera den och lägg till en ny, så att tidigare tabeller behåller sina kolumner."
        )
    site = get_site(s, band.site_id)
    other = site.age_band(label)
    if other is not None and other.id != band.id:
        raise ValidationError(f"Åldersgruppen {label} finns redan på {site.name}.")
    band.label = label
    s.flush()
    bands = s.scalars(select(AgeBand).where(AgeBand.site_id == band.site_id)).all()
    for i, b in enumerate(sorted(bands, key=lambda b: age_band_sort_key(b.label))):
        b.position = i
    s.flush()
    return get_site(s, band.site_id)


def retire_age_band(s: Session, age_band_id: uuid.UUID) -> None:
    band = s.get(AgeBand, age_band_id)
    if band is None:
        raise ValidationError("Åldersgruppen finns inte.")
    band.retired_at = utc_now()

"""``vagledare import dropin``: snabbärenden from a CSV file, all rows or none.

Header ``tidpunkt;mötesplats;kategori;åldersgrupp;kön`` (or English
``timestamp;site;category;age_band;gender``); time ``YYYY-MM-DD HH:MM`` local time.

Optional columns: ``besök`` (rows of one site and day with the same value are one visit; a
row without a value is a visit of its own) and ``återkommande`` (``ja``/``nej``: the visitor
has been here before).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from vagledare.imports.batch import open_import, record_batch
from vagledare.imports.csvfile import CsvFile, ImportProblem
from vagledare.journal.db import bulk_insert_rows
from vagledare.journal.models import Gender, QuickCase, time_ordered_uuid, utc_now
from vagledare.journal.sites import SiteInfo, list_sites

KIND = "dropin"
COLUMNS = ("tidpunkt", "mötesplats", "kategori", "åldersgrupp", "kön")
OPTIONAL = ("besök", "återkommande")
ALIASES = {
    "tidpunkt": "tidpunkt",
    "timestamp": "tidpunkt",
    "mötesplats": "mötesplats",
    "site": "mötesplats",
    "kategori": "kategori",
    "category": "kategori",
    "åldersgrupp": "åldersgrupp",
    "age_band": "åldersgrupp",
    "kön": "kön",
    "gender": "kön",
    "besök": "besök",
    "visit": "besök",
    "återkommande": "återkommande",
    "returning": "återkommande",
}
YES_NO = {"ja": True, "j": True, "yes": True, "y": True, "nej": False, "n": False, "no": False}
GENDERS = {
    "kvinna": Gender.WOMAN,
    "k": Gender.WOMAN,
    "woman": Gender.WOMAN,
    "w": Gender.WOMAN,
    "man": Gender.MAN,
    "m": Gender.MAN,
    "ej angivet": Gender.UNSTATED,
    "not stated": Gender.UNSTATED,
}
_TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$")


@dataclass(frozen=True)
class ImportResult:
    rows: int
    batch_id: uuid.UUID
    sites: tuple[str, ...]


def parse_time(text: str) -> datetime:
    if not _TIME_RE.match(text):
        raise ValueError
    return datetime.fromisoformat(text)


def import_dropin(
    s: Session,
    path: Path | str,
    author_id: uuid.UUID | None,
    *,
    force: bool = False,
    data: bytes | None = None,
) -> ImportResult:
    """Check every row, then insert them all in the caller's transaction (or raise)."""
    f: CsvFile = open_import(s, path, KIND, ALIASES, COLUMNS, force=force, data=data)
    sites: dict[str, SiteInfo] = {x.name.casefold(): x for x in list_sites(s)}
    lookup: dict[tuple[str, str, str], tuple[uuid.UUID, uuid.UUID, uuid.UUID]] = {}
    batch_id = uuid.uuid4()
    stamp = utc_now()
    used_sites: set[str] = set()
    where = {c: f.columns.index(c) for c in f.columns}
    i_at, i_site, i_cat, i_band, i_gender = (where[c] for c in COLUMNS)
    i_visit, i_return = where.get("besök"), where.get("återkommande")
    visits_given = i_visit is not None or i_return is not None
    visits: dict[tuple[uuid.UUID, object, str], tuple[uuid.UUID, Gender]] = {}
    match_time, from_iso, genders = _TIME_RE.match, datetime.fromisoformat, GENDERS
    records: list[tuple[object, ...]] = []
    add = records.append
    for line, v in zip(f.lines, f.cells, strict=True):
        text = v[i_at]
        try:
            if not match_time(text):
                raise ValueError
            at = from_iso(text)
        except ValueError:
            raise ImportProblem(
                f"tidpunkten {text!r} ska skrivas ÅÅÅÅ-MM-DD TT:MM.",
                file=f.name,
                line=line,
                column="tidpunkt",
            ) from None
        gender = genders.get(v[i_gender].casefold())
        if gender is None:
            raise ImportProblem(
                f"okänt kön {v[i_gender]!r}; skriv Kvinna, Man, K eller M.",
                file=f.name,
                line=line,
                column="kön",
            )
        key = (v[i_site].casefold(), v[i_cat].casefold(), v[i_band])
        ids = lookup.get(key)
        if ids is None:
            ids = lookup[key] = _place(f, line, sites, v[i_site], v[i_cat], v[i_band])
            used_sites.add(sites[key[0]].name)
        # Neighbouring keys: the index grows at its end.
        record: tuple[object, ...] = (
            time_ordered_uuid(),
            *ids,
            gender,
            at,
            batch_id,
            author_id,
            stamp,
            stamp,
        )
        if visits_given:
            visit = _visit(
                f, line, v[i_visit] if i_visit is not None else "", ids[0], at, gender, visits
            )
            returning = _yes_no(f, line, v[i_return] if i_return is not None else "")
            record = (*record, visit, returning)
        add(record)
    record_batch(s, f, KIND, len(records), author_id, "quick_case", batch_id)
    names = RECORD + (VISIT if visits_given else ())
    bulk_insert_rows(s, QuickCase.__table__, names, records)
    return ImportResult(len(records), batch_id, tuple(sorted(used_sites)))


# The columns of an imported snabbärende, in the order the import builds them.
RECORD = (
    "id",
    "site_id",
    "category_id",
    "age_band_id",
    "gender",
    "occurred_at",
    "import_id",
    "author_id",
    "created_at",
    "modified_at",
)
VISIT = ("visit_id", "return_visit")


def _place(
    f: CsvFile, line: int, sites: dict[str, SiteInfo], site_name: str, category: str, band: str
) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """The keys of a row's site, category and age band (or the row's problem)."""
    site = sites.get(site_name.casefold())
    if site is None:
        known = ", ".join(x.name for x in sites.values()) or "inga"
        raise ImportProblem(
            f"okänd mötesplats {site_name!r} (kända: {known}).",
            file=f.name,
            line=line,
            column="mötesplats",
        )
    cat = site.category(category)
    if cat is None:
        known = ", ".join(c.name for c in site.categories)
        raise ImportProblem(
            f"okänd kategori {category!r} för {site.name} (kända: {known}).",
            file=f.name,
            line=line,
            column="kategori",
        )
    age_band = site.age_band(band)
    if age_band is None:
        known = ", ".join(b.label for b in site.age_bands)
        raise ImportProblem(
            f"okänd åldersgrupp {band!r} för {site.name} (kända: {known}).",
            file=f.name,
            line=line,
            column="åldersgrupp",
        )
    return site.id, cat.id, age_band.id


def _visit(
    f: CsvFile,
    line: int,
    value: str,
    site_id: uuid.UUID,
    at: datetime,
    gender: Gender,
    visits: dict[tuple[uuid.UUID, object, str], tuple[uuid.UUID, Gender]],
) -> uuid.UUID | None:
    """The visit a row belongs to: rows of one site and day with the same ``besök`` value."""
    if not value:
        return None
    key = (site_id, at.date(), value.casefold())
    found = visits.get(key)
    if found is None:
        visit = time_ordered_uuid()
        visits[key] = (visit, gender)
        return visit
    if found[1] is not gender:
        raise ImportProblem(
            f"besöket {value!r} har redan en rad med ett annat kön; ett besök är en besökare.",
            file=f.name,
            line=line,
            column="besök",
        )
    return found[0]


def _yes_no(f: CsvFile, line: int, value: str) -> bool:
    if not value:
        return False
    answer = YES_NO.get(value.casefold())
    if answer is None:
        raise ImportProblem(
            f"återkommande ska vara ja eller nej, inte {value!r}.",
            file=f.name,
            line=line,
            column="återkommande",
        )
    return answer

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
from vagledare.journal.db import bulk_insert
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
    records = []
    used_sites: set[str] = set()
    visits_given = "besök" in f.columns or "återkommande" in f.columns
    visits: dict[tuple[uuid.UUID, object, str], tuple[uuid.UUID, Gender]] = {}
    for row in f.rows:
        v = row.values
        try:
            at = parse_time(v["tidpunkt"])
        except ValueError:
            raise ImportProblem(
                f"tidpunkten {v['tidpunkt']!r} ska skrivas ÅÅÅÅ-MM-DD TT:MM.",
                file=f.name,
                line=row.line,
                column="tidpunkt",
            ) from None
        gender = GENDERS.get(v["kön"].casefold())
        if gender is None:
            raise ImportProblem(
                f"okänt kön {v['kön']!r}; skriv Kvinna, Man, K eller M.",
                file=f.name,
                line=row.line,
                column="kön",
            )
        key = (v["mötesplats"].casefold(), v["kategori"].casefold(), v["åldersgrupp"])
        ids = lookup.get(key)
        if ids is None:
            site = sites.get(key[0])
            if site is None:
                known = ", ".join(x.name for x in sites.values()) or "inga"
                raise ImportProblem(
                    f"okänd mötesplats {v['mötesplats']!r} (kända: {known}).",
                    file=f.name,
                    line=row.line,
                    column="mötesplats",
                )
            cat = site.category(v["kategori"])
            if cat is None:
                known = ", ".join(c.name for c in site.categories)
                raise ImportProblem(
                    f"okänd kategori {v['kategori']!r} för {site.name} (kända: {known}).",
                    file=f.name,
                    line=row.line,
                    column="kategori",
                )
            band = site.age_band(v["åldersgrupp"])
            if band is None:
                known = ", ".join(b.label for b in site.age_bands)
                raise ImportProblem(
                    f"okänd åldersgrupp {v['åldersgrupp']!r} för {site.name} (kända: {known}).",
                    file=f.name,
                    line=row.line,
                    column="åldersgrupp",
                )
            ids = lookup[key] = (site.id, cat.id, band.id)
            used_sites.add(site.name)
        record = {
            "id": time_ordered_uuid(),  # neighbouring keys: the index grows at its end
            "site_id": ids[0],
            "category_id": ids[1],
            "age_band_id": ids[2],
            "gender": gender,
            "occurred_at": at,
            "import_id": batch_id,
            "author_id": author_id,
            "created_at": stamp,
            "modified_at": stamp,
        }
        if visits_given:
            record["visit_id"] = _visit(f, row.line, v.get("besök", ""), ids[0], at, gender, visits)
            record["return_visit"] = _yes_no(f, row.line, v.get("återkommande", ""))
        records.append(record)
    record_batch(s, f, KIND, len(records), author_id, "quick_case", batch_id)
    bulk_insert(s, QuickCase.__table__, records)
    return ImportResult(len(records), batch_id, tuple(sorted(used_sites)))


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

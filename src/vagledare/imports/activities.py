"""``vagledare import activities``: activities and events from a CSV file, all rows or none.

Header ``datum;mötesplats;typ;titel;partner;kvinnor;män;ej angivet;arbetsgivare`` (or English
``date;site;type;title;partner;women;men;unstated;employers``): the day ``YYYY-MM-DD``, a site
and an activity type of the journal, a title (the type's name when empty), partners separated
by ``|`` (new ones join the register), visitors by gender and the number of employers present
(whole numbers from 0 up, no cap; empty is 0).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from vagledare.imports.batch import open_import, record_batch
from vagledare.imports.csvfile import CsvFile, ImportProblem
from vagledare.journal import activities
from vagledare.journal.errors import ValidationError
from vagledare.journal.privacy import check_value
from vagledare.journal.sites import SiteInfo, list_sites

KIND = "activities"
COLUMNS = (
    "datum",
    "mötesplats",
    "typ",
    "titel",
    "partner",
    "kvinnor",
    "män",
    "ej angivet",
    "arbetsgivare",
)
ALIASES = {
    **{c: c for c in COLUMNS},
    "date": "datum",
    "site": "mötesplats",
    "type": "typ",
    "title": "titel",
    "partners": "partner",
    "women": "kvinnor",
    "men": "män",
    "unstated": "ej angivet",
    "employers": "arbetsgivare",
}
COUNTS = (("kvinnor", "women"), ("män", "men"), ("ej angivet", "unstated"))
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SPACES = str.maketrans("", "", " \u00a0\u202f")


@dataclass(frozen=True)
class ImportResult:
    rows: int
    batch_id: uuid.UUID
    visitors: int
    new_partners: tuple[str, ...]


def _count(f: CsvFile, line: int, column: str, text: str) -> int:
    cleaned = text.translate(_SPACES)
    if not cleaned:
        return 0
    if not re.fullmatch(r"[+-]?\d+", cleaned):
        raise ImportProblem(
            f"{text!r} är inget heltal; skriv antalet med siffror (0 om ingen).",
            file=f.name,
            line=line,
            column=column,
        )
    value = int(cleaned)
    if value < 0:
        raise ImportProblem(
            f"antalet kan inte vara negativt ({text}).", file=f.name, line=line, column=column
        )
    if value > activities.MAX_COUNT:
        raise ImportProblem(
            f"antalet {value} är orimligt stort.", file=f.name, line=line, column=column
        )
    return value


def _guarded(f: CsvFile, line: int, column: str, table: str, name: str, text: str) -> None:
    try:
        check_value(table, name, text)
    except ValidationError as exc:
        raise ImportProblem(str(exc), file=f.name, line=line, column=column) from None


def import_activities(
    s: Session,
    path: Path | str,
    author_id: uuid.UUID | None,
    *,
    force: bool = False,
    data: bytes | None = None,
) -> ImportResult:
    """Check every row, then add them all in the caller's transaction (or raise)."""
    f = open_import(s, path, KIND, ALIASES, COLUMNS, force=force, data=data)
    sites: dict[str, SiteInfo] = {x.name.casefold(): x for x in list_sites(s)}
    kinds = {k.name.casefold(): k for k in activities.list_kinds(s, include_retired=True)}
    known_partners = {p.name.casefold() for p in activities.list_partners(s, include_retired=True)}
    drafts: list[tuple[int, activities.ActivityDraft]] = []
    for row in f.rows:
        v, line = row.values, row.line
        if not _DATE_RE.match(v["datum"]):
            raise ImportProblem(
                f"datumet {v['datum']!r} ska skrivas ÅÅÅÅ-MM-DD.",
                file=f.name,
                line=line,
                column="datum",
            )
        try:
            day = date.fromisoformat(v["datum"])
        except ValueError:
            raise ImportProblem(
                f"datumet {v['datum']!r} finns inte.", file=f.name, line=line, column="datum"
            ) from None
        site = sites.get(" ".join(v["mötesplats"].split()).casefold())
        if site is None:
            known = ", ".join(x.name for x in sites.values()) or "inga"
            raise ImportProblem(
                f"okänd mötesplats {v['mötesplats']!r} (kända: {known}).",
                file=f.name,
                line=line,
                column="mötesplats",
            )
        kind = kinds.get(" ".join(v["typ"].split()).casefold())
        if kind is None:
            known = ", ".join(k.name for k in kinds.values() if not k.retired)
            raise ImportProblem(
                f"okänd aktivitetstyp {v['typ']!r} (kända: {known}); en teamledare kan lägga "
                "till typer i listan.",
                file=f.name,
                line=line,
                column="typ",
            )
        title = " ".join(v["titel"].split()) or kind.name
        if len(title) > activities.MAX_TITLE:
            raise ImportProblem(
                f"titeln är för lång (högst {activities.MAX_TITLE} tecken).",
                file=f.name,
                line=line,
                column="titel",
            )
        _guarded(f, line, "titel", "activity", "title", title)
        partners = tuple(
            dict.fromkeys(" ".join(p.split()) for p in v["partner"].split("|") if p.strip())
        )
        for p in partners:
            if len(p) > activities.MAX_PARTNER:
                raise ImportProblem(
                    f"partnernamnet är för långt (högst {activities.MAX_PARTNER} tecken).",
                    file=f.name,
                    line=line,
                    column="partner",
                )
            _guarded(f, line, "partner", "partner", "name", p)
        women, men, unstated = (_count(f, line, col, v[col]) for col, _ in COUNTS)
        employers = _count(f, line, "arbetsgivare", v["arbetsgivare"])
        drafts.append(
            (
                line,
                activities.ActivityDraft(
                    site.id, kind.id, day, title, women, men, unstated, employers, partners=partners
                ),
            )
        )
    batch_id = record_batch(s, f, KIND, len(drafts), author_id, "activity", uuid.uuid4())
    visitors = 0
    new_partners: dict[str, str] = {}
    columns = {"title": "titel", "partners": "partner", "kind": "typ", "site": "mötesplats"}
    columns.update({fld: col for col, fld in COUNTS})
    columns["employers"] = "arbetsgivare"
    for line, d in drafts:
        try:
            activities.add_activity(s, d, author_id, import_id=batch_id)
        except activities.ActivityProblem as exc:
            raise ImportProblem(
                str(exc), file=f.name, line=line, column=columns.get(exc.field)
            ) from None
        visitors += d.women + d.men + d.unstated
        for p in d.partners:
            if p.casefold() not in known_partners:
                new_partners.setdefault(p.casefold(), p)
    return ImportResult(len(drafts), batch_id, visitors, tuple(new_partners.values()))

"""``vagledare import aggregates``: counts from earlier years without row-level history (e.g.
the seed's drop-in and avslut tables), all rows or none.

Header ``år;period;mötesplats;mått;kön;värde`` (or English ``year;period;site;measure;gender;
value``). ``period`` is ``helår``, ``delår 1``, ``delår 2``, ``kvartal 1``–``4`` or a month
``ÅÅÅÅ-MM`` of that year; ``mötesplats`` a site (or one of its other names) or a site group, empty
for the whole journal; ``mått`` a count of the indicator catalogue (``docs/indicators.md``);
``kön`` ``Kvinnor``, ``Män`` or ``Totalt`` (only ``Totalt`` for a measure without a gender
split); ``värde`` a whole number from 0.

Refused, naming line and column: a row the file repeats (same year, period, place, measure and
gender), a count the journal already holds with another value, Kvinnor + Män above Totalt, and
a count that contradicts the journal's own rows for the same period, place and measure (the
journal holds rows of that kind there and then, and they count otherwise). Only the indicators
read these counts, and they say so; the row-level reports never do.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from vagledare.imports.batch import open_import, record_batch
from vagledare.imports.csvfile import CsvFile, CsvRow, ImportProblem
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import AggregateCount, utc_now
from vagledare.journal.privacy import check_rows
from vagledare.reports.aggregates import GENDER_LABELS, GENDER_WORDS, aggregate_period
from vagledare.reports.fmt import format_value
from vagledare.reports.measures import MEASURES, Measure, measure
from vagledare.reports.periods import Period

KIND = "aggregates"
COLUMNS = ("år", "period", "mötesplats", "mått", "kön", "värde")
ALIASES = {
    **{c: c for c in COLUMNS},
    "ar": "år",
    "year": "år",
    "site": "mötesplats",
    "motesplats": "mötesplats",
    "measure": "mått",
    "matt": "mått",
    "gender": "kön",
    "kon": "kön",
    "value": "värde",
    "varde": "värde",
}
FIRST_YEAR = 1990
MAX_VALUE = 10_000_000
WHOLE_JOURNAL = "hela journalen"
_SPACES = str.maketrans("", "", " \u00a0\u202f")

Place = tuple[uuid.UUID | None, uuid.UUID | None]  # (site, group); (None, None): the journal
Key = tuple[int, str, Place, str, str]  # year, period, place, measure, gender


@dataclass(frozen=True)
class AggregateImportResult:
    rows: int  # new counts stored
    unchanged: int  # counts the journal already held with the same value
    batch_id: uuid.UUID
    years: tuple[int, ...]
    measures: tuple[str, ...]


@dataclass(frozen=True)
class _Planned:
    key: Key
    value: int
    line: int
    place_name: str
    period: Period


def _n(value: int) -> str:
    return format_value(value, "sv")


class _Checker:
    def __init__(self, s: Session, f: CsvFile, today: date) -> None:
        from vagledare.journal.site_groups import list_groups

        self.s = s
        self.f = f
        self.today = today
        self.groups = {g.id: g for g in list_groups(s)}
        self.seen: dict[Key, _Planned] = {}
        self.rows_cache: dict[tuple[str, Period, Place], object] = {}

    def problem(self, row: CsvRow, column: str, message: str) -> ImportProblem:
        return ImportProblem(message, file=self.f.name, line=row.line, column=column)

    def year(self, row: CsvRow) -> int:
        text = row.values["år"]
        if not re.fullmatch(r"\d{4}", text):
            raise self.problem(row, "år", f"året {text!r} ska skrivas ÅÅÅÅ, t.ex. 2021.")
        year = int(text)
        if not FIRST_YEAR <= year <= self.today.year:
            raise self.problem(
                row, "år", f"året {year} ligger utanför {FIRST_YEAR}–{self.today.year}."
            )
        return year

    def period(self, row: CsvRow, year: int) -> tuple[str, Period]:
        try:
            word, period = aggregate_period(year, row.values["period"])
        except ValueError as exc:
            raise self.problem(row, "period", str(exc)) from None
        if period.start > self.today:
            raise self.problem(row, "period", f"perioden {word} {year} har inte börjat än.")
        return word, period

    def place(self, row: CsvRow) -> tuple[Place, str]:
        from vagledare.journal.site_groups import find_group
        from vagledare.journal.sites import find_site, list_sites

        text = row.values["mötesplats"]
        if not text:
            return (None, None), WHOLE_JOURNAL
        site = find_site(self.s, text)
        if site is not None:
            return (site.id, None), site.name
        group = find_group(self.s, text)
        if group is not None:
            return (None, group.id), group.name
        known = ", ".join(
            [x.name for x in list_sites(self.s)] + list(g.name for g in self.groups.values())
        )
        raise self.problem(
            row,
            "mötesplats",
            f"okänd mötesplats eller grupp {text!r} (kända: {known or 'inga'}; tomt betyder "
            "hela journalen).",
        )

    def measure(self, row: CsvRow) -> Measure:
        text = row.values["mått"]
        importable = ", ".join(m.key for m in MEASURES if m.importable)
        try:
            m = measure(text)
        except ValidationError:
            raise self.problem(
                row, "mått", f"okänt mått {text!r}; mått som kan importeras: {importable}."
            ) from None
        if not m.importable:
            raise self.problem(
                row,
                "mått",
                f"måttet {m.key} räknas fram och importeras inte; mått som kan importeras: "
                f"{importable}.",
            )
        return m

    def gender(self, row: CsvRow, m: Measure) -> str:
        text = row.values["kön"]
        gender = GENDER_WORDS.get(" ".join(text.split()).casefold())
        if gender is None:
            raise self.problem(row, "kön", f"okänt kön {text!r}; skriv Kvinnor, Män eller Totalt.")
        if gender != "total" and not m.gender_split:
            raise self.problem(row, "kön", f"måttet {m.key} delas inte upp på kön; skriv Totalt.")
        return gender

    def value(self, row: CsvRow) -> int:
        text = row.values["värde"]
        cleaned = text.translate(_SPACES)
        if re.fullmatch(r"-\d+", cleaned):
            raise self.problem(row, "värde", f"värdet kan inte vara negativt ({text}).")
        if not re.fullmatch(r"\+?\d+", cleaned):
            raise self.problem(
                row, "värde", f"{text!r} är inget heltal; skriv antalet med siffror."
            )
        value = int(cleaned)
        if value > MAX_VALUE:
            raise self.problem(row, "värde", f"värdet {text} är orimligt stort.")
        return value

    def row(self, row: CsvRow) -> _Planned:
        year = self.year(row)
        word, period = self.period(row, year)
        place, place_name = self.place(row)
        m = self.measure(row)
        gender = self.gender(row, m)
        value = self.value(row)
        key: Key = (year, word, place, m.key, gender)
        earlier = self.seen.get(key)
        if earlier is not None:
            raise self.problem(
                row,
                "värde",
                f"{self.what(key, place_name)} finns redan på rad {earlier.line} "
                f"({_n(earlier.value)}); en rad per år, period, mötesplats, mått och kön.",
            )
        planned = _Planned(key, value, row.line, place_name, period)
        self.seen[key] = planned
        self.against_rows(row, planned)
        return planned

    @staticmethod
    def what(key: Key, place_name: str) -> str:
        year, word, _, measure_key, gender = key
        return f"{measure_key} {word} {year} {place_name} {GENDER_LABELS[gender]}"

    def site_ids(self, place: Place) -> list[uuid.UUID] | None:
        site_id, group_id = place
        if site_id is not None:
            return [site_id]
        if group_id is not None:
            return sorted(self.groups[group_id].site_ids)
        return None

    def against_rows(self, row: CsvRow, p: _Planned) -> None:
        """Refuse a count that the journal's own rows for the same period, place and measure
        count otherwise."""
        from vagledare.reports.measure_rows import RowValue, row_value

        _, _, place, measure_key, gender = p.key
        cache_key = (measure_key, p.period, place)
        if cache_key not in self.rows_cache:
            self.rows_cache[cache_key] = row_value(
                self.s, measure_key, p.period, self.site_ids(place)
            )
        found = self.rows_cache[cache_key]
        if not isinstance(found, RowValue) or not found.in_period:
            return
        mine = {"woman": found.value.women, "man": found.value.men, "total": found.value.total}
        theirs = mine[gender]
        if theirs is not None and theirs != p.value:
            raise self.problem(
                row,
                "värde",
                f"{self.what(p.key, p.place_name)} {_n(p.value)} i filen men "
                f"{_n(int(theirs))} i journalens rader.",
            )

    def consistent(self, planned: Sequence[_Planned], stored: dict[Key, int]) -> None:
        """Kvinnor + Män may not exceed Totalt (the file's counts and the journal's together)."""
        every = {**stored, **{p.key: p.value for p in planned}}
        for p in planned:
            year, word, place, measure_key, _ = p.key
            parts = [every.get((year, word, place, measure_key, g)) for g in ("woman", "man")]
            total = every.get((year, word, place, measure_key, "total"))
            if total is None or any(x is None for x in parts):
                continue
            women, men = parts[0] or 0, parts[1] or 0
            if women + men > total:
                what = f"{measure_key} {word} {year} {p.place_name}"
                raise ImportProblem(
                    f"{what}: Kvinnor {_n(women)} + Män {_n(men)} är fler än Totalt {_n(total)}.",
                    file=self.f.name,
                    line=p.line,
                    column="värde",
                )


def _stored(s: Session) -> dict[Key, int]:
    rows = s.execute(
        select(
            AggregateCount.year,
            AggregateCount.period,
            AggregateCount.site_id,
            AggregateCount.group_id,
            AggregateCount.measure,
            AggregateCount.gender,
            AggregateCount.value,
        )
    )
    return {(y, p, (site, group), m, g): v for y, p, site, group, m, g, v in rows}


def import_aggregates(
    s: Session,
    path: Path | str,
    author_id: uuid.UUID | None,
    *,
    force: bool = False,
    data: bytes | None = None,
    today: date | None = None,
) -> AggregateImportResult:
    """Check every row, then store them all in the caller's transaction (or raise)."""
    f = open_import(s, path, KIND, ALIASES, COLUMNS, force=force, data=data)
    checker = _Checker(s, f, today or date.today())
    planned = [checker.row(row) for row in f.rows]
    stored = _stored(s)
    new: list[_Planned] = []
    for p in planned:
        held = stored.get(p.key)
        if held is None:
            new.append(p)
        elif held != p.value:
            raise ImportProblem(
                f"{checker.what(p.key, p.place_name)} {_n(p.value)} i filen men {_n(held)} "
                "i journalens inflyttade sammanställningar.",
                file=f.name,
                line=p.line,
                column="värde",
            )
    checker.consistent(planned, stored)
    batch_id = record_batch(s, f, KIND, len(new), author_id, "aggregate_count")
    stamp = utc_now()
    rows = [
        {
            "id": uuid.uuid4(),
            "year": p.key[0],
            "period": p.key[1],
            "site_id": p.key[2][0],
            "group_id": p.key[2][1],
            "measure": p.key[3],
            "gender": p.key[4],
            "value": p.value,
            "import_batch_id": batch_id,
            "author_id": author_id,
            "created_at": stamp,
            "modified_at": stamp,
        }
        for p in new
    ]
    check_rows("aggregate_count", rows)
    if rows:
        s.execute(insert(AggregateCount), rows)
    return AggregateImportResult(
        len(new),
        len(planned) - len(new),
        batch_id,
        tuple(sorted({p.key[0] for p in planned})),
        tuple(dict.fromkeys(p.key[3] for p in planned)),
    )

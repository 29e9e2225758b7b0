"""``vagledare import cases``: ärenden from a CSV file, all rows or none.

Header ``kod;mötesplats;väg;kön;åldersgrupp;start;avslut;orsak`` (or English
``code;site;route;gender;age_band;start;closed;reason``). ``väg`` is Medborgarservice or Anvisad;
``avslut`` (YYYY-MM-DD) and ``orsak`` (a reason's name, e.g. ``Varaktigt arbete``) are both
empty for an open case. A new code is registered; a known code gets another case, which may
not overlap any of its other cases (in the journal or earlier in the file).

Optional columns: ``ingång`` (how the person found the desk, e.g. ``Öppna förskolan``),
``vägledare`` (a staff member's name in the journal), ``ferie`` and ``kommunala studier``
(``ja``/``nej``: the flags of Tillfälligt arbete and Studier), ``aktivitetsplikt från`` and
``aktivitetsplikt till`` (a decision on aktivitetsplikt, inside the case's dates).
"""

from __future__ import annotations

import contextlib
import re
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from vagledare.imports.batch import open_import, record_batch
from vagledare.imports.csvfile import CsvFile, CsvRow, ImportProblem
from vagledare.imports.dropin import GENDERS
from vagledare.journal.case_codes import (
    REASONS,
    REFERRAL_SOURCES,
    ROUTE_KEYS,
    parse_reason,
    reason_info,
)
from vagledare.journal.cases import Span, describe_span
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    Case,
    Closure,
    ClosureReason,
    Gender,
    Participant,
    ReferralSource,
    Route,
    Staff,
    utc_now,
)
from vagledare.journal.participants import clean_code
from vagledare.journal.sites import SiteInfo, list_sites

KIND = "cases"
COLUMNS = ("kod", "mötesplats", "väg", "kön", "åldersgrupp", "start", "avslut", "orsak")
ALIASES = {
    **{c: c for c in COLUMNS},
    "code": "kod",
    "site": "mötesplats",
    "route": "väg",
    "gender": "kön",
    "age_band": "åldersgrupp",
    "closed": "avslut",
    "reason": "orsak",
}
OPTIONAL: tuple[str, ...] = ("ingång", "vägledare", "ferie", "kommunala studier")
OPTIONAL += ("aktivitetsplikt från", "aktivitetsplikt till")
ALIASES |= {
    **{c: c for c in OPTIONAL},
    "referral_source": "ingång",
    "coach": "vägledare",
    "summer_job": "ferie",
    "municipal_studies": "kommunala studier",
    "duty_from": "aktivitetsplikt från",
    "duty_to": "aktivitetsplikt till",
}
_YES_NO = {"ja": True, "j": True, "yes": True, "nej": False, "n": False, "no": False, "": False}
_SOURCES = {
    word.casefold(): source
    for source, words in REFERRAL_SOURCES.items()
    for word in (*words, source.value)
}
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_GENDER_WORD = {Gender.WOMAN: "kvinna", Gender.MAN: "man", Gender.UNSTATED: "ej angivet"}


@dataclass(frozen=True)
class CaseImportResult:
    rows: int
    batch_id: uuid.UUID
    new_codes: int
    closed: int


@dataclass(frozen=True)
class _Planned:
    code: str
    site: SiteInfo
    route: Route
    gender: Gender
    age_band: str
    start: date
    closed: date | None
    reason: ClosureReason | None
    source: ReferralSource | None = None
    coach_id: uuid.UUID | None = None
    summer_job: bool = False
    municipal_studies: bool = False
    duty_from: date | None = None
    duty_to: date | None = None


@dataclass
class _Code:
    """What the journal and the rows so far say about one code."""

    participant_id: uuid.UUID | None
    gender: Gender
    gender_line: int | None  # the file line that set the gender; None: the journal did
    spans: list[tuple[Span, int | None]]  # with the file line, None for journal cases


class _Checker:
    def __init__(self, s: Session, f: CsvFile, today: date) -> None:
        self.s = s
        self.f = f
        self.today = today
        self.sites = {x.name.casefold(): x for x in list_sites(s)}
        self.codes: dict[str, _Code] = {}
        self.staff = {name.casefold(): sid for sid, name in s.execute(select(Staff.id, Staff.name))}

    def problem(self, row: CsvRow, column: str, message: str) -> ImportProblem:
        return ImportProblem(message, file=self.f.name, line=row.line, column=column)

    def parse_date(self, row: CsvRow, column: str, what: str, *, future: bool = False) -> date:
        text = row.values[column]
        try:
            if not _DATE_RE.match(text):
                raise ValueError
            day = date.fromisoformat(text)
        except ValueError:
            raise self.problem(row, column, f"{what} {text!r} ska skrivas ÅÅÅÅ-MM-DD.") from None
        if day > self.today and not future:
            raise self.problem(row, column, f"{what} {text} ligger i framtiden.")
        return day

    def optional(self, row: CsvRow, p: _Planned) -> _Planned:
        """The optional columns of a row that passed the required ones."""
        v = row.values
        source = coach_id = None
        if v.get("ingång"):
            source = _SOURCES.get(v["ingång"].casefold())
            if source is None:
                known = ", ".join(sv for sv, _ in REFERRAL_SOURCES.values())
                raise self.problem(row, "ingång", f"okänd ingång {v['ingång']!r} (kända: {known}).")
        if v.get("vägledare"):
            coach_id = self.staff.get(v["vägledare"].casefold())
            if coach_id is None:
                raise self.problem(
                    row,
                    "vägledare",
                    f"{v['vägledare']!r} finns inte bland journalens personal; "
                    "en teamledare lägger till personal först.",
                )
        flags = {}
        for column, flag, reason in (
            ("ferie", "summer_job", "Tillfälligt arbete"),
            ("kommunala studier", "municipal_studies", "Studier"),
        ):
            word = v.get(column, "").casefold()
            if word not in _YES_NO:
                raise self.problem(row, column, f"skriv ja eller nej, inte {v[column]!r}.")
            flags[flag] = _YES_NO[word]
            if flags[flag] and (p.reason is None or reason_info(p.reason).flag != flag):
                raise self.problem(row, column, f"kan bara markeras när orsaken är {reason}.")
        duty_from, duty_to = self.duty(row, p)
        return _Planned(
            p.code,
            p.site,
            p.route,
            p.gender,
            p.age_band,
            p.start,
            p.closed,
            p.reason,
            source,
            coach_id,
            flags["summer_job"],
            flags["municipal_studies"],
            duty_from,
            duty_to,
        )

    def duty(self, row: CsvRow, p: _Planned) -> tuple[date | None, date | None]:
        """The aktivitetsplikt decision: from and to, both within the case's days."""
        v = row.values
        first_col, last_col = "aktivitetsplikt från", "aktivitetsplikt till"
        if not v.get(first_col):
            if v.get(last_col):
                raise self.problem(row, first_col, "aktivitetsplikt till utan från-datum.")
            return None, None
        first = self.parse_date(row, first_col, "datumet")
        last = self.parse_date(row, last_col, "datumet", future=True) if v.get(last_col) else None
        end = f"–{p.closed.isoformat()}" if p.closed else " och framåt"
        inside = f"ärendets dagar ({p.start.isoformat()}{end})"
        if first < p.start or (p.closed is not None and first > p.closed):
            raise self.problem(
                row, first_col, f"beslutet {first.isoformat()} ligger utanför {inside}."
            )
        if last is not None:
            if last < first:
                raise self.problem(
                    row,
                    last_col,
                    f"beslutet slutar {last.isoformat()}, före sin början {first.isoformat()}.",
                )
            if p.closed is not None and last > p.closed:
                raise self.problem(
                    row, last_col, f"beslutet {last.isoformat()} ligger utanför {inside}."
                )
        return first, last

    def row(self, row: CsvRow) -> _Planned:
        v = row.values
        try:
            code = clean_code(v["kod"])
        except ValidationError as exc:
            raise self.problem(row, "kod", str(exc)) from None
        site = self.sites.get(v["mötesplats"].casefold())
        if site is None:
            known = ", ".join(x.name for x in self.sites.values()) or "inga"
            raise self.problem(
                row, "mötesplats", f"okänd mötesplats {v['mötesplats']!r} (kända: {known})."
            )
        route = ROUTE_KEYS.get(v["väg"].casefold())
        if route is None:
            raise self.problem(
                row, "väg", f"okänd väg {v['väg']!r}; skriv Medborgarservice eller Anvisad."
            )
        gender = GENDERS.get(v["kön"].casefold())
        if gender is None:
            raise self.problem(row, "kön", f"okänt kön {v['kön']!r}; skriv Kvinna, Man, K eller M.")
        band = site.age_band(v["åldersgrupp"])
        if band is None:
            known = ", ".join(b.label for b in site.age_bands)
            raise self.problem(
                row,
                "åldersgrupp",
                f"okänd åldersgrupp {v['åldersgrupp']!r} för {site.name} (kända: {known}).",
            )
        start = self.parse_date(row, "start", "startdatumet")
        closed, reason = self.closing(row, start)
        planned = _Planned(code, site, route, gender, band.label, start, closed, reason)
        planned = self.optional(row, planned)
        self.check_code(row, code, gender, Span(start, closed))
        return planned

    def closing(self, row: CsvRow, start: date) -> tuple[date | None, ClosureReason | None]:
        v = row.values
        if not v["avslut"] and not v["orsak"]:
            return None, None
        if not v["orsak"]:
            raise self.problem(row, "orsak", "avslutsdatum utan orsak; ange orsak till avslut.")
        if not v["avslut"]:
            raise self.problem(row, "avslut", f"orsak {v['orsak']!r} utan avslutsdatum.")
        reason = parse_reason(v["orsak"])
        if reason is None:
            known = ", ".join(r.sv for r in REASONS)
            raise self.problem(row, "orsak", f"okänd orsak {v['orsak']!r} (kända: {known}).")
        closed = self.parse_date(row, "avslut", "avslutsdatumet")
        if closed < start:
            raise self.problem(
                row,
                "avslut",
                f"avslutet {closed.isoformat()} ligger före starten {start.isoformat()}.",
            )
        return closed, reason

    def prefetch(self, rows: tuple[CsvRow, ...]) -> None:
        """Look up every code of the file that the journal knows, with its cases' spans, in a
        few queries (not one per row)."""
        codes: set[str] = set()
        for row in rows:
            with contextlib.suppress(ValidationError):  # reported when the row is checked
                codes.add(clean_code(row.values["kod"]))
        wanted = sorted(codes)
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            found = self.s.execute(
                select(Participant.id, Participant.code, Participant.gender).where(
                    Participant.code.in_(chunk)
                )
            ).all()
            by_id = {pid: _Code(pid, gender, None, []) for pid, _, gender in found}
            self.codes.update({code: by_id[pid] for pid, code, _ in found})
            spans = self.s.execute(
                select(Case.participant_id, Case.start_date, Closure.closed_on)
                .outerjoin(Closure, (Closure.case_id == Case.id) & Closure.reopened_on.is_(None))
                .where(Case.participant_id.in_(list(by_id)))
            )
            for pid, start, end in spans:
                by_id[pid].spans.append((Span(start, end), None))

    def check_code(self, row: CsvRow, code: str, gender: Gender, span: Span) -> None:
        known = self.codes.get(code)
        if known is None:  # not in the journal: the first row with the code sets its gender
            known = self.codes[code] = _Code(None, gender, row.line, [])
        if known.gender != gender:
            where = "i journalen" if known.gender_line is None else f"på rad {known.gender_line}"
            raise self.problem(
                row,
                "kön",
                f"deltagarkoden {code} är registrerad som {_GENDER_WORD[known.gender]} "
                f"{where}, men raden anger {_GENDER_WORD[gender]}.",
            )
        for other, line in known.spans:
            if other.overlaps(span):
                where = "i journalen" if line is None else f"på rad {line}"
                raise self.problem(
                    row,
                    "start",
                    f"deltagarkoden {code} har redan {describe_span(other)} {where}; "
                    "en deltagare kan bara ha ett ärende åt gången.",
                )
        known.spans.append((span, row.line))


def import_cases(
    s: Session,
    path: Path | str,
    author_id: uuid.UUID | None,
    *,
    force: bool = False,
    data: bytes | None = None,
    today: date | None = None,
) -> CaseImportResult:
    """Check every row, then insert them all in the caller's transaction (or raise)."""
    f = open_import(s, path, KIND, ALIASES, COLUMNS, force=force, data=data)
    checker = _Checker(s, f, today or date.today())
    checker.prefetch(f.rows)
    planned = [checker.row(row) for row in f.rows]

    batch_id = record_batch(s, f, KIND, len(planned), author_id, "case_file")
    stamp = utc_now()
    common = {"author_id": author_id, "created_at": stamp, "modified_at": stamp}
    new_people: list[dict[str, object]] = []
    for p in planned:
        entry = checker.codes[p.code]
        if entry.participant_id is None:
            entry.participant_id = uuid.uuid4()
            new_people.append(
                {
                    "id": entry.participant_id,
                    "code": p.code,
                    "gender": p.gender,
                    "age_band": p.age_band,
                    "site_id": p.site.id,
                    **common,
                }
            )
    cases: list[dict[str, object]] = []
    closures: list[dict[str, object]] = []
    for p in planned:
        case_id = uuid.uuid4()
        cases.append(
            {
                "id": case_id,
                "participant_id": checker.codes[p.code].participant_id,
                "site_id": p.site.id,
                "route": p.route,
                "referral_source": p.source,
                "coach_id": p.coach_id,
                "age_band": p.age_band,
                "start_date": p.start,
                "duty_from": p.duty_from,
                "duty_to": p.duty_to,
                "import_id": batch_id,
                **common,
            }
        )
        if p.closed is not None:
            closures.append(
                {
                    "id": uuid.uuid4(),
                    "case_id": case_id,
                    "closed_on": p.closed,
                    "reason": p.reason,
                    "summer_job": p.summer_job,
                    "municipal_studies": p.municipal_studies,
                    **common,
                }
            )
    s.flush()
    if new_people:
        s.execute(insert(Participant), new_people)
    s.execute(insert(Case), cases)
    if closures:
        s.execute(insert(Closure), closures)
    return CaseImportResult(len(cases), batch_id, len(new_people), len(closures))

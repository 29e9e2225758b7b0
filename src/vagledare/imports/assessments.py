"""``vagledare import assessments``: progression readings from a CSV file, all rows or none.

Header ``kod;datum;besvarad_av;f1;f2;f3;f4;f5;f6;f7`` (an optional ``kommentar`` column may
follow). ``besvarad_av`` is ``deltagare`` or ``vägledare``; a value is a whole number on the
factor set's scale (1–10) or empty for "vill inte svara"; coach-only factors (BIP factor 7)
must be empty on a ``deltagare`` row. Every code must already be in the participant register.
Readings are taken with the factor set in use when the file is imported.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from vagledare.imports.csvfile import CsvFile, CsvRow, ImportProblem, read_csv
from vagledare.imports.dropin import already_imported
from vagledare.journal import audit
from vagledare.journal.assessments import (
    RESPONDENT_WORDS,
    ValueProblem,
    check_values,
    clean_comment,
)
from vagledare.journal.errors import ValidationError
from vagledare.journal.factor_sets import FACTOR_COUNT, FactorSetInfo, current_factor_set
from vagledare.journal.models import (
    Assessment,
    AssessmentValue,
    ImportBatch,
    Participant,
    Respondent,
    utc_now,
)
from vagledare.journal.participants import clean_code

KIND = "assessments"
FACTOR_COLUMNS = tuple(f"f{i}" for i in range(1, FACTOR_COUNT + 1))
COLUMNS = ("kod", "datum", "besvarad_av", *FACTOR_COLUMNS)
ALIASES = {
    "kod": "kod",
    "code": "kod",
    "datum": "datum",
    "date": "datum",
    "besvarad_av": "besvarad_av",
    "answered_by": "besvarad_av",
    "kommentar": "kommentar",
    "comment": "kommentar",
    **{c: c for c in FACTOR_COLUMNS},
}
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class ImportResult:
    rows: int
    batch_id: uuid.UUID
    factor_set: str


@dataclass(frozen=True)
class _Checked:
    participant_id: uuid.UUID
    taken_on: date
    respondent: Respondent
    values: dict[int, int | None]
    comment: str | None


def _check_row(
    f: CsvFile, row: CsvRow, fs: FactorSetInfo, codes: dict[str, uuid.UUID], today: date
) -> _Checked:
    v = row.values

    def problem(message: str, column: str) -> ImportProblem:
        return ImportProblem(message, file=f.name, line=row.line, column=column)

    try:
        code = clean_code(v["kod"])
    except ValidationError as exc:
        raise problem(str(exc), "kod") from None
    participant_id = codes.get(code)
    if participant_id is None:
        raise problem(
            f"deltagarkoden {v['kod']!r} finns inte i registret; registrera den först.", "kod"
        )
    text = v["datum"]
    try:
        if not _DATE_RE.match(text):
            raise ValueError
        taken_on = date.fromisoformat(text)
    except ValueError:
        raise problem(f"datumet {text!r} ska skrivas ÅÅÅÅ-MM-DD.", "datum") from None
    if taken_on > today:
        raise problem(f"datumet {text!r} har inte varit än.", "datum")
    respondent = RESPONDENT_WORDS.get(v["besvarad_av"].casefold())
    if respondent is None:
        raise problem(
            f"okänt värde {v['besvarad_av']!r}; skriv deltagare eller vägledare.", "besvarad_av"
        )
    raw: dict[int, int | None] = {}
    for pos, col in enumerate(FACTOR_COLUMNS, start=1):
        cell = v[col]
        if not cell:
            raw[pos] = None
        elif cell.isdigit() and int(cell) in fs.scale:
            raw[pos] = int(cell)
        else:
            raise problem(
                f"värdet {cell!r} ska vara ett heltal {fs.scale_min}–{fs.scale_max} "
                "eller tomt (vill inte svara).",
                col,
            )
    try:
        values = check_values(fs, respondent, raw)
        comment = clean_comment(v.get("kommentar"))
    except ValueProblem as exc:
        raise problem(f"värdet {v[f'f{exc.position}']!r}: {exc}", f"f{exc.position}") from None
    except ValidationError as exc:
        column = "kommentar" if "Kommentaren" in str(exc) else None
        raise ImportProblem(str(exc), file=f.name, line=row.line, column=column) from None
    return _Checked(participant_id, taken_on, respondent, values, comment)


def import_assessments(
    s: Session,
    path: Path | str,
    author_id: uuid.UUID | None,
    *,
    force: bool = False,
    data: bytes | None = None,
    today: date | None = None,
) -> ImportResult:
    """Check every row, then insert them all in the caller's transaction (or raise)."""
    today = today or date.today()
    f = read_csv(path, ALIASES, COLUMNS, data=data)
    if not force and already_imported(s, KIND, f.digest):
        raise ImportProblem(
            "samma innehåll har redan importerats; använd --force för att importera igen.",
            file=f.name,
        )
    fs = current_factor_set(s, author_id)
    codes: dict[str, uuid.UUID] = {
        code: pid for code, pid in s.execute(select(Participant.code, Participant.id))
    }
    taken = {
        (pid, who, day)
        for pid, who, day in s.execute(
            select(Assessment.participant_id, Assessment.respondent, Assessment.taken_on).where(
                Assessment.deleted_at.is_(None)
            )
        )
    }
    checked: list[_Checked] = []
    seen: dict[tuple[uuid.UUID, Respondent, date], int] = {}
    for row in f.rows:
        c = _check_row(f, row, fs, codes, today)
        key = (c.participant_id, c.respondent, c.taken_on)
        if key in seen or key in taken:
            where = f"rad {seen[key]} i filen" if key in seen else "journalen"
            raise ImportProblem(
                f"det finns redan en mätning för {row.values['kod']} besvarad av "
                f"{row.values['besvarad_av']} {c.taken_on.isoformat()} ({where}).",
                file=f.name,
                line=row.line,
            )
        seen[key] = row.line
        checked.append(c)

    batch_id = uuid.uuid4()
    s.add(
        ImportBatch(
            id=batch_id,
            kind=KIND,
            file_name=f.name,
            sha256=f.digest,
            row_count=len(checked),
            author_id=author_id,
        )
    )
    s.flush()
    ids = {x.position: x.id for x in fs.factors}
    stamp = utc_now()
    common = {"author_id": author_id, "created_at": stamp, "modified_at": stamp}
    readings, values = [], []
    for c in checked:
        aid = uuid.uuid4()
        readings.append(
            {
                "id": aid,
                "participant_id": c.participant_id,
                "factor_set_id": fs.id,
                "taken_on": c.taken_on,
                "respondent": c.respondent,
                "coach_id": author_id,
                "comment": c.comment,
                "import_id": batch_id,
                **common,
            }
        )
        values += [
            {
                "id": uuid.uuid4(),
                "assessment_id": aid,
                "factor_id": ids[pos],
                "value": val,
                **common,
            }
            for pos, val in c.values.items()
        ]
    # Core inserts: an import of thousands of readings takes seconds, not minutes.
    conn = s.connection()
    conn.execute(insert(Assessment.__table__), readings)
    conn.execute(insert(AssessmentValue.__table__), values)
    audit.record(s, "import", "assessment", batch_id, file=f.name, rows=len(checked))
    return ImportResult(len(checked), batch_id, fs.label)

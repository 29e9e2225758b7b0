"""``vagledare import followups``: follow-ups after avslut from a CSV file, all rows or none.

Header ``kod;avslut;uppföljd;status`` (or English ``code;closed;followed_up;status``).
``avslut`` (YYYY-MM-DD) names which case of the code: the one whose current closing is that
day. ``uppföljd`` is the day of the follow-up, on or after the avslut and not in the future;
``status`` one of Arbete, Studier, Annan egen försörjning, Åter till ekonomiskt bistånd, Annat,
Gick inte att nå. Only closings that count as a completed insats are followed up; a closing
with a follow-up already (in the journal or earlier in the file) is refused.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from vagledare.imports.batch import open_import, record_batch
from vagledare.imports.csvfile import CsvFile, CsvRow, ImportProblem
from vagledare.journal.case_codes import FOLLOW_UP_STATUSES, parse_follow_up_status, reason_info
from vagledare.journal.errors import ValidationError
from vagledare.journal.followups import counted_reasons
from vagledare.journal.models import Case, Closure, FollowUp, FollowUpStatus, Participant, utc_now
from vagledare.journal.participants import clean_code

KIND = "followups"
COLUMNS = ("kod", "avslut", "uppföljd", "status")
ALIASES = {
    **{c: c for c in COLUMNS},
    "code": "kod",
    "closed": "avslut",
    "followed_up": "uppföljd",
}
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class FollowUpImportResult:
    rows: int
    batch_id: uuid.UUID


@dataclass(frozen=True)
class _Planned:
    closure_id: uuid.UUID
    on: date
    status: FollowUpStatus


class _Checker:
    def __init__(self, s: Session, f: CsvFile, today: date) -> None:
        self.s = s
        self.f = f
        self.today = today
        self.reasons = counted_reasons(s)
        self.seen: dict[uuid.UUID, int] = {}  # closure -> the file line that followed it up

    def problem(self, row: CsvRow, column: str, message: str) -> ImportProblem:
        return ImportProblem(message, file=self.f.name, line=row.line, column=column)

    def parse_date(self, row: CsvRow, column: str, what: str) -> date:
        text = row.values[column]
        try:
            if not _DATE_RE.match(text):
                raise ValueError
            day = date.fromisoformat(text)
        except ValueError:
            raise self.problem(row, column, f"{what} {text!r} ska skrivas ÅÅÅÅ-MM-DD.") from None
        if day > self.today:
            raise self.problem(row, column, f"{what} {text} ligger i framtiden.")
        return day

    def row(self, row: CsvRow) -> _Planned:
        v = row.values
        try:
            code = clean_code(v["kod"])
        except ValidationError as exc:
            raise self.problem(row, "kod", str(exc)) from None
        closed = self.parse_date(row, "avslut", "avslutsdatumet")
        found = self.s.execute(
            select(Closure.id, Closure.reason)
            .join(Case, Case.id == Closure.case_id)
            .join(Participant, Participant.id == Case.participant_id)
            .where(
                Participant.code == code,
                Closure.closed_on == closed,
                Closure.reopened_on.is_(None),
            )
        ).first()
        if found is None:
            raise self.problem(
                row,
                "avslut",
                f"deltagarkoden {code} har inget ärende som avslutades {closed.isoformat()}.",
            )
        closure_id, reason = found
        if reason not in self.reasons:
            raise self.problem(
                row,
                "avslut",
                f"ärendet avslutades med {reason_info(reason).sv}, som inte räknas som en "
                "fullföljd insats; det följs inte upp.",
            )
        on = self.parse_date(row, "uppföljd", "uppföljningsdatumet")
        if on < closed:
            raise self.problem(
                row,
                "uppföljd",
                f"uppföljningen {on.isoformat()} ligger före avslutet {closed.isoformat()}.",
            )
        status = parse_follow_up_status(v["status"])
        if status is None:
            known = ", ".join(sv for sv, _ in FOLLOW_UP_STATUSES.values())
            raise self.problem(row, "status", f"okänd status {v['status']!r} (kända: {known}).")
        earlier = self.seen.get(closure_id)
        if earlier is not None:
            raise self.problem(
                row, "avslut", f"avslutet följs redan upp på rad {earlier}; en uppföljning var."
            )
        if self.s.scalar(select(FollowUp.id).where(FollowUp.closure_id == closure_id)):
            raise self.problem(
                row, "avslut", "avslutet är redan uppföljt i journalen; en uppföljning var."
            )
        self.seen[closure_id] = row.line
        return _Planned(closure_id, on, status)


def import_followups(
    s: Session,
    path: Path | str,
    author_id: uuid.UUID | None,
    *,
    force: bool = False,
    data: bytes | None = None,
    today: date | None = None,
) -> FollowUpImportResult:
    """Check every row, then insert them all in the caller's transaction (or raise)."""
    f = open_import(s, path, KIND, ALIASES, COLUMNS, force=force, data=data)
    checker = _Checker(s, f, today or date.today())
    planned = [checker.row(row) for row in f.rows]
    batch_id = record_batch(s, f, KIND, len(planned), author_id, "case_follow_up")
    stamp = utc_now()
    s.execute(
        insert(FollowUp),
        [
            {
                "id": uuid.uuid4(),
                "closure_id": p.closure_id,
                "followed_up_on": p.on,
                "status": p.status,
                "import_id": batch_id,
                "author_id": author_id,
                "created_at": stamp,
                "modified_at": stamp,
            }
            for p in planned
        ],
    )
    return FollowUpImportResult(len(planned), batch_id)

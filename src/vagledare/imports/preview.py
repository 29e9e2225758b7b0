"""The window's *Importera*: which imports there are, a check of a file that writes nothing,
and the import itself in one transaction with an event backup first.

The check runs the very import the command line runs (``vagledare import KIND FILE``) in a
unit of work that is then rolled back, so it finds exactly the problem the import would stop
at, with its line and column. Alongside it, the first rows of the file as they are, to show.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.orm import Session

from vagledare.imports import assessments, attendance, cases, dropin, participants
from vagledare.imports.batch import already_imported
from vagledare.imports.csvfile import MAX_FILE_BYTES, ImportProblem, read_csv
from vagledare.journal import audit
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.site_settings import require_lead_by_id

PREVIEW_ROWS = 20
WHAT = "importera filer i fönstret"

Progress = Callable[[str, int, int], None]  # (step, done, total); may raise to cancel


class _Importer(Protocol):
    def __call__(
        self, s: Session, path: Path | str, author_id: uuid.UUID | None, *, force: bool = ...
    ) -> Any: ...


@dataclass(frozen=True)
class ImportKind:
    key: str  # as on the command line: vagledare import KEY FILE
    columns: tuple[str, ...]  # the header a file needs (canonical Swedish names)
    aliases: Mapping[str, str]  # accepted header (folded) -> canonical name
    run: _Importer
    optional: tuple[str, ...] = ()  # columns a file may add (canonical Swedish names)


KINDS: dict[str, ImportKind] = {
    k.key: k
    for k in (
        ImportKind("dropin", dropin.COLUMNS, dropin.ALIASES, dropin.import_dropin, dropin.OPTIONAL),
        ImportKind("cases", cases.COLUMNS, cases.ALIASES, cases.import_cases, cases.OPTIONAL),
        ImportKind(
            "participants",
            participants.COLUMNS,
            participants.ALIASES,
            participants.import_participants,
        ),
        ImportKind(
            "attendance",
            attendance.COLUMNS,
            attendance.ALIASES,
            attendance.import_attendance,
            attendance.OPTIONAL,
        ),
        ImportKind(
            "assessments", assessments.COLUMNS, assessments.ALIASES, assessments.import_assessments
        ),
    )
}


def kind(key: str) -> ImportKind:
    found = KINDS.get(key)
    if found is None:
        raise ValidationError(f"Okänt slag av import: {key}.")
    return found


@dataclass(frozen=True)
class PreviewRow:
    line: int  # the file line (the header is line 1)
    fields: tuple[str, ...]


@dataclass(frozen=True)
class FileRows:
    header: tuple[str, ...]  # as written in the file
    columns: tuple[str | None, ...]  # each header's canonical name (None: not a known column)
    rows: tuple[PreviewRow, ...]  # the first rows, and the problem's row if it comes later
    total: int  # data rows in the file (blank lines not counted)


def peek(
    path: Path, aliases: Mapping[str, str], *, limit: int = PREVIEW_ROWS, also: int | None = None
) -> FileRows:
    """The file's header and first ``limit`` data rows as they are (and the row of line
    ``also``), read leniently: whatever is wrong with the file, the check says it."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return FileRows((), (), (), 0)
        data = path.read_bytes()
    except OSError:
        return FileRows((), (), (), 0)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = data.decode("utf-8", errors="replace").replace("\x00", "")
    if not text.strip():
        return FileRows((), (), (), 0)
    first = text.splitlines()[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[PreviewRow] = []
    total = 0
    header: list[str] = []
    try:
        header = [h.strip() for h in next(reader, [])]
        for fields in reader:
            if not any(f.strip() for f in fields):
                continue
            total += 1
            if len(rows) < limit or reader.line_num == also:
                rows.append(PreviewRow(reader.line_num, tuple(f.strip() for f in fields)))
    except csv.Error:
        pass  # the check names the line
    columns = tuple(aliases.get(h.casefold()) for h in header)
    return FileRows(tuple(header), columns, tuple(rows), total)


@dataclass(frozen=True)
class Checked:
    """What importing the file would do, found without writing anything."""

    kind: str
    path: Path
    file: FileRows
    problem: str | None  # the refusal in Swedish, None: the file can be imported
    line: int | None  # the problem's file line, if it has one
    column: str | None  # the problem's column (canonical name), if it has one
    duplicate: bool  # the same content was imported before (import only when forced)
    rows: int  # rows the import would bring in (0 with a problem)

    @property
    def ok(self) -> bool:
        return self.problem is None

    def column_index(self) -> int | None:
        """The problem column's place in the file's header, if the file has it."""
        if self.column is None or self.column not in self.file.columns:
            return None
        return self.file.columns.index(self.column)


class _RolledBack(Exception):
    """Carries a dry run's result out of the unit of work, which rolls back on it."""

    def __init__(self, result: Any) -> None:
        super().__init__("rolled back")
        self.result = result


def _as_importer(s: Session, staff_id: uuid.UUID, change: Callable[[Session], Any]) -> Any:
    require_lead_by_id(s, staff_id, WHAT)
    audit.name_actor(s, staff_id)
    return change(s)


def _duplicate(s: Session, key: str, path: Path) -> bool:
    k = kind(key)
    try:
        f = read_csv(path, k.aliases, k.columns)
    except ImportProblem:
        return False  # the dry run says what is wrong
    return already_imported(s, key, f.digest)


def check(
    journal: Journal,
    key: str,
    path: Path,
    staff_id: uuid.UUID,
    *,
    force: bool = False,
    progress: Progress | None = None,
) -> Checked:
    """Run the import of ``path`` and roll it back: the problem it stops at (with line and
    column), or how many rows it would bring in. ``progress`` is called before the rollback
    (and may raise to cancel: nothing is written either way)."""
    k = kind(key)
    journal.read(require_lead_by_id, staff_id, WHAT)
    duplicate = journal.read(_duplicate, key, path)

    def dry(s: Session) -> None:
        result = k.run(s, path, staff_id, force=True)  # a repeat is told apart (duplicate)
        if progress is not None:
            progress("check", 1, 1)
        raise _RolledBack(result)

    problem: ValidationError | None = None
    rows = 0
    try:
        journal.write(_as_importer, staff_id, dry)
    except _RolledBack as done:
        rows = int(done.result.rows)
    except ValidationError as exc:
        problem = exc
    line = problem.line if isinstance(problem, ImportProblem) else None
    column = problem.column if isinstance(problem, ImportProblem) else None
    return Checked(
        key,
        path,
        peek(path, k.aliases, also=line),
        str(problem) if problem is not None else None,
        line,
        column,
        duplicate,
        rows,
    )


@dataclass(frozen=True)
class Imported:
    kind: str
    path: Path
    rows: int
    backup: Path | None  # the event backup taken first (SQLite journals)


def run_import(
    journal: Journal,
    key: str,
    path: Path,
    staff_id: uuid.UUID,
    *,
    force: bool = False,
    progress: Progress | None = None,
) -> Imported:
    """The import, as ``vagledare import`` does it: an event backup first, then every row in
    one transaction, all or none. ``progress`` is called at each step (``backup``,
    ``import``, ``commit``); raising from it before ``commit`` leaves nothing imported."""
    k = kind(key)
    report: Progress = progress or (lambda _step, _done, _total: None)
    journal.read(require_lead_by_id, staff_id, WHAT)
    backup = None
    if journal.path is not None:
        from vagledare.journal.backup import backup_before

        report("backup", 0, 3)
        backup = backup_before(journal.path, "import")
    report("import", 1, 3)

    def work(s: Session) -> Any:
        result = k.run(s, path, staff_id, force=force)
        report("commit", 2, 3)  # the last moment a cancel undoes everything
        return result

    result = journal.write(_as_importer, staff_id, work)
    return Imported(key, path, int(result.rows), backup)

"""What every import shares: reading the file once, refusing content already imported
(unless forced), and recording the batch (with an audit entry) once every row has passed."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.imports.csvfile import CsvFile, ImportProblem, read_csv
from vagledare.journal import audit
from vagledare.journal.models import ImportBatch


def already_imported(s: Session, kind: str, digest: str) -> bool:
    found = s.scalar(
        select(ImportBatch.id).where(ImportBatch.kind == kind, ImportBatch.sha256 == digest)
    )
    return found is not None


def open_import(
    s: Session,
    path: Path | str,
    kind: str,
    aliases: Mapping[str, str],
    columns: tuple[str, ...],
    *,
    force: bool,
    data: bytes | None = None,
) -> CsvFile:
    """The checked file; refuses content that was imported before unless ``force``."""
    f = read_csv(path, aliases, columns, data=data)
    if not force and already_imported(s, kind, f.digest):
        raise ImportProblem(
            "samma innehåll har redan importerats; använd --force för att importera igen.",
            file=f.name,
        )
    return f


def record_batch(
    s: Session,
    f: CsvFile,
    kind: str,
    rows: int,
    author_id: uuid.UUID | None,
    entity: str,
    batch_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """The batch every imported row points at, and the audit log's one entry for it."""
    batch_id = batch_id or uuid.uuid4()
    s.add(
        ImportBatch(
            id=batch_id,
            kind=kind,
            file_name=f.name,
            sha256=f.digest,
            row_count=rows,
            author_id=author_id,
        )
    )
    s.flush()
    audit.record(s, "import", entity, batch_id, file=f.name, rows=rows)
    return batch_id

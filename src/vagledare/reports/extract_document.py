"""The register extract as a document: what it says, part by part, as it is printed.

``register_extract`` builds it from the journal; ``render.extract_pdf`` prints it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Grid:
    """A titled table of text."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Item:
    """One record: its fields, then the tables of its child records."""

    heading: str
    fields: tuple[tuple[str, str], ...]
    children: tuple[Grid, ...] = ()


@dataclass(frozen=True)
class Part:
    title: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class RegisterExtract:
    participant_id: uuid.UUID
    code: str
    produced: datetime  # local time
    intro: str
    register: tuple[tuple[str, str], ...]
    parts: tuple[Part, ...]
    log: Grid
    rows: int  # records shown (the register row, its records and the log entries)
    counts: dict[str, int] = field(default_factory=dict)
    # Art. 15's information about the processing: (heading, text), see journal.privacy_notice
    notice: tuple[tuple[str, str], ...] = ()
    # Who took the extract out, and the person's own vägledare (if any): named in it
    staff: tuple[tuple[str, str], ...] = ()

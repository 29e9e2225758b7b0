"""A journal's identity in the exchange (made once, kept in ``setting``) and its watermarks."""

from __future__ import annotations

import socket
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.models import ExchangeBatch, ExchangeMark, Setting, utc_now

DESK_ID, DESK_NAME, SERVER_URL = "desk_id", "desk_name", "server_url"


@dataclass(frozen=True)
class DeskIdentity:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class Mark:
    """How far an exchange got: local changes up to ``time``, merges up to ``seq``."""

    time: datetime
    seq: int


@dataclass(frozen=True)
class MarkInfo:
    name: str
    mark: Mark
    updated_at: datetime


def _get(s: Session, key: str) -> str | None:
    row = s.get(Setting, key)
    return row.value if row else None


def _put(s: Session, key: str, value: str) -> None:
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value
    s.flush()


def desk_identity(s: Session, default_name: str | None = None) -> DeskIdentity:
    """This journal's identity; made the first time it is asked for."""
    raw_id, name = _get(s, DESK_ID), _get(s, DESK_NAME)
    if raw_id is None:
        raw_id = str(uuid.uuid4())
        _put(s, DESK_ID, raw_id)
    if not name:
        name = default_name or _host_name()
        _put(s, DESK_NAME, name)
    return DeskIdentity(uuid.UUID(raw_id), name)


def known_identity(s: Session) -> DeskIdentity | None:
    """This journal's identity if it has one yet (reads only: for a status view)."""
    raw_id, name = _get(s, DESK_ID), _get(s, DESK_NAME)
    if raw_id is None:
        return None
    return DeskIdentity(uuid.UUID(raw_id), name or _host_name())


def _host_name() -> str:
    try:
        return socket.gethostname()[:80] or "Vägledare"
    except OSError:
        return "Vägledare"


def set_desk_name(s: Session, name: str) -> DeskIdentity:
    name = " ".join(name.split())
    if not name or len(name) > 80:
        raise ValidationError("Datorns namn i journalutbytet ska vara 1–80 tecken.")
    desk_identity(s)
    _put(s, DESK_NAME, name)
    return desk_identity(s)


def server_url(s: Session) -> str | None:
    return _get(s, SERVER_URL) or None


def set_server_url(s: Session, url: str) -> None:
    _put(s, SERVER_URL, url.strip())


def last_seq(s: Session) -> int:
    """The number of the latest merge into this journal (0: none yet)."""
    return int(s.scalar(select(func.max(ExchangeBatch.seq))) or 0)


def load_mark(s: Session, name: str) -> Mark | None:
    row = s.get(ExchangeMark, name)
    return Mark(row.mark_time, row.mark_seq) if row else None


def save_mark(s: Session, name: str, mark: Mark, peer_id: uuid.UUID | None = None) -> None:
    row = s.get(ExchangeMark, name)
    if row is None:
        s.add(ExchangeMark(name=name, mark_time=mark.time, mark_seq=mark.seq, peer_id=peer_id))
    else:
        row.mark_time, row.mark_seq, row.updated_at = mark.time, mark.seq, utc_now()
        row.peer_id = peer_id or row.peer_id
    s.flush()


def list_marks(s: Session) -> list[MarkInfo]:
    rows = s.scalars(select(ExchangeMark).order_by(ExchangeMark.name))
    return [MarkInfo(r.name, Mark(r.mark_time, r.mark_seq), r.updated_at) for r in rows]


def file_mark_name(destination: str) -> str:
    return f"fil:{destination}"

"""The audit log: who did what, when. Append-only (the journal refuses updates and deletes)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from vagledare.journal.models.base import Base, utc_now


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_at", "at"),
        Index("ux_audit_entry_chain_seq", "chain", "seq", unique=True),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)  # UTC
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff.id"), nullable=True)
    action: Mapped[str] = mapped_column(String(24))
    entity: Mapped[str] = mapped_column(String(40))
    # The row's primary key: a UUID, or a name as long as an exchange watermark's (200).
    entity_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="")  # JSON; never free text about people
    # Tamper evidence (see journal/audit_chain.py): the writing desk's chain, the entry's
    # place in it, and an HMAC over the entry and the previous one. NULL before schema 0010.
    chain: Mapped[str | None] = mapped_column(String(36), nullable=True)
    seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    mac: Mapped[str | None] = mapped_column(String(64), nullable=True)

"""Import batches (which file content was imported, when, by whom) and journal settings."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vagledare.journal.models.base import Base, Record


class ImportBatch(Record, Base):
    __tablename__ = "import_batch"

    kind: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    row_count: Mapped[int] = mapped_column(Integer)


class Setting(Base):
    """Journal-wide settings, e.g. the desk's identity."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)

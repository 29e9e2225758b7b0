"""The one register of pseudonymous participant codes, shared by cases, språkgrupper and
progression readings. A code carries gender, age band and home site once."""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from vagledare.journal.models.base import Base, Gender, Record, enum_column


class FormLayout(enum.Enum):
    """How the participant form shows the participant's language (chosen per participant)."""

    SIDE = "side"  # beside Swedish: the coach reads Swedish, the participant their language
    ALONE = "alone"  # the participant's language alone


class Participant(Record, Base):
    __tablename__ = "participant"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    gender: Mapped[Gender] = mapped_column(enum_column(Gender))  # type: ignore[arg-type]
    age_band: Mapped[str] = mapped_column(String(16))  # label at registration, e.g. "25-34"
    site_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("site.id"))
    # The participant form's language and layout, remembered for the next reading (NULL:
    # never chosen). A language code the app checks (``factor_texts``), not free text.
    form_language: Mapped[str | None] = mapped_column(
        String(16), nullable=True, info={"language_code": True}
    )
    form_layout: Mapped[FormLayout | None] = mapped_column(
        enum_column(FormLayout),  # type: ignore[arg-type]
        nullable=True,
    )

"""The experience survey (upplevelseenkät): a configurable list of statements and the answers.

``survey_statement`` is ordinary configuration (a record: it travels between desks and merges
by its ``key``). The answers are deliberately *not* records:

- ``survey_answer`` holds one answer to one statement: a random key (``uuid4``, never a
  time-ordered one), the day only, the site, the statement's key and the value (1–5, or NULL
  for "Vill inte svara"). An anonymous answer has no participant, no author and no creation
  time; an answer tied to a code names the participant. Answers of one response are not
  linked to each other. On SQLite the table is stored ``WITHOUT ROWID``, so that rows lie in
  key (random) order and the file keeps no insertion order either.
- ``survey_day_count`` is the audited count of anonymous responses per site and day: the audit
  log gets no entry per anonymous answer, only one per closed day (``journal.survey``).

Neither table has ``modified_at``, so neither travels in the journal exchange
(``exchange.model``): anonymous answers stay on the desk where they were given, and a
report counts the answers given at this desk (docs/privacy.md, "Upplevelseenkäten").
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from vagledare.journal.models.base import Base, Record


class SurveyStatement(Record, Base):
    """One statement of the survey, in Swedish; ``key`` names its translations in the
    language packs (``survey.statements.<key>``) and the answers given to it."""

    __tablename__ = "survey_statement"

    key: Mapped[str] = mapped_column(String(40), unique=True)
    text: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SurveyAnswer(Base):
    """One answer to one statement (see the module's docstring for what it must not hold)."""

    __tablename__ = "survey_answer"
    __table_args__ = (
        Index("ix_survey_answer_answered_on", "answered_on"),
        Index("ix_survey_answer_participant_id", "participant_id"),
        {"sqlite_with_rowid": False},
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    answered_on: Mapped[date] = mapped_column(Date)
    site_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("site.id"))
    statement_key: Mapped[str] = mapped_column(String(40))
    value: Mapped[int | None] = mapped_column(Integer, nullable=True)
    participant_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("participant.id"), nullable=True
    )


class SurveyDayCount(Base):
    """Anonymous responses per site and day; ``logged`` of them are in the audit log."""

    __tablename__ = "survey_day_count"

    answered_on: Mapped[date] = mapped_column(Date, primary_key=True)
    site_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("site.id"), primary_key=True)
    responses: Mapped[int] = mapped_column(Integer, default=0)
    answers: Mapped[int] = mapped_column(Integer, default=0)  # rows in survey_answer
    logged: Mapped[int] = mapped_column(Integer, default=0)

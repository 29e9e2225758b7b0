"""The experience survey (upplevelseenkät): its statements and the answers to them.

A team lead configures the statements (add, rename, move, take out of use: at least one and at
most ``MAX_STATEMENTS`` in use). A response answers every statement in use at once, in one
transaction, each 1–5 ("Stämmer inte alls" … "Stämmer helt") or "Vill inte svara" (None).

A response is anonymous unless it is tied to a participant code. An anonymous answer keeps the
day, the site, the statement and the value – no code, no author, no time, a random key – and
gets no audit entry of its own (``journal.audit.UNAUDITED``). Instead ``survey_day_count``
counts the anonymous responses per site and day, and once a day is over the next survey write
logs the day's count, without an actor (``close_days``). A response tied to a code gets one
audit entry naming the participant's register row, as a reading does. Nothing here or in the
report joins an anonymous answer to any other table.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from vagledare.journal import audit
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    Participant,
    Site,
    SurveyAnswer,
    SurveyDayCount,
    SurveyStatement,
)
from vagledare.journal.models.base import table_of
from vagledare.journal.privacy import FORMULA_STARTS, reject_identity_number

MAX_STATEMENTS = 12
MAX_TEXT = 200
SCALE = (1, 2, 3, 4, 5)
AGREE = (4, 5)  # "Stämmer ganska bra", "Stämmer helt": counted as instämmer
SKIP = None  # "Vill inte svara"
SKIP_WORDS = ("-", "–", "x", "vill inte svara")  # how the command line writes it


@dataclass(frozen=True)
class StatementInfo:
    key: str
    text: str
    position: int
    active: bool


@dataclass(frozen=True)
class Recorded:
    """What a saved response was: how many answers, and whether it was anonymous."""

    answers: int
    anonymous: bool
    answered_on: date


def _info(x: SurveyStatement) -> StatementInfo:
    return StatementInfo(x.key, x.text, x.position, x.active)


def list_statements(s: Session, *, include_inactive: bool = False) -> list[StatementInfo]:
    """The statements in their order (those in use first when inactive ones are included)."""
    stmt = select(SurveyStatement)
    if not include_inactive:
        stmt = stmt.where(SurveyStatement.active.is_(True))
    rows = s.scalars(stmt).all()
    return [_info(x) for x in sorted(rows, key=lambda x: (not x.active, x.position, x.key))]


def _require(s: Session, key: str) -> SurveyStatement:
    found = s.scalar(select(SurveyStatement).where(SurveyStatement.key == key.strip()))
    if found is None:
        known = ", ".join(x.key for x in list_statements(s, include_inactive=True))
        raise ValidationError(f"Påståendet {key!r} finns inte i enkäten. Påståenden: {known}.")
    return found


def clean_text(text: str) -> str:
    """A statement's words: one line, not empty, not too long, no personnummer, nothing a
    spreadsheet would run as a formula."""
    words = " ".join((text or "").split())
    if not words:
        raise ValidationError("Skriv påståendet (det får inte vara tomt).")
    if len(words) > MAX_TEXT:
        raise ValidationError(f"Påståendet är för långt ({len(words)} tecken, högst {MAX_TEXT}).")
    if words.startswith(FORMULA_STARTS):
        raise ValidationError("Påståendet får inte börja med =, +, - eller @.")
    reject_identity_number(words, "Påståendet")
    return words


def _key_for(s: Session, text: str) -> str:
    """A key made from the words: plain lower-case letters, digits and ``_``, unique."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    stem = "_".join(re.findall(r"[a-z0-9]+", plain))[:30].strip("_") or "pastaende"
    taken = set(s.scalars(select(SurveyStatement.key)))
    key, n = stem, 2
    while key in taken:
        key, n = f"{stem}_{n}", n + 1
    return key


def _in_use(s: Session) -> list[SurveyStatement]:
    rows = s.scalars(select(SurveyStatement).where(SurveyStatement.active.is_(True))).all()
    return sorted(rows, key=lambda x: (x.position, x.key))


def _renumber(rows: Sequence[SurveyStatement]) -> None:
    for i, x in enumerate(rows, start=1):
        if x.position != i:
            x.position = i


def add_statement(
    s: Session, text: str, author_id: uuid.UUID | None = None, position: int | None = None
) -> StatementInfo:
    """A new statement in use, last or at ``position`` (1 = first)."""
    words = clean_text(text)
    rows = _in_use(s)
    if len(rows) >= MAX_STATEMENTS:
        raise ValidationError(
            f"Enkäten har redan {MAX_STATEMENTS} påståenden, det är största antalet. "
            "Ta bort ett påstående först."
        )
    same = [x for x in s.scalars(select(SurveyStatement)) if x.text.casefold() == words.casefold()]
    if same and same[0].active:
        raise ValidationError(f"Påståendet finns redan i enkäten ({same[0].key}).")
    if same:  # taken out of use before: back in use, with its answers
        new = same[0]
        new.active = True
    else:
        new = SurveyStatement(
            key=_key_for(s, words), text=words, position=0, active=True, author_id=author_id
        )
        s.add(new)
    at = len(rows) if position is None else max(0, min(position - 1, len(rows)))
    rows.insert(at, new)
    _renumber(rows)
    s.flush()
    return _info(new)


def set_statement(
    s: Session, key: str, *, text: str | None = None, position: int | None = None
) -> StatementInfo:
    """New words (the key, and so the answers and translations, stay) or a new place."""
    x = _require(s, key)
    if text is not None:
        x.text = clean_text(text)
    if position is not None:
        if not x.active:
            raise ValidationError(
                f"Påståendet {x.key} används inte; lägg till det igen för att flytta det."
            )
        rows = [r for r in _in_use(s) if r is not x]
        if not 1 <= position <= len(rows) + 1:
            raise ValidationError(f"Platsen ska vara 1–{len(rows) + 1} (inte {position}).")
        rows.insert(position - 1, x)
        _renumber(rows)
    s.flush()
    return _info(x)


def remove_statement(s: Session, key: str) -> StatementInfo:
    """Take a statement out of use. Its answers stay (and count in reports of periods when
    it was in use); it can be added again with the same words."""
    x = _require(s, key)
    rows = _in_use(s)
    if x not in rows:
        raise ValidationError(f"Påståendet {x.key} används redan inte.")
    if len(rows) == 1:
        raise ValidationError("Enkäten måste ha minst ett påstående; lägg till ett nytt först.")
    x.active = False
    rows.remove(x)
    _renumber(rows)
    x.position = MAX_STATEMENTS + 1  # after those in use
    s.flush()
    return _info(x)


def move_statements(s: Session, keys: Sequence[str]) -> list[StatementInfo]:
    """The statements in use, in this order (every one of them named once)."""
    rows = {x.key: x for x in _in_use(s)}
    if sorted(keys) != sorted(rows):
        raise ValidationError("Ordningen ska nämna varje påstående i enkäten en gång.")
    _renumber([rows[k] for k in keys])
    s.flush()
    return list_statements(s)


# -- answers ------------------------------------------------------------------------------


def parse_answers(text: str, count: int) -> list[int | None]:
    """``5,4,-,3,5`` as values, one per statement in use (``-`` or ``x``: vill inte svara)."""
    parts = [p.strip() for p in (text or "").split(",")]
    if len(parts) != count:
        raise ValidationError(
            f"--answers ska ha ett svar per påstående, {count} st. åtskilda med komma "
            f"(t.ex. {','.join(['5'] * max(count - 1, 0) + ['-'])}), inte {len(parts)}."
        )
    out: list[int | None] = []
    for i, p in enumerate(parts, start=1):
        if p.casefold() in SKIP_WORDS:
            out.append(SKIP)
        elif p.isdigit() and int(p) in SCALE:
            out.append(int(p))
        else:
            raise ValidationError(
                f"Svar {i} i --answers är {p!r}: skriv 1–5, eller - för vill inte svara."
            )
    return out


def check_value(key: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in SCALE:
        raise ValidationError(
            f"Svaret på {key} ska vara 1–5 eller vill inte svara (inte {value!r})."
        )
    return value


def record_response(
    s: Session,
    site_id: uuid.UUID,
    answers: Mapping[str, int | None],
    *,
    participant_id: uuid.UUID | None = None,
    answered_on: date | None = None,
    today: date | None = None,
) -> Recorded:
    """Save one response: an answer (1–5 or None) to every statement in use, anonymous unless
    ``participant_id`` is given. ``answered_on`` only with a day (paper answers entered later)."""
    today = today or date.today()
    day = answered_on or today
    if day > today:
        raise ValidationError(f"Svarsdagen {day.isoformat()} har inte kommit än.")
    if s.get(Site, site_id) is None:
        raise ValidationError("Mötesplatsen finns inte i journalen.")
    if participant_id is not None and s.get(Participant, participant_id) is None:
        raise ValidationError("Deltagarkoden finns inte i journalen.")
    keys = [x.key for x in _in_use(s)]
    missing = [k for k in keys if k not in answers]
    extra = [k for k in answers if k not in keys]
    if missing or extra:
        parts = []
        if missing:
            parts.append("svar saknas på " + ", ".join(missing))
        if extra:
            parts.append("påståenden som inte finns i enkäten: " + ", ".join(extra))
        raise ValidationError("Enkätsvaret sparades inte: " + "; ".join(parts) + ".")
    values = {k: check_value(k, answers[k]) for k in keys}
    close_days(s, today)
    rows = [
        {
            "id": uuid.uuid4(),
            "answered_on": day,
            "site_id": site_id,
            "statement_key": k,
            "value": values[k],
            "participant_id": participant_id,
        }
        for k in keys
    ]
    s.execute(insert(table_of(SurveyAnswer)), rows)
    if participant_id is None:
        _count(s, site_id, day, len(rows))
    else:
        audit.record(
            s,
            "survey_response",
            "participant",
            participant_id,
            answered_on=day,
            answers=len(rows),
        )
    return Recorded(len(rows), participant_id is None, day)


def _count(s: Session, site_id: uuid.UUID, day: date, answers: int) -> None:
    """One more response in the day's count: a single upsert, so two desks answering at the
    same moment on a shared server both count (neither is rolled back on the key)."""
    from sqlalchemy.dialects import postgresql, sqlite

    t = table_of(SurveyDayCount)
    dialect = s.get_bind().dialect.name
    stmt: Any = (postgresql if dialect == "postgresql" else sqlite).insert(t)
    s.execute(
        stmt.values(
            answered_on=day, site_id=site_id, responses=1, answers=answers, logged=0
        ).on_conflict_do_update(
            index_elements=[t.c.answered_on, t.c.site_id],
            set_={"responses": t.c.responses + 1, "answers": t.c.answers + answers},
        )
    )


def close_days(s: Session, today: date) -> int:
    """Log the anonymous responses of the days before ``today`` that the log does not have
    yet: one entry per site and day, without an actor (``audit.record_unattributed``), so the
    log shows every anonymous answer's day and count but no one's time or name. Returns how
    many entries were written."""
    t = table_of(SurveyDayCount)
    due = s.execute(
        select(t.c.answered_on, t.c.site_id, t.c.responses, t.c.logged)
        .where(t.c.answered_on < today, t.c.responses > t.c.logged)
        .order_by(t.c.answered_on, t.c.site_id)
    ).all()
    for day, site_id, responses, logged in due:
        audit.record_unattributed(
            s,
            "survey_day",
            "survey_answer",
            answered_on=day,
            site_id=site_id,
            anonymous_responses=responses - logged,
            total_that_day=responses,
        )
        s.execute(
            update(t).where(t.c.answered_on == day, t.c.site_id == site_id).values(logged=responses)
        )
    return len(due)


@dataclass(frozen=True)
class DayCount:
    answered_on: date
    site_id: uuid.UUID
    responses: int
    answers: int
    logged: int


def day_counts(s: Session) -> list[DayCount]:
    t = table_of(SurveyDayCount)
    return [
        DayCount(*r)
        for r in s.execute(
            select(t.c.answered_on, t.c.site_id, t.c.responses, t.c.answers, t.c.logged).order_by(
                t.c.answered_on, t.c.site_id
            )
        )
    ]


def check_day_counts(s: Session) -> list[str]:
    """Where the anonymous answers and their counted days disagree (empty: they agree)."""
    a = table_of(SurveyAnswer)
    found = {
        (day, site): n
        for day, site, n in s.execute(
            select(a.c.answered_on, a.c.site_id, func.count())
            .where(a.c.participant_id.is_(None))
            .group_by(a.c.answered_on, a.c.site_id)
        )
    }
    counted = {(d.answered_on, d.site_id): d.answers for d in day_counts(s)}
    out = []
    for key in sorted(set(found) | set(counted), key=lambda k: (k[0], str(k[1]))):
        if found.get(key, 0) != counted.get(key, 0):
            out.append(
                f"{key[0].isoformat()}: {found.get(key, 0)} anonyma svar, "
                f"{counted.get(key, 0)} räknade"
            )
    return out


# -- the participant's words --------------------------------------------------------------


@dataclass(frozen=True)
class SurveyTexts:
    """The survey's words in one language (``survey`` of ``languages/<code>.json``), Swedish
    for whatever the pack lacks; a statement the pack does not know keeps its Swedish text."""

    code: str
    name: str
    direction: str
    words: Mapping[str, str]
    statements: Mapping[str, str]

    def word(self, key: str, **kw: object) -> str:
        text = self.words.get(key, "")
        for name, value in kw.items():
            text = text.replace("{" + name + "}", str(value))
        return text

    def statement(self, info: StatementInfo) -> str:
        if self.code == "sv":
            return info.text
        return self.statements.get(info.key, "")


def survey_texts(code: str) -> SurveyTexts | None:
    """The survey's words in ``code``; None when there is no such language pack."""
    from vagledare.journal.factor_texts import CODE_RE, find_data

    if not CODE_RE.match(code):
        return None
    data = find_data(f"languages/{code}.json")
    if data is None:
        return None
    sv = (find_data("languages/sv.json") or {}).get("survey") or {}
    own = data.get("survey") or {}
    words = {k: v for k, v in sv.items() if isinstance(v, str)}
    words.update({k: v for k, v in own.items() if isinstance(v, str)})
    statements = {k: v for k, v in (own.get("statements") or {}).items() if isinstance(v, str)}
    direction = "rtl" if data.get("direction") == "rtl" else "ltr"
    name = str(data["name"]) if isinstance(data.get("name"), str) else code
    return SurveyTexts(code, name, direction, words, statements)


def survey_languages() -> list[SurveyTexts]:
    """Swedish first, then every language pack there is (``languages/<code>.json``), by
    code."""
    from vagledare.journal.factor_texts import CODE_RE, search_dirs

    codes: set[str] = set()
    for base in search_dirs():
        folder = base / "languages"
        if folder.is_dir():
            codes.update(p.stem for p in folder.glob("*.json") if CODE_RE.match(p.stem))
    out = []
    for code in ["sv", *sorted(codes - {"sv"})]:
        texts = survey_texts(code)
        if texts is not None:
            out.append(texts)
    return out

"""The audit log: every create, change and deletion (captured automatically from the ORM),
and every export, import, restore and login (recorded explicitly), with who and when.

Values are recorded for coded fields (dates, categories, reasons, flags). Free text (notes,
comments, removal reasons) is recorded only as "changed", and secrets never: the log must not
become a second copy of what a person said at the desk.

Participant codes are recorded only as "(kod)": entries name a participant by the register
row's UUID, so once a code is anonymised (retention) or erased on request, the log no longer
links anything to the person (migration 0008 redacted the codes logged before).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import String, Table, Text, event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from vagledare.journal import audit_chain
from vagledare.journal.audit_chain import Seal
from vagledare.journal.db.unit import Writer
from vagledare.journal.models import AuditEntry, Base, Staff, utc_now
from vagledare.journal.privacy import reject_identity_number

R = TypeVar("R")

SECRET_COLUMNS = {"pin_hash"}
FREE_TEXT = "(text)"
PSEUDONYM = "(kod)"
PSEUDONYM_COLUMNS = {("participant", "code")}
MAX_CODED_LENGTH = 80  # longer strings are free text


@dataclass(frozen=True)
class AuditInfo:
    at: datetime
    actor: str | None
    action: str
    entity: str
    entity_id: str | None
    detail: dict[str, Any]


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)  # Decimal and anything else: its text


def is_free_text(column: Any) -> bool:
    t = column.type
    return isinstance(t, Text) or (
        isinstance(t, String) and (t.length is None or t.length > MAX_CODED_LENGTH)
    )


def _value(column: Any, value: Any) -> Any:
    if column.key in SECRET_COLUMNS:
        return None if value is None else "(hemligt)"
    if value is not None and is_free_text(column):
        return FREE_TEXT
    table = getattr(column, "table", None)
    if value is not None and (getattr(table, "name", None), column.key) in PSEUDONYM_COLUMNS:
        return PSEUDONYM
    return _plain(value)


def coded_values(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """One version of a row as the log keeps it: coded fields as they are, free text as
    "(text)", secrets never (for versions that Core code replaces, e.g. an exchange merge)."""
    return {
        c.key: _value(c, values[c.key])
        for c in table.columns
        if c.key in values and c.key not in ("id", "created_at")
    }


def record(
    s: Session,
    action: str,
    entity: str,
    entity_id: uuid.UUID | str | None = None,
    **detail: Any,
) -> None:
    """Append one entry; the actor is the session's (``journal.session(actor_id=...)``).

    The log is append-only, so a number that got in would stay for good: every text in the
    details (a file name, a name someone typed) passes the text guard first."""
    s.add(AuditEntry(**_entry(s.info, action, entity, entity_id, detail)))


def record_now(
    s: Writer,
    action: str,
    entity: str,
    entity_id: uuid.UUID | str | None = None,
    **detail: Any,
) -> None:
    """``record``, written at once by Core rather than at the ORM's flush: the click path,
    where the flush would cost more than the click's own INSERT (in a session or a Core
    unit). The same guard, the same entry, sealed in the same chain
    (``audit_chain.insert_now``)."""
    send_now(s, action, entity, entity_id, **detail)()


def send_now(
    s: Writer,
    action: str,
    entity: str,
    entity_id: uuid.UUID | str | None = None,
    **detail: Any,
) -> Callable[[], None]:
    """``record_now`` inside a ``fastpath.together`` block: the entry goes to the server with
    the block's other writes; call the function returned once the block has ended
    (``audit_chain.send_now``)."""
    return audit_chain.send_now(s, _entry(s.info, action, entity, entity_id, detail))


def _entry(
    info: dict[str, Any],
    action: str,
    entity: str,
    entity_id: uuid.UUID | str | None,
    detail: dict[str, Any],
) -> dict[str, Any]:
    """An entry's values, its details through the text guard (see ``record``); ``info``:
    the unit of work's (who acts)."""
    for key, value in detail.items():
        texts = value if isinstance(value, list | tuple) else [value]
        for text in texts:
            if isinstance(text, str):
                reject_identity_number(text, "Filnamnet" if key == "file" else "Texten")
    if info.get("actor_id") is None and info.get("via"):
        detail = {**detail, "via": info["via"]}
    return {
        "id": uuid.uuid4(),
        "at": utc_now(),
        "actor_id": info.get("actor_id"),
        "action": action,
        "entity": entity,
        "entity_id": str(entity_id) if entity_id is not None else None,
        "detail": _detail_text(detail),
    }


_DETAIL_JSON = json.JSONEncoder(ensure_ascii=False)  # json.dumps's, made once


def _detail_text(detail: dict[str, Any]) -> str:
    """An entry's details as the log keeps them: JSON of their plain values."""
    return _DETAIL_JSON.encode({k: _plain(v) for k, v in detail.items()})


def record_unattributed(s: Session, action: str, entity: str, **detail: Any) -> None:
    """``record_now`` without an actor, whoever the session works as: an entry about
    anonymous answers (``journal.survey``) must not name the person whose write happened to
    close the day."""
    entry = _entry(s.info, action, entity, None, detail)
    entry["actor_id"] = None
    entry["detail"] = _detail_text(detail)
    audit_chain.insert_now(s, entry)


def name_actor(s: Session, actor_id: uuid.UUID) -> None:
    """From here on in this unit of work, the log names ``actor_id`` for what it records,
    whoever the journal otherwise works as (``journal.session(actor_id=...)`` after the
    session has begun)."""
    s.info["actor_id"] = actor_id
    s.info["via"] = None


def acting(s: Session, actor_id: uuid.UUID, change: Callable[[Session], R]) -> R:
    """``change(s)`` done by ``actor_id``, who the log names for it: how a dialog that works
    for a given person (``journal.write(audit.acting, me.id, partial(domain_function, …))``)
    changes the journal in their name."""
    name_actor(s, actor_id)
    return change(s)


def record_restore(journal: Any, backup: str, aside: str | None) -> None:
    """Log that a backup was put in the journal's place (by whoever the journal acts as).
    A backup's chain is shorter than the one this desk last wrote: that was done on purpose,
    so the desk's kept position starts again from the restored journal's."""
    with journal.session() as s:
        audit_chain.restore_position(s.connection(), journal.seal, journal.journal_key)
        record(s, "restore", "journal", None, backup=backup, aside=aside)


def verify_log(journal: Any, progress: Any = None) -> audit_chain.ChainReport:
    """Check the log's chains (``vagledare audit verify`` and the viewer)."""
    with journal.session(readonly=True) as s:
        return audit_chain.verify(s.connection(), journal.seal, progress)


# Tables whose rows get no entry of their own: the experience survey's answers (an entry
# would give each anonymous answer a time and an author) and its day counts (each change is
# one more answer). ``journal.survey`` writes one entry per closed day and site instead, and
# one per response tied to a code.
UNAUDITED = frozenset({"survey_answer", "survey_day_count"})

# Settings the access rules keep (lockouts, the recovery code's hash): their own entries say
# what happened, and a hash never goes into the log.
_QUIET = ("lockout.", "recovery.", "trust.")


def _on_flush(s: Session, _ctx: object, _instances: object) -> None:
    actor = s.info.get("actor_id")
    entries = []
    for obj, action in (
        *((o, "create") for o in s.new),
        *((o, "update") for o in s.dirty),
        *((o, "delete") for o in s.deleted),
    ):
        if isinstance(obj, AuditEntry) or not isinstance(obj, Base):
            continue
        if obj.__tablename__ in UNAUDITED:
            continue
        if str(getattr(obj, "key", "")).startswith(_QUIET) and obj.__tablename__ == "setting":
            continue  # told by entries of their own (login_failed, recovery_code_made …)
        state = inspect(obj)
        mapper = state.mapper
        detail: dict[str, Any] = {}
        for attr in mapper.column_attrs:
            column = attr.columns[0]
            if column.key in ("created_at", "modified_at"):
                continue
            if action == "create":
                value = getattr(obj, attr.key)
                if value is not None and column.key != "id":
                    detail[column.key] = _value(column, value)
            elif action == "update":
                hist = state.attrs[attr.key].history
                if hist.has_changes():
                    old = hist.deleted[0] if hist.deleted else None
                    new = hist.added[0] if hist.added else None
                    detail[column.key] = [_value(column, old), _value(column, new)]
        if action == "update" and not detail:
            continue
        if actor is None and s.info.get("via"):
            detail["via"] = s.info["via"]  # e.g. "kommandoraden (anna)": no staff row
        pk = mapper.primary_key_from_instance(obj)
        entries.append(
            AuditEntry(
                id=uuid.uuid4(),
                at=utc_now(),
                actor_id=actor,
                action=action,
                entity=str(getattr(mapper.local_table, "name", mapper.class_.__name__)),
                entity_id=str(_plain(pk[0])) if pk and pk[0] is not None else None,
                detail=json.dumps(detail, ensure_ascii=False),
            )
        )
    s.add_all(entries)


def install(sessions: sessionmaker[Session]) -> None:
    """Capture every ORM create, change and deletion made through these sessions."""
    event.listen(sessions, "before_flush", _on_flush)


def entries(
    s: Session,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    action: str | None = None,
    limit: int = 1000,
) -> list[AuditInfo]:
    """The newest entries first (times in UTC)."""
    stmt = (
        select(AuditEntry, Staff.name)
        .outerjoin(Staff, Staff.id == AuditEntry.actor_id)
        .order_by(AuditEntry.at.desc())
        .limit(limit)
    )
    if since:
        stmt = stmt.where(AuditEntry.at >= since)
    if until:
        stmt = stmt.where(AuditEntry.at < until)
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    return [
        AuditInfo(e.at, name, e.action, e.entity, e.entity_id, json.loads(e.detail or "{}"))
        for e, name in s.execute(stmt)
    ]


# The append-only guard the migrations install (0006), as the journal must always have it.
_SQLITE_TRIGGERS = {
    f"audit_entry_no_{verb.lower()}": (
        f"CREATE TRIGGER audit_entry_no_{verb.lower()} BEFORE {verb} ON audit_entry "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )
    for verb in ("UPDATE", "DELETE")
}
_PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$ LANGUAGE plpgsql"
)
_PG_TRIGGER = (
    "CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()"
)


def prepare(engine: Any, seal: Seal | None) -> str:
    """Make the journal ready to log when it opens: re-create the triggers that keep the log
    append-only if someone dropped them (any SQLite tool can) and say so in the log itself,
    sealed. Returns the journal's identity, under which the desk keeps its chain position."""
    from sqlalchemy import text

    with engine.begin() as conn:
        key = audit_chain.journal_key(conn)
        if conn.dialect.name == "sqlite":
            have = set(
                conn.execute(
                    text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
                ).scalars()
            )
            missing = sorted(set(_SQLITE_TRIGGERS) - have)
            for name in missing:
                conn.execute(text(_SQLITE_TRIGGERS[name]))
        else:
            found = conn.execute(
                text("SELECT 1 FROM pg_trigger WHERE tgname = 'audit_entry_no_change'")
            ).first()
            missing = [] if found else ["audit_entry_no_change"]
            if missing:
                conn.execute(text(_PG_FUNCTION))
                conn.execute(text(_PG_TRIGGER))
        pos = None
        if missing:
            pos = audit_chain.insert_entry(
                conn,
                seal,
                key,
                actor_id=None,
                action="triggers_restored",
                entity="audit_entry",
                entity_id=None,
                detail=json.dumps({"missing": missing}),
            )
    if pos is not None and seal is not None:
        seal.keep(key, pos)
    return key


_UUID_TEXT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_NEVER_SHOWN = {"id", "pin_hash", "created_at", "modified_at", "via"}


def known_names(s: Session, infos: Iterable[AuditInfo]) -> dict[str, str]:
    """Names (or codes) for the keys the entries mention: staff, sites, categories, age
    bands, groups and participant codes."""
    from vagledare.journal.models import AgeBand, Category, Group, Participant, Site

    wanted: set[uuid.UUID] = set()
    for e in infos:
        for text in (e.entity_id, *e.detail.values()):
            if isinstance(text, str) and _UUID_TEXT.match(text):
                wanted.add(uuid.UUID(text))
    names: dict[str, str] = {}
    if not wanted:
        return names
    for model, column in (
        (Staff, Staff.name),
        (Site, Site.name),
        (Category, Category.name),
        (AgeBand, AgeBand.label),
        (Group, Group.name),
        (Participant, Participant.code),
    ):
        for key, name in s.execute(select(model.id, column).where(model.id.in_(wanted))):
            names[str(key)] = name
    return names


def entries_with_names(
    s: Session, *, action: str | None = None
) -> tuple[list[AuditInfo], dict[str, str]]:
    """The newest entries (``entries``) and the names for the keys they mention, from one
    snapshot: what the log viewer shows."""
    rows = entries(s, action=action)
    return rows, known_names(s, rows)


def describe(e: AuditInfo, names: Mapping[str, str], lang: str = "sv") -> tuple[str, str, str]:
    """(who, what was done, details) in words: names instead of keys, nothing secret."""
    from vagledare.journal.terms import term

    def word(prefix: str, key: str) -> str:
        try:
            return term(f"{prefix}.{key}", lang)  # type: ignore[arg-type]
        except KeyError:
            return key

    who = e.actor or e.detail.get("via") or term("audit.nobody", lang)  # type: ignore[arg-type]
    what = f"{word('audit', e.action)} {word('entity', e.entity)}"
    if e.entity_id and e.entity_id in names:
        what += f" {names[e.entity_id]}"
    parts = []
    for key, value in e.detail.items():
        if key in _NEVER_SHOWN or key.endswith("_hash"):
            continue
        if isinstance(value, str) and _UUID_TEXT.match(value):
            if value not in names:
                continue
            value = names[value]
        parts.append(f"{key}: {value}")
    return who, what, ", ".join(parts)

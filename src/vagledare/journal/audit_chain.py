"""Tamper evidence for the audit log: one HMAC chain per desk.

Every entry a desk writes carries the desk's chain id, its position in that chain (``seq``)
and an HMAC-SHA256 over its own fields and the previous entry's HMAC. The key is the desk's
secret, kept in the user-data folder of the person's profile and never in the journal. The desk
also keeps, outside the journal, the last position it wrote to each journal.

So whoever edits the journal with any SQLite tool (after dropping the append-only triggers)
leaves a mark that ``verify`` finds. A changed entry fails its HMAC. A deleted one leaves a gap.
A deleted tail falls short of the position the desk kept.

Other desks' chains (a shared server journal) cannot be checked here without their keys; their
positions are still checked for gaps. Entries from before the chain existed (schema 0010) are
counted, not checked.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import threading
import uuid
import weakref
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, event, func, insert, select
from sqlalchemy.orm import Mapper, Session, object_session, sessionmaker

from vagledare.journal.db.fastpath import (
    DriverQuery,
    DriverWrite,
    insert_values,
    insert_where,
    run_on_driver,
)
from vagledare.journal.db.unit import Writer, core_of
from vagledare.journal.models import AuditEntry, Setting, utc_now
from vagledare.journal.private_files import atomic_write
from vagledare.journal.terms import Lang, term

KEY_FILE = "desk-key.json"
POSITIONS_FILE = "audit-positions.json"
JOURNAL_KEY = "desk_id"  # the journal's identity (also its name in the journal exchange)
PROGRESS_EVERY = 2000
FLUSH_SECONDS = 0.5  # the kept position reaches the file at most this late


def default_folder() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Vagledare", appauthor=False)) / "audit"


@dataclass(frozen=True)
class Position:
    seq: int
    mac: str


@dataclass(eq=False)  # one per open journal: compared (and weakly kept) by identity
class Seal:
    """This desk's chain: its id, its secret key, and where it keeps its positions."""

    chain: str
    key: bytes = field(repr=False)
    folder: Path
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # The kept positions as this process last read or wrote them: a click's transaction asks
    # for its journal's position without reading the file (checks read it fresh).
    _kept: dict[str, Position | None] = field(default_factory=dict, repr=False)
    _dirty: dict[str, bool] = field(default_factory=dict, repr=False)  # key -> forced
    _timer: threading.Timer | None = field(default=None, repr=False)
    _hmac: hmac.HMAC | None = field(default=None, repr=False)

    @classmethod
    def for_desk(cls, folder: Path | None = None) -> Seal | None:
        """The desk's seal, made the first time; None if the profile cannot hold one (the
        journal still works, its new entries are then simply not sealed)."""
        folder = folder or default_folder()
        path = folder / KEY_FILE
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return _alive(cls(str(uuid.UUID(raw["chain"])), bytes.fromhex(raw["key"]), folder))
        except (OSError, ValueError, KeyError, TypeError):
            pass
        if path.exists():
            return None  # unreadable: never silently replace a desk's key
        seal = cls(str(uuid.uuid4()), secrets.token_bytes(32), folder)
        try:
            os.makedirs(folder, mode=0o700, exist_ok=True)
            data = {"chain": seal.chain, "key": seal.key.hex()}
            atomic_write(path, json.dumps(data).encode())
        except OSError:
            return None
        return _alive(seal)

    def mac(self, prev: str, row: dict[str, Any]) -> str:
        message = _MAC_JSON.encode(
            [
                self.chain,
                row["seq"],
                str(row["id"]),
                _moment(row["at"]),
                str(row["actor_id"]) if row["actor_id"] is not None else None,
                row["action"],
                row["entity"],
                row["entity_id"],
                row["detail"],
                prev,
            ]
        )
        h = self._keyed().copy()
        h.update(message.encode("utf-8"))
        return h.hexdigest()

    def _keyed(self) -> hmac.HMAC:
        """HMAC-SHA256 with this desk's key and no message yet: each entry's HMAC starts
        from a copy of it (the same digest as ``hmac.new``, without preparing the key)."""
        if self._hmac is None:
            self._hmac = hmac.new(self.key, digestmod=hashlib.sha256)
        return self._hmac

    # -- positions kept outside the journal ------------------------------------------------

    def _positions(self) -> dict[str, Any]:
        try:
            raw = json.loads((self.folder / POSITIONS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return raw if isinstance(raw, dict) else {}

    def position(self, journal_key: str, *, fresh: bool = False) -> Position | None:
        if not fresh and journal_key in self._kept:
            return self._kept[journal_key]
        found = self._read_position(journal_key)
        self._kept[journal_key] = found
        return found

    def _read_position(self, journal_key: str) -> Position | None:
        entry = self._positions().get(journal_key)
        if not isinstance(entry, dict) or entry.get("chain") != self.chain:
            return None
        try:
            return Position(int(entry["seq"]), str(entry["mac"]))
        except (KeyError, TypeError, ValueError):
            return None

    def keep(self, journal_key: str, pos: Position, *, force: bool = False) -> None:
        """Remember the newest position written to the journal (never a lower one, unless a
        restored backup made the journal's chain shorter on purpose).

        Written to the file within ``FLUSH_SECONDS`` (and when the journal closes), not on
        every click: a click stays a click. ``force`` writes at once."""
        with self._lock:
            old = self._kept.get(journal_key)
            if not force and old is not None and old.seq >= pos.seq:
                return
            self._kept[journal_key] = pos
            self._dirty[journal_key] = force or self._dirty.get(journal_key, False)
            if force:
                self._flush_locked()
            elif self._timer is None:
                self._timer = threading.Timer(FLUSH_SECONDS, self.flush)
                self._timer.daemon = True
                self._timer.start()

    def flush(self) -> None:
        """Write the positions remembered since the last write (merged into the file, which
        other windows and the command line of this desk write too)."""
        with self._lock:
            self._flush_locked()

    def _flush_locked(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if not self._dirty:
            return
        positions = self._positions()
        for journal_key, forced in self._dirty.items():
            pos = self._kept.get(journal_key)
            if pos is None:
                continue
            old = positions.get(journal_key)
            if (
                not forced
                and isinstance(old, dict)
                and old.get("chain") == self.chain
                and isinstance(old.get("seq"), int)
                and old["seq"] >= pos.seq
            ):
                continue
            positions[journal_key] = {"chain": self.chain, "seq": pos.seq, "mac": pos.mac}
        self._dirty.clear()
        # If the profile refuses, the journal's own chain still shows changes; only a deleted
        # tail goes unnoticed.
        with contextlib.suppress(OSError):
            atomic_write(
                self.folder / POSITIONS_FILE, json.dumps(positions).encode(), durable=False
            )


_SEALS: weakref.WeakSet[Seal] = weakref.WeakSet()


def _alive(seal: Seal) -> Seal:
    """Every seal writes its last positions when the program ends (see ``Seal.keep``)."""
    _SEALS.add(seal)
    return seal


@atexit.register
def _flush_all() -> None:
    for seal in list(_SEALS):
        seal.flush()


# What an entry's HMAC is computed over: its fields as compact JSON (one encoder, made once)
_MAC_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _moment(at: datetime) -> str:
    return at.replace(tzinfo=None).isoformat(timespec="microseconds")


def journal_key(conn: Connection) -> str:
    """The journal's identity (made the first time), under which desks keep positions."""
    table = Setting.__table__
    value = conn.execute(select(table.c.value).where(table.c.key == JOURNAL_KEY)).scalar()
    if value is None:
        value = str(uuid.uuid4())
        conn.execute(insert(Setting).values(key=JOURNAL_KEY, value=value))
    return str(value)


_HEAD_SQL = "SELECT seq, mac FROM audit_entry WHERE chain = ? ORDER BY seq DESC LIMIT 1"


def head(conn: Connection, chain: str) -> Position | None:
    """The chain's last entry in the journal (in the caller's transaction)."""
    found: Sequence[Any]
    if conn.dialect.name == "sqlite":  # every click asks: straight to the driver
        found = run_on_driver(conn, _HEAD_SQL, (chain,))
    else:  # the same, compiled once for the server's dialect
        found = _HEAD.all(conn, {"chain": chain})
    return Position(found[0][0], found[0][1]) if found else None


_HEAD = DriverQuery(
    select(AuditEntry.seq, AuditEntry.mac)
    .where(AuditEntry.chain == bindparam("chain", type_=AuditEntry.chain.type))
    .order_by(AuditEntry.seq.desc())
    .limit(1)
)


def last_position(conn: Connection, seal: Seal, key: str) -> Position | None:
    """Where this desk's next entry follows. Numbers the desk already used are never used
    again: after a deleted tail the chain goes on from the kept position, so the gap stays
    in sight for good instead of being written over."""
    found, kept = head(conn, seal.chain), seal.position(key)
    if kept is not None and (found is None or kept.seq > found.seq):
        return Position(kept.seq, found.mac if found else "")
    return found


def link(conn: Connection, seal: Seal, values: dict[str, Any], last: Position | None) -> Position:
    """Fill in ``chain``, ``seq`` and ``mac`` of a new entry after ``last``."""
    values.setdefault("id", uuid.uuid4())
    values.setdefault("at", utc_now())
    values["chain"] = seal.chain
    values["seq"] = (last.seq if last else 0) + 1
    values["mac"] = seal.mac(last.mac if last else "", values)
    return Position(values["seq"], values["mac"])


# -- sealing what the ORM writes ----------------------------------------------------------

_FIELDS = ("id", "at", "actor_id", "action", "entity", "entity_id", "detail")


def _on_insert(_mapper: Mapper[Any], conn: Connection, target: AuditEntry) -> None:
    s = object_session(target)
    seal: Seal | None = s.info.get("seal") if s is not None else None
    if seal is None or s is None or target.mac is not None:
        return
    last = s.info.get("chain_head")
    if last is None:
        last = last_position(conn, seal, s.info.get("journal_key") or "")
    values = {f: getattr(target, f) for f in _FIELDS}
    values["id"] = values["id"] or uuid.uuid4()
    values["at"] = values["at"] or utc_now()
    values["detail"] = values["detail"] or ""
    pos = link(conn, seal, values, last)
    target.id, target.at, target.detail = values["id"], values["at"], values["detail"]
    target.chain, target.seq, target.mac = seal.chain, pos.seq, pos.mac
    s.info["chain_head"] = pos


def committed(info: dict[str, Any]) -> None:
    """A unit of work (a session, or a Core unit) committed: keep the chain's new head."""
    pos = info.pop("chain_head", None)
    seal, key = info.get("seal"), info.get("journal_key")
    if pos is not None and seal is not None and key:
        seal.keep(key, pos)


def _after_commit(s: Session) -> None:
    committed(s.info)


def _after_rollback(s: Session) -> None:
    s.info.pop("chain_head", None)


event.listen(AuditEntry, "before_insert", _on_insert)


def install(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "after_commit", _after_commit)
    event.listen(sessions, "after_soft_rollback", lambda s, _tx: _after_rollback(s))


def insert_entry(conn: Connection, seal: Seal | None, key: str, **values: Any) -> Position | None:
    """An entry written by Core in the caller's transaction (e.g. when the journal opens),
    sealed like the ORM's. Returns the new position: keep it once the transaction commits."""
    pos = None
    if seal is not None:
        pos = link(conn, seal, values, last_position(conn, seal, key))
    conn.execute(insert(AuditEntry).values(**values))
    return pos


_COLUMNS = (*_FIELDS, "chain", "seq", "mac")
_ENTRY = DriverWrite(insert_values(AuditEntry.__table__, _COLUMNS))  # type: ignore[arg-type]
# The same entry, written only if the chain's head in the journal is still the entry whose
# HMAC is ``head``: the check and the INSERT in one statement (see ``insert_now``).
_ENTRY_AFTER = DriverWrite(
    insert_where(
        AuditEntry.__table__,  # type: ignore[arg-type]
        _COLUMNS,
        select(AuditEntry.mac)
        .where(AuditEntry.chain == bindparam("chain", type_=AuditEntry.chain.type))
        .order_by(AuditEntry.seq.desc())
        .limit(1)
        .scalar_subquery()
        == bindparam("head", type_=AuditEntry.mac.type),
    )
)


def insert_now(w: Writer, values: dict[str, Any]) -> None:
    """An entry written at once by Core in the unit's transaction (the click path; a session
    or a Core unit), sealed exactly as ``_on_insert`` seals the ORM's: after the unit's chain
    head, which it then moves, so that the position is kept once the unit commits, as for
    any other entry.

    The unit's first entry follows the position this desk last wrote (``Seal.position``, kept
    in memory): the INSERT checks that it is still the chain's head in the journal, in the
    same statement, inside the unit's transaction (which holds the journal's write lock, so
    nothing can come between). Only if it is not (another window or program of this desk
    wrote since, a backup was restored, the tail was deleted) is the head read
    (``last_position``) and the entry sealed after it.
    """
    send_now(w, values)()


def send_now(w: Writer, values: dict[str, Any]) -> Callable[[], None]:
    """``insert_now`` inside a ``fastpath.together`` block: the entry goes to the server with
    the block's other writes. Call the function returned once the block has ended: it learns
    whether the entry was written after the position it was sealed after and, if the chain's
    head had moved, reads it, seals the entry again and writes it (in the same transaction);
    only then does the unit's chain head move."""
    conn, info = core_of(w)  # entries the ORM holds come first, in the order they were made
    seal: Seal | None = info.get("seal")
    values = {f: values.get(f) for f in _FIELDS}
    values["id"] = values["id"] or uuid.uuid4()
    values["at"] = values["at"] or utc_now()
    values["detail"] = values["detail"] or ""
    if seal is None:
        values["chain"] = values["seq"] = values["mac"] = None
        return _sent(_ENTRY.send(conn, [values]), info, None)
    last = info.get("chain_head")
    key = info.get("journal_key") or ""
    if last is None:
        known = seal.position(key)
        if known is not None and known.seq > 0:
            after = link(conn, seal, values, known)
            written = _ENTRY_AFTER.send(conn, [{**values, "head": known.mac}])
            sealer = seal

            def after_known() -> None:
                if written():
                    info["chain_head"] = after
                else:  # the head moved: seal the entry after the one in the journal
                    head = link(conn, sealer, values, last_position(conn, sealer, key))
                    _ENTRY.run(conn, [values])
                    info["chain_head"] = head

            return after_known
        last = last_position(conn, seal, key)
    pos = link(conn, seal, values, last)
    return _sent(_ENTRY.send(conn, [values]), info, pos)


def _sent(
    written: Callable[[], int], info: dict[str, Any], pos: Position | None
) -> Callable[[], None]:
    def done() -> None:
        written()
        if pos is not None:
            info["chain_head"] = pos

    return done


# -- checking -----------------------------------------------------------------------------


Problem = tuple[str, dict[str, Any]]  # a term key and its values


@dataclass
class ChainReport:
    checked: int = 0  # this desk's entries whose HMAC was checked
    others: dict[str, int] = field(default_factory=dict)  # other desks' chains: entries
    unsealed: int = 0  # from before the chain, or written where no key could be kept
    problems: list[Problem] = field(default_factory=list)
    no_key: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def sentences(self, lang: Lang = "sv") -> list[str]:
        """Every break found, one sentence each."""
        out = []
        for key, values in self.problems:
            values = dict(values)
            if "where" in values:
                where = values["where"]
                values["where"] = (
                    term("chain_here", lang)
                    if where is None
                    else term("chain_there", lang).format(desk=where)
                )
            out.append(term(key, lang).format(**values))
        return out

    def summary(self, lang: Lang = "sv") -> str:
        """One paragraph: the viewer's status line and the command line's first line."""
        if self.no_key:
            parts = [term("chain_no_key", lang)]
        elif self.ok:
            parts = [term("chain_whole", lang).format(n=_n(self.checked))]
        else:
            parts = [term("chain_broken", lang)]
        if self.others:
            desks = (
                term("chain_one_desk", lang)
                if len(self.others) == 1
                else term("chain_desks", lang).format(n=len(self.others))
            )
            n = _n(sum(self.others.values()))
            parts.append(term("chain_others", lang).format(n=n, desks=desks))
        if self.unsealed:
            parts.append(term("chain_unsealed", lang).format(n=_n(self.unsealed)))
        return " ".join(parts)


def _n(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")


def _rows(conn: Connection) -> Iterator[Any]:
    t = AuditEntry.__table__
    stmt = (
        select(t.c.chain, t.c.seq, t.c.mac, *(t.c[f] for f in _FIELDS))
        .where(t.c.chain.is_not(None))
        .order_by(t.c.chain, t.c.seq)
    )
    options = {"stream_results": True, "yield_per": PROGRESS_EVERY}  # this statement only
    yield from conn.execute(stmt, execution_options=options)


def _local(at: datetime) -> str:
    from datetime import UTC

    return at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def verify(
    conn: Connection,
    seal: Seal | None,
    progress: Callable[[int, int], None] | None = None,
    limit: int = 20,
) -> ChainReport:
    """Check every chain in the journal: this desk's link by link against its key and kept
    position, the others for gaps. ``progress(done, total)`` may raise to cancel."""
    t = AuditEntry.__table__
    report = _ChainWalk(seal, limit)
    total = conn.execute(select(func.count()).select_from(t)).scalar_one()
    report.report.unsealed = conn.execute(
        select(func.count()).select_from(t).where(t.c.chain.is_(None))
    ).scalar_one()
    for done, row in enumerate(_rows(conn), start=1):
        report.take(row)
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total)
    key = conn.execute(select(Setting.value).where(Setting.key == JOURNAL_KEY)).scalar()
    report.finish(seal.position(key, fresh=True) if seal is not None and key else None)
    if progress is not None:
        progress(total, total)
    return report.report


class _ChainWalk:
    """``verify``'s walk through the chains, row by row, gathering the report."""

    def __init__(self, seal: Seal | None, limit: int) -> None:
        self.seal, self.limit = seal, limit
        self.report = ChainReport(no_key=seal is None)
        self.chain: str | None = None
        self.last: Position | None = None
        self.own_last: Position | None = None
        self.hidden = 0

    def problem(self, key: str, **values: Any) -> None:
        if len(self.report.problems) < self.limit:
            self.report.problems.append((key, values))
        else:
            self.hidden += 1

    def take(self, row: Any) -> None:
        own = self.seal is not None and row.chain == self.seal.chain
        if row.chain != self.chain:
            self.chain, self.last = row.chain, None
        where = None if own else row.chain[:8]
        expected = (self.last.seq if self.last else 0) + 1
        if row.seq > expected:
            at = _local(row.at)
            if row.seq == expected + 1:
                self.problem("chain_gap_one", first=expected, where=where, at=at)
            else:
                self.problem("chain_gap", first=expected, last=row.seq - 1, where=where, at=at)
        elif row.seq < expected:  # the unique index forbids it; a rebuilt table might not
            self.problem("chain_twice", seq=row.seq, where=where)
        if own:
            assert self.seal is not None
            self.report.checked += 1
            values = {f: getattr(row, f) for f in _FIELDS} | {"seq": row.seq}
            prev = self.last.mac if self.last and self.last.seq == row.seq - 1 else None
            if prev is None and row.seq == 1:
                prev = ""
            if prev is not None and self.seal.mac(prev, values) != row.mac:
                self.problem("chain_changed", seq=row.seq, at=_local(row.at))
            self.own_last = Position(row.seq, row.mac)
        else:
            self.report.others[row.chain] = self.report.others.get(row.chain, 0) + 1
        self.last = Position(row.seq, row.mac)

    def finish(self, kept: Position | None) -> None:
        own_last = self.own_last
        if kept is not None and kept.seq > 0:
            if own_last is None or own_last.seq < kept.seq:
                first = (own_last.seq if own_last else 0) + 1
                key = "chain_tail_one" if first == kept.seq else "chain_tail"
                self.problem(key, first=first, last=kept.seq)
            elif own_last.seq == kept.seq and own_last.mac != kept.mac:
                self.problem("chain_not_mine", seq=kept.seq)
        if self.hidden:
            self.report.problems.append(("chain_more", {"n": self.hidden}))


def restore_position(conn: Connection, seal: Seal | None, key: str) -> None:
    """After a backup was restored on purpose: the journal's chain is where it is now."""
    if seal is None:
        return
    seal.keep(key, head(conn, seal.chain) or Position(0, ""), force=True)

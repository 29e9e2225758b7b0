"""The desk: one staff member at one site logging snabbärenden, with undo.

This is the controller behind the tally screen, free of Qt so that the click path can be
tested and benchmarked exactly as the window runs it.
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from vagledare.journal import quick_cases
from vagledare.journal.db import Journal
from vagledare.journal.models import Gender
from vagledare.journal.sites import SiteInfo, get_site
from vagledare.journal.staff import StaffInfo


@dataclass(frozen=True)
class Logged:
    """What one action logged: enough to describe it and to undo it."""

    ids: tuple[uuid.UUID, ...]
    category: str
    age_band: str
    gender: Gender
    at: datetime


@dataclass(frozen=True)
class DeskCounts:
    cells: Counter[tuple[uuid.UUID, uuid.UUID, Gender]]
    today: int
    month: int


@dataclass
class Desk:
    journal: Journal
    site: SiteInfo
    staff: StaffInfo
    _undo: list[Logged] = field(default_factory=list)
    _redo: list[Logged] = field(default_factory=list)
    _backed_up_on: date | None = None
    _backup: threading.Thread | None = None
    # Told (in the backup's own thread) when the day's backup fails; the window shows it.
    # The next entry tries again.
    backup_failed: Callable[[BaseException], None] | None = None
    # Visits: with ``same_visitor`` on, each entry joins the visit of the one before (until
    # it is switched off for the next visitor); ``return_visit`` marks the visitor as
    # returning and is cleared when the visit ends.
    same_visitor: bool = False
    return_visit: bool = False
    _visit: uuid.UUID | None = None

    def log(
        self,
        category_id: uuid.UUID,
        age_band_id: uuid.UUID,
        gender: Gender,
        *,
        count: int = 1,
        at: datetime | None = None,
    ) -> Logged:
        """Log and durably commit; when this returns, the entry survives a power cut.

        The day's first entry first starts the day's backup of the journal: a copy of the
        journal as it was before the entry, made in a thread of its own (``wait_for_backup``),
        so that the entry is committed at once however large the journal.
        """
        self._daily_backup()
        if self.same_visitor and self._visit is not None:
            visit: uuid.UUID | None = self._visit
        else:  # a visit of its own; several at once are several visitors
            visit = uuid.uuid4() if count == 1 or self.same_visitor else None
        # Core statements only (no ORM session): the click's own INSERTs are most of its cost
        with self.journal.core_unit(actor_id=self.staff.id) as unit:
            ids = quick_cases.log_quick_cases(
                unit,
                self.site.id,
                category_id,
                age_band_id,
                gender,
                self.staff.id,
                at=at,
                count=count,
                visit_id=visit,
                return_visit=self.return_visit,
                new_visit=visit is not None and visit is not self._visit,
            )
        self._visit = visit
        if not self.same_visitor:
            self.return_visit = False  # the next visitor
        cat = next(c.name for c in self.site.categories if c.id == category_id)
        band = next(b.label for b in self.site.age_bands if b.id == age_band_id)
        when = at or datetime.now().replace(microsecond=0)
        # Gender(...): a combo box hands the member back as a plain str ("man"), and the
        # feedback line names the gender by the member
        logged = Logged(tuple(ids), cat, band, Gender(gender), when)
        self._undo.append(logged)
        self._redo.clear()
        return logged

    def set_same_visitor(self, on: bool) -> None:
        """Switch grouping on (the next entries join the last one's visit) or off (the visit
        is over: the next entry is the next visitor's)."""
        self.same_visitor = on
        if not on:
            self.return_visit = False

    def set_return_visit(self, on: bool) -> None:
        """Mark the current (or next) visitor as one who has been here before."""
        self.return_visit = on

    def _daily_backup(self) -> None:
        today = date.today()
        if self._backed_up_on == today or self.journal.path is None:
            return
        if self._backup is not None and self._backup.is_alive():
            return  # still taking the last one
        from vagledare.journal.backup import daily_backup

        path, taken = self.journal.path, threading.Event()

        def take() -> None:
            try:
                daily_backup(path, today, snapshot_taken=taken.set)
            except BaseException as exc:  # told, never lost in the thread
                self._backed_up_on = None  # the next entry tries again
                taken.set()
                if self.backup_failed is not None:
                    self.backup_failed(exc)

        self._backed_up_on = today
        self._backup = threading.Thread(target=take, name="daily-backup", daemon=True)
        self._backup.start()
        # The copy's moment is before this entry: wait for it (a read transaction beginning,
        # a few milliseconds), not for the copy.
        taken.wait(timeout=5.0)

    def wait_for_backup(self, timeout: float | None = None) -> bool:
        """Wait for the day's backup to be written (before the journal is closed or put
        aside); False if it is still being taken after ``timeout`` seconds."""
        if self._backup is not None:
            self._backup.join(timeout)
            return not self._backup.is_alive()
        return True

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def last(self) -> Logged | None:
        return self._undo[-1] if self._undo else None

    def undo(self) -> Logged | None:
        """Take the last action out of the counts (kept in the journal as 'Ångrad')."""
        if not self._undo:
            return None
        logged = self._undo.pop()
        with self.journal.session(actor_id=self.staff.id) as s:
            for i in logged.ids:
                quick_cases.remove_quick_case(s, i, quick_cases.UNDO_REASON, self.staff.id)
        self._redo.append(logged)
        return logged

    def redo(self) -> Logged | None:
        if not self._redo:
            return None
        logged = self._redo.pop()
        with self.journal.session(actor_id=self.staff.id) as s:
            for i in logged.ids:
                quick_cases.restore_quick_case(s, i)
        self._undo.append(logged)
        return logged

    def remove(self, quick_case_id: uuid.UUID, reason: str) -> None:
        with self.journal.session(actor_id=self.staff.id) as s:
            quick_cases.remove_quick_case(s, quick_case_id, reason, self.staff.id)
        self._forget({quick_case_id})

    def remove_many(self, quick_case_ids: list[uuid.UUID], reason: str) -> int:
        """Remove several entries (a whole registration, or a day's selection) with one
        reason: all of them or none."""
        with self.journal.session(actor_id=self.staff.id) as s:
            n = quick_cases.remove_quick_cases(s, quick_case_ids, reason, self.staff.id)
        self._forget(set(quick_case_ids))
        return n

    def correct(
        self,
        quick_case_id: uuid.UUID,
        category_id: uuid.UUID,
        age_band_id: uuid.UUID,
        gender: Gender,
    ) -> bool:
        """Change an entry's category, age band or gender (audited); False when nothing
        changed."""
        with self.journal.session(actor_id=self.staff.id) as s:
            changed = quick_cases.correct_quick_case(
                s, quick_case_id, category_id, age_band_id, Gender(gender)
            )
        if changed:
            self._forget({quick_case_id})
        return changed

    def logged_together(self, quick_case_id: uuid.UUID) -> list[uuid.UUID]:
        """The counted entries of the registration this one was logged in."""
        return self.journal.read(quick_cases.logged_together, quick_case_id)

    def _forget(self, quick_case_ids: set[uuid.UUID]) -> None:
        # An entry removed or changed by hand can no longer be undone or redone from the
        # stacks (their descriptions would no longer be true).
        self._undo = [x for x in self._undo if quick_case_ids.isdisjoint(x.ids)]
        self._redo = [x for x in self._redo if quick_case_ids.isdisjoint(x.ids)]

    def snapshot(self, day: date | None = None) -> DeskCounts:
        """Today's count per grid cell and the day's and month's totals, in one read."""
        day = day or date.today()
        with self.journal.session(readonly=True) as s:
            cells = quick_cases.day_counts(s, self.site.id, day)
            return DeskCounts(
                cells, sum(cells.values()), quick_cases.month_count(s, self.site.id, day)
            )

    def entries(self, day: date | None = None) -> list[quick_cases.QuickCaseEntry]:
        with self.journal.session(readonly=True) as s:
            return quick_cases.day_entries(s, self.site.id, day or date.today())

    def switch_staff(self, staff: StaffInfo) -> None:
        """Another staff member unlocked the desk: their own undo history starts empty."""
        self.staff = staff
        self.set_same_visitor(False)
        self._visit = None
        self._undo.clear()
        self._redo.clear()

    def reload_site(self) -> None:
        with self.journal.session(readonly=True) as s:
            self.site = get_site(s, self.site.id)

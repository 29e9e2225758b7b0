"""Start-up in two steps (#22): the login dialog first, the rest while it waits for the PIN.

Importing SQLAlchemy, the journal's models and the main window's modules takes several times
as long as showing a window. So on a healthy journal whose desk is remembered, the window
shows the login dialog from a peek (``journal.peek``: the driver alone, ``sqlite3`` or
``psycopg``, read-only) and only then, once the dialog is drawn, opens the journal the full
way (``open_journal``) in a background thread, reads the desk's meeting place and staff member
(which configures the ORM's mappers and compiles the first statements) and imports the domain
modules the main window needs. Back on the window's thread it imports the main window's own
(Qt) modules, one per turn of the event loop. By the time a person has typed a PIN,
everything is loaded; a PIN typed sooner is checked against the peek's hash while the
loading goes on (``PendingJournal.desk_login``).

Only pure-Python domain modules are imported in the background thread (``WARM_MODULES``; the
domain never imports Qt), and the window's thread imports nothing of the domain while that
thread runs, except what a click waits for anyway (``PendingJournal.result``), so the two never
wait for each other's import locks in a circle.

Anything the peek is not sure of takes the full way first, as before: the journal opened (and
upgraded, or refused with its message), then the dialog.
"""

from __future__ import annotations

import builtins
import importlib
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from vagledare.journal import pins
from vagledare.journal.errors import ValidationError

if TYPE_CHECKING:
    from vagledare.journal.db import Journal
    from vagledare.journal.peek import LoginPeek
    from vagledare.journal.sites import SiteInfo
    from vagledare.journal.staff import StaffInfo

R = TypeVar("R")

# The domain modules the main window imports (none of them imports Qt): loaded in the
# background thread. ``tests/test_quick_start.py`` checks that the list is complete.
WARM_MODULES = (
    "vagledare.app.desk",
    "vagledare.app.settings",
    "vagledare.exchange.identity",
    "vagledare.exchange.signing",
    "vagledare.journal.access",
    "vagledare.journal.backup",
    "vagledare.journal.journal_settings",
    "vagledare.journal.private_files",
    "vagledare.journal.quick_cases",
    "vagledare.journal.staff",
    "vagledare.reports.fmt",
    "vagledare.reports.table",
)

# The window's own modules, imported on the window's thread once the domain is in, one per
# step (the larger ones on their own, then the main window with the rest).
WINDOW_MODULES = (
    "vagledare.gui.shell.theme",
    "vagledare.gui.shell.lock",
    "vagledare.gui.common.table_models",
    "vagledare.gui.today.today_page",
    "vagledare.gui.tally.tally_page",
    "vagledare.gui.shell.actions",
    "vagledare.gui.exchange.exchange_actions",
    "vagledare.gui.admin.privacy_actions",
    "vagledare.gui.shell.main_window",
)


def warm_up(journal: Journal, peek: LoginPeek) -> None:
    """Read once what the login and the tally screen read, so that their statements are
    compiled (and the file's pages cached) before the PIN is given. Nothing is written."""
    from datetime import date

    from vagledare.journal import access, quick_cases
    from vagledare.journal.journal_settings import is_demo
    from vagledare.journal.staff import get_staff

    today = date.today()
    journal.read(access.login_screen)
    journal.read(access.lock_state, peek.staff_id)
    journal.read(get_staff, peek.staff_id)
    journal.read(is_demo)
    journal.read(quick_cases.day_counts, peek.site_id, today)
    journal.read(quick_cases.month_count, peek.site_id, today)
    journal.read(quick_cases.day_entries, peek.site_id, today)


_imports_lock = threading.Lock()
_imports_users: list[Callable[..., Any]] = []  # the hook to put back, once per user


@contextmanager
def python_imports() -> Iterator[None]:
    """Python's own ``__import__`` meanwhile (in every thread). PySide6 replaces it with a
    hook that, for every module imported through it, reads the module's source to see whether
    it selects a ``__feature__``: a tenth to a fifth of importing SQLAlchemy and the models
    (some 400 modules) in the background, or the PostgreSQL driver for the peek. Only for
    what uses no Qt (the domain, its libraries); the hook is back once the last user is done.
    """
    with _imports_lock:
        _imports_users.append(builtins.__import__)
        builtins.__import__ = importlib.__import__
    try:
        yield
    finally:
        with _imports_lock:
            hook = _imports_users.pop()
            if not _imports_users:
                builtins.__import__ = hook


def window_steps() -> list[Callable[[], object]]:
    """What the window's thread does while the login dialog waits: import the window's
    modules, then make PySide6 build its Python classes (and their enums), which it otherwise
    does lazily, several dozen at once, when the main window first shows (~50 ms), a dozen
    classes per step."""
    from PySide6 import QtCore, QtGui, QtWidgets

    steps: list[Callable[[], object]] = [
        partial(importlib.import_module, m) for m in WINDOW_MODULES
    ]
    for module in (QtCore, QtGui, QtWidgets):
        names = [n for n in dir(module) if n.startswith("Q")]
        for i in range(0, len(names), 12):
            steps.append(partial(_touch, module, names[i : i + 12]))
    return steps


def _touch(module: object, names: list[str]) -> None:
    for name in names:
        getattr(module, name, None)


class PendingJournal(QObject):
    """The journal being opened in the background while the login dialog waits. It stands in
    for the journal in the dialog: ``read`` and ``write`` wait for the opening to end, then run
    on the journal. ``ready`` once the journal is open and the window's modules are imported;
    ``failed`` (the reason) if the journal could not be opened or no longer holds the desk:
    the caller then takes the full way, which says what is wrong."""

    ready = Signal()
    failed = Signal(str)
    _finished = Signal()  # from the background thread (queued to the window's thread)

    def __init__(self, target: str, peek: LoginPeek, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.peek = peek
        self.journal: Journal | None = None
        self.site: SiteInfo | None = None
        self.member: StaffInfo | None = None
        self.error: BaseException | None = None
        self.is_ready = False
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._open, name="vagledare-open", daemon=True)
        self._finished.connect(self._on_finished)
        self._steps: list[Callable[[], object]] = []
        self._done_waiting = False

    def start(self) -> None:
        """Begin opening (once; the dialog calls it when first drawn)."""
        if not self._thread.is_alive() and not self._done.is_set():
            self._thread.start()

    def _open(self) -> None:
        try:
            with python_imports():
                self._open_and_load()
        finally:  # PySide6's import hook back before the window's thread goes on
            self._done.set()
            self._finished.emit()

    def _open_and_load(self) -> None:
        journal = None
        try:
            from vagledare.journal.db import open_journal
            from vagledare.journal.staff import site_and_member

            journal = open_journal(self.target)
            if journal.read_only:  # write-protected since the peek: the full way tells
                raise ValidationError("Journalen är skrivskyddad.")
            # The first ORM reads: the mappers are configured and the statements compiled here,
            # not after the PIN.
            self.site, self.member = journal.read(
                site_and_member, self.peek.site_id, self.peek.staff_id
            )
            if self.member is None:
                raise ValidationError("Personen finns inte längre i journalen.")
            warm_up(journal, self.peek)
            for name in WARM_MODULES:
                importlib.import_module(name)
            self.journal = journal
        except Exception as exc:  # noqa: BLE001 - any failure: the full way explains it
            self.error = exc
            if journal is not None:
                journal.close()

    def _on_finished(self) -> None:
        if self.error is not None:
            self.failed.emit(str(self.error))
            return
        if not self._done_waiting:
            self._steps = window_steps()
            self._next_step()

    def done_waiting(self) -> None:
        """The dialog has closed: the window's warm-up, if not yet done, is not needed any
        more (the window is built at once, or not at all)."""
        self._done_waiting = True
        self._steps = []

    def _next_step(self) -> None:
        """The window's own warm-up, a short step per turn of the event loop (typing stays
        smooth)."""
        if self._steps:
            self._steps.pop(0)()
            QTimer.singleShot(0, self._next_step)
            return
        self.is_ready = True
        self.ready.emit()

    def result(self) -> Journal:
        """The open journal, once opened (waits); a ``ValidationError`` with the reason if it
        could not be opened."""
        self.start()
        self._done.wait()
        if self.journal is None:
            raise ValidationError(f"Journalen kan inte öppnas: {self.error}")
        return self.journal

    def wait(self) -> None:
        """Until the background thread has ended, whatever its outcome."""
        self.start()
        self._done.wait()

    def close(self) -> None:
        """Close the journal if it was opened (after waiting for the thread)."""
        self.wait()
        if self.journal is not None:
            self.journal.close()

    def desk_login(self, staff_id: uuid.UUID, pin: str) -> bool:
        """``access.desk_login`` on the journal once open. A PIN given while the journal is
        still being opened is checked against the peek's hash meanwhile (the slow hash runs
        while the rest loads); the login on the journal then takes that check in place of
        its own only if the account still has that very hash, and checks the lockout and
        writes the audit entry as always. A PIN the peek finds wrong, or an account the peek
        saw locked out, is left to the login on the journal alone (which counts it)."""
        self.start()
        checked = None
        if not self._done.is_set():
            until = self.peek.locked_until.get(staff_id)
            if until is None or until <= datetime.now(UTC):
                checked = pins.check(pin, self.peek.pin_hashes.get(staff_id))
        journal = self.result()
        from vagledare.journal import access

        return journal.write(access.desk_login, staff_id, pin, checked=checked)

    @property
    def read_only(self) -> bool:
        return self.result().read_only

    def read(self, fn: Callable[..., R], *args: Any, **kw: Any) -> R:
        return self.result().read(fn, *args, **kw)

    def write(self, fn: Callable[..., R], *args: Any, **kw: Any) -> R:
        return self.result().write(fn, *args, **kw)

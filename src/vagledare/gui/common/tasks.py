"""The one background worker: slow domain work (exchange, sync) runs off the GUI thread.

One task at a time. Its result, failure and progress reach the GUI thread through queued
signals connected to this object's own methods (never lambdas, which would run in the worker's
thread), and only then are the caller's callbacks called.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """The user cancelled; raised inside the task from its progress callback."""


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(str, int, int)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[Callable[[str, int, int], None]], Any], signals: _Signals):
        super().__init__()
        self.fn, self.signals = fn, signals
        self.cancel = threading.Event()

    def report(self, label: str, done: int, total: int) -> None:
        """The task's progress callback (worker thread): raises ``Cancelled`` when asked to."""
        if self.cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(label, done, total)

    def run(self) -> None:
        try:
            result = self.fn(self.report)
        except BaseException as exc:  # delivered to the GUI thread, never lost in the worker
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs ``fn(progress)`` in the worker; ``on_done(result)`` or ``on_failed(exc)`` and
    ``on_progress(label, done, total)`` are then called on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._task: _Task | None = None
        self._signals: _Signals | None = None
        self._done: Callable[[Any], None] = _ignore
        self._failed: Callable[[BaseException], None] = _ignore
        self._progress: Callable[[str, int, int], None] = _ignore3

    @property
    def busy(self) -> bool:
        return self._task is not None

    def run(
        self,
        fn: Callable[[Callable[[str, int, int], None]], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        on_progress: Callable[[str, int, int], None] = lambda *_: None,
    ) -> None:
        if self._task is not None:
            raise RuntimeError("a task is already running")
        self._signals = _Signals()  # lives in the GUI thread: its slots run there
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._signals.progress.connect(self._on_progress)
        self._done, self._failed, self._progress = on_done, on_failed, on_progress
        self._task = _Task(fn, self._signals)
        self._task.setAutoDelete(False)
        self.pool.start(self._task)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel.set()

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    def finish(self, msecs: int = -1) -> bool:
        """Wait for the running task and deliver its progress and outcome now (the queued
        calls of ``on_progress`` and then ``on_done`` or ``on_failed``), for a caller on the
        GUI thread that needs the result before it goes on; False if it did not end in time."""
        if self._task is None:
            return True
        if not self.pool.waitForDone(msecs):
            return False
        # The signals' queued calls are posted to this object, whose methods they call.
        QCoreApplication.sendPostedEvents(self, 0)  # 0: every kind of posted event
        return True

    def _finish(self) -> None:
        self._task = None

    def _on_done(self, result: object) -> None:
        self._finish()
        self._done(result)

    def _on_failed(self, exc: object) -> None:
        self._finish()
        self._failed(exc if isinstance(exc, BaseException) else RuntimeError(str(exc)))

    def _on_progress(self, label: str, done: int, total: int) -> None:
        self._progress(label, done, total)


def _ignore(_value: Any) -> None:
    return None


def _ignore3(_label: str, _done: int, _total: int) -> None:
    return None

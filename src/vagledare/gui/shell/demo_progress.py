"""Making the sample data (Help → Try with sample data, the first-run wizard, ``vagledare
demo``) behind a progress dialog: the demo journal is built in the background worker, step by
step, while the window stays responsive; a demo journal made today is reused without one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from vagledare.app.demo import DEMO_STEPS, demo_journal_is_current, ensure_demo_journal
from vagledare.gui.common.tasks import TaskRunner


class DemoBuilder(QObject):
    """``build()`` returns the demo journal's path once it is made (or raises what the making
    raised); ``finish()`` closes the dialog once the demo window is on the screen."""

    def __init__(
        self,
        path: Path | None = None,
        parent: QWidget | None = None,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.path, self.now = path, now
        self.labels: list[str] = []  # what the dialog said, in order
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("demoProgress")
        self.dialog.setWindowTitle(self.tr("Sample data"))
        self.dialog.setAccessibleName(self.tr("Making the sample data"))
        self.dialog.setCancelButton(None)  # a half-made demo journal must not be left behind
        self.dialog.setRange(0, len(DEMO_STEPS) + 1)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.setMinimumWidth(420)
        self.dialog.hide()
        self.runner = TaskRunner(self)

    def step_text(self, step: str) -> str:
        return {
            "quick_cases": self.tr("Making the sample data: a year of visits…"),
            "cases": self.tr("Making the sample data: cases and contacts…"),
            "readings": self.tr("Making the sample data: progression readings…"),
            "groups": self.tr("Making the sample data: language groups and roll calls…"),
        }.get(step, self.tr("Making the sample data…"))

    def _say(self, text: str, value: int) -> None:
        self.labels.append(text)
        self.dialog.setLabelText(text)
        self.dialog.setValue(value)
        if not self.dialog.isVisible():
            self.dialog.show()

    def _on_progress(self, step: str, done: int, _total: int) -> None:
        self._say(self.step_text(step), done)

    def build(self) -> Path:
        path = self.path
        if demo_journal_is_current(path, self.now):  # today's: opened as it is, at once
            _path, _ = ensure_demo_journal(path, self.now)
            return _path
        self._say(self.tr("Making the sample data…"), 0)
        outcome: dict[str, object] = {}
        loop = QEventLoop()

        def done(result: object) -> None:
            outcome["path"] = result
            loop.quit()

        def failed(exc: BaseException) -> None:
            outcome["error"] = exc
            loop.quit()

        now = self.now
        self.runner.run(
            lambda report: ensure_demo_journal(path, now, progress=report)[0],
            done,
            failed,
            self._on_progress,
        )
        loop.exec()  # the window keeps painting and answering meanwhile
        error = outcome.get("error")
        if isinstance(error, BaseException):
            self.finish()
            raise error
        self._say(self.tr("Opening the sample data…"), len(DEMO_STEPS) + 1)
        result = outcome["path"]
        assert isinstance(result, Path)
        return result

    def finish(self) -> None:
        self.dialog.close()

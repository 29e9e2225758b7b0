"""File → Backups… (team leads and administrators): the journal's backups, what the chosen one
holds, a backup taken now (in the background), and a restore.

Restoring replaces the open journal, so the window cannot go on with it: after confirming,
the window stops touching the journal, the journal is closed, the backup is put in its place
(the current file kept aside) and the restore is recorded in the restored journal; then
Vägledare says so and closes, and is started again on the restored journal (whose accounts
and PINs are the backup's). A journal on a database server has its backups on the server.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from vagledare.gui.common.row_model import Column, RowTableModel
from vagledare.gui.common.tasks import Cancelled, TaskRunner
from vagledare.gui.common.widgets import fit_to_screen, name_buttons, size_to_contents
from vagledare.gui.forms.ui_backups_dialog import Ui_BackupsDialog
from vagledare.journal import access
from vagledare.journal.backup import (
    BackupPreview,
    backup_before,
    backup_dir,
    backup_reason,
    list_backups,
    preview,
)
from vagledare.journal.backup_restore import (
    SERVER_MESSAGE,
    Restored,
    check_restore,
    restore_open_journal,
)
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.site_settings import require_lead_by_id
from vagledare.journal.staff import StaffInfo

if TYPE_CHECKING:
    from collections.abc import Callable

    from vagledare.app.desk import Desk

WHAT = "hantera journalens säkerhetskopior"

# A backup up to this size is previewed at once; a bigger one (counting its rows takes a
# city's journal a quarter of a second) in the background, the dialog answering meanwhile.
PREVIEW_AT_ONCE_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class BackupRow:
    path: Path
    taken: datetime
    reason: str  # backup.backup_reason
    size: int


class BackupModel(RowTableModel[BackupRow]):
    def columns(self) -> list[Column[BackupRow]]:
        return [
            Column(self.tr("Taken"), lambda r: f"{r.taken:%Y-%m-%d %H:%M}"),
            Column(self.tr("Kind"), lambda r: self.reason_text(r.reason)),
            Column(self.tr("Size"), lambda r: self.size_text(r.size)),
            Column(self.tr("File"), lambda r: r.path.name),
        ]

    def reason_text(self, reason: str) -> str:
        words = {
            "dag": self.tr("Daily"),
            "manad": self.tr("Monthly"),
            "manuell": self.tr("Taken by hand"),
            "import": self.tr("Before an import"),
            "utbyte": self.tr("Before a journal exchange"),
            "synk": self.tr("Before a synchronisation"),
            "gallring": self.tr("Before retention"),
            "radering": self.tr("Before an erasure"),
        }
        if reason.startswith("migrering"):
            return self.tr("Before an upgrade")
        return words.get(reason, reason or self.tr("Other"))

    def size_text(self, size: int) -> str:
        if size >= 1024 * 1024:
            return self.tr("%1 MB").replace("%1", f"{size / (1024 * 1024):.1f}")
        return self.tr("%1 kB").replace("%1", str(max(1, round(size / 1024))))


class BackupsDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        me: StaffInfo,
        parent: QWidget | None = None,
        hold: Callable[[bool], None] | None = None,
    ) -> None:
        """``hold(True)`` stops whatever else touches the journal (the window's refresh and
        lock) before a restore closes it; ``hold(False)`` starts it again if the restore is
        refused."""
        access.require_lead(me.role, WHAT)
        super().__init__(parent)
        self.journal, self.me, self.hold = journal, me, hold
        self.restored: Restored | None = None  # set when the journal was replaced
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self.setObjectName("backupsDialog")
        fit_to_screen(self, 820, 560)
        self.model = BackupModel()
        view = self.ui.backupView
        view.setModel(self.model)
        view.setTabKeyNavigation(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        size_to_contents(view.horizontalHeader())
        view.horizontalHeader().setStretchLastSection(True)
        view.selectionModel().selectionChanged.connect(self._show_preview)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)
        name_buttons(self.ui.buttonBox)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.takeButton.clicked.connect(self.take_now)
        self.ui.restoreButton.clicked.connect(self.restore_chosen)
        self.ui.progressBar.hide()
        self.runner = TaskRunner(self)
        # What a big backup holds is read here, beside a backup being taken.
        self.preview_runner = TaskRunner(self)
        # What each backup holds, as read at the file's modification time.
        self._previews: dict[Path, tuple[float, BackupPreview]] = {}
        if journal.path is None:
            self.ui.locationLabel.setText(SERVER_MESSAGE)
            self.ui.takeButton.setEnabled(False)
            self.ui.restoreButton.setEnabled(False)
            self.ui.backupView.setEnabled(False)
        else:
            self.ui.locationLabel.setText(
                self.tr(
                    "Backups of %1 are kept in %2. One is taken at the first entry of every "
                    "day (and kept as the month's), and before every import, journal exchange, "
                    "retention, erasure and upgrade."
                )
                .replace("%1", journal.path.name)
                .replace("%2", str(backup_dir(journal.path)))
            )
        self.reload()

    # -- the list -----------------------------------------------------------------------
    def reload(self, choose: Path | None = None) -> None:
        path = self.journal.path
        if path is None:
            self.model.set_rows([])
            return
        rows = []
        for p in list_backups(path):
            try:
                st = p.stat()
            except OSError:
                continue  # pruned meanwhile
            rows.append(
                BackupRow(
                    p, datetime.fromtimestamp(st.st_mtime), backup_reason(path, p), st.st_size
                )
            )
        self.model.set_rows(rows)
        index = next((i for i, r in enumerate(rows) if r.path == choose), 0)
        if rows:
            self.ui.backupView.selectionModel().select(
                self.model.index(index, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.ui.backupView.setCurrentIndex(self.model.index(index, 0))
        else:
            self.ui.previewLabel.setText(self.tr("This journal has no backups yet."))
        self.ui.restoreButton.setEnabled(bool(rows))

    def chosen(self) -> Path | None:
        rows = self.ui.backupView.selectionModel().selectedRows()
        return self.model.row(rows[0].row()).path if rows else None

    def _show_preview(self, *_args: Any) -> None:
        """What the chosen backup holds: at once for a small one; a big one is read in the
        background (the label says so) and shown when read, if it is still the one chosen."""
        chosen = self.chosen()
        if chosen is None:
            self.ui.previewLabel.setText("")
            return
        known = self._known_preview(chosen)
        if known is not None:
            self.ui.previewLabel.setText(known.describe())
            return
        try:
            small = chosen.stat().st_size <= PREVIEW_AT_ONCE_BYTES
        except OSError:
            small = True  # gone meanwhile: preview says so
        if small:
            self.ui.previewLabel.setText(self._preview(chosen).describe())
            return
        self.ui.previewLabel.setText(self.tr("Reading what the backup holds…"))
        if not self.preview_runner.busy:  # else: the chosen one is read when that one ends
            self.preview_runner.run(
                lambda _progress: _read_preview(chosen), self._previewed, self._preview_failed
            )

    def _known_preview(self, path: Path) -> BackupPreview | None:
        mtime, found = self._previews.get(path, (None, None))
        try:
            return found if mtime == path.stat().st_mtime else None
        except OSError:
            return None

    def _preview(self, path: Path) -> BackupPreview:
        """What ``path`` holds (read now, or as read before if the file is unchanged)."""
        known = self._known_preview(path)
        if known is None:
            mtime, known = _read_preview(path)
            self._previews[path] = (mtime, known)
        return known

    def _previewed(self, found: tuple[float, BackupPreview]) -> None:
        self._previews[found[1].path] = found
        self._show_preview()  # shows it if still chosen, else reads the one chosen now

    def _preview_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            self.ui.previewLabel.setText(str(exc))

    def _say(self, text: str, problem: bool = False) -> None:
        label = self.ui.messageLabel
        label.setText(("⚠ " if problem else "") + text)
        label.setProperty("problem", problem)
        label.style().unpolish(label)
        label.style().polish(label)

    # -- a backup now ---------------------------------------------------------------------
    def take_now(self) -> None:
        path = self.journal.path
        if path is None or self.runner.busy:
            return
        try:
            self.journal.read(require_lead_by_id, self.me.id, WHAT)
        except ValidationError as exc:
            self._say(str(exc), problem=True)
            return
        self.ui.takeButton.setEnabled(False)
        self.ui.restoreButton.setEnabled(False)
        self.ui.progressBar.show()
        self._say(self.tr("Taking a backup…"))
        self.runner.run(lambda _progress: backup_before(path, "manuell"), self._taken, self._failed)

    def _taken(self, made: Path) -> None:
        self.ui.progressBar.hide()
        self.ui.takeButton.setEnabled(True)
        self.reload(choose=made)
        self._say(self.tr("The backup is saved: %1").replace("%1", str(made)))

    def _failed(self, exc: BaseException) -> None:
        self.ui.progressBar.hide()
        self.ui.takeButton.setEnabled(True)
        self.ui.restoreButton.setEnabled(self.model.rowCount() > 0)
        if not isinstance(exc, Cancelled):
            self._say(self.tr("No backup was taken: %1").replace("%1", str(exc)), problem=True)

    # -- restore --------------------------------------------------------------------------
    def restore_chosen(self) -> None:
        backup = self.chosen()
        if backup is None:
            self._say(self.tr("Choose a backup in the list first."), problem=True)
            return
        if self.runner.busy:
            return
        try:
            check_restore(self.journal, backup, self.me.id)
        except ValidationError as exc:
            self._say(str(exc), problem=True)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore the journal"),
            self.tr(
                "Restore the journal from this backup?\n\n%1\n\nThe journal as it is now is "
                "kept aside under a new name, never overwritten: whatever was recorded after "
                "the backup is only in that copy. Close Vägledare first on other computers "
                "that use this journal file.\n\nVägledare closes after the restore: start it "
                "again to work in the restored journal."
            ).replace("%1", self._preview(backup).describe()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.hold is not None:
            self.hold(True)
        try:
            self.restored = restore_open_journal(self.journal, backup, self.me.id)
        except ValidationError as exc:  # nothing replaced: the journal goes on as it was
            if self.hold is not None:
                self.hold(False)
            self._say(str(exc), problem=True)
            return
        self.accept()

    def done(self, result: int) -> None:  # a backup being taken is finished, not cut off
        self.runner.wait()
        self.preview_runner.wait()
        super().done(result)


def _read_preview(path: Path) -> tuple[float, BackupPreview]:
    """What a backup holds, with the modification time of the file as it was read."""
    try:
        mtime = path.stat().st_mtime
    except OSError:
        mtime = -1.0
    return mtime, preview(path)


def open_backups(window: QWidget, desk: Desk, hold: Callable[[], object]) -> BackupsDialog | None:
    """File → Backups…; ``hold`` stops the window's use of its journal before a restore, after
    which the window tells what happened and closes (the journal it held is gone)."""
    title = QCoreApplication.translate("BackupsDialog", "Backups")
    try:
        dialog = BackupsDialog(desk.journal, desk.staff, window, hold=hold)
    except ValidationError as exc:
        QMessageBox.warning(window, title, str(exc))
        return None
    dialog.exec()
    done = dialog.restored
    if done is not None:
        text = QCoreApplication.translate(
            "BackupsDialog", "The journal is restored from %1."
        ).replace("%1", done.backup.name)
        if done.aside is not None:
            text += " " + QCoreApplication.translate(
                "BackupsDialog", "The journal as it was is kept as %1."
            ).replace("%1", str(done.aside))
        if done.problem:
            text += "\n\n" + done.problem
        text += "\n\n" + QCoreApplication.translate(
            "BackupsDialog", "Vägledare closes now: start it again to work in the restored journal."
        )
        QMessageBox.information(window, title, text)
        window.close()
    return dialog

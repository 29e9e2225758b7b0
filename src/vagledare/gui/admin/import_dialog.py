"""File → Import a CSV file… (team leads and administrators): the kind and the file, a check
that runs the import and rolls it back (the first rows shown, the row and cell it stops at
marked), then the import itself in the background: an event backup, every row in one
transaction, all or none. Cancel before it is saved leaves nothing imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from vagledare.gui.common.row_model import Column, RowTableModel
from vagledare.gui.common.tasks import Cancelled, TaskRunner
from vagledare.gui.common.widgets import fit_to_screen, name_buttons, size_to_contents
from vagledare.gui.forms.ui_import_dialog import Ui_ImportDialog
from vagledare.gui.shell import theme
from vagledare.imports.preview import KINDS, WHAT, Checked, Imported, PreviewRow, check, run_import
from vagledare.journal import access
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.staff import StaffInfo

if TYPE_CHECKING:
    from collections.abc import Callable

    from vagledare.app.desk import Desk


class PreviewModel(RowTableModel[PreviewRow]):
    """The file's first rows as written, under the file's own header; the row the import
    stops at is tinted, and its cell (if the problem has a column) in bold, with the problem
    as the tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self.header: tuple[str, ...] = ()
        self.problem_line: int | None = None
        self.problem_column: int | None = None  # index into the file's fields
        self.problem = ""

    def show(self, checked: Checked | None) -> None:
        with self.resetting():
            if checked is None:
                self.header, self._rows = (), []
                self.problem_line = self.problem_column = None
                self.problem = ""
                return
            self.header = checked.file.header
            self._rows = list(checked.file.rows)
            self.problem_line = checked.line
            self.problem_column = checked.column_index()
            self.problem = checked.problem or ""

    def columns(self) -> list[Column[PreviewRow]]:
        cols = [
            Column(
                self.tr("Line"),
                lambda r: str(r.line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
        ]
        for i, name in enumerate(self.header):
            cols.append(Column(name, lambda r, i=i: r.fields[i] if i < len(r.fields) else ""))
        return cols

    def is_problem(self, row: PreviewRow) -> bool:
        return self.problem_line is not None and row.line == self.problem_line

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if index.isValid():
            row = self.row(index.row())
            if self.is_problem(row):
                on_cell = (
                    self.problem_column is not None and index.column() == self.problem_column + 1
                )
                if role == Qt.ItemDataRole.BackgroundRole:
                    return QColor(theme.current().error_bg)
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QColor(theme.current().error)
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.problem
                if role == Qt.ItemDataRole.FontRole and (on_cell or index.column() == 0):
                    font = QFont()
                    font.setBold(True)
                    return font
                if role == Qt.ItemDataRole.AccessibleDescriptionRole:
                    return self.problem
        return super().data(index, role)


class ImportDialog(QDialog):
    imported = Signal(object)  # preview.Imported: rows were added to the journal

    def __init__(self, journal: Journal, me: StaffInfo, parent: QWidget | None = None) -> None:
        access.require_lead(me.role, WHAT)  # the journal checks again before any write
        super().__init__(parent)
        self.journal, self.me = journal, me
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setObjectName("importDialog")
        fit_to_screen(self, 920, 640)
        ui.columnsLabel.setProperty("muted", True)
        labels = {
            "dropin": self.tr("Quick cases (drop-in)"),
            "cases": self.tr("Cases"),
            "participants": self.tr("Group participants (enrolments)"),
            "attendance": self.tr("Attendance at group sessions"),
            "assessments": self.tr("Progress readings"),
        }
        for key in KINDS:
            ui.kindCombo.addItem(labels.get(key, key), key)
        self.model = PreviewModel()
        view = ui.previewView
        view.setModel(self.model)
        view.setTabKeyNavigation(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        size_to_contents(view.horizontalHeader())
        view.horizontalHeader().setStretchLastSection(True)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)
        name_buttons(ui.buttonBox)
        ui.buttonBox.rejected.connect(self.reject)
        ui.progressBar.hide()

        self.runner = TaskRunner(self)
        self.path: Path | None = None
        self.checked: Checked | None = None
        self.result: Imported | None = None
        self._again = False  # check again once the running check has stopped
        self._importing = False

        ui.kindCombo.currentIndexChanged.connect(self._on_kind)
        ui.chooseButton.clicked.connect(self.choose_file)
        ui.fileEdit.returnPressed.connect(self._on_typed)
        ui.forceCheck.toggled.connect(self._show_checked)
        ui.importButton.clicked.connect(self.start_import)
        ui.cancelButton.clicked.connect(self.runner.cancel)
        self._on_kind()

    @property
    def kind(self) -> str:
        return str(self.ui.kindCombo.currentData())

    # -- choosing -----------------------------------------------------------------------
    def _on_kind(self, *_args: object) -> None:
        k = KINDS[self.kind]
        text = self.tr("The file is CSV in UTF-8 with the header row %1").replace(
            "%1", ";".join(k.columns)
        )
        if k.optional:
            text += "\n" + self.tr("Optional columns: %1").replace("%1", ";".join(k.optional))
        self.ui.columnsLabel.setText(text)
        self.check()

    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the CSV file"), start, self.tr("CSV files (*.csv);;All files (*)")
        )
        if chosen:
            self.set_file(Path(chosen))

    def _on_typed(self) -> None:
        text = self.ui.fileEdit.text().strip()
        if text:
            self.set_file(Path(text).expanduser())

    def set_file(self, path: Path) -> None:
        self.path = path
        self.ui.fileEdit.setText(str(path))
        self.result = None
        self.check()

    # -- the check ----------------------------------------------------------------------
    def check(self) -> None:
        """Check the file as the chosen kind in the background (nothing is written)."""
        if self.path is None or self._importing:
            return
        if self.runner.busy:  # a check of an earlier choice: stop it, then check this one
            self._again = True
            self.runner.cancel()
            return
        self.checked = None
        self.model.show(None)
        self._set_busy(True, self.tr("Checking the file…"))
        journal, key, path, me = self.journal, self.kind, self.path, self.me.id
        self.runner.run(
            lambda progress: check(journal, key, path, me, progress=progress),
            self._checked,
            self._check_failed,
        )

    def _checked(self, checked: Checked) -> None:
        self._set_busy(False)
        if self._again:
            self._again = False
            self.check()
            return
        self.checked = checked
        self.model.show(checked)
        self.ui.previewView.resizeColumnsToContents()
        self._show_checked()

    def _check_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self._again:
            self._again = False
            self.check()
            return
        if not isinstance(exc, Cancelled):
            self._say(str(exc), problem=True)
        self._update_buttons()

    def _show_checked(self, *_args: object) -> None:
        c = self.checked
        if self.result is not None or c is None:
            self._update_buttons()
            return
        if not c.ok:
            self._say(
                self.tr("The file cannot be imported as it is; nothing was written.")
                + "\n"
                + (c.problem or ""),
                problem=True,
            )
        elif c.duplicate and not self.ui.forceCheck.isChecked():
            self._say(
                self.tr(
                    "The same content has been imported before. Tick “Import even if …” to "
                    "import it again."
                ),
                problem=True,
            )
        else:
            text = self.tr("%n row(s) can be imported.", "", c.rows)
            if c.file.total > len(c.file.rows):
                text += " " + self.tr("The first %n row(s) are shown.", "", len(c.file.rows))
            self._say(text)
        self._update_buttons()

    # -- the import ---------------------------------------------------------------------
    def can_import(self) -> bool:
        c = self.checked
        return (
            c is not None
            and c.ok
            and self.result is None
            and not self.runner.busy
            and (not c.duplicate or self.ui.forceCheck.isChecked())
        )

    def start_import(self) -> None:
        c = self.checked
        if c is None or not self.can_import():
            return
        self._importing = True
        self._set_busy(True, self.tr("Importing…"), cancellable=True)
        self.ui.progressBar.setValue(0)
        journal, me, force = self.journal, self.me.id, self.ui.forceCheck.isChecked()
        self.runner.run(
            lambda progress: run_import(
                journal, c.kind, c.path, me, force=force, progress=progress
            ),
            self._imported,
            self._import_failed,
            self._progress,
        )

    def _progress(self, step: str, done: int, total: int) -> None:
        texts = {
            "backup": self.tr("Taking a backup first…"),
            "import": self.tr("Checking and importing every row…"),
            "commit": self.tr("Saving…"),
        }
        self.ui.progressBar.setMaximum(total)
        self.ui.progressBar.setValue(done)
        self._say(texts.get(step, step))

    def _imported(self, result: Imported) -> None:
        self._importing = False
        self.result = result
        self._set_busy(False)
        self._say(
            self.tr("%n row(s) imported from %1.", "", result.rows).replace("%1", result.path.name)
        )
        self._update_buttons()
        self.imported.emit(result)

    def _import_failed(self, exc: BaseException) -> None:
        self._importing = False
        self._set_busy(False)
        if isinstance(exc, Cancelled):
            self._say(self.tr("The import was cancelled: nothing was imported."))
        else:
            self._say(
                self.tr("Nothing was imported.") + "\n" + str(exc),
                problem=True,
            )
        self._update_buttons()

    # -- state --------------------------------------------------------------------------
    def _set_busy(self, busy: bool, text: str = "", cancellable: bool = False) -> None:
        ui = self.ui
        ui.progressBar.setVisible(busy)
        if busy and not cancellable:
            ui.progressBar.setRange(0, 0)  # a check: busy, not counted
        elif busy:
            ui.progressBar.setRange(0, 3)
        ui.cancelButton.setEnabled(busy and cancellable)
        for w in (ui.kindCombo, ui.fileEdit, ui.chooseButton, ui.forceCheck):
            w.setEnabled(not (busy and cancellable))
        if text:
            self._say(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.importButton.setEnabled(self.can_import())

    def _say(self, text: str, problem: bool = False) -> None:
        label = self.ui.statusLabel
        label.setText(("⚠ " if problem else "") + text)
        label.setProperty("problem", problem)
        label.style().unpolish(label)
        label.style().polish(label)

    def done(self, result: int) -> None:  # closing cancels what has not been saved yet
        self.runner.cancel()
        self.runner.wait()
        super().done(result)


def open_import(parent: QWidget, desk: Desk, imported: Callable[[], object]) -> ImportDialog | None:
    """File → Import a CSV file…; ``imported`` shows what came in on the window's pages."""
    try:
        dialog = ImportDialog(desk.journal, desk.staff, parent)
    except ValidationError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("ImportDialog", "Import a CSV file"), str(exc)
        )
        return None
    dialog.imported.connect(lambda _result: imported())
    dialog.exec()
    return dialog

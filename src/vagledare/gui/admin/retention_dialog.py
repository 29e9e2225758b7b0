"""Gallring for team leads and administrators: choose the retention period, see what a run
would do, confirm, run (an event backup first)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vagledare.journal import access
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.retention import (
    MAX_YEARS,
    MIN_YEARS,
    RetentionCounts,
    cutoff_for,
    preview_retention,
    retention_years,
    run_retention,
)
from vagledare.journal.staff import StaffInfo

ERROR_STYLE = "color: #b3261e;"
PREVIEW_STYLE = "background: #f3f6f9; border: 1px solid #c9d3dd; padding: 10px;"


class RetentionDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        staff: StaffInfo,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        access.require_lead(staff.role, "gallra")
        self.journal = journal
        self.staff = staff
        self.today = today
        self.counts: RetentionCounts | None = None
        self.setWindowTitle(self.tr("Retention (gallring)"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "People with no open case, no current group enrolment and nothing recorded for "
                "the chosen number of years get an anonymous code. Their contacts, comments "
                "and notes are deleted; cases, closings, enrolments, attendance and readings "
                "stay, so every report counts the same."
            )
            + " "
            + self._backup_sentence(),
            wordWrap=True,
        )
        layout.addWidget(intro)
        form = QFormLayout()
        self.years = QSpinBox(objectName="retentionYears", minimum=MIN_YEARS, maximum=MAX_YEARS)
        self.years.setAccessibleName(self.tr("Retention period in years"))
        self.years.setSuffix(self.tr(" years"))
        self.years.setMinimumHeight(32)
        self.years.setMaximumWidth(160)
        self.years.setValue(journal.read(retention_years))
        form.addRow(self.tr("Retention &period:"), self.years)
        self.cutoff = QLabel(objectName="retentionCutoff")
        form.addRow(self.tr("Inactive since before:"), self.cutoff)
        layout.addLayout(form)
        self.preview = QLabel(objectName="retentionPreview", wordWrap=True)
        self.preview.setAccessibleName(self.tr("What a retention run would do"))
        self.preview.setStyleSheet(PREVIEW_STYLE)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setMinimumHeight(90)
        layout.addWidget(self.preview)
        self.remember = QCheckBox(
            self.tr("&Keep this period as the journal's retention period"),
            objectName="rememberYears",
        )
        self.remember.setChecked(True)
        layout.addWidget(self.remember)
        self.error = QLabel(objectName="retentionError", wordWrap=True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run_button = QPushButton(self.tr("&Run retention…"), objectName="runRetention")
        self.run_button.setAccessibleName(self.tr("Run retention"))
        self.run_button.setMinimumHeight(34)
        buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.years.valueChanged.connect(self.refresh)
        self.run_button.clicked.connect(self._on_run)
        self.refresh()

    def refresh(self) -> None:
        years = self.years.value()
        self.cutoff.setText(cutoff_for(years, self.today()).isoformat())
        try:
            self.counts = self.journal.read(preview_retention, years, self.today())
        except ValidationError as exc:
            self.counts = None
            self.error.setText(str(exc))
        else:
            self.error.clear()
            self.preview.setText(self.counts.describe())
        self.run_button.setEnabled(bool(self.counts and self.counts.participants))

    def _backup_sentence(self) -> str:
        if self.journal.path is not None:
            return self.tr("A backup is taken first.")
        return self.tr(
            "The journal is on a database server: make sure the server's own backup is recent."
        )

    def _on_run(self) -> None:
        counts = self.counts
        if counts is None or not counts.participants:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Run retention"),
            self.tr(
                "Give %n participant(s) anonymous codes and delete their contacts, comments and "
                "notes? This cannot be undone in the journal.",
                "",
                counts.participants,
            )
            + " "
            + self._backup_sentence(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            done = run_retention(
                self.journal,
                self.staff.id,
                years=self.years.value(),
                today=self.today(),
                remember=self.remember.isChecked(),
            )
        except (ValidationError, OSError) as exc:
            self.error.setText(str(exc))
            return
        text = self.tr("Done.") + " " + done.counts.describe()
        if done.backup is not None:
            text += "\n" + self.tr("Backup taken before the run: %1").replace(
                "%1", done.backup.name
            )
        self.preview.setText(text)
        self.run_button.setEnabled(False)

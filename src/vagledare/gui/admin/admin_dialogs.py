"""For team leads and administrators: staff and roles, and the audit log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from functools import partial
from operator import itemgetter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vagledare.gui.common.row_model import Column, RowTableModel
from vagledare.gui.common.tasks import Cancelled, TaskRunner
from vagledare.gui.common.widgets import name_buttons
from vagledare.journal import access, audit, audit_chain
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Role
from vagledare.journal.staff import StaffInfo, list_staff
from vagledare.journal.terms import Lang, has_term, term


def role_label(role: Role) -> str:
    from PySide6.QtCore import QCoreApplication

    if role is Role.COACH:
        return QCoreApplication.translate("Roles", "Job coach")
    if role is Role.TUTOR:
        return QCoreApplication.translate("Roles", "Language tutor")
    if role is Role.TEAM_LEAD:
        return QCoreApplication.translate("Roles", "Team lead")
    if role is Role.UNASSIGNED:
        return QCoreApplication.translate("Roles", "No role here yet (from another desk)")
    return QCoreApplication.translate("Roles", "Administrator")


class StaffDialog(QDialog):
    """Add staff, set roles, reset a forgotten PIN, deactivate someone who has left."""

    def __init__(self, journal: Journal, me: StaffInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.me = me
        self.setWindowTitle(self.tr("Staff and roles"))
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        self.table = QTableView(objectName="staffTable", tabKeyNavigation=False)
        self.table.setAccessibleName(self.tr("Staff members"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.model = StaffModel()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.name = QLineEdit(objectName="newStaffName")
        self.name.setPlaceholderText(self.tr("Name or initials"))
        self.name.setAccessibleName(self.tr("Name or initials of the new staff member"))
        self.role = QComboBox(objectName="newStaffRole")
        self.role.setAccessibleName(self.tr("Role of the new staff member"))
        for r in access.ASSIGNABLE_ROLES:
            self.role.addItem(role_label(r), r)
        add = QPushButton(self.tr("&Add"), objectName="addStaffButton")
        add.setAccessibleName(self.tr("Add staff member"))
        row.addWidget(self.name, 2)
        row.addWidget(self.role, 1)
        row.addWidget(add)
        layout.addLayout(row)
        actions = QHBoxLayout()
        self.role_button = QPushButton(self.tr("Change &role…"), objectName="changeRoleButton")
        self.pin_button = QPushButton(self.tr("Give &start code…"), objectName="resetPinButton")
        self.recovery_button = QPushButton(
            self.tr("New re&covery code…"), objectName="recoveryButton"
        )
        self.active_button = QPushButton(
            self.tr("&Deactivate / activate"), objectName="activeButton"
        )
        for b in (self.role_button, self.pin_button, self.active_button, self.recovery_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
            actions.addWidget(b)
        layout.addLayout(actions)
        self.error = QLabel(objectName="staffError")
        self.error.setProperty("problem", True)  # coloured by the theme
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        name_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        add.clicked.connect(self._on_add)
        self.name.returnPressed.connect(self._on_add)
        self.role_button.clicked.connect(self._on_change_role)
        self.pin_button.clicked.connect(self._on_reset_pin)
        self.active_button.clicked.connect(self._on_toggle_active)
        self.recovery_button.clicked.connect(self._on_recovery)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.journal.read(list_staff))

    def _selected(self) -> StaffInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _run(self, change: Callable[..., Any]) -> tuple[bool, Any]:
        """``change`` (a domain function, its session still to come) as one unit of work done
        by ``me``, whom the journal checks may make it: (done, its result)."""
        try:
            result = self.journal.write(audit.acting, self.me.id, change)
        except ValidationError as exc:
            self.error.setText(str(exc))
            return False, None
        self.error.clear()
        self.refresh()
        return True, result

    def _on_add(self) -> None:
        name, role = self.name.text(), self.role.currentData()
        done, _ = self._run(partial(access.add_staff, name=name, role=role, by=self.me.role))
        if done:
            self.name.clear()

    def _on_change_role(self) -> None:
        who = self._selected()
        if who is None:
            return
        roles = access.ASSIGNABLE_ROLES
        labels = [role_label(r) for r in roles]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Change role"),
            self.tr("Role for %1:").replace("%1", who.name),
            labels,
            roles.index(who.role) if who.role in roles else 0,
            False,
        )
        if ok:
            role = roles[labels.index(chosen)]
            self._run(partial(access.set_role, staff_id=who.id, role=role, by=self.me.role))

    def _on_reset_pin(self) -> None:
        """A one-time start code, shown once: the person chooses their own PIN with it (a new
        account, a forgotten PIN, someone who arrived from another desk)."""
        who = self._selected()
        if who is None:
            return
        done, code = self._run(partial(access.issue_start_code, staff_id=who.id, by=self.me.role))
        if done:
            QMessageBox.information(
                self,
                self.tr("Start code for %1").replace("%1", who.name),
                self.tr(
                    "The start code for %1 is %2\n\nIt is shown only this once. %1 enters it "
                    "at the next login and then chooses their own PIN; until then the old PIN "
                    "no longer works."
                )
                .replace("%1", who.name)
                .replace("%2", code),
            )

    def _on_recovery(self) -> None:
        """A new recovery code for the office safe, shown once (the old one stops working)."""
        done, code = self._run(partial(access.make_recovery_code, staff_id=self.me.id))
        if done:
            QMessageBox.information(
                self,
                self.tr("Recovery code"),
                self.tr(
                    "The journal's recovery code is %1\n\nIt is shown only this once. Keep it "
                    "in the office safe: with it, anyone at the login screen can give any "
                    "account a new start code (Forgotten PIN). Any earlier code no longer works."
                ).replace("%1", code),
            )

    def _on_toggle_active(self) -> None:
        who = self._selected()
        if who is None or who.id == self.me.id:
            return
        self._run(
            partial(access.set_active, staff_id=who.id, active=not who.active, by=self.me.role)
        )


class StaffModel(RowTableModel[StaffInfo]):
    def columns(self) -> list[Column[StaffInfo]]:
        return [
            Column(self.tr("Name"), lambda st: st.name),
            Column(self.tr("Role"), lambda st: role_label(st.role)),
            Column(
                self.tr("Status"),
                lambda st: self.tr("Active") if st.active else self.tr("Inactive"),
            ),
        ]


class NoticeDialog(QDialog):
    """What every register extract tells the person about the processing (GDPR art. 15): the
    controller and their contact, purposes, legal basis and recipients. Team leads fill it
    in once; the retention time and the person's rights are added by the journal itself."""

    def __init__(self, journal: Journal, me: StaffInfo, parent: QWidget | None = None) -> None:
        from vagledare.journal import privacy_notice

        super().__init__(parent)
        self.journal, self.me = journal, me
        self.setObjectName("noticeDialog")
        self.setWindowTitle(self.tr("Processing of personal data"))
        self.resize(720, 470)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every register extract tells the person this. The retention time and the "
                "person's rights (correction, erasure, restriction, complaint to IMY) are added "
                "by the journal itself."
            ),
            wordWrap=True,
        )
        layout.addWidget(intro)
        form = QFormLayout()
        self.edits: dict[str, QPlainTextEdit] = {}
        values = journal.read(privacy_notice.notice)
        for f in privacy_notice.FIELDS:
            edit = QPlainTextEdit(objectName=f"notice_{f.key}")
            edit.setPlaceholderText(f.hint)
            edit.setPlainText(values[f.key])
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(f.label)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
            label = QLabel(f.label + ":", wordWrap=True)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.edits[f.key] = edit
        layout.addLayout(form)
        self.error = QLabel(objectName="noticeError", wordWrap=True)
        self.error.setProperty("problem", True)  # coloured by the theme
        layout.addWidget(self.error)
        layout.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(buttons)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_save(self) -> None:
        from vagledare.journal import privacy_notice

        values = {key: edit.toPlainText() for key, edit in self.edits.items()}
        try:
            self.journal.write(
                audit.acting,
                self.me.id,
                partial(privacy_notice.set_notice, values=values, by=self.me.role),
            )
        except ValidationError as exc:  # the form stays open with everything typed
            self.error.setText(str(exc))
            return
        self.accept()


def audit_word(action: str, lang: Lang) -> str:
    """The log's own word for an action (as the entries say it), else its key."""
    return term(f"audit.{action}", lang) if has_term(f"audit.{action}") else action


AuditLine = tuple[str, str, str, str]  # when, who, what, details: in words


class AuditModel(RowTableModel[AuditLine]):
    """The log in words: local time, names instead of keys, nothing secret."""

    def __init__(self, lang: str = "sv") -> None:
        super().__init__()
        self.lang = lang

    def set_rows(  # type: ignore[override]  # the entries, put into words here
        self, rows: list[audit.AuditInfo], names: dict[str, str]
    ) -> None:
        lines: list[AuditLine] = []
        for e in rows:
            when = e.at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")
            lines.append((when, *audit.describe(e, names, self.lang)))
        super().set_rows(lines)

    def columns(self) -> list[Column[AuditLine]]:
        headers = (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details"))
        return [Column(h, itemgetter(i)) for i, h in enumerate(headers)]


class AuditDialog(QDialog):
    """The newest 1 000 entries of the audit log, filterable by action (read-only), under a
    line that says whether the log's chains are whole (checked in the background: closing
    the dialog stops the check)."""

    def __init__(self, journal: Journal, parent: QWidget | None = None, lang: Lang = "sv") -> None:
        super().__init__(parent)
        self.journal, self.lang = journal, lang
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.chain = QLabel(self.tr("Checking the log…"), objectName="auditChain")
        self.chain.setWordWrap(True)
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chain.setAccessibleName(self.tr("Whether the log is whole"))
        layout.addWidget(self.chain)
        self.report: audit_chain.ChainReport | None = None
        row = QHBoxLayout()
        label = QLabel(self.tr("&Action:"))
        self.action = QComboBox(objectName="auditAction")
        self.action.setAccessibleName(self.tr("Show only this action"))
        label.setBuddy(self.action)
        self.action.addItem(self.tr("All"), None)
        for a in (
            "create",
            "update",
            "delete",
            "export",
            "import",
            "restore",
            "login",
            "login_failed",
            "lock",
            "overwritten",
            "retention",
            "erasure",
            "erasure_reapplied",
            "exchange_refused",
            "desk_trusted",
            "desk_revoked",
            "triggers_restored",
        ):
            self.action.addItem(audit_word(a, lang), a)
        row.addWidget(label)
        row.addWidget(self.action)
        row.addStretch(1)
        layout.addLayout(row)
        self.view = QTableView(objectName="auditView", tabKeyNavigation=False)
        self.view.setAccessibleName(self.tr("Audit log entries"))
        self.model = AuditModel()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        name_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.action.currentIndexChanged.connect(self.refresh)
        self.refresh()
        self.checker = TaskRunner(self)
        self.checker.run(
            lambda progress: audit.verify_log(
                self.journal, lambda done, total: progress("", done, total)
            ),
            self._checked,
            self._check_failed,
            self._check_progress,
        )

    def _check_progress(self, _label: str, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        self.chain.setText(self.tr("Checking the log… %1 %").replace("%1", str(percent)))

    def _checked(self, report: audit_chain.ChainReport) -> None:
        self.report = report
        text = "\n".join([report.summary(self.lang), *report.sentences(self.lang)])
        self.chain.setText(text)
        self.chain.setProperty("problem", not report.ok)  # coloured by the theme
        self.chain.style().unpolish(self.chain)
        self.chain.style().polish(self.chain)

    def _check_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            self.chain.setText(self.tr("The log could not be checked: %1").replace("%1", str(exc)))

    def done(self, result: int) -> None:  # closing stops the check at its next step
        self.checker.cancel()
        self.checker.wait()
        super().done(result)

    def refresh(self) -> None:
        rows, names = self.journal.read(audit.entries_with_names, action=self.action.currentData())
        self.model.set_rows(rows, names)
        self.view.resizeColumnsToContents()

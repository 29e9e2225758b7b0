"""The *Experience survey* tab of the settings dialog: the survey's statements in their order,
added, reworded, moved and taken out of use by a team lead (``journal.survey``, each change
through ``as_lead``). The statements' translations live in the language packs, under each
statement's key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vagledare.journal import survey
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.site_settings import as_lead
from vagledare.journal.staff import StaffInfo


class SurveyStatementsTab(QWidget):
    saved = Signal()  # the statements changed

    def __init__(
        self,
        journal: Journal,
        me: StaffInfo,
        say: Callable[[str, bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("surveyTab")
        self.journal, self.me, self.say = journal, me, say
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "The statements of the experience survey, in the order they are asked "
                "(1–%1). A statement taken out of use keeps its answers; rewording keeps them "
                "too, so change the words only, not the meaning."
            ).replace("%1", str(survey.MAX_STATEMENTS)),
            wordWrap=True,
        )
        note.setProperty("muted", True)
        layout.addWidget(note)
        self.list = QListWidget(objectName="surveyStatementList")
        self.list.setAccessibleName(self.tr("Survey statements"))
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Statement:"))
        self.edit = QLineEdit(objectName="surveyStatementEdit")
        self.edit.setAccessibleName(self.tr("Statement"))
        self.edit.setMaxLength(survey.MAX_TEXT)
        label.setBuddy(self.edit)
        row.addWidget(label)
        row.addWidget(self.edit, 1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("Add"), "addStatementButton")
        self.rename_button = self._button(self.tr("Change the words"), "renameStatementButton")
        self.up_button = self._button(self.tr("Move up"), "statementUpButton")
        self.down_button = self._button(self.tr("Move down"), "statementDownButton")
        self.remove_button = self._button(self.tr("Take out of use"), "removeStatementButton")
        for b in (
            self.add_button,
            self.rename_button,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add)
        self.edit.returnPressed.connect(self._on_add)
        self.rename_button.clicked.connect(self._on_rename)
        self.up_button.clicked.connect(lambda: self._on_move(-1))
        self.down_button.clicked.connect(lambda: self._on_move(1))
        self.remove_button.clicked.connect(self._on_remove)
        self.list.currentItemChanged.connect(self._on_current)
        self.reload()

    def _button(self, text: str, name: str) -> QPushButton:
        b = QPushButton(text, objectName=name)
        b.setAccessibleName(text)
        b.setAutoDefault(False)
        return b

    def reload(self, key: str | None = None) -> None:
        self.list.clear()
        for x in self.journal.read(survey.list_statements):
            item = QListWidgetItem(f"{x.position}. {x.text}")
            item.setData(Qt.ItemDataRole.UserRole, x.key)
            self.list.addItem(item)
            if x.key == key:
                self.list.setCurrentItem(item)
        self._on_current()

    def keys(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _on_current(self) -> None:
        key = self.current_key()
        row = self.list.currentRow()
        for b in (self.rename_button, self.remove_button):
            b.setEnabled(key is not None)
        self.up_button.setEnabled(key is not None and row > 0)
        self.down_button.setEnabled(key is not None and row < self.list.count() - 1)
        if key is not None:
            text = self.list.currentItem().text().split(". ", 1)[-1]
            self.edit.setText(text)

    def _change(
        self, done: str, change: Callable[..., object], *args: object, **kw: object
    ) -> bool:
        try:
            self.journal.write(as_lead, self.me.id, change, *args, **kw)
        except ValidationError as exc:
            self.say(str(exc), True)
            return False
        self.say(done, False)
        self.saved.emit()
        return True

    def _on_add(self) -> None:
        text = self.edit.text()
        if self._change(self.tr("Statement added."), survey.add_statement, text, self.me.id):
            self.edit.clear()
            self.reload(self.journal.read(survey.list_statements)[-1].key)

    def _on_rename(self) -> None:
        key = self.current_key()
        if key and self._change(
            self.tr("Statement changed."), survey.set_statement, key, text=self.edit.text()
        ):
            self.reload(key)

    def _on_move(self, step: int) -> None:
        key = self.current_key()
        if key is None:
            return
        keys = self.keys()
        i = keys.index(key)
        j = max(0, min(len(keys) - 1, i + step))
        keys[i], keys[j] = keys[j], keys[i]
        if self._change(self.tr("Order saved."), survey.move_statements, keys):
            self.reload(key)

    def _on_remove(self) -> None:
        key = self.current_key()
        if key and self._change(
            self.tr("Statement taken out of use; its answers are kept."),
            survey.remove_statement,
            key,
        ):
            self.reload()

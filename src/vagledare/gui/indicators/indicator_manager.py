"""The team lead's choice of indicators: add from the catalogue (grouped by Typ), remove,
reorder, which direction is better, and a target per year.

Every change is a domain call through ``journal.write`` with the lead as author, so the journal
checks the role and names them in the audit log; a refusal is shown under the controls and what
was typed stays for correcting.
"""

from __future__ import annotations

import re
import uuid
from decimal import Decimal

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vagledare.gui.common.combo import select_data
from vagledare.gui.indicators.small_multiple import format_measure
from vagledare.journal import indicators
from vagledare.journal.db import Journal, JournalError
from vagledare.journal.errors import ValidationError
from vagledare.journal.indicators import IndicatorInfo
from vagledare.journal.terms import Lang
from vagledare.reports.measures import KINDS, MEASURES, Measure, measure

ID_ROLE = Qt.ItemDataRole.UserRole
_NUMBER = re.compile(r"\d+(\.\d+)?")


def parse_number(text: str) -> Decimal | None:
    """A number as a person types it: ``1 200``, ``0,55``, ``55 %``, ``30 000 kr``; None when
    it is not one (a minus sign is kept, for the journal to refuse in words)."""
    word = text.strip().removesuffix("%").removesuffix("kr").strip()
    word = re.sub(r"[\s\u00a0\u202f]", "", word).replace(",", ".")
    sign = "-" if word.startswith(("-", "\u2212")) else ""
    digits = word.lstrip("-\u2212")
    if not _NUMBER.fullmatch(digits):
        return None
    return Decimal(sign + digits)


class IndicatorManager(QGroupBox):
    """The chosen indicators and their targets, for a team lead to change."""

    changed = Signal()  # something was written: the page shows it anew

    def __init__(
        self, journal: Journal, lang: Lang, author_id: uuid.UUID | None, year: int
    ) -> None:
        super().__init__()
        self.setObjectName("indicatorManager")
        self.setTitle(self.tr("Choose indicators and targets"))
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.journal, self.lang, self.author_id = journal, lang, author_id
        self.chosen: list[IndicatorInfo] = []

        self.list = QListWidget(objectName="indicatorList")
        self.list.setAccessibleName(self.tr("Indicators followed, in order"))
        self.list.setMinimumHeight(QLabel().fontMetrics().height() * 7)
        self.list.setWordWrap(True)  # long names on two lines rather than cut
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.up_button = self._button(self.tr("&Up"), "moveUp", self.tr("Move up"))
        self.down_button = self._button(self.tr("Do&wn"), "moveDown", self.tr("Move down"))
        self.remove_button = self._button(
            self.tr("&Remove…"), "removeIndicator", self.tr("Stop following the indicator")
        )
        for keys, slot in (("Alt+Up", self.move_up), ("Alt+Down", self.move_down)):
            shortcut = QShortcut(QKeySequence(keys), self.list, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.direction_combo = QComboBox(objectName="indicatorDirection")
        self.direction_combo.addItem(self.tr("Higher is better"), "higher")
        self.direction_combo.addItem(self.tr("Lower is better"), "lower")
        self.target_year = QSpinBox(objectName="targetYear")
        self.target_year.setRange(*indicators.YEARS)
        self.target_year.setValue(year)
        self.target_edit = QLineEdit(objectName="targetValue")
        self.target_edit.setClearButtonEnabled(True)
        self.unit_label = QLabel(objectName="targetUnit")
        self.set_target_button = self._button(
            self.tr("Save &target"), "setTarget", self.tr("Save the target")
        )
        self.clear_target_button = self._button(
            self.tr("Remo&ve target"), "clearTarget", self.tr("Remove the target")
        )
        self.targets_label = QLabel(objectName="targetsText", wordWrap=True)

        self.catalogue = QComboBox(objectName="indicatorCatalogue")
        self.catalogue.setAccessibleName(self.tr("Measure to follow"))
        # As narrow as the panel; the list that opens shows the names whole.
        self.catalogue.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.catalogue.setMinimumContentsLength(14)
        self.add_button = self._button(self.tr("A&dd"), "addIndicator", self.tr("Add indicator"))
        self.message = QLabel(objectName="indicatorMessage", wordWrap=True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        moves = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(b)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(
            self._label(self.tr("&Better when:"), self.direction_combo), self.direction_combo
        )
        form.addRow(self._label(self.tr("Target ye&ar:"), self.target_year), self.target_year)
        value_row = QHBoxLayout()
        value_row.addWidget(self.target_edit, 1)
        value_row.addWidget(self.unit_label)
        form.addRow(self._label(self.tr("Tar&get:"), self.target_edit), value_row)
        target_buttons = QHBoxLayout()
        target_buttons.addWidget(self.set_target_button)
        target_buttons.addWidget(self.clear_target_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.catalogue, 1)
        add_row.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self._label(self.tr("&Followed, in order:"), self.list))
        layout.addWidget(self.list, 1)
        layout.addLayout(moves)
        layout.addLayout(form)
        layout.addLayout(target_buttons)
        layout.addWidget(self.targets_label)
        layout.addWidget(self._label(self.tr("Add from the catal&ogue:"), self.catalogue))
        layout.addLayout(add_row)
        layout.addWidget(self.message)

        self.list.currentRowChanged.connect(self._show_current)
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        self.remove_button.clicked.connect(self._on_remove)
        self.direction_combo.activated.connect(self._on_direction)
        self.target_year.valueChanged.connect(self._show_target)
        self.target_edit.returnPressed.connect(self.save_target)
        self.set_target_button.clicked.connect(self.save_target)
        self.clear_target_button.clicked.connect(self.clear_target)
        self.add_button.clicked.connect(self.add_chosen)
        self.reload()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """A column beside the charts: 40 average characters, or what its buttons need."""
        least = self.minimumSizeHint().width()
        width = max(least, self.fontMetrics().averageCharWidth() * 40)
        return QSize(width, super().sizeHint().height())

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        b = QPushButton(text, objectName=name)
        b.setAccessibleName(accessible)
        b.setAutoDefault(False)
        return b

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, wordWrap=True)
        label.setBuddy(buddy)
        return label

    def _name(self, m: Measure) -> str:
        return m.label[0 if self.lang == "sv" else 1]

    def kind_heading(self, kind: str) -> str:
        return {
            "Resurs": self.tr("Resource indicators"),
            "Aktivitet": self.tr("Activity indicators"),
            "Resultat": self.tr("Result indicators"),
        }.get(kind, kind)

    def kind_word(self, kind: str) -> str:
        return {
            "Resurs": self.tr("resource indicator"),
            "Aktivitet": self.tr("activity indicator"),
            "Resultat": self.tr("result indicator"),
        }.get(kind, kind)

    # -- reading ----------------------------------------------------------------------------
    def current(self) -> IndicatorInfo | None:
        row = self.list.currentRow()
        return self.chosen[row] if 0 <= row < len(self.chosen) else None

    def reload(self, select: uuid.UUID | None = None) -> None:
        """The chosen indicators as the journal has them; ``select`` (or the one selected
        before) stays selected."""
        keep = select or (self.current().id if self.current() else None)
        self.chosen = self.journal.read(indicators.list_indicators)
        self.list.blockSignals(True)
        self.list.clear()
        for info in self.chosen:
            m = measure(info.measure)
            item = QListWidgetItem(f"{self._name(m)} ({self.kind_word(m.kind)})")
            item.setData(ID_ROLE, info.id)
            self.list.addItem(item)
        row = next((i for i, x in enumerate(self.chosen) if x.id == keep), 0)
        self.list.setCurrentRow(row if self.chosen else -1)
        self.list.blockSignals(False)
        self._fill_catalogue()
        self._show_current()

    def _fill_catalogue(self) -> None:
        """The measures not yet followed, under a heading per Typ (headings not choosable)."""
        followed = {x.measure for x in self.chosen}
        model = QStandardItemModel(self.catalogue)
        for kind in KINDS:
            free = [m for m in MEASURES if m.kind == kind and m.key not in followed]
            if not free:
                continue
            heading = QStandardItem(self.kind_heading(kind))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(self.font())
            font.setBold(True)
            heading.setFont(font)
            model.appendRow(heading)
            for m in free:
                item = QStandardItem("    " + self._name(m))
                item.setData(m.key, ID_ROLE)
                item.setData(
                    f"{self._name(m)}, {self.kind_heading(kind)}",
                    Qt.ItemDataRole.AccessibleTextRole,
                )
                model.appendRow(item)
        current = self.catalogue.currentData()
        self.catalogue.setModel(model)
        if current is None or not select_data(self.catalogue, current):
            first = next((i for i in range(model.rowCount()) if model.item(i).isEnabled()), -1)
            self.catalogue.setCurrentIndex(first)
        view = self.catalogue.view()
        view.setMinimumWidth(
            view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width()
        )
        self.catalogue.setEnabled(model.rowCount() > 0)
        self.add_button.setEnabled(model.rowCount() > 0)

    def _show_current(self) -> None:
        info = self.current()
        for w in (
            self.up_button,
            self.down_button,
            self.remove_button,
            self.direction_combo,
            self.target_year,
            self.target_edit,
            self.set_target_button,
            self.clear_target_button,
        ):
            w.setEnabled(info is not None)
        if info is None:
            self.targets_label.setText(self.tr("No indicator chosen yet."))
            self.unit_label.clear()
            return
        self.up_button.setEnabled(info.position > 0)
        self.down_button.setEnabled(info.position < len(self.chosen) - 1)
        select_data(self.direction_combo, info.direction)
        unit = measure(info.measure).unit
        self.unit_label.setText({"share": "%", "money": "kr"}.get(unit, ""))
        if info.targets:
            listed = ", ".join(
                f"{year}: {format_measure(value, unit, self.lang)}"
                for year, value in info.targets.items()
            )
            self.targets_label.setText(self.tr("Targets: %1").replace("%1", listed))
        else:
            self.targets_label.setText(self.tr("No targets yet."))
        self._show_target()

    def _show_target(self) -> None:
        """The editor shows the target of the chosen year (empty without one)."""
        info = self.current()
        if info is None:
            return
        target = info.targets.get(self.target_year.value())
        unit = measure(info.measure).unit
        if target is None:
            self.target_edit.clear()
        else:
            shown = target * 100 if unit == "share" else target
            text = format(shown.normalize(), "f")
            self.target_edit.setText(text.replace(".", ",") if self.lang == "sv" else text)
        self.target_edit.setAccessibleName(
            self.tr("Target for %1 in %2")
            .replace("%1", self._name(measure(info.measure)))
            .replace("%2", str(self.target_year.value()))
        )

    # -- writing ----------------------------------------------------------------------------
    def _write(self, fn, *args: object) -> bool:  # noqa: ANN001
        """``fn(session, *args, author_id=…)`` as one unit of work; a refusal is shown."""
        try:
            self.journal.write(fn, *args, author_id=self.author_id)
        except (ValidationError, JournalError) as exc:
            self.say(str(exc), problem=True)
            return False
        return True

    def say(self, text: str, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("problem", problem)  # coloured by the theme's style sheet
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _done(self, text: str, select: uuid.UUID | None = None) -> None:
        self.say(text)
        self.reload(select)
        self.changed.emit()

    def add_chosen(self) -> None:
        key = self.catalogue.currentData()
        if not key:
            return
        if self._write(indicators.add_indicator, key, None):
            added = next(
                x for x in self.journal.read(indicators.list_indicators) if x.measure == key
            )
            self._done(
                self.tr("Now following: %1").replace("%1", self._name(measure(key))), added.id
            )

    def _on_remove(self) -> None:
        info = self.current()
        if info is None:
            return
        name = self._name(measure(info.measure))
        answer = QMessageBox.question(
            self,
            self.tr("Stop following"),
            self.tr("Stop following %1? Its targets are removed as well.").replace("%1", name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(info)

    def remove(self, info: IndicatorInfo) -> None:
        name = self._name(measure(info.measure))
        if self._write(indicators.remove_indicator, info.id):
            self._done(self.tr("No longer following: %1").replace("%1", name))

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def _move(self, step: int) -> None:
        info = self.current()
        if info is None or not 0 <= info.position + step < len(self.chosen):
            return
        if self._write(indicators.move_indicator, info.id, info.position + step):
            name = self._name(measure(info.measure))
            self._done(
                self.tr("%1 is now number %2.")
                .replace("%1", name)
                .replace("%2", str(info.position + step + 1)),
                info.id,
            )

    def _on_direction(self) -> None:
        info = self.current()
        direction = self.direction_combo.currentData()
        if info is None or direction == info.direction:
            return
        if self._write(indicators.set_direction, info.id, direction):
            self._done(
                self.tr("%1: %2.")
                .replace("%1", self._name(measure(info.measure)))
                .replace("%2", self.direction_combo.currentText().lower()),
                info.id,
            )

    def save_target(self) -> None:
        """Save the typed target for the chosen year; a text that is not a number is refused
        in words and stays in the editor."""
        info = self.current()
        if info is None:
            return
        text = self.target_edit.text()
        year = self.target_year.value()
        name = self._name(measure(info.measure))
        if not text.strip():
            self.clear_target()
            return
        value = parse_number(text)
        if value is None:
            self.say(
                self.tr(
                    "The target for %1 in %2 must be a number, e.g. 1200 or 55.5: “%3” is not one."
                )
                .replace("%1", name)
                .replace("%2", str(year))
                .replace("%3", text.strip()),
                problem=True,
            )
            self.target_edit.setFocus()
            return
        unit = measure(info.measure).unit
        stored = value / 100 if unit == "share" else value
        if self._write(indicators.set_target, info.id, year, stored):
            self._done(
                self.tr("Target for %1 in %2: %3.")
                .replace("%1", name)
                .replace("%2", str(year))
                .replace("%3", format_measure(stored, unit, self.lang)),
                info.id,
            )
        else:
            self.target_edit.setFocus()

    def clear_target(self) -> None:
        info = self.current()
        if info is None:
            return
        year = self.target_year.value()
        if self._write(indicators.set_target, info.id, year, None):
            self._done(
                self.tr("No target for %1 in %2.")
                .replace("%1", self._name(measure(info.measure)))
                .replace("%2", str(year)),
                info.id,
            )

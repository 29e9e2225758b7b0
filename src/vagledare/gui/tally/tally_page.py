"""The tally screen: categories × age bands for each gender, one click logs one snabbärende."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vagledare.app.desk import Desk, Logged
from vagledare.gui.common import text_size
from vagledare.gui.common.vocabulary import gender_label, gender_plural
from vagledare.gui.shell import theme
from vagledare.gui.shell.theme import Theme
from vagledare.journal.db import JournalError
from vagledare.journal.errors import ValidationError
from vagledare.journal.journal_settings import unstated_column
from vagledare.journal.models import Gender

GRID_GENDERS = (Gender.WOMAN, Gender.MAN)
# with the journal setting "Ej angivet column" on (``journal_settings.unstated_column``)
GRID_GENDERS_WITH_UNSTATED = (Gender.WOMAN, Gender.MAN, Gender.UNSTATED)
FLASH_MS = 900

STYLE = """
TallyPage QLabel#totalsLabel {{ font-size: 15pt; }}
TallyPage QLabel#siteLabel {{ font-size: 15pt; font-weight: 600; }}
TallyPage QLabel[class="genderHeader"] {{ font-size: 14pt; font-weight: 700; padding: 4px; }}
TallyPage QLabel[class="bandHeader"] {{ font-weight: 600; }}
TallyPage QLabel[class="categoryLabel"] {{ font-size: 12pt; padding-right: 8px; }}
TallyButton {{
    font-size: 17pt; font-weight: 600; min-width: 64px; min-height: 52px;
    border: {t.border_width}px solid {t.cell_border}; border-radius: 6px;
    background: {t.cell}; color: {t.text};
}}
TallyButton[gender="woman"] {{ background: {t.woman}; }}
TallyButton[gender="man"] {{ background: {t.man}; }}
TallyButton[empty="true"] {{ color: {t.empty}; font-weight: 400; }}
TallyButton:hover {{ border-color: {t.focus}; }}
TallyButton:focus {{ border: {t.focus_width}px solid {t.focus}; }}
TallyButton[flash="true"] {{
    background: {t.flash}; color: {t.flash_text}; border-color: {t.flash};
}}
QFrame#feedbackFrame {{
    border-radius: 6px; background: {t.idle}; border: {t.border_width}px solid {t.cell_border};
}}
QFrame#feedbackFrame[state="ok"] {{ background: {t.ok}; }}
QFrame#feedbackFrame[state="undone"] {{ background: {t.undone}; }}
QFrame#feedbackFrame[state="error"] {{ background: {t.error_bg}; }}
QLabel#feedbackLabel {{ font-size: 13pt; color: {t.text}; background: transparent; }}
"""


def tally_style(theme: Theme) -> str:
    """The grid's and feedback line's colours for the light, dark or high-contrast look."""
    return STYLE.format(t=theme)


def _repolish(w: QWidget) -> None:
    w.style().unpolish(w)
    w.style().polish(w)


class TallyButton(QPushButton):
    """One cell of the grid: shows today's count; click, Space or Enter logs one."""

    def __init__(
        self,
        category_id: uuid.UUID,
        age_band_id: uuid.UUID,
        gender: Gender,
        navigate: Callable[[TallyButton, int, int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("0", parent)
        self.category_id = category_id
        self.age_band_id = age_band_id
        self.gender = gender
        self._navigate = navigate
        self.setProperty("gender", gender.value)
        self._flashes = 0  # flashes running (each click starts one)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        moves = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
        }
        key = Qt.Key(event.key())
        if key in moves:
            self._navigate(self, *moves[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)

    def flash(self) -> None:
        """Show the cell in the flash colours for a moment. The colours are painted here
        (``paintEvent``), not restyled through the style sheet: a re-polish on every click
        costs more than the click's commit. The ``flash`` property says it is showing (and
        gives the same colours should the sheet re-polish the button meanwhile)."""
        self._flashes += 1
        self.setProperty("flash", True)
        self.update()
        QTimer.singleShot(FLASH_MS, self._unflash)

    def _unflash(self) -> None:
        self._flashes -= 1
        if self._flashes == 0:  # the last click's flash has run its time
            self.setProperty("flash", False)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self._flashes:
            super().paintEvent(event)
            return
        look = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = look.focus_width if self.hasFocus() else look.border_width
        border = look.focus if self.hasFocus() else look.flash
        half = width / 2
        box = QRectF(self.rect()).adjusted(half, half, -half, -half)
        painter.setPen(QPen(QColor(border), width))
        painter.setBrush(QColor(look.flash))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(QColor(look.flash_text))
        painter.setFont(self.font())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()


class LayoutFirewall(QWidget):
    """Holds one widget and gives it all its room, without a layout: a change of size inside
    (a new count, a new line of feedback) stops here instead of climbing every layout up to
    the window. Whoever changes the inner widget's size for real (another grid, another text
    size) calls ``updateGeometry`` on the firewall's parent side (``TallyPage.build_grid``)."""

    def __init__(self, inner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inner = inner
        inner.setParent(self)
        self.setSizePolicy(inner.sizePolicy())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.inner.setGeometry(self.rect())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.inner.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.inner.minimumSizeHint()


class TallyPage(QWidget):
    """The grid, today's and this month's totals, and unmistakable feedback with undo."""

    help_topic = "tally"

    logged = Signal()  # after every change to the journal from this page
    backup_failed = Signal(object)  # the day's backup failed (emitted in the backup's thread)
    more_requested = Signal(object)  # a TallyButton (or None): open the several/other-time dialog

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.backup_failed.connect(self._on_backup_failed)  # queued: runs on the GUI thread
        desk.backup_failed = self.backup_failed.emit
        self.setObjectName("TallyPage")
        self.apply_theme(theme.current())
        theme.notifier().changed.connect(self.apply_theme)
        self.buttons: dict[tuple[uuid.UUID, uuid.UUID, Gender], TallyButton] = {}
        self._shown: dict[TallyButton, int] = {}  # the count each button shows
        self._counted = (date.today(), 0, 0)  # the day counted, its total, the month's
        self.genders: tuple[Gender, ...] = GRID_GENDERS  # the grid's gender blocks
        self._positions: dict[TallyButton, tuple[int, int]] = {}
        self._by_position: dict[tuple[int, int], TallyButton] = {}

        # The page's content lives in ``body`` behind a layout firewall: a count or line of
        # text that changes on a click re-lays out the page alone. Through the layouts the
        # request would climb to the tab widget, which repaints the whole window for it.
        self.body = QWidget()
        self.body.setObjectName("tallyBody")
        self._firewall = LayoutFirewall(self.body)
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self._firewall)
        outer = QVBoxLayout(self.body)
        top = QHBoxLayout()
        self.site_label = QLabel(objectName="siteLabel")
        self.totals_label = QLabel(objectName="totalsLabel")
        self.totals_label.setAccessibleName(self.tr("Totals"))
        top.addWidget(self.site_label)
        top.addStretch(1)
        top.addWidget(self.totals_label)
        outer.addLayout(top)

        self.grid_host = QWidget(objectName="gridHost")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(6)
        outer.addWidget(self.grid_host, 1)

        self.feedback = QFrame(objectName="feedbackFrame")
        fb = QHBoxLayout(self.feedback)
        self.feedback_label = QLabel(objectName="feedbackLabel")
        self.feedback_label.setAccessibleName(self.tr("Last action"))
        self.undo_button = QPushButton(self.tr("&Undo (Ctrl+Z)"), objectName="undoButton")
        self.undo_button.setAccessibleName(self.tr("Undo the last entry"))
        self.more_button = QPushButton(
            self.tr("Several or other &time… (Ctrl+E)"), objectName="moreButton"
        )
        self.more_button.setAccessibleName(self.tr("Log several or at another time"))
        # Visits: "same visitor" stays on until switched off for the next visitor.
        self.same_visitor_button = QPushButton(self.tr("Same &visitor"), objectName="sameVisitor")
        self.same_visitor_button.setAccessibleName(
            self.tr("Same visitor: the next entries are one visit")
        )
        self.returning_button = QPushButton(self.tr("&Returning"), objectName="returningButton")
        self.returning_button.setAccessibleName(self.tr("The visitor has been here before"))
        for b in (self.same_visitor_button, self.returning_button):
            b.setCheckable(True)
        self.same_visitor_button.toggled.connect(self._on_same_visitor)
        self.returning_button.toggled.connect(self.desk.set_return_visit)
        buttons = (self.same_visitor_button, self.returning_button)
        for b in (*buttons, self.undo_button, self.more_button):
            b.setMinimumHeight(44)
            b.setAutoDefault(False)
        fb.addWidget(self.feedback_label, 1)
        for b in buttons:
            fb.addWidget(b)
        fb.addWidget(self.more_button)
        fb.addWidget(self.undo_button)
        outer.addWidget(self.feedback)

        self.undo_button.clicked.connect(self.undo)
        self.more_button.clicked.connect(self._on_more_clicked)

        self.build_grid()
        self.clear_feedback()
        self.refresh()

    def apply_theme(self, look: Theme) -> None:
        text_size.set_style_sheet(self, tally_style(look))
        if hasattr(self, "_firewall"):
            self._firewall.updateGeometry()  # other fonts and borders: another size

    # -- building -------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the site's categories and age bands and the journal's settings (the
        *Ej angivet* column), rebuild the grid and its counts: what a settings page calls
        after a change."""
        self.desk.reload_site()
        self.build_grid()
        self.refresh()

    def build_grid(self) -> None:
        """Lay the grid out from the desk's site and the journal's *Ej angivet* setting."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item and item.widget():
                item.widget().deleteLater()
        self.buttons.clear()
        self._shown.clear()
        self._positions.clear()
        self._by_position.clear()
        site = self.desk.site
        cats = site.active_categories
        bands = site.active_age_bands
        self.site_label.setText(
            self.tr("%1 · %2").replace("%1", site.name).replace("%2", self.desk.staff.name)
        )
        with_unstated = self.desk.journal.read(unstated_column)
        self.genders = GRID_GENDERS_WITH_UNSTATED if with_unstated else GRID_GENDERS
        n = len(bands)
        for g_index, gender in enumerate(self.genders):
            first_col = 1 + g_index * (n + 1)
            header = QLabel(gender_plural(gender))
            header.setProperty("class", "genderHeader")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(header, 0, first_col, 1, n)
            for b_index, band in enumerate(bands):
                lab = QLabel(band.label)
                lab.setProperty("class", "bandHeader")
                lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.grid.addWidget(lab, 1, first_col + b_index)
            if g_index < len(self.genders) - 1:
                spacer = QWidget()
                spacer.setFixedWidth(14)
                self.grid.addWidget(spacer, 0, first_col + n)
        for r, cat in enumerate(cats):
            lab = QLabel(cat.name)
            lab.setProperty("class", "categoryLabel")
            self.grid.addWidget(lab, r + 2, 0)
            for g_index, gender in enumerate(self.genders):
                first_col = 1 + g_index * (n + 1)
                for b_index, band in enumerate(bands):
                    btn = TallyButton(cat.id, band.id, gender, self._navigate)
                    btn.setObjectName(f"tally_{r}_{g_index}_{b_index}")
                    btn.clicked.connect(self._on_cell_clicked)
                    btn.customContextMenuRequested.connect(self._on_cell_context)
                    self.grid.addWidget(btn, r + 2, first_col + b_index)
                    self.buttons[(cat.id, band.id, gender)] = btn
                    pos = (r, g_index * n + b_index)
                    self._positions[btn] = pos
                    self._by_position[pos] = btn
                    btn.setAccessibleName(f"{cat.name}, {band.label}, {gender_label(gender)}")
        self.grid.setColumnStretch(0, 0)
        self._firewall.updateGeometry()  # another grid: the window learns its size
        first = self._by_position.get((0, 0))
        if first:
            self.setFocusProxy(first)

    def _navigate(self, btn: TallyButton, dr: int, dc: int) -> None:
        r, c = self._positions[btn]
        target = self._by_position.get((r + dr, c + dc))
        if target:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions --------------------------------------------------------------------------
    def _on_cell_clicked(self) -> None:
        btn = self.sender()
        if isinstance(btn, TallyButton):
            self.log(btn.category_id, btn.age_band_id, btn.gender)

    def _on_same_visitor(self, on: bool) -> None:
        self.desk.set_same_visitor(on)
        self._show_visit_state()

    def _show_visit_state(self) -> None:
        """The buttons say what the desk will do (a visitor's mark ends with the visit)."""
        for b, on in (
            (self.same_visitor_button, self.desk.same_visitor),
            (self.returning_button, self.desk.return_visit),
        ):
            if b.isChecked() != on:
                b.blockSignals(True)
                b.setChecked(on)
                b.blockSignals(False)

    def _on_cell_context(self, _pos: object) -> None:
        self.more_requested.emit(self.sender())

    def _on_more_clicked(self) -> None:
        focused = self.focusWidget()
        self.more_requested.emit(focused if isinstance(focused, TallyButton) else None)

    def log(
        self,
        category_id: uuid.UUID,
        age_band_id: uuid.UUID,
        gender: Gender,
        *,
        count: int = 1,
        at: datetime | None = None,
    ) -> Logged | None:
        try:
            logged = self.desk.log(category_id, age_band_id, gender, count=count, at=at)
        except (ValidationError, JournalError) as exc:
            self.show_feedback(str(exc), "error")
            return None
        self._show_visit_state()
        key = (category_id, age_band_id, gender)
        self._count_logged(logged, key)
        btn = self.buttons.get(key)
        if btn is not None and (at is None or at.date() == datetime.now().date()):
            btn.flash()
        self.show_feedback(self._describe(logged, self.tr("Logged")), "ok")
        self.logged.emit()
        return logged

    def _on_backup_failed(self, exc: BaseException) -> None:
        self.show_feedback(
            self.tr(
                "The day's backup of the journal could not be made (%1). "
                "It is tried again with the next entry."
            ).replace("%1", str(exc)),
            "error",
        )

    def undo(self) -> None:
        try:
            logged = self.desk.undo()
        except (ValidationError, JournalError) as exc:
            self.show_feedback(str(exc), "error")
            return
        if logged is None:
            self.show_feedback(self.tr("Nothing to undo."), "idle")
            return
        self.refresh()
        self.show_feedback(self._describe(logged, self.tr("Undone")), "undone")
        self.logged.emit()

    def redo(self) -> None:
        logged = self.desk.redo()
        if logged is None:
            return
        self.refresh()
        self.show_feedback(self._describe(logged, self.tr("Logged again")), "ok")
        self.logged.emit()

    def clear_feedback(self) -> None:
        """The feedback line as at the start (e.g. when another person unlocks the desk:
        the previous person's last action is not theirs to see)."""
        self.show_feedback(self.tr("Click a cell to log one quick case."), "idle")

    def _describe(self, logged: Logged, verb: str) -> str:
        time = QLocale().toString(logged.at.time(), QLocale.FormatType.ShortFormat)
        what = f"{logged.category} · {logged.age_band} · {gender_label(logged.gender)}"
        n = len(logged.ids)
        count = f"{n} × " if n > 1 else ""
        day = ""
        if logged.at.date() != datetime.now().date():
            day = QLocale().toString(logged.at.date(), QLocale.FormatType.ShortFormat) + " "
        return f"✔ {verb}: {count}{what} ({day}{time})"

    def show_feedback(self, text: str, state: str) -> None:
        if state == "error":
            text = "⚠ " + text
        self.feedback_label.setText(text)
        if self.feedback.property("state") != state:  # a new colour: restyle the line
            self.feedback.setProperty("state", state)
            _repolish(self.feedback)
        self.undo_button.setEnabled(self.desk.can_undo)

    def refresh(self) -> None:
        """Re-read today's counts (another window may have logged too)."""
        snap = self.desk.snapshot()
        self._counted = (date.today(), snap.today, snap.month)
        self._show_counts(snap.cells, snap.today, snap.month)

    def _count_logged(self, logged: Logged, key: tuple[uuid.UUID, uuid.UUID, Gender]) -> None:
        """Add what this page just logged to the counts it shows, without reading the journal
        again (a click stays a write and a few labels); an entry for another day or month,
        or a new day since the counts were read, reads them anew."""
        day, today, month = self._counted
        at = logged.at.date()
        btn = self.buttons.get(key)
        if day != date.today() or at != day or btn is None:
            if (at.year, at.month) != (day.year, day.month) and day == date.today():
                return  # another month: nothing shown changes
            self.refresh()
            return
        n = len(logged.ids)
        self._counted = (day, today + n, month + n)
        cells = {key: self._shown.get(btn, 0) + n}
        self._show_counts(cells, today + n, month + n, only=(key,))

    def _show_counts(
        self,
        cells: Mapping[tuple[uuid.UUID, uuid.UUID, Gender], int],
        today: int,
        month: int,
        only: tuple[tuple[uuid.UUID, uuid.UUID, Gender], ...] | None = None,
    ) -> None:
        for key in only if only is not None else self.buttons:
            btn = self.buttons[key]
            n = cells.get(key, 0)
            if self._shown.get(btn) == n:
                continue  # text, look and tooltip as they are
            self._shown[btn] = n
            btn.setText(str(n))
            if btn.property("empty") != (n == 0):
                btn.setProperty("empty", n == 0)
                _repolish(btn)
            btn.setToolTip(self.tr("%n quick case(s) today — click to log one more", "", n))
        month_name = QLocale().standaloneMonthName(datetime.now().month)
        self.totals_label.setText(
            self.tr("Today: %n quick case(s)", "", today)
            + "   ·   "
            + self.tr("%1: %n quick case(s)", "", month).replace("%1", month_name.capitalize())
        )
        self.undo_button.setEnabled(self.desk.can_undo)

"""Helpers of the accessibility tests: unnamed controls, and where Tab takes the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
)
# Parts of a composite control, named through the control itself: a combo box's line edit
# and popup list, a spin box's line edit, a table's headers and corner button, a tab bar's
# scroll arrows, a date edit's calendar, a line edit's clear button, the menu bar's »
# button.
COMPOSITES = (
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QCalendarWidget,
    QLineEdit,
    QMenuBar,
)


def _inside_composite(w: QWidget, root: QWidget) -> bool:
    p = w.parentWidget()
    while p is not None and p is not root.parentWidget():
        if isinstance(p, COMPOSITES):
            return True
        p = p.parentWidget()
    return False


def is_control(w: QWidget) -> bool:
    """A control a user operates: the kinds above, or one of our own focusable widgets."""
    if isinstance(w, QScrollBar | QHeaderView):
        return False  # scrolled with the view; the header belongs to its table
    if isinstance(w, INTERACTIVE):
        return True
    takes_tab = bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
    return takes_tab and type(w).__module__.startswith("vagledare")


def describe(w: QWidget) -> str:
    path = []
    p: QWidget | None = w
    while p is not None:
        path.append(p.objectName() or type(p).__name__)
        p = p.parentWidget()
    text = getattr(w, "text", lambda: "")()
    return f"{type(w).__name__} {'/'.join(reversed(path))} {text!r}"


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls under ``root`` with no accessible name and no label pointing at them."""
    widgets = [root, *root.findChildren(QWidget)]
    buddies = {id(lab.buddy()) for lab in widgets if isinstance(lab, QLabel) and lab.buddy()}
    return [
        describe(w)
        for w in widgets
        if is_control(w)
        and not _inside_composite(w, root)
        and not w.accessibleName().strip()
        and id(w) not in buddies
    ]


def tab_cycle(root: QWidget, limit: int = 400) -> list[QWidget]:
    """Step the focus along the window's tab chain (``root.focusNextChild()``, what Tab does
    when a control hands it on) from the current focus widget until it comes back; the
    widgets visited, in order, ending with the first one again if it came back."""
    app = QApplication.instance()
    assert app is not None
    start = QApplication.focusWidget()
    if start is None or not (root.isAncestorOf(start) or start is root):
        root.focusNextChild()
        app.processEvents()
        start = QApplication.focusWidget()
    visited: list[QWidget] = []
    current = start
    for _ in range(limit):
        if current is None:
            break
        visited.append(current)
        root.focusNextChild()
        app.processEvents()
        current = QApplication.focusWidget()
        if current is start:
            visited.append(current)
            break
    return visited


def leaves_with_tab(widgets: list[QWidget], presses: int = 6) -> list[str]:
    """Controls that still hold the focus after ``presses`` presses of Tab (a focus trap).
    A date-and-time edit takes a Tab per field (year, month, day, hour, minute) before it
    hands the focus on."""
    stuck = []
    for w in widgets:
        if not w.isVisible() or not w.isEnabled():
            continue
        w.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        if QApplication.focusWidget() is not w:
            continue
        for _ in range(presses):
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            QApplication.processEvents()
            if QApplication.focusWidget() is not w:
                break
        else:
            stuck.append(f"{type(w).__name__} {w.objectName()}")
    return stuck

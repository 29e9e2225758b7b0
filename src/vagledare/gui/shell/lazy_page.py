"""A tab that builds its page the first time it is shown or asked for.

The desk window opens on the tally screen; the other pages (and their imports) cost start-up
time nobody at the desk should wait for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(
        self, factory: Callable[[QWidget], QWidget], parent: QWidget | None = None
    ) -> None:
        """``factory`` builds the page as a child of the tab it is given: a widget tree moved
        into another parent is re-styled whole (window-wide style sheet), so it is made in
        place (#22)."""
        super().__init__(parent)
        self._factory = factory
        self._page: QWidget | None = None
        self._fresh = False  # built as the tab was shown, and not yet asked (``take_fresh``)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._page is not None

    def page(self) -> QWidget:
        if self._page is None:
            self._page = self._factory(self)
            self._layout.addWidget(self._page)
            self.setFocusProxy(self._page)
        return self._page

    def take_fresh(self) -> bool:
        """True once after the page was built by showing the tab: its constructor has just
        read what it shows, so the tab switch that showed it need not read it again."""
        fresh, self._fresh = self._fresh, False
        return fresh

    @property
    def help_topic(self) -> str:
        return str(getattr(self.page(), "help_topic", "tally"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._page is None:
            self.page()
            self._fresh = True
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._fresh = False  # shown again later: its data may have changed meanwhile
        super().hideEvent(event)

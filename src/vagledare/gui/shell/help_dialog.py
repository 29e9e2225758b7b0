"""F1: the help page for the current screen, and the printable quick guide."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from vagledare.app.help import help_html
from vagledare.gui.common import text_size
from vagledare.gui.common.widgets import name_buttons
from vagledare.journal.terms import Lang


class HelpDialog(QDialog):
    def __init__(self, topic: str, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help"))
        self.resize(560, 480)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(objectName="helpBrowser")
        self.browser.setAccessibleName(self.tr("Help text"))
        self.browser.setHtml(help_html(topic, lang))
        text_size.set_style_sheet(self.browser, "font-size: 11pt;")
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        name_buttons(buttons)
        layout.addWidget(buttons)

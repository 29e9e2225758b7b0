"""Printing a report straight from the report screen (QPrinter; a PDF printer in tests)."""

from __future__ import annotations

from pathlib import Path

from builders import log_froslunda
from pdf_text import pdf_text

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from vagledare.app.desk import Desk
from vagledare.gui.reports.report_page import YEAR
from vagledare.gui.shell.main_window import MainWindow
from vagledare.journal import audit


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_sends_the_shown_table_to_the_printer(qtbot, desk: Desk, tmp_path: Path) -> None:  # noqa: ANN001
    log_froslunda(desk.journal, desk.site, desk.staff.id)
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    window.show()
    window.show_page(window.reports)
    page = window.reports
    page.ui.periodKindCombo.setCurrentIndex(YEAR)
    page.ui.yearSpin.setValue(2023)
    out = tmp_path / "printed.pdf"
    assert page.print_report(pdf_printer(out))
    assert out.stat().st_size > 1000
    text = pdf_text(out)
    assert "Drop in-korta ärenden, Fröslunda" in text and "2023" in text
    assert "Ansökningshandlingar" in text and "502" in text
    with desk.journal.session() as s:
        printed = audit.entries(s, action="print")
    assert [(e.entity, e.detail["start"]) for e in printed] == [("dropin", "2023-01-01")]


def test_ctrl_p_opens_the_print_dialog(qtbot, desk: Desk, monkeypatch) -> None:  # noqa: ANN001
    seen = {}

    def fake_exec(self) -> int:  # noqa: ANN001
        seen["title"] = self.windowTitle()
        return 0  # cancelled: nothing printed

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page(window.reports)
    window.reports.ui.reportCombo.setFocus()
    qtbot.keyClick(window.reports.ui.reportCombo, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"title": "Print report"}
    assert window.reports.ui.printButton.isEnabled()

"""File → Import a CSV file…: the check shows the first rows with the row and cell the import
stops at marked and writes nothing; a valid file is imported whole in the background (an
event backup first); a cancel leaves nothing imported; a repeat needs a tick."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from vagledare.app.desk import Desk
from vagledare.gui.admin.import_dialog import ImportDialog, open_import
from vagledare.gui.shell import theme
from vagledare.gui.shell.main_window import MainWindow
from vagledare.imports import preview
from vagledare.journal import staff
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Gender, ImportBatch, QuickCase, Role
from vagledare.journal.staff import StaffInfo

HEADER = "tidpunkt;mötesplats;kategori;åldersgrupp;kön"
WOMAN = Gender.WOMAN


@pytest.fixture
def lead(desk: Desk) -> StaffInfo:
    with desk.journal.session() as s:
        me = staff.ensure_staff(s, "TL", Role.TEAM_LEAD)
    desk.switch_staff(me)
    desk.journal.act_as(me.id)
    return me


def dropin_file(folder: Path, rows: int, bad_line: int | None = None) -> Path:
    lines = [HEADER]
    for i in range(rows):
        gender = "X" if bad_line == i + 2 else ("Kvinna" if i % 2 else "Man")
        lines.append(
            f"2024-03-{1 + i % 28:02d} 10:{i % 60:02d};Fröslunda;Söka arbete;25-34;{gender}"
        )
    path = folder / ("fel.csv" if bad_line else "dropin.csv")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def quick_cases(journal: Journal) -> int:
    with journal.session() as s:
        return s.scalar(select(func.count()).select_from(QuickCase)) or 0


@pytest.fixture
def dialog(qtbot, desk: Desk, lead: StaffInfo) -> ImportDialog:  # noqa: ANN001
    d = ImportDialog(desk.journal, lead)
    qtbot.addWidget(d)
    d.show()
    return d


def checked(qtbot, dialog: ImportDialog, path: Path) -> preview.Checked:  # noqa: ANN001
    dialog.set_file(path)
    qtbot.waitUntil(lambda: not dialog.runner.busy and dialog.checked is not None, timeout=10_000)
    assert dialog.checked is not None
    return dialog.checked


def test_the_check_marks_the_row_and_cell_the_import_stops_at_and_writes_nothing(
    qtbot,  # noqa: ANN001
    desk: Desk,
    dialog: ImportDialog,
    tmp_path: Path,
) -> None:
    assert dialog.kind == "dropin"
    first, optional = dialog.ui.columnsLabel.text().split("\n")
    assert first.endswith(HEADER) and optional.endswith(": besök;återkommande")
    c = checked(qtbot, dialog, dropin_file(tmp_path, 30, bad_line=25))
    assert (c.ok, c.line, c.column, c.file.total) == (False, 25, "kön", 30)
    model = dialog.model
    lines = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert lines == [str(n) for n in range(2, 22)] + ["25"]  # the first 20, and the problem's
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(6)] == [
        "Line",
        *HEADER.split(";"),
    ]
    bad = model.rowCount() - 1
    assert model.index(bad, 5).data() == "X"
    assert model.index(bad, 2).data(Qt.ItemDataRole.BackgroundRole) == QColor(
        theme.current().error_bg
    )
    assert model.index(bad, 5).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(bad, 4).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is None
    problem = "fel.csv, rad 25, kolumn kön: okänt kön 'X'; skriv Kvinna, Man, K eller M."
    assert model.index(bad, 5).data(Qt.ItemDataRole.ToolTipRole) == problem
    assert dialog.ui.statusLabel.text() == (
        f"⚠ The file cannot be imported as it is; nothing was written.\n{problem}"
    )
    assert not dialog.ui.importButton.isEnabled()
    assert quick_cases(desk.journal) == 0
    with desk.journal.session() as s:
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_a_valid_file_is_imported_whole_after_a_backup(
    qtbot,  # noqa: ANN001
    desk: Desk,
    dialog: ImportDialog,
    tmp_path: Path,
) -> None:
    c = checked(qtbot, dialog, dropin_file(tmp_path, 25))
    assert (c.ok, c.rows, c.duplicate, c.file.total, len(c.file.rows)) == (True, 25, False, 25, 20)
    assert dialog.ui.statusLabel.text() == (
        "25 row(s) can be imported. The first 20 row(s) are shown."
    )
    assert quick_cases(desk.journal) == 0  # the check wrote nothing
    assert dialog.ui.importButton.isEnabled()
    done: list[preview.Imported] = []
    dialog.imported.connect(done.append)
    dialog.ui.importButton.click()
    assert dialog.ui.cancelButton.isEnabled() and not dialog.ui.kindCombo.isEnabled()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert done[0].rows == 25 and quick_cases(desk.journal) == 25
    if desk.journal.path is None:  # a server's journal: its backups are the server's
        assert done[0].backup is None
    else:
        assert done[0].backup is not None and done[0].backup.exists()
        assert "-import-" in done[0].backup.name
    assert dialog.ui.statusLabel.text() == "25 row(s) imported from dropin.csv."
    assert not dialog.ui.importButton.isEnabled() and not dialog.ui.cancelButton.isEnabled()
    with desk.journal.session() as s:
        batch = s.scalars(select(ImportBatch)).one()
    assert (batch.kind, batch.row_count, batch.file_name) == ("dropin", 25, "dropin.csv")

    again = checked(qtbot, dialog, tmp_path / "dropin.csv")  # the same content again
    assert again.duplicate and again.ok
    assert dialog.ui.statusLabel.text().startswith("⚠ The same content has been imported before")
    assert not dialog.ui.importButton.isEnabled()
    dialog.ui.forceCheck.setChecked(True)
    assert dialog.ui.importButton.isEnabled()


def test_the_result_is_said_in_swedish(qtbot, dialog: ImportDialog, tmp_path: Path) -> None:  # noqa: ANN001
    from vagledare.gui.shell.i18n import install_translators

    app = QCoreApplication.instance()
    translators = install_translators(app, "sv")
    try:
        checked(qtbot, dialog, dropin_file(tmp_path, 1))
        assert dialog.ui.statusLabel.text() == "1 rad kan importeras."
        dialog.ui.importButton.click()
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
        assert dialog.ui.statusLabel.text() == "1 rad importerad från dropin.csv."
    finally:
        for t in translators:
            app.removeTranslator(t)


def test_cancel_leaves_nothing_imported(
    qtbot,  # noqa: ANN001
    desk: Desk,
    dialog: ImportDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    checked(qtbot, dialog, dropin_file(tmp_path, 5))
    gate = threading.Event()
    from vagledare.journal import backup

    real = backup.backup_before

    def slow_backup(path: Path, reason: str) -> Path:
        gate.wait(10)
        return real(path, reason)

    monkeypatch.setattr(backup, "backup_before", slow_backup)
    failed: list[str] = []
    dialog.imported.connect(lambda r: failed.append(f"imported {r.rows}"))
    dialog.ui.importButton.click()
    dialog.ui.cancelButton.click()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=10_000)
    assert failed == []
    assert dialog.ui.statusLabel.text() == "The import was cancelled: nothing was imported."
    assert quick_cases(desk.journal) == 0
    assert dialog.ui.importButton.isEnabled()  # the file can still be imported


def test_a_coach_cannot_import_in_the_window(
    qtbot,  # noqa: ANN001
    desk: Desk,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(ValidationError, match="Bara teamledare"):
        ImportDialog(desk.journal, desk.staff)
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    assert not window.import_csv_action.isVisible()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    assert open_import(window, window.desk, window.reload_pages) is None
    assert warned == [
        "Bara teamledare och administratörer får importera filer i fönstret (du är vägledare)."
    ]
    with pytest.raises(ValidationError, match="Bara teamledare"):
        preview.run_import(desk.journal, "dropin", dropin_file(tmp_path, 2), desk.staff.id)
    assert quick_cases(desk.journal) == 0


def test_the_window_shows_the_imported_rows_at_once(
    qtbot,  # noqa: ANN001
    desk: Desk,
    lead: StaffInfo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from datetime import datetime

    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    now = datetime.now()
    path = tmp_path / "idag.csv"
    path.write_text(f"{HEADER}\n{now:%Y-%m-%d} 08:00;Fröslunda;Övrigt;18-24;K\n", encoding="utf-8")

    def run(d: ImportDialog) -> int:
        d.set_file(path)
        qtbot.waitUntil(lambda: d.checked is not None, timeout=10_000)
        d.ui.importButton.click()
        qtbot.waitUntil(lambda: d.result is not None, timeout=10_000)
        return 0

    monkeypatch.setattr(ImportDialog, "exec", run)
    window.import_csv_action.trigger()
    site = desk.site
    cell = window.tally.buttons[(site.category("Övrigt").id, site.age_band("18-24").id, WOMAN)]
    assert quick_cases(desk.journal) == 1
    assert cell.text() == "1"
    assert window.tally.totals_label.text().startswith("Today: 1 ")


def test_every_kind_is_checked_then_imported_as_the_command_line_does(
    desk: Desk, lead: StaffInfo, dialog: ImportDialog, tmp_path: Path
) -> None:
    assert [dialog.ui.kindCombo.itemData(i) for i in range(dialog.ui.kindCombo.count())] == [
        "dropin",
        "cases",
        "participants",
        "attendance",
        "assessments",
    ]
    files = {
        "cases": "kod;mötesplats;väg;kön;åldersgrupp;start;avslut;orsak\n"
        "X-1;Fröslunda;Anvisad;K;25-34;2023-01-02;;\n",
        "participants": "grupp;mötesplats;typ;kod;kön;åldersgrupp;väg;inskriven;utskriven;utfall\n"
        "Språkgrupp;Fröslunda;språkgrupp;X-2;K;25-34;Anvisad;2023-01-03;;\n",
        "attendance": "grupp;mötesplats;datum;kod;närvaro\n"
        "Språkgrupp;Fröslunda;2023-01-10;X-2;Närvarande\n",
        "assessments": "kod;datum;besvarad_av;f1;f2;f3;f4;f5;f6;f7\n"
        "X-1;2023-02-01;deltagare;5;5;5;5;5;5;\n",
    }
    for key, text in files.items():
        path = tmp_path / f"{key}.csv"
        path.write_text(text, encoding="utf-8")
        c = preview.check(desk.journal, key, path, lead.id)
        assert (key, c.ok, c.rows, c.duplicate) == (key, True, 1, False)
        done = preview.run_import(desk.journal, key, path, lead.id)
        assert (key, done.rows) == (key, 1)
    with desk.journal.session() as s:
        kinds = sorted(s.scalars(select(ImportBatch.kind)))
    assert kinds == ["assessments", "attendance", "cases", "participants"]


def test_the_dialog_names_the_optional_columns_of_each_kind(dialog: ImportDialog) -> None:
    def shown(kind: str) -> list[str]:
        dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(kind))
        return dialog.ui.columnsLabel.text().split("\n")

    assert shown("cases")[1].endswith(
        ": ingång;vägledare;ferie;kommunala studier;aktivitetsplikt från;aktivitetsplikt till"
    )
    assert shown("attendance")[1].endswith(": gäster kvinnor;gäster män;gäster ej angivet")
    assert len(shown("participants")) == 1  # none

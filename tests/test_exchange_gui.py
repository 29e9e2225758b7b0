"""Journal exchange from the window's File menu: in the background, cancellable, summarised."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from exchange_builders import dump, import_trusted, log, make_desk

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from vagledare.app.desk import Desk
from vagledare.exchange.files import export_file
from vagledare.exchange.identity import desk_identity
from vagledare.gui.exchange.exchange_summary import MergeSummaryModel, SummaryColumn
from vagledare.gui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, desk: Desk) -> MainWindow:  # noqa: ANN001
    w = MainWindow(desk, "sv")
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def arby_file(tmp_path: Path) -> Path:
    other = make_desk(tmp_path, "arby-disken", ("CD",), ("Årby", "Fröslunda"))
    log(other, "Årby", datetime(2024, 3, 4, 9), count=3, who="CD")
    log(other, "Fröslunda", datetime(2024, 3, 4, 9), count=2, who="CD")
    path = export_file(other, tmp_path / "fran-arby.vgx").path
    other.close()
    return path


def _menu_texts(window: MainWindow) -> list[str]:
    file_menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in file_menu.actions() if a.text()]


def test_the_file_menu_offers_export_import_and_sync(window: MainWindow) -> None:
    texts = _menu_texts(window)
    assert texts[:4] == [
        "E&xport journal exchange…",
        "&Import journal exchange…",
        "&Synchronise with server",
        "Journal exchange s&tatus…",
    ]


def test_the_status_shows_this_desks_fingerprint_to_compare(window: MainWindow) -> None:
    from vagledare.exchange.signing import desk_key

    window.exchange.show_status()
    box = window.exchange.message
    assert box is not None and box.objectName() == "exchangeStatus"
    lines = box.text().splitlines()
    assert lines[1:3] == ["Its key's fingerprint:", desk_key().fingerprint]
    assert lines[4] == "Desks this journal trusts: 0"


def test_an_import_runs_in_the_background_and_shows_what_it_did(
    qtbot,
    window: MainWindow,
    arby_file: Path,  # noqa: ANN001
) -> None:
    from vagledare.exchange.signing import desk_key

    window.exchange.import_from([arby_file])
    # arby-disken is a desk this journal does not know: asked first, with the fingerprint
    qtbot.waitUntil(
        lambda: (
            window.exchange.message is not None
            and window.exchange.message.objectName() == "trustQuestion"
        ),
        timeout=20_000,
    )
    question = window.exchange.message
    assert "arby-disken" in question.text() and desk_key().fingerprint in question.text()
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.No)
    question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.exchange.summary is not None, timeout=20_000)
    dialog = window.exchange.summary
    model = dialog.model
    rows = {
        model.index(r, SummaryColumn.TABLE).data(): [
            model.index(r, c).data() for c in range(SummaryColumn.NEW, SummaryColumn.DELETED + 1)
        ]
        for r in range(model.rowCount())
    }
    assert rows["snabbärenden"] == [5, 0, 0, 0, 0]
    assert rows["mötesplatser"] == [1, 0, 1, 0, 0]  # Årby new; Fröslunda is this desk's own
    assert model.index(0, SummaryColumn.SOURCE).data() == "fran-arby.vgx (arby-disken)"
    sites = [
        window.reports.ui.siteList.item(i).text() for i in range(window.reports.ui.siteList.count())
    ]
    assert sorted(sites) == ["Fröslunda", "Årby"]  # the report screen offers every site
    assert window.exchange.progress is None
    dialog.close()


def test_the_summary_model_passes_the_model_tester(qtmodeltester, arby_file: Path) -> None:  # noqa: ANN001
    from vagledare.exchange.summary import MergeSummary, TableCounts

    model = MergeSummaryModel()
    summary = MergeSummary("x.vgx", "arby", {"quick_case": TableCounts(new=5, unchanged=2)})
    model.set_rows([summary], "en")
    qtmodeltester.check(model)
    assert model.index(0, SummaryColumn.TABLE).data() == "quick cases"
    assert model.index(0, SummaryColumn.NEW).data(Qt.ItemDataRole.TextAlignmentRole)


def test_cancel_stops_the_import_and_leaves_the_journal_as_it_was(
    qtbot,
    window: MainWindow,
    arby_file: Path,  # noqa: ANN001
) -> None:
    with window.desk.journal.session() as s:
        desk_identity(s)  # made on the first exchange: not what this test is about
    before = dump(window.desk.journal)
    window.exchange.import_from([arby_file], trust_new=True)
    window.exchange.progress.canceled.emit()  # what the Cancel button sends
    qtbot.waitUntil(lambda: not window.exchange.runner.busy, timeout=20_000)
    message = window.exchange.message
    assert message is not None and message.text() == "Cancelled. Nothing was changed."
    assert dump(window.desk.journal) == before


def test_a_damaged_file_is_refused_with_the_reason(
    qtbot,
    window: MainWindow,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    bad = tmp_path / "trasig.vgx"
    bad.write_bytes(b"nonsense")
    window.exchange.import_from([bad])
    qtbot.waitUntil(lambda: window.exchange.message is not None, timeout=20_000)
    message = window.exchange.message
    assert message.icon() == QMessageBox.Icon.Warning
    assert message.text().startswith("Utbytesfilen trasig.vgx kan inte läsas in")


def test_an_export_from_the_window_writes_the_file(
    qtbot,
    window: MainWindow,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    target = tmp_path / "till-teamledaren.vgx"
    window.exchange.export_to(target)
    qtbot.waitUntil(lambda: window.exchange.message is not None, timeout=20_000)
    assert target.exists()
    assert "for till-teamledaren are saved in" in window.exchange.message.text()


def test_sync_without_a_server_says_so(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.exchange.sync_now()
    assert "No server is set for this journal" in window.exchange.message.text()


def test_sync_from_the_window_sends_and_receives(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    arby_file: Path,  # noqa: ANN001
) -> None:
    from vagledare.exchange.identity import set_desk_name, set_server_url
    from vagledare.journal.db import open_journal

    server = open_journal(tmp_path / "server.sqlite")
    with server.session() as s:
        set_desk_name(s, "server")
    import_trusted(server, [arby_file])  # another desk has been there already
    server.close()
    log(window.desk.journal, "Fröslunda", datetime(2024, 3, 5, 9), count=2)
    with window.desk.journal.session() as s:
        set_server_url(s, str(tmp_path / "server.sqlite"))
    window.exchange.sync_now()
    qtbot.waitUntil(lambda: window.exchange.summary is not None, timeout=20_000)
    model = window.exchange.summary.model
    new = {
        (model.index(r, SummaryColumn.SOURCE).data(), model.index(r, SummaryColumn.TABLE).data()): (
            model.index(r, SummaryColumn.NEW).data()
        )
        for r in range(model.rowCount())
    }
    assert new[("Skickat till server", "snabbärenden")] == 2
    assert new[("Hämtat från server", "snabbärenden")] == 5
    sites = [
        window.reports.ui.siteList.item(i).text() for i in range(window.reports.ui.siteList.count())
    ]
    assert sorted(sites) == ["Fröslunda", "Årby"]

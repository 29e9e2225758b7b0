"""Opening the Ärenden tab reads the case list once, and each later visit once more."""

from __future__ import annotations

import pytest

from vagledare.app.desk import Desk
from vagledare.gui.cases import cases_page
from vagledare.gui.shell.main_window import MainWindow


def test_the_case_list_is_read_once_per_visit(
    qtbot,  # noqa: ANN001
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads: list[object] = []
    real = cases_page.case_listing

    def counted(*args: object, **kwargs: object) -> object:
        reads.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cases_page, "case_listing", counted)
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    window.show()
    tab = window._lazy["cases"]
    window.tabs.setCurrentWidget(tab)  # the page is built: its constructor reads the list
    assert len(reads) == 1
    window.tabs.setCurrentWidget(window.tally)
    window.tabs.setCurrentWidget(tab)  # back again: read anew (others may have written)
    assert len(reads) == 2

"""F1 help for every screen in both languages, and the one-page quick guide."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_text import pdf_info, pdf_text

from vagledare.app.desk import Desk
from vagledare.app.help import TOPICS, help_html, quick_guide_pdf
from vagledare.gui.shell.main_window import MainWindow
from vagledare.journal import access
from vagledare.journal.models import Role
from vagledare.journal.staff import StaffInfo


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_topic_has_its_own_page_in_both_languages(lang: str) -> None:
    headings = {t: help_html(t, lang).split("</h1>")[0] for t in TOPICS}
    assert len(set(headings.values())) == len(TOPICS)  # no topic falls back to another
    assert all(h.startswith("<h1>") for h in headings.values())


def test_every_tab_opens_its_own_help(qtbot, desk: Desk) -> None:  # noqa: ANN001
    with desk.journal.session() as s:
        access.set_role(s, desk.staff.id, Role.TEAM_LEAD, Role.ADMIN)
    desk.staff = StaffInfo(desk.staff.id, desk.staff.name, Role.TEAM_LEAD)
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    seen = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        seen.append(window.help_topic())
    assert seen == [
        "tally",
        "today",
        "reports",
        "cases",
        "groups",
        "progress",
        "dashboard",
        "indicators",
    ]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_quick_guide_holds_every_topic_on_one_page(lang: str, tmp_path: Path) -> None:
    out = tmp_path / "guide.pdf"
    out.write_bytes(quick_guide_pdf(lang))
    assert pdf_info(out)["pages"] == 1
    text = " ".join(pdf_text(out).split())
    for topic in TOPICS:
        heading = help_html(topic, lang).split("</h1>")[0].removeprefix("<h1>")
        assert heading in text, topic

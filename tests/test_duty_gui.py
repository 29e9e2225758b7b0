"""The decision on aktivitetsplikt in the window: set, changed and cleared from the case page in
one small dialog; a day outside the case is refused with the field marked and nothing lost."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import QDate

from vagledare.app.desk import Desk
from vagledare.gui.cases.cases_page import CasesPage
from vagledare.gui.cases.duty_dialog import DutyDialog
from vagledare.journal import cases
from vagledare.journal.case_list import get_case
from vagledare.journal.models import ClosureReason, Gender, Route

TODAY = date(2023, 6, 15)


@pytest.fixture
def page(desk: Desk, qtbot) -> CasesPage:  # noqa: ANN001
    p = CasesPage(desk, "sv", today=lambda: TODAY)
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    return p


def open_case(desk: Desk, code: str, start: date) -> object:
    with desk.journal.session() as s:
        return cases.open_case(
            s,
            site_id=desk.site.id,
            route=Route.REFERRED,
            start=start,
            gender=Gender.WOMAN,
            age_band="25-34",
            author_id=desk.staff.id,
            code=code,
            coach_id=desk.staff.id,
            today=TODAY,
        )


def duty(desk: Desk, case_id: object) -> tuple[date | None, date | None]:
    c = desk.journal.read(get_case, case_id)
    return c.duty_from, c.duty_to


def test_set_change_and_clear_the_decision(qtbot, desk: Desk, page: CasesPage) -> None:  # noqa: ANN001
    case_id = open_case(desk, "P-1", date(2023, 2, 1))
    page.refresh()
    page.select_case(case_id)  # type: ignore[arg-type]
    assert page.duty_button.isEnabled()
    d = page.duty(run=False)
    assert isinstance(d, DutyDialog)
    qtbot.addWidget(d)
    assert not d.ui.dutyCheck.isChecked() and not d.ui.fromEdit.isEnabled()
    d.ui.dutyCheck.setChecked(True)
    d.ui.fromEdit.setDate(QDate(2023, 2, 6))
    d.accept()
    assert d.result() == DutyDialog.DialogCode.Accepted
    assert duty(desk, case_id) == (date(2023, 2, 6), None)
    page.refresh()
    assert "Aktivitetsplikt from 2023-02-06" in page.case_info.text()

    d = page.duty(run=False)
    assert d is not None
    qtbot.addWidget(d)
    assert d.ui.dutyCheck.isChecked() and d.ui.fromEdit.date() == QDate(2023, 2, 6)
    d.ui.toCheck.setChecked(True)
    d.ui.toEdit.setDate(QDate(2023, 5, 31))
    d.accept()
    assert duty(desk, case_id) == (date(2023, 2, 6), date(2023, 5, 31))
    page.refresh()
    assert "Aktivitetsplikt 2023-02-06–2023-05-31" in page.case_info.text()

    d = page.duty(run=False)
    assert d is not None
    qtbot.addWidget(d)
    d.ui.dutyCheck.setChecked(False)
    d.accept()
    assert duty(desk, case_id) == (None, None)


def test_a_day_outside_the_case_is_refused_and_marked(qtbot, desk: Desk, page: CasesPage) -> None:  # noqa: ANN001
    case_id = open_case(desk, "P-2", date(2023, 2, 1))
    with desk.journal.session() as s:
        cases.close_case(s, case_id, date(2023, 4, 28), ClosureReason.STUDIES, None, today=TODAY)
    page.refresh()
    page.select_case(case_id)  # type: ignore[arg-type]
    d = page.duty(run=False)
    assert d is not None
    qtbot.addWidget(d)
    d.show()
    assert d.ui.spanLabel.text() == "The case ran from 2023-02-01 to 2023-04-28."
    d.ui.dutyCheck.setChecked(True)
    d.ui.fromEdit.setDate(QDate(2023, 1, 15))  # before the case
    d.accept()
    assert d.result() != DutyDialog.DialogCode.Accepted and d.isVisible()
    assert "utanför ärendets dagar" in d.ui.problemLabel.text()
    assert "c62828" in d.ui.fromEdit.styleSheet()
    assert duty(desk, case_id) == (None, None)
    d.ui.fromEdit.setDate(QDate(2023, 2, 10))
    d.ui.toCheck.setChecked(True)
    d.ui.toEdit.setDate(QDate(2023, 5, 31))  # after the closing
    d.accept()
    assert "Beslutets slut" in d.ui.problemLabel.text()
    assert "c62828" in d.ui.toEdit.styleSheet()
    assert d.ui.fromEdit.date() == QDate(2023, 2, 10)  # nothing typed is lost
    d.ui.toEdit.setDate(QDate(2023, 4, 28))
    d.accept()
    assert d.result() == DutyDialog.DialogCode.Accepted
    assert duty(desk, case_id) == (date(2023, 2, 10), date(2023, 4, 28))

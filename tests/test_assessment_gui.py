"""The progression page and the participant form, driven by keyboard as at the desk."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from PySide6.QtCharts import QCategoryAxis
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from vagledare.app.desk import Desk
from vagledare.gui.progress.assessment_form import AssessmentForm
from vagledare.gui.progress.assessments_page import AssessmentsPage
from vagledare.gui.shell.main_window import MainWindow
from vagledare.journal import assessments as A
from vagledare.journal import cases, participants
from vagledare.journal.models import Gender, Respondent, Route


@pytest.fixture
def page(desk: Desk, qtbot) -> AssessmentsPage:  # noqa: ANN001
    with desk.journal.session() as s:  # an open case: only such people are due a reading
        cases.open_case(
            s,
            site_id=desk.site.id,
            route=Route.REFERRED,
            start=date(2023, 1, 2),
            gender=Gender.WOMAN,
            age_band="25-34",
            author_id=desk.staff.id,
            code="FRÖ-7",
        )
    p = AssessmentsPage(desk)
    qtbot.addWidget(p)
    assert p.open_code("frö-7")
    return p


def press(qtbot, form: AssessmentForm, key) -> None:  # noqa: ANN001
    """A key as the person at the desk presses it: to whatever has focus in the form."""
    qtbot.keyClick(form.focusWidget() or form, key)


def readings(desk: Desk) -> list[A.Reading]:
    with desk.journal.session() as s:
        return A.list_readings(s, participants.find_participant(s, "FRÖ-7").id)


def test_participant_form_is_driven_end_to_end_by_keyboard(
    page: AssessmentsPage,
    qtbot,  # noqa: ANN001
) -> None:
    form = page.take_reading(Respondent.PARTICIPANT, run=False)
    form.show()
    qtbot.waitExposed(form)
    assert form.page == 0 and form.language() == "en"  # English beside Swedish by default
    press(qtbot, form, Qt.Key.Key_Return)  # start
    assert form.page == 1
    name_labels = [w.text() for w in form.stack.currentWidget().findChildren(QLabel)]
    assert "Jobbsökningsbeteende" in name_labels and "Job-search behaviour" in name_labels
    press(qtbot, form, "7")
    press(qtbot, form, Qt.Key.Key_Return)
    for _ in range(3):  # factor 2: → → → walks 1, 2, 3
        press(qtbot, form, Qt.Key.Key_Right)
    press(qtbot, form, Qt.Key.Key_Enter)
    press(qtbot, form, "-")  # factor 3: vill inte svara
    skip = form.stack.currentWidget().findChild(QPushButton, "skip_2")
    assert skip.isChecked() and skip.text() == "Vill inte svara  /  I don't want to answer"
    press(qtbot, form, Qt.Key.Key_Return)
    press(qtbot, form, "0")  # factor 4: 10, then ← to 9
    press(qtbot, form, Qt.Key.Key_Left)
    press(qtbot, form, Qt.Key.Key_Return)
    press(qtbot, form, "5")  # factor 5, then back to 4 and forward again: answers are kept
    press(qtbot, form, Qt.Key.Key_Backspace)
    assert form.page == 4 and form.groups[3].checkedId() == 9
    press(qtbot, form, Qt.Key.Key_Return)
    assert form.groups[4].checkedId() == 5
    press(qtbot, form, Qt.Key.Key_Return)
    press(qtbot, form, Qt.Key.Key_Return)  # factor 6 without an answer: stays
    assert form.page == 6 and not form.next_button.isEnabled()
    press(qtbot, form, "4")
    press(qtbot, form, Qt.Key.Key_Return)
    assert form.page == 7  # the summary; factor 7 is never asked of the participant
    assert form.findChild(QLabel, "summary_3").text() == "Vill inte svara / I don't want to answer"
    qtbot.keyClicks(form.comment_edit, "Pratade om CV")
    qtbot.keyClick(form.comment_edit, Qt.Key.Key_Return)  # save
    assert form.result() == AssessmentForm.DialogCode.Accepted
    (r,) = readings(page.desk)
    assert r.values == ((1, 7), (2, 3), (3, None), (4, 9), (5, 5), (6, 4))
    assert (r.respondent, r.language, r.comment) == (Respondent.PARTICIPANT, "en", "Pratade om CV")
    assert r.taken_on == date.today()
    assert page.reading_model.rowCount() == 1
    assert "Latest reading" not in page.pair_label.text()  # no coach view yet


def test_a_refused_comment_keeps_the_form_and_every_answer(
    page: AssessmentsPage,
    qtbot,  # noqa: ANN001
) -> None:
    form = page.take_reading(Respondent.PARTICIPANT, run=False)
    form.show()
    qtbot.waitExposed(form)
    press(qtbot, form, Qt.Key.Key_Return)  # start
    for value in ("7", "3", "5", "9", "5", "4"):
        press(qtbot, form, value)
        press(qtbot, form, Qt.Key.Key_Return)
    assert form.page == 7
    form.comment_edit.setText("Ringde 811218–9876")  # a personnummer, with an en dash
    qtbot.keyClick(form.comment_edit, Qt.Key.Key_Return)  # save
    assert form.isVisible() and form.result() != AssessmentForm.DialogCode.Accepted
    error = form.findChild(QLabel, "commentError")
    assert error.isVisible() and "personnummer" in error.text()
    assert readings(page.desk) == []  # nothing half-saved
    form.comment_edit.setText("Ringde om CV")
    assert not error.isVisible()
    qtbot.keyClick(form.comment_edit, Qt.Key.Key_Return)
    assert form.result() == AssessmentForm.DialogCode.Accepted
    (r,) = readings(page.desk)
    assert r.values == ((1, 7), (2, 3), (3, 5), (4, 9), (5, 5), (6, 4))  # every answer kept
    assert r.comment == "Ringde om CV"


def test_coach_view_has_factor_7_and_appears_beside_after_both(
    page: AssessmentsPage,
    qtbot,
    qtmodeltester,  # noqa: ANN001
) -> None:
    with page.desk.journal.session() as s:
        A.record_reading(
            s,
            page.participant.id,
            Respondent.PARTICIPANT,
            date.today(),
            {1: 8, 2: 7, 3: 6, 4: 5, 5: 4, 6: 9},
            page.desk.staff.id,
        )
    page.refresh()
    assert page.pair_model.rowCount() == 0
    form = page.take_reading(Respondent.COACH, run=False)
    form.show()
    assert form.language() is None  # the coach's form is Swedish only unless chosen
    press(qtbot, form, Qt.Key.Key_Return)
    for value in ("4", "7", "6", "5", "4", "5", "3"):
        press(qtbot, form, value)
        press(qtbot, form, Qt.Key.Key_Return)
    assert form.page == 8
    press(qtbot, form, Qt.Key.Key_Return)
    coach = [r for r in readings(page.desk) if r.respondent is Respondent.COACH]
    assert coach[0].value(7) == 3
    assert page.pair_model.rowCount() == 7
    index = page.pair_model.index(0, 3)
    assert [page.pair_model.index(0, c).data() for c in range(4)] == ["Jobbsökning", "8", "4", "+4"]
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None  # a gap worth talking about
    assert page.pair_model.index(6, 1).data() == ""  # factor 7: the coach's alone
    qtmodeltester.check(page.pair_model)
    qtmodeltester.check(page.reading_model)  # a participant's and a coach's reading


def test_a_second_reading_today_corrects_the_first(
    page: AssessmentsPage,
    qtbot,  # noqa: ANN001
) -> None:
    with page.desk.journal.session() as s:
        A.record_reading(
            s,
            page.participant.id,
            Respondent.PARTICIPANT,
            date.today(),
            {1: 2, 2: 2, 3: 2, 4: 2, 5: 2, 6: 2},
            page.desk.staff.id,
            language="en",
        )
    page.refresh()
    form = page.take_reading(Respondent.PARTICIPANT, run=False)
    form.show()
    press(qtbot, form, Qt.Key.Key_Return)
    assert form.groups[0].checkedId() == 2 and form.next_button.isEnabled()
    press(qtbot, form, "6")
    for _ in range(7):  # through factors 2–6 (answers kept) and the summary
        press(qtbot, form, Qt.Key.Key_Return)
    assert form.result() == AssessmentForm.DialogCode.Accepted
    (r,) = readings(page.desk)
    assert r.value(1) == 6 and r.value(2) == 2


def test_page_lists_due_participants_and_draws_seven_axes(
    page: AssessmentsPage,
    qtbot,
    qtmodeltester,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    with page.desk.journal.session() as s:
        pid = page.participant.id
        for day, v in ((date(2023, 1, 10), 3), (date(2023, 5, 10), 5), (date(2023, 9, 10), 6)):
            A.record_reading(
                s,
                pid,
                Respondent.PARTICIPANT,
                day,
                dict.fromkeys(range(1, 7), v),
                page.desk.staff.id,
            )
    page.refresh()
    assert page.due_model.rowCount() == 1
    assert page.due_model.index(0, 2).data() == "Overdue"
    for model in (page.due_model, page.reading_model, page.pair_model):
        qtmodeltester.check(model)
    star = page.chart.star
    (angular,) = [a for a in star.axes() if isinstance(a, QCategoryAxis)]
    assert page.chart.axis_labels == [
        "Jobbsökning",
        "Arbetsmarknaden",
        "Hälsa",
        "Samarbete",
        "Målmedvetenhet",
        "Tilltro till egen förmåga",
        "Vägledarens tilltro",
    ]
    assert angular.categoriesLabels()[5:] == [
        "Tilltro till<br>egen förmåga",
        "Vägledarens<br>tilltro",
    ]
    assert len(star.series()) == 2  # first and latest
    page.reading_view.selectRow(1)  # the middle reading is overlaid as well
    assert len(star.series()) == 3
    assert len(page.chart.lines.series()) == 7
    out = page.save_pdf(tmp_path / "kort.pdf")
    assert out is not None and out.read_bytes().startswith(b"%PDF")


def test_main_window_has_the_progress_page(desk: Desk, qtbot) -> None:  # noqa: ANN001
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    assert window.tabs.count() == 8
    assert window.page_at(5) is window.progress


def test_delete_needs_a_reason_and_old_readings_cannot_be_corrected(
    page: AssessmentsPage,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    from sqlalchemy import update

    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from vagledare.journal.models import Assessment

    with page.desk.journal.session() as s:
        r = A.record_reading(
            s,
            page.participant.id,
            Respondent.PARTICIPANT,
            date(2023, 3, 1),
            {1: 4},
            page.desk.staff.id,
        )
        s.execute(update(Assessment).values(created_at=datetime(2023, 3, 1, 9)))
    page.refresh()
    page.reading_view.selectRow(0)
    assert not page.correct_button.isEnabled()  # recorded on another day
    assert page.correct_button.toolTip() == (
        "Only a reading recorded today can be corrected; choose it in the list."
    )
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[1]))
    page._on_correct()  # even when asked directly: said, not done
    assert told == ["Cannot be corrected"] and page.form is None
    assert page.delete_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Fel deltagare", True))
    page.delete_button.click()
    (gone,) = [x for x in page.reading_model._rows if x.id == r.id]
    assert gone.deleted and gone.deletion_reason == "Fel deltagare"
    assert page.reading_model.index(0, 10).data() == "Deleted: Fel deltagare"
    assert page.chart.star.title() == "No readings yet"

    assert not page.delete_button.isEnabled()  # the chosen reading is deleted already


def test_correct_and_delete_are_enabled_only_when_they_can_act(
    page: AssessmentsPage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QInputDialog

    assert page.reading_model.rowCount() == 0  # FRÖ-7 open, no readings
    assert not page.correct_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.new_button.isEnabled()
    with page.desk.journal.session() as s:
        mine = A.record_reading(
            s,
            page.participant.id,
            Respondent.PARTICIPANT,
            date.today(),
            dict.fromkeys(range(1, 7), 5),
            page.desk.staff.id,
        )
    page.refresh()
    assert page.correct_button.isEnabled()  # nothing chosen: today's only reading
    assert not page.delete_button.isEnabled()  # deleting needs a choice
    page.correct_button.click()
    assert page.form is not None and page._pending[1].id == mine.id
    page.form.reject()
    with page.desk.journal.session() as s:
        coach = A.record_reading(
            s,
            page.participant.id,
            Respondent.COACH,
            date.today(),
            dict.fromkeys(range(1, 8), 4),
            page.desk.staff.id,
        )
    page.refresh()
    assert not page.correct_button.isEnabled()  # two of today's: which one?
    row = next(i for i, r in enumerate(page.reading_model.rows) if r.id == coach.id)
    page.reading_view.selectRow(row)
    assert page.correct_button.isEnabled() and page.delete_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Fel deltagare", True))
    page.delete_button.click()
    row = next(i for i, r in enumerate(page.reading_model.rows) if r.id == coach.id)
    page.reading_view.selectRow(row)
    assert page.reading_model.rows[row].deleted
    assert not page.correct_button.isEnabled() and not page.delete_button.isEnabled()
    page.participant = None
    page.load_participant()
    assert not page.correct_button.isEnabled() and not page.delete_button.isEnabled()


def test_one_click_or_enter_opens_an_overdue_participant(
    page: AssessmentsPage,
    qtbot,  # noqa: ANN001
) -> None:
    with page.desk.journal.session() as s:  # open cases: only such people are due a reading
        for code, day in (("FRÖ-8", date(2023, 1, 10)), ("FRÖ-9", date(2023, 2, 10))):
            cases.open_case(
                s,
                site_id=page.desk.site.id,
                route=Route.REFERRED,
                start=date(2023, 1, 2),
                gender=Gender.MAN,
                age_band="25-34",
                author_id=page.desk.staff.id,
                code=code,
            )
            p = participants.find_participant(s, code)
            A.record_reading(s, p.id, Respondent.PARTICIPANT, day, {1: 4}, page.desk.staff.id)
    page.refresh()
    codes = [page.due_model.row_value(r).code for r in range(page.due_model.rowCount())]
    assert codes == ["FRÖ-8", "FRÖ-9"]
    page.show()
    qtbot.waitExposed(page)
    rect = page.due_view.visualRect(page.due_model.index(1, 0))
    qtbot.mouseClick(page.due_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.participant.code == "FRÖ-9"
    page.due_view.setFocus()
    page.due_view.setCurrentIndex(page.due_model.index(0, 0))
    qtbot.keyClick(page.due_view, Qt.Key.Key_Return)
    assert page.participant.code == "FRÖ-8"


@pytest.mark.parametrize("width", [420, 336])  # the smallest star; as at 120 dpi
def test_every_factor_name_fits_beside_the_star(
    page: AssessmentsPage,
    qtbot,  # noqa: ANN001
    width: int,
) -> None:
    """ "Tilltro till egen förmåga" was cut: long names go on two lines, nothing is elided,
    and every label is drawn whole inside the chart."""
    from PySide6.QtCharts import QLegend

    from vagledare.gui.progress.progress_chart import ProgressChart, star_label

    assert star_label("Tilltro till egen förmåga") == "Tilltro till<br>egen förmåga"
    assert star_label("Arbetsmarknaden") == "Arbetsmarknaden"  # one word stays whole
    assert star_label("Hälsa & arbete i dag") == "Hälsa &amp;<br>arbete i dag"
    with page.desk.journal.session() as s:
        A.record_reading(
            s,
            page.participant.id,
            Respondent.PARTICIPANT,
            date(2023, 1, 10),
            dict.fromkeys(range(1, 7), 6),
            page.desk.staff.id,
        )
    page.refresh()
    chart = ProgressChart()
    qtbot.addWidget(chart)
    chart.star_view.setMinimumSize(0, 0)
    chart.resize(width, 340)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_progress(page.progress)
    QApplication.processEvents()
    (angular,) = [a for a in chart.star.axes() if isinstance(a, QCategoryAxis)]
    assert not angular.truncateLabels()

    def in_legend(item) -> bool:  # noqa: ANN001
        while item is not None:
            if isinstance(item, QLegend):
                return True
            item = item.parentItem()
        return False

    view = chart.star_view.viewport().rect()
    texts = [  # QGraphicsTextItem (type 8): the title, the axes' labels
        t
        for t in chart.star_view.scene().items()
        if t.type() == 8 and t.isVisible() and not in_legend(t)
    ]
    for t in texts:
        box = chart.star_view.mapFromScene(t.sceneBoundingRect()).boundingRect()
        assert view.contains(box), box
    names = [t for t in texts if t.sceneBoundingRect().width() > 30 and t.zValue() == 0]
    assert len(names) == 7  # every factor named (the title is drawn below the labels)


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        (
            "sv",
            "Deltagare på Fröslunda som ska mätas nu eller är försenade "
            "(en mätning med 1 månads mellanrum):",
            "Deltagare på Fröslunda som ska mätas nu eller är försenade "
            "(en mätning med 2 månaders mellanrum):",
        ),
        (
            "en",
            "Due or overdue at Fröslunda (a reading every 1 month):",
            "Due or overdue at Fröslunda (a reading every 2 months):",
        ),
    ],
)
def test_the_interval_takes_its_plural_form(
    page: AssessmentsPage, lang: str, one: str, two: str
) -> None:
    from translation_helpers import translated

    with translated(lang):
        for months, text in ((1, one), (2, two)):
            with page.desk.journal.session() as s:
                A.set_interval_months(s, months)
            page.refresh()
            assert page.due_label.text() == text
